import Foundation
import GRDB
import WebcareCore

/// The webcare database: SQLite in WAL mode with a busy timeout, migrated when opened.
/// One transaction per named write, so a crash never leaves half of one behind.
public final class WebcareDatabase: Sendable {
    private let pool: DatabasePool
    /// The database file.
    public let path: String

    /// Opens (creating and migrating when needed) the database at `path`.
    public init(path: String) throws(StoreError) {
        self.path = path
        do {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
                throw StoreError.cannotOpen(path: path, reason: "the folder \(folder) does not exist")
            }
            pool = try DatabasePool(path: path, configuration: Self.configuration)
            try Schema.migrator.migrate(pool)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.cannotOpen(path: path, reason: Self.describe(error))
        }
    }

    /// Every connection's settings.
    static var configuration: Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(15)
        configuration.foreignKeysEnabled = true
        // In WAL mode NORMAL is crash-safe for the application (a killed process loses nothing committed);
        // only a power cut can lose the last commits, and then a source's validators go with its mentions.
        configuration.prepareDatabase { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
        return configuration
    }

    static func describe(_ error: Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return "\(error)"
    }

    private func write<T>(_ action: String, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.write(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.failed(action: action, reason: Self.describe(error))
        }
    }

    func writeWithoutTransaction<T>(_ action: String, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.writeWithoutTransaction(body)
        } catch {
            throw StoreError.failed(action: action, reason: Self.describe(error))
        }
    }

    func read<T>(_ action: String, _ body: (Database) throws -> T) throws(StoreError) -> T {
        do {
            return try pool.read(body)
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.failed(action: action, reason: Self.describe(error))
        }
    }

    /// Copies what the write-ahead log holds into the database file without waiting for readers, so the next
    /// poll's small commit does not pay for this one's large one.
    func checkpoint() throws(StoreError) {
        try writeWithoutTransaction("checkpoint the database") { db in _ = try db.checkpoint(.passive) }
    }

    /// One write transaction (for extensions in this module).
    func writeRows(_ action: String, _ body: (Database) throws -> Void) throws(StoreError) {
        try write(action, body)
    }

    /// Rows of one read query (for extensions in this module).
    func readRows(_ action: String, sql: String, arguments: StatementArguments) throws(StoreError) -> [Row] {
        try read(action) { db in try Row.fetchAll(db, sql: sql, arguments: arguments) }
    }

    // MARK: sources

    /// Makes sure every configured source has a row (new ones start with no fetch state); a changed URL
    /// forgets the old URL's validators.
    public func registerSources(_ sources: [(name: String, url: String)]) throws(StoreError) {
        try write("register sources") { db in
            let upsert = try db.cachedStatement(sql: """
                INSERT INTO source (name, url) VALUES (?, ?)
                ON CONFLICT(name) DO UPDATE SET url = excluded.url, etag = NULL, lastModified = NULL, bodyHash = NULL,
                    nextAttemptAt = NULL, isGone = 0, movedTo = NULL
                WHERE source.url <> excluded.url
                """)
            for source in sources { try upsert.execute(arguments: [source.name, source.url]) }
        }
    }

    /// The fetch state of a source, or an empty state when it was never fetched.
    public func fetchState(source: String) throws(StoreError) -> SourceFetchState {
        try read("read the fetch state of \(source)") { db in
            try Row.fetchOne(db, sql: "SELECT \(Self.stateColumns) FROM source WHERE name = ?", arguments: [source]).map(Self.state)
                ?? SourceFetchState()
        }
    }

    /// Every source's fetch state, by name.
    public func fetchStates() throws(StoreError) -> [String: SourceFetchState] {
        try read("read the fetch states") { db in
            var states: [String: SourceFetchState] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT \(Self.stateColumns), name FROM source") { states[row[12]] = Self.state(row) }
            return states
        }
    }

    /// The columns `state(_:)` reads, in its order. A poll reads every source's state: columns by place, not by
    /// name, since GRDB's lookup by name costs more than the value.
    private static let stateColumns = """
        etag, lastModified, bodyHash, lastAttemptAt, lastSuccessAt, lastStatus, lastError, errorStreak, nextAttemptAt, \
        isGone, movedTo, failingSince
        """

    private static func state(_ row: Row) -> SourceFetchState {
        SourceFetchState(etag: row[0], lastModified: row[1], bodyHash: row[2],
                         lastAttemptAt: StoredDate.date(row[3]), lastSuccessAt: StoredDate.date(row[4]),
                         lastStatus: row[5], lastError: row[6], errorStreak: row[7],
                         nextAttemptAt: StoredDate.date(row[8]), isGone: row[9], movedTo: row[10],
                         failingSince: StoredDate.date(row[11]))
    }

    /// Stores a source's new mentions and its new fetch state in one transaction, so a crash can neither
    /// lose items nor skip them on the next poll. Mentions already stored (same source and item key) are left
    /// as they are. Returns how many were new.
    @discardableResult
    public func saveNewMentions(_ mentions: [NewMention], source: String, state: SourceFetchState, at now: Date,
                                replies: [BrandReply] = []) throws(StoreError) -> Int {
        try saveNewMentions([SourceMentions(source: source, mentions: mentions, state: state, replies: replies)], at: now)[0]
    }

    /// Stores several sources' new mentions and new fetch states in one transaction (a poll's group commit),
    /// each source's mentions with its own state. Returns how many were new, per source, in order.
    /// With `alerts`, each new mention the rule picks that is still open once the batch's replies are applied gets
    /// its alert queued in the same transaction: a poll killed or failing at any moment after the commit has
    /// queued every alert it owes, and one killed before it has stored nothing to alert about.
    public func saveNewMentions(_ batches: [SourceMentions], at now: Date, alerts: MentionAlertRule? = nil) throws(StoreError) -> [Int] {
        let what = batches.count == 1 ? "the mentions of \(batches[0].source)" : "the mentions of \(batches.count) sources"
        return try write("store \(what)") { db in
            let insert = try BoundInsert(db.cachedStatement(sql: """
                INSERT INTO mention (source, itemKey, url, title, text, author, publishedAt, firstSeenAt, brand,
                                     language, score, label, reach, reachBasis, negativeTerms)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(source, itemKey) DO NOTHING
                """), in: db)
            // Replies rarely wait for their post: look for them only when some are waiting.
            var hasWaitingReplies = try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM waitingReply)") ?? false
            let firstSeen = BoundInsert.Value.date(now)
            var counts: [Int] = []
            for batch in batches {
                var inserted = 0
                var alertWorthy: [(id: Int64, mention: NewMention)] = []
                for mention in batch.mentions {
                    let isNew = try insert.run(
                        .text(mention.source), .text(mention.itemKey), .text(mention.url), .text(mention.title), .text(mention.text),
                        .text(mention.author), .date(mention.published), firstSeen, .text(mention.brand),
                        .text(mention.sentiment.language.rawValue), .real(max(-1, min(1, mention.sentiment.score))),
                        .text(mention.sentiment.label.rawValue), .integer(mention.reach), .text(mention.reachBasis),
                        .text(mention.negativeTerms.isEmpty ? nil : mention.negativeTerms.joined(separator: "\n")))
                    if isNew {
                        inserted += 1
                        if let alerts, alerts.isDue(mention) { alertWorthy.append((db.lastInsertedRowID, mention)) }
                        if hasWaitingReplies {
                            try Self.answerFromWaitingReplies(db, mentionID: db.lastInsertedRowID, itemKey: mention.itemKey, url: mention.url)
                        }
                    }
                }
                for reply in batch.replies where try Self.markAnswered(db, by: reply, source: batch.source) { hasWaitingReplies = true }
                if let alerts, !alertWorthy.isEmpty { try Self.queueMentionAlerts(db, alertWorthy, rule: alerts, at: now) }
                try Self.updateState(db, source: batch.source, state: batch.state)
                counts.append(inserted)
            }
            return counts
        }
    }

    /// Marks the open mention a brand reply answers as answered at the reply's time, by the replying account, and
    /// records it in the history. A reply by id or link matches in any source; one by item key (a review's company
    /// reply) matches in `source` only. A reply to nothing stored, or to a mention already dealt with, changes nothing.
    /// Returns whether the reply was parked to wait for its mention.
    @discardableResult
    private static func markAnswered(_ db: Database, by reply: BrandReply, source: String) throws -> Bool {
        let ids: [Int64]
        switch reply.target {
        case .itemKey(let key):
            ids = try Int64.fetchAll(db, sql: "SELECT id FROM mention WHERE status = 'open' AND source = ? AND itemKey = ?",
                                     arguments: [source, key])
        case .reference(let target):
            let found = try Row.fetchAll(db, sql: "SELECT id, status FROM mention WHERE itemKey = ? OR itemKey = ? OR url = ?",
                                         arguments: ["id:" + target, "url:" + target, target])
            if found.isEmpty {
                // Its mention may come from a source polled after this one: the reply waits for it.
                try db.execute(sql: """
                    INSERT INTO waitingReply (target, at, actor, note) VALUES (?, ?, ?, ?) ON CONFLICT(target, actor, at) DO NOTHING
                    """, arguments: [target, reply.at, reply.by, reply.note])
                return true
            }
            ids = found.filter { $0["status"] as String == "open" }.map { $0["id"] }
        }
        for id in ids { try answer(db, id: id, at: reply.at, by: reply.by, note: reply.note) }
        return false
    }

    /// Marks a mention answered by a detected reply, and records it in the history.
    private static func answer(_ db: Database, id: Int64, at: Date, by actor: String, note: String) throws {
        try db.execute(sql: "UPDATE mention SET status = 'answered', statusChangedAt = ?, statusChangedBy = ?, statusNote = ? WHERE id = ?",
                       arguments: [at, actor, note, id])
        try appendEvent(db, mention: id, at: at, actor: actor, action: "answered", note: note)
    }

    /// Answers a just-stored mention with the earliest brand reply that was waiting for it (stored from another
    /// source before the mention itself), and drops the replies that waited for it.
    private static func answerFromWaitingReplies(_ db: Database, mentionID: Int64, itemKey: String, url: String?) throws {
        var targets = [url].compactMap { $0 }
        for prefix in ["id:", "url:"] where itemKey.hasPrefix(prefix) { targets.append(String(itemKey.dropFirst(prefix.count))) }
        guard !targets.isEmpty else { return }
        let marks = databaseQuestionMarks(count: targets.count)
        guard let reply = try Row.fetchOne(db, sql: "SELECT * FROM waitingReply WHERE target IN (\(marks)) ORDER BY at LIMIT 1",
                                           arguments: StatementArguments(targets)) else { return }
        let at: Date = reply["at"], actor: String = reply["actor"], note: String = reply["note"]
        try answer(db, id: mentionID, at: at, by: actor, note: note)
        try db.execute(sql: "DELETE FROM waitingReply WHERE target IN (\(marks))", arguments: StatementArguments(targets))
    }

    /// Records a fetch attempt that stored nothing (not modified, or failed) in the source's state.
    public func saveFetchState(_ state: SourceFetchState, source: String) throws(StoreError) {
        try write("record the fetch state of \(source)") { db in try Self.updateState(db, source: source, state: state) }
    }

    /// Records several sources' fetch states in one transaction.
    public func saveFetchStates(_ states: [(source: String, state: SourceFetchState)]) throws(StoreError) {
        guard !states.isEmpty else { return }
        try write("record the fetch states of \(states.count) sources") { db in
            for (source, state) in states { try Self.updateState(db, source: source, state: state) }
        }
    }

    private static func updateState(_ db: Database, source: String, state: SourceFetchState) throws {
        try db.cachedStatement(sql: """
            UPDATE source SET etag = ?, lastModified = ?, bodyHash = ?, lastAttemptAt = ?, lastSuccessAt = ?,
                              lastStatus = ?, lastError = ?, errorStreak = ?, nextAttemptAt = ?, isGone = ?, movedTo = ?,
                              failingSince = ?
            WHERE name = ?
            """).execute(arguments: [state.etag, state.lastModified, state.bodyHash, StoredDate.value(state.lastAttemptAt),
                             StoredDate.value(state.lastSuccessAt), state.lastStatus, state.lastError, state.errorStreak,
                             StoredDate.value(state.nextAttemptAt), state.isGone, state.movedTo, StoredDate.value(state.failingSince),
                             source])
    }

    /// Item keys already stored for a source (to tell new items from known ones before scoring).
    public func storedItemKeys(source: String) throws(StoreError) -> Set<String> {
        try read("read the stored items of \(source)") { db in
            Set(try String.fetchAll(db, sql: "SELECT itemKey FROM mention WHERE source = ?", arguments: [source]))
        }
    }

    // MARK: mentions

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
    public func openMentions(label: SentimentLabel? = .negative, brand: String? = nil, limit: Int? = nil) throws(StoreError) -> [Mention] {
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
    public func mentions(source: String) throws(StoreError) -> [Mention] {
        try read("read the mentions of \(source)") { db in
            try Row.fetchAll(db, sql: "SELECT * FROM mention WHERE source = ? ORDER BY id", arguments: [source]).map(Self.mention)
        }
    }

    /// How many mentions are stored in all.
    public func mentionCount() throws(StoreError) -> Int {
        try read("count mentions") { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mention") ?? 0 }
    }

    /// Moves mentions to a new workflow status and appends the change to their history, all or nothing:
    /// an unknown id changes none of them.
    public func setStatus(_ status: MentionStatus, ids: [Int64], by actor: String, note: String?, at now: Date) throws(StoreError) {
        try write("change the status of mention \(ids.map(String.init).joined(separator: ", "))") { db in
            for id in ids {
                try Self.requireMention(db, id: id)
                try db.execute(sql: """
                    UPDATE mention SET status = ?, statusChangedAt = ?, statusChangedBy = ?, statusNote = ? WHERE id = ?
                    """, arguments: [status.rawValue, now, actor, note, id])
                try Self.appendEvent(db, mention: id, at: now, actor: actor, action: status == .open ? "reopened" : status.rawValue, note: note)
            }
        }
    }

    /// Assigns the mentions to a person and records it; all or none.
    public func assign(_ ids: [Int64], to person: String, by actor: String, at now: Date) throws(StoreError) {
        try write("assign mention \(ids.map(String.init).joined(separator: ", "))") { db in
            for id in ids {
                try Self.requireMention(db, id: id)
                try db.execute(sql: "UPDATE mention SET assignedTo = ? WHERE id = ?", arguments: [person, id])
                try Self.appendEvent(db, mention: id, at: now, actor: actor, action: "assigned", note: "to " + person)
            }
        }
    }

    /// Adds a note to the mentions' history; all or none.
    public func addNote(_ note: String, to ids: [Int64], by actor: String, at now: Date) throws(StoreError) {
        try write("add a note to mention \(ids.map(String.init).joined(separator: ", "))") { db in
            for id in ids {
                try Self.requireMention(db, id: id)
                try Self.appendEvent(db, mention: id, at: now, actor: actor, action: "noted", note: note)
            }
        }
    }

    /// Throws `unknownMention` inside a transaction, so a list with one bad id changes nothing.
    private static func requireMention(_ db: Database, id: Int64) throws {
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM mention WHERE id = ?", arguments: [id]) != nil else {
            throw StoreError.unknownMention(id: id)
        }
    }

    /// Appends one step to a mention's history (the table refuses updates and deletes).
    private static func appendEvent(_ db: Database, mention id: Int64, at: Date, actor: String, action: String, note: String?) throws {
        try db.execute(sql: "INSERT INTO mentionEvent (mentionId, at, actor, action, note) VALUES (?, ?, ?, ?, ?)",
                       arguments: [id, at, actor, action, note])
    }

    /// The history of a mention, oldest first: (when, who, what, note).
    public func history(id: Int64) throws(StoreError) -> [(at: Date, actor: String, action: String, note: String?)] {
        try read("read the history of mention \(id)") { db in
            try Self.requireMention(db, id: id)
            return try Row.fetchAll(db, sql: "SELECT * FROM mentionEvent WHERE mentionId = ? ORDER BY at, id", arguments: [id]).map {
                (at: $0["at"], actor: $0["actor"], action: $0["action"], note: $0["note"])
            }
        }
    }

    static func mention(_ row: Row) -> Mention {
        var mention = Mention(
            id: row["id"], source: row["source"], itemKey: row["itemKey"], url: row["url"], title: row["title"],
            text: row["text"], author: row["author"], published: StoredDate.date(row["publishedAt"]),
            firstSeen: StoredDate.date(row["firstSeenAt"]) ?? row["firstSeenAt"],
            brand: row["brand"],
            sentiment: Sentiment(score: row["score"],
                                 label: SentimentLabel(rawValue: row["label"]) ?? .neutral,
                                 language: Language(rawValue: row["language"]) ?? .unknown),
            reach: row["reach"], status: MentionStatus(rawValue: row["status"]) ?? .open,
            statusChangedAt: StoredDate.date(row["statusChangedAt"]), statusChangedBy: row["statusChangedBy"], note: row["statusNote"])
        mention.reachBasis = row["reachBasis"] ?? ""
        mention.assignedTo = row["assignedTo"]
        return mention
    }
}

