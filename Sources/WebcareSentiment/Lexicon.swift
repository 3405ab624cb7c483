/// A word list with valences, folded (lowercase, accents removed) for lookup, single words and phrases apart.
struct Lexicon: Sendable {
    /// Single words to valence.
    var words: [String: Double]
    /// Phrases (several words, one space apart) to valence.
    var phrases: [String: Double]
    /// The most words any phrase has.
    var longestPhrase: Int

    /// Reads "entry<TAB>valence" lines; lines that don't parse are skipped.
    init(source: String) {
        var words: [String: Double] = [:]
        var phrases: [String: Double] = [:]
        words.reserveCapacity(8192)
        var longest = 1
        for line in source.split(separator: "\n") {
            guard let tab = line.firstIndex(of: "\t"), let value = Double(line[line.index(after: tab)...].trimmingSpaces) else { continue }
            let entry = Folding.fold(String(line[..<tab]))
            let parts = entry.split(separator: " ")
            if parts.count > 1 {
                phrases[parts.joined(separator: " ")] = value
                longest = max(longest, parts.count)
            } else if let word = parts.first {
                words[String(word)] = value
            }
        }
        self.words = words
        self.phrases = phrases
        self.longestPhrase = longest
    }

    /// Adds or replaces entries (team overrides).
    mutating func override(_ entries: [String: Double]) {
        for (entry, value) in entries {
            let parts = Folding.fold(entry).split(separator: " ")
            if parts.count > 1 {
                phrases[parts.joined(separator: " ")] = value
                longestPhrase = max(longestPhrase, parts.count)
            } else if let word = parts.first {
                words[String(word)] = value
            }
        }
    }

    /// The built-in Dutch lexicon.
    static let dutch = Lexicon(source: dutchLexiconSource)
    /// The built-in English lexicon.
    static let english = Lexicon(source: englishLexiconSource)
}

extension Substring {
    var trimmingSpaces: Substring {
        var text = self
        while let first = text.first, first == " " { text.removeFirst() }
        while let last = text.last, last == " " || last == "\r" { text.removeLast() }
        return text
    }
}

/// Lowercasing and accent removal for Latin text, without Foundation's locale machinery on the hot path.
enum Folding {
    /// "Geërgerd" → "geergerd", "CAFÉ" → "cafe"; ’ becomes '.
    static func fold(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(contentsOf: fold(scalar))
        }
        return String(out)
    }

    static func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        let value = scalar.value
        if value < 0x80 {
            if value >= 0x41 && value <= 0x5A { return [Unicode.Scalar(value + 32)!] }
            return [scalar]
        }
        if scalar == "\u{2019}" || scalar == "\u{2018}" || scalar == "\u{00B4}" || scalar == "`" { return ["'"] }
        if let mapped = latin[scalar] { return mapped.unicodeScalars.map { $0 } }
        // Other letters: Unicode lowercase, combining marks dropped.
        if scalar.properties.generalCategory == .nonspacingMark { return [] }
        return scalar.properties.lowercaseMapping.unicodeScalars.map { $0 }
    }

    private static let latin: [Unicode.Scalar: String] = {
        let pairs: [(String, String)] = [
            ("àáâãäåÀÁÂÃÄÅ", "a"), ("èéêëÈÉÊË", "e"), ("ìíîïÌÍÎÏ", "i"), ("òóôõöøÒÓÔÕÖØ", "o"), ("ùúûüÙÚÛÜ", "u"),
            ("ýÿÝ", "y"), ("çÇ", "c"), ("ñÑ", "n"),
        ]
        var table: [Unicode.Scalar: String] = [:]
        for (letters, plain) in pairs { for scalar in letters.unicodeScalars { table[scalar] = plain } }
        table["ß"] = "ss"; table["æ"] = "ae"; table["Æ"] = "ae"; table["œ"] = "oe"; table["Œ"] = "oe"
        table["ĳ"] = "ij"; table["Ĳ"] = "ij"
        return table
    }()
}
