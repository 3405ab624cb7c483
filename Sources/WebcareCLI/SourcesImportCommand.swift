import ArgumentParser
import Foundation
import WebcareApp
import WebcareConfig
import WebcareParse
import WebcarePresent

struct SourcesImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Add every feed of an OPML file (newsboat, Miniflux, Feedly, Inoreader exports) to the config.",
        discussion: """
            Outlines nested in folders are read at any depth. A feed whose URL the config (or the file, earlier) \
            already has is skipped and counted; a name already taken gets " (2)". The feeds are not fetched: run \
            `webcare config check` afterwards.

            Exit codes: 0 imported (perhaps nothing new); 2 the file is not OPML, or the config is invalid.
            """
    )

    @OptionGroup var options: ConfigOptions

    @Argument(help: ArgumentHelp("The OPML file.", valueName: "file"))
    var file: String

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw fail("could not read \(file): \(FileManager.default.fileExists(atPath: file) ? "check its permissions" : "no such file")",
                       code: ExitStatus.usage)
        }
        let summary: SourceImport
        do {
            let feeds = try OPMLReader.feeds(in: Array(data))
            summary = try SourceEditing.importFeeds(feeds, toConfigAt: ConfigLoader.locate(explicit: options.config))
        } catch let error as ParseError {
            throw fail("could not import \(file): \(error.reason)", code: ExitStatus.usage)
        } catch {
            throw fail("\(error)", code: ExitStatus.usage)
        }
        for name in summary.added { writeOut("added \"\(TerminalText.safeLine(name))\"\n") }
        for url in summary.unusable { writeOut("skipped \(TerminalText.safeLine(url)): not an http(s) URL\n") }
        writeOut("imported \(summary.added.count) source\(summary.added.count == 1 ? "" : "s"), "
            + "skipped \(summary.duplicates) already in the config\n")
    }
}