/// One source's new mentions, brand replies and fetch state, stored together.
public struct SourceMentions: Sendable {
    /// The source's name.
    public var source: String
    /// Its mentions (those already stored are skipped).
    public var mentions: [NewMention]
    /// Its new fetch state (validators, body hash, health).
    public var state: SourceFetchState
    /// Brand replies in it that answer stored mentions.
    public var replies: [BrandReply]

    /// Makes a batch.
    public init(source: String, mentions: [NewMention], state: SourceFetchState, replies: [BrandReply] = []) {
        self.source = source
        self.mentions = mentions
        self.state = state
        self.replies = replies
    }
}

/// One source's health and activity, for `webcare sources`.
public struct SourceActivity: Sendable {
    /// The source's name.
    public var name: String
    /// Its URL or path as last configured.
    public var url: String
    /// Its fetch state.
    public var state: SourceFetchState
    /// When it last brought a new mention.
    public var lastNewMentionAt: Date?
    /// New mentions it brought in the seven days before `now`.
    public var mentionsLastWeek: Int
}

extension WebcareDatabase {
    /// Every known source with its health and activity, by name.
    public func sourceActivity(now: Date) throws(StoreError) -> [SourceActivity] {
        let states = try fetchStates()
        // One index probe per source (mention_source_seen), however many mentions are stored.
        let rows: [Row] = try readRows("read source activity", sql: """
            SELECT name, url,
                   (SELECT MAX(firstSeenAt) FROM mention WHERE mention.source = source.name) AS lastNew,
                   (SELECT COUNT(*) FROM mention WHERE mention.source = source.name AND firstSeenAt >= ?) AS lastWeek
            FROM source ORDER BY name
            """, arguments: [now.addingTimeInterval(-7 * 86400)])
        return rows.map { row in
            let name: String = row["name"]
            return SourceActivity(name: name, url: row["url"], state: states[name] ?? SourceFetchState(),
                                  lastNewMentionAt: row["lastNew"], mentionsLastWeek: row["lastWeek"] ?? 0)
        }
    }
}
