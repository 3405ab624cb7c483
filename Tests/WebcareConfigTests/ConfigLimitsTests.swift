import Foundation
import Testing
@testable import WebcareConfig

/// Every numeric key refuses an absurd value at the door, naming its key path: nothing downstream (the inbox's
/// age column, the deadline, the spike windows, the fetch limits) ever sees a value it cannot compute with.
@Suite struct ConfigLimitsTests {
    /// Each numeric key, and the config that sets it to `VALUE`.
    static let numericKeys: [(String, String)] = [
        ("slaHours", #""slaHours": VALUE"#),
        ("sources[0].reach", #""sources": [{"name": "a", "url": "x", "reach": VALUE}]"#),
        ("fetch.timeoutSeconds", #""fetch": {"timeoutSeconds": VALUE}"#),
        ("fetch.connectTimeoutSeconds", #""fetch": {"connectTimeoutSeconds": VALUE}"#),
        ("fetch.maxBytes", #""fetch": {"maxBytes": VALUE}"#),
        ("fetch.parallel", #""fetch": {"parallel": VALUE}"#),
        ("fetch.reportAfterFailures", #""fetch": {"reportAfterFailures": VALUE}"#),
        ("sentiment.neutralBand", #""sentiment": {"neutralBand": VALUE}"#),
        ("sentiment.words.nl.slecht", #""sentiment": {"words": {"nl": {"slecht": VALUE}}}"#),
        ("brands[0].sentimentWords.traag", #""brands": [{"name": "T", "sentimentWords": {"traag": VALUE}}]"#),
        ("alerts.minReach", #""alerts": {"command": "true", "minReach": VALUE}"#),
        ("alerts.silentDays", #""alerts": {"command": "true", "silentDays": VALUE}"#),
        ("alerts.budgetSeconds", #""alerts": {"command": "true", "budgetSeconds": VALUE}"#),
        ("alerts.maxAgeHours", #""alerts": {"command": "true", "maxAgeHours": VALUE}"#),
        ("alerts.spike.windowHours", #""alerts": {"command": "true", "spike": {"windowHours": VALUE}}"#),
        ("alerts.spike.baselineDays", #""alerts": {"command": "true", "spike": {"baselineDays": VALUE}}"#),
        ("alerts.spike.deviations", #""alerts": {"command": "true", "spike": {"deviations": VALUE}}"#),
        ("alerts.spike.minCount", #""alerts": {"command": "true", "spike": {"minCount": VALUE}}"#),
        ("alerts.spike.cooldownHours", #""alerts": {"command": "true", "spike": {"cooldownHours": VALUE}}"#),
    ]

    static func config(_ setting: String, _ value: String) -> String {
        let body = setting.replacingOccurrences(of: "VALUE", with: value)
        return body.hasPrefix(#""brands""#) ? "{\(body)}" : #"{"brands": [{"name": "T"}], "# + body + "}"
    }

    static func error(_ json: String) -> String? {
        do { _ = try ConfigLoader.parse(data: Data(json.utf8), file: "config.json", folder: "/etc/webcare"); return nil }
        catch { return error.description }
    }

    @Test(arguments: numericKeys)
    func anAbsurdlyLargeValueIsRefusedWithItsKeyPath(_ keyPath: String, _ setting: String) {
        for value in ["1e16", "9223372036854775807", "1e300"] {
            let message = Self.error(Self.config(setting, value))
            #expect(message?.hasPrefix("config.json: \(keyPath): ") == true, "\(value): \(message ?? "accepted")")
            // A value too large says so (or names the range it must lie in), never "must be a whole number".
            #expect(message.map { $0.contains("too large") || $0.contains("between") || $0.contains("below 1") } == true,
                    "\(value): \(message ?? "accepted")")
        }
    }

    @Test(arguments: numericKeys)
    func aNegativeOrOverflowingValueIsRefusedWithItsKeyPath(_ keyPath: String, _ setting: String) {
        for value in ["-1e16", "1e400", "-1e400"] {
            let message = Self.error(Self.config(setting, value))
            #expect(message?.hasPrefix("config.json: \(keyPath): ") == true, "\(value): \(message ?? "accepted")")
        }
        // A number beyond a Double says "too large", whatever the key.
        #expect(Self.error(Self.config(setting, "1e400")) == "config.json: \(keyPath): 1e400 is too large for any setting")
    }

    @Test(arguments: numericKeys)
    func theDefaultsAndOrdinaryValuesStillPass(_ keyPath: String, _ setting: String) {
        let ordinary = keyPath.hasSuffix("neutralBand") ? "0.2" : keyPath.hasSuffix("windowHours") ? "3" : "1"
        #expect(Self.error(Self.config(setting, ordinary)) == nil)
    }

    @Test func theSLAOfTheIssueIsRefusedBeforeAnyCommandRuns() {
        #expect(Self.error(#"{"brands": [{"name": "T"}], "slaHours": 1e16}"#)
            == "config.json: slaHours: 1e+16 is too large; use at most 8760 hours (a year)")
        #expect(Self.error(#"{"brands": [{"name": "T"}], "sources": [{"name": "a", "url": "x", "reach": 1e16}]}"#)
            == "config.json: sources[0].reach: 1e+16 is too large")
    }

    @Test func aDuplicateKeyIsAnErrorNamingBothLines() {
        #expect(Self.error("{\n\"database\": \"a.sqlite\",\n\"brands\": [{\"name\": \"T\"}],\n\"database\": \"b.sqlite\"\n}")
            == "config.json: database: is listed twice in one object (lines 2 and 4); keep one")
        #expect(Self.error(#"{"brands": [{"name": "T", "keywords": ["t"], "keywords": ["u"]}]}"#)
            == "config.json: brands[0].keywords: is listed twice in one object (lines 1 and 1); keep one")
    }

    @Test func invalidUTF8SaysSoWithItsPlace() {
        var bytes = Array(#"{"brands": [{"name": "T"#.utf8)
        bytes += [0xE9]
        bytes += Array(#"lvio"}]}"#.utf8)
        do {
            _ = try ConfigLoader.parse(data: Data(bytes), file: "config.json", folder: "/")
            Issue.record("accepted")
        } catch {
            #expect(error.description == "config.json: not UTF-8: byte 0xE9 at line 1, column 24 is not valid UTF-8; save the file as UTF-8")
        }
    }

    @Test(arguments: [
        (#"{"brands": [{"name": "T"}],}"#, "config.json: not valid JSON: expected a key in quotes at line 1, column 28"),
        ("{\"brands\": [{\"name\": \"T\"}]", "config.json: not valid JSON: the document ends inside an object; a \"}\" is missing at line 1, column 27"),
        (#"{"brands": [{"name": "T\q"}]}"#, #"config.json: not valid JSON: an unknown escape \"q" at line 1, column 24 (in brands[0].name)"#),
        (#"{"brands": [{"name": "T"}]} x"#, "config.json: not valid JSON: unexpected text after the end of the document at line 1, column 29"),
        (String(repeating: "[", count: 100), "config.json: not valid JSON: nested more than 64 levels deep at line 1, column 65 (in [0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0])"),
    ])
    func aSyntaxErrorNamesItsLineAndColumn(_ json: String, _ expected: String) {
        #expect(Self.error(json) == expected)
    }

    @Test func escapesAndABOMAreRead() throws {
        let json = Array("\u{FEFF}".utf8) + Array(#"{"brands": [{"name": "T\u00e9\ud83d\ude00\n\"\/"}]}"#.utf8)
        let config = try ConfigLoader.parse(data: Data(json), file: "config.json", folder: "/")
        #expect(config.brands.first?.name == "Té😀\n\"/")
    }
}
