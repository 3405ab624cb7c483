import ArgumentParser
import WebcareApp
import WebcarePresent

struct CheckSourceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-source",
        abstract: "Fetch (or read) one feed and show what webcare sees in it, storing nothing.",
        discussion: """
            Examples:  webcare check-source https://forum.example/feed.xml
                       webcare check-source examples/feeds/technieuws.atom --json

            Exit codes: 0 the source was read; 1 it could not be fetched or read (one line on stderr says why).
            """
    )

    @Argument(help: ArgumentHelp("An http(s) URL or a file path.", valueName: "url-or-path"))
    var source: String

    @Flag(help: "Print exactly one JSON object.")
    var json = false

    func run() throws {
        let result: SourceCheckResult
        do {
            result = try SourceCheck.run(source)
        } catch {
            throw fail(error.description, code: 1)
        }
        let feed = result.feed
        if json {
            writeOut(SourceCheckRenderer.json(url: result.url, kind: feed.kind.rawValue, title: feed.title, items: feed.items))
        } else {
            writeOut(SourceCheckRenderer.text(url: result.url, kind: feed.kind.rawValue, title: feed.title, items: feed.items,
                                              warnings: feed.warnings, width: Terminal.width))
        }
    }
}
