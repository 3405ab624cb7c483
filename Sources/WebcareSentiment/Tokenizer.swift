import WebcareCore

/// A piece of text the scorer looks at, as positions in the text's UTF-8 bytes (no strings are made), in 32 bytes.
struct Token: Sendable {
    enum Kind: UInt8, Sendable {
        case word
        case number
        case emoji
        case emoticon
        /// ! ? . , ; : ( ) ": they end a negation's scope.
        case punctuation
    }

    var kind: Kind
    /// Written in capitals ("SLECHT"), two letters or more.
    var isShouted = false
    /// A negator already read as part of a phrase ("geen reactie"): it negates nothing after it.
    var isConsumedNegator = false
    /// The vocabulary id of a word or number, -1 when the vocabulary doesn't have it (and for other kinds).
    var word: Int32 = -1
    /// The rules and lexicons the word takes part in (empty without an id).
    var flags: WordFlags = []
    /// Emoji: the scalar. Punctuation: the byte. Emoticon: its index in `Tokenizer.emoticons`.
    var sign: UInt32 = 0
    private var startOffset: Int32
    private var endOffset: Int32
    private var foldedStartOffset: Int32 = 0
    private var foldedEndOffset: Int32 = 0

    init(kind: Kind, start: Int, end: Int, sign: UInt32) {
        self.kind = kind
        self.sign = sign
        startOffset = Int32(truncatingIfNeeded: start)
        endOffset = Int32(truncatingIfNeeded: end)
    }

    init(kind: Kind, isShouted: Bool, word: Int32, flags: WordFlags, start: Int, end: Int, foldedStart: Int, foldedEnd: Int) {
        self.kind = kind
        self.isShouted = isShouted
        self.word = word
        self.flags = flags
        startOffset = Int32(truncatingIfNeeded: start)
        endOffset = Int32(truncatingIfNeeded: end)
        foldedStartOffset = Int32(truncatingIfNeeded: foldedStart)
        foldedEndOffset = Int32(truncatingIfNeeded: foldedEnd)
    }

    /// The text as written: bytes start..<end (with ’ read as ').
    var start: Int { Int(startOffset) }
    var end: Int { Int(endOffset) }
    /// Words and numbers: lowercased, accents removed ("Geërgerd" → "geergerd"), at folded[foldedStart..<foldedEnd].
    var foldedStart: Int { Int(foldedStartOffset) }
    var foldedEnd: Int { Int(foldedEndOffset) }
}

/// Splits UTF-8 text into words, numbers, emoji, emoticons and punctuation in one pass over the bytes, folding
/// words as it goes and looking each up in the vocabulary. ASCII is classified by arithmetic (runs of letters
/// eight bytes at a time), other scalars by their Unicode properties (from tables for Latin and punctuation).
/// Bytes that are not UTF-8 separate words, as U+FFFD would.
enum Tokenizer {
    /// The most tokens a text of `byteCount` bytes can give.
    static func tokenCapacity(_ byteCount: Int) -> Int { byteCount + 1 }
    /// The folded bytes a text of `byteCount` bytes needs: at most 1.5× its bytes (no scalar folds to more), and
    /// 16 bytes after the last word, so that a word's key can be read 8 bytes at a time.
    static func foldedCapacity(_ byteCount: Int) -> Int { byteCount * 2 + 32 }
    /// The longest text scored: offsets are 32-bit. Longer texts are scored on their first 2 GiB.
    static let maximumLength = Int(Int32.max) - 64

    /// The word being read: where it starts and ends in the text and in the folded bytes, and what it holds.
    private struct Word {
        let start: Int
        /// Where its last scalar ends.
        var end: Int
        let foldedStart: Int
        /// Where its folded bytes end.
        var foldedEnd: Int
        /// Digits only so far (with . or , between digits).
        var isNumber = true
        var letters = 0
        /// A letter that is not a capital has been read: the word is not shouted.
        var hasNonCapital = false
        /// The last scalar read is a digit.
        var previousIsDigit = false
        /// When the last scalar read is an apostrophe: where that apostrophe starts, and the folded length before it.
        var apostropheAt = -1
        var foldedBeforeApostrophe = 0

