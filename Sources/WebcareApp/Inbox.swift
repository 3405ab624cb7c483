import Foundation
import WebcareConfig
import WebcareCore
import WebcareStore

/// The agent's inbox: the open mentions a query asks for, highest reach first, and how many there are in all when
/// a limit cut the list short.
public struct Inbox: Sendable {
    /// What the agent asks to see.
    public struct Query: Sendable {
        /// Only this label; nil for every label (`--all`).
        public var label: SentimentLabel? = .negative
        /// Only this brand's mentions (any case).
        public var brand: String?
        /// Only this source's mentions (any case).
        public var source: String?
        /// Only mentions assigned to this person (any case).
        public var assignedTo: String?
        /// Only mentions past their deadline (business hours included).
        public var isOverdueOnly = false
        /// Only mentions whose clock started at or after this time.
        public var since: Date?
        /// At most this many; nil for all.
        public var limit: Int?
        /// Only mentions that ask the brand a question or for help (of any label).
        public var isQuestionsOnly = false
        /// Only mentions in this status (open by default); nil for every status.
        public var status: MentionStatus? = .open
        /// Only mentions nobody is assigned to.
        public var isUnassignedOnly = false
        /// Only mentions with this tag.
        public var tag: String?

        /// Every open negative mention.
        public init() {}
    }

    /// One page of the inbox.
    public struct Page: Sendable {
        /// The mentions, in the inbox's order.
        public var mentions: [Mention]
        /// How many mentions the query matches in all, when the limit left some out; nil when `mentions` is all.
        public var total: Int?
    }

    private let config: Config
    private let database: WebcareDatabase

    /// The inbox of the config's database.
    public init(config: Config, database: WebcareDatabase) {
        self.config = config
        self.database = database
    }

    /// Every mention the query asks for at `now`, handed to `body` one by one in the inbox's order as the store reads
    /// them, never held all at once.
    public func each(_ query: Query, now: Date, _ body: (Mention) -> Void) throws(StoreError) {
        try database.forEachOpenMention(filter(query, now: now), body)
    }

    private func filter(_ query: Query, now: Date) -> WebcareDatabase.InboxFilter {
        var filter = WebcareDatabase.InboxFilter(
            label: query.label, brand: query.brand, source: query.source, since: query.since, limit: query.limit,
            assignedTo: query.assignedTo,
            replies: query.isQuestionsOnly ? .only : .alsoOtherLabels,
            // Overdue means the clock started at or before one cut-off instant.
            startedAtOrBefore: query.isOverdueOnly ? config.responseClock.latestOverdueStart(now: now) : nil)
        filter.status = query.status
        filter.isUnassignedOnly = query.isUnassignedOnly
        filter.tag = query.tag
        return filter
    }

    /// A one-line error when `brand` or `source` names nothing the team has (a typo would show an empty inbox),
    /// listing the names there are; nil when both are known (any case).
    public func unknownName(brand: String?, source: String?) throws(StoreError) -> String? {
        if let brand, !config.brands.contains(where: { $0.name.lowercased() == brand.lowercased() }) {
            return "\(config.file): no brand named \"\(brand)\" (brands: \(config.brands.map(\.name).joined(separator: ", "))); check --brand"
        }
        if let source {
            let known = Set(config.sources.map(\.name) + (try database.sourceNames()))
            if !known.contains(where: { $0.lowercased() == source.lowercased() }) {
                return "no source named \"\(source)\" (sources: \(known.sorted().joined(separator: ", "))); check --source"
            }
        }
        return nil
    }

    /// Every mention the query asks for (its label and status, all of them for nil), oldest stored first, handed to
    /// `body` one by one: `webcare export`.
    public func export(_ query: Query, now: Date, _ body: (Mention) -> Void) throws(StoreError) {
        try database.forEachMention(filter(query, now: now), body)
    }

    /// The mentions whose title, text or author hold every word of `text` (any case, accents ignored) and that pass
    /// the query (of every label it names; a question is not added beside them), newest first.
    public func search(_ text: String, _ query: Query, now: Date) throws(StoreError) -> [Mention] {
        var filter = filter(query, now: now)
        filter.replies = .labelOnly
        return try database.searchMentions(text, filter: filter)
    }

    /// The page the query asks for at `now`.
    public func page(_ query: Query, now: Date) throws(StoreError) -> Page {
        var filter = filter(query, now: now)
        let mentions = try database.openMentions(filter)
        var total: Int?
        if let cut = filter.limit, mentions.count == cut {
            filter.limit = nil
            total = try database.openMentionCount(filter)
        }
        return Page(mentions: mentions, total: total)
    }
}

/// Reads a `--since` value: a period back from now ("30m", "24h", "7d", "2w") or a date ("2026-11-20", midnight UTC).
public enum InboxPeriod {
    /// When the period starts, or nil when the text is neither a period nor a date.
    public static func start(_ text: String, now: Date) -> Date? {
        let units: [Character: Double] = ["m": 60, "h": 3600, "d": 86400, "w": 604_800]
        if let unit = text.last, let seconds = units[unit], let amount = Double(text.dropLast()), amount >= 0, amount.isFinite {
            return now.addingTimeInterval(-amount * seconds)
        }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withFullDate]
        return formatter.date(from: text)
    }
}
