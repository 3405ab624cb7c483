import Foundation
import WebcareCore

/// `webcare export`: every mention as a row for a spreadsheet (CSV, RFC 4180) or a BI tool (JSON Lines), one row at a
/// time so an export of millions streams. Text cells that a spreadsheet would run as a formula (starting with `=`,
/// `+`, `-`, `@`, a tab or a carriage return) get a leading `'`; numbers and dates are written as they are. Text from
/// the web loses its escape sequences and control characters through `TerminalText` (a CSV is often printed), JSON
/// escapes them.
public enum ExportRenderer {
    /// The formats.
    public enum Format: String, Sendable, CaseIterable {
        case csv
        case jsonl
    }

    /// The columns, in order (also the JSON keys).
    public static let columns = ["id", "source", "brand", "url", "title", "text", "author", "published", "firstSeen", "label", "scorerLabel",
                                 "labelledBy", "score", "language", "reach", "needsReply", "status", "assignee", "answeredAt", "answeredBy", "tags"]

    /// The CSV header line.
    public static var csvHeader: String { columns.joined(separator: ",") + "\r\n" }

    /// A mention as a CSV line (CRLF-terminated).
    public static func csvRow(_ mention: Mention) -> String {
        values(mention).map { value in
            switch value {
            case .text(let text): quoted(neutralized(TerminalText.stripped(text)))
            case .number(let text): text
            case .none: ""
            }
        }.joined(separator: ",") + "\r\n"
    }

    /// A mention as one line of JSON (newline-terminated), keys in `columns` order, nulls written.
    public static func jsonLine(_ mention: Mention) -> String {
        var out = "{"
        for (index, (key, value)) in zip(columns, values(mention)).enumerated() {
            if index > 0 { out += "," }
            out += "\"" + key + "\":"
            switch value {
            case .text(let text): out += jsonString(text)
            case .number(let text): out += text
            case .none: out += "null"
            }
        }
        return out + "}\n"
    }

    private enum Value {
        case text(String)
        case number(String)
        case none
    }

    private static func values(_ mention: Mention) -> [Value] {
        func text(_ value: String?) -> Value { value.map { .text($0) } ?? .none }
        func date(_ value: Date?) -> Value { value.map { .number("\"" + StoredTime.rfc3339($0) + "\"") } ?? .none }
        let isAnswered = mention.status == .answered
        return [.number(String(mention.id)), .text(mention.source), .text(mention.brand), text(mention.url), text(mention.title),
                .text(mention.text), text(mention.author), date(mention.published), date(mention.firstSeen),
                .text(mention.sentiment.label.rawValue), .text((mention.scorerLabel ?? mention.sentiment.label).rawValue),
                text(mention.labelledBy), .number(String((mention.sentiment.score * 1000).rounded() / 1000)),
                .text(mention.sentiment.language.rawValue), .number(String(mention.reach)), .number(mention.needsReply ? "true" : "false"),
                .text(mention.status.rawValue), text(mention.assignedTo), date(isAnswered ? mention.statusChangedAt : nil),
                text(isAnswered ? mention.statusChangedBy : nil), .text(mention.tags.joined(separator: ","))]
    }

    /// A cell a spreadsheet would take for a formula, made plain text with a leading "'".
    static func neutralized(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }

    /// A CSV field: quoted when it holds a comma, a quote or a line break, quotes doubled.
    static func quoted(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A JSON string literal; control, C1 and bidi-override characters escaped.
    static func jsonString(_ text: String) -> String { TerminalText.jsonSafe(JSONText.quoted(text)) }
}

/// Dates as exports write them: RFC 3339 in UTC, to the second.
enum StoredTime {
    /// nonisolated(unsafe): ISO8601DateFormatter is documented thread-safe, and this one is never changed after it is made.
    nonisolated(unsafe) private static let formatter: ISO8601DateFormatter = {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter
    }()

    static func rfc3339(_ date: Date) -> String { formatter.string(from: date) }
}
