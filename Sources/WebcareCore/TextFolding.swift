/// Case and accent folding for matching and lexicon lookup: "Zïggo", "ZIGGO" and "ziggo" all become "ziggo";
/// ’ becomes '. Works on UTF-8 bytes with a fast path for ASCII; no Foundation, no locale.
public enum TextFolding {
    /// The folded text as UTF-8 bytes.
    public static func foldedBytes(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        var text = text
        text.withUTF8 { bytes in
            out.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte < 0x80 {
                    // A run of ASCII goes over in one copy, then is lowercased in place; both eight bytes at a time.
                    let end = asciiRunEnd(bytes, from: index + 1)
                    let start = out.count
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                    out.withUnsafeMutableBufferPointer { copied in lowercaseASCII(UnsafeMutableBufferPointer(rebasing: copied[start...])) }
                    index = end
                    continue
                }
                // Decode one multi-byte scalar.
                let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
                guard index + length <= bytes.count, length > 1 else { out.append(byte); index += 1; continue }
                var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                if let scalar = Unicode.Scalar(value) {
                    appendFolded(scalar, to: &out)
                } else {
                    out.append(contentsOf: bytes[index..<(index + length)])
                }
                index += length
            }
        }
        return out
    }

    private static let highBits: UInt64 = 0x8080_8080_8080_8080
    private static let ones: UInt64 = 0x0101_0101_0101_0101

    /// Where the run of ASCII bytes that goes on at `start` ends.
    private static func asciiRunEnd(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        let base = UnsafeRawPointer(bytes.baseAddress!)
        var end = start
        while end + 8 <= bytes.count, base.loadUnaligned(fromByteOffset: end, as: UInt64.self) & highBits == 0 { end += 8 }
        while end < bytes.count, bytes[end] < 0x80 { end += 1 }
        return end
    }

    /// Lowercases ASCII bytes in place, eight at a time: in each byte of a word, A–Z gets 0x20 added (the usual
    /// trick: adding to each 7-bit byte sets its high bit exactly when the byte is at least the limit).
    private static func lowercaseASCII(_ bytes: UnsafeMutableBufferPointer<UInt8>) {
        guard let pointer = bytes.baseAddress else { return }
        let base = UnsafeMutableRawPointer(pointer)
        var position = 0
        while position + 8 <= bytes.count {
            let word = base.loadUnaligned(fromByteOffset: position, as: UInt64.self)
            let atLeastA = word &+ (0x80 - 0x41) &* ones
            let pastZ = word &+ (0x80 - 0x5B) &* ones
            let upper = atLeastA & ~pastZ & highBits
            base.storeBytes(of: word | (upper >> 2), toByteOffset: position, as: UInt64.self)
            position += 8
        }
        while position < bytes.count {
            if bytes[position] >= 0x41 && bytes[position] <= 0x5A { bytes[position] += 32 }
            position += 1
        }
    }

    /// The folded text.
    public static func fold(_ text: String) -> String {
        // Most words are lowercase ASCII already: give them back as they are, with no copy.
        if text.utf8.allSatisfy({ $0 < 0x80 && !($0 >= 0x41 && $0 <= 0x5A) }) { return text }
        return String(decoding: foldedBytes(text), as: UTF8.self)
    }

    private static func appendFolded(_ scalar: Unicode.Scalar, to out: inout [UInt8]) {
        if let plain = latin[scalar.value] {
            out.append(contentsOf: plain.utf8)
            return
        }
        if scalar.properties.generalCategory == .nonspacingMark { return }
        for lower in scalar.properties.lowercaseMapping.unicodeScalars {
            out.append(contentsOf: String(lower).utf8)
        }
    }

    private static let latin: [UInt32: String] = {
        let pairs: [(String, String)] = [
            ("àáâãäåÀÁÂÃÄÅāĀ", "a"), ("èéêëÈÉÊËēĒęĘ", "e"), ("ìíîïÌÍÎÏīĪ", "i"), ("òóôõöøÒÓÔÕÖØōŌ", "o"),
            ("ùúûüÙÚÛÜūŪ", "u"), ("ýÿÝ", "y"), ("çÇčČ", "c"), ("ñÑ", "n"), ("šŠ", "s"), ("žŽ", "z"),
            ("\u{2019}\u{2018}\u{00B4}\u{2032}", "'"), ("\u{2010}\u{2011}\u{2012}\u{2013}", "-"), ("\u{00A0}", " "),
        ]
        var table: [UInt32: String] = [:]
        for (letters, plain) in pairs { for scalar in letters.unicodeScalars { table[scalar.value] = plain } }
        table[0xDF] = "ss"; table[0xE6] = "ae"; table[0xC6] = "ae"; table[0x153] = "oe"; table[0x152] = "oe"
        table[0x133] = "ij"; table[0x132] = "ij"
        return table
    }()
}
