import Foundation

/// Where a mention is in the team's workflow.
public enum MentionStatus: String, Sendable, Codable, CaseIterable {
    /// Nobody has dealt with it yet.
    case open
    /// Someone answered it.
    case answered
    /// Someone decided it needs no answer.
    case ignored
}

/// An item that mentions a brand, scored and ready to store.
public struct NewMention: Sendable, Equatable {
    /// The source's name.
    public var source: String
    /// The item's stable key within that source.
    public var itemKey: String
    public var url: String?
    public var title: String?
    public var text: String
    public var author: String?
    /// When the item was published; nil when unknown.
    public var published: Date?
    /// The brand it mentions.
    public var brand: String
    public var sentiment: Sentiment
    /// Estimated readers.
    public var reach: Int
    /// How `reach` was worked out, in words.
    public var reachBasis: String
    /// The words and signals that made it negative (empty unless it is), for the weekly report.
    public var negativeTerms: [String] = []
    /// Whether it asks the brand a question or asks for help: it needs an answer whatever its sentiment.
    public var needsReply = false
    /// A review's rating and the top of its scale (kept so that `rescore` weighs them as the poll did).
    public var rating: Double?
    public var bestRating: Double?

    /// Makes a mention to store.
    public init(source: String, itemKey: String, url: String?, title: String?, text: String, author: String?,
                published: Date?, brand: String, sentiment: Sentiment, reach: Int, reachBasis: String = "") {
        self.source = source
        self.itemKey = itemKey
        self.url = url
        self.title = title
        self.text = text
        self.author = author
        self.published = published
        self.brand = brand
        self.sentiment = sentiment
        self.reach = reach
        self.reachBasis = reachBasis
    }
}

/// A reply by one of a brand's own accounts to an earlier item, or a company's reply shown with a review:
/// it marks that item's mention answered.
public struct BrandReply: Sendable, Equatable {
    /// Which item a reply answers.
    public enum Target: Sendable, Equatable {
        /// The item with this id or link, in any source (Atom `thr:in-reply-to`).
        case reference(String)
        /// The item with this stable key in the source being stored (a review's company reply comes with the review).
        case itemKey(String)
    }

    /// The item replied to.
    public var target: Target
    /// When the reply was published (or first seen, when it carries no date).
    public var at: Date
    /// The account that replied.
    public var by: String
    /// What the history records about it.
    public var note: String
    /// The reply's own text, kept with the answered event; nil when the feed carried none.
    public var text: String?
    /// The promises with a time the reply makes, each recorded as a follow-up.
    public var promises: [PromiseDue] = []

    /// A reply to another item by its id or link (Atom threading).
    public init(inReplyTo reference: String, at: Date, by: String, note: String = "reply detected in the feed", text: String? = nil) {
        self.init(target: .reference(reference), at: at, by: by, note: note, text: text)
    }

    /// A reply to the item `target` names.
    public init(target: Target, at: Date, by: String, note: String, text: String? = nil) {
        self.target = target
        self.at = at
        self.by = by
        self.note = note
        self.text = text
    }
}

/// A stored mention, with its id and workflow state.
public struct Mention: Sendable, Equatable {
    /// The number the team uses to refer to it (`webcare answer 12`).
    public var id: Int64
    public var source: String
    public var itemKey: String
    public var url: String?
    public var title: String?
    public var text: String
    public var author: String?
    /// When it was published; nil when unknown.
    public var published: Date?
    /// When webcare first stored it.
    public var firstSeen: Date
    public var brand: String
    public var sentiment: Sentiment
    public var reach: Int
    /// How `reach` was worked out, in words (empty for mentions stored before it was kept).
    public var reachBasis: String = ""
    public var status: MentionStatus
    /// When the status last changed; nil while it has never changed.
    public var statusChangedAt: Date?
    /// Who last changed the status.
    public var statusChangedBy: String?
    /// The note given with the last status change.
    public var note: String?
    /// Who on the team is dealing with it, if anyone.
    public var assignedTo: String?
    /// Whether it asks the brand a question or asks for help (it is in the inbox whatever its label).
    public var needsReply = false
    /// Who on the team set its label (`webcare relabel`), or nil while the label is the scorer's. A label the team
    /// set wins over the scorer: neither a poll nor `rescore` changes it.
    public var labelledBy: String?
    /// The label the scorer gave it (the same as `sentiment.label` unless the team relabelled it).
    public var scorerLabel: SentimentLabel?

    /// A review's rating and the top of its scale, when it is a rated review stored since webcare kept them.
    public var rating: Double?
    public var bestRating: Double?

    /// The team's tags ("storing", "factuur"), sorted.
    public var tags: [String] = []

    /// Whether the team set its label.
    public var isLabelledByTeam: Bool { labelledBy != nil }

    /// Makes a stored mention.
    public init(id: Int64, source: String, itemKey: String, url: String?, title: String?, text: String, author: String?,
                published: Date?, firstSeen: Date, brand: String, sentiment: Sentiment, reach: Int,
                status: MentionStatus, statusChangedAt: Date?, statusChangedBy: String?, note: String?) {
        self.id = id
        self.source = source
        self.itemKey = itemKey
        self.url = url
        self.title = title
        self.text = text
        self.author = author
        self.published = published
        self.firstSeen = firstSeen
        self.brand = brand
        self.sentiment = sentiment
        self.reach = reach
        self.status = status
        self.statusChangedAt = statusChangedAt
        self.statusChangedBy = statusChangedBy
        self.note = note
    }

    /// The time the response clock starts from: published, or first seen when the date is unknown.
    public var clockStart: Date { published ?? firstSeen }
}