        init(at index: Int, folded: Int) {
            start = index
            end = index
            foldedStart = folded
            foldedEnd = folded
        }

        /// Whether the word may go on at an ASCII `byte` that is no letter or digit: an apostrophe in a word, a
        /// point or comma in a number. Any other such byte ends it; a byte from 0x80 on may go on too.
        @inline(__always)
        func mayGoOn(at byte: UInt8) -> Bool {
            byte >= 0x80 || (byte == 0x27 && !isNumber) || ((byte == 0x2E || byte == 0x2C) && isNumber && previousIsDigit)
        }
    }

    /// Fills `tokens` (room for `tokenCapacity` of them) and `folded` (of `foldedCapacity(text.count)`) and returns
    /// the number of tokens and every flag of some word or number among them, or nil when they don't fit.
    ///
    /// Between words the loop reads white space, punctuation, emoji and emoticons. A word is read from its first
    /// letter or digit: a run of ASCII letters and digits, which most words are whole, ends it at most other ASCII
    /// bytes at once; else `readRest` reads on (apostrophes, number separators, other scripts). It ends in one place.
    static func tokenize(_ text: UnsafeBufferPointer<UInt8>, vocabulary: VocabularyTables, tokens: UnsafeMutablePointer<Token>,
                         tokenCapacity: Int, folded: UnsafeMutablePointer<UInt8>) -> (count: Int, wordFlags: WordFlags)? {
        guard let bytes = text.baseAddress else { return (0, []) }
        let count = text.count
        let emoticonStarts = emoticonStartMask
        var wordFlags: WordFlags = []
        var tokenCount = 0
        var foldedCount = 0
        /// After white space (or at the start): an emoticon may start here.
        var isChunkStart = true
        var index = 0

        @inline(__always) func add(_ token: Token) -> Bool {
            guard tokenCount < tokenCapacity else { return false }
            (tokens + tokenCount).initialize(to: token)
            tokenCount &+= 1
            return true
        }

        while index < count {
            let byte = bytes[index]
            if isChunkStart {
                isChunkStart = false
                if byte < 0x80, emoticonStarts.contains(byte), let (end, emoticon) = emoticon(bytes, index, count) {
                    guard add(Token(kind: .emoticon, start: index, end: end, sign: UInt32(emoticon))) else { return nil }
                    index = end
                    continue
                }
            }
            // Read by value (a word whose address a call took would stay in memory all the way).
            var word: Word
            if byte < 0x80 {
                guard isLetterOrDigit(byte) else {
                    if byte == 0x20 || byte &- 0x09 < 5 {
                        isChunkStart = true
                    } else if isPunctuation(byte) {
                        guard add(Token(kind: .punctuation, start: index, end: index + 1, sign: UInt32(byte))) else { return nil }
                    }
                    index += 1
                    continue
                }
                word = Word(at: index, folded: foldedCount)
                readRun(&word, bytes, count, folded)
                if word.end < count, word.mayGoOn(at: bytes[word.end]) { word = readRest(word, bytes, count, folded) }
            } else {
                switch scalarBetweenWords(bytes, index, count) {
                case .invalid:
                    index += 1
                    continue
                case .emoji(let value, let length):
                    guard add(Token(kind: .emoji, start: index, end: index + length, sign: value)) else { return nil }
                    index += length
                    continue
                case .space(let length):
                    isChunkStart = true
                    index += length
                    continue
                case .other(let length):
                    index += length
                    continue
                case .letter:
                    word = readRest(Word(at: index, folded: foldedCount), bytes, count, folded)
                }
            }

            // The word ends (the next scalar is no part of it): without a last apostrophe, looked up, added.
            index = word.end
            if word.apostropheAt >= 0 {
                word.end = word.apostropheAt
                word.foldedEnd = word.foldedBeforeApostrophe
            }
            // 16 initialized bytes after the word, for reading its key 8 bytes at a time.
            let padding = UnsafeMutableRawPointer(folded + word.foldedEnd)
            padding.storeBytes(of: 0, as: UInt64.self)
            padding.storeBytes(of: 0, toByteOffset: 8, as: UInt64.self)
            let id = vocabulary.find(padded: folded + word.foldedStart, count: word.foldedEnd &- word.foldedStart)
            let flags = id < 0 ? [] : vocabulary.records[Int(id)].flags
            guard add(Token(kind: word.isNumber ? .number : .word, isShouted: word.letters >= 2 && !word.hasNonCapital, word: id,
                            flags: flags, start: word.start, end: word.end, foldedStart: word.foldedStart, foldedEnd: word.foldedEnd)) else { return nil }
            wordFlags.formUnion(flags)
            foldedCount = word.foldedEnd
            // The space after a word, the most common end, is read here rather than by the loop between words.
            if index < count, bytes[index] == 0x20 {
                isChunkStart = true
                index += 1
            }
        }
        return (tokenCount, wordFlags)
    }

