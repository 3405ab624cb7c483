import Foundation
import WebcareConfig
import WebcareCore
import WebcareStore

/// One `webcare poll`: takes the database's poll lock (waiting for another poll up to `wait` seconds), polls every
/// due source, then queues and delivers the alerts, and lets the lock go.
public struct PollRun: Sendable {
    /// Why a poll run could not run or finish.
    public enum Failure: Error, Sendable, CustomStringConvertible {
        /// Another poll of the same database kept running for the whole wait.
        case anotherPollRunning(PollLock.Failure)
        /// The database could not be read or written.
        case store(StoreError)

        /// One line saying what went wrong.
        public var description: String {
            switch self {
            case .anotherPollRunning(let failure): failure.description
            case .store(let error): error.description
            }
        }
    }

    /// What a poll run did.
    public struct Result: Sendable {
        /// Each source's outcome, the notices and the timings.
        public var report: PollReport
        /// One line per alert delivery that failed for the first time.
        public var alertFailures: [String]
    }

    private let config: Config
    private let database: WebcareDatabase

    /// A poll of the config's sources into its database.
    public init(config: Config, database: WebcareDatabase) {
        self.config = config
        self.database = database
    }

    /// Runs the poll at `now` with `parallel` transfers (nil: the config's).
    public func run(now: Date, parallel: Int?, wait: TimeInterval) throws(Failure) -> Result {
        let lock: PollLock
        do {
            lock = try PollLock(databasePath: config.database, wait: wait)
        } catch {
            throw .anotherPollRunning(error)
        }
        defer { withExtendedLifetime(lock) {} }
        do {
            let report = try Poller(config: config, database: database, clock: .fixed(now), parallel: parallel).poll()
            let alertFailures = try AlertDispatcher(config: config, database: database)?.run(after: report, at: now) ?? []
            return Result(report: report, alertFailures: alertFailures)
        } catch {
            throw .store(error)
        }
    }
}
