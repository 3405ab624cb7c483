import Foundation
import WebcareCore

/// Where a brand was found in an item.
public struct BrandMatch: Sendable, Equatable {
    /// The brand's configured name.
    public var brand: String
    /// Whether the title names it (a mention there is more prominent than deep in the body).
    public var isInTitle: Bool
}

/// Finds which brand an item mentions: case- and accent-insensitive, whole words or phrases only,
/// ignoring occurrences inside a brand's exclusions ("kpn-museum").
public struct BrandMatcher: Sendable {
    private struct Prepared: Sendable {
        let name: String
        let keywords: [Needle]
        let exclude: [Needle]
    }
    private let brands: [Prepared]

    /// A keyword or exclusion, folded, with the place of its rarest byte: worked out once, not for every item.
    struct Needle: Sendable {
        let bytes: [UInt8]
        let anchor: Int

        init?(_ text: String) {
            let folded = TextFolding.foldedBytes(text)
            guard !folded.isEmpty else { return nil }
            bytes = folded
            anchor = folded.indices.min { BrandMatcher.commonness(folded[$0]) < BrandMatcher.commonness(folded[$1]) }!
        }
    }

    /// Prepares the brands' keywords for matching.
    public init(brands: [Brand]) {
        self.brands = brands.map { brand in
            Prepared(name: brand.name, keywords: brand.keywords.compactMap(Needle.init), exclude: brand.exclude.compactMap(Needle.init))
        }
    }

    /// The brand the item mentions: the first one named in the title, else the one named earliest in the
    /// text; nil when no brand is mentioned.
    public func match(title: String?, text: String) -> BrandMatch? {
        if let brand = earliestBrand(in: TextFolding.foldedBytes(title ?? "")) { return BrandMatch(brand: brand, isInTitle: true) }
        return earliestBrand(in: TextFolding.foldedBytes(text)).map { BrandMatch(brand: $0, isInTitle: false) }
    }

    /// The brand whose first mention comes earliest in already folded text.
    private func earliestBrand(in folded: [UInt8]) -> String? {
        var best: (brand: String, position: Int)?
        for brand in brands {
            if let position = firstMention(of: brand, in: folded), position < (best?.position ?? .max) {
                best = (brand.name, position)
            }
        }
        return best?.brand
    }

    private func firstMention(of brand: Prepared, in folded: [UInt8]) -> Int? {
        guard !folded.isEmpty else { return nil }
        var first: Int?
        // Most text names no brand: the exclusions are looked for only once a keyword turned up.
        var excluded: [Range<Int>]?
        for needle in brand.keywords {
            var from = 0
            // The first whole-word occurrence that no exclusion covers.
            while let range = Self.firstWholeWord(needle, in: folded, from: from) {
                let ranges = excluded ?? brand.exclude.flatMap { Self.wholeWordRanges(of: $0, in: folded) }
                excluded = ranges
                if !ranges.contains(where: { $0.overlaps(range) }) {
                    if range.lowerBound < (first ?? .max) { first = range.lowerBound }
                    break
                }
                from = range.lowerBound + 1
            }
        }
        return first
    }

    /// Ranges where `needle` stands as a whole word or phrase: not preceded or followed by a letter or digit.
    static func wholeWordRanges(of needle: Needle, in haystack: [UInt8]) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var from = 0
        while let range = firstWholeWord(needle, in: haystack, from: from) {
            ranges.append(range)
            from = range.lowerBound + 1
        }
        return ranges
    }

    /// The first place at or after `start` where `needle` stands as a whole word or phrase. Jumps from one
    /// occurrence of the needle's rarest byte to the next (memchr), as most text holds no brand at all: for
    /// "telvio" it looks for the "v", which turns up far less often than the "t".
    static func firstWholeWord(_ needle: Needle, in haystack: [UInt8], from start: Int) -> Range<Int>? {
        guard needle.bytes.count <= haystack.count else { return nil }
        let anchor = needle.anchor
        return haystack.withUnsafeBufferPointer { hay -> Range<Int>? in
            needle.bytes.withUnsafeBufferPointer { pattern -> Range<Int>? in
                guard let base = hay.baseAddress, let patternBase = pattern.baseAddress else { return nil }
                let last = hay.count - pattern.count
                // `index` is where the needle would start; the anchor byte sits `anchor` bytes further on.
                var index = start
                while index <= last {
                    guard let found = memchr(base + index + anchor, Int32(pattern[anchor]), last - index + 1) else { return nil }
                    index = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) - anchor
                    if memcmp(base + index, patternBase, pattern.count) == 0 {
                        let end = index + pattern.count
                        let startsWord = index == 0 || !isWordByte(hay[index - 1]) || !isWordByte(pattern[0])
                        let endsWord = end == hay.count || !isWordByte(hay[end]) || !isWordByte(pattern[pattern.count - 1])
                        if startsWord && endsWord { return index..<end }
                    }
                    index += 1
                }
                return nil
            }
        }
    }

    /// How often a byte turns up in folded Dutch and English text, roughly: the space and the common letters
    /// rank high, rare letters low, and digits, punctuation and bytes of accented letters lowest.
    fileprivate static func commonness(_ byte: UInt8) -> Int {
        if byte == 0x20 { return 30 }
        guard byte >= 0x61, byte <= 0x7A else { return 0 }
        return letterRanks[Int(byte - 0x61)]
    }

    /// a–z, from the letter frequencies of both languages (e, n, a, t, i, o, r … q, x).
    private static let letterRanks: [Int] = [27, 12, 10, 20, 29, 7, 15, 14, 24, 6, 9, 18, 11, 28, 23, 8, 1, 22, 21, 26, 13, 10, 8, 2, 4, 3]

    /// Letters and digits, ASCII or any byte of a multi-byte UTF-8 character (letters outside ASCII).
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
    }
}
