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
                    // A run of ASCII goes over in one copy, then is lowercased in place.
                    var end = index + 1
                    while end < bytes.count, bytes[end] < 0x80 { end += 1 }
                    let start = out.count
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                    out.withUnsafeMutableBufferPointer { copied in
                        for position in start..<copied.count where copied[position] >= 0x41 && copied[position] <= 0x5A {
                            copied[position] += 32
                        }
                    }
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
