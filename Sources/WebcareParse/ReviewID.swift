import WebcareCore

/// The id a review on a page is keyed by, the same however the page gives it: JSON-LD names a review by a URL
/// (`https://site.example/telvio/#review-314`), the state the page embeds for its scripts by its bare id (`314`).
/// A review that one poll reads through one and a later poll through the other must get one key, or it is stored
/// twice; so every review id on a page is reduced to its bare id, whichever way the page gave it.
public enum ReviewID {
    /// Gives every review its bare id. A review whose id was a web address keeps it as its link when it has none.
    /// When two reviews of the page would share a bare id, both keep the ids they were given.
    static func useBareIDs(in reviews: inout [FeedItem]) {
        let bare = reviews.map { $0.id.map(self.bare) }
        var counts: [String: Int] = [:]
        for case let id? in bare { counts[id, default: 0] += 1 }
        for index in reviews.indices {
            guard let original = reviews[index].id, let id = bare[index], id != original, counts[id] == 1 else { continue }
            if reviews[index].url == nil, original.hasPrefix("http://") || original.hasPrefix("https://") {
                reviews[index].url = original
            }
            reviews[index].id = id
        }
    }

    /// The bare id in a review id: of a URL or path (`…/r/314`, `…/#review-314`), its last segment that holds a
    /// digit (a closing `#review` names no review); then without a word in front (`review-314`, `r_314`), so that
    /// either spelling of one review is `314`. An id with no digit after its last word is kept as it is.
    public static func bare(_ id: String) -> String {
        var segment = Substring(id)
        if id.contains("/") || id.hasPrefix("#") {
            let segments = id.split(whereSeparator: { "/#?&=".contains($0) })
            guard let last = segments.last(where: { $0.contains(where: \.isNumber) }) else { return id }
            segment = last
        }
        // "review-314", "r_314", "review:314": the word is the kind of thing, the rest the id.
        if let separator = segment.firstIndex(where: { "-_:".contains($0) }),
           separator > segment.startIndex, segment[..<separator].allSatisfy({ $0.isLetter }) {
            let rest = segment[segment.index(after: separator)...]
            if rest.contains(where: \.isNumber) { segment = rest }
        }
        return segment.isEmpty ? id : String(segment)
    }
}
