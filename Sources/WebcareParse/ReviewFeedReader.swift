import Foundation
import WebcareCore
import WebcareXML

/// Review feeds: the XML and JSON feeds Dutch review platforms publish for one company (Kiyoh and
/// Klantenvertellen: `locationName`, then `reviews` with `reviewAuthor`, `city`, a 10-point `rating`, `dateSince`,
/// questions in `reviewContent` for the one-liner and the opinion, and the company's reply in `reviewComments`),
/// and any other JSON holding arrays of review-like objects. Recognised from the content.
enum ReviewFeedReader {
    /// The reviews in a JSON document, or nil when it holds none.
    static func read(json: Any, baseURL: String?) -> ParsedFeed? {
        if let object = json as? [String: Any], let feed = platformFeed(JSONReviewReader.Fields(object), baseURL: baseURL) {
            return feed
        }
        var seen = Set<String>()
        let items = JSONReviewReader.reviewLists(in: json, baseURL: baseURL).joined().filter { seen.insert($0.stableKey).inserted }
        guard !items.isEmpty else { return nil }
        let title = (json as? [String: Any]).flatMap { JSONReviewReader.Fields($0).text(companyName) }
        return ParsedFeed(kind: .reviews, title: title, items: Array(items), warnings: [])
    }

    /// The reviews in an XML document that is no RSS, Atom or RDF feed, or nil when it holds none.
    static func read(xml root: XMLElement, baseURL: String?) -> ParsedFeed? {
        let json = jsonLike(root)
        if root.name.lowercased() == "reviewfeeddto", let object = json as? [String: Any] {
            return platformFeed(JSONReviewReader.Fields(object), baseURL: baseURL, isKnown: true)
        }
        return read(json: json, baseURL: baseURL)
    }

    private static let companyName = ["locationname", "companyname", "company", "name", "title"]
    private static let platformMarks = ["locationid", "locationname", "averagerating", "numberreviews", "percentagerecommendation",
                                        "last12monthaveragerating"]

    /// A Kiyoh / Klantenvertellen feed: the company's name, its reviews on the 10-point scale, replies by the company.
    private static func platformFeed(_ feed: JSONReviewReader.Fields, baseURL: String?, isKnown: Bool = false) -> ParsedFeed? {
        let list = feed.value(["reviews", "reviewlist", "review"])
        guard isKnown || platformMarks.contains(where: { feed.values[$0] != nil }) else { return nil }
        let reviews: [Any]
        switch list {
        case let array as [Any]: reviews = array
        case let one as [String: Any]: reviews = [one]
        case nil, is String: reviews = [] // a company without reviews yet
        default: return nil
        }
        let name = feed.text(companyName)
        let context = JSONReviewReader.Context(fixedScale: 10, replyAuthor: name, baseURL: baseURL,
                                               replyDateFallback: ["updatedsince"])
        return ParsedFeed(kind: .reviews, title: name, items: JSONReviewReader.reviews(reviews, context: context), warnings: [])
    }

    /// An XML element as the JSON a platform would have sent: text for a leaf, an array for a list (children that
    /// all share a name, or a parent named after them: `<reviews><reviews>`, `<review_list><review>`), an object
    /// otherwise, with attributes as fields and a leaf's text under "value" when it has attributes.
    static func jsonLike(_ element: XMLElement, depth: Int = 0) -> Any {
        let children = element.elements
        guard depth < 64 else { return "" }
        if children.isEmpty {
            guard !element.attributes.isEmpty else { return element.text }
            var object: [String: Any] = ["value": element.text]
            for attribute in element.attributes { object[attribute.name] = attribute.value }
            return object
        }
        let names = Set(children.map(\.name))
        if names.count == 1, element.attributes.isEmpty, let child = names.first,
           children.count > 1 || isList(element.name, of: child) {
            return children.map { jsonLike($0, depth: depth + 1) }
        }
        var object: [String: Any] = [:]
        for attribute in element.attributes { object[attribute.name] = attribute.value }
        var grouped: [String: [Any]] = [:]
        for child in children { grouped[child.name, default: []].append(jsonLike(child, depth: depth + 1)) }
        for (name, values) in grouped { object[name] = values.count == 1 ? values[0] : values }
        return object
    }

    private static func isList(_ parent: String, of child: String) -> Bool {
        let parent = parent.lowercased(), child = child.lowercased()
        return parent == child || parent == child + "s" || parent == child + "es" || parent.hasSuffix("list")
    }
}
