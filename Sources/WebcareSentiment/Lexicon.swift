import WebcareCore

/// A word list with valences, folded (lowercase, accents removed) for lookup, single words and phrases apart.
struct Lexicon: Sendable {
    /// Single words to valence.
    var words: [String: Double]
    /// Phrases (several words, one space apart) to valence.
    var phrases: [String: Double]
    /// The most words any phrase has.
    var longestPhrase: Int
    /// Every proper beginning of a phrase ("van", "van het", … "van het kastje naar de"): a phrase is tried
    /// word by word only while what has been read so far begins one.
    var phrasePrefixes: Set<String>

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
        var prefixes = Set<String>()
        for phrase in phrases.keys { Self.addPrefixes(of: phrase, to: &prefixes) }
        self.phrasePrefixes = prefixes
    }

    private static func addPrefixes(of phrase: String, to prefixes: inout Set<String>) {
        let parts = phrase.split(separator: " ")
        guard parts.count > 1 else { return }
        for length in 1..<parts.count { prefixes.insert(parts[0..<length].joined(separator: " ")) }
    }

    /// Adds or replaces entries (team overrides).
    mutating func override(_ entries: [String: Double]) {
        for (entry, value) in entries {
            let parts = Folding.fold(entry).split(separator: " ")
            if parts.count > 1 {
                phrases[parts.joined(separator: " ")] = value
                longestPhrase = max(longestPhrase, parts.count)
                Self.addPrefixes(of: parts.joined(separator: " "), to: &phrasePrefixes)
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
