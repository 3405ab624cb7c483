import Foundation

/// Chooses how to decode a feed's bytes, in the order newsboat and browsers use: a per-source override, the
/// byte-order mark, the XML declaration, the HTTP charset, then UTF-8 — and when the bytes are not valid
/// UTF-8 after all, windows-1252 (what Dutch feeds without a declaration mostly are). ISO-8859-1 is read as
/// windows-1252, its superset (€, ’ and “ live in 0x80–0x9F). Invalid UTF-8 is replaced, never fatal.
enum DocumentCharset {
    struct Choice {
        /// The bytes to parse (repaired when they claimed UTF-8 and weren't).
        var bytes: [UInt8]
        /// The encoding to tell libxml2, or nil to let it read the document's own.
        var encoding: String?
        /// Set when webcare had to guess.
        var warning: String?
    }

    static func choose(_ bytes: [UInt8], httpCharset: String?, override: String?) -> Choice {
        if let override { return Choice(bytes: bytes, encoding: override) }
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) { return Choice(bytes: bytes, encoding: nil) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return utf8(bytes, claimedBy: "its byte-order mark") }
        if let declared = declaredEncoding(bytes) {
            switch declared.lowercased() {
            case let name where utf8Names.contains(name):
                // libxml2 reads a declared UTF-8 as it is; named to it as an override it would copy the document
                // through a UTF-8 to UTF-8 converter first.
                var choice = utf8(bytes, claimedBy: "its XML declaration")
                choice.encoding = nil
                return choice
            case let name where latin1Names.contains(name): return Choice(bytes: bytes, encoding: "windows-1252")
            default: return Choice(bytes: bytes, encoding: nil)
            }
        }
        if let http = httpCharset?.lowercased() {
            switch http {
            case let name where utf8Names.contains(name): return utf8(bytes, claimedBy: "the HTTP Content-Type")
            case let name where latin1Names.contains(name): return Choice(bytes: bytes, encoding: "windows-1252")
            default: return Choice(bytes: bytes, encoding: http)
            }
        }
        if isValidUTF8(bytes) { return Choice(bytes: bytes, encoding: nil) }
        return Choice(bytes: bytes, encoding: "windows-1252",
                      warning: "charset guessed: the document declares none and is not UTF-8, read as windows-1252")
    }

    /// The same for an HTML page: the override, the byte-order mark, a `<meta charset>` (or http-equiv) in the first
    /// 4 KB, the HTTP charset, then UTF-8 when the bytes are UTF-8, else windows-1252. Always names the encoding, so
    /// libxml2's HTML parser never falls back to ISO-8859-1 for an undeclared UTF-8 page.
    static func chooseHTML(_ bytes: [UInt8], httpCharset: String?, override: String?) -> Choice {
        if let override { return Choice(bytes: bytes, encoding: override) }
        if bytes.starts(with: [0xFE, 0xFF]) { return Choice(bytes: bytes, encoding: "UTF-16BE") }
        if bytes.starts(with: [0xFF, 0xFE]) { return Choice(bytes: bytes, encoding: "UTF-16LE") }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return utf8(bytes, claimedBy: "its byte-order mark") }
        for (declared, claim) in [(metaCharset(bytes), "its <meta charset>"), (httpCharset, "the HTTP Content-Type")] {
            guard let declared = declared?.lowercased() else { continue }
            switch declared {
            case let name where utf8Names.contains(name): return utf8(bytes, claimedBy: claim)
            case let name where latin1Names.contains(name): return Choice(bytes: bytes, encoding: "windows-1252")
            default: return Choice(bytes: bytes, encoding: declared)
            }
        }
        if isValidUTF8(bytes) { return Choice(bytes: bytes, encoding: "UTF-8") }
        return Choice(bytes: bytes, encoding: "windows-1252",
                      warning: "charset guessed: the page declares none and is not UTF-8, read as windows-1252")
    }

    /// The charset a `<meta charset="…">` or `<meta http-equiv="Content-Type" content="…; charset=…">` names.
    private static func metaCharset(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased()
        var rest = head[...]
        while let meta = rest.range(of: "<meta") {
            let tag = rest[meta.upperBound...].prefix { $0 != ">" }
            if let key = tag.range(of: "charset") {
                let value = tag[key.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\"" || $0 == "'" }
                    .prefix { !($0 == "\"" || $0 == "'" || $0 == ";" || $0 == " " || $0 == "/" || $0 == ">") }
                if !value.isEmpty { return String(value) }
            }
            rest = rest[meta.upperBound...]
        }
        return nil
    }

    /// The charset parameter of a Content-Type header ("application/rss+xml; charset=ISO-8859-1").
    static func charset(fromContentType contentType: String?) -> String? {
        guard let contentType else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let parts = parameter.split(separator: "=", maxSplits: 1)
            guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else { continue }
            let value = parts[1].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'"))
            return value.isEmpty ? nil : value
        }
        return nil
    }

    private static func utf8(_ bytes: [UInt8], claimedBy claim: String) -> Choice {
        if isValidUTF8(bytes) { return Choice(bytes: bytes, encoding: "UTF-8") }
        let repaired = Array(String(decoding: bytes, as: UTF8.self).utf8)
        return Choice(bytes: repaired, encoding: "UTF-8", warning: "invalid UTF-8 bytes (though \(claim) says UTF-8) were replaced with �")
    }

    /// The names UTF-8 goes by in declarations and headers.
    private static let utf8Names: Set<String> = ["utf-8", "utf8"]
    /// ISO-8859-1 and ASCII by their usual names: read as windows-1252, which is what such documents hold in practice.
    private static let latin1Names: Set<String> = ["iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "iso8859-1"]

    /// Whether the bytes are well-formed UTF-8 (no overlong forms, no surrogates, nothing past U+10FFFF), read in
    /// place: the standard library's check builds a String of the whole document to throw away. ASCII, most of any
    /// feed, is skipped eight bytes at a time.
    static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return true }
            let raw = UnsafeRawPointer(base)
            let count = buffer.count
            func isContinuation(_ byte: UInt8) -> Bool { byte & 0xC0 == 0x80 }
            var index = 0
            while index < count {
                while index + 8 <= count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                }
                guard index < count else { break }
                let lead = buffer[index]
                switch lead {
                case 0x00...0x7F:
                    index += 1
                case 0xC2...0xDF:
                    guard index + 1 < count, isContinuation(buffer[index + 1]) else { return false }
                    index += 2
                case 0xE0...0xEF:
                    guard index + 2 < count, isContinuation(buffer[index + 2]) else { return false }
                    let second = buffer[index + 1]
                    // E0 needs A0–BF (shorter forms are overlong), ED needs 80–9F (above are surrogates).
                    let (low, high): (UInt8, UInt8) = lead == 0xE0 ? (0xA0, 0xBF) : lead == 0xED ? (0x80, 0x9F) : (0x80, 0xBF)
                    guard second >= low, second <= high else { return false }
                    index += 3
                case 0xF0...0xF4:
                    guard index + 3 < count, isContinuation(buffer[index + 2]), isContinuation(buffer[index + 3]) else { return false }
                    let second = buffer[index + 1]
                    // F0 needs 90–BF (shorter forms are overlong), F4 needs 80–8F (above is past U+10FFFF).
                    let (low, high): (UInt8, UInt8) = lead == 0xF0 ? (0x90, 0xBF) : lead == 0xF4 ? (0x80, 0x8F) : (0x80, 0xBF)
                    guard second >= low, second <= high else { return false }
                    index += 4
                default:
                    // A continuation byte without a lead, C0/C1 (always overlong), F5 and up.
                    return false
                }
            }
            return true
        }
    }

    /// The encoding named in `<?xml … encoding="…"?>`, if the document starts with one.
    private static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        let head = String(decoding: bytes.prefix(256), as: UTF8.self)
        guard head.hasPrefix("<?xml"), let end = head.range(of: "?>") else { return nil }
        let declaration = head[..<end.lowerBound]
        guard let key = declaration.range(of: "encoding") else { return nil }
        var rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        rest = rest.dropFirst()
        guard let close = rest.firstIndex(of: quote) else { return nil }
        return String(rest[..<close])
    }
}
