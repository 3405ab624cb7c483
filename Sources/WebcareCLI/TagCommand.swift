import ArgumentParser
import WebcareApp
import WebcareStore

/// The ids first, then the tags: `12 15 storing factuur`.
struct TaggedMentions: ParsableArguments {
    @Argument(help: ArgumentHelp("The mention ids, then the tags.", valueName: "id... tag"))
    var values: [String] = []

    var ids: [Int64] { values.prefix { Int64($0) != nil }.compactMap { Int64($0) } }
    var tags: [String] { Array(values.drop { Int64($0) != nil }).map(Tags.normalized) }

    func validate() throws {
        guard !ids.isEmpty, !tags.isEmpty else { throw ValidationError("name at least one mention id and then at least one tag") }
        if let bad = values.drop(while: { Int64($0) != nil }).first(where: { !Tags.isValid($0) }) {
            throw ValidationError("\"\(bad)\" is not a tag: a tag is a word or phrase without commas")
        }
    }
}

struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag", abstract: "Put the team's tags on mentions (shown in the inbox, show, --json and export; `inbox --tag`).",
        discussion: "Example:  webcare tag 12 15 storing factuur")
    @OptionGroup var options: ConfigOptions
    @OptionGroup var mentions: TaggedMentions

    func run() throws {
        let (_, database) = try options.open()
        do {
            try Workflow(database: database).tag(mentions.ids, with: mentions.tags)
        } catch {
            throw storeFailure(error)
        }
        printError("tagged \(mentions.ids.map(String.init).joined(separator: ", ")): \(mentions.tags.joined(separator: ", "))")
    }
}

struct UntagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "untag", abstract: "Take tags off mentions.", discussion: "Example:  webcare untag 12 factuur")
    @OptionGroup var options: ConfigOptions
    @OptionGroup var mentions: TaggedMentions

    func run() throws {
        let (_, database) = try options.open()
        do {
            try Workflow(database: database).untag(mentions.ids, tags: mentions.tags)
        } catch {
            throw storeFailure(error)
        }
        printError("untagged \(mentions.ids.map(String.init).joined(separator: ", ")): \(mentions.tags.joined(separator: ", "))")
    }
}
