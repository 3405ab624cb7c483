import Foundation

/// A JSON document as plain values, so the config can be validated key by key with paths in the errors.
enum JSONValue: Sendable, Equatable, Decodable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        // Most values in a config are strings, then objects (one per source): try them first, since every
        // wrong guess costs a thrown error and a config can hold thousands of sources.
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([String: JSONValue].self) { self = .object(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else { self = .array(try container.decode([JSONValue].self)) }
    }

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
