#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import WebcareCore

/// One word, phrase, emoji or complaint signal that moves the total, while the walk runs.
struct Contribution {
    enum Kind: UInt8 { case emoji, waitingTime, repetition, phrase, word }
    var kind: Kind
    /// The first token it covers, and how many.
    var token: Int
    var length: Int
    var weight: Double
    /// Weighted by the contrast rule ("after maar ×1.5").
    var isContrasted = false
    /// The sentence it stands in, counted from 0 (sentences end at ".", "!" or "?").
    var sentence: Int32 = 0
}

/// How a word was found (for the explanation).
struct LookupHow {
    enum Source: UInt8 {
        /// In the lexicon of the text's language.
        case lexicon
        /// In the other language's lexicon.
        case otherLanguage
        /// Not found, but its intensifying prefix carries a valence of its own ("kut-").
        case prefixOnly
        /// Read by the sentiment word it ends in ("klantonvriendelijk").
        case compound
        /// Ends in -loos / -loze.
        case suffixLoos
    }
    var source: Source
    var isElongated = false
    /// Index in `SentimentRules.prefixes` of the prefix taken off, or -1.
    var prefix = -1
    /// Compound: where in the word's folded bytes the tail starts.
    var tailStart = 0
}

/// A rule that acted on one contribution, in the order the rules act.
enum ScoringStep {
    case emoji
    case waitingTime
    case repetition
    case phrase
    /// A Dutch separable verb read with its particle at the end of the clause ("viel me zwaar tegen").
    case separableVerb
    case found(LookupHow, token: Int)
    case capitals
    case boosted(by: Int, boost: Double)
    /// A two-word booster ("a bit", "wat een") ending just before: its first token, and the relative change.
    case boostedByPair(first: Int, boost: Double)
    case negated(by: Int, factor: Double)
    /// "too sweet": too much of a good thing.
    case excessive(by: Int)
    case qualified(by: Int)
    case contrast(turn: Int, isBefore: Bool, factor: Double)
    /// In a sentence with a concession ("although"): inside the clause it opens, or in the rest of the sentence.
    case concession(by: Int, isConceded: Bool, factor: Double)
    case ironic
}

/// A rule that acts on the whole text, after the contributions.
enum WholeTextStep {
    case plainQuestion
    case whyQuestion(token: Int)
    case exasperation
    case exclamations(count: Int)
}

/// Hears what the walk does. Plain scoring ignores it (`IgnoringSink`, which compiles to nothing); the
/// explanation records it (`ExplanationRecorder`). Both see the same walk, so scores cannot drift apart.
protocol ScoringSink {
    /// A rule acted on contribution number `contribution`.
    mutating func note(_ step: ScoringStep, contribution: Int)
    /// A rule on the whole text added `weight`.
    mutating func noteWholeText(_ step: WholeTextStep, weight: Double)
    /// The walk is done; `walk` and `contributions` are valid only during this call.
    mutating func finish(_ walk: ScoringWalk, contributions: UnsafeMutableBufferPointer<Contribution>, total: Double)
}

