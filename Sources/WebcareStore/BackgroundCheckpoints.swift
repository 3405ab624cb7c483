import Foundation
import GRDB

/// Copies the write-ahead log into the database file on a connection and a thread of their own while a poll
/// writes, instead of in the writer's commits. SQLite's automatic checkpoint runs inside the commit that fills the
/// log, and with it two fsyncs: tens of milliseconds each on a poll's megabytes, during which the one writer
/// stores nothing and the parsed sources wait for it. A passive checkpoint from another connection copies the
/// same pages without stopping the writer (SQLite lets the two run side by side), so the writer never waits on
/// the disk. The log is kept from growing past what a few ticks write (see the restarting checkpoint below).
/// `stop()` hands the work back to SQLite's automatic checkpoint. @unchecked Sendable: `copies` and `isStopped` are
/// only touched under `lock`; the connection lives on the background thread alone; the semaphores are thread-safe.
final class BackgroundCheckpoints: @unchecked Sendable {
    /// How often the log is copied while the writer writes: often enough that the log stays around SQLite's own
    /// threshold (a thousand pages) during a large first poll, rarely enough that a poll of a few changes has none.
    static let interval: DispatchTimeInterval = .milliseconds(100)
    /// Tries, two milliseconds apart, to catch the writer between two commits for the restarting checkpoint.
    static let restartAttempts = 5

    private let stopSignal = DispatchSemaphore(value: 0)
    private let stopped = DispatchSemaphore(value: 0)
    private let turnAutomaticOn: () -> Void
    private let lock = NSLock()
    /// Checkpoints that copied something (for tests).
    private var copies = 0
    private var isStopped = false

    init(path: String, configuration: Configuration, turnAutomaticOn: @escaping () -> Void) {
        self.turnAutomaticOn = turnAutomaticOn
        DispatchQueue.global(qos: .utility).async { [self] in
            // A connection of its own: the pool's writer is busy writing, and its readers may not write the file.
            // Should it fail to open, the writer's log simply waits for the checkpoint at the end of the poll.
            let connection = try? DatabaseQueue(path: path, configuration: configuration)
            while stopSignal.wait(timeout: .now() + Self.interval) == .timedOut {
                guard let connection else { continue }
                // Passive: copies what it can without waiting for the writer or any reader; a busy moment is
                // simply tried again at the next tick.
                if let (logged, copied) = try? connection.writeWithoutTransaction({ db in try db.checkpoint(.passive) }),
                   copied > 0, logged > 0 {
                    lock.withLock { copies += 1 }
                    // The log only starts again from its beginning once all of it is copied, which a writer that
                    // never pauses does not allow: the log would grow to the whole poll (tens of megabytes written,
                    // then deleted). Right after a passive copy little is left, and a restarting checkpoint copies
                    // it while holding the writer back for that moment only. This connection does not wait: when the
                    // writer is in a transaction or a reader holds an older snapshot, the attempt copies what it can
                    // and fails; it is tried again a few times between the writer's commits, then at the next tick.
                    for _ in 0..<Self.restartAttempts {
                        if (try? connection.writeWithoutTransaction({ db in try db.checkpoint(.restart) })) != nil { break }
                        Thread.sleep(forTimeInterval: 0.002)
                    }
                }
            }
            stopped.signal()
        }
    }

    /// How many checkpoints copied pages so far.
    var checkpointsDone: Int { lock.withLock { copies } }

    /// Stops the thread (waiting for a checkpoint under way) and turns SQLite's automatic checkpoint back on.
    func stop() {
        let wasStopped = lock.withLock { defer { isStopped = true }; return isStopped }
        guard !wasStopped else { return }
        stopSignal.signal()
        stopped.wait()
        turnAutomaticOn()
    }
}

extension WebcareDatabase {
    /// Runs a poll's many writes (`body`) with checkpoints moved off the writer to a connection of their own (see
    /// `BackgroundCheckpoints`), and hands them back to SQLite afterwards. When `body` returns true (it stored a
    /// poll's worth of mentions), what the write-ahead log holds is copied into the database file before this
    /// returns, so the next poll's small commit does not pay for this one's large one.
    public func bulkWrite(_ body: () throws(StoreError) -> Bool) throws(StoreError) {
        let checkpoints = try startBackgroundCheckpoints()
        defer { checkpoints.stop() }
        let wroteMuch = try body()
        // The closing checkpoint must not run beside the background one.
        checkpoints.stop()
        if wroteMuch { try checkpoint() }
    }

    /// Moves checkpoints off the writer until `stop()` is called on the result (see `BackgroundCheckpoints`).
    func startBackgroundCheckpoints() throws(StoreError) -> BackgroundCheckpoints {
        try setAutomaticCheckpoint(pages: 0)
        var configuration = Self.configuration
        // Never waits for the writer or a reader: see the restarting checkpoint in `BackgroundCheckpoints`.
        configuration.busyMode = .immediateError
        return BackgroundCheckpoints(path: path, configuration: configuration) { [self] in
            // SQLite's default threshold; should this fail, the poll's closing checkpoint still empties the log.
            try? setAutomaticCheckpoint(pages: 1000)
        }
    }

    private func setAutomaticCheckpoint(pages: Int) throws(StoreError) {
        try writeWithoutTransaction("set the automatic checkpoint") { db in
            _ = try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint = \(pages)")
        }
    }

    /// The writer's automatic checkpoint threshold, in pages (0: off).
    func automaticCheckpointPages() throws(StoreError) -> Int {
        try writeWithoutTransaction("read the automatic checkpoint") { db in try Int.fetchOne(db, sql: "PRAGMA wal_autocheckpoint") ?? -1 }
    }
}
