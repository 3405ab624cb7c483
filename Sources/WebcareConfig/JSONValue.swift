import Foundation

/// A JSON document as plain values (read by `JSONReader`), so the config can be validated key by key with paths in the errors.
enum JSONValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// The value as it would be written in the file, cut short when long; for error messages.
    var quoted: String {
        let text: String
        switch self {
        case .null: text = "null"
        case .bool(let value): text = value ? "true" : "false"
        case .number(let value): text = value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
        case .string(let value): text = "\"" + value.replacingOccurrences(of: "\"", with: "\\\"") + "\""
        case .array(let items): text = items.isEmpty ? "[]" : "[…]"
        case .object(let fields): text = fields.isEmpty ? "{}" : "{…}"
        }
        return text.count > 80 ? String(text.prefix(77)) + "…" : text
    }

    /// What kind of JSON value this is, in words.
    var kindName: String {
        switch self {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "a list"
        case .object: "an object"
        }
    }
}
