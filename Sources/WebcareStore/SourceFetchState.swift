import Foundation

/// What webcare remembers about fetching one source: validators for conditional GET and its health.
public struct SourceFetchState: Sendable, Equatable {
    /// The ETag the server last sent.
    public var etag: String?
    /// The Last-Modified the server last sent.
    public var lastModified: String?
    /// A hash of the last body parsed, to skip parsing an unchanged body from a server that ignores validators.
    public var bodyHash: String?
    /// When webcare last tried to fetch it.
    public var lastAttemptAt: Date?
    /// When a fetch last succeeded.
    public var lastSuccessAt: Date?
    /// The last HTTP status (0 for file sources and transfer errors).
    public var lastStatus: Int?
    /// The last error, or nil when the last attempt succeeded.
    public var lastError: String?
    /// How many attempts in a row have failed.
    public var errorStreak: Int
    /// Not to be fetched before this time (backoff, Retry-After); nil means at the next poll.
    public var nextAttemptAt: Date?
    /// The server said 410 Gone: not polled again until its URL changes in the config.
    public var isGone: Bool = false
    /// Where a permanent redirect last pointed, so the team can update the config.
    public var movedTo: String?
    /// When the current run of failures began; nil while the source is healthy.
    public var failingSince: Date?

    /// Makes a state.
    public init(etag: String? = nil, lastModified: String? = nil, bodyHash: String? = nil, lastAttemptAt: Date? = nil,
                lastSuccessAt: Date? = nil, lastStatus: Int? = nil, lastError: String? = nil, errorStreak: Int = 0,
                nextAttemptAt: Date? = nil, isGone: Bool = false, movedTo: String? = nil, failingSince: Date? = nil) {
        self.etag = etag
        self.lastModified = lastModified
        self.bodyHash = bodyHash
        self.lastAttemptAt = lastAttemptAt
        self.lastSuccessAt = lastSuccessAt
        self.lastStatus = lastStatus
        self.lastError = lastError
        self.errorStreak = errorStreak
        self.nextAttemptAt = nextAttemptAt
        self.isGone = isGone
        self.movedTo = movedTo
        self.failingSince = failingSince
    }
}
