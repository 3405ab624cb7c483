import Foundation
import WebcareXML

/// Turns HTML (or plain text with entities) into plain text: tags stripped, script and style dropped,
/// block elements turned into line breaks, every HTML5 named and numeric character reference decoded,
/// whitespace collapsed. Works on UTF-8 bytes; never fails.
public enum HTMLText {
    /// Plain text of an HTML fragment, lines separated by "\n", no empty lines.
    public static func plainText(_ html: String) -> String {
        var html = html
        return html.withUTF8 { bytes in
            // Fast path: nothing to strip or decode, only whitespace to tidy.
            guard let base = bytes.baseAddress else { return "" }
            if memchr(base, Int32(UInt8(ascii: "<")), bytes.count) == nil, memchr(base, Int32(UInt8(ascii: "&")), bytes.count) == nil {
                return collapse(bytes)
            }
            return convert(Array(bytes)).withUnsafeBufferPointer(collapse)
        }
    }

    /// Plain text of an element of a parsed HTML or XHTML tree (text already decoded): script and style dropped,
    /// block elements on lines of their own, cells apart, whitespace collapsed.
    static func plainText(of element: XMLElement) -> String {
        var out = ""
        appendText(of: element, to: &out)
        return collapse(out)
    }

    private static func appendText(of element: XMLElement, to out: inout String) {
        for child in element.children {
            switch child {
            case .text(let text):
                out += text
            case .element(let inner):
                let name = inner.name.lowercased()
                if droppedElements.contains(name) { continue }
                let isBlock = blockElements.contains(name)
                out += isBlock ? "\n" : cellElements.contains(name) ? " " : ""
                appendText(of: inner, to: &out)
                if isBlock { out += "\n" }
            }
        }
    }

    /// The same text on one line (for titles).
    public static func singleLine(_ html: String) -> String {
        plainText(html).split(separator: "\n").joined(separator: " ")
    }

    private static let blockElements: Set<String> = [
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "fieldset", "figcaption",
        "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
        "ol", "p", "pre", "section", "table", "tr", "ul", "caption", "details", "summary",
    ]
    private static let cellElements: Set<String> = ["td", "th"]
    private static let droppedElements: Set<String> = ["script", "style", "noscript", "template", "head", "title", "iframe", "svg", "object"]

