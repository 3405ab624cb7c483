/// Whether a mention needs a reply from the brand: it asks a question the team should answer or asks for help
/// ("waarom duurt…", "kan iemand mij helpen", "hoe zeg ik op", "is er iemand die", "when will…", "can anyone help",
/// "how do I…"). Independent of sentiment: a polite question needs a reply as much as a complaint does.
public enum ReplyNeed {
    /// What made a mention need a reply, for an explanation.
    public struct Cue: Sendable, Equatable {
        /// The words of the text that asked, as written ("Hoe zeg ik", "can anyone help").
        public var words: String
        /// Why they ask for a reply.
        public var reason: Reason
    }

    /// The kinds of cue.
    public enum Reason: String, Sendable, Equatable {
        /// A request for help or action ("kan iemand mij helpen", "please call me back").
        case helpRequest
        /// A question that asks how, why, when or where ("waarom duurt…?", "how do I…?").
        case question
    }

    /// Whether the text needs a reply (see `cue(in:)`). An empty text does not.
    public static func isNeeded(in text: String) -> Bool { cue(in: text) != nil }

    /// The first cue in the text that asks for a reply, or nil. A help request counts anywhere; a question word
    /// counts at the start of a sentence that ends in "?", or anywhere in a text that ends in one.
    public static func cue(in text: String) -> Cue? {
        var text = text
        return text.withUTF8 { bytes in
            // Most texts hold neither a "?" nor a word a help request starts with: they are answered without a walk.
            guard mayAsk(bytes) else { return nil }
            return ScoringWalk.withTokens(bytes, vocabulary: Vocabulary.builtIn) { walk in walk.replyCue() }
        }
    }

    /// Whether the text could hold a cue at all: a "?" (a question needs one), or, ASCII case aside, a word that
    /// is in every help request it could hold. False only when no cue can match; the walk decides the rest.
    static func mayAsk(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        if bytes.contains(UInt8(ascii: "?")) { return true }
        // Accented letters fold to ASCII: such a text is walked.
        if bytes.contains(where: { $0 >= 0x80 }) { return true }
        let lowered = bytes.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
        return helpKeys.contains { key in
            guard key.count <= lowered.count else { return false }
            return lowered.withUnsafeBufferPointer { text in
                var start = 0
                while let found = text[start...].firstIndex(of: key[0]), found + key.count <= text.count {
                    if text[found..<(found + key.count)].elementsEqual(key) { return true }
                    start = found + 1
                }
                return false
            }
        }
    }

    /// For each help request, its longest word: a text without it cannot hold the request.
    static let helpKeys: [[UInt8]] = Array(Set(helpRequests.map { Array(($0.max { $0.utf8.count < $1.utf8.count } ?? "").utf8) }))
        .filter { !$0.isEmpty }

    /// The help requests and question openings as folded bytes, compared in place of Strings.
    static let helpRequestBytes: [[[UInt8]]] = helpRequests.map { $0.map { Array($0.utf8) } }
    static let questionOpeningBytes: [[[UInt8]]] = questionOpenings.map { $0.map { Array($0.utf8) } }

    /// Help requests, folded, as word sequences: anywhere in a text they ask for a reply.
    static let helpRequests: [[String]] = [
        "kan iemand mij helpen", "kan iemand me helpen", "kunnen jullie mij helpen", "kunnen jullie me helpen",
        "kunt u mij helpen", "kun je me helpen", "wie kan mij helpen", "wie kan me helpen", "graag hulp", "help mij",
        "help me", "is er iemand die", "weet iemand", "bel me terug", "bel mij terug", "neem contact op", "stuur me een dm",
        "graag een reactie", "reageer nou", "can anyone help", "can someone help", "can you help", "could you help",
        "please help", "help me", "is there anyone", "does anyone know", "anyone know", "call me back", "please call",
        "dm me", "please respond", "please reply", "get back to me",
    ].map { $0.split(separator: " ").map(String.init) }

    /// Question openings, folded: at the start of a question they ask the brand something.
    static let questionOpenings: [[String]] = [
        "waarom", "hoezo", "wanneer", "hoe lang", "hoe kan", "hoe zeg", "hoe zet", "hoe doe", "hoe werkt", "hoe krijg",
        "hoe kom", "hoe moet", "waar is", "waar blijft", "waar kan", "wat moet", "wat is", "kan ik", "kunnen jullie",
        "kunt u", "kun je", "moet ik", "is het mogelijk", "klopt het", "why", "when", "how do", "how can", "how long",
        "how much longer", "how is", "where is", "where's", "where can", "what do", "what should", "can i", "can you",
        "could you", "do i", "is it possible", "is there",
    ].map { $0.split(separator: " ").map(String.init) }
}

extension ScoringWalk {
    /// The walk's text's reply cue (see `ReplyNeed.cue(in:)`).
    func replyCue() -> ReplyNeed.Cue? {
        guard count > 0 else { return nil }
        func isWord(_ index: Int, _ word: [UInt8]) -> Bool {
            let token = tokens[index]
            guard token.kind == .word, token.foldedEnd - token.foldedStart == word.count else { return false }
            for (offset, byte) in word.enumerated() where folded[token.foldedStart + offset] != byte { return false }
            return true
        }
        func matches(_ words: [[UInt8]], at index: Int) -> Bool {
            guard index + words.count <= count else { return false }
            for (offset, word) in words.enumerated() where !isWord(index + offset, word) { return false }
            return true
        }
        for index in 0..<count where tokens[index].kind == .word {
            for words in ReplyNeed.helpRequestBytes where matches(words, at: index) {
                return ReplyNeed.Cue(words: original(index..<(index + words.count)), reason: .helpRequest)
            }
        }
        // Questions: a sentence that ends in "?" and opens with a question word. The sentence opens at the text's
        // start, after ".", "!", "?", ":", or after an @handle or a name and a comma ("@Netlinq waarom …").
        var sentenceStart = 0
        var index = 0
        while index <= count {
            let isEnd = index == count || (tokens[index].kind == .punctuation && Self.isTerminator(tokens[index].sign))
            if isEnd {
                let asks = index < count ? tokens[index].sign == 0x3F : false
                if asks {
                    var opening = sentenceStart
                    // Skip a greeting or handle before the question: "@Telvio, waarom…", "Hallo, hoe…".
                    while opening < index, !ReplyNeed.questionOpeningBytes.contains(where: { matches($0, at: opening) }),
                          opening - sentenceStart < 3 {
                        opening += 1
                    }
                    if let words = ReplyNeed.questionOpeningBytes.first(where: { matches($0, at: opening) }), opening < index {
                        return ReplyNeed.Cue(words: original(opening..<(opening + words.count)), reason: .question)
                    }
                }
                sentenceStart = index + 1
            }
            index += 1
        }
        return nil
    }
}
