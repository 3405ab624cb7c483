import ArgumentParser
import WebcareApp
import WebcareCore
import WebcareStore

struct ReopenCommand: StatusChange {
    static let configuration = CommandConfiguration(
        commandName: "reopen", abstract: "Put mentions back in the inbox.",
        discussion: "Example:  webcare reopen 12")
    static let status = MentionStatus.open
    @OptionGroup var options: ConfigOptions
    @OptionGroup var mentions: MentionIDs
    @OptionGroup var actor: ActorOptions
}