/// The sink of plain scoring: keeps nothing.
struct IgnoringSink: ScoringSink {
    @inline(__always) mutating func note(_ step: ScoringStep, contribution: Int) {}
    @inline(__always) mutating func noteWholeText(_ step: WholeTextStep, weight: Double) {}
    @inline(__always) mutating func finish(_ walk: ScoringWalk, contributions: UnsafeMutableBufferPointer<Contribution>, total: Double) {}
}

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

    /// Applies the rules to a walk whose `isEnglish` is set.
    func score<Sink: ScoringSink>(contributions: UnsafeMutableBufferPointer<Contribution>, language: Language, neutralBand: Double, sink: inout Sink) -> Sentiment {
        var added = 0
        var sentence: Int32 = 0
        var afterTerminator = false
        @inline(__always) func add(_ kind: Contribution.Kind, _ token: Int, _ length: Int, _ weight: Double) -> Int {
            (contributions.baseAddress! + added).initialize(to: Contribution(kind: kind, token: token, length: length, weight: weight,
                                                                              sentence: sentence))
            added += 1
            return added - 1
        }

        var index = 0
        while index < count {
            let token = tokens[index]
            if token.kind == .punctuation {
                if Self.isTerminator(token.sign) { afterTerminator = true }
                index += 1
                continue
            }
            if afterTerminator {
                sentence += 1
                afterTerminator = false
            }
            switch token.kind {
            case .emoji:
                if let valence = Tokenizer.emojiValences[token.sign] {
                    sink.note(.emoji, contribution: add(.emoji, index, 1, valence))
                }
                index += 1
                continue
            case .emoticon:
                sink.note(.emoji, contribution: add(.emoji, index, 1, Tokenizer.emoticons[Int(token.sign)].valence))
                index += 1
                continue
            case .punctuation:
                index += 1
                continue
            case .number, .word:
                break
            }
            if let length = waitingSignal(at: index) {
                sink.note(.waitingTime, contribution: add(.waitingTime, index, length, -1.5))
                index += length
                continue
            }
            if token.kind == .number {
                index += 1
                continue
            }
            if let length = repetitionSignal(at: index) {
                sink.note(.repetition, contribution: add(.repetition, index, length, -1.8))
                index += length
                continue
            }
            // Phrases first, longest first.
            // Most phrase starts are followed by no word that goes on any phrase: the pair's bit says so here, without a call.
            if token.flags.contains(.phraseStart), index + 1 < count, vocabulary.mayBePair(token.word, tokens[index + 1].word),
               let (valence, length) = longestPhrase(at: index) {
                var weight = valence
                let contribution = add(.phrase, index, length, 0)
                sink.note(.phrase, contribution: contribution)
                for offset in 0..<length where flags(index + offset).contains(.negator) {
                    tokens[index + offset].isConsumedNegator = true
                }
                applyModifiers(at: index, weight: &weight, contribution: contribution, sink: &sink)
                contributions[contribution].weight = weight
                index += length
                continue
            }
            if token.flags.contains(.particle), !isEnglish, let (valence, verb) = separableVerb(closedBy: index) {
                var weight = valence
                let contribution = add(.phrase, verb, index - verb + 1, 0)
                sink.note(.separableVerb, contribution: contribution)
                applyModifiers(at: index, weight: &weight, contribution: contribution, sink: &sink)
                contributions[contribution].weight = weight
                index += 1
                continue
            }
            // A booster that is also a sentiment word ("super", "vreselijk", "damn") boosts the sentiment word after
            // it, or else counts on its own ("De bediening was super").
            if token.flags.contains(.booster), !token.flags.isDisjoint(with: [.dutchWord, .englishWord]), index + 1 < count,
               tokens[index + 1].kind == .word, lookUp(index + 1) != nil {
                index += 1
                continue
            }
            if let (valence, how) = lookUp(index) {
                var weight = valence
                let contribution = add(.word, index, 1, 0)
                sink.note(.found(how, token: index), contribution: contribution)
                if token.isShouted {
                    weight += weight > 0 ? 0.7 : -0.7
                    sink.note(.capitals, contribution: contribution)
                }
                applyModifiers(at: index, weight: &weight, contribution: contribution, sink: &sink)
                contributions[contribution].weight = weight
            }
            index += 1
        }
        let contributions = UnsafeMutableBufferPointer(rebasing: contributions[0..<added])

        // A negative word right before a positive one qualifies it: "slecht geregeld", "badly organised".
        for position in contributions.indices.dropFirst() {
            let previous = contributions[position - 1]
            if previous.token + 1 == contributions[position].token, previous.weight <= -1.5,
               contributions[position].weight > 0, tokens[previous.token].kind == .word {
                contributions[position].weight = 0
                sink.note(.qualified(by: previous.token), contribution: position)
            }
        }

        // Contrast, sentence by sentence (a text without a contrast or concessive word has none).
        if !wordFlags.isDisjoint(with: [.contrast, .toch, .concessive]) { weighContrast(contributions, sink: &sink) }

        var total = 0.0
        for contribution in contributions { total += contribution.weight }

        // Irony markers (🙄, 🙃) turn praise into its opposite: "Top service weer 🙄". An emoji's own weight stays.
        var questionMarks = 0, exclamations = 0
        var hasIronyMarker = false, asksForAccount = false, hasEmoticon = false
        var why: Int?
        for index in 0..<count {
            let token = tokens[index]
            switch token.kind {
            case .emoji:
                if SentimentRules.ironyMarkerScalars.contains(token.sign) { hasIronyMarker = true }
            case .punctuation:
                if token.sign == 0x3F { questionMarks += 1 } else if token.sign == 0x21 { exclamations += 1 }
            case .word, .number:
                let flags = flags(index)
                if flags.contains(.complaintQuestion) { asksForAccount = true }
                if why == nil, flags.contains(.whyWord) { why = index }
            case .emoticon:
                hasEmoticon = true
            }
        }
        if hasIronyMarker {
            for position in contributions.indices where contributions[position].weight > 0
                && !(contributions[position].kind == .emoji && !contributions[position].isContrasted) {
                let weight = contributions[position].weight
                let flipped = -0.5 * weight
                total += flipped - weight
                contributions[position].weight = flipped
                sink.note(.ironic, contribution: position)
            }
        }

        // A plain question is neutral; one that asks why, or carries a complaint signal, keeps its weight. A text that
        // ends in a question asks it all ("Ik twijfel tussen A en B. Tips?"); otherwise only the sentences that end
        // in "?" are questions ("Op zoek naar een goed hotel? Dit is het. Prachtig!" damps "goed" alone).
        if questionMarks > 0 {
            let isComplaintQuestion = asksForAccount || contributions.contains { $0.kind == .waitingTime || $0.kind == .repetition }
            var asked = 0.0
            if endsInQuestion() {
                asked = total
            } else {
                forEachSentence(contributions) { own, _, _, _, _, isQuestion in
                    guard isQuestion else { return }
                    for position in own { asked += contributions[position].weight }
                }
            }
            if asked != 0, asked > 0 || !isComplaintQuestion {
                let damped = asked * 0.2
                sink.noteWholeText(.plainQuestion, weight: damped - asked)
                total += damped - asked
            }
        }
        // "Waarom …?", "Why …?": a question that asks for an account is a complaint.
        if questionMarks > 0, let why {
            sink.noteWholeText(.whyQuestion(token: why), weight: -1.2)
            total -= 1.2
        }
        // "???", "?!": exasperation (every "?" outside an emoticon is a token; one inside makes it an emoticon).
        if questionMarks > 0 || hasEmoticon, hasExasperation() {
            sink.noteWholeText(.exasperation, weight: -1.2)
            total -= 1.2
        }
        // Exclamation marks amplify whatever the text already says.
        exclamations = min(exclamations, 4)
        if exclamations > 0, total != 0 {
            let amplification = Double(exclamations) * 0.29 * (total > 0 ? 1 : -1)
            sink.noteWholeText(.exclamations(count: exclamations), weight: amplification)
            total += amplification
        }

        sink.finish(self, contributions: contributions, total: total)
        let score = SentimentScorer.squash(total)
        return Sentiment(score: score, label: SentimentScorer.label(for: score, neutralBand: neutralBand), language: language)
    }

    /// Contrast, sentence by sentence: in a sentence with "maar"/"but", what comes after the last such word weighs
    /// more, what comes before it less; a sentence that opens with one ("Maar …", "Toch …") turns against the
    /// sentence before it. Other sentences keep their weight: a turn in one sentence of a long review says
    /// nothing about the others.
    private func weighContrast<Sink: ScoringSink>(_ contributions: UnsafeMutableBufferPointer<Contribution>, sink: inout Sink) {
        forEachSentence(contributions) { own, previous, first, turn, concession, _ in
            if turn < 0, concession >= 0, let end = concededClauseEnd(concession) {
                for position in own {
                    let isConceded = contributions[position].token > concession && contributions[position].token < end
                    let factor = isConceded ? SentimentRules.beforeContrast : SentimentRules.afterContrast
                    contributions[position].weight *= factor
                    contributions[position].isContrasted = true
                    sink.note(.concession(by: concession, isConceded: isConceded, factor: factor), contribution: position)
                }
                return
            }
            guard turn >= 0, own.contains(where: { contributions[$0].token > turn }) else { return }
            for position in own {
                let isBefore = contributions[position].token < turn
                let factor = isBefore ? SentimentRules.beforeContrast : SentimentRules.afterContrast
                contributions[position].weight *= factor
                contributions[position].isContrasted = true
                sink.note(.contrast(turn: turn, isBefore: isBefore, factor: factor), contribution: position)
            }
            guard turn == first else { return }
            for position in previous where !contributions[position].isContrasted {
                contributions[position].weight *= SentimentRules.beforeContrast
                contributions[position].isContrasted = true
                sink.note(.contrast(turn: turn, isBefore: true, factor: SentimentRules.beforeContrast), contribution: position)
            }
        }
    }

    /// "??", "?!" or "!?" anywhere in the text: a question mark next to another or to an exclamation mark. Found
    /// from the question marks, which `memchr` finds many bytes at a time.
    func hasExasperation() -> Bool {
        guard let bytes = text.baseAddress else { return false }
        @inline(__always) func isMark(_ index: Int) -> Bool { bytes[index] == 0x3F || bytes[index] == 0x21 }
        var from = 0
        while from < text.count, let found = memchr(bytes + from, 0x3F, text.count - from) {
            let index = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - bytes
            if (index > 0 && isMark(index - 1)) || (index + 1 < text.count && isMark(index + 1)) { return true }
            from = index + 1
        }
        return false
    }

    /// Looks a word up: as written, de-elongated ("slechttt"), without an intensifying prefix ("superslecht",
    /// "kutservice"), or by the sentiment word a Dutch compound ends in ("klantonvriendelijk").
    @inline(__always)
    private func lookUp(_ index: Int) -> (Double, LookupHow)? {
        let token = tokens[index]
        if token.word >= 0 {
            // A word of the text's own language first: "best" is a word in English and a booster in Dutch.
            let flags = token.flags
            if flags.contains(isEnglish ? .englishWord : .dutchWord) {
                return vocabulary.valence(of: token.word, flags: flags, isEnglish: isEnglish).map { ($0.0, LookupHow(source: $0.1)) }
            }
            if !flags.isDisjoint(with: [.negator, .booster, .contrast]) { return nil }
            if let found = vocabulary.valence(of: token.word, flags: flags, isEnglish: isEnglish) { return (found.0, LookupHow(source: found.1)) }
        }
        // Nothing below applies to words under three bytes.
        guard token.foldedEnd - token.foldedStart >= 3, !token.flags.contains(.nothingByParts) else { return nil }
        return vocabulary.byParts(folded + token.foldedStart, token.foldedEnd - token.foldedStart, isEnglish: isEnglish)
    }

    /// The longest phrase of either lexicon starting at `start`, a word that starts some phrase (the text's own
    /// language first), and its length in tokens. The caller has seen that the pair at `start` may begin one.
    private func longestPhrase(at start: Int) -> (Double, Int)? {
        var node = vocabulary.child(of: 0, word: tokens[start].word)
        guard node != 0, !vocabulary.nodes[Int(node)].flags.isDisjoint(with: [.dutchPrefix, .englishPrefix]) else { return nil }
        let primary: PhraseNode.Flags = isEnglish ? .englishPhrase : .dutchPhrase
        let secondary: PhraseNode.Flags = isEnglish ? .dutchPhrase : .englishPhrase
        var best: (Double, Int)?
        var index = start + 1
        while index < count, isWordOrNumber(index) {
            node = vocabulary.child(of: node, word: tokens[index].word)
            guard node != 0 else { break }
            index += 1
            let phrase = vocabulary.nodes[Int(node)]
            if phrase.flags.contains(primary) {
                best = (isEnglish ? phrase.english : phrase.dutch, index - start)
            } else if phrase.flags.contains(secondary) {
                best = (isEnglish ? phrase.dutch : phrase.english, index - start)
            }
            if phrase.flags.isDisjoint(with: [.dutchPrefix, .englishPrefix]) { break }
        }
        return best
    }

    /// Boosters just before the word, and a negator within the scope before it (not across punctuation).
    private func applyModifiers<Sink: ScoringSink>(at index: Int, weight: inout Double, contribution: Int, sink: inout Sink) {
        var back = index - 1
        var steps = 0
        var isBoosted = false
        while back >= 0, steps < SentimentRules.negationScope, isWordOrNumber(back) {
            let word = tokens[back].word
            let flags = tokens[back].flags
            if flags.contains(.negationBarrier) { return }
            if !isBoosted, steps == 0, flags.contains(.excess), weight > 0, isEnglish {
                weight *= SentimentRules.excessFactor
                sink.note(.excessive(by: back), contribution: contribution)
                isBoosted = true
            } else if !isBoosted, steps < 2, flags.contains(.booster) {
                let boost = vocabulary.valences[Int(word)].booster
                weight *= 1 + boost
                sink.note(.boosted(by: back, boost: boost), contribution: contribution)
                isBoosted = true
            } else if steps == 0, back >= 1, vocabulary.mayBePair(tokens[back - 1].word, word) {
                let pair = vocabulary.child(of: vocabulary.child(of: 0, word: tokens[back - 1].word), word: word)
                if pair != 0, vocabulary.nodes[Int(pair)].flags.contains(.boosterPair) {
                    let boost = vocabulary.nodes[Int(pair)].booster
                    weight *= 1 + boost
                    sink.note(.boostedByPair(first: back - 1, boost: boost), contribution: contribution)
                    isBoosted = true
                }
            }
            if flags.contains(.negator), !tokens[back].isConsumedNegator {
                // "niet slecht" is mildly positive; "niet goed" is clearly negative.
                let factor = weight < 0 ? -0.4 : -0.8
                weight *= factor
                sink.note(.negated(by: back, factor: factor), contribution: contribution)
                return
            }
            back -= 1
            steps += 1
        }
    }

    /// "al 3 weken", "sinds twee dagen", "for 2 hours": complaint signals with no sentiment word; their length.
    @inline(__always)
    private func waitingSignal(at index: Int) -> Int? {
        @inline(__always) func isNumber(_ index: Int) -> Bool { tokens[index].kind == .number || flags(index).contains(.numberWord) }
        // "2 weken geleden", "9 days ago": a wait counted back from now.
        if isNumber(index), index + 2 < count, flags(index + 1).contains(.timeUnit), flags(index + 2).contains(.waitingTail) {
            return 3
        }
        let own = flags(index)
        // "dag 31", "day 4": counting the days of a problem.
        if own.contains(.dayWord), index + 1 < count, tokens[index + 1].kind == .number { return 2 }
        guard own.contains(.waitingLead) else { return nil }
        var next = index + 1
        if next < count, isNumber(next) { next += 1 }
        guard next < count, flags(next).contains(.timeUnit) else { return nil }
        return next - index + 1
    }

    /// "weer geen", "alweer", "nog steeds niet", "still no": the complaint that something keeps happening or
    /// never happens, unless a lexicon has the pair as a phrase; its length.
    @inline(__always)
    private func repetitionSignal(at index: Int) -> Int? {
        let flags = flags(index)
        if flags.contains(.alweer) { return 1 }
        guard flags.contains(.repetitionStart), index + 1 < count, tokens[index + 1].kind == .word,
              vocabulary.mayBePair(tokens[index].word, tokens[index + 1].word) else { return nil }
        let pair = vocabulary.child(of: vocabulary.child(of: 0, word: tokens[index].word), word: tokens[index + 1].word)
        guard pair != 0 else { return nil }
        let node = vocabulary.nodes[Int(pair)].flags
        guard node.contains(.repetitionPair), node.isDisjoint(with: [.dutchPhrase, .englishPhrase]) else { return nil }
        return 2
    }

    /// Whether a contrast word turns the sentence at `index` ("maar", "but"; "toch" only where a clause starts).
    @inline(__always)
    private func isTurn(_ index: Int) -> Bool {
        guard tokens[index].kind == .word else { return false }
        let flags = flags(index)
        return flags.contains(.contrast) || (flags.contains(.toch) && (index == 0 || tokens[index - 1].kind == .punctuation))
    }

    /// ".", "!", "?": they end a sentence.
    @inline(__always)
    static func isTerminator(_ sign: UInt32) -> Bool { sign == 0x2E || sign == 0x21 || sign == 0x3F }

    /// Calls `body` for every sentence, in order, with the contributions that stand in it, those of the sentence
    /// before, its first token, its last contrast word and its first concessive word (-1 without one) and whether
    /// it ends in a question mark. Sentences are counted as the walk counts them: a new one starts at the first
    /// token after ".", "!" or "?".
    private func forEachSentence(_ contributions: UnsafeMutableBufferPointer<Contribution>,
                                 _ body: (_ own: Range<Int>, _ previous: Range<Int>, _ first: Int, _ turn: Int, _ concession: Int,
                                          _ isQuestion: Bool) -> Void) {
        var sentence: Int32 = 0
        var first = 0, turn = -1, concession = -1
        var isQuestion = false, afterTerminator = false
        var position = 0
        var previous = 0..<0
        var index = 0
        while index <= count {
            if index < count {
                let token = tokens[index]
                if token.kind == .punctuation {
                    if Self.isTerminator(token.sign) { afterTerminator = true }
                    if token.sign == 0x3F { isQuestion = true }
                    index += 1
                    continue
                }
                if !afterTerminator {
                    // Most words are neither a turn nor a concession: one test rules out both.
                    if !token.flags.isDisjoint(with: [.contrast, .toch, .concessive]) {
                        if isTurn(index) { turn = index }
                        if concession < 0, token.flags.contains(.concessive) { concession = index }
                    }
                    index += 1
                    continue
                }
            }
            // The sentence ends here: before a new one, or at the end of the text.
            var end = position
            while end < contributions.count, contributions[end].sentence == sentence { end += 1 }
            body(position..<end, previous, first, turn, concession, isQuestion)
            previous = position..<end
            position = end
            guard index < count else { break }
            sentence += 1
            first = index
            turn = isTurn(index) ? index : -1
            concession = flags(index).contains(.concessive) ? index : -1
            isQuestion = false
            afterTerminator = false
            index += 1
        }
    }

    /// Where the clause a concessive word opens ends: at the next punctuation (a comma, the end of the sentence).
    /// Nil when no word follows it there ("Pricey though.").
    private func concededClauseEnd(_ concession: Int) -> Int? {
        var end = concession + 1
        while end < count, tokens[end].kind != .punctuation { end += 1 }
        return end > concession + 1 ? end : nil
    }

    /// A Dutch separable verb that the particle at `particle` closes: when the particle ends its clause and a word
    /// before it in the clause forms a two-word phrase of the Dutch lexicon with it ("viel … tegen", "raad … aan"),
    /// that phrase's valence and the verb's index.
    private func separableVerb(closedBy particle: Int) -> (Double, Int)? {
        let next = particle + 1
        guard next == count || !isWordOrNumber(next) || !flags(next).isDisjoint(with: [.contrast, .negationBarrier]) else { return nil }
        let word = tokens[particle].word
        var verb = particle - 2
        while verb >= 0, verb >= particle - SentimentRules.particleReach, isWordOrNumber(verb) {
            if vocabulary.mayBePair(tokens[verb].word, word) {
                let pair = vocabulary.child(of: vocabulary.child(of: 0, word: tokens[verb].word), word: word)
                if pair != 0, vocabulary.nodes[Int(pair)].flags.contains(.dutchPhrase) { return (vocabulary.nodes[Int(pair)].dutch, verb) }
            }
            verb -= 1
        }
        return nil
    }

    /// Whether the last sentence of the text is a question: a "?" after its last word, emoji or emoticon.
    private func endsInQuestion() -> Bool {
        var index = count
        while index > 0 {
            index -= 1
            guard tokens[index].kind == .punctuation else { return false }
            if tokens[index].sign == 0x3F { return true }
        }
        return false
    }

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

