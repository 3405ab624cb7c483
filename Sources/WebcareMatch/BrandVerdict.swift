import WebcareCore

/// Why an item does or does not mention one brand: for `check-source --config`, where a team tunes its keywords.
public enum BrandVerdict: Sendable, Equatable {
    /// A keyword stands in the item as a whole word, outside every exclusion.
    case matched(keyword: String, isInTitle: Bool)
    /// No keyword of the brand is in the item.
    case noKeyword
    /// A keyword is there, but only inside an exclusion ("telvio" in "telvio-museum").
    case excluded(keyword: String, exclusion: String)
}

extension BrandMatcher {
    /// Each brand's verdict on an item, in the brands' order. The same rules as `match` (whole words, folded case and
    /// accents, exclusions), spelled out: slower, for explaining one feed, never for a poll.
    public static func verdicts(brands: [Brand], title: String?, text: String) -> [(brand: String, verdict: BrandVerdict)] {
        let foldedTitle = TextFolding.foldedBytes(title ?? "")
        let foldedText = TextFolding.foldedBytes(text)
        return brands.map { brand in
            let exclusions = brand.exclude.compactMap { word in Needle(word).map { (word, $0) } }
            var firstExcluded: BrandVerdict?
            for (folded, isTitle) in [(foldedTitle, true), (foldedText, false)] {
                let excluded = exclusions.flatMap { word, needle in wholeWordRanges(of: needle, in: folded).map { (word, $0) } }
                for keyword in brand.keywords {
                    guard let needle = Needle(keyword) else { continue }
                    for range in wholeWordRanges(of: needle, in: folded) {
                        if let cover = excluded.first(where: { $0.1.overlaps(range) }) {
                            if firstExcluded == nil { firstExcluded = .excluded(keyword: keyword, exclusion: cover.0) }
                        } else {
                            return (brand.name, .matched(keyword: keyword, isInTitle: isTitle))
                        }
                    }
                }
            }
            return (brand.name, firstExcluded ?? .noKeyword)
        }
    }
}
