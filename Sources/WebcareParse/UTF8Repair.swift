/// Makes UTF-8 of a document that is mostly UTF-8 but not quite: every well-formed sequence is kept as it is, and
/// every byte that starts none (a stray Latin-1 "é" written as the single byte 0xE9, a lone continuation byte, a
/// sequence cut short) is read as the windows-1252 character it would be there, instead of U+FFFD. A careful human
/// reads such a document the same way: the stray bytes are nearly always an editor's windows-1252.
enum UTF8Repair {
    /// What a repair made of a document.
    struct Result {
        /// The document in well-formed UTF-8.
        var utf8: [UInt8]
        /// The bytes that were not UTF-8 and were read as windows-1252.
        var reinterpreted: Int
        /// The well-formed sequences of two to four bytes that were kept (a document with more of these than
        /// reinterpreted bytes is UTF-8 with strays in it; one with none is windows-1252 throughout).
        var multibyte: Int
    }

    /// The document with each byte that is not part of a well-formed UTF-8 sequence read as windows-1252.
    static func repair(_ bytes: [UInt8]) -> Result {
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 16)
        var reinterpreted = 0, multibyte = 0
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            let raw = UnsafeRawPointer(base)
            var index = 0
            var runStart = 0
            while index < buffer.count {
                while index + 8 <= buffer.count, raw.loadUnaligned(fromByteOffset: index, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    index += 8
                }
                guard index < buffer.count else { break }
                if buffer[index] < 0x80 {
                    index += 1
                    continue
                }
                let length = sequenceLength(buffer, at: index)
                if length > 0 {
                    multibyte += 1
                    index += length
                    continue
                }
                // Well-formed bytes so far go out in one piece; this one as windows-1252.
                output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<index]))
                Windows1252.appendUTF8(of: buffer[index], to: &output)
                reinterpreted += 1
                index += 1
                runStart = index
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: buffer[runStart..<buffer.count]))
        }
        return Result(utf8: output, reinterpreted: reinterpreted, multibyte: multibyte)
    }

    /// The length of the well-formed UTF-8 sequence of two to four bytes that starts at `index` (no overlong forms,
    /// no surrogates, nothing past U+10FFFF), or 0 when none starts there.
    static func sequenceLength(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        func isContinuation(_ offset: Int) -> Bool { index + offset < buffer.count && buffer[index + offset] & 0xC0 == 0x80 }
        let lead = buffer[index]
        let (length, low, high): (Int, UInt8, UInt8)
        switch lead {
        case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
        // E0 needs A0–BF second (shorter forms are overlong), ED needs 80–9F (above are surrogates).
        case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
        case 0xED: (length, low, high) = (3, 0x80, 0x9F)
        case 0xE1...0xEF: (length, low, high) = (3, 0x80, 0xBF)
        // F0 needs 90–BF second (shorter forms are overlong), F4 needs 80–8F (above is past U+10FFFF).
        case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
        case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
        case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
        default: return 0
        }
        guard index + 1 < buffer.count, buffer[index + 1] >= low, buffer[index + 1] <= high else { return 0 }
        for offset in 2..<length where !isContinuation(offset) { return 0 }
        return length
    }
}