    /// A scalar from 0x80 on, read where no word is being read.
    private enum ScalarBetweenWords {
        /// Bytes that are not UTF-8 (one is skipped).
        case invalid
        case emoji(UInt32, length: Int)
        case space(length: Int)
        /// A letter: a word starts.
        case letter
        /// A mark, a right single quote or a symbol, with no word to join.
        case other(length: Int)
    }

    /// What the scalar at `index` (from 0x80 on) is between words. Out of line: the loop between words meets few.
    @inline(never)
    private static func scalarBetweenWords(_ bytes: UnsafePointer<UInt8>, _ index: Int, _ count: Int) -> ScalarBetweenWords {
        let (value, length) = decode(bytes, index, count)
        guard length > 0 else { return .invalid }
        // An emoji the rules know (no whitespace or mark lies at or above U+2600 but U+3000): no properties needed.
        if value >= 0x2600, value != 0x3000, emojiValences[value] != nil { return .emoji(value, length: length) }
        let facts = ScalarFacts.of(value)
        if facts.isSpace { return .space(length: length) }
        let isEmoji = value >= 0x2600 && facts.isEmojiPresentation
        if isEmoji { return .emoji(value, length: length) }
        return facts.isAlphabetic ? .letter : .other(length: length)
    }

    /// Reads a run of ASCII letters and digits at the word's end (one at least) into the word, folded. Eight
    /// bytes at a time while they are letters: lowercases them all at once (A–Z differ from a–z only in bit 5,
    /// which also tells a capital).
    @inline(__always)
    private static func readRun(_ word: inout Word, _ bytes: UnsafePointer<UInt8>, _ count: Int, _ folded: UnsafeMutablePointer<UInt8>) {
        var next = word.end, out = word.foldedEnd
        var letters = word.letters, hasNonCapital = word.hasNonCapital, isNumber = word.isNumber, isDigit = false
        while next &+ 8 <= count {
            let eight = UInt64(littleEndian: UnsafeRawPointer(bytes + next).loadUnaligned(as: UInt64.self))
            let lowered = eight | 0x2020_2020_2020_2020
            let low = lowered & 0x7F7F_7F7F_7F7F_7F7F
            // Per byte, the top bit: at least "a", and not beyond "z", and ASCII.
            let isLetter = (low &+ 0x1F1F_1F1F_1F1F_1F1F) & ~(low &+ 0x0505_0505_0505_0505) & ~eight & 0x8080_8080_8080_8080
            let notLetter = ~isLetter & 0x8080_8080_8080_8080
            let run = notLetter == 0 ? 8 : notLetter.trailingZeroBitCount &>> 3
            guard run > 0 else { break }
            UnsafeMutableRawPointer(folded + out).storeBytes(of: lowered.littleEndian, as: UInt64.self)
            let read: UInt64 = run == 8 ? ~0 : (1 &<< UInt64(truncatingIfNeeded: run &* 8)) &- 1
            if eight & 0x2020_2020_2020_2020 & read != 0 { hasNonCapital = true }
            letters &+= run
            isNumber = false
            out &+= run
            next &+= run
            if run < 8 { break }
        }
        while next < count {
            let byte = bytes[next]
            let lower = byte | 0x20
            if lower &- 0x61 < 26 {
                folded[out] = lower
                letters &+= 1
                if byte & 0x20 != 0 { hasNonCapital = true }
                isNumber = false
                isDigit = false
            } else if byte &- 0x30 < 10 {
                folded[out] = byte
                isDigit = true
            } else {
                break
            }
            out &+= 1
            next &+= 1
        }
        word.letters = letters
        word.hasNonCapital = hasNonCapital
        word.isNumber = isNumber
        word.previousIsDigit = isDigit
        word.apostropheAt = -1
        word.end = next
        word.foldedEnd = out
    }

