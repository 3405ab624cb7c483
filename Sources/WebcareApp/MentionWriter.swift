import Foundation
import WebcareCore
import WebcareStore

/// Stores what the workers found, off their threads: each worker hands over a source's mentions and moves on to
/// the next body, and the writer commits whatever has been handed over since its last commit in one
/// transaction (group commit). A source's mentions and its new fetch state always share that transaction, so a
/// crash can neither lose items nor skip them. @unchecked Sendable: `pending` is only touched under `lock`;
/// drains run one at a time on a serial queue.
final class MentionWriter: @unchecked Sendable {
    /// One source's share of a commit.
    struct Job {
        var batch: SourceMentions
        var items: Int
        /// Brand mentions in the feed that were stored by an earlier poll (not handed over again).
        var alreadyStored: Int
        /// What is worth telling about the source (recorded with its outcome).
        var notices: [SourceNotice]
    }

    private let database: WebcareDatabase
    private let results: PollResults
    private let timer: StageTimer
    private let now: Date
    /// Which new mentions have their alert queued with them; nil when no alert channel is set.
    private let alerts: MentionAlertRule?
    private let lock = NSLock()
    private var pending: [Job] = []
    private let queue = DispatchQueue(label: "webcare.poll.writer")
    private let group = DispatchGroup()

    init(database: WebcareDatabase, results: PollResults, timer: StageTimer, now: Date, alerts: MentionAlertRule?) {
        self.database = database
        self.results = results
        self.timer = timer
        self.now = now
        self.alerts = alerts
    }

    /// Queues a source's mentions; they are stored by the next drain.
    func submit(_ job: Job) {
        lock.withLock { pending.append(job) }
        group.enter()
        queue.async {
            defer { self.group.leave() }
            self.drain()
        }
    }

    /// Waits until everything handed over is stored.
    func finish() { group.wait() }

    private func drain() {
        let jobs: [Job] = lock.withLock { defer { pending = [] }; return pending }
        guard !jobs.isEmpty else { return }
        var clock = StageTimer.start()
        do {
            let counts = try database.saveNewMentions(jobs.map(\.batch), at: now, alerts: alerts)
            for (job, new) in zip(jobs, counts) {
                results.record(job.batch.source, .polled(items: job.items, mentions: job.alreadyStored + job.batch.mentions.count, new: new),
                               notices: job.notices)
            }
        } catch {
            results.fail(error)
        }
        timer.add("store", since: &clock)
    }
}
