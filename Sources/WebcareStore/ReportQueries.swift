import Foundation
import GRDB
import WebcareCore

/// A negative mention of a period with what the team did about it, for response figures.
public struct NegativeResponse: Sendable, Equatable {
    /// The brand it is about.
    public var brand: String
    /// When its response clock started.
    public var started: Date
    /// Its status now.
    public var status: MentionStatus
    /// When it was first marked answered, if ever.
    public var firstAnsweredAt: Date?
}

/// How many mentions of one brand, source and label a period has.
public struct MentionTally: Sendable, Equatable {
    public var brand: String
    public var source: String
    public var label: SentimentLabel
    public var count: Int
}

/// What a negative mention said, to find the words behind it.
public struct NegativeText: Sendable, Equatable {
    public var brand: String
    public var title: String?
    public var text: String
    /// The words and signals the scorer held against it when it was stored; nil for mentions stored before
    /// webcare kept them (their text is scored again).
    public var negativeTerms: [String]?
}

/// The queries behind the weekly report. Every period is [start, end) over the time a mention's clock started
/// (published, else first seen), which the `mention_started` index covers.
extension WebcareDatabase {
    private static let started = "COALESCE(publishedAt, firstSeenAt)"

    private static func brandClause(_ brand: String?, _ arguments: inout StatementArguments) -> String {
        guard let brand else { return "" }
        arguments += [brand]
        return " AND brand = ? COLLATE NOCASE"
    }

    /// Mentions of the period counted by brand, source and label.
    public func tallies(from start: Date, to end: Date, brand: String? = nil) throws(StoreError) -> [MentionTally] {
        let (sql, arguments) = Self.talliesQuery(from: start, to: end, brand: brand)
        return try readRows("count the mentions of a period", sql: sql, arguments: arguments).compactMap { row in
            guard let label = SentimentLabel(rawValue: row["label"]) else { return nil }
            return MentionTally(brand: row["brand"], source: row["source"], label: label, count: row["n"])
        }
    }

    static func talliesQuery(from start: Date, to end: Date, brand: String?) -> (String, StatementArguments) {
        var arguments: StatementArguments = [start, end]
        let sql = "SELECT brand, source, label, COUNT(*) AS n FROM mention WHERE \(Self.started) >= ? AND \(Self.started) < ?"
            + Self.brandClause(brand, &arguments) + " GROUP BY brand, source, label"
        return (sql, arguments)
    }

    /// How SQLite runs a query (EXPLAIN QUERY PLAN's details, joined), for tests of the indexes.
    func queryPlan(_ query: (String, StatementArguments)) throws(StoreError) -> String {
        try readRows("explain a query", sql: "EXPLAIN QUERY PLAN " + query.0, arguments: query.1)
            .map { $0["detail"] as String? ?? "" }.joined(separator: "; ")
    }