    /// Reads the word on from its end to where it ends: ASCII runs, an apostrophe before a letter, a point or
    /// comma between digits, letters and marks of other scripts, a right single quote read as an apostrophe.
    /// Every scalar read moves the word's end past it.
    @inline(never)
    private static func readRest(_ word: Word, _ bytes: UnsafePointer<UInt8>, _ count: Int, _ folded: UnsafeMutablePointer<UInt8>) -> Word {
        var word = word
        while word.end < count {
            let index = word.end
            let byte = bytes[index]
            if byte < 0x80 {
                if isLetterOrDigit(byte) {
                    readRun(&word, bytes, count, folded)
                    continue
                }
                if byte == 0x27, !word.isNumber, isAlphabetic(bytes, index + 1, count) {
                    word.apostropheAt = index
                    word.foldedBeforeApostrophe = word.foldedEnd
                    folded[word.foldedEnd] = 0x27
                    word.foldedEnd += 1
                    word.end = index + 1
                    word.previousIsDigit = false
                    continue
                }
                if byte == 0x2E || byte == 0x2C, word.isNumber, word.previousIsDigit, index + 1 < count, bytes[index + 1] &- 0x30 < 10 {
                    folded[word.foldedEnd] = byte
                    word.foldedEnd += 1
                    word.apostropheAt = -1
                    word.end = index + 1
                    word.previousIsDigit = false
                    continue
                }
                return word
            }
            word.previousIsDigit = false
            let (value, length) = decode(bytes, index, count)
            guard length > 0, value < 0x2600 || value == 0x3000 || emojiValences[value] == nil else { return word }
            let facts = ScalarFacts.of(value)
            if facts.isSpace { return word }
            let isOtherLetter = !(value >= 0x2600 && facts.isEmojiPresentation) && facts.isAlphabetic
            if isOtherLetter || facts.isNonspacingMark {
                word.foldedEnd += facts.appendFolded(value, to: folded + word.foldedEnd)
                word.isNumber = false
                word.letters += 1
                if !(isOtherLetter && facts.isUppercase) { word.hasNonCapital = true }
                word.apostropheAt = -1
                word.end = index + length
                continue
            }
            if value == 0x2019, !word.isNumber, isAlphabetic(bytes, index + length, count) {
                word.apostropheAt = index
                word.foldedBeforeApostrophe = word.foldedEnd
                folded[word.foldedEnd] = 0x27
                word.foldedEnd += 1
                word.end = index + length
                continue
            }
            return word
        }
        return word
    }

    @inline(__always)
    private static func isLetterOrDigit(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 }

