import Foundation
import GRDB
import GRDBSQLite

/// Runs a prepared INSERT with values bound straight to SQLite. A first poll stores tens of thousands of mentions
/// through one statement: GRDB's arguments box every value into a `DatabaseValue` and bind it through generic
/// code, which cost more than a quarter of the writer's time per row, and the writer is the one thread every
/// mention passes. Binding here is the same SQLite calls without the boxing. The statement stays GRDB's
/// (prepared and cached by it); GRDB resets and rebinds it whenever it runs it itself.
struct BoundInsert {
    private let statement: OpaquePointer
    private let database: Database

    /// SQLite copies bound text at once, so the Swift string need not outlive the bind.
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(_ statement: Statement, in database: Database) {
        self.statement = statement.sqliteStatement
        self.database = database
    }

    /// Runs the statement once with `values` (one per `?`, in order). Returns whether it changed a row (an
    /// INSERT … ON CONFLICT DO NOTHING that met its conflict changes none).
    func run(_ values: Value...) throws -> Bool {
        sqlite3_reset(statement)
        for (offset, value) in values.enumerated() {
            let index = Int32(offset + 1)
            let code: Int32
            switch value {
            case .null:
                code = sqlite3_bind_null(statement, index)
            case .integer(let number):
                code = sqlite3_bind_int64(statement, index, Int64(number))
            case .real(let number):
                code = sqlite3_bind_double(statement, index, number)
            case .text(var text):
                code = text.withUTF8 { bytes in
                    bytes.withMemoryRebound(to: CChar.self) { characters in
                        guard let start = characters.baseAddress else { return sqlite3_bind_text(statement, index, "", 0, Self.transient) }
                        return sqlite3_bind_text(statement, index, start, Int32(characters.count), Self.transient)
                    }
                }
            }
            guard code == SQLITE_OK else { throw failure(code) }
        }
        let code = sqlite3_step(statement)
        guard code == SQLITE_DONE else { throw failure(code) }
        return sqlite3_changes(database.sqliteConnection) > 0
    }

    private func failure(_ code: Int32) -> DatabaseError {
        let message = sqlite3_errmsg(database.sqliteConnection).map { String(cString: $0) }
        sqlite3_reset(statement)
        return DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sqlite3_sql(statement).map { String(cString: $0) })
    }

    /// A value to bind.
    enum Value {
        case null
        case integer(Int)
        case real(Double)
        case text(String)

        /// Text, or NULL for nil.
        static func text(_ text: String?) -> Value { text.map { .text($0) } ?? .null }

        /// A date as GRDB stores it (see `StoredDate`), or NULL.
        static func date(_ date: Date?) -> Value {
            switch StoredDate.value(date).storage {
            case .string(let text): .text(text)
            case .double(let number): .real(number)
            case .int64(let number): .integer(Int(number))
            default: .null
            }
        }
    }
}
