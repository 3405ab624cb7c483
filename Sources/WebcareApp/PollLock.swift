import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Keeps two polls of one database from running at once: an exclusive lock on a file beside it, released
/// when the process ends (even when it is killed). A second poll waits a short while, then gives up.
public final class PollLock {
    private let descriptor: Int32
    /// The lock file.
    public let path: String

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
        path = databasePath + ".poll-lock"
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .unusable(path: path, reason: String(cString: strerror(errno))) }
        let deadline = Date().addingTimeInterval(wait)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            if Date() >= deadline {
                close(descriptor)
                throw .busy(path: path, waited: wait)
            }
            usleep(100_000)
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
