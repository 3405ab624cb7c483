import WebcareCore

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
        for scalars in text.unicodeScalars.split(whereSeparator: Self.isSpace) {
            let chunk = Substring(scalars)
            if let first = chunk.utf8.first, emoticonStarts.contains(first), let emoticon = emoticon(in: chunk) {
                tokens.append(Token(kind: .emoticon, folded: emoticon, original: String(chunk), isShouted: false))
                continue
            }
            split(chunk, into: &tokens)
        }
        return tokens
    }

    private static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x80 ? (scalar.value == 0x20 || (scalar.value >= 0x09 && scalar.value <= 0x0D)) : scalar.properties.isWhitespace
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
        var word = String.UnicodeScalarView()
        var isNumber = true
        var letters = 0
        var capitals = 0
        func flush() {
            guard !word.isEmpty else { return }
            while word.last == "'" { word.removeLast() }
            while word.first == "'" { word.removeFirst() }
            guard !word.isEmpty else { isNumber = true; letters = 0; capitals = 0; return }
            let text = String(word)
            tokens.append(Token(kind: isNumber ? .number : .word, folded: TextFolding.fold(text), original: text,
                                isShouted: letters >= 2 && capitals == letters))
            word = String.UnicodeScalarView()
            isNumber = true
            letters = 0
            capitals = 0
        }
        let scalars = Array(chunk.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let value = scalar.value
            let isASCIILetter = (value >= 0x61 && value <= 0x7A) || (value >= 0x41 && value <= 0x5A)
            let isDigit = value >= 0x30 && value <= 0x39
            let isOtherLetter = value >= 0x80 && !isEmoji(scalar) && scalar.properties.isAlphabetic
            if isASCIILetter || isDigit || isOtherLetter || (value >= 0x80 && scalar.properties.generalCategory == .nonspacingMark && !word.isEmpty) {
                word.append(scalar)
                if !isDigit {
                    isNumber = false
                    letters += 1
                    if (value >= 0x41 && value <= 0x5A) || (isOtherLetter && scalar.properties.isUppercase) { capitals += 1 }
                }
                continue
            }
            let previous = index > 0 ? scalars[index - 1] : " "
            let next = index + 1 < scalars.count ? scalars[index + 1] : " "
            if (scalar == "'" || scalar == "\u{2019}"), !word.isEmpty, !isNumber, next.properties.isAlphabetic {
                word.append("'")
                continue
            }
            if (scalar == "." || scalar == ","), !word.isEmpty, isNumber, previous.value >= 0x30 && previous.value <= 0x39,
               next.value >= 0x30 && next.value <= 0x39 {
                word.append(scalar)
                continue
            }
            flush()
            if isEmoji(scalar) {
                let sign = String(scalar)
                tokens.append(Token(kind: .emoji, folded: sign, original: sign, isShouted: false))
            } else if "!?.,;:()\"".unicodeScalars.contains(scalar) {
                let sign = String(scalar)
                tokens.append(Token(kind: .punctuation, folded: sign, original: sign, isShouted: false))
            }
        }
        flush()
    }

    private static func isEmoji(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x2600 && (SentimentRules.emoji[String(scalar)] != nil || scalar.properties.isEmojiPresentation)
    }
}
