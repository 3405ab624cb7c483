/// Repairs what feeds get wrong about entities before libxml2 sees the document: HTML named entities that
/// XML does not define (`&eacute;`, `&nbsp;`) become numeric references, and a bare `&` ("Tom & Jerry",
/// "R&D") becomes `&amp;`. Without this libxml2's recover mode drops them, and with them letters of the text.
/// Entities the document declares itself, CDATA sections and comments are left alone. ASCII-compatible
/// encodings only (UTF-8, ISO-8859-x, windows-1252); UTF-16 documents are returned unchanged.
enum EntityRepair {
    private static let xmlEntities: Set<String> = ["amp", "lt", "gt", "quot", "apos"]

    static func repair(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(UInt8(ascii: "&")), !isUTF16(bytes) else { return bytes }
        let declared = declaredEntities(bytes)
        var out: [UInt8] = []
        var changed = false
        var index = 0
        let count = bytes.count
        out.reserveCapacity(count + 64)
        while index < count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<"), let end = skipRawSection(bytes, at: index) {
                out.append(contentsOf: bytes[index..<end])
                index = end
                continue
            }
            guard byte == UInt8(ascii: "&") else {
                out.append(byte)
                index += 1
                continue
            }
            var cursor = index + 1
            if cursor < count, bytes[cursor] == UInt8(ascii: "#") {
                cursor += 1
                let isHex = cursor < count && (bytes[cursor] | 0x20) == UInt8(ascii: "x")
                if isHex { cursor += 1 }
                let digitsStart = cursor
                while cursor < count, isDigit(bytes[cursor], hex: isHex) { cursor += 1 }
                if cursor > digitsStart, cursor < count, bytes[cursor] == UInt8(ascii: ";") {
                    out.append(contentsOf: bytes[index...cursor])
                    index = cursor + 1
                    continue
                }
            } else {
                while cursor < count, cursor - index <= 32, isNameByte(bytes[cursor]) { cursor += 1 }
                if cursor > index + 1, cursor < count, bytes[cursor] == UInt8(ascii: ";") {
                    let name = String(decoding: bytes[(index + 1)..<cursor], as: UTF8.self)
                    if xmlEntities.contains(name) || declared.contains(name) {
                        out.append(contentsOf: bytes[index...cursor])
                        index = cursor + 1
                        continue
                    }
                    if let value = HTMLEntities.named[name + ";"] {
                        for scalar in value.unicodeScalars { out.append(contentsOf: Array("&#\(scalar.value);".utf8)) }
                        index = cursor + 1
                        changed = true
                        continue
                    }
                }
            }
            // Not a reference XML can read: keep the ampersand as text.
            out.append(contentsOf: Array("&amp;".utf8))
            index += 1
            changed = true
        }
        return changed ? out : bytes
    }

    /// The end of a CDATA section, comment, processing instruction or DOCTYPE starting at `start`, else nil.
    private static func skipRawSection(_ bytes: [UInt8], at start: Int) -> Int? {
        func starts(with text: String) -> Bool {
            let pattern = Array(text.utf8)
            return start + pattern.count <= bytes.count && bytes[start..<(start + pattern.count)].elementsEqual(pattern)
        }
        let terminator: String
        if starts(with: "<![CDATA[") { terminator = "]]>" }
        else if starts(with: "<!--") { terminator = "-->" }
        else if starts(with: "<?") { terminator = "?>" }
        else if starts(with: "<!DOCTYPE") {
            // Up to the end of the internal subset when the declaration opens one ("[" before its ">"), else its ">".
            terminator = hasInternalSubset(bytes, from: start) ? "]>" : ">"
        } else { return nil }
        let end = Array(terminator.utf8)
        var index = start + 2
        while index + end.count <= bytes.count {
            if bytes[index] == end[0], bytes[index..<(index + end.count)].elementsEqual(end) { return index + end.count }
            index += 1
        }
        return bytes.count
    }

    /// Whether the DOCTYPE at `start` opens an internal subset: a "[" before the declaration's ">" (quoted
    /// public and system ids skipped). A later "[" (a CDATA section's) must not count.
    private static func hasInternalSubset(_ bytes: [UInt8], from start: Int) -> Bool {
        var quote: UInt8? = nil
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: "[") {
                return true
            } else if byte == UInt8(ascii: ">") {
                return false
            }
            index += 1
        }
        return false
    }

    /// Names the document's internal DTD subset declares (`<!ENTITY name …>`).
    private static func declaredEntities(_ bytes: [UInt8]) -> Set<String> {
        let marker = Array("<!ENTITY".utf8)
        var names = Set<String>()
        var index = 0
        let limit = min(bytes.count, 64 * 1024) // declarations come first
        while index + marker.count < limit {
            if bytes[index] == marker[0], bytes[index..<(index + marker.count)].elementsEqual(marker) {
                var cursor = index + marker.count
                while cursor < limit, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 || bytes[cursor] == UInt8(ascii: "%") { cursor += 1 }
                let start = cursor
                while cursor < limit, isNameByte(bytes[cursor]) { cursor += 1 }
                if cursor > start { names.insert(String(decoding: bytes[start..<cursor], as: UTF8.self)) }
                index = cursor
            } else {
                index += 1
            }
        }
        return names
    }

    private static func isUTF16(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= 2 else { return false }
        return (bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE) || bytes[0] == 0 || bytes[1] == 0
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ".")
    }

    private static func isDigit(_ byte: UInt8, hex: Bool) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (hex && ((byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x66))
    }
}
