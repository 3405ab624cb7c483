/// The rules a folded word takes part in, and the lexicons it is in.
struct WordFlags: OptionSet, Sendable {
    let rawValue: UInt32

    /// In the scorer's Dutch lexicon (team overrides included).
    static let dutchWord = WordFlags(rawValue: 1 << 0)
    /// In the scorer's English lexicon (team overrides included).
    static let englishWord = WordFlags(rawValue: 1 << 1)
    /// In the built-in Dutch lexicon: the language guess counts these when no function word shows.
    static let builtInDutch = WordFlags(rawValue: 1 << 2)
    /// In the built-in English lexicon.
    static let builtInEnglish = WordFlags(rawValue: 1 << 3)
    static let negator = WordFlags(rawValue: 1 << 4)
    static let booster = WordFlags(rawValue: 1 << 5)
    static let contrast = WordFlags(rawValue: 1 << 6)
    static let dutchMarker = WordFlags(rawValue: 1 << 7)
    static let englishMarker = WordFlags(rawValue: 1 << 8)
    static let timeUnit = WordFlags(rawValue: 1 << 9)
    static let waitingTail = WordFlags(rawValue: 1 << 10)
    static let waitingLead = WordFlags(rawValue: 1 << 11)
    static let numberWord = WordFlags(rawValue: 1 << 12)
    static let complaintQuestion = WordFlags(rawValue: 1 << 13)
    static let whyWord = WordFlags(rawValue: 1 << 14)
    /// First word of a complaint pair ("weer geen", "still no").
    static let repetitionStart = WordFlags(rawValue: 1 << 15)
    /// Never read a compound's meaning from this tail ("beltegoed").
    static let misleadingTail = WordFlags(rawValue: 1 << 16)
    /// "dag", "day": "dag 31" counts the days of a problem.
    static let dayWord = WordFlags(rawValue: 1 << 17)
    /// "alweer": a complaint signal on its own.
    static let alweer = WordFlags(rawValue: 1 << 18)
    /// "toch": a contrast word only at the start of a clause.
    static let toch = WordFlags(rawValue: 1 << 19)
    /// The first word of some phrase of either lexicon: only these start a phrase search.
    static let phraseStart = WordFlags(rawValue: 1 << 20)
    /// A Dutch verb particle ("tegen", "mee", "af"): at the end of a clause it may close a separable verb that
    /// began earlier in it ("viel me zwaar tegen").
    static let particle = WordFlags(rawValue: 1 << 21)
    /// "too": before a positive word it says there is too much of a good thing ("too sweet").
    static let excess = WordFlags(rawValue: 1 << 22)
    /// "en", "and", "omdat", "because": a negation does not reach across it.
    static let negationBarrier = WordFlags(rawValue: 1 << 23)
    /// "hoewel", "although": the clause it opens is conceded.
    static let concessive = WordFlags(rawValue: 1 << 24)
    /// Read by its parts, the word finds nothing in either language (not elongated, no prefix, no compound tail,
    /// no -loos): words without a valence of their own ("het", "the") skip that reading.
    static let nothingByParts = WordFlags(rawValue: 1 << 25)
    /// "zonder", "without": a complaint of lack ("zonder stroom").
    static let lack = WordFlags(rawValue: 1 << 26)
    /// "gevoel", "denk", "feeling", "think": a negation beside it reaches into the clause it frames ("niet het gevoel
    /// dat het verholpen is").
    static let negationRaiser = WordFlags(rawValue: 1 << 27)
    /// "nooit", "never": before "zo'n"/"such" it intensifies instead of negating ("nog nooit zo'n slechte app").
    static let never = WordFlags(rawValue: 1 << 28)
    /// "zo'n", "zulke", "such", "so".
    static let such = WordFlags(rawValue: 1 << 29)
    /// "meer", "anymore": after a negation that negates nothing, a complaint that something stopped ("geen mail meer").
    static let noLonger = WordFlags(rawValue: 1 << 30)
    /// "hoor": after flat praise, Dutch sarcasm ("Bedankt hoor.", "Knap hoor").
    static let sarcasmTag = WordFlags(rawValue: 1 << 31)
}

