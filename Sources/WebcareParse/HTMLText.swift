import Foundation
import WebcareXML

/// Turns HTML (or plain text with entities) into plain text: tags stripped, script and style dropped,
/// block elements turned into line breaks, every HTML5 named and numeric character reference decoded,
/// whitespace collapsed. Works on UTF-8 bytes; never fails.
public enum HTMLText {
    /// Plain text of an HTML fragment, lines separated by "\n", no empty lines.
    public static func plainText(_ html: String) -> String {
        var html = html
        return html.withUTF8 { plainText($0) }
    }

    /// Plain text of an HTML fragment given as UTF-8 (an element's text, read where the tree keeps it).
    static func plainText(_ html: UnsafeBufferPointer<UInt8>) -> String {
        var text = CollapsedText(capacity: html.count)
        convert(html, into: &text)
        return text.string
    }

    /// Plain text of the HTML an element holds as text (escaped or in CDATA, as RSS and Atom carry it), or nil when
    /// the element is missing or holds only white space. The same as `plainText(nonEmpty(element.text))`, but
    /// text that needs no trimming (it starts and ends with a visible ASCII character, as nearly all does) is
    /// read from the tree's own bytes, without a String of the HTML.
    static func plainText(ofHTMLIn element: XMLElement?) -> String? {
        guard let element else { return nil }
        let direct: String? = element.withTextBytes { html in
            guard let first = html.first, let last = html.last, first > 0x20, first < 0x7F, last > 0x20, last < 0x7F else { return nil }
            return plainText(html)
        }
        return direct ?? nonEmpty(element.text).map(plainText)
    }

    /// Plain text of an element of a parsed HTML or XHTML tree (text already decoded): script and style dropped,
    /// block elements on lines of their own, cells apart, whitespace collapsed.
    static func plainText(of element: XMLElement) -> String {
        var text = CollapsedText(capacity: 256)
        appendText(of: element, to: &text)
        return text.string
    }

    private static func appendText(of element: XMLElement, to text: inout CollapsedText) {
        for child in element.children {
            switch child {
            case .text(let string):
                text.append(string)
            case .element(let inner):
                let kind = tagKinds[inner.name.lowercased()]
                if kind == .dropped { continue }
                if kind == .block { text.append(lineBreak) } else if kind == .cell { text.append(space) }
                appendText(of: inner, to: &text)
                if kind == .block { text.append(lineBreak) }
            }
        }
    }

    /// The same text on one line (for titles).
    public static func singleLine(_ html: String) -> String {
        joinedLines(plainText(html))
    }

