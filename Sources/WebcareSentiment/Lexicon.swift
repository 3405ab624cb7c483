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
        words = [:]
        words.reserveCapacity(8192)
        phrases = [:]
        longestPhrase = 1
        phrasePrefixes = []
        for line in source.split(separator: "\n") {
            guard let tab = line.firstIndex(of: "\t"), let value = Double(line[line.index(after: tab)...].trimmingSpaces) else { continue }
            insert(String(line[..<tab]), value)
        }
    }

    /// Adds or replaces entries (team overrides).
    mutating func override(_ entries: [String: Double]) {
        for (entry, value) in entries { insert(entry, value) }
    }

    /// Files one entry as a word or, with several words, as a phrase with its prefixes.
    private mutating func insert(_ entry: String, _ value: Double) {
        let parts = TextFolding.fold(entry).split(separator: " ")
        guard let first = parts.first else { return }
        guard parts.count > 1 else {
            words[String(first)] = value
            return
        }
        phrases[parts.joined(separator: " ")] = value
        longestPhrase = max(longestPhrase, parts.count)
        for length in 1..<parts.count { phrasePrefixes.insert(parts[0..<length].joined(separator: " ")) }
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
