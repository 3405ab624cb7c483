import Foundation
import Testing
import WebcareCore
@testable import WebcareConfig

private func parse(_ json: String) throws(ConfigError) -> Config {
    try ConfigLoader.parse(data: Data(json.utf8), file: "config.json", folder: "/etc/webcare")
}

private func error(_ json: String) -> String? {
    do { _ = try parse(json); return nil } catch { return error.description }
}

@Suite struct ConfigLoaderTests {
    @Test func readsTheFullShapeAndResolvesPathsAgainstTheConfigFolder() throws {
        let config = try parse("""
            {"database": "data/webcare.sqlite", "slaHours": 12,
             "brands": [{"name": "Telvio", "keywords": ["telvio", "@telviowebcare"], "exclude": ["telvio-museum"]}],
             "sources": [
               {"name": "Forum", "url": "https://forum.example/feed.xml", "type": "feed", "reach": 20000},
               {"name": "Reviews", "url": "feeds/reviews.xml", "type": "reviews", "brand": "telvio", "reach": 5000},
               {"name": "Local", "url": "file:///var/feeds/x.xml"}
             ]}
            """)
        #expect(config.database == "/etc/webcare/data/webcare.sqlite")
        #expect(config.slaHours == 12)
        #expect(config.brands == [Brand(name: "Telvio", keywords: ["telvio", "@telviowebcare"], exclude: ["telvio-museum"])])
        #expect(config.sources[0].location == .web("https://forum.example/feed.xml"))
        #expect(config.sources[1].location == .file("/etc/webcare/feeds/reviews.xml"))
        #expect(config.sources[1].brand == "Telvio")
        #expect(config.sources[1].kind == .reviews)
        #expect(config.sources[2].location == .file("/var/feeds/x.xml"))
        #expect(config.sources[2].reach == 1000)
    }

