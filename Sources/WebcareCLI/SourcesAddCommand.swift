import ArgumentParser
import Foundation
import WebcareApp
import WebcareConfig
import WebcareCore
import WebcarePresent

struct SourcesAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Add a feed or review page to the config; an HTML page is resolved to its feed.",
        discussion: """
            The URL is fetched once. A feed or a page with reviews is added as it is; an HTML page without reviews is \
            searched for feeds (as check-source does): one feed is added, of several you are asked which on a \
            terminal, elsewhere the command refuses and lists them (pass --first, or add the feed's own URL).

            Exit codes: 0 added; 1 the URL could not be fetched or read; 2 bad usage, or the config would become \
            invalid (nothing is written then).
            """
    )

    @OptionGroup var options: ConfigOptions

    @Argument(help: ArgumentHelp("The feed's or page's http(s) URL (or a file path).", valueName: "url"))
    var url: String

    @Option(help: "The source's name (default: the feed's title).")
    var name: String?

    @Option(help: "Readers an item on it typically gets.")
    var reach: Int?

    @Option(help: "The brand every item is about (for a brand's own review page).")
    var brand: String?

    @Option(help: ArgumentHelp("feed or reviews (default: what the URL serves).", valueName: "type"))
    var type: SourceKind?

    @Flag(help: "Of several feeds a page leads to, take the first without asking.")
    var first = false

    func validate() throws {
        if let reach, reach < 0 { throw ValidationError("--reach must be 0 or more readers") }
        if let name, name.trimmingCharacters(in: .whitespaces).isEmpty { throw ValidationError("--name must not be empty") }
    }

    func run() throws {
        let path = ConfigLoader.locate(explicit: options.config)
        let config = try options.load()
        do {
            try SourceEditing.refuseDuplicate(of: url, in: config)
        } catch {
            throw fail(error.description, code: ExitStatus.usage)
        }
        let resolution: SourceResolution
        do {
            resolution = try SourceEditing.resolve(url, fetch: config.fetch)
        } catch {
            throw fail(error.description + "; nothing was added", code: 1)
        }
        var request = SourceRequest(url: url, name: name, reach: reach, brand: brand, kind: type ?? .feed)
        switch resolution {
        case .document(let url, let kind, let title):
            request.url = url
            request.title = title
            if type == nil { request.kind = kind }
        case .feeds(let feeds):
            if type == .reviews {
                throw fail("could not add \(url): an HTML page with no reviews webcare can read; it leads to feeds instead:\n"
                    + feeds.map { "  " + FeedDiscoveryRenderer.line($0) }.joined(separator: "\n"), code: 2)
            }
            let feed = try choose(from: feeds)
            request.url = feed.url
            request.title = feed.title
        }
        let source: Source
        do {
            source = try SourceEditing.add(request, toConfigAt: path)
        } catch {
            throw fail(error.description, code: ExitStatus.usage)
        }
        writeOut("added \"\(TerminalText.safeLine(source.name))\" (\(source.kind.rawValue)): \(TerminalText.safeLine(source.location.description))\n")
    }

    /// The one feed, the first with --first, the one picked on a terminal; otherwise the command ends listing them.
    private func choose(from feeds: [DiscoveredFeed]) throws -> DiscoveredFeed {
        if feeds.count == 1 || first { return feeds[0] }
        let list = feeds.enumerated().map { "  \($0.offset + 1). " + FeedDiscoveryRenderer.line($0.element) }.joined(separator: "\n")
        guard isatty(STDIN_FILENO) == 1, isatty(STDERR_FILENO) == 1 else {
            throw fail("could not add \(url): the page leads to \(feeds.count) feeds; add one of them by its URL, or pass --first:\n" + list,
                       code: ExitStatus.usage)
        }
        FileHandle.standardError.write(Data("\(url) leads to \(feeds.count) feeds:\n\(list)\nWhich one? [1-\(feeds.count)] ".utf8))
        guard let answer = readLine(), let number = Int(answer.trimmingCharacters(in: .whitespaces)), (1...feeds.count).contains(number) else {
            throw fail("no feed chosen; nothing was added", code: ExitStatus.usage)
        }
        return feeds[number - 1]
    }
}

extension SourceKind: ExpressibleByArgument {}
