import Foundation

/// Hands a finished e-mail to the system's `sendmail` (Debian's interface to whichever mail transfer agent is
/// installed: exim4, postfix, msmtp-mta, dma, nullmailer), as `sendmail -t -oi`: the recipients come from the
/// message's To header, never from the command line, and a line holding a single dot does not end the message.
public struct Sendmail: Sendable {
    /// Why the message was not handed over; one line naming the recipients and what to do.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// Who the report was for.
        public var recipients: [String]
        /// What went wrong.
        public var reason: String

        /// "could not mail the report to ADDRESS: REASON".
        public var description: String { "could not mail the report to \(recipients.joined(separator: ", ")): \(reason)" }
    }

    /// The folders searched for `sendmail`, in order.
    public var folders: [String]

    /// Searches the folders of `PATH`, then /usr/sbin and /usr/lib, where Debian's MTAs put `sendmail` (cron's
    /// PATH leaves /usr/sbin out).
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let path = (environment["PATH"] ?? "").split(separator: ":").map(String.init).filter { !$0.isEmpty }
        folders = path + ["/usr/sbin", "/usr/lib"].filter { !path.contains($0) }
    }

    /// Searches exactly these folders.
    public init(folders: [String]) { self.folders = folders }

    /// The first executable `sendmail` in the folders; nil when there is none.
    public func locate() -> String? {
        folders.lazy.map { ($0 as NSString).appendingPathComponent("sendmail") }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// Runs sendmail with `message` on its standard input and waits for it. Throws when there is no sendmail,
    /// it cannot be started, or it exits with a failure (its first line of error output given).
    public func send(_ message: String, to recipients: [String]) throws(Failure) {
        guard let program = locate() else {
            throw Failure(recipients: recipients, reason: """
                no sendmail found (looked in \(folders.joined(separator: ", "))); install a mail transfer agent that \
                provides it, such as Debian's msmtp-mta (relays through your mail server: sudo apt-get install msmtp-mta) \
                or postfix (sudo apt-get install postfix)
                """)
        }
        // A sendmail that exits without reading would otherwise end webcare with SIGPIPE instead of this error.
        signal(SIGPIPE, SIG_IGN)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: program)
        process.arguments = ["-t", "-oi"]
        let input = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw Failure(recipients: recipients, reason: "could not start \(program): \(error.localizedDescription)")
        }
        // Read its errors while writing, so a sendmail that complains at length cannot block on a full pipe.
        let collected = ErrorOutput()
        let reader = Thread { collected.data = errors.fileHandleForReading.readDataToEndOfFile() }
        reader.start()
        do {
            try input.fileHandleForWriting.write(contentsOf: Data(message.utf8))
            try input.fileHandleForWriting.close()
        } catch {
            process.waitUntilExit()
            throw Failure(recipients: recipients, reason: "\(program) stopped reading the message (exit status \(process.terminationStatus))")
        }
        process.waitUntilExit()
        while !collected.isDone { collected.wait() }
        guard process.terminationStatus == 0 else {
            let said = String(decoding: collected.data, as: UTF8.self).split(separator: "\n").first.map { ": \($0)" } ?? ""
            throw Failure(recipients: recipients, reason: "\(program) exited with status \(process.terminationStatus)\(said)")
        }
    }
}

/// What sendmail wrote on stderr, filled by a reader thread.
/// @unchecked Sendable: `data` is written once by the reader thread before it signals, and read after the wait.
private final class ErrorOutput: @unchecked Sendable {
    private let condition = NSCondition()
    private var stored = Data()
    private var done = false

    var data: Data {
        get { condition.withLock { stored } }
        set { condition.withLock { stored = newValue; done = true; condition.broadcast() } }
    }

    var isDone: Bool { condition.withLock { done } }

    func wait() { condition.withLock { if !done { condition.wait() } } }
}