// MARK: Reading a word

extension VocabularyTables {
    /// A word's valence in the text's own lexicon, else in the other's unless it is a function word of the text's
    /// language ("die", "de" are English words too).
    @inline(__always)
    func valence(of word: Int32, flags: WordFlags, isEnglish: Bool) -> (Double, LookupHow.Source)? {
        if isEnglish {
            if flags.contains(.englishWord) { return (valences[Int(word)].english, .lexicon) }
            if !flags.contains(.englishMarker), flags.contains(.dutchWord) { return (valences[Int(word)].dutch, .otherLanguage) }
        } else {
            if flags.contains(.dutchWord) { return (valences[Int(word)].dutch, .lexicon) }
            if !flags.contains(.dutchMarker), flags.contains(.englishWord) { return (valences[Int(word)].english, .otherLanguage) }
        }
        return nil
    }

    /// The valence of the `count` bytes at `bytes`, which are followed by 16 readable bytes.
    private func valence(padded bytes: UnsafePointer<UInt8>, _ count: Int, isEnglish: Bool) -> (Double, LookupHow.Source)? {
        let word = find(padded: bytes, count: count)
        guard word >= 0 else { return nil }
        return valence(of: word, flags: records[Int(word)].flags, isEnglish: isEnglish)
    }

    /// A word of three bytes or more read by its parts: de-elongated, without a prefix, by its compound tail, or by
    /// -loos. `bytes` are folded and followed by 16 readable bytes.
    func byParts(_ bytes: UnsafePointer<UInt8>, _ length: Int, isEnglish: Bool) -> (Double, LookupHow)? {
        if Self.hasLetterRun(bytes, length), let found = deElongated(bytes, length, isEnglish: isEnglish) {
            return (found.0 + (found.0 > 0 ? 0.4 : -0.4), LookupHow(source: found.1, isElongated: true))
        }
        if length > 3 {
            // The prefixes that start with the word's first byte, in the rules' order; each compared in one load
            // (the 16 bytes after the word make 8 readable).
            var candidates = prefixesByFirstByte[Int(bytes[0])]
            let start = UInt64(littleEndian: UnsafeRawPointer(bytes).loadUnaligned(as: UInt64.self))
            while candidates != 0 {
                let number = candidates.trailingZeroBitCount
                candidates &= candidates &- 1
                let prefix = prefixWords[number]
                guard length > prefix.length + 2, start & prefix.mask == prefix.value,
                      let found = withoutPrefix(bytes, length, prefix.length, number, isEnglish: isEnglish) else { continue }
                if let found { return (found.0 * (1 + SentimentRules.prefixes[number].boost), LookupHow(source: found.1, prefix: number)) }
                let own = SentimentRules.prefixes[number].ownValence
                if own != 0 { return (own, LookupHow(source: .prefixOnly, prefix: number)) }
            }
        }
        // Dutch compounds: the last part carries the meaning ("internetstoring", "klantonvriendelijk"). The
        // longest ending that is a strong Dutch word wins. Most words end in no such word's last four bytes; most
        // endings start with no such word's first four bytes (for their length); both are ruled out by bit sets
        // before any ending is hashed, and most endings hashed by a third before the table is probed. (Four bytes
        // read as a little-endian word, as the bit sets were made; every such load lies within the word.)
        @inline(__always) func four(_ offset: Int) -> UInt32 {
            UInt32(littleEndian: UnsafeRawPointer(bytes + offset).loadUnaligned(as: UInt32.self))
        }
        if length >= 8, mayEndInCompoundTail(four(length - 4)) {
            for start in 3...(length - 4) {
                guard mayStartCompoundTail(four(start), length: length - start) else { continue }
                let key = WordKey(padded: bytes + start, count: length - start)
                guard mayBeCompoundTail(key.hash) else { continue }
                let word = find(key, bytes + start)
                guard word >= 0 else { continue }
                let flags = records[Int(word)].flags
                guard flags.contains(.dutchWord), !flags.contains(.misleadingTail) else { continue }
                let value = valences[Int(word)].dutch
                if abs(value) >= 1 { return (value, LookupHow(source: .compound, tailStart: start)) }
            }
        }
        if Self.endsInLoos(bytes, length) { return (-1.5, LookupHow(source: .suffixLoos)) }
        return nil
    }

