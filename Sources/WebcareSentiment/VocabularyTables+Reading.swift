// Reading a word from the vocabulary's tables: in either lexicon, and by its parts (elongation, prefix,
// compound tail, -loos).

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
