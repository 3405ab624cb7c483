import Foundation

/// A brand's spike state, kept between polls.
public struct SpikeState: Sendable, Equatable {
    /// When the current spike began; nil when there is none.
    public var activeSince: Date?
    /// When the last spike alert went out.
    public var lastAlertAt: Date?

    /// Makes a state.
    public init(activeSince: Date? = nil, lastAlertAt: Date? = nil) {
        self.activeSince = activeSince
        self.lastAlertAt = lastAlertAt
    }
}