/// The valences of one word, apart from its key and flags: only sentiment words and boosters need them.
struct WordValences: Sendable {
    /// Valence in the scorer's Dutch lexicon, when the word's flags have `.dutchWord`.
    var dutch: Double = 0
    /// Valence in the scorer's English lexicon, when the word's flags have `.englishWord`.
    var english: Double = 0
    /// Relative change a booster makes, when the word's flags have `.booster`.
    var booster: Double = 0
}

/// A word's key and flags in 32 bytes, so that a lookup touches one slot and one record.
struct WordRecord: Sendable {
    /// The key's first 16 bytes (see `WordKey`).
    var head: (UInt64, UInt64) = (0, 0)
    var length: UInt32 = 0
    /// Where bytes 16… of a longer key start in the overflow bytes.
    var overflowStart: UInt32 = 0
    var flags: WordFlags = []
}

/// What a sequence of two or more words is: a phrase of either lexicon, the beginning of one, a complaint pair,
/// or a two-word booster ("a bit").
struct PhraseNode: Sendable {
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8
        static let dutchPhrase = Flags(rawValue: 1 << 0)
        static let englishPhrase = Flags(rawValue: 1 << 1)
        /// A proper beginning of a Dutch phrase: reading on may still find one.
        static let dutchPrefix = Flags(rawValue: 1 << 2)
        static let englishPrefix = Flags(rawValue: 1 << 3)
        static let repetitionPair = Flags(rawValue: 1 << 4)
        static let boosterPair = Flags(rawValue: 1 << 5)
        /// A complaint told as a fact or question (`SentimentRules.complaintCues`).
        static let complaintCue = Flags(rawValue: 1 << 6)
    }
    var flags: Flags = []
    var dutch: Double = 0
    var english: Double = 0
    var booster: Double = 0
}

/// A (parent node, word id) → node link of the phrase table.
struct PhraseEdge: Sendable {
    var key: UInt64 = 0
    /// 0 when the slot is empty.
    var node: UInt32 = 0
}

/// A word as the vocabulary compares it: its first 16 bytes as two little-endian words (zero past its end), its
/// length, and a hash of all its bytes made a word at a time.
struct WordKey {
    var head: (UInt64, UInt64)
    var length: Int
    var hash: UInt64

    /// Reads the key of `count` bytes that are followed by at least 16 more readable, initialized bytes (whatever
    /// they hold: they are masked off). The tokenizer's folded buffer is laid out so.
    @inline(__always)
    init(padded bytes: UnsafePointer<UInt8>, count: Int) {
        let raw = UnsafeRawPointer(bytes)
        var first = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        var second = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: 8, as: UInt64.self))
        if count < 16 {
            if count <= 8 {
                first &= Self.mask(count)
                second = 0
            } else {
                second &= Self.mask(count - 8)
            }
        }
        head = (first, second)
        length = count
        var hash = Self.start(first, second, count)
        var offset = 16
        while offset < count {
            var chunk = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            if count - offset < 8 { chunk &= Self.mask(count - offset) }
            hash = Self.mix(hash, chunk)
            offset += 8
        }
        self.hash = Self.finish(hash)
    }

    /// The key of a word of at most 16 bytes, from its head.
    init(head: (UInt64, UInt64), length: Int) {
        precondition(length <= 16)
        self.head = head
        self.length = length
        hash = Self.finish(Self.start(head.0, head.1, length))
    }

    /// Reads the key of exactly these bytes.
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        func chunk(_ offset: Int) -> UInt64 {
            if offset + 8 <= count { return UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt64.self)) }
            var value: UInt64 = 0
            var index = min(offset + 8, count)
            while index > offset {
                index -= 1
                value = value << 8 | UInt64(bytes[index])
            }
            return value
        }
        head = (chunk(0), chunk(8))
        length = count
        var hash = Self.start(head.0, head.1, count)
        var offset = 16
        while offset < count {
            hash = Self.mix(hash, chunk(offset))
            offset += 8
        }
        self.hash = Self.finish(hash)
    }

    /// The low `bytes` bytes of a word (all of it from 8 on).
    @inline(__always) private static func mask(_ bytes: Int) -> UInt64 {
        bytes >= 8 ? ~0 : (1 &<< UInt64(truncatingIfNeeded: 8 &* bytes)) &- 1
    }

    @inline(__always) private static func mix(_ hash: UInt64, _ chunk: UInt64) -> UInt64 {
        let mixed = (hash ^ chunk) &* 0x9E37_79B9_7F4A_7C15
        return mixed ^ (mixed >> 32)
    }

    /// The first 16 bytes and the length, before `finish` mixes them (which spreads every bit of them).
    @inline(__always) private static func start(_ first: UInt64, _ second: UInt64, _ count: Int) -> UInt64 {
        first ^ (second &* 0x9E37_79B9_7F4A_7C15) ^ UInt64(truncatingIfNeeded: count) &<< 58
    }

    @inline(__always) private static func finish(_ hash: UInt64) -> UInt64 {
        let mixed = (hash ^ (hash >> 29)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 32)
    }
}

