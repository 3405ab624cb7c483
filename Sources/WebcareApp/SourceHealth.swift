import Foundation
import WebcareFetch
import WebcareStore

/// How a source's fetch state moves after each attempt: backoff for sources that keep failing, Retry-After
/// honoured, 410 Gone remembered, and when a failure or a recovery is worth telling the team. Pure: no I/O.
public struct SourceHealth: Sendable {
    /// Consecutive failures before a source is reported as failing (a source that never worked is reported at once).
    public var reportAfterFailures: Int = 3
    /// The wait after the first failures, doubled with each further one.
    public var firstBackoff: TimeInterval = 15 * 60
    /// The longest wait between attempts at a failing source.
    public var maximumBackoff: TimeInterval = 6 * 3600

    /// The default policy.
    public init(reportAfterFailures: Int = 3) { self.reportAfterFailures = reportAfterFailures }

    /// The state after a failed attempt at `now`.
    public func failed(_ previous: SourceFetchState, error: FetchError?, reason: String, now: Date) -> SourceFetchState {
        var state = previous
        state.lastAttemptAt = now
        state.lastError = reason
        state.lastStatus = error?.status
        state.errorStreak += 1
        if state.failingSince == nil { state.failingSince = now }
        if error?.status == 410 { state.isGone = true }
        var wait: TimeInterval = state.errorStreak >= 2 ? min(maximumBackoff, firstBackoff * pow(2, Double(state.errorStreak - 2))) : 0
        if let retryAfter = error?.retryAfter.flatMap({ Self.retryAfter($0, now: now) }) {
            wait = max(wait, min(retryAfter, 24 * 3600))
        }
        state.nextAttemptAt = wait > 0 ? now.addingTimeInterval(wait) : nil
        return state
    }

    /// The state after a successful attempt (a body or a 304).
    public func succeeded(_ previous: SourceFetchState, status: Int, now: Date) -> SourceFetchState {
        var state = previous
        state.lastAttemptAt = now
        state.lastSuccessAt = now
        state.lastStatus = status
        state.lastError = nil
        state.errorStreak = 0
        state.nextAttemptAt = nil
        state.failingSince = nil
        return state
    }

    /// Whether this failure should be told: when the streak reaches the threshold, or at once for a source
    /// that has never worked (a typo in a new source should not wait three polls).
    public func isWorthReporting(failure state: SourceFetchState) -> Bool {
        state.errorStreak == reportAfterFailures || (state.errorStreak == 1 && state.lastSuccessAt == nil)
            || (state.isGone && state.errorStreak == 1)
    }

    /// Whether a success after `previous` should be told as a recovery: it had been reported as failing.
    public func isWorthReporting(recoveryFrom previous: SourceFetchState) -> Bool { isReportedFailing(previous) }

    /// Whether a source counts as failing for the team: `reportAfterFailures` failures in a row, or any failure
    /// of a source that never worked.
    public func isReportedFailing(_ state: SourceFetchState) -> Bool {
        state.errorStreak >= reportAfterFailures || (state.errorStreak >= 1 && state.lastSuccessAt == nil)
    }

    /// Seconds to wait from a Retry-After value: a number of seconds or an HTTP date.
    static func retryAfter(_ value: String, now: Date) -> TimeInterval? {
        let trimmed = value.trimmingCharacters(in: .whitespaces)
        if let seconds = TimeInterval(trimmed), seconds >= 0 { return seconds }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: trimmed) else { return nil }
        return max(0, date.timeIntervalSince(now))
    }
}
