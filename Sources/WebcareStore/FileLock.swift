import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive lock on a file, shared by every process on the machine: held until `release()` or until the
/// object goes, and released by the system when the process ends, even when it is killed. A taker waits up to a
/// given time for the holder, then gives up.
public final class FileLock {
    private let descriptor: Int32
    /// The lock file.
    public let path: String

    /// Why the lock could not be taken.
    public enum Failure: Error, Sendable {
        /// Another process held it for the whole wait.
        case busy(path: String, waited: TimeInterval)
        /// The lock file could not be opened (a folder that does not exist or may not be written).
        case unusable(path: String, reason: String)
    }

    /// Takes the lock on the file at `path` (made when missing), waiting up to `wait` seconds.
    public init(path: String, wait: TimeInterval) throws(Failure) {
        self.path = path
        descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .unusable(path: path, reason: String(cString: strerror(errno))) }
        let deadline = Date().addingTimeInterval(wait)
        while flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            if Date() >= deadline {
                close(descriptor)
                throw .busy(path: path, waited: wait)
            }
            usleep(wait > 1 ? 100_000 : 10_000)
        }
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
