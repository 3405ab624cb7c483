import ArgumentParser
import Testing
@testable import WebcareCLI
import WebcareCore

/// `sources` and `config` argument lists parsed in process.
@Suite struct SourcesParsingTests {
    @Test func sourcesAloneIsTheListAsBefore() throws {
        let command = try WebcareCommand.parseAsRoot(["sources", "--json", "--config", "c.json"])
        let list = try #require(command as? SourcesListCommand)
        #expect(list.json)
        #expect(list.options.config == "c.json")
    }

    @Test func addTakesItsOptions() throws {
        let add = try #require(try WebcareCommand.parseAsRoot(["sources", "add", "https://x.example/", "--name", "X", "--reach", "5",
                                                               "--brand", "Telvio", "--type", "reviews", "--first"]) as? SourcesAddCommand)
        #expect(add.url == "https://x.example/")
        #expect(add.name == "X")
        #expect(add.reach == 5)
        #expect(add.brand == "Telvio")
        #expect(add.type == .reviews)
        #expect(add.first)
    }

    @Test(arguments: [
        ["sources", "add"],
        ["sources", "add", "https://x.example/", "--type", "blog"],
        ["sources", "add", "https://x.example/", "--reach", "-1"],
        ["sources", "rename", "A"],
        ["sources", "rename", "A", " "],
        ["sources", "export", "--format", "csv"],
    ])
    func badArgumentListsAreRefused(arguments: [String]) {
        #expect(throws: (any Error).self) { _ = try WebcareCommand.parseAsRoot(arguments) }
    }

    @Test func configCheckIsACommand() throws {
        #expect(try WebcareCommand.parseAsRoot(["config", "check"]) is ConfigCheckCommand)
    }
}