/// The tables behind `Vocabulary`, as growable arrays: every word the scorer knows (both lexicons and the rule
/// words) in an open-addressing hash table, and every phrase as a path of word ids in a second one.
struct VocabularyBuilder: Sendable {
    /// One slot per power-of-two bucket: 0 when empty, else the hash's top 12 bits above the word id + 1 (20 bits).
    fileprivate var slots: [UInt32]
    fileprivate var records: [WordRecord] = []
    fileprivate var valences: [WordValences] = []
    /// Bytes 16… of keys longer than 16 bytes (after one unused byte).
    fileprivate var overflow: [UInt8] = [0]
    fileprivate var edges: [PhraseEdge]
    private var edgeCount = 0
    /// Phrase nodes by id; node 0 is the root.
    fileprivate var nodes: [PhraseNode] = [PhraseNode()]

    /// The most words a vocabulary can hold (ids have 20 bits).
    static let maximumCount = 1 << 20 - 1

    private init(capacity: Int) {
        var size = 1024
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        records.reserveCapacity(capacity)
        valences.reserveCapacity(capacity)
        edges = Array(repeating: PhraseEdge(), count: 8192)
    }

    /// The built-in lexicons and every rule word.
    static func builtIn() -> VocabularyBuilder {
        var builder = VocabularyBuilder(capacity: 16_384)
        Lexicon.read(dutchLexiconSource) { builder.insert(folded: $0, $1, into: .dutch, isBuiltIn: true) }
        Lexicon.read(englishLexiconSource) { builder.insert(folded: $0, $1, into: .english, isBuiltIn: true) }
        builder.addRuleWords()
        return builder
    }

    /// Which lexicon an entry goes to.
    enum Side { case dutch, english }

    /// Adds or replaces one lexicon entry, given folded (lowercase, accents removed, words one or more spaces
    /// apart). `isBuiltIn` marks words of the built-in lexicons, which the language guess reads.
    mutating func insert(folded entry: UnsafeBufferPointer<UInt8>, _ value: Double, into side: Side, isBuiltIn: Bool) {
        // The words, one or more spaces apart.
        func word(after index: Int) -> Range<Int>? {
            var start = index
            while start < entry.count, entry[start] == 0x20 { start += 1 }
            var end = start
            while end < entry.count, entry[end] != 0x20 { end += 1 }
            return end > start ? start..<end : nil
        }
        guard let first = word(after: 0) else { return }
        let firstID = id(of: UnsafeBufferPointer(rebasing: entry[first]))
        guard var next = word(after: first.upperBound) else {
            let word = Int(firstID)
            switch side {
            case .dutch:
                records[word].flags.insert(isBuiltIn ? [.dutchWord, .builtInDutch] : .dutchWord)
                valences[word].dutch = value
            case .english:
                records[word].flags.insert(isBuiltIn ? [.englishWord, .builtInEnglish] : .englishWord)
                valences[word].english = value
            }
            return
        }
        // Every proper beginning of the phrase ("van", "van het", …) is a prefix; the whole is the phrase.
        var node = child(of: 0, word: firstID)
        while true {
            nodes[Int(node)].flags.insert(side == .dutch ? .dutchPrefix : .englishPrefix)
            node = child(of: node, word: id(of: UnsafeBufferPointer(rebasing: entry[next])))
            guard let following = word(after: next.upperBound) else { break }
            next = following
        }
        switch side {
        case .dutch:
            nodes[Int(node)].flags.insert(.dutchPhrase)
            nodes[Int(node)].dutch = value
        case .english:
            nodes[Int(node)].flags.insert(.englishPhrase)
            nodes[Int(node)].english = value
        }
        records[Int(firstID)].flags.insert(.phraseStart)
    }