    /// Mentions counted by label for each [start, next start) of `boundaries` (n + 1 instants give n counts).
    public func countsPerInterval(_ boundaries: [Date], brand: String? = nil) throws(StoreError) -> [SentimentCounts] {
        guard boundaries.count > 1 else { return [] }
        return try read("count the mentions per day") { db in
            var counts: [SentimentCounts] = []
            for index in 0..<(boundaries.count - 1) {
                var arguments: StatementArguments = [boundaries[index], boundaries[index + 1]]
                let sql = "SELECT label, COUNT(*) AS n FROM mention WHERE \(Self.started) >= ? AND \(Self.started) < ?"
                    + Self.brandClause(brand, &arguments) + " GROUP BY label"
                var day = SentimentCounts()
                for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
                    if let label = SentimentLabel(rawValue: row["label"]) { day.add(label, count: row["n"]) }
                }
                counts.append(day)
            }
            return counts
        }
    }

    /// The negative mentions of the period with their status and first answer (answers after `asOf` do not count).
    public func negativeResponses(from start: Date, to end: Date, brand: String? = nil, asOf now: Date) throws(StoreError) -> [NegativeResponse] {
        var arguments: StatementArguments = [now, start, end]
        let sql = """
            SELECT brand, \(Self.started) AS started, status,
                   (SELECT MIN(at) FROM mentionEvent e WHERE e.action = 'answered' AND e.mentionId = mention.id AND e.at <= ?) AS firstAnswer
            FROM mention WHERE label = 'negative' AND \(Self.started) >= ? AND \(Self.started) < ?
            """ + Self.brandClause(brand, &arguments)
        return try readRows("read the responses of a period", sql: sql, arguments: arguments).map { row in
            NegativeResponse(brand: row["brand"], started: row["started"], status: MentionStatus(rawValue: row["status"]) ?? .open,
                             firstAnsweredAt: row["firstAnswer"])
        }
    }

    /// Open negative mentions of any period, and how many of them started at or before `overdueStart`
    /// (the response clock's latest overdue start); only those that started before `startedBefore` when given
    /// (the backlog a period inherits).
    public func openNegativeCount(brand: String? = nil, overdueStart: Date, startedBefore: Date? = nil) throws(StoreError) -> (open: Int, overdue: Int) {
        var arguments: StatementArguments = [overdueStart]
        var sql = "SELECT COUNT(*) AS open, COALESCE(SUM(\(Self.started) <= ?), 0) AS overdue FROM mention WHERE status = 'open' AND label = 'negative'"
        if let startedBefore {
            sql += " AND \(Self.started) < ?"
            arguments += [startedBefore]
        }
        sql += Self.brandClause(brand, &arguments)
        let row = try readRows("count the open negative mentions", sql: sql, arguments: arguments).first
        return (row?["open"] ?? 0, row?["overdue"] ?? 0)
    }

    /// The period's open negative mentions with the highest reach (then the oldest first).
    public func topOpenNegatives(from start: Date, to end: Date, brand: String? = nil, limit: Int) throws(StoreError) -> [Mention] {
        var arguments: StatementArguments = [start, end]
        let sql = "SELECT * FROM mention WHERE status = 'open' AND label = 'negative' AND \(Self.started) >= ? AND \(Self.started) < ?"
            + Self.brandClause(brand, &arguments) + " ORDER BY reach DESC, \(Self.started) ASC, id ASC LIMIT ?"
        arguments += [limit]
        return try readRows("read the top open mentions of a period", sql: sql, arguments: arguments).map(Self.mention)
    }

    /// What the period's negative mentions said: the terms kept when stored, else the title and text.
    public func negativeTexts(from start: Date, to end: Date, brand: String? = nil) throws(StoreError) -> [NegativeText] {
        var arguments: StatementArguments = [start, end]
        let sql = """
            SELECT brand, CASE WHEN negativeTerms IS NULL THEN title END AS title,
                   CASE WHEN negativeTerms IS NULL THEN text ELSE '' END AS text, negativeTerms
            FROM mention WHERE label = 'negative' AND \(Self.started) >= ? AND \(Self.started) < ?
            """ + Self.brandClause(brand, &arguments)
        return try readRows("read the negative mentions of a period", sql: sql, arguments: arguments).map { row in
            let terms: String? = row["negativeTerms"]
            return NegativeText(brand: row["brand"], title: row["title"], text: row["text"],
                                negativeTerms: terms.map { $0.split(separator: "\n").map(String.init) })
        }
    }


    /// Keeps the query planner's statistics current (run after a poll's writes): a sampled ANALYZE the first
    /// time, then `PRAGMA optimize`, which re-analyses only what changed enough to matter. Both are bounded by
    /// `analysis_limit`, so this stays in the milliseconds on a database of millions of mentions.
    public func optimize() throws(StoreError) {
        try writeRows("optimize the database") { db in
            try db.execute(sql: "PRAGMA analysis_limit = 1000")
            if try !db.tableExists("sqlite_stat1") {
                try db.execute(sql: "ANALYZE")
            } else {
                try db.execute(sql: "PRAGMA optimize")
            }
        }
    }
}