    /// When the word starts with prefix number `number` (whose `prefixLength` bytes it starts with) as characters
    /// ("kei" does not start "keï…"): its valence without it, if any. Nil when it doesn't start so.
    private func withoutPrefix(_ bytes: UnsafePointer<UInt8>, _ length: Int, _ prefixLength: Int, _ number: Int,
                               isEnglish: Bool) -> (Double, LookupHow.Source)?? {
        if bytes[prefixLength] < 0x80 { return .some(valence(padded: bytes + prefixLength, length - prefixLength, isEnglish: isEnglish)) }
        // A mark may join the prefix's last letter: compare as characters, as a String would.
        let word = String(decoding: UnsafeBufferPointer(start: bytes, count: length), as: UTF8.self)
        let prefix = SentimentRules.prefixes[number].prefix
        guard word.hasPrefix(prefix) else { return nil }
        let rest = Array(word.dropFirst(prefix.count).utf8)
        guard !rest.isEmpty else { return .some(nil) }
        return .some((rest + [UInt8](repeating: 0, count: 16)).withUnsafeBufferPointer { valence(padded: $0.baseAddress!, rest.count, isEnglish: isEnglish) })
    }

    /// "-loos", "-loze" on a word of more than seven characters.
    private static func endsInLoos(_ bytes: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        guard length > 7, bytes[length - 4] == UInt8(ascii: "l"), bytes[length - 3] == UInt8(ascii: "o") else { return false }
        let last = (bytes[length - 2], bytes[length - 1])
        guard last == (UInt8(ascii: "o"), UInt8(ascii: "s")) || last == (UInt8(ascii: "z"), UInt8(ascii: "e")) else { return false }
        let buffer = UnsafeBufferPointer(start: bytes, count: length)
        if buffer.allSatisfy({ $0 < 0x80 }) { return true }
        return String(decoding: buffer, as: UTF8.self).count > 7
    }