    /// Adds or replaces entries written as a team would ("Slecht geregeld": -2): folded first.
    mutating func override(_ overrides: [String: Double], side: Side) {
        for (entry, value) in overrides {
            Lexicon.foldedEntry(Array(entry.utf8)).withUnsafeBufferPointer { insert(folded: $0, value, into: side, isBuiltIn: false) }
        }
    }

    /// Flags the words the rules act on. Rule words are matched as written against folded text.
    private mutating func addRuleWords() {
        func flag(_ words: some Sequence<String>, _ flag: WordFlags) {
            for word in words where !word.utf8.contains(0x20) { records[Int(id(of: word))].flags.insert(flag) }
        }
        flag(SentimentRules.negators, .negator)
        flag(SentimentRules.contrast, .contrast)
        flag(SentimentRules.dutchMarkers, .dutchMarker)
        flag(SentimentRules.englishMarkers, .englishMarker)
        flag(SentimentRules.timeUnits, .timeUnit)
        flag(SentimentRules.waitingTails, .waitingTail)
        flag(SentimentRules.waitingLeads, .waitingLead)
        flag(SentimentRules.numberWords, .numberWord)
        flag(SentimentRules.complaintQuestionWords, .complaintQuestion)
        flag(SentimentRules.whyWords, .whyWord)
        flag(SentimentRules.misleadingCompoundTails, .misleadingTail)
        flag(["dag", "day"], .dayWord)
        flag(["alweer"], .alweer)
        flag(["toch"], .toch)
        flag(SentimentRules.particles, .particle)
        flag(SentimentRules.excessWords, .excess)
        flag(SentimentRules.negationBarriers, .negationBarrier)
        flag(SentimentRules.concessive, .concessive)
        flag(SentimentRules.lackWords, .lack)
        flag(SentimentRules.negationRaisers, .negationRaiser)
        flag(["nooit", "never"], .never)
        flag(["zo'n", "zulke", "zulk", "such", "so"], .such)
        flag(SentimentRules.noLongerWords, .noLonger)
        flag(["hoor"], .sarcasmTag)
        for (word, boost) in SentimentRules.boosters {
            let words = word.split(separator: " ").map(String.init)
            if words.count == 1 {
                let id = Int(id(of: words[0]))
                records[id].flags.insert(.booster)
                valences[id].booster = boost
            } else if words.count == 2 {
                let pair = Int(child(of: child(of: 0, word: id(of: words[0])), word: id(of: words[1])))
                nodes[pair].flags.insert(.boosterPair)
                nodes[pair].booster = boost
            }
        }
        for (cue, weight) in SentimentRules.complaintCues {
            let words = cue.split(separator: " ").map(String.init)
            precondition(words.count >= 2, "a complaint cue is a phrase")
            var entry = Array(cue.utf8)
            entry.withUnsafeMutableBufferPointer { entry in
                insert(folded: UnsafeBufferPointer(entry), weight, into: .dutch, isBuiltIn: false)
                insert(folded: UnsafeBufferPointer(entry), weight, into: .english, isBuiltIn: false)
            }
            var node = child(of: 0, word: id(of: words[0]))
            for word in words.dropFirst() { node = child(of: node, word: id(of: word)) }
            nodes[Int(node)].flags.insert(.complaintCue)
        }
        for pair in SentimentRules.repetitionPairs {
            let words = pair.split(separator: " ").map(String.init)
            guard words.count == 2 else { continue }
            let first = id(of: words[0])
            records[Int(first)].flags.insert(.repetitionStart)
            nodes[Int(child(of: child(of: 0, word: first), word: id(of: words[1])))].flags.insert(.repetitionPair)
        }
    }

    private mutating func id(of word: String) -> Int32 {
        var word = word
        return word.withUTF8 { id(of: $0) }
    }