    private static func convert(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<") {
                // Comment
                if index + 3 < count, bytes[index + 1] == UInt8(ascii: "!"), bytes[index + 2] == UInt8(ascii: "-"), bytes[index + 3] == UInt8(ascii: "-") {
                    index = find(Array("-->".utf8), in: bytes, from: index + 4).map { $0 + 3 } ?? count
                    continue
                }
                guard let (name, isClosing, end) = tag(in: bytes, at: index) else {
                    out.append(byte) // a lone "<", as in "a < b"
                    index += 1
                    continue
                }
                index = end
                if !isClosing, droppedElements.contains(name) {
                    let closing = Array("</\(name)".utf8)
                    if let close = findCaseInsensitive(closing, in: bytes, from: index) {
                        index = bytes[close...].firstIndex(of: UInt8(ascii: ">")).map { $0 + 1 } ?? count
                    } else {
                        index = count
                    }
                    continue
                }
                if blockElements.contains(name) { out.append(UInt8(ascii: "\n")) }
                else if cellElements.contains(name) { out.append(UInt8(ascii: " ")) }
                continue
            }
            if byte == UInt8(ascii: "&"), let (decoded, next) = entity(in: bytes, at: index) {
                out.append(contentsOf: decoded.utf8)
                index = next
                continue
            }
            // Copy the run of plain bytes up to the next tag or reference in one go.
            var end = index + 1
            while end < count, bytes[end] != UInt8(ascii: "<"), bytes[end] != UInt8(ascii: "&") { end += 1 }
            out.append(contentsOf: bytes[index..<end])
            index = end
        }
        return out
    }

    /// Reads a tag starting at "<": its lowercased name, whether it closes, and the index after ">".
    private static func tag(in bytes: [UInt8], at start: Int) -> (String, Bool, Int)? {
        var index = start + 1
        var isClosing = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "/") { isClosing = true; index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "!") || bytes[index] == UInt8(ascii: "?") {
            // <!DOCTYPE …>, <?xml …?>
            guard let end = bytes[index...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
            return ("!", false, end + 1)
        }
        // A tag name starts with a letter, as in browsers: "ik <3 Telvio" and "<50%" are text.
        guard index < bytes.count, isLetter(bytes[index]) else { return nil }
        let nameStart = index
        while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
        // Skip attributes, honouring quotes so a ">" inside one doesn't end the tag.
        return (name, isClosing, tagEnd(in: bytes, from: index).map { $0 + 1 } ?? bytes.count)
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x3A
    }

    /// Decodes a character reference at "&": the text and the index after it, or nil when it isn't one.
    static func entity(in bytes: [UInt8], at start: Int) -> (String, Int)? {
        var index = start + 1
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: "#") {
            index += 1
            var isHex = false
            if index < bytes.count, bytes[index] == UInt8(ascii: "x") || bytes[index] == UInt8(ascii: "X") { isHex = true; index += 1 }
            var value: UInt32 = 0
            let digitsStart = index
            while index < bytes.count, index - digitsStart < 8 {
                let byte = bytes[index]
                let digit: UInt32
                switch byte {
                case 0x30...0x39: digit = UInt32(byte - 0x30)
                case 0x61...0x66 where isHex: digit = UInt32(byte - 0x61 + 10)
                case 0x41...0x46 where isHex: digit = UInt32(byte - 0x41 + 10)
                default: digit = 99
                }
                if digit == 99 { break }
                value = value * (isHex ? 16 : 10) + digit
                index += 1
            }
            guard index > digitsStart else { return nil }
            if index < bytes.count, bytes[index] == UInt8(ascii: ";") { index += 1 }
            return (String(numericReference(value)), index)
        }
        let nameStart = index
        while index < bytes.count, index - nameStart < 32, isAlphanumeric(bytes[index]) { index += 1 }
        guard index > nameStart else { return nil }
        let name = String(decoding: bytes[nameStart..<index], as: UTF8.self)
        if index < bytes.count, bytes[index] == UInt8(ascii: ";"), let value = HTMLEntities.named[name + ";"] {
            return (value, index + 1)
        }
        // Legacy names without ";" (&amp, &eacute), longest first.
        var length = name.count
        while length >= 2 {
            let candidate = String(name.prefix(length))
            if let value = HTMLEntities.named[candidate] { return (value, nameStart + length) }
            length -= 1
        }
        return nil
    }

    private static func numericReference(_ value: UInt32) -> Character {
        // The windows-1252 range that HTML maps numeric references in 0x80–0x9F to.
        let windows1252: [UInt32: UInt32] = [
            0x80: 0x20AC, 0x82: 0x201A, 0x83: 0x0192, 0x84: 0x201E, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
            0x88: 0x02C6, 0x89: 0x2030, 0x8A: 0x0160, 0x8B: 0x2039, 0x8C: 0x0152, 0x8E: 0x017D, 0x91: 0x2018,
            0x92: 0x2019, 0x93: 0x201C, 0x94: 0x201D, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02DC,
            0x99: 0x2122, 0x9A: 0x0161, 0x9B: 0x203A, 0x9C: 0x0153, 0x9E: 0x017E, 0x9F: 0x0178,
        ]
        let mapped = windows1252[value] ?? value
        if mapped == 0 { return "\u{FFFD}" }
        return Unicode.Scalar(mapped).map(Character.init) ?? "\u{FFFD}"
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private static func findCaseInsensitive(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        let lower = needle.map(lowercase)
        var index = start
        while index + lower.count <= bytes.count {
            var matches = true
            for offset in 0..<lower.count where lowercase(bytes[index + offset]) != lower[offset] { matches = false; break }
            if matches { return index }
            index += 1
        }
        return nil
    }

    private static func lowercase(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }

    /// Collapses runs of spaces and tabs, trims lines, and drops empty ones. Non-breaking and other
    /// Unicode spaces count as spaces. Works on UTF-8 bytes.
    static func collapse(_ text: String) -> String {
        var text = text
        return text.withUTF8(collapse)
    }

    /// `collapse` on UTF-8 bytes, written straight into the new string's storage.
    static func collapse(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        String(unsafeUninitializedCapacity: max(1, bytes.count)) { out in
            var written = 0
            var lineHasText = false
            var pendingSpace = false
            var pendingBreak = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                // Most bytes are visible characters: a whole run of them goes out in one copy.
                if byte > 0x20, byte != 0xC2, byte != 0xE2 {
                    if pendingBreak { out[written] = 0x0A; written += 1; pendingBreak = false }
                    if pendingSpace { out[written] = 0x20; written += 1; pendingSpace = false }
                    var end = index + 1
                    while end < bytes.count, bytes[end] > 0x20, bytes[end] != 0xC2, bytes[end] != 0xE2 { end += 1 }
                    let run = end - index
                    (out.baseAddress! + written).update(from: bytes.baseAddress! + index, count: run)
                    written += run
                    lineHasText = true
                    index = end
                    continue
                }
                var spaceLength = 0
                var isBreak = false
                switch byte {
                case 0x0A, 0x0D: spaceLength = 1; isBreak = true
                case 0x20, 0x09, 0x0B, 0x0C: spaceLength = 1
                case 0xC2 where index + 1 < bytes.count && bytes[index + 1] == 0xA0: spaceLength = 2
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80:
                    switch bytes[index + 2] {
                    case 0xA8, 0xA9: spaceLength = 3; isBreak = true
                    case 0x87, 0xAF, 0x8B: spaceLength = 3
                    default: break
                    }
                default: break
                }
                if spaceLength > 0 {
                    if isBreak { if lineHasText { pendingBreak = true }; pendingSpace = false; lineHasText = false }
                    else if lineHasText { pendingSpace = true }
                    index += spaceLength
                    continue
                }
                if pendingBreak { out[written] = 0x0A; written += 1; pendingBreak = false }
                if pendingSpace { out[written] = 0x20; written += 1; pendingSpace = false }
                out[written] = byte
                written += 1
                lineHasText = true
                index += 1
            }
            return written
        }
    }
}

/// The index of the ">" that ends the tag whose attributes start at `start`, skipping quoted attribute values
/// (a ">" inside one does not end the tag); nil when the document ends first.
func tagEnd(in bytes: [UInt8], from start: Int) -> Int? {
    var quote: UInt8? = nil
    var index = start
    while index < bytes.count {
        let byte = bytes[index]
        if let open = quote {
            if byte == open { quote = nil }
        } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
            quote = byte
        } else if byte == UInt8(ascii: ">") {
            return index
        }
        index += 1
    }
    return nil
}

/// The HTML5 named character references, read once from the generated table.
enum HTMLEntities {
    static let named: [String: String] = {
        var table: [String: String] = [:]
        table.reserveCapacity(2300)
        for line in htmlEntityTable.split(separator: "\n") {
            guard let space = line.firstIndex(of: " ") else { continue }
            let name = String(line[..<space])
            var value = ""
            for hex in line[line.index(after: space)...].split(separator: "+") {
                if let code = UInt32(hex, radix: 16), let scalar = Unicode.Scalar(code) { value.unicodeScalars.append(scalar) }
            }
            table[name] = value
        }
        return table
    }()
}
