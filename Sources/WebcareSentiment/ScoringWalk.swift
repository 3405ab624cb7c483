import WebcareCore

/// The rules, applied to one tokenized text. The only implementation of them: `score` and `explain` both run it.
struct ScoringWalk {
    let text: UnsafeBufferPointer<UInt8>
    let tokens: UnsafeMutablePointer<Token>
    let count: Int
    let folded: UnsafePointer<UInt8>
    /// Every flag of some word or number of the text: a rule for words that none has need not look.
    let wordFlags: WordFlags
    /// The vocabulary's tables (see `Vocabulary.tables`), valid for the walk's lifetime (see `withTokens`).
    let tables: UnsafePointer<VocabularyTables>
    /// The tables, read in place.
    @inline(__always) var vocabulary: VocabularyTables { tables.pointee }
    /// Which lexicon is read first: the English one for English text, else the Dutch one.
    var isEnglish = false

    /// Room for the walk's contributions: at least one, and at least one per token.
    let contributionRoom: UnsafeMutablePointer<Contribution>

    /// Tokenizes the text into scratch memory and lends `body` the walk over it. The folded bytes, the tokens and
    /// the room for contributions lie in one block of the thread's `ScoringScratch`, reused from text to text:
    /// on Linux every temporary allocation over 1 KiB goes to the heap (the runtime never finds the stack safe),
    /// which for a polled mention of ~700 bytes made three allocations, and on the poll's threads malloc is slow.
    static func withTokens<Result>(_ text: UnsafeBufferPointer<UInt8>, vocabulary owner: Vocabulary, _ body: (inout ScoringWalk) -> Result) -> Result {
        let text = UnsafeBufferPointer(rebasing: text[0..<min(text.count, Tokenizer.maximumLength)])
        let tables = UnsafePointer(owner.tables)
        let layout = ScratchLayout(byteCount: text.count)
        // The tables live as long as the vocabulary that owns them: held here until the walk is done.
        return withExtendedLifetime(owner) {
            ScoringScratch.with(byteCount: layout.byteCount) { scratch in
                let folded = (scratch + layout.folded).bindMemory(to: UInt8.self, capacity: layout.tokens)
                let tokens = (scratch + layout.tokens).bindMemory(to: Token.self, capacity: layout.tokenCapacity)
                let contributions = (scratch + layout.contributions).bindMemory(to: Contribution.self, capacity: layout.tokenCapacity)
                // The room always fits every token: tokenizing cannot fail.
                let (count, wordFlags) = Tokenizer.tokenize(text, vocabulary: tables.pointee, tokens: tokens, tokenCapacity: layout.tokenCapacity,
                                                            folded: folded)!
                var walk = ScoringWalk(text: text, tokens: tokens, count: count, folded: folded, wordFlags: wordFlags, tables: tables,
                                       contributionRoom: contributions)
                return body(&walk)
            }
        }
    }

    /// Scores a text, telling `sink` every rule that acts.
    static func run<Sink: ScoringSink>(_ text: UnsafeBufferPointer<UInt8>, vocabulary: Vocabulary, neutralBand: Double, sink: inout Sink) -> Sentiment {
        withTokens(text, vocabulary: vocabulary) { walk in
            let contributions = UnsafeMutableBufferPointer(start: walk.contributionRoom, count: max(1, walk.count))
            let language = walk.language()
            walk.isEnglish = language == .en
            return walk.score(contributions: contributions, language: language, neutralBand: neutralBand, sink: &sink)
        }
    }

    // MARK: Reading tokens

    @inline(__always)
    func flags(_ index: Int) -> WordFlags { tokens[index].flags }

    @inline(__always)
    func isWordOrNumber(_ index: Int) -> Bool {
        let kind = tokens[index].kind
        return kind == .word || kind == .number
    }

    /// The language of the text, from its function words, else from which built-in lexicon has more of its words.
    func language() -> Language {
        var dutch = 0, english = 0
        for index in 0..<count where tokens[index].kind == .word {
            let flags = flags(index)
            if flags.contains(.dutchMarker) { dutch += 1 }
            if flags.contains(.englishMarker) { english += 1 }
        }
        if dutch == 0 && english == 0 {
            var dutchWords = 0, englishWords = 0
            for index in 0..<count where tokens[index].kind == .word {
                let flags = flags(index)
                if flags.contains(.builtInDutch) { dutchWords += 1 }
                if flags.contains(.builtInEnglish) { englishWords += 1 }
            }
            if dutchWords > englishWords { return .nl }
            if englishWords > dutchWords { return .en }
            return .unknown
        }
        return dutch >= english ? .nl : .en
    }

    // MARK: The rules

    /// Applies the rules to a walk whose `isEnglish` is set, pass by pass.
    func score<Sink: ScoringSink>(contributions: UnsafeMutableBufferPointer<Contribution>, language: Language, neutralBand: Double, sink: inout Sink) -> Sentiment {
        let added = collectContributions(into: contributions, sink: &sink)
        let contributions = UnsafeMutableBufferPointer(rebasing: contributions[0..<added])
        qualifyAdjacentPairs(contributions, sink: &sink)
        // Contrast, sentence by sentence (a text without a contrast or concessive word has none).
        if !wordFlags.isDisjoint(with: [.contrast, .toch, .concessive]) { weighContrast(contributions, sink: &sink) }

        var total = 0.0
        for contribution in contributions { total += contribution.weight }
        total = applyWholeTextRules(contributions, total: total, sink: &sink)

        sink.finish(self, contributions: contributions, total: total)
        let score = SentimentScorer.squash(total)
        return Sentiment(score: score, label: SentimentScorer.label(for: score, neutralBand: neutralBand), language: language)
    }

    /// ".", "!", "?": they end a sentence.
    @inline(__always)
    static func isTerminator(_ sign: UInt32) -> Bool { sign == 0x2E || sign == 0x21 || sign == 0x3F }

    // MARK: Text for the explanation

    /// A token as written (’ read as ').
    func original(_ index: Int) -> String {
        let token = tokens[index]
        let bytes = UnsafeBufferPointer(rebasing: text[token.start..<token.end])
        let written = String(decoding: bytes, as: UTF8.self)
        // A right single quote (UTF-8 E2 80 99) is written as an apostrophe; most words have no E2 byte at all.
        guard bytes.contains(0xE2), written.unicodeScalars.contains("\u{2019}") else { return written }
        return String(String.UnicodeScalarView(written.unicodeScalars.map { $0 == "\u{2019}" ? "'" : $0 }))
    }

    /// Tokens as written, one space apart.
    func original(_ range: Range<Int>) -> String {
        range.map(original).joined(separator: " ")
    }

    /// A token folded, or the folded bytes of a word from `offset` on.
    func folded(_ index: Int, from offset: Int = 0) -> String {
        let token = tokens[index]
        return String(decoding: UnsafeBufferPointer(start: folded + token.foldedStart + offset, count: token.foldedEnd - token.foldedStart - offset), as: UTF8.self)
    }
}
