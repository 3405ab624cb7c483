import Foundation
import Testing
import WebcareConfig

/// Sources added, removed and renamed by splicing the config's text: the rest of the file stays byte for byte.
@Suite struct ConfigTextTests {
    private func edited(_ text: String, _ edit: (inout ConfigText) -> Void) throws -> String {
        var config = ConfigText(Array(text.utf8))
        edit(&config)
        let result = String(decoding: config.bytes, as: UTF8.self)
        // Whatever the edit, the result must still be a config.
        _ = try ConfigLoader.parse(data: Data(config.bytes), file: "c.json", folder: "/tmp")
        return result
    }

    private let source: [ConfigText.Field] = [.string("name", "Nieuw \"forum\""), .string("url", "https://n.example/feed"), .integer("reach", 5)]

    @Test func aSourceIsWrittenOneKeyPerLineWhenTheOthersAre() throws {
        let text = "{\n\t\"brands\": [{\"name\": \"T\"}],\n\t\"sources\": [\n\t\t{\n\t\t\t\"name\": \"A\",\n\t\t\t\"url\": \"https://a.example/\"\n\t\t}\n\t]\n}"
        #expect(try edited(text) { $0.appendSource(source) } == "{\n\t\"brands\": [{\"name\": \"T\"}],\n\t\"sources\": [\n\t\t{\n\t\t\t\"name\": \"A\",\n\t\t\t\"url\": \"https://a.example/\"\n\t\t},\n\t\t{\n\t\t\t\"name\": \"Nieuw \\\"forum\\\"\",\n\t\t\t\"url\": \"https://n.example/feed\",\n\t\t\t\"reach\": 5\n\t\t}\n\t]\n}")
    }

    @Test func aCompactFileStaysCompact() throws {
        let text = "{\"brands\":[{\"name\":\"T\"}],\"sources\":[{\"name\":\"A\",\"url\":\"https://a.example/\"}]}"
        #expect(try edited(text) { $0.appendSource(source) }
            == "{\"brands\":[{\"name\":\"T\"}],\"sources\":[{\"name\":\"A\",\"url\":\"https://a.example/\"},{\"name\":\"Nieuw \\\"forum\\\"\",\"url\":\"https://n.example/feed\",\"reach\":5}]}")
    }

    @Test func aOneLineFileWithoutSourcesOrWithAnEmptyListStaysOnOneLine() throws {
        #expect(try edited("{\"brands\": [{\"name\": \"T\"}], \"sources\": []}") { $0.appendSource(source) }
            == "{\"brands\": [{\"name\": \"T\"}], \"sources\": [{\"name\": \"Nieuw \\\"forum\\\"\", \"url\": \"https://n.example/feed\", \"reach\": 5}]}")
        #expect(try edited("{\"brands\": [{\"name\": \"T\"}]}") { $0.appendSource(source) }
            == "{\"brands\": [{\"name\": \"T\"}], \"sources\": [{\"name\": \"Nieuw \\\"forum\\\"\", \"url\": \"https://n.example/feed\", \"reach\": 5}]}")
    }

    @Test func aConfigWithoutSourcesGetsTheListAtItsEnd() throws {
        let text = "\u{FEFF}{\n  \"brands\": [{\"name\": \"T\"}]\n}\n"
        #expect(try edited(text) { $0.appendSource(source) }
            == "\u{FEFF}{\n  \"brands\": [{\"name\": \"T\"}],\n  \"sources\": [\n    {\n      \"name\": \"Nieuw \\\"forum\\\"\",\n      \"url\": \"https://n.example/feed\",\n      \"reach\": 5\n    }\n  ]\n}\n")
    }

    @Test func removingTheFirstMiddleAndLastKeepsTheCommasRight() throws {
        let text = "{\"brands\": [{\"name\": \"T\"}], \"sources\": [{\"name\": \"A\", \"url\": \"a\"}, {\"name\": \"B\", \"url\": \"b\"}, {\"name\": \"C\", \"url\": \"c\"}]}"
        #expect(try edited(text) { $0.removeSource(at: 1) } == "{\"brands\": [{\"name\": \"T\"}], \"sources\": [{\"name\": \"A\", \"url\": \"a\"}, {\"name\": \"C\", \"url\": \"c\"}]}")
        #expect(try edited(text) { $0.removeSource(at: 0) } == "{\"brands\": [{\"name\": \"T\"}], \"sources\": [{\"name\": \"B\", \"url\": \"b\"}, {\"name\": \"C\", \"url\": \"c\"}]}")
        #expect(try edited(text) { $0.removeSource(at: 2) } == "{\"brands\": [{\"name\": \"T\"}], \"sources\": [{\"name\": \"A\", \"url\": \"a\"}, {\"name\": \"B\", \"url\": \"b\"}]}")
    }

    @Test func renamingTouchesOnlyTheNameEvenWithBracketsAndEscapesAround() throws {
        let text = "{\"brands\": [{\"name\": \"T\", \"keywords\": [\"a]}\\\"b\"]}], \"sources\": [{\"url\": \"x\", \"name\": \"[A]\"}]}"
        var found = false
        let result = try edited(text) { found = $0.setSourceString(at: 0, key: "name", to: "Ü \\ B") }
        #expect(found)
        #expect(result
            == "{\"brands\": [{\"name\": \"T\", \"keywords\": [\"a]}\\\"b\"]}], \"sources\": [{\"url\": \"x\", \"name\": \"Ü \\\\ B\"}]}")
    }
}
