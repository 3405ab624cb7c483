import Foundation
import GRDB
import WebcareCore

// Sources: their rows, fetch states (validators, health, backoff) and activity.

extension WebcareDatabase {
    /// Makes sure every configured source has a row (new ones start with no fetch state); a changed URL
    /// forgets the old URL's validators.
    public func registerSources(_ sources: [(name: String, url: String)]) throws(StoreError) {
        try registerSources(sources.map { (name: $0.name, url: $0.url, id: nil) })
    }

    /// The same, and a source keeps its identity when its name changes in the config: a configured name the
    /// database does not know takes over the row of a source that is no longer configured and has the same `id`
    /// (the config's stable `sources[].id`), else the same URL. Its mentions, their statuses and history, and its
    /// fetch state follow it (the mention table's foreign key cascades the new name), so nothing is imported again.
    /// Returns the renames, old name to new.
    @discardableResult
    public func registerSources(_ sources: [(name: String, url: String, id: String?)]) throws(StoreError) -> [(from: String, to: String)] {
        try write("register sources") { db in
            var renames: [(from: String, to: String)] = []
            let configured = Set(sources.map(\.name))
            let known = try Row.fetchAll(db, sql: "SELECT name, url, configId FROM source")
            let knownNames = Set(known.map { $0["name"] as String })
            var unclaimed = known.filter { !configured.contains($0["name"] as String) }
            for source in sources where !knownNames.contains(source.name) {
                let match = unclaimed.firstIndex { row in source.id.map { (row["configId"] as String?) == $0 } ?? false }
                    ?? unclaimed.firstIndex { row in (row["configId"] as String?) == nil && (row["url"] as String) == source.url }
                guard let match else { continue }
                let old: String = unclaimed.remove(at: match)["name"]
                try db.execute(sql: "UPDATE source SET name = ? WHERE name = ?", arguments: [source.name, old])
                renames.append((old, source.name))
            }
            let upsert = try db.cachedStatement(sql: """
                INSERT INTO source (name, url) VALUES (?, ?)
                ON CONFLICT(name) DO UPDATE SET url = excluded.url, etag = NULL, lastModified = NULL, bodyHash = NULL,
                    nextAttemptAt = NULL, isGone = 0, movedTo = NULL
                WHERE source.url <> excluded.url
                """)
            let identify = try db.cachedStatement(sql: "UPDATE source SET configId = ? WHERE name = ? AND configId IS NOT ?")
            for source in sources {
                try upsert.execute(arguments: [source.name, source.url])
                if let id = source.id { try identify.execute(arguments: [id, source.name, id]) }
            }
            return renames
        }
    }

    /// Every source the database knows (configured or not any more), by name.
    public func sourceNames() throws(StoreError) -> [String] {
        try readRows("read the source names", sql: "SELECT name FROM source ORDER BY name", arguments: []).map { $0["name"] }
    }

    /// The fetch state of a source, or an empty state when it was never fetched.
    func fetchState(source: String) throws(StoreError) -> SourceFetchState {
        try read("read the fetch state of \(source)") { db in
            try Row.fetchOne(db, sql: "SELECT \(StateColumn.list) FROM source WHERE name = ?", arguments: [source]).map(Self.state)
                ?? SourceFetchState()
        }
    }

    /// Every source's fetch state, by name.
    public func fetchStates() throws(StoreError) -> [String: SourceFetchState] {
        try read("read the fetch states") { db in
            var states: [String: SourceFetchState] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT \(StateColumn.list) FROM source") { states[row[StateColumn.name.rawValue]] = Self.state(row) }
            return states
        }
    }

    /// The source table's fetch-state columns, in the order the state queries select them. A poll reads every
    /// source's state: `state(_:)` reads each column at its place in this list, not by a name looked up per row
    /// (GRDB's lookup by name costs more than the value), yet every place is named here and nowhere else.
    enum StateColumn: Int, CaseIterable {
        case etag, lastModified, bodyHash, lastAttemptAt, lastSuccessAt, lastStatus, lastError, errorStreak, nextAttemptAt,
             isGone, movedTo, failingSince, name

        /// The columns, comma-separated, for a SELECT.
        static let list = allCases.map { "\($0)" }.joined(separator: ", ")
    }

    static func state(_ row: Row) -> SourceFetchState {
        func value<T: DatabaseValueConvertible>(_ column: StateColumn) -> T? { row[column.rawValue] }
        return SourceFetchState(etag: value(.etag), lastModified: value(.lastModified), bodyHash: value(.bodyHash),
                                lastAttemptAt: StoredDate.date(row[StateColumn.lastAttemptAt.rawValue]),
                                lastSuccessAt: StoredDate.date(row[StateColumn.lastSuccessAt.rawValue]),
                                lastStatus: value(.lastStatus), lastError: value(.lastError), errorStreak: row[StateColumn.errorStreak.rawValue],
                                nextAttemptAt: StoredDate.date(row[StateColumn.nextAttemptAt.rawValue]), isGone: row[StateColumn.isGone.rawValue],
                                movedTo: value(.movedTo), failingSince: StoredDate.date(row[StateColumn.failingSince.rawValue]))
    }

    /// Records a fetch attempt that stored nothing (not modified, or failed) in the source's state.
    func saveFetchState(_ state: SourceFetchState, source: String) throws(StoreError) {
        try write("record the fetch state of \(source)") { db in try Self.updateState(db, source: source, state: state) }
    }

    /// Records several sources' fetch states in one transaction.
    public func saveFetchStates(_ states: [(source: String, state: SourceFetchState)]) throws(StoreError) {
        guard !states.isEmpty else { return }
        try write("record the fetch states of \(states.count) sources") { db in
            for (source, state) in states { try Self.updateState(db, source: source, state: state) }
        }
    }

    static func updateState(_ db: Database, source: String, state: SourceFetchState) throws {
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
