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
    public var stableKey: String { itemKey.rawValue }

    /// The same key as a value (see `ItemKey`).
    public var itemKey: ItemKey {
        if let id, !id.isEmpty { return .id(id) }
        if let url, !url.isEmpty { return .url(url) }
        return .hash(title: title, text: text)
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
        return hexDigits(hash)
    }

    /// A hash of a fetched body, to tell a body that did not change (from a server that ignores validators)
    /// without parsing it. It reads eight bytes at a step: a poll hashes tens of megabytes, and FNV-1a's step per
    /// byte cost more than a third of fetching them. Each step mixes the word in with a multiply and a shift, both
    /// invertible, so a changed word always changes the state, and the length goes in first. Not FNV: the item
    /// keys above keep FNV-1a, since stored keys must not change; a changed body hash only costs one more parse.
    public static func hex(ofBody bytes: [UInt8]) -> String {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var hash: UInt64 = 0x243F_6A88_85A3_08D3 ^ UInt64(bytes.count)
        bytes.withUnsafeBytes { raw in
            let words = raw.count / 8
            for index in 0..<words {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self))
                hash = (hash ^ word) &* multiplier
                hash ^= hash >> 29
            }
            var tail: UInt64 = 0
            for (place, byte) in raw[(words * 8)...].enumerated() { tail |= UInt64(byte) << (8 * place) }
            hash = (hash ^ tail) &* multiplier
            hash ^= hash >> 32
        }
        return hexDigits(hash)
    }

    private static func hexDigits(_ hash: UInt64) -> String {
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