    /// Whether the word has the same byte three times in a row ("slechttt").
    static func hasLetterRun(_ bytes: UnsafePointer<UInt8>, _ length: Int) -> Bool {
        guard length >= 3 else { return false }
        for index in 2..<length where bytes[index] == bytes[index - 1] && bytes[index] == bytes[index - 2] { return true }
        return false
    }

    /// The word found with its runs of three or more cut to one ("slechttt" → "slecht"), else to two ("goooood" →
    /// "good").
    private func deElongated(_ bytes: UnsafePointer<UInt8>, _ length: Int, isEnglish: Bool) -> (Double, LookupHow.Source)? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: length * 2 + 32) { scratch in
            scratch.initialize(repeating: 0)
            let one = scratch.baseAddress!, two = scratch.baseAddress! + length + 16
            var oneCount = 0, twoCount = 0
            var index = 0
            while index < length {
                var run = 1
                while index + run < length, bytes[index + run] == bytes[index] { run += 1 }
                for _ in 0..<min(run, 2) { two[twoCount] = bytes[index]; twoCount += 1 }
                for _ in 0..<(run >= 3 ? 1 : run) { one[oneCount] = bytes[index]; oneCount += 1 }
                index += run
            }
            return valence(padded: one, oneCount, isEnglish: isEnglish) ?? valence(padded: two, twoCount, isEnglish: isEnglish)
        }
    }
}

