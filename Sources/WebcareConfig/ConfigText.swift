import Foundation
import WebcareCore

/// A config file's text, edited in place: a source is added, removed or renamed by splicing bytes, so everything
/// else (the order of keys, indentation, spacing, the other sections) stays exactly as the team wrote it. The text
/// must be valid JSON (`JSONReader` checks it first); the edits work on its byte ranges.
public struct ConfigText: Sendable, Equatable {
    /// The file's bytes.
    public private(set) var bytes: [UInt8]

    /// Wraps the bytes of a config file that `JSONReader` accepted.
    public init(_ bytes: [UInt8]) { self.bytes = bytes }

    /// One field of a new source: its key and its value, written as JSON.
    public enum Field: Sendable, Equatable {
        case string(String, String)
        case integer(String, Int)

        var key: String {
            switch self {
            case .string(let key, _), .integer(let key, _): key
            }
        }

        var valueText: String {
            switch self {
            case .string(_, let value): ConfigText.quoted(value)
            case .integer(_, let value): String(value)
            }
        }
    }

    // MARK: edits

    /// Appends a source object with `fields` (in that order) to the `sources` list, written like the entries already
    /// there (one line each, or one key per line); makes the list when the config has none.
    public mutating func appendSource(_ fields: [Field]) {
        guard let top = topObject() else { return }
        if let list = member("sources", in: top), bytes[list.value.lowerBound] == UInt8(ascii: "[") {
            let elements = self.elements(of: list.value)
            if let last = elements.last {
                if let indent = indentation(at: last.lowerBound) {
                    splice(last.upperBound..<last.upperBound, ",\n" + indent + render(fields, like: last, indent: indent))
                } else {
                    // Entries written one after another on a line: the new one follows on that line.
                    let sample = String(decoding: bytes[last], as: UTF8.self)
                    splice(last.upperBound..<last.upperBound, (sample.contains(", \"") ? ", " : ",") + render(fields, like: last, indent: ""))
                }
            } else if let outer = indentation(at: list.key.lowerBound) {
                let indent = outer + "  "
                splice(list.value, "[\n" + indent + render(fields, like: nil, indent: indent) + "\n" + outer + "]")
            } else {
                splice(list.value, "[" + render(fields, like: nil, indent: nil) + "]")
            }
        } else {
            let members = self.members(of: top)
            if let first = members.first, indentation(at: first.key.lowerBound) == nil, let last = members.last {
                splice(last.value.upperBound..<last.value.upperBound, ", \"sources\": [" + render(fields, like: nil, indent: nil) + "]")
                return
            }
            let outer = members.first.flatMap { indentation(at: $0.key.lowerBound) } ?? "  "
            let text = "\"sources\": [\n" + outer + "  " + render(fields, like: nil, indent: outer + "  ") + "\n" + outer + "]"
            if let last = members.last {
                splice(last.value.upperBound..<last.value.upperBound, ",\n" + outer + text)
            } else {
                splice(top, "{\n" + outer + text + "\n}")
            }
        }
    }

    /// Removes the source at `index` of the `sources` list, with its comma; false when there is no such source.
    @discardableResult
    public mutating func removeSource(at index: Int) -> Bool {
        guard let top = topObject(), let list = member("sources", in: top) else { return false }
        let elements = self.elements(of: list.value)
        guard elements.indices.contains(index) else { return false }
        if elements.count == 1 {
            splice(list.value, "[]")
        } else if index + 1 < elements.count {
            splice(elements[index].lowerBound..<elements[index + 1].lowerBound, "")
        } else {
            splice(elements[index - 1].upperBound..<elements[index].upperBound, "")
        }
        return true
    }

    /// Sets the string value of `key` in the source at `index` (the key must be there); false when it is not.
    @discardableResult
    public mutating func setSourceString(at index: Int, key: String, to value: String) -> Bool {
        guard let top = topObject(), let list = member("sources", in: top) else { return false }
        let elements = self.elements(of: list.value)
        guard elements.indices.contains(index), bytes[elements[index].lowerBound] == UInt8(ascii: "{"),
              let field = member(key, in: elements[index]) else { return false }
        splice(field.value, Self.quoted(value))
        return true
    }

    // MARK: writing like the file