    /// The id of a word (never empty), added without flags when new.
    private mutating func id(of word: UnsafeBufferPointer<UInt8>) -> Int32 {
        let key = WordKey(word)
        let found = slots.withUnsafeBufferPointer { slots in
            records.withUnsafeBufferPointer { records in
                overflow.withUnsafeBufferPointer { overflow in
                    VocabularyTables.find(key, word.baseAddress!, slots.baseAddress!, slots.count - 1, records.baseAddress, overflow.baseAddress!)
                }
            }
        }
        if found >= 0 { return found }
        precondition(records.count < Self.maximumCount, "a sentiment vocabulary holds at most \(Self.maximumCount) words")
        if (records.count + 1) * 2 > slots.count { grow() }
        var record = WordRecord(head: key.head, length: UInt32(word.count))
        if word.count > 16 {
            record.overflowStart = UInt32(overflow.count)
            overflow.append(contentsOf: word[16...])
        }
        records.append(record)
        valences.append(WordValences())
        place(id: records.count - 1, hash: key.hash)
        return Int32(records.count - 1)
    }

    /// The key of word `id`.
    fileprivate func key(_ id: Int) -> WordKey {
        let record = records[id]
        guard record.length > 16 else { return WordKey(head: record.head, length: Int(record.length)) }
        return bytes(id).withUnsafeBufferPointer { WordKey($0) }
    }

    /// The folded bytes of word `id`.
    fileprivate func bytes(_ id: Int) -> [UInt8] {
        (0..<Int(records[id].length)).map { byte(id, $0) }
    }

    /// Byte `index` of word `id`'s folded bytes.
    fileprivate func byte(_ id: Int, _ index: Int) -> UInt8 {
        let record = records[id]
        if index < 8 { return UInt8(truncatingIfNeeded: record.head.0 >> (8 * index)) }
        if index < 16 { return UInt8(truncatingIfNeeded: record.head.1 >> (8 * (index - 8))) }
        return overflow[Int(record.overflowStart) + index - 16]
    }

    private mutating func place(id: Int, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = UInt32(truncatingIfNeeded: hash >> 52) << 20 | UInt32(id + 1)
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for id in records.indices { place(id: id, hash: key(id).hash) }
    }

    /// The node reached from `parent` by word `word`, created when new.
    private mutating func child(of parent: UInt32, word: Int32) -> UInt32 {
        let found = edges.withUnsafeBufferPointer { VocabularyTables.child(of: parent, word: word, $0.baseAddress!, $0.count - 1) }
        if found != 0 { return found }
        if (edgeCount + 1) * 2 > edges.count { growEdges() }
        nodes.append(PhraseNode())
        let created = UInt32(nodes.count - 1)
        placeEdge(PhraseEdge(key: UInt64(parent) << 32 | UInt64(UInt32(word)), node: created))
        edgeCount += 1
        return created
    }

    private mutating func placeEdge(_ edge: PhraseEdge) {
        let mask = edges.count - 1
        var slot = VocabularyTables.edgeSlot(edge.key) & mask
        while edges[slot].node != 0 { slot = (slot + 1) & mask }
        edges[slot] = edge
    }

    private mutating func growEdges() {
        let old = edges
        edges = Array(repeating: PhraseEdge(), count: old.count * 2)
        for edge in old where edge.node != 0 { placeEdge(edge) }
    }
}

/// The vocabulary the scorer reads: the tables of a `VocabularyBuilder` copied once into memory of their own
/// (`VocabularyTables`), freed with it.
///
/// `@unchecked Sendable`: every table is allocated and written in `init` only, and freed in `deinit`; after
/// `init` nothing writes to them, so any number of threads may read them.
final class Vocabulary: @unchecked Sendable {
    /// The tables, valid while this vocabulary lives. Held through a pointer, so that a walk over a text holds
    /// them in one word rather than copying every table's pointer.
    let tables: UnsafeMutablePointer<VocabularyTables>

    init(_ builder: VocabularyBuilder) {
        tables = .allocate(capacity: 1)
        tables.initialize(to: VocabularyTables(builder))
    }

    deinit {
        tables.pointee.deallocate()
        tables.deinitialize(count: 1)
        tables.deallocate()
    }

    /// The built-in lexicons and every rule word, as built (to add team overrides to) and as read.
    private static let builtInBuilder = VocabularyBuilder.builtIn()
    static let builtIn = Vocabulary(builtInBuilder)

