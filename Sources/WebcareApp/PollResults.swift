import Foundation
import WebcareCore
import WebcareParse
import WebcareStore

/// Outcomes gathered from the workers and the writer: each source's outcome and notices, the fetch states kept to
/// be written together at the end, and the first store error. @unchecked Sendable: every property is read and
/// written under `lock`.
final class PollResults: @unchecked Sendable {
    private let lock = NSLock()
    private var outcomes: [String: SourceOutcome] = [:]
    private var notices: [String: [SourceNotice]] = [:]
    private var deferredStates: [(String, SourceFetchState)] = []
    private var firstError: StoreError?
    private var charsetRepairs: [String: CharsetRepair] = [:]
    private var alertsHeldBack = 0

    /// Keeps how many bytes of a source's document were not in its charset, when any were.
    func noteCharset(of feed: ParsedFeed, source: String) {
        guard feed.recoveredBytes > 0 || feed.droppedBytes > 0 else { return }
        lock.withLock { charsetRepairs[source] = CharsetRepair(recoveredBytes: feed.recoveredBytes, droppedBytes: feed.droppedBytes) }
    }

    /// Keeps a source's new state to be written with the others at the end of the poll.
    func deferState(_ state: SourceFetchState, source: String) {
        lock.withLock { deferredStates.append((source, state)) }
    }

    /// The states kept so far, handed over once.
    func takeDeferredStates() -> [(String, SourceFetchState)] {
        lock.withLock { defer { deferredStates = [] }; return deferredStates }
    }

    /// Whether some source's mentions went to the database this poll.
    var storedAny: Bool {
        lock.withLock { outcomes.values.contains { if case .polled = $0 { true } else { false } } }
    }

    /// Records a source's outcome and what is worth telling about it.
    func record(_ source: String, _ outcome: SourceOutcome, notices: [SourceNotice] = []) {
        lock.withLock {
            outcomes[source] = outcome
            if !notices.isEmpty { self.notices[source] = notices }
        }
    }

    /// Counts new mentions whose alert was held back (a source's first backlog, or published too long ago).
    func holdBack(_ count: Int) {
        guard count > 0 else { return }
        lock.withLock { alertsHeldBack += count }
    }

    /// Keeps the first store error; the poll throws it once every worker is done.
    func fail(_ error: StoreError) {
        lock.withLock { if firstError == nil { firstError = error } }
    }

    /// The first store error, if any.
    var error: StoreError? { lock.withLock { firstError } }

    /// The poll's report, sources in config order.
    func report(order: [String], timings: [String: Double]) -> PollReport {
        lock.withLock {
            PollReport(outcomes: order.compactMap { name in outcomes[name].map { (name, $0) } },
                       notices: order.flatMap { notices[$0] ?? [] }, timings: timings, charsetRepairs: charsetRepairs,
                       alertsHeldBack: alertsHeldBack)
        }
    }
}
