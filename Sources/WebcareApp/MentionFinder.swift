import Foundation
import WebcareConfig
import WebcareCore
import WebcareMatch
import WebcareParse
import WebcareSentiment
import WebcareStore

/// The match and score stages for one parsed feed: which items are brand mentions (scored, with their reach), and
/// which are the brand's own replies that mark a stored mention answered.
struct MentionFinder: Sendable {
    private let matcher: BrandMatcher
    private let scoring: MentionScoring
    /// Every brand's own accounts, normalized once (each item's author is checked against them).
    private let ownHandles: Set<String>
    /// The team's hours, for the due times of the promises a detected reply makes.
    private let businessHours: BusinessHours?

    init(config: Config, scoring: MentionScoring) {
        businessHours = config.businessHours
        matcher = BrandMatcher(brands: config.brands)
        ownHandles = Set(config.brands.flatMap(\.handles).map(Brand.normalizedHandle).filter { !$0.isEmpty })
        self.scoring = scoring
    }

    /// Whether an author is one of any brand's own accounts (any case, with or without "@"; handles normalized once).
    private func isOwnAccount(_ author: String?) -> Bool {
        guard let author, !ownHandles.isEmpty else { return false }
        let normalized = Brand.normalizedHandle(author)
        return !normalized.isEmpty && ownHandles.contains(normalized)
    }

    /// The items that mention a brand (every item, for a source tied to one brand), scored, first of each key
    /// only. Items already stored (`known` keys) are matched but not scored again: they count in `alreadyStored`.
    func mentions(in feed: ParsedFeed, from source: Source, known: Set<String> = []) -> (new: [NewMention], alreadyStored: Int) {
        var seen = Set<String>()
        var mentions: [NewMention] = []
        var alreadyStored = 0
        // Review ids are reduced to their bare id ("…/#review-314" is "314"); reviews stored before that under the
        // full id are the same reviews: known by their bare form too, so an upgrade stores none of them twice.
        let knownBare: Set<String> = feed.kind == .reviews && !known.isEmpty
            ? Set(known.filter { $0.hasPrefix("id:") }.map { "id:" + ReviewID.bare(String($0.dropFirst(3))) }) : []
        for item in feed.items {
            let key = item.stableKey
            guard seen.insert(key).inserted else { continue }
            // The brand's own posts and replies are not mentions.
            if isOwnAccount(item.author) { continue }
            let brand: String
            let isInTitle: Bool
            if let tied = source.brand {
                brand = tied
                isInTitle = matcher.match(title: item.title, text: "")?.brand == tied
            } else if let match = matcher.match(title: item.title, text: item.text) {
                brand = match.brand
                isInTitle = match.isInTitle
            } else {
                continue
            }
            // A feed that changed still holds mostly what the last poll stored: those are not scored again.
            if known.contains(key) || knownBare.contains(key) {
                alreadyStored += 1
                continue
            }
            let reach = Reach.estimate(sourceReaders: source.reach, comments: item.comments, isBrandInTitle: isInTitle)
            // What made it negative is kept for the weekly report, so the report need not score again; one walk
            // over the text gives both.
            let text = MentionScoring.scoredText(of: item)
            let (sentiment, terms) = scoring.scorer(for: brand).scoreWithNegativeTerms(text, rating: item.rating, bestRating: item.bestRating)
            var mention = NewMention(
                source: source.name, itemKey: key, url: item.url, title: item.title, text: item.text, author: item.author,
                published: item.published, brand: brand, sentiment: sentiment, reach: reach.readers, reachBasis: reach.basis)
            if sentiment.label == .negative { mention.negativeTerms = terms }
            // A question to the brand or a call for help needs an answer whatever its sentiment.
            mention.needsReply = ReplyNeed.isNeeded(in: text)
            mention.rating = item.rating
            mention.bestRating = item.bestRating
            mentions.append(mention)
        }
        return (mentions, alreadyStored)
    }

    /// Replies that mark mentions answered: items by one of a brand's own accounts that reply to another item (Atom
    /// threading), and the company replies review platforms show with a review, which answer that review (found by
    /// its key in this source) at the reply's time, by the reply's author or else "company reply". A reply without
    /// a date counts from `now`, when webcare first sees it. Each keeps the reply's text and the promises with a
    /// time it makes, due in the team's hours from the reply's time.
    func brandReplies(in feed: ParsedFeed, now: Date) -> [BrandReply] {
        var seen = Set<String>()
        return feed.items.compactMap { item in
            var found: BrandReply
            if let reply = item.companyReply {
                let key = item.stableKey
                guard seen.insert(key).inserted else { return nil }
                found = BrandReply(target: .itemKey(key), at: reply.published ?? now, by: reply.author ?? "company reply",
                                   note: "company reply on the review: " + Self.excerpt(reply.text), text: reply.text)
            } else {
                guard let author = item.author, isOwnAccount(author),
                      let target = item.inReplyTo ?? Self.threadLink(of: item) else { return nil }
                found = BrandReply(inReplyTo: target, at: item.published ?? now, by: author, text: item.text)
            }
            if let text = found.text, text.allSatisfy(\.isWhitespace) { found.text = nil }
            found.promises = found.text.map { Promises.due(in: $0, at: found.at, businessHours: businessHours) } ?? []
            return found
        }
    }

    /// The thread a comment belongs to, from a comment feed's link ("https://blog.example/post/#comment-12" is a
    /// comment on "https://blog.example/post/"); nil for a link without a fragment.
    static func threadLink(of item: FeedItem) -> String? {
        guard let url = item.url, let hash = url.firstIndex(of: "#"), hash != url.startIndex else { return nil }
        return String(url[..<hash])
    }

    /// The first 200 characters of a text, on one line.
    private static func excerpt(_ text: String) -> String {
        let line = text.split(whereSeparator: \.isNewline).joined(separator: " ")
        return line.count <= 200 ? line : String(line.prefix(199)) + "…"
    }
}
