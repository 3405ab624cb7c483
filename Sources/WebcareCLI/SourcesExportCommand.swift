import ArgumentParser
import Foundation
import WebcareCore
import WebcarePresent

struct SourcesExportCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case opml }

    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write the config's feeds as an OPML file, for a feed reader or another webcare.",
        discussion: """
            Only web feeds are written: review pages and local files mean nothing to a feed reader (stderr says how \
            many were left out).

            Example:  webcare sources export --format opml > feeds.opml
            """
    )

    @OptionGroup var options: ConfigOptions

    @Option(help: "The format: opml.")
    var format: Format = .opml

    func run() throws {
        let config = try options.load()
        let feeds = config.sources.filter { source in
            guard source.kind == .feed, case .web = source.location else { return false }
            return true
        }
        writeOut(OPMLRenderer.opml(title: "webcare sources", sources: feeds.map { ($0.name, $0.location.description) }))
        let left = config.sources.count - feeds.count
        if left > 0 { printError("left out \(left) source\(left == 1 ? "" : "s") that \(left == 1 ? "is" : "are") not a web feed (review pages, files)") }
    }
}
