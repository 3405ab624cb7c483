import WebcareCore

/// Reads the lexicons compiled in as "entry<TAB>valence" lines (LexiconDutch.swift, LexiconEnglish.swift).
enum Lexicon {
    /// Calls `body` with each entry, folded (lowercase, accents removed), and its valence, in source order;
    /// lines that don't parse are skipped. Works on the source's UTF-8 bytes without copying them: the built-in
    /// lexicons are read at every start.
    static func read(_ source: String, _ body: (UnsafeBufferPointer<UInt8>, Double) -> Void) {
        var source = source
        source.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 1024) { scratch in
                var lineStart = 0
                while lineStart < bytes.count {
                    var lineEnd = lineStart
                    while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
                    defer { lineStart = lineEnd + 1 }
                    var tab = lineStart
                    var isASCII = true
                    while tab < lineEnd, bytes[tab] != 0x09 {
                        if bytes[tab] >= 0x80 { isASCII = false }
                        tab += 1
                    }
                    guard tab < lineEnd, let value = valence(UnsafeBufferPointer(rebasing: bytes[(tab + 1)..<lineEnd])) else { continue }
                    let entry = UnsafeBufferPointer(rebasing: bytes[lineStart..<tab])
                    if isASCII && entry.count <= scratch.count {
                        for (index, byte) in entry.enumerated() { scratch[index] = byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }
                        body(UnsafeBufferPointer(rebasing: scratch[0..<entry.count]), value)
                    } else {
                        foldedEntry(Array(entry)).withUnsafeBufferPointer { body($0, value) }
                    }
                }
            }
        }
    }

    /// An entry folded as text is: lowercase, accents removed.
    static func foldedEntry(_ entry: [UInt8]) -> [UInt8] {
        if entry.allSatisfy({ $0 < 0x80 }) { return entry.map { $0 >= 0x41 && $0 <= 0x5A ? $0 + 32 : $0 } }
        return TextFolding.foldedBytes(String(decoding: entry, as: UTF8.self))
    }

    /// A valence such as "-2.5", with spaces around it allowed. Plain decimals are read by hand (exactly as
    /// `Double("…")` would: one correctly rounded division), anything else by `Double`.
    static func valence(_ text: UnsafeBufferPointer<UInt8>) -> Double? {
        var start = 0, end = text.count
        while start < end, text[start] == 0x20 { start += 1 }
        while end > start, text[end - 1] == 0x20 || text[end - 1] == 0x0D { end -= 1 }
        var index = start
        let isNegative = index < end && text[index] == 0x2D
        if isNegative { index += 1 }
        var mantissa: Int64 = 0, digits = 0, decimals = 0, isFraction = false
        while index < end {
            let byte = text[index]
            if byte == 0x2E, !isFraction, digits > 0 {
                isFraction = true
            } else if byte >= 0x30, byte <= 0x39, digits < 15 {
                mantissa = mantissa * 10 + Int64(byte - 0x30)
                digits += 1
                if isFraction { decimals += 1 }
            } else {
                break
            }
            index += 1
        }
        guard index == end, digits > 0, !isFraction || decimals > 0 else {
            return Double(String(decoding: UnsafeBufferPointer(rebasing: text[start..<end]), as: UTF8.self))
        }
        let value = Double(mantissa) / powersOfTen[decimals]
        return isNegative ? -value : value
    }

    private static let powersOfTen: [Double] = (0...15).map { power in (0..<power).reduce(1.0) { value, _ in value * 10 } }
}