    /// ! ? . , ; : ( ) ": the punctuation the rules read.
    @inline(__always)
    private static func isPunctuation(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"),
             UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "\""):
            return true
        default:
            return false
        }
    }

    /// Whether the scalar at `index` is alphabetic (an apostrophe before it belongs to the word).
    @inline(__always)
    private static func isAlphabetic(_ bytes: UnsafePointer<UInt8>, _ index: Int, _ count: Int) -> Bool {
        guard index < count else { return false }
        let byte = bytes[index]
        if byte < 0x80 { return (byte | 0x20) &- 0x61 < 26 }
        let (value, length) = decode(bytes, index, count)
        return length > 0 && ScalarFacts.of(value).isAlphabetic
    }

    /// Decodes the scalar at `index`: its value and length, or length 0 when the bytes there are not UTF-8.
    @inline(__always)
    static func decode(_ bytes: UnsafePointer<UInt8>, _ index: Int, _ count: Int) -> (UInt32, Int) {
        let lead = bytes[index]
        @inline(__always) func continuation(_ offset: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> UInt32? {
            guard index + offset < count else { return nil }
            let byte = bytes[index + offset]
            return byte >= low && byte <= high ? UInt32(byte & 0x3F) : nil
        }
        switch lead {
        case 0..<0x80:
            return (UInt32(lead), 1)
        case 0xC2...0xDF:
            guard let second = continuation(1) else { return (0, 0) }
            return (UInt32(lead & 0x1F) << 6 | second, 2)
        case 0xE0...0xEF:
            let low: UInt8 = lead == 0xE0 ? 0xA0 : 0x80, high: UInt8 = lead == 0xED ? 0x9F : 0xBF
            guard let second = continuation(1, low, high), let third = continuation(2) else { return (0, 0) }
            return (UInt32(lead & 0x0F) << 12 | second << 6 | third, 3)
        case 0xF0...0xF4:
            let low: UInt8 = lead == 0xF0 ? 0x90 : 0x80, high: UInt8 = lead == 0xF4 ? 0x8F : 0xBF
            guard let second = continuation(1, low, high), let third = continuation(2), let fourth = continuation(3) else { return (0, 0) }
            return (UInt32(lead & 0x07) << 18 | second << 12 | third << 6 | fourth, 4)
        default:
            return (0, 0)
        }
    }

    /// An emoticon taking up the whole chunk that starts at `start` (up to whitespace), allowing trailing
    /// punctuation (":(!!"), compared lowercased: its end and its index in `emoticons`.
    private static func emoticon(_ bytes: UnsafePointer<UInt8>, _ start: Int, _ count: Int) -> (Int, Int)? {
        var end = start
        while end < count, bytes[end] < 0x80, bytes[end] != 0x20, bytes[end] &- 0x09 >= 5 { end += 1 }
        if end < count, bytes[end] >= 0x80 {
            // Only ASCII chunks can be emoticons; a chunk may still end at non-ASCII whitespace.
            let (value, length) = decode(bytes, end, count)
            guard length > 0, ScalarFacts.of(value).isSpace else { return nil }
        }
        var length = end - start
        while true {
            if length <= 4 {
                search: for (index, key) in emoticons.enumerated() where key.bytes.count == length {
                    for offset in 0..<length {
                        let byte = bytes[start + offset]
                        if (byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte) != key.bytes[offset] { continue search }
                    }
                    return (end, index)
                }
            }
            let last = bytes[start + length - 1]
            guard length > 1, last == 0x2E || last == 0x2C || last == 0x21 || last == 0x3F else { return nil }
            length -= 1
        }
    }

    /// The emoticons as bytes, with their valence (only ASCII ones can match a chunk).
    static let emoticons: [(bytes: [UInt8], valence: Double)] = SentimentRules.emoticons
        .filter { $0.key.utf8.allSatisfy { $0 < 0x80 } && $0.key.utf8.count <= 4 }
        .sorted { $0.key < $1.key }
        .map { (Array($0.key.utf8), $0.value) }

    /// The valence of each single-scalar emoji.
    static let emojiValences: [UInt32: Double] = {
        var table: [UInt32: Double] = [:]
        for (emoji, valence) in SentimentRules.emoji {
            let scalars = Array(emoji.unicodeScalars)
            if scalars.count == 1 { table[scalars[0].value] = valence }
        }
        return table
    }()

    /// First bytes of the emoticons webcare knows, as a bit set over ASCII: a chunk starting otherwise needs no lookup.
    private static let emoticonStartMask: ASCIISet = {
        var set = ASCIISet()
        for byte in SentimentRules.emoticons.keys.compactMap(\.utf8.first) + Array("XD".utf8) where byte < 0x80 { set.insert(byte) }
        return set
    }()
}

