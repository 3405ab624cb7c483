import Foundation
import WebcareConfig
import WebcareCore

/// What the spike check concluded for one brand at one poll.
public enum SpikeDecision: Sendable, Equatable {
    /// Negative mentions are at their usual level.
    case quiet
    /// A spike starts: alert the team.
    case spike
    /// The spike goes on: already alerted, say nothing.
    case stillHigh
    /// A spike has subsided: send the all-clear.
    case allClear
    /// High again within the cool-down after the last spike alert: say nothing.
    case coolingDown
}

/// Decides whether a brand's negative mentions spike: the count in the last window is at least the minimum
/// and above the mean plus k standard deviations of the same-length windows over the previous days. One alert
/// per spike, none again within the cool-down, and an all-clear once it falls back.
public struct SpikeDetector: Sendable {
    /// The settings.
    public var settings: SpikeSettings

    /// Makes a detector.
    public init(settings: SpikeSettings) { self.settings = settings }

    /// The level above which a window counts as a spike, from the baseline windows' counts.
    public func threshold(baseline: [Int]) -> (mean: Double, deviation: Double, threshold: Double) {
        guard !baseline.isEmpty else { return (0, 0, Double(settings.minCount)) }
        let mean = Double(baseline.reduce(0, +)) / Double(baseline.count)
        let variance = baseline.reduce(0) { $0 + (Double($1) - mean) * (Double($1) - mean) } / Double(baseline.count)
        let deviation = variance.squareRoot()
        return (mean, deviation, mean + settings.deviations * deviation)
    }

    /// The decision for `count` negative mentions in the last window, and the state to keep.
    public func decide(count: Int, baseline: [Int], state: SpikeState, now: Date) -> (SpikeDecision, SpikeState) {
        let level = threshold(baseline: baseline)
        let isHigh = count >= settings.minCount && Double(count) > level.threshold
        var next = state
        if state.activeSince != nil {
            if isHigh { return (.stillHigh, state) }
            next.activeSince = nil
            return (.allClear, next)
        }
        guard isHigh else { return (.quiet, state) }
        if let last = state.lastAlertAt, now.timeIntervalSince(last) < settings.cooldownHours * 3600 { return (.coolingDown, state) }
        next.activeSince = now
        next.lastAlertAt = now
        return (.spike, next)
    }
}
