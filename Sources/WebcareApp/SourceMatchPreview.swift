import Foundation
import WebcareConfig
import WebcareCore
import WebcareMatch
import WebcareParse
import WebcarePresent
import WebcareSentiment

/// What a poll would make of a checked feed's items under a config: which brand each is stored under (or why it is
/// not), with the sentiment, reach and reply need it would get. Stores nothing; for tuning keywords before a poll.
public enum SourceMatchPreview {
    /// One line per item, in document order. The source is the config's entry with this URL when it has one (its
    /// brand and reach count), else an untied source with the default reach.
    public static func lines(for feed: ParsedFeed, url: String, config: Config) -> [ItemMatchLine] {
        let source = config.sources.first { SourceEditing.sameURL($0.location.description, url) }
            ?? Source(name: url, location: URLScheme.isWeb(url) ? .web(url) : .file(url))
        let matcher = BrandMatcher(brands: config.brands)
        let scoring = MentionScoring(config: config)
        let handles = Dictionary(config.brands.flatMap { brand in brand.handles.map { (Brand.normalizedHandle($0), brand.name) }.filter { !$0.0.isEmpty } },
                                 uniquingKeysWith: { first, _ in first })
        return feed.items.map { item in
            if let author = item.author, let owner = handles[Brand.normalizedHandle(author)] {
                return ItemMatchLine(brand: nil, reason: "written by \(owner)'s own account \"\(author)\", so not a mention")
            }
            let brand: String, reason: String, isInTitle: Bool
            if let tied = source.brand {
                brand = tied
                isInTitle = matcher.match(title: item.title, text: "")?.brand == tied
                reason = "the source \"\(source.name)\" is tied to it"
            } else if let match = matcher.match(title: item.title, text: item.text) {
                brand = match.brand
                isInTitle = match.isInTitle
                let verdict = BrandMatcher.verdicts(brands: config.brands, title: item.title, text: item.text).first { $0.brand == brand }?.verdict
                if case .matched(let keyword, _)? = verdict {
                    reason = "keyword \"\(keyword)\" in the \(isInTitle ? "title" : "text")"
                } else {
                    reason = "named in the \(isInTitle ? "title" : "text")"
                }
            } else {
                return ItemMatchLine(brand: nil, reason: whyNot(BrandMatcher.verdicts(brands: config.brands, title: item.title, text: item.text)))
            }
            let text = MentionScoring.scoredText(of: item)
            let sentiment = scoring.scorer(for: brand).score(text, rating: item.rating, bestRating: item.bestRating)
            let reach = Reach.estimate(sourceReaders: source.reach, comments: item.comments, isBrandInTitle: isInTitle)
            return ItemMatchLine(brand: brand, reason: reason, sentiment: sentiment.label.rawValue, score: sentiment.score,
                                 reach: reach.readers, needsReply: ReplyNeed.isNeeded(in: text))
        }
    }

    /// "no keyword of Telvio or Pakkie", or the exclusions that hid a keyword.
    static func whyNot(_ verdicts: [(brand: String, verdict: BrandVerdict)]) -> String {
        var excluded: [String] = []
        var missing: [String] = []
        for (brand, verdict) in verdicts {
            switch verdict {
            case .excluded(let keyword, let exclusion): excluded.append("\(brand)'s \"\(keyword)\" only inside the exclusion \"\(exclusion)\"")
            case .noKeyword: missing.append(brand)
            case .matched: break
            }
        }
        var parts = excluded
        if !missing.isEmpty {
            let names = missing.count == 1 ? missing[0] : missing.dropLast().joined(separator: ", ") + " or " + missing.last!
            parts.append("no keyword of \(names)")
        }
        return parts.joined(separator: "; ")
    }
}
