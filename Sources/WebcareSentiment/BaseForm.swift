import WebcareCore

/// The lexicon base form of a word, so the weekly report counts "slecht", "slechte", "slechter" and "slechtst"
/// as one theme. Inflection endings are stripped by the Dutch and English rules below, spelling restored
/// ("waardeloze" → "waardeloos", "trage" → "traag", "dikke" → "dik"), and a candidate is taken only when the
/// built-in lexicon holds it as a word of the same language as the word itself (when the word is in a lexicon: so
/// Dutch "boos" never becomes English "boo"): the shortest such candidate wins. A word without one is its own base;
/// a phrase or complaint signal ("weer een storing", "waiting time") is kept whole.
public enum BaseForm {
    /// The base form of `term` (folded: lower case, accents removed); the folded term itself when no base is known.
    public static func of(_ term: String) -> String {
        let word = TextFolding.fold(term)
        guard !word.contains(" "), word.count > 3 else { return word }
        let words = lexicons.dutch.contains(word) ? lexicons.dutch : lexicons.english.contains(word) ? lexicons.english
            : lexicons.dutch.union(lexicons.english)
        var best: String?
        for candidate in candidates(word) where candidate != word && candidate.count >= 3 && words.contains(candidate) {
            if best == nil || candidate.count < best!.count || (candidate.count == best!.count && candidate < best!) { best = candidate }
        }
        return best ?? word
    }

    /// Every single word of the built-in Dutch and English lexicons, folded, one set per language.
    private static let lexicons: (dutch: Set<String>, english: Set<String>) = {
        func words(_ source: String) -> Set<String> {
            var words = Set<String>()
            Lexicon.read(source) { entry, _ in
                if !entry.contains(0x20) { words.insert(String(decoding: entry, as: UTF8.self)) }
            }
            return words
        }
        return (words(dutchLexiconSource), words(englishLexiconSource))
    }()

    /// Endings an inflected form may carry, longest first: Dutch comparatives, superlatives, plurals and the
    /// adjective's -e; English plurals, past tenses, participles, comparatives and superlatives.
    private static let endings = ["ste", "ere", "st", "er", "en", "e", "s", "ies", "ied", "ing", "ed", "est"]

    /// The stems `word` may come from, spelling restored in each way Dutch and English change it.
    private static func candidates(_ word: String) -> [String] {
        var stems: [String] = []
        for ending in endings where word.hasSuffix(ending) && word.count > ending.count + 2 {
            let stem = String(word.dropLast(ending.count))
            stems.append(stem)
            if ending == "ies" || ending == "ied" { stems.append(stem + "y") }
            if ["ed", "ing", "er", "est", "es"].contains(ending) { stems.append(stem + "e") }
        }
        var out: [String] = []
        for stem in stems {
            var forms = [stem]
            if stem.hasSuffix("z") { forms.append(String(stem.dropLast()) + "s") }
            if stem.hasSuffix("v") { forms.append(String(stem.dropLast()) + "f") }
            let characters = Array(stem)
            if characters.count >= 2, characters[characters.count - 1] == characters[characters.count - 2],
               !"aeiou".contains(characters[characters.count - 1]) {
                forms.append(String(stem.dropLast()))
            }
            for form in forms {
                out.append(form)
                if let doubled = doubledVowel(form) { out.append(doubled) }
            }
        }
        return out
    }

    /// "trag" → "traag", "grot" → "groot", "boos" from "bos": a single vowel before the last consonant written
    /// double, as Dutch does in a closed syllable; nil when the word does not end vowel–consonant.
    private static func doubledVowel(_ stem: String) -> String? {
        let characters = Array(stem)
        guard characters.count >= 3 else { return nil }
        let last = characters[characters.count - 1], vowel = characters[characters.count - 2], before = characters[characters.count - 3]
        guard !"aeiouy".contains(last), "aeou".contains(vowel), !"aeiou".contains(before) else { return nil }
        return String(characters.dropLast(1)) + String(vowel) + String(last)
    }
}
