import Foundation
import GRDB
import WebcareCore

// Reading mentions: the inbox's filter and order, one mention by id.

extension WebcareDatabase {
    /// Which open mentions the inbox shows.
    public struct InboxFilter: Sendable {
        /// Only this label (negative by default); nil for every label.
        public var label: SentimentLabel? = .negative
        /// Only this brand (any case).
        public var brand: String?
        /// Only this source (any case).
        public var source: String?
        /// Only mentions whose clock started (published, else first seen) at or after this time.
        public var since: Date?
        /// At most this many.
        public var limit: Int?
        /// Only mentions assigned to this person (any case).
        public var assignedTo: String?
        /// Only mentions whose clock started at or before this time (the response clock's overdue cut-off).
        public var startedAtOrBefore: Date?

        /// Every open negative mention.
        public init(label: SentimentLabel? = .negative, brand: String? = nil, source: String? = nil, since: Date? = nil,
                    limit: Int? = nil, assignedTo: String? = nil, startedAtOrBefore: Date? = nil) {
            self.assignedTo = assignedTo
            self.startedAtOrBefore = startedAtOrBefore
            self.label = label
            self.brand = brand
            self.source = source
            self.since = since
            self.limit = limit
        }
    }

    /// Open mentions with the given label (negative by default; nil for every label), highest reach first,
    /// then oldest first; optionally one brand's only.
    func openMentions(label: SentimentLabel? = .negative, brand: String? = nil, limit: Int? = nil) throws(StoreError) -> [Mention] {
        try openMentions(InboxFilter(label: label, brand: brand, limit: limit))
    }

    /// Open mentions that pass the filter, highest reach first, then the oldest (the nearest deadline) first.
    public func openMentions(_ filter: InboxFilter) throws(StoreError) -> [Mention] {
        try read("read the inbox") { db in
            var (sql, arguments) = Self.inboxQuery("SELECT *", filter)
            // The order the mention_inbox index holds, so SQLite stops at the limit instead of sorting every match.
            sql += Self.inboxOrder
            if let limit = filter.limit { sql += " LIMIT ?"; arguments += [limit] }
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.mention)
        }
    }

    /// Open mentions that pass the filter, in the inbox's order, handed to `body` one by one as SQLite reads them: no
    /// array of them all (`inbox --json` over 300,000 open mentions).
    public func forEachOpenMention(_ filter: InboxFilter, _ body: (Mention) -> Void) throws(StoreError) {
        try read("read the inbox") { db in
            var (sql, arguments) = Self.inboxQuery("SELECT *", filter)
            sql += Self.inboxOrder
            if let limit = filter.limit { sql += " LIMIT ?"; arguments += [limit] }
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() { body(Self.mention(row)) }
        }
    }

    /// The query plan of the inbox for a filter, one line per step (for tests and `make bench`).
    func inboxPlan(_ filter: InboxFilter) throws(StoreError) -> String {
        try read("explain the inbox query") { db in
            var (sql, arguments) = Self.inboxQuery("SELECT *", filter)
            sql += Self.inboxOrder + " LIMIT 50"
            return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments)
                .map { $0["detail"] as String? ?? "" }.joined(separator: "; ")
        }
    }

    /// The inbox's order, which the `mention_inbox` index holds.
    static let inboxOrder = " ORDER BY reach DESC, COALESCE(publishedAt, firstSeenAt) ASC, id ASC"

    /// How many open mentions pass the filter, its limit aside.
    public func openMentionCount(_ filter: InboxFilter) throws(StoreError) -> Int {
        try read("count the inbox") { db in
            let (sql, arguments) = Self.inboxQuery("SELECT COUNT(*)", filter)
            return try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0
        }
    }

    /// The inbox query's SELECT … WHERE for a filter (no order, no limit).
    static func inboxQuery(_ select: String, _ filter: InboxFilter) -> (String, StatementArguments) {
        var sql = select + " FROM mention WHERE status = 'open'"
        var arguments: StatementArguments = []
        if let label = filter.label { sql += " AND label = ?"; arguments += [label.rawValue] }
        if let brand = filter.brand { sql += " AND brand = ? COLLATE NOCASE"; arguments += [brand] }
        if let source = filter.source { sql += " AND source = ? COLLATE NOCASE"; arguments += [source] }
        if let since = filter.since { sql += " AND COALESCE(publishedAt, firstSeenAt) >= ?"; arguments += [since] }
        if let cutOff = filter.startedAtOrBefore { sql += " AND COALESCE(publishedAt, firstSeenAt) <= ?"; arguments += [cutOff] }
        if let person = filter.assignedTo { sql += " AND assignedTo = ? COLLATE NOCASE"; arguments += [person] }
        return (sql, arguments)
    }

    /// The mention with this id; throws `unknownMention` when there is none.
    public func mention(id: Int64) throws(StoreError) -> Mention {
        let found = try read("read mention \(id)") { db in
            try Row.fetchOne(db, sql: "SELECT * FROM mention WHERE id = ?", arguments: [id]).map(Self.mention)
        }
        guard let found else { throw StoreError.unknownMention(id: id) }
        return found
    }

    /// Every stored mention of a source, oldest first (for tests and tools).
    func mentions(source: String) throws(StoreError) -> [Mention] {
        try read("read the mentions of \(source)") { db in
            try Row.fetchAll(db, sql: "SELECT * FROM mention WHERE source = ? ORDER BY id", arguments: [source]).map(Self.mention)
        }
    }

    /// How many mentions are stored in all.
    func mentionCount() throws(StoreError) -> Int {
        try read("count mentions") { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mention") ?? 0 }
    }
}