// MARK: Scratch memory

/// Where the folded bytes, the tokens and the contributions of one text lie in its scratch block, each part
/// starting on a 64-byte boundary.
struct ScratchLayout {
    /// Tokens, and contributions, the block has room for (`Tokenizer.tokenCapacity`).
    let tokenCapacity: Int
    /// Byte offsets of the parts.
    let folded = 0
    let tokens: Int
    let contributions: Int
    let byteCount: Int

    init(byteCount textCount: Int) {
        @inline(__always) func rounded(_ bytes: Int) -> Int { (bytes + 63) & ~63 }
        tokenCapacity = Tokenizer.tokenCapacity(textCount)
        tokens = rounded(Tokenizer.foldedCapacity(textCount))
        contributions = tokens + rounded(tokenCapacity * MemoryLayout<Token>.stride)
        byteCount = contributions + tokenCapacity * MemoryLayout<Contribution>.stride
        precondition(MemoryLayout<Token>.alignment <= 64 && MemoryLayout<Contribution>.alignment <= 64)
    }
}

/// A block of scratch memory per thread, kept from one text to the next, so that scoring a text allocates
/// nothing. A block needed while the thread's block is lent out (scoring inside scoring), or bigger than
/// `keptByteCount`, is allocated for the call and freed after it.
enum ScoringScratch {
    /// The largest block a thread keeps: room for texts of about 3.5 KB (a polled mention is ~700 bytes).
    static let keptByteCount = 256 * 1024
    /// Bytes before the usable block: its size and whether it is lent out.
    private static let headerByteCount = 64

