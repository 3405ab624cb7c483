import WebcareCore
import WebcareXML

/// schema.org reviews in a page's microdata: every `itemscope` whose `itemtype` is a schema.org Review (http or
/// https, UserReview and CriticReview too), on its own or nested under a Product, Organization or LocalBusiness.
/// Property values are read as the microdata spec says (`content`, `datetime`, `href`, `src`, else the element's
/// text), `itemref` included; nested items (the Rating, the Person) are read the same way. Property names match in
/// any case (`itemprop="datepublished"`); an author given as a link is the link's text, not its URL.
enum MicrodataReader {
    /// A microdata property value: text, or a nested item.
    indirect enum Value {
        case text(String)
        /// A link's URL (its value, by the spec) and its text (what a person reads: an author's name).
        case link(url: String, text: String)
        case item(Item)
    }

    /// One item: its properties by name, in document order.
    struct Item {
        /// `itemid`, when the page gives one.
        var id: String?
        /// The `id` attribute of the element that carries it (a link target on the page).
        var anchor: String?
        /// Property values by name, lowercased.
        var properties: [String: [Value]] = [:]

        /// The first text of a property (a link's URL); for a nested item, its `name`.
        func text(_ name: String) -> String? {
            for value in properties[name.lowercased()] ?? [] {
                switch value {
                case .text(let text): if let text = nonEmpty(text) { return text }
                case .link(let url, _): if let url = nonEmpty(url) { return url }
                case .item(let item): if let name = item.text("name") { return name }
                }
            }
            return nil
        }

        /// The first text of a property as a person reads it: a link's text (else its URL), a nested item's `name`.
        func label(_ name: String) -> String? {
            for case .link(let url, let text) in properties[name.lowercased()] ?? [] {
                if let label = nonEmpty(text) ?? nonEmpty(url) { return label }
            }
            return text(name)
        }

        /// The first nested item of a property.
        func item(_ name: String) -> Item? {
            for case .item(let item) in properties[name.lowercased()] ?? [] { return item }
            return nil
        }
    }

    /// The reviews in the page, in document order, their scale not yet settled.
    static func reviews(in root: XMLElement, baseURL: String?, slashOrder: SlashDateOrder = .dayFirst) -> [ReviewDraft] {
        var scopes: [XMLElement] = []
        func visit(_ element: XMLElement) {
            if element.attribute("itemscope") != nil, isReview(element.attribute("itemtype")) { scopes.append(element) }
            for child in element.elements { visit(child) }
        }
        visit(root)
        guard !scopes.isEmpty else { return [] }
        var reader = Reader(root: root)
        return scopes.map { draft(from: reader.item($0, depth: 0), baseURL: baseURL, slashOrder: slashOrder) }
    }

    private static func isReview(_ itemtype: String?) -> Bool {
        guard let itemtype else { return false }
        return itemtype.split(whereSeparator: \.isWhitespace).contains { type in
            let lowered = type.lowercased()
            guard lowered.contains("schema.org/") else { return false }
            let name = lowered.split(separator: "/").last.map(String.init) ?? ""
            return ["review", "userreview", "criticreview", "employerreview"].contains(name)
        }
    }

