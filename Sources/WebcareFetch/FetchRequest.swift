import WebcareCore

/// Limits and identity for every transfer.
public struct FetchLimits: Sendable, Equatable {
    /// Seconds a whole transfer may take.
    public var timeoutSeconds: Int
    /// Seconds to wait for a connection.
    public var connectTimeoutSeconds: Int
    /// The largest decoded body accepted, in bytes; a larger one fails the source as "too large".
    public var maxBytes: Int
    /// The User-Agent header sent.
    public var userAgent: String
    /// How many redirects to follow at most.
    public var maxRedirects: Int

    /// Makes limits; the defaults suit a 15-minute poll.
    public init(timeoutSeconds: Int = 30, connectTimeoutSeconds: Int = 10, maxBytes: Int = 10 * 1024 * 1024,
                userAgent: String = "webcare/\(WebcareVersion.current)", maxRedirects: Int = 5) {
        self.timeoutSeconds = timeoutSeconds
        self.connectTimeoutSeconds = connectTimeoutSeconds
        self.maxBytes = maxBytes
        self.userAgent = userAgent
        self.maxRedirects = maxRedirects
    }
}

/// One thing to fetch, with the validators from the last successful fetch.
public struct FetchRequest: Sendable, Equatable {
    /// Where to fetch from.
    public var location: SourceLocation
    /// The ETag to send as If-None-Match, if any.
    public var etag: String?
    /// The Last-Modified to send as If-Modified-Since, if any.
    public var lastModified: String?
    /// A JSON body to POST instead of a GET (webhook alerts), or nil.
    public var jsonBody: [UInt8]?

    /// Makes a request.
    public init(location: SourceLocation, etag: String? = nil, lastModified: String? = nil, jsonBody: [UInt8]? = nil) {
        self.location = location
        self.etag = etag
        self.lastModified = lastModified
        self.jsonBody = jsonBody
    }
}

/// What a fetch found: facts only, never a judgement on the content.
public enum FetchOutcome: Sendable, Equatable {
    /// A new body (200, or a file's content).
    case body(FetchedBody)
    /// The server said 304 Not Modified: nothing to parse.
    case notModified(status: Int)
    /// The transfer failed or the server answered with an error.
    case failed(FetchError)
}

/// A body and the headers that matter about it.
public struct FetchedBody: Sendable, Equatable {
    /// The decoded bytes.
    public var bytes: [UInt8]
    /// The HTTP status (0 for a file).
    public var status: Int
    /// The ETag the server sent, for the next conditional GET.
    public var etag: String?
    /// The Last-Modified the server sent.
    public var lastModified: String?
    /// The Content-Type, with its charset parameter if any.
    public var contentType: String?
    /// The URL the body finally came from, after redirects.
    public var finalURL: String
    /// Where a permanent redirect (301 or 308) on the way pointed, so the config can be updated; else nil.
    public var movedPermanentlyTo: String? = nil
}

/// Why a fetch failed, in words a person setting up a source can act on.
public struct FetchError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The HTTP status when the server answered, else nil.
    public var status: Int?
    /// What went wrong.
    public var reason: String
    /// The server's Retry-After header (seconds or an HTTP date), on 429 and 503 mostly.
    public var retryAfter: String?

    /// Makes an error.
    public init(status: Int?, reason: String, retryAfter: String? = nil) {
        self.status = status
        self.reason = reason
        self.retryAfter = retryAfter
    }

    /// The reason.
    public var description: String { reason }
}
