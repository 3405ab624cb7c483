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
        let keywords: [String]
        let exclude: [String]
    }
    private let brands: [Prepared]

    /// Prepares the brands' keywords for matching.
    public init(brands: [Brand]) {
        self.brands = brands.map { brand in
            Prepared(name: brand.name,
                     keywords: brand.keywords.map(Self.fold).filter { !$0.isEmpty },
                     exclude: brand.exclude.map(Self.fold).filter { !$0.isEmpty })
        }
    }

    /// The brand the item mentions: the first one named in the title, else the one named earliest in the
    /// text; nil when no brand is mentioned.
    public func match(title: String?, text: String) -> BrandMatch? {
        let foldedTitle = Self.foldedBytes(title ?? "")
        var best: (brand: String, position: Int)?
        for brand in brands {
            if let position = firstMention(of: brand, in: foldedTitle), position < (best?.position ?? .max) {
                best = (brand.name, position)
            }
        }
        if let best { return BrandMatch(brand: best.brand, isInTitle: true) }
        let foldedText = Self.foldedBytes(text)
        var bestInText: (brand: String, position: Int)?
        for brand in brands {
            if let position = firstMention(of: brand, in: foldedText), position < (bestInText?.position ?? .max) {
                bestInText = (brand.name, position)
            }
        }
        return bestInText.map { BrandMatch(brand: $0.brand, isInTitle: false) }
    }

    /// Whether the text mentions the brand with this name (used for sources tied to one brand).
    public func mentions(_ brandName: String, title: String?, text: String) -> Bool {
        guard let brand = brands.first(where: { $0.name == brandName }) else { return false }
        return firstMention(of: brand, in: Self.foldedBytes(title ?? "")) != nil || firstMention(of: brand, in: Self.foldedBytes(text)) != nil
    }

    private func firstMention(of brand: Prepared, in folded: [UInt8]) -> Int? {
        guard !folded.isEmpty else { return nil }
        let excluded = brand.exclude.flatMap { Self.wholeWordRanges(of: Array($0.utf8), in: folded) }
        var first: Int?
        for keyword in brand.keywords {
            for range in Self.wholeWordRanges(of: Array(keyword.utf8), in: folded)
            where !excluded.contains(where: { $0.overlaps(range) }) {
                if range.lowerBound < (first ?? .max) { first = range.lowerBound }
                break
            }
        }
        return first
    }

    /// Case- and accent-folded text: "Zïggo" and "ZIGGO" both become "ziggo".
    public static func fold(_ text: String) -> String { TextFolding.fold(text) }

    private static func foldedBytes(_ text: String) -> [UInt8] { TextFolding.foldedBytes(text) }

    /// Ranges where `needle` stands as a whole word or phrase: not preceded or followed by a letter or digit.
    static func wholeWordRanges(of needle: [UInt8], in haystack: [UInt8]) -> [Range<Int>] {
        guard !needle.isEmpty, needle.count <= haystack.count else { return [] }
        var ranges: [Range<Int>] = []
        let first = needle[0]
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) {
                let end = index + needle.count
                let startsWord = index == 0 || !isWordByte(haystack[index - 1]) || !isWordByte(needle[0])
                let endsWord = end == haystack.count || !isWordByte(haystack[end]) || !isWordByte(needle[needle.count - 1])
                if startsWord && endsWord { ranges.append(index..<end) }
            }
            index += 1
        }
        return ranges
    }

    /// Letters and digits, ASCII or any byte of a multi-byte UTF-8 character (letters outside ASCII).
    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80
    }
}
