import Foundation
import WebcareXML

/// Chooses how to decode a feed's bytes, in the order newsboat and browsers use: a per-source override, the
/// byte-order mark, the XML declaration, the HTTP charset, then UTF-8 — and when the bytes are not valid
/// UTF-8 after all, windows-1252 (what Dutch feeds without a declaration mostly are). ISO-8859-1 is read as
/// windows-1252, its superset (€, ’ and “ live in 0x80–0x9F). No byte is ever lost to the choice:
/// - windows-1252 (ISO-8859-1, ASCII) and UTF-32 are decoded here, in Swift, and libxml2 is handed UTF-8: its
///   converters stop at the first byte they cannot convert and drop the rest of the document;
/// - a byte that is not UTF-8 in a document that says it is, is read as windows-1252 (with a warning that counts them);
/// - a charset nobody knows is read as UTF-8, with a warning naming it, instead of refusing the document.
enum DocumentCharset {
    struct Choice {
        /// The bytes to parse (decoded to UTF-8 when webcare did the decoding).
        var bytes: [UInt8]
        /// The encoding to tell libxml2, or nil to let it read the document's own.
        var encoding: String?
        /// The charset the document is read as, for messages, when libxml2 reads it ("Shift_JIS").
        var label: String?
        /// What a person setting up the source should know: a guess, a charset nobody knows, bytes read otherwise.
        var warnings: [String] = []
        /// Bytes that were not in the charset the document was read as and were read as windows-1252.
        var recoveredBytes = 0
        /// Bytes that became U+FFFD (UTF-32 units that are no character).
        var droppedBytes = 0
    }

    /// How to read an XML document: the override, a byte-order mark (or UTF-32's "<"), the XML declaration, the
    /// HTTP charset, then UTF-8 when the bytes are UTF-8, else a guess.
    static func choose(_ bytes: [UInt8], httpCharset: String?, override: String?) -> Choice {
        if let override { return read(bytes, as: override, claimedBy: "the source's encoding setting") }
        if let (order, hasBOM) = UTF32.detect(bytes) { return utf32(bytes, order: order, hasBOM: hasBOM) }
        if bytes.starts(with: [0xFE, 0xFF]) || bytes.starts(with: [0xFF, 0xFE]) { return Choice(bytes: bytes, encoding: nil) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return utf8(bytes, claimedBy: "its byte-order mark") }
        if let declared = declaredEncoding(bytes) {
            return read(bytes, as: declared, claimedBy: "its XML declaration", isXMLDeclaration: true)
        }
        if let http = httpCharset { return read(bytes, as: http, claimedBy: "the HTTP Content-Type") }
        if isValidUTF8(bytes) { return Choice(bytes: bytes, encoding: nil) }
        return guess(bytes, document: "document")
    }

    /// The same for an HTML page: the override, the byte-order mark, a `<meta charset>` (or http-equiv) in the first
    /// 4 KB, the HTTP charset, then UTF-8 when the bytes are UTF-8, else windows-1252. Always names the encoding, so
    /// libxml2's HTML parser never falls back to ISO-8859-1 for an undeclared UTF-8 page.
    static func chooseHTML(_ bytes: [UInt8], httpCharset: String?, override: String?) -> Choice {
        if let override { return read(bytes, as: override, claimedBy: "the source's encoding setting") }
        if let (order, hasBOM) = UTF32.detect(bytes) { return utf32(bytes, order: order, hasBOM: hasBOM) }
        if bytes.starts(with: [0xFE, 0xFF]) { return Choice(bytes: bytes, encoding: "UTF-16BE") }
        if bytes.starts(with: [0xFF, 0xFE]) { return Choice(bytes: bytes, encoding: "UTF-16LE") }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { return utf8(bytes, claimedBy: "its byte-order mark") }
        for (declared, claim) in [(metaCharset(bytes), "its <meta charset>"), (httpCharset, "the HTTP Content-Type")] {
            if let declared { return read(bytes, as: declared, claimedBy: claim) }
        }
        if isValidUTF8(bytes) { return Choice(bytes: bytes, encoding: "UTF-8") }
        return guess(bytes, document: "page")
    }