    private struct Header {
        var byteCount: Int
        var isLent: Bool
    }

    /// The thread's block (its header), freed when the thread ends.
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        let status = pthread_key_create(&key) { block in free(block) }
        precondition(status == 0, "no thread-specific key for scoring scratch")
        return key
    }()

    /// Lends `body` at least `byteCount` bytes, 64-byte aligned, uninitialized.
    @inline(__always)
    static func with<Result>(byteCount: Int, _ body: (UnsafeMutableRawPointer) -> Result) -> Result {
        let key = key
        var block = pthread_getspecific(key)
        if let kept = block, kept.assumingMemoryBound(to: Header.self).pointee.isLent {
            return withFreshBlock(byteCount: byteCount, body)
        }
        if block == nil || block!.assumingMemoryBound(to: Header.self).pointee.byteCount < byteCount {
            guard byteCount <= keptByteCount else { return withFreshBlock(byteCount: byteCount, body) }
            block = replaceBlock(block, key: key, byteCount: byteCount)
        }
        let header = block!.assumingMemoryBound(to: Header.self)
        header.pointee.isLent = true
        defer { header.pointee.isLent = false }
        return body(block! + headerByteCount)
    }

    /// Frees the thread's old block, if any, and keeps a new one of at least `byteCount` bytes (4 KiB at least,
    /// so that short texts never grow it).
    @inline(never)
    private static func replaceBlock(_ old: UnsafeMutableRawPointer?, key: pthread_key_t, byteCount: Int) -> UnsafeMutableRawPointer {
        free(old)
        let size = max(byteCount, 4096)
        var block: UnsafeMutableRawPointer?
        guard posix_memalign(&block, 64, headerByteCount + size) == 0, let block else { fatalError("out of memory for scoring scratch") }
        block.initializeMemory(as: Header.self, to: Header(byteCount: size, isLent: false))
        pthread_setspecific(key, block)
        return block
    }

    @inline(never)
    private static func withFreshBlock<Result>(byteCount: Int, _ body: (UnsafeMutableRawPointer) -> Result) -> Result {
        let block = UnsafeMutableRawPointer.allocate(byteCount: max(1, byteCount), alignment: 64)
        defer { block.deallocate() }
        return body(block)
    }
}
