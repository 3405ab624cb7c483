import ArgumentParser
import Foundation
import WebcareApp
import WebcareConfig
import WebcareCore
import WebcareStore

/// The options every command that reads the config takes.
struct ConfigOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The config file.", valueName: "file"))
    var config: String?

    /// Loads the config, or ends the command with exit code 2 and a one-line error.
    func load() throws -> Config {
        do {
            return try ConfigLoader.load(path: ConfigLoader.locate(explicit: config))
        } catch {
            throw fail(error.description, code: ExitStatus.usage)
        }
    }

    /// Loads the config and opens its database, or ends the command with a one-line error. A command that only reads
    /// (`forReading`) opens a database this user may not write read-only, so an agent with read access to the team's
    /// database can still see the inbox.
    func open(forReading: Bool = false) throws -> (Config, WebcareDatabase) {
        let config = try load()
        let isReadOnly = forReading && FileManager.default.fileExists(atPath: config.database)
            && !(FileManager.default.isWritableFile(atPath: config.database)
                 && FileManager.default.isWritableFile(atPath: (config.database as NSString).deletingLastPathComponent))
        do {
            return (config, try WebcareDatabase(path: config.database, readOnly: isReadOnly))
        } catch {
            throw fail(error.description, code: ExitStatus.database)
        }
    }
}

/// The options of commands that change mentions.
struct ActorOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Who did it (default: your login name).", valueName: "name"))
    var by: String?

    @Option(name: .long, help: "A note to keep with the change.")
    var note: String?

    var actor: String { Self.actor(by) }

    /// The name given with --by, else the login name.
    static func actor(_ by: String?) -> String {
        if let by, !by.isEmpty { return by }
        let environment = ProcessInfo.processInfo.environment
        return environment["USER"] ?? environment["LOGNAME"] ?? NSUserName()
    }
}

/// Facts about where output goes.
enum Terminal {
    /// Whether stdout is a terminal and NO_COLOR is unset or empty (the convention: only a non-empty value counts).
    static var useColor: Bool {
        isatty(STDOUT_FILENO) == 1 && (ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
    }

    /// The terminal's width in columns: the window size when stdout is a terminal, else $COLUMNS, else 100.
    static var width: Int {
        var size = winsize()
        if isatty(STDOUT_FILENO) == 1, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return 100
    }
}

/// Maps a store error to the right exit code.
func storeFailure(_ error: StoreError) -> ExitCode {
    if case .unknownMention = error { return fail(error.description, code: ExitStatus.usage) }
    if case .unknownFollowUp = error { return fail(error.description, code: ExitStatus.usage) }
    return fail(error.description, code: ExitStatus.database)
}

/// Checks of option values several commands share, each a one-line `ValidationError` naming the option.
enum OptionCheck {
    /// `--status`: open, answered, ignored or all.
    static func status(_ value: String) throws {
        if value != "all", MentionStatus(rawValue: value) == nil {
            throw ValidationError("--status \"\(value)\" is not a status; use open, answered, ignored or all")
        }
    }

    /// `--label`: negative, neutral, positive or all.
    static func label(_ value: String?) throws {
        if let value, value != "all", SentimentLabel(rawValue: value) == nil {
            throw ValidationError("--label \"\(value)\" is not a label; use negative, neutral, positive or all")
        }
    }

    /// `--since`: a period (30m, 24h, 7d) or a date.
    static func since(_ value: String?) throws {
        if let value, InboxPeriod.start(value, now: CommandClock.now) == nil {
            throw ValidationError("--since \"\(value)\" is neither a period like 24h or 7d nor a date like 2026-11-20")
        }
    }
}

/// "Now" for every command: the system clock, or `$WEBCARE_NOW` when it is set. WEBCARE_NOW is for tests that run
/// the binary against a fixed clock (a promise that turns overdue, a report's week): an ISO 8601 instant such as
/// `2026-11-20T09:00:00Z`. `WebcareCommand.main` checks it before any command runs; the stages get the instant
/// the command hands them.
enum CommandClock {
    /// The instant the command works at.
    static var now: Date { fixed ?? Clock.system.now }

    /// WEBCARE_NOW read, nil when it is unset or unreadable (`check` refuses the latter).
    private static var fixed: Date? {
        ProcessInfo.processInfo.environment["WEBCARE_NOW"].flatMap { ISO8601DateFormatter().date(from: $0) }
    }

    /// Ends the command with exit code 2 when WEBCARE_NOW is set but is not an ISO 8601 instant.
    static func check() throws {
        guard let text = ProcessInfo.processInfo.environment["WEBCARE_NOW"], fixed == nil else { return }
        throw fail("could not read WEBCARE_NOW \"\(text)\": not an ISO 8601 instant such as 2026-11-20T09:00:00Z; unset it to use the system clock",
                   code: ExitStatus.usage)
    }
}
