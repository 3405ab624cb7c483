/// Tells whether a feed download was cut off inside its last item. libxml2's recover mode still hands over that
/// item, with half its text and perhaps without its id; stored, it would keep the half text for good (or come back
/// under another key once the whole item arrives). So the parser drops it, and the next poll reads it whole.
/// Looks at the raw bytes from the end; ASCII-compatible encodings only (a UTF-16 document is never judged cut off).
enum CutOffItem {
    /// Whether `bytes` end inside an `itemName` element (`item`, `entry`, any prefix) that sits at the top level of
    /// its feed: the last tag of that name is a start tag, and the one before it (if any) closes an item. When the
    /// one before is also a start tag, libxml2 nested the last item inside that earlier one, which it then hands over
    /// as complete (a new item implies the end of the previous one): nothing is dropped. A document that ends with
    /// its root's end tag is never cut off.
    static func endsInsideItem(_ bytes: [UInt8], rootName: String, itemName: String) -> Bool {
        var end = bytes.count
        while end > 0, isSpace(bytes[end - 1]) { end -= 1 }
        guard end > 0 else { return false }
        if bytes[end - 1] == UInt8(ascii: ">"), let last = tag(endingBefore: end, in: bytes), last.isEnd, last.name == rootName {
            return false
        }
        var cursor = end
        var isInside = false
        while let found = previousTag(named: itemName, before: cursor, in: bytes) {
            if !isInside {
                guard found.isStart else { return false }
                isInside = true
            } else {
                return !found.isStart
            }
            cursor = found.position
        }
        return isInside
    }

    private struct Tag {
        var position: Int
        var name: Substring
        var isEnd: Bool
        var isStart: Bool
    }

    /// The last tag with this local name that starts before `limit`.
    private static func previousTag(named name: String, before limit: Int, in bytes: [UInt8]) -> Tag? {
        var index = limit - 1
        while index >= 0 {
            if bytes[index] == UInt8(ascii: "<"), let found = tag(at: index, in: bytes), found.name == name { return found }
            index -= 1
        }
        return nil
    }

    /// The tag whose ">" is at `end - 1`.
    private static func tag(endingBefore end: Int, in bytes: [UInt8]) -> Tag? {
        var index = end - 1
        while index >= 0, bytes[index] != UInt8(ascii: "<") { index -= 1 }
        return index >= 0 ? tag(at: index, in: bytes) : nil
    }

    /// The element tag starting at the "<" at `start`: its local name (prefix dropped) and whether it is an end tag
    /// or an unclosed start tag (not `<x/>`). Nil for comments, CDATA, declarations and stray "<".
    private static func tag(at start: Int, in bytes: [UInt8]) -> Tag? {
        var index = start + 1
        let isEnd = index < bytes.count && bytes[index] == UInt8(ascii: "/")
        if isEnd { index += 1 }
        let nameStart = index
        while index < bytes.count, isNameByte(bytes[index]) { index += 1 }
        guard index > nameStart else { return nil }
        var localStart = nameStart
        for position in nameStart..<index where bytes[position] == UInt8(ascii: ":") { localStart = position + 1 }
        let name = Substring(decoding: bytes[localStart..<index], as: UTF8.self)
        var isSelfClosing = false
        if !isEnd {
            // A start tag is open unless it ends in "/>"; one cut off before its ">" is open too (libxml2 makes
            // an element of it).
            if let close = tagEnd(in: bytes, from: index) { isSelfClosing = bytes[close - 1] == UInt8(ascii: "/") }
        }
        return Tag(position: start, name: name, isEnd: isEnd, isStart: !isEnd && !isSelfClosing)
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || (byte >= 0x30 && byte <= 0x39) || byte == 0x3A || byte == 0x5F
            || byte == 0x2D || byte == 0x2E || byte >= 0x80
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 }
}
