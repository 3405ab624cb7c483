import ArgumentParser
import WebcareApp
import WebcareCore
import WebcareStore

struct IgnoreCommand: StatusChange {
    static let configuration = CommandConfiguration(
        commandName: "ignore", abstract: "Mark mentions as needing no answer.",
        discussion: "Example:  webcare ignore 14 --note \"spam\"")
    static let status = MentionStatus.ignored
    @OptionGroup var options: ConfigOptions
    @OptionGroup var mentions: MentionIDs
    @OptionGroup var actor: ActorOptions
}
