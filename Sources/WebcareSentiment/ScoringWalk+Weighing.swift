// Passes 2 and 3 of the walk: qualifying adjacent pairs and weighing contrast and concessions, sentence by sentence.

extension ScoringWalk {
    /// Pass 2: a negative word right before a positive one qualifies it: "slecht geregeld", "badly organised".
    @inline(__always)
    func qualifyAdjacentPairs<Sink: ScoringSink>(_ contributions: UnsafeMutableBufferPointer<Contribution>, sink: inout Sink) {
        for position in contributions.indices.dropFirst() {
            let previous = contributions[position - 1]
            if previous.token + 1 == contributions[position].token, previous.weight <= -1.5,
               contributions[position].weight > 0, tokens[previous.token].kind == .word {
                contributions[position].weight = 0
                sink.note(.qualified(by: previous.token), contribution: position)
            }
        }
    }

    /// Contrast, sentence by sentence: in a sentence with "maar"/"but", what comes after the last such word weighs
    /// more, what comes before it less; a sentence that opens with one ("Maar …", "Toch …") turns against the
    /// sentence before it. Other sentences keep their weight: a turn in one sentence of a long review says
    /// nothing about the others.
    func weighContrast<Sink: ScoringSink>(_ contributions: UnsafeMutableBufferPointer<Contribution>, sink: inout Sink) {
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
            // A complaint told as a fact before the turn ("Al 3 weken geen internet, maar de monteur was aardig"):
            // politeness after it does not outweigh it, so the sentence keeps its plain weights.
            if own.contains(where: { contributions[$0].token < turn && contributions[$0].isComplaintSignal }) { return }
            for position in own {
                let isBefore = contributions[position].token < turn
                // A complaint told as a fact keeps its weight before "maar": "Al 3 weken geen internet, maar de
                // monteur was aardig" is still a complaint.
                if isBefore, contributions[position].isComplaintSignal { continue }
                let factor = isBefore ? SentimentRules.beforeContrast : SentimentRules.afterContrast
                contributions[position].weight *= factor
                contributions[position].isContrasted = true
                sink.note(.contrast(turn: turn, isBefore: isBefore, factor: factor), contribution: position)
            }
            guard turn == first else { return }
            for position in previous where !contributions[position].isContrasted && !contributions[position].isComplaintSignal {
                contributions[position].weight *= SentimentRules.beforeContrast
                contributions[position].isContrasted = true
                sink.note(.contrast(turn: turn, isBefore: true, factor: SentimentRules.beforeContrast), contribution: position)
            }
        }
    }

    /// Where the clause a concessive word opens ends: at the next punctuation (a comma, the end of the sentence).
    /// Nil when no word follows it there ("Pricey though.").
    func concededClauseEnd(_ concession: Int) -> Int? {
        var end = concession + 1
        while end < count, tokens[end].kind != .punctuation { end += 1 }
        return end > concession + 1 ? end : nil
    }

    /// Whether a contrast word turns the sentence at `index` ("maar", "but"; "toch" only where a clause starts).
    @inline(__always)
    func isTurn(_ index: Int) -> Bool {
        guard tokens[index].kind == .word else { return false }
        let flags = flags(index)
        return flags.contains(.contrast) || (flags.contains(.toch) && (index == 0 || tokens[index - 1].kind == .punctuation))
    }

    /// Calls `body` for every sentence, in order, with the contributions that stand in it, those of the sentence
    /// before, its first token, its last contrast word and its first concessive word (-1 without one) and whether
    /// it ends in a question mark. Sentences are counted as the walk counts them: a new one starts at the first
    /// token after ".", "!" or "?".
    func forEachSentence(_ contributions: UnsafeMutableBufferPointer<Contribution>,
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
}