    /// A source object in the style of `sample`: on one line when the sample is (with its spacing after ":" and ","),
    /// else one key per line, indented as the sample's keys are. Without a sample: one key per line under `indent`,
    /// or on one line when `indent` is nil (a file written without line breaks).
    private func render(_ fields: [Field], like sample: Range<Int>?, indent: String?) -> String {
        let sampleText = sample.map { String(decoding: bytes[$0], as: UTF8.self) }
        let isMultiline = sampleText.map { $0.contains("\n") } ?? (indent != nil)
        guard isMultiline, let indent else {
            let text = sampleText ?? "{\"a\": 1, \"b\": 2}"
            let colon = text.contains("\": ") ? ": " : ":"
            let comma = text.contains(", \"") || !text.contains(",\"") ? ", " : ","
            let body = fields.map { Self.quoted($0.key) + colon + $0.valueText }.joined(separator: comma)
            return text.hasPrefix("{ ") ? "{ " + body + " }" : "{" + body + "}"
        }
        var inner = indent + "  "
        if let sample, let first = members(of: sample).first, let keyIndent = indentation(at: first.key.lowerBound) { inner = keyIndent }
        let body = fields.map { inner + Self.quoted($0.key) + ": " + $0.valueText }.joined(separator: ",\n")
        return "{\n" + body + "\n" + indent + "}"
    }

    /// The spaces and tabs between the start of the line holding `offset` and `offset`, when only those are there;
    /// nil when something else comes first on that line.
    private func indentation(at offset: Int) -> String? {
        var start = offset
        while start > 0, bytes[start - 1] == 0x20 || bytes[start - 1] == 0x09 { start -= 1 }
        guard start == 0 || bytes[start - 1] == 0x0A || bytes[start - 1] == 0x0D else { return nil }
        return String(decoding: bytes[start..<offset], as: UTF8.self)
    }

    private mutating func splice(_ range: Range<Int>, _ text: String) {
        bytes.replaceSubrange(range, with: Array(text.utf8))
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped, everything else as is.
    static func quoted(_ text: String) -> String { JSONText.quoted(text) }

    // MARK: finding ranges in valid JSON

    /// The top-level object's range, or nil when the document is not an object.
    private func topObject() -> Range<Int>? {
        var index = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        index = skipSpace(index)
        guard index < bytes.count, bytes[index] == UInt8(ascii: "{") else { return nil }
        return index..<skipValue(index)
    }

    /// The members of the object at `range`: each key's range (with its quotes) and its value's range.
    private func members(of range: Range<Int>) -> [(key: Range<Int>, value: Range<Int>)] {
        var found: [(key: Range<Int>, value: Range<Int>)] = []
        var index = skipSpace(range.lowerBound + 1)
        while index < range.upperBound, bytes[index] == UInt8(ascii: "\"") {
            let keyEnd = skipValue(index)
            let valueStart = skipSpace(skipSpace(keyEnd) + 1)
            let valueEnd = skipValue(valueStart)
            found.append((index..<keyEnd, valueStart..<valueEnd))
            index = skipSpace(valueEnd)
            if index < range.upperBound, bytes[index] == UInt8(ascii: ",") { index = skipSpace(index + 1) }
        }
        return found
    }

    /// The member `key` of the object at `range` (the last one, as a reader that allowed repeats would keep).
    private func member(_ key: String, in range: Range<Int>) -> (key: Range<Int>, value: Range<Int>)? {
        members(of: range).last { field in
            (try? JSONReader.read(Array(bytes[field.key]))) == .string(key)
        }
    }

    /// The ranges of the elements of the list at `range`.
    private func elements(of range: Range<Int>) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = skipSpace(range.lowerBound + 1)
        while index < range.upperBound - 1, bytes[index] != UInt8(ascii: "]") {
            let end = skipValue(index)
            found.append(index..<end)
            index = skipSpace(end)
            if index < range.upperBound, bytes[index] == UInt8(ascii: ",") { index = skipSpace(index + 1) }
        }
        return found
    }

    private func skipSpace(_ start: Int) -> Int {
        var index = start
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 { index += 1 }
        return index
    }

    /// Just past the value that starts at `start` (a string, an object, a list or a literal).
    private func skipValue(_ start: Int) -> Int {
        guard start < bytes.count else { return start }
        var index = start
        switch bytes[index] {
        case UInt8(ascii: "\""):
            index += 1
            while index < bytes.count, bytes[index] != UInt8(ascii: "\"") { index += bytes[index] == UInt8(ascii: "\\") ? 2 : 1 }
            return min(index + 1, bytes.count)
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            var depth = 0
            while index < bytes.count {
                switch bytes[index] {
                case UInt8(ascii: "\""): index = skipValue(index); continue
                case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return index + 1 }
                default: break
                }
                index += 1
            }
            return index
        default:
            while index < bytes.count, !",}] \n\r\t".utf8.contains(bytes[index]) { index += 1 }
            return index
        }
    }
}