    /// The document read as the charset `label` names (`claim` says who named it). UTF-8 is checked (and repaired),
    /// windows-1252 and its subsets are decoded here, a charset libxml2 knows is left to it (a declared one without
    /// naming it again, when `isXMLDeclaration`), and a charset nobody knows is read as UTF-8 with a warning.
    private static func read(_ bytes: [UInt8], as label: String, claimedBy claim: String, isXMLDeclaration: Bool = false) -> Choice {
        let name = label.trimmingCharacters(in: CharacterSet.whitespaces.union(CharacterSet(charactersIn: "\"'"))).lowercased()
        if utf8Names.contains(name) {
            var choice = utf8(bytes, claimedBy: claim)
            // libxml2 reads a declared UTF-8 as it is; named to it as an override it would copy the document
            // through a UTF-8 to UTF-8 converter first.
            if isXMLDeclaration, choice.recoveredBytes == 0 { choice.encoding = nil }
            return choice
        }
        if windows1252Names.contains(name) { return windows1252(bytes) }
        if XMLDocumentParser.supportsEncoding(name) { return Choice(bytes: bytes, encoding: isXMLDeclaration ? nil : label, label: label) }
        var choice = utf8(bytes, claimedBy: claim)
        choice.warnings.insert("unknown charset \"\(label)\" (named by \(claim)); read as UTF-8", at: 0)
        return choice
    }

    /// A document that names no charset and is not UTF-8: UTF-8 with a few stray bytes when its well-formed
    /// multibyte characters outnumber the bytes that are not (those are read as windows-1252), else windows-1252.
    private static func guess(_ bytes: [UInt8], document: String) -> Choice {
        let repair = UTF8Repair.repair(bytes)
        guard repair.multibyte > repair.reinterpreted else {
            var choice = windows1252(bytes)
            choice.warnings.insert("charset guessed: the \(document) declares none and is not UTF-8, read as windows-1252", at: 0)
            return choice
        }
        return Choice(bytes: repair.utf8, encoding: "UTF-8",
                      warnings: ["charset guessed: the \(document) declares none and is UTF-8 but for \(byteCount(repair.reinterpreted)), "
                        + "read as windows-1252"],
                      recoveredBytes: repair.reinterpreted)
    }

    /// UTF-8 that claims to be (by `claim`): as it is when it is; else each byte that is not read as windows-1252.
    private static func utf8(_ bytes: [UInt8], claimedBy claim: String) -> Choice {
        if isValidUTF8(bytes) { return Choice(bytes: bytes, encoding: "UTF-8") }
        let repair = UTF8Repair.repair(bytes)
        return Choice(bytes: repair.utf8, encoding: "UTF-8",
                      warnings: ["\(byteCount(repair.reinterpreted)) not UTF-8 (though \(claim) says UTF-8), read as windows-1252"],
                      recoveredBytes: repair.reinterpreted)
    }

    /// windows-1252 decoded to UTF-8 here; the five bytes it leaves undefined are kept as C1 control characters.
    private static func windows1252(_ bytes: [UInt8]) -> Choice {
        let (utf8, undefined) = Windows1252.decode(bytes)
        var choice = Choice(bytes: utf8, encoding: "UTF-8")
        if undefined > 0 {
            choice.warnings.append("\(byteCount(undefined)) (0x81, 0x8D, 0x8F, 0x90 or 0x9D) undefined in windows-1252, "
                + "kept as control characters")
        }
        return choice
    }

    /// UTF-32 transcoded to UTF-8 here; a unit that is no character becomes U+FFFD.
    private static func utf32(_ bytes: [UInt8], order: UTF32.ByteOrder, hasBOM: Bool) -> Choice {
        let (utf8, replaced) = UTF32.decode(bytes, order: order, hasBOM: hasBOM)
        var choice = Choice(bytes: utf8, encoding: "UTF-8", droppedBytes: replaced * 4)
        if replaced > 0 { choice.warnings.append("\(replaced) UTF-32 units are no character and were replaced with �") }
        return choice
    }

    /// "1 byte", "3 bytes".
    private static func byteCount(_ count: Int) -> String { count == 1 ? "1 byte" : "\(count) bytes" }

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

    /// The names UTF-8 goes by in declarations and headers.
    private static let utf8Names: Set<String> = ["utf-8", "utf8"]
    /// windows-1252, and ISO-8859-1 and ASCII by their usual names: read as windows-1252, which is what such documents
    /// hold in practice.
    private static let windows1252Names: Set<String> = [
        "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "latin1", "latin-1", "l1", "iso8859-1", "iso_8859-1", "us-ascii", "ascii",
    ]

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