/// What the tokenizer needs to know about a non-ASCII scalar, and its folded form. Latin scalars (the accents
/// of Dutch) come from a table made once from the same Unicode properties; others are asked each time.
struct ScalarFacts {
    var isSpace: Bool
    var isAlphabetic: Bool
    var isEmojiPresentation: Bool
    var isNonspacingMark: Bool
    var isUppercase: Bool

    @inline(__always)
    static func of(_ value: UInt32) -> ScalarFacts {
        if value < latinEnd { return latin[Int(value)] }
        if value &- punctuationStart < UInt32(punctuation.count) { return punctuation[Int(value &- punctuationStart)] }
        return ScalarFacts(Unicode.Scalar(value)!)
    }

    init(_ scalar: Unicode.Scalar) {
        let properties = scalar.properties
        isSpace = properties.isWhitespace
        isAlphabetic = properties.isAlphabetic
        isEmojiPresentation = properties.isEmojiPresentation
        isNonspacingMark = properties.generalCategory == .nonspacingMark
        isUppercase = properties.isUppercase
    }

    /// Writes the scalar folded (as `TextFolding` folds it) and returns how many bytes that took (at most 1.5×
    /// the scalar's own).
    @inline(__always)
    func appendFolded(_ value: UInt32, to out: UnsafeMutablePointer<UInt8>) -> Int {
        if value < Self.latinEnd {
            let start = Int(value) * 4
            let length = Int(Self.latinFoldedLength[Int(value)])
            for offset in 0..<length { out[offset] = Self.latinFolded[start + offset] }
            return length
        }
        let folded = TextFolding.foldedBytes(String(Character(Unicode.Scalar(value)!)))
        for (offset, byte) in folded.enumerated() { out[offset] = byte }
        return folded.count
    }

    private static let latinEnd: UInt32 = 0x250
    private static let latin: [ScalarFacts] = (0..<latinEnd).map { ScalarFacts(Unicode.Scalar($0)!) }
    /// General Punctuation and Currency Symbols (’ “ ” … – — €), common in any language, from a table too.
    private static let punctuationStart: UInt32 = 0x2000
    private static let punctuation: [ScalarFacts] = (punctuationStart..<0x20D0).map { ScalarFacts(Unicode.Scalar($0)!) }
    /// Each Latin scalar folded, in 4 bytes (zero-padded), and the lengths.
    private static let (latinFolded, latinFoldedLength): ([UInt8], [UInt8]) = {
        var bytes: [UInt8] = [], lengths: [UInt8] = []
        for value in 0..<latinEnd {
            let folded = TextFolding.foldedBytes(String(Character(Unicode.Scalar(value)!)))
            precondition(folded.count <= 4)
            bytes += folded + [UInt8](repeating: 0, count: 4 - folded.count)
            lengths.append(UInt8(folded.count))
        }
        return (bytes, lengths)
    }()
}

/// A set of ASCII bytes, as two words of bits.
struct ASCIISet {
    private var low: UInt64 = 0
    private var high: UInt64 = 0

    mutating func insert(_ byte: UInt8) {
        if byte < 64 { low |= 1 << UInt64(byte) } else { high |= 1 << UInt64(byte - 64) }
    }

    /// Whether the set holds `byte` (an ASCII byte).
    @inline(__always)
    func contains(_ byte: UInt8) -> Bool {
        (byte < 64 ? low : high) & (1 &<< UInt64(byte & 63)) != 0
    }
}
