import ArgumentParser
import Foundation
import WebcareApp
import WebcareCore
import WebcarePresent

/// Where a reply's text comes from: an argument, a file, or stdin ("-").
enum DraftInput {
    /// The text given, else the file's contents ("-" reads stdin); nil when neither is given.
    static func read(text: String?, file: String?) throws -> String? {
        if let text { return text }
        guard let file else { return nil }
        let data: Data
        if file == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            guard let read = FileManager.default.contents(atPath: file) else {
                throw fail("could not read reply file \(file): no such file or not readable", code: ExitStatus.usage)
            }
            data = read
        }
        let reply = String(decoding: data, as: UTF8.self)
        guard !reply.allSatisfy(\.isWhitespace) else { throw fail("could not read a reply from \(file == "-" ? "stdin" : file): it is empty", code: ExitStatus.usage) }
        return reply
    }
}

struct ReplyCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reply-check",
        abstract: "Read a draft reply: what makes it open, what makes it defensive, and what it lacks.",
        discussion: """
            Examples:  webcare reply-check "Vervelend dat uw pakket niet kwam. Ik bel u morgen. ^Sanne"
                       webcare reply-check --mention 12 --file draft.txt
                       pbpaste | webcare reply-check --mention 12
            Prints the verdict (open, mixed or defensive) and the language, then each finding with the words that \
            showed it, with --mention the questions the mention asked and whether the draft answers them, and a \
            line of advice for each missing element. The team's phrases come from the config's replies.phrases.
            """)

    @OptionGroup var options: ConfigOptions
    @Option(help: ArgumentHelp("Check the draft against this mention's questions.", valueName: "id"))
    var mention: Int64?
    @Option(help: ArgumentHelp("Read the draft from a file (\"-\" for stdin).", valueName: "file"))
    var file: String?
    @Flag(help: "Print JSON for scripts.")
    var json = false
    @Argument(help: ArgumentHelp("The draft (without it and --file, read from stdin).", valueName: "text"))
    var text: String?

    func validate() throws {
        if text != nil, file != nil { throw ValidationError("give the draft either as an argument or with --file, not both") }
    }

    func run() throws {
        let config = try options.load()
        let draft = try DraftInput.read(text: text, file: file ?? (text == nil ? "-" : nil)) ?? ""
        let database = mention == nil ? nil : try options.open().1
        let result: ReplyAssessment
        do {
            result = try ReplyChecking(config: config, database: database).check(draft, mention: mention)
        } catch {
            throw storeFailure(error)
        }
        writeOut(json ? ReplyCheckRenderer.json(result) : ReplyCheckRenderer.text(result, mention: mention))
    }
}
