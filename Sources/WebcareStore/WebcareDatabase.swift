import Foundation
import GRDB
import GRDBSQLite
import WebcareCore

/// The webcare database: SQLite in WAL mode with a busy timeout, migrated when opened.
/// One transaction per named write, so a crash never leaves half of one behind.
public final class WebcareDatabase: Sendable {
    private let pool: DatabasePool
    /// The database file.
    public let path: String
    /// Whether it was opened read-only (nothing is written, not even the search index's catch-up).
    public let isReadOnly: Bool

    /// How long an opener waits for another to finish creating or migrating the database.
    public static let openWaitSeconds: TimeInterval = 30

    /// Opens (creating and migrating when needed) the database at `path`. Several commands may open a new database
    /// at once (a poll from cron and an agent's inbox): creating and migrating happen once, under a lock on a file
    /// beside the database, and every other opener waits for them (up to `openWaitSeconds`). A database a newer
    /// webcare migrated further than this one knows is refused, never written.
    ///
    /// With `readOnly` (the reading commands, when this user may not write the database) nothing is created or
    /// migrated: a database a poll has brought up to date is read as it is, one that needs migrating is refused.
    public init(path: String, readOnly: Bool = false) throws(StoreError) {
        self.path = path
        self.isReadOnly = readOnly
        if readOnly {
            do {
                var configuration = Self.configuration
                configuration.readonly = true
                pool = try DatabasePool(path: path, configuration: configuration)
                try Self.refuseNewerSchema(pool, path: path)
                guard try pool.read({ db in try Schema.migrator.hasCompletedMigrations(db) }) else {
                    throw StoreError.cannotOpen(path: path, reason: "it needs migrating to this webcare's schema, and this user may not write "
                        + "it: run `webcare poll` (as the user the poll runs as) first")
                }
            } catch let error as StoreError {
                throw error
            } catch {
                throw StoreError.cannotOpen(path: path, reason: Self.describe(error) + " (opened read-only)")
            }
            return
        }
        do {
            let folder = (path as NSString).deletingLastPathComponent
            if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
                throw StoreError.cannotOpen(path: path, reason: "the folder \(folder) does not exist")
            }
            // Without a lock file (a folder this user may not write) the opener goes on alone: it cannot create
            // the database then either, and an existing one is migrated already or refused below.
            let lock: FileLock?
            do {
                lock = try FileLock(path: path + ".open-lock", wait: Self.openWaitSeconds)
            } catch .busy(_, let waited) {
                throw StoreError.cannotOpen(path: path, reason: "another webcare kept creating or migrating it for \(Int(waited)) s")
            } catch {
                lock = nil
            }
            pool = try DatabasePool(path: path, configuration: Self.configuration)
            try Self.refuseNewerSchema(pool, path: path)
            try Schema.migrator.migrate(pool)
            withExtendedLifetime(lock) {}
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.cannotOpen(path: path, reason: Self.describe(error))
        }
    }

    /// Refuses a database that holds migrations this webcare does not know: a newer webcare wrote it, and this one
    /// would read it wrong or break it.
    private static func refuseNewerSchema(_ pool: DatabasePool, path: String) throws {
        let applied = try pool.read { db in try Schema.migrator.appliedIdentifiers(db) }
        let known = Schema.migrator.migrations
        guard !applied.isSubset(of: Set(known)) else { return }
        throw StoreError.cannotOpen(path: path, reason: "its schema is version \(applied.count), written by a newer webcare; this webcare "
            + "(\(WebcareVersion.current)) knows versions up to \(known.count): upgrade webcare to use it")
    }

    /// Every connection's settings.
    static var configuration: Configuration {
        var configuration = Configuration()
        configuration.busyMode = .timeout(15)
        configuration.foreignKeysEnabled = true
        // In WAL mode NORMAL is crash-safe for the application (a killed process loses nothing committed);
        // only a power cut can lose the last commits, and then a source's validators go with its mentions.
        configuration.prepareDatabase { db in
            guard !db.configuration.readonly else { return }
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // The write-ahead log and its index stay beside the database after the last connection closes: a user who
            // may read the database but not write its folder can then still open it read-only (SQLite needs them).
            // Kept, the log is cut back to 4 MiB when it starts again, so a first poll's tens of megabytes do not stay.
            var persist: Int32 = 1
            sqlite3_file_control(db.sqliteConnection, "main", SQLITE_FCNTL_PERSIST_WAL, &persist)
            try db.execute(sql: "PRAGMA journal_size_limit = 4194304")
        }
        return configuration
    }

    static func describe(_ error: Error) -> String {
        if let error = error as? DatabaseError { return error.message ?? "\(error.resultCode)" }
        return "\(error)"
    }

    func write<T>(_ action: String, _ body: (Database) throws -> T) throws(StoreError) -> T {
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
}
