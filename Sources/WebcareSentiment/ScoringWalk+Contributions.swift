#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Pass 1 of the walk: reading the text's words, phrases, emoji and complaint signals into contributions.

extension ScoringWalk {
    /// Pass 1: the words, phrases, emoji and complaint signals of the text, in order, each with the boosters and
    /// negation before it applied, written to `contributions` (room for one per token); how many there are.
    @inline(__always)
    func collectContributions<Sink: ScoringSink>(into contributions: UnsafeMutableBufferPointer<Contribution>, sink: inout Sink) -> Int {
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
            // "Ik krijg geen mail meer", "It doesn't load anymore": a negation that negated nothing, closed by "meer".
            if token.flags.contains(.noLonger), let negator = stoppedNegation(before: index, after: added > 0 ? contributions[added - 1].token + contributions[added - 1].length - 1 : -1) {
                sink.note(.repetition, contribution: add(.repetition, negator, index - negator + 1, SentimentRules.noLongerWeight))
                index += 1
                continue
            }
            // Phrases first, longest first.
            // Most phrase starts are followed by no word that goes on any phrase: the pair's bit says so here, without a call.
            if token.flags.contains(.phraseStart), index + 1 < count, vocabulary.mayBePair(token.word, tokens[index + 1].word),
               let (valence, length, isComplaintCue) = longestPhrase(at: index) {
                var weight = valence
                let contribution = add(isComplaintCue ? .complaintCue : .phrase, index, length, 0)
                sink.note(isComplaintCue ? .complaintCue : .phrase, contribution: contribution)
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
            if let (valence, how) = lookUp(index), !isNamePart(index, how: how),
               !(added > 0 && repeatsHyphenatedWord(index, previous: contributions[added - 1])) {
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
        return added
    }

    /// Looks a word up: as written, de-elongated ("slechttt"), without an intensifying prefix ("superslecht",
    /// "kutservice"), or by the sentiment word a Dutch compound ends in ("klantonvriendelijk").
    @inline(__always)
    func lookUp(_ index: Int) -> (Double, LookupHow)? {
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
    func longestPhrase(at start: Int) -> (Double, Int, isComplaintCue: Bool)? {
        var node = vocabulary.child(of: 0, word: tokens[start].word)
        guard node != 0, !vocabulary.nodes[Int(node)].flags.isDisjoint(with: [.dutchPrefix, .englishPrefix]) else { return nil }
        let primary: PhraseNode.Flags = isEnglish ? .englishPhrase : .dutchPhrase
        let secondary: PhraseNode.Flags = isEnglish ? .dutchPhrase : .englishPhrase
        var best: (Double, Int, isComplaintCue: Bool)?
        var index = start + 1
        while index < count, isWordOrNumber(index) {
            node = vocabulary.child(of: node, word: tokens[index].word)
            guard node != 0 else { break }
            index += 1
            let phrase = vocabulary.nodes[Int(node)]
            if phrase.flags.contains(primary) {
                best = (isEnglish ? phrase.english : phrase.dutch, index - start, phrase.flags.contains(.complaintCue))
            } else if phrase.flags.contains(secondary) {
                best = (isEnglish ? phrase.dutch : phrase.english, index - start, phrase.flags.contains(.complaintCue))
            }
            if phrase.flags.isDisjoint(with: [.dutchPrefix, .englishPrefix]) { break }
        }
        return best
    }

    /// A Dutch separable verb that the particle at `particle` closes: when the particle ends its clause and a word
    /// before it in the clause forms a two-word phrase of the Dutch lexicon with it ("viel … tegen", "raad … aan"),
    /// that phrase's valence and the verb's index.
    func separableVerb(closedBy particle: Int) -> (Double, Int)? {
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

    /// Boosters just before the word, and a negator within the scope before it (not across punctuation, "en"/"and"
    /// or "maar"/"but"). A negator beside a framing word ("niet het gevoel dat", "don't think") reaches further, to
    /// `raisedNegationScope`; "nooit"/"never" before "zo'n"/"such" intensifies instead ("nog nooit zo'n slechte app").
    func applyModifiers<Sink: ScoringSink>(at index: Int, weight: inout Double, contribution: Int, sink: inout Sink) {
        var back = index - 1
        var steps = 0
        var isBoosted = false
        // Most texts have no framing word: the plain scope, and no test per word.
        let reach = wordFlags.contains(.negationRaiser) ? SentimentRules.raisedNegationScope : SentimentRules.negationScope
        var isRaised = false
        while back >= 0, steps < reach, isWordOrNumber(back) {
            let word = tokens[back].word
            let flags = tokens[back].flags
            if !flags.isDisjoint(with: [.negationBarrier, .contrast]) { return }
            if flags.contains(.negationRaiser) { isRaised = true }
            if steps >= SentimentRules.negationScope {
                // Beyond the plain scope only a negator beside a framing word counts ("lijkt er niet op dat").
                if weight > 0, flags.contains(.negator), !tokens[back].isConsumedNegator,
                   isRaised || (back >= 2 && (tokens[back - 1].flags.contains(.negationRaiser) || tokens[back - 2].flags.contains(.negationRaiser))) {
                    let factor = weight < 0 ? -0.4 : -0.8
                    weight *= factor
                    sink.note(.negated(by: back, factor: factor), contribution: contribution)
                    return
                }
                back -= 1
                steps += 1
                continue
            }
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
                // "nog nooit zo'n waardeloze app", "never had such bad service": a superlative, not a negation.
                if flags.contains(.never), back + 1 < index, tokens[back + 1].flags.contains(.such)
                    || (back + 2 < index && tokens[back + 2].flags.contains(.such)) {
                    weight *= 1 + SentimentRules.neverSuchBoost
                    sink.note(.boosted(by: back, boost: SentimentRules.neverSuchBoost), contribution: contribution)
                    return
                }
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
    func waitingSignal(at index: Int) -> Int? {
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
    func repetitionSignal(at index: Int) -> Int? {
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

    /// The negator a "meer"/"anymore" at `index` closes: one within `noLongerReach` words before it in its clause
    /// (not across "en"/"and", "maar"/"but"), not part of a phrase, after the last token the contributions so far
    /// cover (`last`), so that it negated no sentiment word ("geen gedoe meer" is praise). Not before "dan"/"than"
    /// ("niet meer dan").
    func stoppedNegation(before index: Int, after last: Int) -> Int? {
        if index + 1 < count, tokens[index + 1].kind == .word {
            let next = folded(index + 1)
            if next == "dan" || next == "than" { return nil }
        }
        var back = index - 1
        while back > last, back >= index - SentimentRules.noLongerReach, isWordOrNumber(back) {
            let flags = flags(back)
            if !flags.isDisjoint(with: [.negationBarrier, .contrast]) { return nil }
            if flags.contains(.negator), !tokens[back].isConsumedNegator { return back }
            back -= 1
        }
        return nil
    }

    // MARK: Names

    /// Whether the sentiment word at `index` is part of a name rather than a verdict: an @handle, a #hashtag read
    /// only by its parts or written in CamelCase ("#TopTelecom"), part of a domain ("allestoringen.nl"), a word in
    /// CamelCase, or a capitalised word inside a sentence next to another capitalised word ("bij Top Telecom", "de
    /// Super Saver bundel") or read only by its parts ("via Allestoringen"). Shouted words are never names.
    @inline(__always)
    func isNamePart(_ index: Int, how: LookupHow) -> Bool {
        let token = tokens[index]
        guard !token.isShouted else { return false }
        let start = token.start, end = token.end
        let first = text[start]
        let byParts = how.source != .lexicon && how.source != .otherLanguage
        let isCapital = first &- 0x41 < 26
        // Most sentiment words are lowercase, with a space on either side: nothing below applies.
        if !isCapital, (start == 0 || text[start - 1] == 0x20), (end == text.count || text[end] == 0x20) { return false }
        if start > 0 {
            let before = text[start - 1]
            if before == 0x40 { return true }
            if before == 0x23 { return byParts || hasInnerCapital(token) }
            if before == 0x2E, start > 1, text[start - 2] &- 0x61 < 26 { return true }
        }
        if end + 1 < text.count, text[end] == 0x2E, text[end + 1] &- 0x61 < 26 { return true }
        if hasInnerCapital(token) { return true }
        guard isCapital else { return false }
        // At the start of a sentence, a capitalised word before another one that is no sentiment word, and then a
        // lowercase word, opens a name: "Top Telecom heeft …", "Super Saver bundel verlengd". "Thanks Pakkie, …",
        // "Geweldig Pakkie!" and "Top Service!" keep their praise.
        if isSentenceStart(index) {
            let next = index + 1
            guard next + 1 < count, isCapitalised(next), !isSentenceStart(next), tokens[next].end - tokens[next].start > 1,
                  tokens[next + 1].kind == .word,
                  text[tokens[next + 1].start] &- 0x61 < 26, lookUp(next) == nil else { return false }
            return true
        }
        if byParts { return true }
        return isCapitalised(index + 1) || (isCapitalised(index - 1) && !isSentenceStart(index - 1))
    }

    /// Whether token `index` is a word that starts with a capital and is not shouted.
    @inline(__always)
    func isCapitalised(_ index: Int) -> Bool {
        guard index >= 0, index < count, tokens[index].kind == .word, !tokens[index].isShouted else { return false }
        return text[tokens[index].start] &- 0x41 < 26
    }

    /// A capital after a small letter in an ASCII word ("TopTelecom", "McDonalds").
    @inline(__always)
    func hasInnerCapital(_ token: Token) -> Bool {
        guard token.end - token.start > 2 else { return false }
        for position in (token.start + 1)..<token.end where text[position] &- 0x41 < 26 && text[position - 1] &- 0x61 < 26 { return true }
        return false
    }

    /// Whether token `index` opens a sentence: the text's first token, or after ".", "!", "?", ":", an emoji or an
    /// emoticon.
    @inline(__always)
    func isSentenceStart(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = tokens[index - 1]
        switch previous.kind {
        case .punctuation: return Self.isTerminator(previous.sign) || previous.sign == 0x3A
        case .emoji, .emoticon: return true
        case .word, .number: return false
        }
    }

    /// Whether the word at `index` is joined by a hyphen to the word before it and repeats it, which `previous`
    /// (the last contribution) already counts: "klote-klote-service", "wachttijd-wachttijden" count once.
    @inline(__always)
    func repeatsHyphenatedWord(_ index: Int, previous: Contribution) -> Bool {
        let start = tokens[index].start
        guard index > 0, start > 0, text[start - 1] == 0x2D, previous.token == index - 1, previous.length == 1,
              tokens[index - 1].end == start - 1 else { return false }
        let word = tokens[index], before = tokens[index - 1]
        let shorter = min(word.foldedEnd - word.foldedStart, before.foldedEnd - before.foldedStart)
        guard shorter >= 4 else { return false }
        return memcmp(folded + word.foldedStart, folded + before.foldedStart, shorter) == 0
    }
}
