/// A piece of text the scorer looks at.
struct Token: Sendable, Equatable {
    enum Kind: Sendable, Equatable {
        case word
        case number
        case emoji
        case emoticon
        /// ! ? . , ; : and the like: they end a negation's scope.
        case punctuation
    }

    var kind: Kind
    /// Lowercased, accents removed ("Geërgerd" → "geergerd"); the sign itself for emoji and punctuation.
    var folded: String
    /// The text as written.
    var original: String
    /// Written in capitals ("SLECHT"), two letters or more.
    var isShouted: Bool
}

/// Splits text into words, numbers, emoji, emoticons and punctuation.
enum Tokenizer {
    static func tokens(_ text: String) -> [Token] {
        var tokens: [Token] = []
        for chunk in text.split(whereSeparator: { $0.isWhitespace }) {
            if let first = chunk.utf8.first, emoticonStarts.contains(first), let emoticon = emoticon(in: chunk) {
                tokens.append(Token(kind: .emoticon, folded: emoticon, original: String(chunk), isShouted: false))
                continue
            }
            split(chunk, into: &tokens)
        }
        return tokens
    }

    /// First bytes of the emoticons webcare knows: a chunk starting otherwise needs no lookup.
    private static let emoticonStarts: Set<UInt8> = Set(SentimentRules.emoticons.keys.compactMap { $0.utf8.first } + Array("XD".utf8))

    /// The emoticon a whitespace-separated chunk is, allowing trailing punctuation (":(!!").
    private static func emoticon(in chunk: Substring) -> String? {
        var lowered = chunk.lowercased()
        while true {
            if SentimentRules.emoticons[lowered] != nil { return lowered }
            guard let last = lowered.last, ".,!?".contains(last), lowered.count > 1 else { return nil }
            lowered.removeLast()
        }
    }

    private static func split(_ chunk: Substring, into tokens: inout [Token]) {
        var word = ""
        func flush() {
            guard !word.isEmpty else { return }
            while word.hasSuffix("'") { word.removeLast() }
            while word.hasPrefix("'") { word.removeFirst() }
            guard !word.isEmpty else { return }
            let isNumber = word.allSatisfy { $0.isNumber || $0 == "," || $0 == "." }
            let letters = word.filter(\.isLetter)
            let isShouted = letters.count >= 2 && letters.allSatisfy(\.isUppercase)
            tokens.append(Token(kind: isNumber ? .number : .word, folded: Folding.fold(word), original: word, isShouted: isShouted))
            word = ""
        }
        var previous: Character = " "
        let characters = Array(chunk)
        for (index, character) in characters.enumerated() {
            if character.isLetter || character.isNumber {
                word.append(character)
            } else if (character == "'" || character == "\u{2019}"), previous.isLetter,
                      index + 1 < characters.count, characters[index + 1].isLetter {
                word.append("'")
            } else if (character == "." || character == ","), previous.isNumber, index + 1 < characters.count, characters[index + 1].isNumber {
                word.append(character)
            } else {
                flush()
                let sign = String(character)
                if SentimentRules.emoji[sign] != nil || character.unicodeScalars.first?.properties.isEmojiPresentation == true {
                    tokens.append(Token(kind: .emoji, folded: sign, original: sign, isShouted: false))
                } else if "!?.,;:()\"".contains(character) {
                    tokens.append(Token(kind: .punctuation, folded: sign, original: sign, isShouted: false))
                }
            }
            previous = character
        }
        flush()
    }
}
