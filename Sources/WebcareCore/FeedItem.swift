import Foundation

/// One entry of a feed or one review of a page, as the parser read it: plain text, dates in UTC.
public struct FeedItem: Sendable, Equatable {
    /// The id the document gives (RSS guid, Atom id), or nil when it gives none.
    public var id: String?
    /// The item's link, absolute.
    public var url: String?
    /// The title as plain text.
    public var title: String?
    /// The author's name or handle.
    public var author: String?
    /// When it was published, or nil when the document doesn't say or says it unreadably.
    public var published: Date?
    /// The body as plain text (HTML stripped, entities decoded).
    public var text: String
    /// A review's rating, on the scale up to `bestRating`; nil for anything that is not a rated review.
    public var rating: Double?
    /// The top of the rating's scale (5 or 10 mostly); nil when there is no rating.
    public var bestRating: Double?
    /// The id or link of the item this one replies to (Atom threading), or nil.
    public var inReplyTo: String?
    /// How many comments the item has drawn, when the document says.
    public var comments: Int?
    /// The company's public reply to this review, where the platform shows one; nil for no reply and for non-reviews.
    public var companyReply: CompanyReply?

    /// Makes an item.
    public init(id: String? = nil, url: String? = nil, title: String? = nil, author: String? = nil, published: Date? = nil,
                text: String = "", rating: Double? = nil, bestRating: Double? = nil, inReplyTo: String? = nil, comments: Int? = nil,
                companyReply: CompanyReply? = nil) {
        self.id = id
        self.url = url
        self.title = title
        self.author = author
        self.published = published
        self.text = text
        self.rating = rating
        self.bestRating = bestRating
        self.inReplyTo = inReplyTo
        self.comments = comments
        self.companyReply = companyReply
    }

    /// The key that identifies this item within its source across polls: the id, else the link,
    /// else a hash of title and text.
    public var stableKey: String {
        if let id, !id.isEmpty { return "id:" + id }
        if let url, !url.isEmpty { return "url:" + url }
        return "hash:" + StableHash.hex(of: (title ?? "") + "\u{1F}" + text)
    }
}

/// A company's public reply to a review, as review platforms show it under the review (outside schema.org).
public struct CompanyReply: Sendable, Equatable {
    /// Who replied (a person or the company's name), or nil when the platform doesn't say.
    public var author: String?
    /// When the reply was posted, or nil when the platform doesn't say or says it unreadably.
    public var published: Date?
    /// The reply as plain text; never empty.
    public var text: String

    /// Makes a reply.
    public init(author: String? = nil, published: Date? = nil, text: String) {
        self.author = author
        self.published = published
        self.text = text
    }
}

/// A small, stable, non-cryptographic hash (64-bit FNV-1a) for keys that must not change between runs.
public enum StableHash {
    /// The FNV-1a hash of the UTF-8 bytes, as 16 lowercase hex digits.
    public static func hex(of text: String) -> String {
        hex(ofBytes: Array(text.utf8))
    }

    /// The FNV-1a hash of the bytes, as 16 lowercase hex digits.
    public static func hex(ofBytes bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        bytes.withUnsafeBufferPointer { buffer in
            for byte in buffer {
                hash ^= UInt64(byte)
                hash = hash &* 0x100000001b3
            }
        }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