    /// The built-in vocabulary with team overrides: per language, and for both.
    static func builtIn(overriding dutch: [String: Double]?, english: [String: Double]?, both: [String: Double]) -> Vocabulary {
        var builder = builtInBuilder
        if let dutch { builder.override(dutch, side: .dutch) }
        if let english { builder.override(english, side: .english) }
        if !both.isEmpty {
            builder.override(both, side: .dutch)
            builder.override(both, side: .english)
        }
        return Vocabulary(builder)
    }
}

/// A vocabulary's tables, read through pointers, so that a lookup costs no bounds checks, reference counting or
/// exclusivity checks: a plain value (the tokenizer takes a copy, a walk a pointer to it). A word costs one
/// probe; a phrase one probe per word. Owned by a `Vocabulary`, which frees them.
struct VocabularyTables {
    private let slots: UnsafeMutablePointer<UInt32>
    private let slotMask: Int
    /// Key and flags of each word, by id.
    let records: UnsafeMutablePointer<WordRecord>
    /// Valences of each word, by id.
    let valences: UnsafeMutablePointer<WordValences>
    private let overflow: UnsafeMutablePointer<UInt8>
    private let edges: UnsafeMutablePointer<PhraseEdge>
    private let edgeMask: Int
    /// Phrase nodes by id.
    let nodes: UnsafeMutablePointer<PhraseNode>
    /// A bit per hash value (16 bits of it) of the words a Dutch compound may be read by: strong Dutch words that
    /// are not misleading tails. Most endings of a long word miss here and need no probe.
    private let compoundTails: UnsafeMutablePointer<UInt64>
    /// The same words by their last four bytes, and by their first four bytes with their length, a bit per 16-bit
    /// hash: a word whose last four bytes miss the first table ends in no compound tail, and an ending whose
    /// start misses the second is none, without hashing the whole ending.
    private let compoundEnds: UnsafeMutablePointer<UInt64>
    private let compoundStarts: UnsafeMutablePointer<UInt64>
    /// The intensifying prefixes (`SentimentRules.prefixes`, at most 8 bytes each) as little-endian words with a
    /// mask of their length, and the length, so that a word's start is compared with one load; and for each
    /// first byte, a bit per prefix that starts with it (bit i for prefix i: lowest first is the rules' order).
    let prefixWords: UnsafeMutablePointer<(value: UInt64, mask: UInt64, length: Int)>
    let prefixesByFirstByte: UnsafeMutablePointer<UInt32>
    /// A bit per hash value (16 bits of it) of the word pairs that begin a phrase, a complaint pair or a two-word
    /// booster: most pairs of words miss here and need no probe of the phrase table.
    private let pairs: UnsafeMutablePointer<UInt64>