    @Test func defaultsApplyWhenKeysAreLeftOut() throws {
        let config = try parse(#"{"brands": [{"name": "Telvio"}]}"#)
        #expect(config.database == "/etc/webcare/webcare.sqlite")
        #expect(config.slaHours == 24)
        #expect(config.brands[0].keywords == ["Telvio"])
        #expect(config.sources.isEmpty)
        #expect(config.fetch.maxBytes == 10 * 1024 * 1024)
    }

    static let errors: [(String, String)] = [
        (#"{"brands": [{"name": "T"}], "sources": [{"name": "a", "url": "x"}, {"name": "b", "url": "x"}, {"name": "c", "url": "htp://x"}]}"#,
         #"config.json: sources[2].url: "htp://x" is not an http(s) URL or a file path"#),
        (#"{"brands": [{"name": "T"}], "sources": [{"name": "a", "urll": "x"}]}"#,
         #"config.json: sources[0].urll: unknown key; did you mean "url"?"#),
        (#"{"brand": [{"name": "T"}]}"#,
         #"config.json: brand: unknown key; did you mean "brands"?"#),
        (#"{"brands": []}"#, #"config.json: brands: [] is empty; list at least one brand"#),
        (#"{"sources": []}"#, #"config.json: brands: missing; list at least one brand, e.g. [{"name": "KPN"}]"#),
        (#"{"brands": [{"name": "T"}], "slaHours": "24"}"#, #"config.json: slaHours: "24" must be a number, not a string"#),
        (#"{"brands": [{"name": "T"}], "slaHours": 0}"#, #"config.json: slaHours: 0 must be more than 0 hours"#),
        (#"{"brands": [{"name": "T"}], "sources": [{"name": "a", "url": "x", "brand": "Q"}]}"#,
         #"config.json: sources[0].brand: "Q" is not one of the brands ("T")"#),
        (#"{"brands": [{"name": "T"}], "sources": [{"name": "a", "url": "x", "type": "blog"}]}"#,
         #"config.json: sources[0].type: "blog" is not a source type; use "feed" or "reviews""#),
        (#"{"brands": [{"name": "T"}], "sources": [{"name": "a", "url": "x"}, {"name": "a", "url": "y"}]}"#,
         #"config.json: sources[1].name: "a" is listed twice; source names must be unique"#),
        (#"{"brands": [{"name": "T"}], "sources": [{"name": "a", "url": "x", "reach": 1.5}]}"#,
         #"config.json: sources[0].reach: 1.5 must be a whole number"#),
        (#"{"brands": [{"name": "T"}], "sources": [{"name": "a", "url": "mailto:x@y"}]}"#,
         #"config.json: sources[0].url: "mailto:x@y" is not an http(s) URL or a file path"#),
        (#"{"brands": [{"keywords": ["t"]}]}"#, #"config.json: brands[0].name: missing; every entry needs a "name""#),
        (#"[1, 2]"#, #"config.json: must be an object {…}, not a list"#),
    ]

    @Test(arguments: errors)
    func everyErrorIsOneLineNamingFileKeyPathAndValue(_ json: String, _ expected: String) {
        #expect(error(json) == expected)
    }

    @Test func businessHoursAreReadWithTheirTimeZone() throws {
        let config = try parse(#"{"brands": [{"name": "T"}], "businessHours": {"days": ["mon", "tue", "wed", "thu", "fri"], "from": "08:00", "to": "22:00"}}"#)
        #expect(config.businessHours?.weekdays == [2, 3, 4, 5, 6])
        #expect(config.businessHours?.opensAt == 480)
        #expect(config.businessHours?.closesAt == 1320)
        #expect(config.businessHours?.timeZone.identifier == "Europe/Amsterdam")
        #expect(error(#"{"brands": [{"name": "T"}], "businessHours": {"days": ["maandag"]}}"#) == #"config.json: businessHours.days[0]: "maandag" is not a day; use mon, tue, wed, thu, fri, sat or sun"#)
        #expect(error(#"{"brands": [{"name": "T"}], "businessHours": {"from": "8 uur"}}"#) == #"config.json: businessHours.from: "8 uur" is not a time of day like "08:00""#)
    }

    @Test func theTeamsReplyPhrasesAreReadPerLanguageWithKeyPathErrors() throws {
        let config = try parse(#"{"brands": [{"name": "T"}], "replies": {"phrases": {"nl": {"wij balen met je mee": "acknowledgement"}, "en": {"per our policy": "policy"}}}}"#)
        #expect(config.replies.phrases[.nl] == ["wij balen met je mee": "acknowledgement"])
        #expect(config.replies.phrases[.en] == ["per our policy": "policy"])
        #expect(try parse(#"{"brands": [{"name": "T"}]}"#).replies.phrases.isEmpty)
        #expect(error(#"{"brands": [{"name": "T"}], "replies": {"phrases": {"nl": {"ik regel het": "nextstep"}}}}"#)
                == #"config.json: replies.phrases.nl.ik regel het: "nextstep" is not a kind of phrase; use one of acknowledgement, apology, explanation, nextStep, personal, denial, policy, blame, stock (did you mean "nextStep"?)"#)
        #expect(error(#"{"brands": [{"name": "T"}], "replies": {"phrase": {}}}"#) == #"config.json: replies.phrase: unknown key; did you mean "phrases"?"#)
        #expect(error(#"{"brands": [{"name": "T"}], "replies": {"phrases": {"de": {}}}}"#)?.hasPrefix("config.json: replies.phrases.de: unknown key") == true)
        #expect(error(#"{"brands": [{"name": "T"}], "replies": {"phrases": {"en": {"sorry": 2}}}}"#)
                == #"config.json: replies.phrases.en.sorry: 2 must be a string, not a number"#)
        #expect(error(#"{"brands": [{"name": "T"}], "replies": {"phrases": {"en": {" ": "stock"}}}}"#)
                == #"config.json: replies.phrases.en. : "stock" is given to an empty phrase, which matches nothing; remove it"#)
    }

    @Test func brokenJSONSaysWhere() {
        let message = error("{\n  \"brands\": [\n    {\"name\": \"T\"},,\n  ]\n}") ?? ""
        #expect(message.hasPrefix("config.json: not valid JSON"))
        #expect(!message.contains("\n"))
    }

    @Test func aMissingFileSaysHowToPointAtOne() {
        #expect {
            try ConfigLoader.load(path: "/nonexistent/webcare.json")
        } throws: { error in
            "\(error)" == "/nonexistent/webcare.json: no such file; pass --config FILE or set WEBCARE_CONFIG (see config.example.json)"
        }
    }

    @Test func theConfigFileIsFoundInTheDocumentedOrder() {
        #expect(ConfigLoader.locate(explicit: "a.json", environment: ["WEBCARE_CONFIG": "b.json"]) == "a.json")
        #expect(ConfigLoader.locate(explicit: nil, environment: ["WEBCARE_CONFIG": "b.json", "XDG_CONFIG_HOME": "/x"]) == "b.json")
        #expect(ConfigLoader.locate(explicit: nil, environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]) == "/x/webcare/config.json")
        #expect(ConfigLoader.locate(explicit: nil, environment: ["HOME": "/h"]) == "/h/.config/webcare/config.json")
    }

    @Test func theBundledExampleConfigIsValid() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let config = try ConfigLoader.load(path: root.appendingPathComponent("config.example.json").path)
        #expect(config.sources.count >= 3)
        for source in config.sources {
            guard case .file(let path) = source.location else { continue }
            #expect(FileManager.default.fileExists(atPath: path), "missing example source \(path)")
        }
    }
}

@Suite struct SourceLocationTests {
    static let cases: [(String, WebcareCore.SourceLocation?)] = [
        ("https://forum.example/feed", .web("https://forum.example/feed")),
        ("  https://forum.example/feed\t", .web("https://forum.example/feed")),
        ("HTTP://Forum.example/a", .web("HTTP://Forum.example/a")),
        ("https://forum.example/out?to=ftp://x", .web("https://forum.example/out?to=ftp://x")),
        ("https:///feed", nil),
        ("https://for um.example/feed", nil),
        ("ftp://files.example/feed.xml", nil),
        ("mailto:x@y.example", nil),
        ("file:///var/feeds/a%20b.xml", .file("/var/feeds/a b.xml")),
        ("file://feeds/x.xml", nil),
        ("feeds/x.xml", .file("/etc/webcare/feeds/x.xml")),
        ("/var/feeds/x.xml", .file("/var/feeds/x.xml")),
        ("   ", nil),
    ]

    @Test(arguments: cases)
    func aSourceURLIsTheWebAFileOrNothing(_ text: String, _ expected: WebcareCore.SourceLocation?) {
        #expect(ConfigReader(file: "config.json", folder: "/etc/webcare").location(of: text) == expected)
    }
}

