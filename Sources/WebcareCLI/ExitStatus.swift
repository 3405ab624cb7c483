import ArgumentParser
import Foundation

/// The exit codes webcare uses; documented in `--help`.
enum ExitStatus {
    /// Everything worked.
    static let success: Int32 = 0
    /// `poll`: some sources failed (the others were stored); the failures were printed.
    static let someSourcesFailed: Int32 = 1
    /// Bad usage, a config error or an unknown mention id.
    static let usage: Int32 = 2
    /// The database could not be opened or written.
    static let database: Int32 = 3
    /// `poll`: another poll of the same database kept running for the whole wait.
    static let pollRunning: Int32 = 4
    /// `report --mail-to`: no sendmail, or sendmail refused the message.
    static let mailFailed: Int32 = 5

    static let helpText = """
        Exit codes: 0 success; 1 poll: one or more sources failed (the others were stored); \
        2 bad usage, config error or unknown mention id; 3 the database could not be opened or written; \
        4 poll: another poll of the same database was still running; 5 report --mail-to: no sendmail, or it \
        refused the message.
        """
}

/// Prints one line to stderr, prefixed with "webcare: ".
func printError(_ message: String) {
    FileHandle.standardError.write(Data(("webcare: " + message + "\n").utf8))
}

/// Writes text to stdout as is.
func writeOut(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}

/// Prints an error and ends the command with the given code.
func fail(_ message: String, code: Int32) -> ExitCode {
    printError(message)
    return ExitCode(code)
}