    init(_ builder: VocabularyBuilder) {
        func copy<Element>(_ array: [Element]) -> UnsafeMutablePointer<Element> {
            let memory = UnsafeMutablePointer<Element>.allocate(capacity: max(1, array.count))
            array.withUnsafeBufferPointer { buffer in
                if let base = buffer.baseAddress { memory.initialize(from: base, count: buffer.count) }
            }
            return memory
        }
        slots = copy(builder.slots)
        slotMask = builder.slots.count - 1
        records = copy(builder.records)
        valences = copy(builder.valences)
        overflow = copy(builder.overflow)
        edges = copy(builder.edges)
        edgeMask = builder.edges.count - 1
        nodes = copy(builder.nodes)
        func bitSet() -> UnsafeMutablePointer<UInt64> {
            let bits = UnsafeMutablePointer<UInt64>.allocate(capacity: 1024)
            bits.initialize(repeating: 0, count: 1024)
            return bits
        }
        func insert(_ bit: Int, into bits: UnsafeMutablePointer<UInt64>) { bits[bit >> 6] |= 1 << UInt64(bit & 63) }
        compoundTails = bitSet()
        compoundEnds = bitSet()
        compoundStarts = bitSet()
        pairs = bitSet()
        let prefixes = SentimentRules.prefixes.map { Array($0.prefix.utf8) }
        precondition(prefixes.count <= 32 && prefixes.allSatisfy { (1...8).contains($0.count) }, "prefixes are compared as one word")
        prefixWords = .allocate(capacity: prefixes.count)
        prefixesByFirstByte = .allocate(capacity: 256)
        prefixesByFirstByte.initialize(repeating: 0, count: 256)
        for (number, prefix) in prefixes.enumerated() {
            let value = prefix.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
            (prefixWords + number).initialize(to: (value, prefix.count == 8 ? ~0 : (1 << UInt64(8 * prefix.count)) - 1, prefix.count))
            prefixesByFirstByte[Int(prefix[0])] |= 1 << UInt32(number)
        }
        // The first words hang off the root (node 0); the pairs off their nodes.
        var firstWords = [Int32](repeating: -1, count: builder.nodes.count)
        for edge in builder.edges where edge.node != 0 && edge.key >> 32 == 0 { firstWords[Int(edge.node)] = Int32(truncatingIfNeeded: edge.key) }
        for edge in builder.edges where edge.node != 0 {
            let first = firstWords[Int(edge.key >> 32)]
            guard edge.key >> 32 != 0, first >= 0 else { continue }
            insert(Self.pairBit(first, Int32(truncatingIfNeeded: edge.key)), into: pairs)
        }
        for id in builder.records.indices {
            let record = builder.records[id]
            guard record.flags.contains(.dutchWord), !record.flags.contains(.misleadingTail), record.length >= 4,
                  abs(builder.valences[id].dutch) >= 1 else { continue }
            insert(Self.compoundBit(builder.key(id).hash), into: compoundTails)
            let length = Int(record.length)
            // The last four bytes, as a little-endian load of them gives them.
            let last = length <= 8 ? UInt32(truncatingIfNeeded: record.head.0 >> UInt64(8 * (length - 4)))
                : (0..<4).reduce(0) { $0 | UInt32(builder.byte(id, length - 4 + $1)) << UInt32(8 * $1) }
            insert(Self.compoundEndBit(last), into: compoundEnds)
            insert(Self.compoundStartBit(UInt32(truncatingIfNeeded: record.head.0), length: length), into: compoundStarts)
        }
        markNothingByParts(builder)
    }

    /// Flags the words that find nothing read by their parts in either language, among those that may be read so:
    /// the words of neither lexicon that no rule reads whole (others are at most slower without the flag).
    private func markNothingByParts(_ builder: VocabularyBuilder) {
        var scratch = [UInt8](repeating: 0, count: 64)
        for id in builder.records.indices {
            let record = records[id]
            guard record.length >= 3, record.flags.isDisjoint(with: [.dutchWord, .englishWord, .negator, .booster, .contrast]) else { continue }
            let length = Int(record.length)
            if scratch.count < length + 16 { scratch = [UInt8](repeating: 0, count: length + 16) }
            let findsNothing = scratch.withUnsafeMutableBufferPointer { scratch in
                // The word followed by 16 zero bytes, as in the tokenizer's folded text.
                for index in 0..<(length + 16) { scratch[index] = index < length ? builder.byte(id, index) : 0 }
                return byParts(scratch.baseAddress!, length, isEnglish: false) == nil && byParts(scratch.baseAddress!, length, isEnglish: true) == nil
            }
            if findsNothing { records[id].flags.insert(.nothingByParts) }
        }
    }

    /// Frees the tables (the owning vocabulary's `deinit`).
    func deallocate() {
        slots.deallocate()
        records.deallocate()
        valences.deallocate()
        overflow.deallocate()
        edges.deallocate()
        nodes.deallocate()
        compoundTails.deallocate()
        compoundEnds.deallocate()
        compoundStarts.deallocate()
        prefixWords.deallocate()
        prefixesByFirstByte.deallocate()
        pairs.deallocate()
    }

    // MARK: Lookup

    /// The id of the word with this key (whose bytes are at `bytes`), or -1.
    @inline(__always)
    func find(_ key: WordKey, _ bytes: UnsafePointer<UInt8>) -> Int32 {
        Self.find(key, bytes, slots, slotMask, records, overflow)
    }

    /// The id of the `count` bytes at `bytes`, which are followed by 16 more readable bytes; or -1.
    @inline(__always)
    func find(padded bytes: UnsafePointer<UInt8>, count: Int) -> Int32 {
        find(WordKey(padded: bytes, count: count), bytes)
    }

