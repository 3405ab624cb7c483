/// Reads a config file's bytes into a `JSONValue`, strictly: the bytes must be UTF-8, a key may appear once per
/// object, a number must fit a Double, and nesting stops at `maxDepth`. Foundation's decoder lets the first of two
/// equal keys win silently and says little about where a file goes wrong; this names the line, column and key path.
struct JSONReader {
    /// Why the bytes are not a config's JSON: where (key path, line and column) and what.
    struct Failure: Error, Equatable {
        /// The key path of the value being read, e.g. `sources[2].url`; empty at the top.
        var keyPath: String
        /// One sentence, with the line and column when it helps.
        var reason: String
    }

    /// Deeper nesting than any config needs; the reader is recursive and must not run out of stack.
    static let maxDepth = 64

    private let bytes: [UInt8]
    private var index = 0
    private var path: [PathStep] = []

    private enum PathStep {
        case key(String)
        case element(Int)
    }

    /// Reads the whole document; throws a `Failure` for anything but one JSON value surrounded by whitespace.
    static func read(_ bytes: [UInt8]) throws(Failure) -> JSONValue {
        var reader = JSONReader(bytes: bytes)
        if let offset = firstInvalidUTF8(in: bytes) {
            throw Failure(keyPath: "", reason: "not UTF-8: byte 0x\(hex(bytes[offset])) at \(reader.position(of: offset)) is not valid UTF-8; save the file as UTF-8")
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { reader.index = 3 }
        reader.skipWhitespace()
        let value = try reader.value(depth: 0)
        reader.skipWhitespace()
        guard reader.index == bytes.count else { throw reader.failure("unexpected text after the end of the document") }
        return value
    }

    private var keyPath: String {
        var text = ""
        for step in path {
            switch step {
            case .key(let key): text += text.isEmpty ? key : "." + key
            case .element(let index): text += "[\(index)]"
            }
        }
        return text
    }

    private func position(of offset: Int) -> String {
        var line = 1, column = 1
        for byte in bytes[..<min(offset, bytes.count)] {
            if byte == 0x0A { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return "line \(line), column \(column)"
    }

    private func failure(_ reason: String, at offset: Int? = nil) -> Failure {
        let place = keyPath.isEmpty ? "" : " (in \(keyPath))"
        return Failure(keyPath: "", reason: "not valid JSON: \(reason) at \(position(of: offset ?? index))\(place)")
    }

    private mutating func skipWhitespace() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
            index += 1
        }
    }

    private mutating func value(depth: Int) throws(Failure) -> JSONValue {
        guard depth < Self.maxDepth else { throw failure("nested more than \(Self.maxDepth) levels deep") }
        guard index < bytes.count else { throw failure("the document ends where a value should be") }
        switch bytes[index] {
        case UInt8(ascii: "{"): return try object(depth: depth)
        case UInt8(ascii: "["): return try array(depth: depth)
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw failure("unexpected character \(describe(at: index))")
        }
    }

    private mutating func object(depth: Int) throws(Failure) -> JSONValue {
        index += 1
        var fields: [String: JSONValue] = [:]
        var lines: [String: Int] = [:]
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "}") { index += 1; return .object(fields) }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { throw failure("expected a key in quotes") }
            let keyStart = index
            let key = try string()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { throw failure("expected \":\" after the key \"\(key)\"") }
            index += 1
            skipWhitespace()
            path.append(.key(key))
            let line = lineNumber(of: keyStart)
            if let first = lines[key] {
                throw Failure(keyPath: keyPath, reason: "is listed twice in one object (lines \(first) and \(line)); keep one")
            }
            fields[key] = try value(depth: depth + 1)
            lines[key] = line
            path.removeLast()
            skipWhitespace()
            guard index < bytes.count else { throw failure("the document ends inside an object; a \"}\" is missing") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "}") { index += 1; return .object(fields) }
            throw failure("expected \",\" or \"}\" but found \(describe(at: index))")
        }
    }

    private mutating func array(depth: Int) throws(Failure) -> JSONValue {
        index += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
        while true {
            skipWhitespace()
            path.append(.element(items.count))
            items.append(try value(depth: depth + 1))
            path.removeLast()
            skipWhitespace()
            guard index < bytes.count else { throw failure("the document ends inside a list; a \"]\" is missing") }
            if bytes[index] == UInt8(ascii: ",") { index += 1; continue }
            if bytes[index] == UInt8(ascii: "]") { index += 1; return .array(items) }
            throw failure("expected \",\" or \"]\" but found \(describe(at: index))")
        }
    }

    private mutating func literal(_ word: String) throws(Failure) {
        let expected = Array(word.utf8)
        guard bytes[index...].starts(with: expected) else { throw failure("unexpected character \(describe(at: index))") }
        index += expected.count
    }

    private mutating func number() throws(Failure) -> Double {
        let start = index
        func digits() -> Int {
            let first = index
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            return index - first
        }
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        let integerStart = index
        guard digits() > 0 else { throw failure("a number needs digits", at: start) }
        if bytes[integerStart] == UInt8(ascii: "0"), index - integerStart > 1 { throw failure("a number may not start with 0", at: start) }
        if index < bytes.count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            guard digits() > 0 else { throw failure("a number needs digits after its \".\"", at: start) }
        }
        if index < bytes.count, bytes[index] | 0x20 == UInt8(ascii: "e") {
            index += 1
            if index < bytes.count, bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-") { index += 1 }
            guard digits() > 0 else { throw failure("a number needs digits in its exponent", at: start) }
        }
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        guard let number = Double(text), number.isFinite else {
            throw Failure(keyPath: keyPath, reason: "\(text.count > 40 ? String(text.prefix(37)) + "…" : text) is too large for any setting")
        }
        return number
    }

    private mutating func string() throws(Failure) -> String {
        let start = index
        index += 1
        var scalars = String.UnicodeScalarView()
        var runStart = index
        func flushRun() {
            if runStart < index { scalars.append(contentsOf: String(decoding: bytes[runStart..<index], as: UTF8.self).unicodeScalars) }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                flushRun()
                index += 1
                return String(scalars)
            }
            if byte < 0x20 { throw failure("a control character (0x\(Self.hex(byte))) inside a string; write it as an escape like \\n") }
            if byte != UInt8(ascii: "\\") { index += 1; continue }
            flushRun()
            let escapeStart = index
            index += 1
            guard index < bytes.count else { break }
            let kind = bytes[index]
            index += 1
            switch kind {
            case UInt8(ascii: "\""): scalars.append("\"")
            case UInt8(ascii: "\\"): scalars.append("\\")
            case UInt8(ascii: "/"): scalars.append("/")
            case UInt8(ascii: "b"): scalars.append("\u{08}")
            case UInt8(ascii: "f"): scalars.append("\u{0C}")
            case UInt8(ascii: "n"): scalars.append("\n")
            case UInt8(ascii: "r"): scalars.append("\r")
            case UInt8(ascii: "t"): scalars.append("\t")
            case UInt8(ascii: "u"):
                var value = try hexQuad(escapeStart)
                if (0xD800...0xDBFF).contains(value) {
                    guard bytes[index...].starts(with: [UInt8(ascii: "\\"), UInt8(ascii: "u")]) else {
                        throw failure("an unpaired surrogate escape", at: escapeStart)
                    }
                    index += 2
                    let low = try hexQuad(escapeStart)
                    guard (0xDC00...0xDFFF).contains(low) else { throw failure("an unpaired surrogate escape", at: escapeStart) }
                    value = 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00)
                }
                guard let scalar = Unicode.Scalar(value) else { throw failure("an unpaired surrogate escape", at: escapeStart) }
                scalars.append(scalar)
            default:
                throw failure("an unknown escape \\\(describe(at: index - 1))", at: escapeStart)
            }
            runStart = index
        }
        throw failure("a string that never ends", at: start)
    }

    private mutating func hexQuad(_ escapeStart: Int) throws(Failure) -> UInt32 {
        guard index + 4 <= bytes.count else { throw failure("a \\u escape needs four hex digits", at: escapeStart) }
        var value: UInt32 = 0
        for byte in bytes[index..<index + 4] {
            let digit: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - 0x30
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - 0x57
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - 0x37
            default: throw failure("a \\u escape needs four hex digits", at: escapeStart)
            }
            value = value << 4 | UInt32(digit)
        }
        index += 4
        return value
    }

    private func lineNumber(of offset: Int) -> Int {
        bytes[..<offset].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
    }

    /// The character at `offset` as the message shows it: printable ASCII in quotes, anything else as a code.
    private func describe(at offset: Int) -> String {
        guard offset < bytes.count else { return "the end of the document" }
        let byte = bytes[offset]
        if byte >= 0x21, byte < 0x7F { return "\"\(Character(Unicode.Scalar(byte)))\"" }
        return "byte 0x\(Self.hex(byte))"
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(byte >> 4)], digits[Int(byte & 0xF)]])
    }

    /// The offset of the first byte that is not part of well-formed UTF-8, or nil.
    static func firstInvalidUTF8(in bytes: [UInt8]) -> Int? {
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
            let length: Int, low: UInt8, high: UInt8
            switch lead {
            case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
            case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
            case 0xED: (length, low, high) = (3, 0x80, 0x9F)
            case 0xE1...0xEF: (length, low, high) = (3, 0x80, 0xBF)
            case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
            case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
            case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
            default: return index
            }
            guard index + length <= bytes.count, (low...high).contains(bytes[index + 1]) else { return index }
            for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 { return index }
            index += length
        }
        return nil
    }
}
