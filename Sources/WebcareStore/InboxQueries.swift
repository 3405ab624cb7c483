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
        /// How mentions that ask for a reply (`needsReply`) count beside the label.
        public var replies: Replies = .alsoOtherLabels
        /// Only mentions in this workflow status (open by default); nil for every status.
        public var status: MentionStatus? = .open
        /// Only mentions nobody is assigned to.
        public var isUnassignedOnly = false
        /// Only mentions with this tag.
        public var tag: String?

        /// Mentions that ask the brand a question or for help need an answer whatever their label.
        public enum Replies: Sendable {
            /// Shown beside the label's mentions, whatever their own label (the inbox's default).
            case alsoOtherLabels
            /// Only those (`inbox --questions`), of any label when `label` is nil.
            case only
            /// The label alone decides.
            case labelOnly
        }

        /// Every open negative mention.
        public init(label: SentimentLabel? = .negative, brand: String? = nil, source: String? = nil, since: Date? = nil,
                    limit: Int? = nil, assignedTo: String? = nil, replies: Replies = .alsoOtherLabels, startedAtOrBefore: Date? = nil) {
            self.replies = replies
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
            let (sql, arguments) = Self.orderedInboxQuery(filter)
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.mention)
        }
    }

    /// Open mentions that pass the filter, in the inbox's order, handed to `body` one by one as SQLite reads them: no
    /// array of them all (`inbox --json` over 300,000 open mentions).
    public func forEachOpenMention(_ filter: InboxFilter, _ body: (Mention) -> Void) throws(StoreError) {
        try read("read the inbox") { db in
            let (sql, arguments) = Self.orderedInboxQuery(filter)
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() { body(Self.mention(row)) }
        }
    }

    /// Every mention that passes the filter (its label and status; questions are not added beside the label), handed
    /// to `body` one by one in id order as the store reads them: an export of millions never holds them all.
    public func forEachMention(_ filter: InboxFilter, _ body: (Mention) -> Void) throws(StoreError) {
        try read("read the mentions") { db in
            var labelOnly = filter
            labelOnly.replies = .labelOnly
            var (sql, arguments) = Self.inboxQuery("SELECT " + Self.mentionColumns, labelOnly, part: .all)
            sql += " ORDER BY id"
            if let limit = filter.limit { sql += " LIMIT ?"; arguments += [limit] }
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() { body(Self.mention(row)) }
        }
    }

    /// The query plan of the inbox for a filter, one line per step (for tests and `make bench`).
    func inboxPlan(_ filter: InboxFilter) throws(StoreError) -> String {
        try read("explain the inbox query") { db in
            var limited = filter
            limited.limit = 50
            let (sql, arguments) = Self.orderedInboxQuery(limited)
            return try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments)
                .map { $0["detail"] as String? ?? "" }.joined(separator: "; ")
        }
    }

    /// The inbox's query in the inbox's order, with its limit. The label's mentions and the other mentions that ask
    /// for a reply are two SELECTs that each walk an index in that order (mention_inbox, mention_needsReply), merged:
    /// SQLite stops at the limit instead of sorting every match.
    static func orderedInboxQuery(_ filter: InboxFilter) -> (String, StatementArguments) {
        var (sql, arguments) = inboxQuery("SELECT " + mentionColumns + ", COALESCE(publishedAt, firstSeenAt) AS clockStart", filter, part: .label)
        if filter.label != nil, filter.replies == .alsoOtherLabels {
            let (replies, replyArguments) = inboxQuery("SELECT " + mentionColumns + ", COALESCE(publishedAt, firstSeenAt) AS clockStart", filter, part: .otherReplies)
            sql += " UNION ALL " + replies
            arguments += replyArguments
        }
        sql += inboxOrder
        if let limit = filter.limit { sql += " LIMIT ?"; arguments += [limit] }
        return (sql, arguments)
    }

    /// The inbox's order, which the `mention_inbox` index holds.
    static let inboxOrder = " ORDER BY reach DESC, clockStart ASC, id ASC"

    /// Which part of the inbox a SELECT reads.
    enum InboxPart {
        /// Everything the filter asks for, in one condition (counts).
        case all
        /// The label's mentions (or, for `.only`, the ones that ask for a reply).
        case label
        /// Mentions of other labels that ask for a reply.
        case otherReplies
    }

    /// How many open mentions pass the filter, its limit aside.
    public func openMentionCount(_ filter: InboxFilter) throws(StoreError) -> Int {
        try read("count the inbox") { db in
            // The label's mentions and the other ones that ask are counted apart, each on its own index: one
            // condition with OR would walk every open mention.
            guard filter.label != nil, filter.replies == .alsoOtherLabels else {
                let (sql, arguments) = Self.inboxQuery("SELECT COUNT(*)", filter, part: .all)
                return try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0
            }
            var total = 0
            for part in [InboxPart.label, .otherReplies] {
                let (sql, arguments) = Self.inboxQuery("SELECT COUNT(*)", filter, part: part)
                total += try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0
            }
            return total
        }
    }

    /// The inbox query's SELECT … WHERE for a filter (no order, no limit).
    static func inboxQuery(_ select: String, _ filter: InboxFilter, part: InboxPart = .all) -> (String, StatementArguments) {
        var sql = select + " FROM mention WHERE " + (filter.status.map { "status = '\($0.rawValue)'" } ?? "status IN ('open', 'answered', 'ignored')")
        var arguments: StatementArguments = []
        switch (filter.replies, part, filter.label) {
        case (.only, _, _):
            sql += " AND needsReply = 1"
            if let label = filter.label { sql += " AND label = ?"; arguments += [label.rawValue] }
        case (.alsoOtherLabels, .all, let label?):
            sql += " AND (label = ? OR needsReply = 1)"; arguments += [label.rawValue]
        case (.alsoOtherLabels, .otherReplies, let label?):
            sql += " AND needsReply = 1 AND label <> ?"; arguments += [label.rawValue]
        case (_, _, let label?):
            sql += " AND label = ?"; arguments += [label.rawValue]
        case (_, _, nil):
            break
        }
        if let brand = filter.brand { sql += " AND brand = ? COLLATE NOCASE"; arguments += [brand] }
        if let source = filter.source { sql += " AND source = ? COLLATE NOCASE"; arguments += [source] }
        if let since = filter.since { sql += " AND COALESCE(publishedAt, firstSeenAt) >= ?"; arguments += [since] }
        if let cutOff = filter.startedAtOrBefore { sql += " AND COALESCE(publishedAt, firstSeenAt) <= ?"; arguments += [cutOff] }
        if let person = filter.assignedTo { sql += " AND assignedTo = ? COLLATE NOCASE"; arguments += [person] }
        if filter.isUnassignedOnly { sql += " AND assignedTo IS NULL" }
        if let tag = filter.tag { sql += " AND id IN (SELECT mentionId FROM mentionTag WHERE tag = ?)"; arguments += [Tags.normalized(tag)] }
        return (sql, arguments)
    }

    /// Mentions whose title, text or author hold every word of `query` (any case, accents ignored; a word ending in
    /// "*" matches as a prefix) and that pass the filter, newest first.
    /// Mentions stored since the index last caught up (a poll still running, or one killed before its wrap-up) are
    /// indexed first, unless the database is open read-only.
    public func searchMentions(_ query: String, filter: InboxFilter) throws(StoreError) -> [Mention] {
        let match = Self.ftsQuery(query)
        guard !match.isEmpty else { return [] }
        if !isReadOnly { try catchUpSearchIndex() }
        return try read("search the mentions") { db in
            var (sql, arguments) = Self.inboxQuery("SELECT " + Self.mentionColumns, filter, part: .all)
            sql += " AND id IN (SELECT rowid FROM mentionSearch WHERE mentionSearch MATCH ?) ORDER BY COALESCE(publishedAt, firstSeenAt) DESC, id DESC"
            arguments += [match]
            if let limit = filter.limit { sql += " LIMIT ?"; arguments += [limit] }
            return try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.mention)
        }
    }

    /// Adds the mentions stored since the last catch-up to the search index, in one statement (a poll's wrap-up
    /// does this; so does a search).
    public func catchUpSearchIndex() throws(StoreError) {
        try writeRows("catch up the search index") { db in
            try db.execute(sql: """
                INSERT INTO mentionSearch (rowid, title, text, author)
                    SELECT id, title, text, author FROM mention WHERE id > (SELECT lastMentionId FROM searchProgress);
                UPDATE searchProgress SET lastMentionId = (SELECT COALESCE(MAX(id), 0) FROM mention);
                """)
        }
    }

    /// The words of a search as an FTS5 query: each word quoted (so nothing a user types is FTS syntax), all of them
    /// required; a trailing "*" kept as a prefix search.
    static func ftsQuery(_ query: String) -> String {
        query.split(whereSeparator: { $0.isWhitespace }).compactMap { word -> String? in
            let isPrefix = word.hasSuffix("*")
            let bare = word.filter { $0 != "\"" && $0 != "*" }
            guard !bare.isEmpty else { return nil }
            return "\"" + bare + "\"" + (isPrefix ? "*" : "")
        }.joined(separator: " ")
    }

    /// The mention with this id; throws `unknownMention` when there is none.
    public func mention(id: Int64) throws(StoreError) -> Mention {
        let found = try read("read mention \(id)") { db in
            try Row.fetchOne(db, sql: "SELECT \(Self.mentionColumns) FROM mention WHERE id = ?", arguments: [id]).map(Self.mention)
        }
        guard let found else { throw StoreError.unknownMention(id: id) }
        return found
    }

    /// Every stored mention of a source, oldest first (for tests and tools).
    func mentions(source: String) throws(StoreError) -> [Mention] {
        try read("read the mentions of \(source)") { db in
            try Row.fetchAll(db, sql: "SELECT \(Self.mentionColumns) FROM mention WHERE source = ? ORDER BY id", arguments: [source]).map(Self.mention)
        }
    }

    /// How many mentions are stored in all.
    func mentionCount() throws(StoreError) -> Int {
        try read("count mentions") { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mention") ?? 0 }
    }
}