    /// Whether a word with this hash may be a compound's tail (see `compoundTails`).
    @inline(__always)
    func mayBeCompoundTail(_ hash: UInt64) -> Bool {
        let bit = Self.compoundBit(hash)
        return compoundTails[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// Whether the words `first` and `second` (ids; -1 for none) may begin a phrase, complaint pair or two-word
    /// booster (see `pairs`).
    @inline(__always)
    func mayBePair(_ first: Int32, _ second: Int32) -> Bool {
        guard first >= 0, second >= 0 else { return false }
        let bit = Self.pairBit(first, second)
        return pairs[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// Whether a word whose last four bytes are `last` may end in a compound tail (see `compoundEnds`).
    @inline(__always)
    func mayEndInCompoundTail(_ last: UInt32) -> Bool {
        let bit = Self.compoundEndBit(last)
        return compoundEnds[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    /// Whether an ending of `length` bytes whose first four are `first` may be a compound tail (see
    /// `compoundStarts`).
    @inline(__always)
    func mayStartCompoundTail(_ first: UInt32, length: Int) -> Bool {
        let bit = Self.compoundStartBit(first, length: length)
        return compoundStarts[bit >> 6] & (1 << UInt64(bit & 63)) != 0
    }

    @inline(__always)
    private static func compoundEndBit(_ last: UInt32) -> Int {
        Int(truncatingIfNeeded: (UInt64(last) &* 0x9E37_79B9_7F4A_7C15) >> 48)
    }

    @inline(__always)
    private static func compoundStartBit(_ first: UInt32, length: Int) -> Int {
        Int(truncatingIfNeeded: ((UInt64(truncatingIfNeeded: length) << 32 | UInt64(first)) &* 0xD6E8_FEB8_6659_FD93) >> 48)
    }

    @inline(__always)
    private static func pairBit(_ first: Int32, _ second: Int32) -> Int {
        let key = UInt64(UInt32(bitPattern: first)) << 32 | UInt64(UInt32(bitPattern: second))
        return Int(truncatingIfNeeded: (key &* 0xD6E8_FEB8_6659_FD93) >> 48)
    }

    @inline(__always)
    private static func compoundBit(_ hash: UInt64) -> Int { Int(truncatingIfNeeded: hash >> 24) & 0xFFFF }

    /// The phrase node reached from `parent` by the word `word` (an id), or 0 when no phrase goes that way.
    @inline(__always)
    func child(of parent: UInt32, word: Int32) -> UInt32 {
        Self.child(of: parent, word: word, edges, edgeMask)
    }

    @inline(__always)
    fileprivate static func find(_ key: WordKey, _ bytes: UnsafePointer<UInt8>, _ slots: UnsafePointer<UInt32>, _ mask: Int,
                                 _ records: UnsafePointer<WordRecord>?, _ overflow: UnsafePointer<UInt8>) -> Int32 {
        guard let records else { return -1 }
        let check = UInt32(truncatingIfNeeded: key.hash >> 52)
        var slot = Int(truncatingIfNeeded: key.hash) & mask
        while true {
            let value = slots[slot]
            if value == 0 { return -1 }
            if value >> 20 == check {
                let id = Int(value & 0xF_FFFF) &- 1
                let record = records[id]
                if Int(record.length) == key.length, record.head == key.head,
                   key.length <= 16 || tailsMatch(overflow + Int(record.overflowStart), bytes + 16, key.length - 16) {
                    return Int32(truncatingIfNeeded: id)
                }
            }
            slot = (slot &+ 1) & mask
        }
    }

    private static func tailsMatch(_ first: UnsafePointer<UInt8>, _ second: UnsafePointer<UInt8>, _ count: Int) -> Bool {
        for index in 0..<count where first[index] != second[index] { return false }
        return true
    }

    @inline(__always)
    fileprivate static func child(of parent: UInt32, word: Int32, _ edges: UnsafePointer<PhraseEdge>, _ mask: Int) -> UInt32 {
        guard word >= 0 else { return 0 }
        let key = UInt64(parent) << 32 | UInt64(UInt32(truncatingIfNeeded: word))
        var slot = edgeSlot(key) & mask
        while true {
            let edge = edges[slot]
            if edge.node == 0 { return 0 }
            if edge.key == key { return edge.node }
            slot = (slot &+ 1) & mask
        }
    }

    @inline(__always)
    fileprivate static func edgeSlot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40)
    }
}
