import Foundation
import WebcareStore

/// Keeps two polls of one database from running at once: an exclusive lock on a file beside it (see `FileLock`),
/// released when the process ends (even when it is killed). A second poll waits a short while, then gives up.
public final class PollLock {
    private let lock: FileLock
    /// The lock file.
    public var path: String { lock.path }

    /// Why the lock could not be taken.
    public enum Failure: Error, Sendable, CustomStringConvertible {
        /// Another poll held it for the whole wait.
        case busy(path: String, waited: TimeInterval)
        /// The lock file could not be opened.
        case unusable(path: String, reason: String)

        /// One line saying what happened and what to do.
        public var description: String {
            switch self {
            case .busy(let path, let waited):
                "another webcare poll is still running (lock \(path) held for \(Int(waited)) s); this run stored nothing and will catch up next time"
            case .unusable(let path, let reason):
                "could not open the poll lock \(path): \(reason)"
            }
        }
    }

    /// Takes the lock for the database at `databasePath`, waiting up to `wait` seconds for another poll to end.
    public init(databasePath: String, wait: TimeInterval) throws(Failure) {
        do {
            lock = try FileLock(path: databasePath + ".poll-lock", wait: wait)
        } catch {
            switch error {
            case .busy(let path, let waited): throw .busy(path: path, waited: waited)
            case .unusable(let path, let reason): throw .unusable(path: path, reason: reason)
            }
        }
    }
}