    /// Text that `plainText` or `collapse` made, on one line: its lines joined with spaces. Such text has no empty
    /// lines and no "\r", so this is `split(separator: "\n").joined(separator: " ")` done on bytes.
    static func joinedLines(_ text: String) -> String {
        var storage = text
        let joined: String? = storage.withUTF8 { bytes in
            guard let base = bytes.baseAddress, memchr(base, 0x0A, bytes.count) != nil else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count) { out in
                for (index, byte) in bytes.enumerated() { out[index] = byte == 0x0A ? 0x20 : byte }
                return bytes.count
            }
        }
        return joined ?? text
    }

    /// How an element counts in the text: on lines of its own, apart from its neighbours (table cells), or not
    /// at all (scripts, styles, what a browser does not show as text).
    private enum TagKind {
        case block, cell, dropped
    }

    private static let tagKinds: [String: TagKind] = {
        var kinds: [String: TagKind] = [:]
        for name in ["address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "fieldset", "figcaption",
                     "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li", "main", "nav",
                     "ol", "p", "pre", "section", "table", "tr", "ul", "caption", "details", "summary"] { kinds[name] = .block }
        for name in ["td", "th"] { kinds[name] = .cell }
        for name in ["script", "style", "noscript", "template", "head", "title", "iframe", "svg", "object", "embed", "applet"] {
            kinds[name] = .dropped
        }
        return kinds
    }()

    private static let lineBreak: StaticString = "\n"
    private static let space: StaticString = " "

    /// Writes the text of the HTML in `bytes` into `text`: tags and comments left out (a block element's tag as a
    /// line break, a cell's as a space), script and style dropped with their content, references decoded. An element
    /// dropped with its content that is self-closed (`<svg/>`) or never closed drops only its tag: the text after it
    /// stays.
    private static func convert(_ bytes: UnsafeBufferPointer<UInt8>, into text: inout CollapsedText) {
        let count = bytes.count
        var index = 0
        // The dropped elements found without an end tag: a later one of the same name has none either.
        var unclosed = UnclosedNames()
        // Where the next "<" and "&" are (or `count`): text up to the nearer one goes out in one piece.
        var nextTag = position(of: UInt8(ascii: "<"), in: bytes, from: 0)
        var nextReference = position(of: UInt8(ascii: "&"), in: bytes, from: 0)
        while index < count {
            if nextTag < index { nextTag = position(of: UInt8(ascii: "<"), in: bytes, from: index) }
            if nextReference < index { nextReference = position(of: UInt8(ascii: "&"), in: bytes, from: index) }
            let stop = min(nextTag, nextReference)
            if index < stop {
                text.append(UnsafeBufferPointer(rebasing: bytes[index..<stop]))
                index = stop
                continue
            }
            if index == nextReference {
                if let (decoded, next) = entity(in: bytes, at: index) {
                    text.append(decoded)
                    index = next
                } else {
                    text.append(UnsafeBufferPointer(rebasing: bytes[index..<(index + 1)]))
                    index += 1
                }
                continue
            }
            // A comment.
            if index + 3 < count, bytes[index + 1] == UInt8(ascii: "!"), bytes[index + 2] == UInt8(ascii: "-"), bytes[index + 3] == UInt8(ascii: "-") {
                index = find(Array("-->".utf8), in: bytes, from: index + 4).map { $0 + 3 } ?? count
                continue
            }
            guard let (name, isClosing, end) = tag(in: bytes, at: index) else {
                // A lone "<", as in "a < b".
                text.append(UnsafeBufferPointer(rebasing: bytes[index..<(index + 1)]))
                index += 1
                continue
            }
            index = end
            switch tagKind(UnsafeBufferPointer(rebasing: bytes[name])) {
            case .dropped? where !isClosing && bytes[end - 2] != UInt8(ascii: "/"):
                let nameBytes = bytes[name].map(lowercase)
                guard !unclosed.contains(nameBytes),
                      let close = findCaseInsensitive(Array("</".utf8) + nameBytes, in: bytes, from: index) else {
                    unclosed.insert(nameBytes)
                    continue
                }
                index = UnsafeBufferPointer(rebasing: bytes[close...]).firstIndex(of: UInt8(ascii: ">")).map { close + $0 + 1 } ?? count
            case .block?: text.append(lineBreak)
            case .cell?: text.append(space)
            default: break
            }
        }
    }

    /// The index of the first `byte` in `bytes` at or after `start`, or `bytes.count`.
    private static func position(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        guard start < bytes.count, let base = bytes.baseAddress,
              let found = memchr(base + start, Int32(byte), bytes.count - start) else { return bytes.count }
        return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
    }

    /// Reads a tag starting at "<": where its name is (as written; empty for "<!…>" and "<?…>"), whether it closes,
    /// and the index after ">".
    private static func tag(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (name: Range<Int>, isClosing: Bool, end: Int)? {
        var index = start + 1
        var isClosing = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "/") { isClosing = true; index += 1 }
        if index < bytes.count, bytes[index] == UInt8(ascii: "!") || bytes[index] == UInt8(ascii: "?") {
            // <!DOCTYPE …>, <?xml …?>
            guard let end = UnsafeBufferPointer(rebasing: bytes[index...]).firstIndex(of: UInt8(ascii: ">")) else { return nil }
            return (index..<index, false, index + end + 1)
        }
        // A tag name starts with a letter, as in browsers: "ik <3 Telvio" and "<50%" are text.
        guard index < bytes.count, isLetter(bytes[index]) else { return nil }
        let nameStart = index
        while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
        // Skip attributes, honouring quotes so a ">" inside one doesn't end the tag.
        return (nameStart..<index, isClosing, tagEnd(in: bytes, from: index).map { $0 + 1 } ?? bytes.count)
    }

    /// Names (lowercased) of dropped elements that have no end tag after some point of the text.
    private struct UnclosedNames {
        private var names: [[UInt8]] = []
        func contains(_ name: [UInt8]) -> Bool { names.contains(name) }
        mutating func insert(_ name: [UInt8]) { names.append(name) }
    }

    /// The kind of the tag with this name, in any case, read from its bytes: a description holds a tag every few
    /// words, and making a String of each name to look it up in `tagKinds` cost more than the rest of the tag.
    /// Names of up to eight letters are packed into one integer, lowercased; the two longer names are compared.
    private static func tagKind(_ name: UnsafeBufferPointer<UInt8>) -> TagKind? {
        guard !name.isEmpty else { return nil }
        guard name.count <= 8 else {
            return tagKindsLongerThanEight.first { $0.name.count == name.count && zip($0.name, name).allSatisfy { $0 == lowercase($1) } }?.kind
        }
        var packed: UInt64 = 0
        for byte in name.reversed() { packed = packed << 8 | UInt64(lowercase(byte)) }
        return tagKindsByPackedName[packed]
    }

    private static let tagKindsByPackedName: [UInt64: TagKind] = {
        var kinds: [UInt64: TagKind] = [:]
        for (name, kind) in tagKinds where name.utf8.count <= 8 {
            kinds[name.utf8.reversed().reduce(0) { $0 << 8 | UInt64($1) }] = kind
        }
        return kinds
    }()

    private static let tagKindsLongerThanEight: [(name: [UInt8], kind: TagKind)] =
        tagKinds.filter { $0.key.utf8.count > 8 }.map { (Array($0.key.utf8), $0.value) }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == 0x2D || byte == 0x3A
    }

    /// Decodes a character reference at "&": the text and the index after it, or nil when it isn't one.
    static func entity(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (String, Int)? {
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
        let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[nameStart..<index]), as: UTF8.self)
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
        // HTML maps numeric references in 0x80–0x9F to windows-1252 ("&#146;" is ’).
        if let punctuation = Windows1252.punctuation(forC1: value) { return Character(punctuation) }
        if value == 0 { return "\u{FFFD}" }
        return Unicode.Scalar(value).map(Character.init) ?? "\u{FFFD}"
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
    }

    private static func find(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard needle.count <= bytes.count else { return nil }
        var index = start
        while index + needle.count <= bytes.count {
            if bytes[index] == needle[0], bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }

    private static func findCaseInsensitive(_ needle: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
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
    /// Unicode spaces count as spaces.
    static func collapse(_ text: String) -> String {
        var collapsed = CollapsedText(capacity: text.utf8.count)
        collapsed.append(text)
        return collapsed.string
    }
}

/// Text written in pieces with its white space collapsed as it comes: runs of spaces and tabs become one space,
/// lines are trimmed and empty ones dropped; non-breaking and other Unicode spaces count as spaces, U+2028 and
/// U+2029 as line breaks; C1 control characters become the windows-1252 character of their number. Works on UTF-8
/// bytes; each piece must hold whole characters.
struct CollapsedText {
    private var bytes: [UInt8] = []
    private var lineHasText = false
    private var pendingSpace = false
    private var pendingBreak = false

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// The text so far.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    mutating func append(_ text: String) {
        var text = text
        text.withUTF8 { append($0) }
    }

    mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { append($0) }
    }

    mutating func append(_ piece: UnsafeBufferPointer<UInt8>) {
        var index = 0
        while index < piece.count {
            let byte = piece[index]
            // Most bytes are visible characters with single spaces between words: a whole run of them goes out in
            // one copy. 0xC2 and 0xE2 (the same with bit 5 set) may start a Unicode space; they end a run.
            if byte > 0x20, byte | 0x20 != 0xE2 {
                writePending()
                var end = index + 1
                while end < piece.count {
                    let next = piece[end]
                    if end + 8 <= piece.count, Self.isPlain(UnsafeRawPointer(piece.baseAddress! + end).loadUnaligned(as: UInt64.self)) {
                        end += 8
                    } else if next > 0x20, next | 0x20 != 0xE2 {
                        end += 1
                    } else if next == 0x20, end + 1 < piece.count, piece[end + 1] > 0x20, piece[end + 1] | 0x20 != 0xE2 {
                        end += 2
                    } else {
                        break
                    }
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: piece[index..<end]))
                lineHasText = true
                index = end
                continue
            }
            var spaceLength = 0
            var isBreak = false
            switch byte {
            case 0x0A, 0x0D: spaceLength = 1; isBreak = true
            case 0x20, 0x09, 0x0B, 0x0C: spaceLength = 1
            case 0xC2 where index + 1 < piece.count && piece[index + 1] == 0xA0: spaceLength = 2
            case 0xE2 where index + 2 < piece.count && piece[index + 1] == 0x80:
                switch piece[index + 2] {
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
            writePending()
            // A C1 control character (C2 80–C2 9F) is windows-1252 text that went through a Latin-1 decoder: the
            // character windows-1252 has there ("don\u{92}t" is "don’t").
            if byte == 0xC2, index + 1 < piece.count, piece[index + 1] & 0xE0 == 0x80,
               let punctuation = Windows1252.punctuation(forC1: UInt32(piece[index + 1])) {
                bytes.append(contentsOf: punctuation.utf8)
                lineHasText = true
                index += 2
                continue
            }
            bytes.append(byte)
            lineHasText = true
            index += 1
        }
    }

    /// Whether eight bytes (read from memory as they lie) are visible ASCII characters with single spaces between
    /// them, the last one not a space: text a run can take whole, after a visible character. Bytes from 0x80 up
    /// say no too; the byte-by-byte loop looks at them.
    private static func isPlain(_ word: UInt64) -> Bool {
        let bytes = UInt64(littleEndian: word)
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        guard bytes & highBits == 0 else { return false }
        // Below 0x80, adding 0x5F to a byte carries into its high bit exactly when the byte is 0x21 or more; the
        // same with the byte XOR 0x20 and 0x7F marks every byte but a space.
        let visible = (bytes &+ ones &* 0x5F) & highBits
        let notSpace = ((bytes ^ (ones &* 0x20)) &+ ones &* 0x7F) & highBits
        let spaces = ~notSpace & highBits
        // Every byte visible or a space, no two spaces side by side, and no space last.
        return visible | spaces == highBits && spaces & (spaces >> 8) == 0 && spaces >> 63 == 0
    }

    /// The line break or space the text before asked for, now that visible text follows.
    private mutating func writePending() {
        if pendingBreak { bytes.append(0x0A); pendingBreak = false }
        if pendingSpace { bytes.append(0x20); pendingSpace = false }
    }
}

