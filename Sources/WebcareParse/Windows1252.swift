/// windows-1252, the charset of most Dutch feeds that are not UTF-8, decoded in Swift rather than by libxml2's
/// iconv converter, which stops at the five bytes windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D) and
/// drops the rest of the document. Here those five become the C1 control characters of the same number, as the
/// WHATWG encoding standard decodes them: every byte of a document becomes a character, and nothing is lost.
/// ISO-8859-1 and ASCII are read the same way (windows-1252 is their superset where it matters: € ’ “ in 0x80–0x9F).
enum Windows1252 {
    /// The characters of 0x80–0x9F; the five undefined bytes keep their own code point (a C1 control character).
    static let high: [UInt16] = [
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
    ]

    /// Whether windows-1252 leaves the byte undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D).
    static func isUndefined(_ byte: UInt8) -> Bool {
        byte & 0xE0 == 0x80 && high[Int(byte) - 0x80] == UInt16(byte)
    }

    /// The character a byte stands for in windows-1252.
    static func scalar(of byte: UInt8) -> Unicode.Scalar {
        Unicode.Scalar(byte >= 0x80 && byte <= 0x9F ? UInt32(high[Int(byte) - 0x80]) : UInt32(byte))!
    }

    /// The windows-1252 character a C1 control character (U+0080–U+009F) stands for when text that was windows-1252
    /// went through a Latin-1 decoder on its way ("don\u{92}t" is "don’t"); nil for the five windows-1252 leaves
    /// undefined, and for anything outside U+0080–U+009F.
    static func punctuation(forC1 value: UInt32) -> Unicode.Scalar? {
        guard value >= 0x80, value <= 0x9F else { return nil }
        let mapped = UInt32(high[Int(value) - 0x80])
        return mapped == value ? nil : Unicode.Scalar(mapped)
    }

    /// Appends the UTF-8 of the character `byte` stands for in windows-1252.
    static func appendUTF8(of byte: UInt8, to output: inout [UInt8]) {
        if byte < 0x80 {
            output.append(byte)
        } else if byte >= 0xA0 {
            output.append(0xC0 | byte >> 6)
            output.append(0x80 | byte & 0x3F)
        } else {
            appendUTF8(of: UInt32(high[Int(byte) - 0x80]), to: &output)
        }
    }

    /// Appends the UTF-8 of a code point below U+10000 (all that windows-1252 holds).
    private static func appendUTF8(of value: UInt32, to output: inout [UInt8]) {
        if value < 0x800 {
            output.append(UInt8(0xC0 | value >> 6))
            output.append(UInt8(0x80 | value & 0x3F))
        } else {
            output.append(UInt8(0xE0 | value >> 12))
            output.append(UInt8(0x80 | (value >> 6) & 0x3F))
            output.append(UInt8(0x80 | value & 0x3F))
        }
    }

    /// The document in UTF-8, and how many of its bytes windows-1252 leaves undefined (kept as C1 characters).
    /// ASCII is copied eight bytes at a step.
    static func decode(_ bytes: [UInt8]) -> (utf8: [UInt8], undefined: Int) {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 8)
        var undefined = 0
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            var index = 0
            while index < buffer.count {
                let start = index
                while index + 8 <= buffer.count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                }
                while index < buffer.count, buffer[index] < 0x80 { index += 1 }
                if index > start { output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[start..<index])) }
                guard index < buffer.count else { break }
                let byte = buffer[index]
                if isUndefined(byte) { undefined += 1 }
                appendUTF8(of: byte, to: &output)
                index += 1
            }
        }
        return (output, undefined)
    }
}
