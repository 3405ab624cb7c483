import ArgumentParser
import WebcareApp
import WebcareCore
import WebcareStore

struct AnswerCommand: StatusChange {
    static let configuration = CommandConfiguration(
        commandName: "answer", abstract: "Mark mentions as answered.",
        discussion: "Example:  webcare answer 12 15 --note \"replied on the forum\"")
    static let status = MentionStatus.answered
    @OptionGroup var options: ConfigOptions
    @OptionGroup var mentions: MentionIDs
    @OptionGroup var actor: ActorOptions
}
