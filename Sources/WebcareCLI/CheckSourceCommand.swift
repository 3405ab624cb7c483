import ArgumentParser
import WebcareApp
import WebcareConfig
import WebcarePresent

struct CheckSourceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check-source",
        abstract: "Fetch (or read) one feed and show what webcare sees in it, storing nothing.",
        discussion: """
            Examples:  webcare check-source https://forum.example/feed.xml
                       webcare check-source examples/feeds/technieuws.atom --json

            An HTML page that holds no reviews is searched for feeds: those its <link rel="alternate"> tags announce, \
            else the usual places (/feed, /rss, /atom.xml, /feed.xml, /index.xml, ?feed=rss2), each fetched once and \
            listed with its title and item count.

            With --config FILE every item gets a line saying which brand it matches (the keyword, or the source's own \
            brand) or why none (no keyword, a keyword only inside an exclusion), with the sentiment, reach and reply \
            need a poll would store; --json adds these as a "matches" list.

            Exit codes: 0 the source was read (or the page leads to feeds); 1 it could not be fetched or read (one line \
            on stderr says why); 2 the --config file is invalid.
            """
    )

    @Argument(help: ArgumentHelp("An http(s) URL or a file path.", valueName: "url-or-path"))
    var source: String

    @Flag(help: "Print exactly one JSON object.")
    var json = false

    @Option(help: ArgumentHelp("A config file: show which brand each item would be stored under (or why not) and how it would score.",
                               valueName: "file"))
    var config: String?

    func run() throws {
        // A config is read first, so a broken one stops the command before anything is fetched.
        var loaded: Config?
        if let config {
            do {
                loaded = try ConfigLoader.load(path: config)
            } catch {
                throw fail(error.description, code: ExitStatus.usage)
            }
        }
        let inspection: SourceInspection
        do {
            inspection = try SourceCheck.inspect(source)
        } catch {
            throw fail(error.description, code: 1)
        }
        let result: SourceCheckResult
        switch inspection {
        case .document(let document):
            result = document
        case .page(let url, let feeds):
            writeOut(json ? FeedDiscoveryRenderer.json(pageURL: url, feeds: feeds) : FeedDiscoveryRenderer.text(pageURL: url, feeds: feeds))
            return
        }
        let feed = result.feed
        let matches = loaded.map { ($0.file, SourceMatchPreview.lines(for: feed, url: result.url, config: $0)) }
        if json {
            let object = SourceCheckRenderer.json(url: result.url, kind: feed.kind.rawValue, title: feed.title, items: feed.items)
            writeOut(matches.map { SourceMatchRenderer.json(adding: $0.1, to: object) } ?? object)
        } else {
            writeOut(SourceCheckRenderer.text(url: result.url, kind: feed.kind.rawValue, title: feed.title, items: feed.items,
                                              warnings: feed.warnings, width: Terminal.width))
            if let (file, lines) = matches { writeOut(SourceMatchRenderer.text(lines, configFile: file)) }
        }
    }
}