/// The index of the ">" that ends the tag whose attributes start at `start`, skipping quoted attribute values
/// (a ">" inside one does not end the tag); nil when the document ends first. As in browsers, a quote opens a
/// quoted value only right after "=" (spaces allowed between): one inside an unquoted value or a name
/// (`<a href=x"y>`) is an ordinary byte. A quoted value that never closes ends at the first ">" after its quote.
func tagEnd<Bytes: RandomAccessCollection<UInt8>>(in bytes: Bytes, from start: Int) -> Int? where Bytes.Index == Int {
    var quote: UInt8? = nil
    var quoteStart = 0
    var afterEquals = false
    var index = start
    while index < bytes.endIndex {
        let byte = bytes[index]
        if let open = quote {
            if byte == open { quote = nil }
        } else if byte == UInt8(ascii: ">") {
            return index
        } else if byte == UInt8(ascii: "=") {
            afterEquals = true
        } else if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
            // Spaces keep "=" waiting for its value.
        } else {
            if afterEquals, byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
                quoteStart = index
            }
            afterEquals = false
        }
        index += 1
    }
    guard quote != nil else { return nil }
    // The quote never closed: the tag ends at the first ">" after it.
    var fallback = quoteStart + 1
    while fallback < bytes.endIndex, bytes[fallback] != UInt8(ascii: ">") { fallback += 1 }
    return fallback < bytes.endIndex ? fallback : nil
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
