#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

// Pass 4 of the walk: the rules that read the whole text.

extension ScoringWalk {
    /// Pass 4: the rules that read the whole text (irony markers, questions, "waarom", "?!", exclamation marks),
    /// applied to the contributions and their `total`; the new total.
    @inline(__always)
    func applyWholeTextRules<Sink: ScoringSink>(_ contributions: UnsafeMutableBufferPointer<Contribution>, total: Double,
                                                sink: inout Sink) -> Double {
        var total = total
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
        if !hasIronyMarker { total = turnSarcasticPraise(contributions, total: total, sink: &sink) }
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
            let isComplaintQuestion = asksForAccount || contributions.contains { $0.isComplaintSignal }
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
        return total
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

    /// Whether the last sentence of the text is a question: a "?" after its last word, emoji or emoticon.
    func endsInQuestion() -> Bool {
        var index = count
        while index > 0 {
            index -= 1
            guard tokens[index].kind == .punctuation else { return false }
            if tokens[index].sign == 0x3F { return true }
        }
        return false
    }

    /// Sarcasm without a marker: praise in a short clause that opens or closes a short text whose other clauses
    /// complain ("Geweldig, alweer drie dagen zonder warm water"; "Storing bij de bank, sta ik bij de kassa. Top
    /// timing."; "Great job, another week without …"). The others complain when they add up to -1 or less, or
    /// carry a complaint signal and add up to less than 0, or a word of lack ("zonder", "without") and do not add
    /// up to more than 0. The praise turns around at half strength; the
    /// new total.
    func turnSarcasticPraise<Sink: ScoringSink>(_ contributions: UnsafeMutableBufferPointer<Contribution>, total: Double,
                                                sink: inout Sink) -> Double {
        // A text with a turn or a concession is weighed by contrast instead; praise needs a complaint beside it.
        guard count <= SentimentRules.sarcasmTextWords * 2, wordFlags.isDisjoint(with: [.contrast, .concessive]),
              contributions.contains(where: { $0.weight > 0 }),
              !wordFlags.isDisjoint(with: [.lack, .sarcasmTag]) || contributions.contains(where: { $0.weight < 0 }) else { return total }
        // The first and last clause: token ranges, between punctuation.
        var words = 0
        for index in 0..<count where tokens[index].kind == .word { words += 1 }
        guard words <= SentimentRules.sarcasmTextWords else { return total }
        var firstEnd = 0
        while firstEnd < count, tokens[firstEnd].kind != .punctuation { firstEnd += 1 }
        guard firstEnd < count else { return total }
        var lastEnd = count
        while lastEnd > 0, tokens[lastEnd - 1].kind == .punctuation { lastEnd -= 1 }
        var lastStart = lastEnd
        while lastStart > 0, tokens[lastStart - 1].kind != .punctuation { lastStart -= 1 }
        guard lastStart > firstEnd else { return total }

        /// Whether the clause is flat praise: a few words (an opener up to `sarcasmClauseWords`, a closer up to
        /// three), some positive weight and no negative one, not ended by "!" (enthusiasm, not sarcasm).
        /// Whether the clause has "hoor" in it ("Bedankt hoor", "Knap hoor"): praise marked as sarcasm.
        func isMarked(_ range: Range<Int>) -> Bool {
            wordFlags.contains(.sarcasmTag) && range.contains { tokens[$0].kind == .word && flags($0).contains(.sarcasmTag) }
        }
        func isPraise(_ range: Range<Int>, mostWords: Int) -> Bool {
            guard range.upperBound >= count || tokens[range.upperBound].sign != 0x21 else { return false }
            var words = 0
            for index in range where tokens[index].kind == .word { words += 1 }
            guard words > 0, words <= mostWords else { return false }
            var hasPraise = false
            for contribution in contributions where range.contains(contribution.token) {
                if contribution.weight < 0 { return false }
                if contribution.weight > 0 { hasPraise = true }
            }
            return hasPraise
        }
        let opens = isPraise(0..<firstEnd, mostWords: SentimentRules.sarcasmClauseWords)
        let closes = isPraise(lastStart..<lastEnd, mostWords: 3)
        guard opens || closes else { return total }
        let rest = (opens ? firstEnd : 0)..<(closes ? lastStart : count)
        var restTotal = 0.0
        var hasSignal = false, hasLack = false, hasPraise = false
        // A complaint that was put right ("My parcel was damaged, they sent a replacement. Well done"): praise after
        // the last complaint in the rest makes the closing praise sincere, when it stands
        // in a later clause than the last complaint ("… still waiting for my refund" is no remedy).
        var isResolved = false
        var lastComplaint = -1
        for contribution in contributions where rest.contains(contribution.token) {
            restTotal += contribution.weight
            if contribution.isComplaintSignal { hasSignal = true }
            if contribution.weight > 0 {
                hasPraise = true
                if lastComplaint >= 0, (lastComplaint..<contribution.token).contains(where: { tokens[$0].kind == .punctuation }) { isResolved = true }
            }
            if contribution.weight < 0 { isResolved = false; lastComplaint = contribution.token }
        }
        guard !isResolved else { return total }
        // Praise marked with "hoor" needs no complaint beside it, only a few words without praise: "Bus reed me
        // voorbij. Bedankt hoor."
        var restWords = 0
        for index in rest where tokens[index].kind == .word { restWords += 1 }
        let isMarkedSarcasm = !hasPraise && restTotal <= 0 && restWords >= 3
            && ((opens && isMarked(0..<firstEnd)) || (closes && isMarked(lastStart..<lastEnd)))
        // A lack counts in a text of two clauses, the praise and the lack ("Geweldig hoor, weer een week zonder wifi").
        if wordFlags.contains(.lack),
           !rest.dropFirst().contains(where: { tokens[$0].kind == .punctuation && rest.contains($0 + 1) && tokens[$0 + 1].kind != .punctuation }) {
            for index in rest where tokens[index].kind == .word && flags(index).contains(.lack) { hasLack = true }
        }
        // A lack that is no complaint ("zonder problemen") leaves the rest positive.
        guard (hasSignal && restTotal < 0) || (hasLack && restTotal <= 0) || restTotal <= -1 || isMarkedSarcasm else { return total }
        var total = total
        for position in contributions.indices where contributions[position].weight > 0 {
            let token = contributions[position].token
            guard (opens && token < firstEnd) || (closes && token >= lastStart) else { continue }
            let weight = contributions[position].weight
            let turned = SentimentRules.sarcasmFactor * weight
            total += turned - weight
            contributions[position].weight = turned
            sink.note(.sarcastic, contribution: position)
        }
        return total
    }
}
