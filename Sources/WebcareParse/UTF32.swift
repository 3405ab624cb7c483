/// UTF-32, recognised by its byte-order mark (FF FE 00 00 little-endian, 00 00 FE FF big-endian) or, without one, by
/// the "<" a document starts with (3C 00 00 00, 00 00 00 3C), and transcoded to UTF-8 in Swift: libxml2 reads it
/// only through iconv, and then only with a byte-order mark.
enum UTF32 {
    /// The byte order of a UTF-32 document.
    enum ByteOrder {
        case littleEndian, bigEndian
    }

    /// The byte order of the document when it is UTF-32, and whether it starts with a byte-order mark; nil when it
    /// is not UTF-32.
    static func detect(_ bytes: [UInt8]) -> (order: ByteOrder, hasBOM: Bool)? {
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) { return (.littleEndian, true) }
        if bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return (.bigEndian, true) }
        if bytes.starts(with: [0x3C, 0x00, 0x00, 0x00]) { return (.littleEndian, false) }
        if bytes.starts(with: [0x00, 0x00, 0x00, 0x3C]) { return (.bigEndian, false) }
        return nil
    }

    /// The document in UTF-8 (without its byte-order mark), and how many of its four-byte units were no character
    /// (a surrogate, past U+10FFFF, or a last unit cut short) and became U+FFFD.
    static func decode(_ bytes: [UInt8], order: ByteOrder, hasBOM: Bool) -> (utf8: [UInt8], replaced: Int) {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count / 4 + 16)
        var replaced = 0
        var index = hasBOM ? 4 : 0
        while index + 4 <= bytes.count {
            let value = order == .littleEndian
                ? UInt32(bytes[index]) | UInt32(bytes[index + 1]) << 8 | UInt32(bytes[index + 2]) << 16 | UInt32(bytes[index + 3]) << 24
                : UInt32(bytes[index + 3]) | UInt32(bytes[index + 2]) << 8 | UInt32(bytes[index + 1]) << 16 | UInt32(bytes[index]) << 24
            let scalar = Unicode.Scalar(value) ?? {
                replaced += 1
                return "\u{FFFD}"
            }()
            output.append(contentsOf: scalar.utf8)
            index += 4
        }
        if index < bytes.count {
            replaced += 1
            output.append(contentsOf: [0xEF, 0xBF, 0xBD])
        }
        return (output, replaced)
    }
}
