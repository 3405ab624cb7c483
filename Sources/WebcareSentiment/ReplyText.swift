import WebcareCore

/// A reply or a mention read into words the way the scorer reads them (the same tokenizer and folding: lowercase,
/// accents removed), for the phrase detectors that work on whole drafts (`ReplyCheck`, `PromiseFinder`).
struct ReplyText {
    /// One word, number or punctuation mark.
    struct Token: Equatable {
        /// Folded ("excuses", "15"); for punctuation the mark itself.
        var folded: String
        /// As written.
        var written: String
        /// A word or a number (not punctuation, emoji or emoticon).
        var isWord: Bool
        /// A number written in digits.
        var isNumber: Bool
        /// ".", "!" or "?".
        var isSentenceEnd: Bool
        /// Whether a line break comes before it.
        var startsLine: Bool
        /// Byte offsets of the token in the text.
        var start: Int
        var end: Int
    }

    /// The tokens in order.
    var tokens: [Token]
    /// The language, as the scorer guesses it.
    var language: Language
    /// The text itself.
    var text: String

    /// Reads a text.
    init(_ text: String) {
        var copy = text
        self.text = text
        (tokens, language) = copy.withUTF8 { bytes in
            ScoringWalk.withTokens(bytes, vocabulary: Vocabulary.builtIn) { walk in (walk.replyTokens(), walk.language()) }
        }
    }

    /// Folded word sequences of a phrase, read with the same tokenizer ("Dat klopt níet" → ["dat", "klopt", "niet"]).
    static func words(of phrase: String) -> [String] {
        ReplyText(phrase).tokens.filter(\.isWord).map(\.folded)
    }

    /// Whether the folded words of `phrase` start at token `index` (punctuation between words breaks a match).
    func matches(_ phrase: [String], at index: Int) -> Bool {
        guard !phrase.isEmpty, index + phrase.count <= tokens.count else { return false }
        for (offset, word) in phrase.enumerated() {
            let token = tokens[index + offset]
            guard token.isWord, token.folded == word else { return false }
        }
        return true
    }

    /// The text as written from token `range.lowerBound` through `range.upperBound - 1`, on one line.
    func written(_ range: Range<Int>) -> String {
        guard !range.isEmpty else { return "" }
        let utf8 = Array(text.utf8)
        var from = tokens[range.lowerBound].start
        let to = tokens[range.upperBound - 1].end
        // An @handle or #tag keeps its sign.
        if from > 0, utf8[from - 1] == UInt8(ascii: "@") || utf8[from - 1] == UInt8(ascii: "#") { from -= 1 }
        return String(decoding: utf8[from..<to], as: UTF8.self).split(whereSeparator: \.isNewline).joined(separator: " ")
    }

    /// The sentences as token ranges: each ends after ".", "!" or "?", or at a line break, or at the end.
    var sentences: [Range<Int>] {
        var result: [Range<Int>] = []
        var start = 0
        for index in tokens.indices {
            if index > start, tokens[index].startsLine {
                result.append(start..<index)
                start = index
            }
            if tokens[index].isSentenceEnd {
                result.append(start..<(index + 1))
                start = index + 1
            }
        }
        if start < tokens.count { result.append(start..<tokens.count) }
        return result
    }
}

extension ScoringWalk {
    /// The walk's tokens as `ReplyText` tokens.
    func replyTokens() -> [ReplyText.Token] {
        var result: [ReplyText.Token] = []
        result.reserveCapacity(count)
        var previousEnd = 0
        for index in 0..<count {
            let token = tokens[index]
            let isWord = token.kind == .word || token.kind == .number
            let gap = text[min(previousEnd, token.start)..<token.start]
            result.append(ReplyText.Token(
                folded: isWord ? folded(index) : original(index), written: original(index), isWord: isWord, isNumber: token.kind == .number,
                isSentenceEnd: token.kind == .punctuation && Self.isTerminator(token.sign), startsLine: index > 0 && gap.contains(0x0A),
                start: token.start, end: token.end))
            previousEnd = token.end
        }
        return result
    }
}