    private static func draft(from review: Item, baseURL: String?, slashOrder: SlashDateOrder) -> ReviewDraft {
        var rating: (value: Double, best: Double?)?
        if let ratingItem = review.item("reviewRating") {
            if let value = ratingItem.text("ratingValue").flatMap(RatingScale.parse) {
                rating = (value.value, RatingScale.best(ratingItem.text("bestRating")) ?? value.best)
            }
        } else if let value = (review.text("reviewRating") ?? review.text("ratingValue")).flatMap(RatingScale.parse) {
            rating = value
        }
        let author: String?
        if let person = review.item("author") {
            author = person.text("name") ?? [person.text("givenName"), person.text("familyName")].compactMap { $0 }.joined(separator: " ")
        } else {
            author = review.label("author")
        }
        let url = absoluteLink(review.text("url"), base: baseURL)
            ?? review.id.flatMap { $0.hasPrefix("http") ? $0 : nil }
            ?? review.anchor.flatMap { absoluteLink("#" + $0, base: baseURL) }
        let item = FeedItem(
            id: review.id,
            url: url,
            title: (review.text("name") ?? review.text("headline")).map(oneLine).flatMap(nonEmpty),
            author: author.map(oneLine).flatMap(nonEmpty),
            published: (review.text("datePublished") ?? review.text("dateCreated")).flatMap { FeedDate.parse($0, slashOrder: slashOrder) },
            text: (review.text("reviewBody") ?? review.text("description") ?? review.text("text")).map(HTMLText.collapse) ?? "",
            rating: rating?.value,
            bestRating: rating?.best)
        return ReviewDraft(item: item, hasScale: rating?.best != nil)
    }

    /// Text from the tree (entities already decoded) on one line.
    private static func oneLine(_ text: String) -> String {
        HTMLText.joinedLines(HTMLText.collapse(text))
    }

    /// Reads items; knows the elements by id for `itemref`.
    private struct Reader {
        let root: XMLElement
        private var byID: [String: XMLElement]?

        init(root: XMLElement) { self.root = root }

        /// The item `element` starts. Nesting (and `itemref` loops) stop at 8 levels.
        mutating func item(_ element: XMLElement, depth: Int) -> Item {
            var item = Item(id: element.attribute("itemid").flatMap(nonEmpty), anchor: element.attribute("id").flatMap(nonEmpty))
            guard depth < 8 else { return item }
            addProperties(under: element, to: &item, depth: depth)
            if let references = element.attribute("itemref") {
                for reference in references.split(whereSeparator: \.isWhitespace) {
                    guard let target = elementNamed(String(reference)) else { continue }
                    addProperty(target, to: &item, depth: depth)
                    if target.attribute("itemscope") == nil { addProperties(under: target, to: &item, depth: depth) }
                }
            }
            return item
        }

        private mutating func addProperties(under element: XMLElement, to item: inout Item, depth: Int) {
            for child in element.elements {
                addProperty(child, to: &item, depth: depth)
                if child.attribute("itemscope") == nil { addProperties(under: child, to: &item, depth: depth) }
            }
        }

        private mutating func addProperty(_ element: XMLElement, to item: inout Item, depth: Int) {
            guard let names = element.attribute("itemprop") else { return }
            let value = value(of: element, depth: depth)
            for name in names.split(whereSeparator: \.isWhitespace) {
                // "https://schema.org/reviewBody" names the same property as "reviewBody".
                let key = (name.contains("/") ? String(name.split(separator: "/").last ?? name) : String(name)).lowercased()
                item.properties[key, default: []].append(value)
            }
        }

        private mutating func value(of element: XMLElement, depth: Int) -> Value {
            if element.attribute("itemscope") != nil { return .item(item(element, depth: depth + 1)) }
            if let content = element.attribute("content") { return .text(content) }
            switch element.name.lowercased() {
            case "a", "area": return .link(url: element.attribute("href") ?? "", text: HTMLText.plainText(of: element))
            case "link": return .text(element.attribute("href") ?? "")
            case "img", "audio", "video", "source", "embed", "iframe", "track": return .text(element.attribute("src") ?? "")
            case "object": return .text(element.attribute("data") ?? "")
            case "data", "meter": return .text(element.attribute("value") ?? HTMLText.plainText(of: element))
            case "time": return .text(element.attribute("datetime") ?? HTMLText.plainText(of: element))
            default: return .text(HTMLText.plainText(of: element))
            }
        }

        private mutating func elementNamed(_ id: String) -> XMLElement? {
            if byID == nil {
                var map: [String: XMLElement] = [:]
                func index(_ element: XMLElement) {
                    if let id = element.attribute("id"), map[id] == nil { map[id] = element }
                    for child in element.elements { index(child) }
                }
                index(root)
                byID = map
            }
            return byID?[id]
        }
    }
}
