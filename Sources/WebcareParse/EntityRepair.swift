import Foundation

/// Repairs what feeds get wrong about entities before libxml2 sees the document: HTML named entities that
/// XML does not define (`&eacute;`, `&nbsp;`) become numeric references, and a bare `&` ("Tom & Jerry",
/// "R&D") becomes `&amp;`. Without this libxml2's recover mode drops them, and with them letters of the text.
/// Entities the document declares itself, CDATA sections and comments are left alone. ASCII-compatible
/// encodings only (UTF-8, ISO-8859-x, windows-1252); UTF-16 documents are returned unchanged.
///
/// Runs on every document a poll reads, so it is one pass over the bytes that copies nothing when nothing
/// needs repair (the common case), and allocates only for what it changes.
enum EntityRepair {
    private static let ampersand = UInt8(ascii: "&"), lessThan = UInt8(ascii: "<")

    static func repair(_ bytes: [UInt8]) -> [UInt8] {
        guard !isUTF16(bytes) else { return bytes }
        return bytes.withUnsafeBufferPointer { buffer -> [UInt8] in
            // Most documents only use references XML reads as they are (escaped HTML is all &lt; and &gt;):
            // jumping from "&" to "&" settles that without looking at the bytes between.
            guard needsRepair(buffer) else { return bytes }
            var out: [UInt8]? = nil
            var copied = 0
            var declared: Set<String>? = nil
            var index = 0
            let count = buffer.count
            while index < count {
                let byte = buffer[index]
                if byte != ampersand && byte != lessThan { index += 1; continue }
                if byte == lessThan {
                    index = skipRawSection(buffer, at: index) ?? index + 1
                    continue
                }
                let (replacement, next) = reference(buffer, at: index) { name in
                    if declared == nil { declared = declaredEntities(buffer) }
                    return declared!.contains(name)
                }
                guard let replacement else { index = next; continue }
                if out == nil { out = []; out!.reserveCapacity(count + 256) }
                out!.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[copied..<index]))
                out!.append(contentsOf: replacement)
                copied = next
                index = next
            }
            guard var repaired = out else { return bytes }
            repaired.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[copied..<count]))
            return repaired
        }
    }

    /// Whether some "&" starts something other than a numeric reference or one of XML's five named ones
    /// (wherever it is: one inside a CDATA section sends the document through the full pass, which skips it).
    private static func needsRepair(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = bytes.baseAddress else { return false }
        var index = 0
        while index < bytes.count {
            guard let found = memchr(base + index, Int32(ampersand), bytes.count - index) else { return false }
            let position = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
            // The usual case, &lt; or &gt; of escaped HTML, without going through `reference`.
            if position + 3 < bytes.count, bytes[position + 3] == UInt8(ascii: ";"), bytes[position + 2] == UInt8(ascii: "t"),
               bytes[position + 1] == UInt8(ascii: "l") || bytes[position + 1] == UInt8(ascii: "g") {
                index = position + 4
                continue
            }
            let (replacement, next) = reference(bytes, at: position) { _ in false }
            if replacement != nil || isNamedReference(bytes, at: position, endingAt: next) { return true }
            index = next
        }
        return false
    }

    /// Whether the reference at `start`, read up to `end`, is a named one other than XML's five (it may be
    /// declared by the document, which only the full pass checks).
    private static func isNamedReference(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, endingAt end: Int) -> Bool {
        guard start + 1 < bytes.count, bytes[start + 1] != UInt8(ascii: "#"), end - start > 2 else { return false }
        return !isXMLEntity(UnsafeBufferPointer(rebasing: bytes[(start + 1)..<(end - 1)]))
    }

    /// The reference at "&": nil and the index after it when XML can read it as it is, else what to write instead
    /// and the index after what it replaces.
    private static func reference(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int,
                                  isDeclared: (String) -> Bool) -> ([UInt8]?, Int) {
        let count = bytes.count
        var cursor = index + 1
        if cursor < count, bytes[cursor] == UInt8(ascii: "#") {
            cursor += 1
            let isHex = cursor < count && (bytes[cursor] | 0x20) == UInt8(ascii: "x")
            let isUpperHex = isHex && bytes[cursor] == UInt8(ascii: "X")
            if isHex { cursor += 1 }
            let digitsStart = cursor
            while cursor < count, isDigit(bytes[cursor], hex: isHex) { cursor += 1 }
            if cursor > digitsStart, cursor < count, bytes[cursor] == UInt8(ascii: ";") {
                // HTML reads "&#X41;" as "A"; XML knows only the lower-case "x", and libxml2 would drop it.
                guard isUpperHex else { return (nil, cursor + 1) }
                return (Array("&#x".utf8) + UnsafeBufferPointer(rebasing: bytes[digitsStart...cursor]), cursor + 1)
            }
        } else {
            while cursor < count, cursor - index <= 32, isNameByte(bytes[cursor]) { cursor += 1 }
            if cursor > index + 1, cursor < count, bytes[cursor] == UInt8(ascii: ";") {
                let nameBytes = UnsafeBufferPointer(rebasing: bytes[(index + 1)..<cursor])
                // The five XML defines (by far the most common: escaped HTML is full of &lt; and &gt;), without a string.
                if isXMLEntity(nameBytes) { return (nil, cursor + 1) }
                let name = String(decoding: nameBytes, as: UTF8.self)
                // One the document declares itself is left for libxml2.
                if isDeclared(name) { return (nil, cursor + 1) }
                if let value = HTMLEntities.named[name + ";"] {
                    var replacement: [UInt8] = []
                    for scalar in value.unicodeScalars { replacement += Array("&#\(scalar.value);".utf8) }
                    return (replacement, cursor + 1)
                }
            }
        }
        // Not a reference XML can read: keep the ampersand as text.
        return (Array("&amp;".utf8), index + 1)
    }

    /// The end of a CDATA section, comment, processing instruction or DOCTYPE starting at `start`, else nil.
    private static func skipRawSection(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> Int? {
        guard start + 1 < bytes.count else { return nil }
        let next = bytes[start + 1]
        guard next == UInt8(ascii: "!") || next == UInt8(ascii: "?") else { return nil }
        let terminator: StaticString
        if next == UInt8(ascii: "?") { terminator = "?>" }
        else if matches(bytes, at: start, "<![CDATA[") { terminator = "]]>" }
        else if matches(bytes, at: start, "<!--") { terminator = "-->" }
        else if matches(bytes, at: start, "<!DOCTYPE") {
            // Up to the end of the internal subset when the declaration opens one ("[" before its ">", quoted
            // public and system ids skipped); a later "[" (a CDATA section's) does not count.
            var cursor = start + 9
            var quote: UInt8? = nil
            while cursor < bytes.count {
                let byte = bytes[cursor]
                if let open = quote {
                    if byte == open { quote = nil }
                } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                    quote = byte
                } else if byte == UInt8(ascii: ">") || byte == UInt8(ascii: "[") {
                    break
                }
                cursor += 1
            }
            terminator = cursor < bytes.count && bytes[cursor] == UInt8(ascii: "[") ? "]>" : ">"
        } else { return nil }
        let length = terminator.utf8CodeUnitCount
        let first = terminator.utf8Start.pointee
        var index = start + 2
        while index + length <= bytes.count {
            if bytes[index] == first, matches(bytes, at: index, terminator) { return index + length }
            index += 1
        }
        return bytes.count
    }

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int, _ text: StaticString) -> Bool {
        let length = text.utf8CodeUnitCount
        guard start + length <= bytes.count else { return false }
        let pattern = text.utf8Start
        for offset in 0..<length where bytes[start + offset] != pattern[offset] { return false }
        return true
    }

    /// Names the document's internal DTD subset declares (`<!ENTITY name …>`); read only when a document uses
    /// an entity XML does not define.
    private static func declaredEntities(_ bytes: UnsafeBufferPointer<UInt8>) -> Set<String> {
        var names = Set<String>()
        var index = 0
        let limit = min(bytes.count, 64 * 1024) // declarations come first
        while index + 8 < limit {
            if bytes[index] == lessThan, matches(bytes, at: index, "<!ENTITY") {
                var cursor = index + 8
                while cursor < limit, bytes[cursor] == 0x20 || bytes[cursor] == 0x09 || bytes[cursor] == UInt8(ascii: "%") { cursor += 1 }
                let start = cursor
                while cursor < limit, isNameByte(bytes[cursor]) { cursor += 1 }
                if cursor > start { names.insert(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<cursor]), as: UTF8.self)) }
                index = cursor
            } else {
                index += 1
            }
        }
        return names
    }

    private static func isXMLEntity(_ name: UnsafeBufferPointer<UInt8>) -> Bool {
        switch name.count {
        case 2: return (name[0] == UInt8(ascii: "l") || name[0] == UInt8(ascii: "g")) && name[1] == UInt8(ascii: "t")
        case 3: return name[0] == UInt8(ascii: "a") && name[1] == UInt8(ascii: "m") && name[2] == UInt8(ascii: "p")
        case 4: return name.elementsEqual("quot".utf8) || name.elementsEqual("apos".utf8)
        default: return false
        }
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
