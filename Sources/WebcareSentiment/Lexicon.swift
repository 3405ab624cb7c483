import WebcareCore

/// A word list with valences, folded (lowercase, accents removed) for lookup, single words and phrases apart.
struct Lexicon: Sendable {
    /// Single words to valence.
    var words: [String: Double]
    /// Phrases (several words, one space apart) to valence.
    var phrases: [String: Double]
    /// The most words any phrase has.
    var longestPhrase: Int
    /// The first word of every phrase: a word not in here starts no phrase, so no phrase need be tried.
    var phraseStarts: Set<String>

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
        self.phraseStarts = Set(phrases.keys.compactMap { $0.split(separator: " ").first.map(String.init) })
    }

    /// Adds or replaces entries (team overrides).
    mutating func override(_ entries: [String: Double]) {
        for (entry, value) in entries {
            let parts = Folding.fold(entry).split(separator: " ")
            if parts.count > 1 {
                phrases[parts.joined(separator: " ")] = value
                longestPhrase = max(longestPhrase, parts.count)
                phraseStarts.insert(String(parts[0]))
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

/// Lowercasing and accent removal, shared with brand matching.
enum Folding {
    /// "Geërgerd" → "geergerd", "CAFÉ" → "cafe"; ’ becomes '.
    static func fold(_ text: String) -> String { TextFolding.fold(text) }
}
