import ArgumentParser
import Foundation
import WebcareCore

/// The `webcare` command: its subcommands, and exit codes as documented.
public struct WebcareCommand: ParsableCommand {
    /// The command line's name, help and subcommands.
    public static let configuration = CommandConfiguration(
        commandName: "webcare",
        abstract: "Watch what customers say about your brand online, and answer every complaint in time.",
        discussion: """
            Typical use: `webcare poll` from cron every 15 minutes, `webcare inbox` for the agent at the terminal, \
            `webcare answer ID` once a mention has been answered, `webcare report --week` for the manager on Monday.

            The config file is --config FILE, else $WEBCARE_CONFIG, else $XDG_CONFIG_HOME/webcare/config.json, \
            else ~/.config/webcare/config.json. Colour only on a terminal, never with NO_COLOR set.

            \(ExitStatus.helpText)
            """,
        version: WebcareVersion.current,
        subcommands: [PollCommand.self, InboxCommand.self, SourcesCommand.self, AnswerCommand.self, IgnoreCommand.self, ReopenCommand.self,
                      AssignCommand.self, UnassignCommand.self, NoteCommand.self, TagCommand.self, UntagCommand.self, HistoryCommand.self,
                      SearchCommand.self, ExportCommand.self, ShowCommand.self, RelabelCommand.self, RescoreCommand.self,
                      SuggestWordsCommand.self, ReplyCheckCommand.self, FollowUpsCommand.self, FollowUpCommand.self, ReportCommand.self,
                      ScoreCommand.self, CheckSourceCommand.self, ConfigCommand.self]
    )

    /// Runs the command; usage errors exit with 2 (as documented), not the parser's 64.
    /// A root command with nothing to do of its own (it shows its help).
    public init() {}

    public static func main() {
        do {
            var command = try parseAsRoot()
            try CommandClock.check()
            try command.run()
        } catch {
            if exitCode(for: error).rawValue == 64 {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(ExitStatus.usage)
            }
            exit(withError: error)
        }
    }
}
