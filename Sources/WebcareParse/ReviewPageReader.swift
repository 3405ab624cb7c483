import Foundation
import WebcareCore
import WebcareXML

/// Reviews from a web page: schema.org `Review` objects in its JSON-LD (top level, arrays, `@graph`, `@id`
/// references, nested under an organisation's or product's `review`) and in its microdata; and the company's replies,
/// which platforms keep outside schema.org, from the JSON state the page embeds for its scripts. Ratings may be
/// numbers or strings ("8,5"); the scale is `bestRating`, else the smallest of 5, 10 or 100 that fits the page's
/// ratings. A page with no structured reviews yields the review-like objects of its embedded state.
enum ReviewPageReader {
    /// Whether the bytes are an HTML page rather than XML.
    static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        let start = bytes.prefix(1024)
        guard mayHoldHTMLTag(start) else { return false }
        let head = String(decoding: start, as: UTF8.self).lowercased()
        let trimmed = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        return trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html")
            || (!trimmed.hasPrefix("<?xml") && head.contains("<head"))
    }

    /// Whether some "<" in the bytes starts "<html", "<head" or "<!doctype" (letters in any case, and a few more
    /// bytes with them: a byte is compared with bit 5 set). Every answer of `looksLikeHTML` needs one, and a feed
    /// has none: it is told apart without making the first kilobyte a lowercased string.
    private static func mayHoldHTMLTag(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            var index = 0
            while let base = buffer.baseAddress, index < buffer.count,
                  let found = memchr(base + index, Int32(UInt8(ascii: "<")), buffer.count - index) {
                let tag = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                for marker in htmlMarkers where tag + marker.count <= buffer.count {
                    if marker.indices.allSatisfy({ buffer[tag + $0] | 0x20 == marker[$0] | 0x20 }) { return true }
                }
                index = tag + 1
            }
            return false
        }
    }

    private static let htmlMarkers = ["<html", "<head", "<!doctype"].map { Array($0.utf8) }

    static func read(_ bytes: [UInt8], baseURL: String?, httpCharset: String? = nil, encoding: String? = nil) throws(ParseError) -> ParsedFeed {
        let charset = DocumentCharset.chooseHTML(bytes, httpCharset: httpCharset, override: encoding)
        let root: XMLElement, encodingStop: XMLEncodingStop?
        do {
            (root, encodingStop) = try HTMLDocumentParser.read(charset.bytes, encoding: charset.encoding)
        } catch {
            throw ParseError(reason: "an HTML page that is not readable (\(error))")
        }
        let page = PageParts(root)
        let base = absoluteLink(page.baseHref, base: baseURL) ?? baseURL
        let slashOrder = SlashDateOrder.of(page: charset.bytes)

        // A review with neither a rating nor words (an empty template, a bare author) tells the team nothing.
        let hasContent = { (review: FeedItem) in review.rating != nil || !review.text.isEmpty || review.title != nil }
        var reviews = jsonLDReviews(page.jsonLD, baseURL: base, slashOrder: slashOrder).filter(hasContent)
        let inJSONLD = reviews.map(Fingerprint.init)
        for review in RatingScale.settle(MicrodataReader.reviews(in: root, baseURL: base, slashOrder: slashOrder)).filter(hasContent) {
            let fingerprint = Fingerprint(review)
            if !inJSONLD.contains(where: { $0.matches(fingerprint) }) { reviews.append(review) }
        }
        let fromState = page.state.flatMap { JSONReviewReader.reviewLists(in: $0, baseURL: base, slashOrder: slashOrder) }
        merge(fromState, into: &reviews)
        ReviewID.useBareIDs(in: &reviews)

        guard !reviews.isEmpty else {
            throw ParseError(reason: "an HTML page, not a feed, and it has no reviews in its JSON-LD, microdata or embedded JSON; look for the page's RSS or Atom link")
        }
        var feed = ParsedFeed(kind: .reviews, title: page.title, items: reviews, warnings: [])
        feed.record(charset, encodingStop: encodingStop)
        return feed
    }

    /// Adds what the page's embedded state knows to the structured reviews: a review there that matches one (by id,
    /// link or text) lends it its company reply; a list with at least one match is the same list, so its other
    /// reviews are added too. A list that matches none is ignored when the page has structured reviews (it is about
    /// something else, or matching failed and it would only add duplicates), and used when the page has none.
    static func merge(_ lists: [[FeedItem]], into reviews: inout [FeedItem]) {
        let hadStructured = !reviews.isEmpty
        var fingerprints = reviews.map(Fingerprint.init)
        for list in lists {
            var matched = 0
            var unmatched: [FeedItem] = []
            for candidate in list {
                let fingerprint = Fingerprint(candidate)
                if let index = fingerprints.firstIndex(where: { $0.matches(fingerprint) }) {
                    matched += 1
                    if reviews[index].companyReply == nil { reviews[index].companyReply = candidate.companyReply }
                } else {
                    unmatched.append(candidate)
                }
            }
            if matched > 0 || !hadStructured {
                reviews += unmatched
                fingerprints += unmatched.map(Fingerprint.init)
            }
        }
    }

    /// What tells two readings of one review apart from others, worked out once per review.
    struct Fingerprint {
        /// Its id and link.
        let keys: [String]
        /// Its first 300 letters and digits, lowercased.
        let text: String
        /// Its author, the same way.
        let author: String?

        init(_ item: FeedItem) {
            keys = [item.id, item.url].compactMap { $0 }
            text = Self.fold(item.text)
            author = item.author.map(Self.fold)
        }

        /// The same id, the one's id ending the other's id or link (`123` and `https://site.example/reviews/123`),
        /// the same link, or the same text by the same author (or by someone unnamed on either side).
        func matches(_ other: Fingerprint) -> Bool {
            for x in keys {
                for y in other.keys {
                    if x == y { return true }
                    let (short, long) = x.count < y.count ? (x, y) : (y, x)
                    if short.count >= 3, long.hasSuffix(short), let before = long.dropLast(short.count).last, "/#=:-".contains(before) {
                        return true
                    }
                }
            }
            return !text.isEmpty && text == other.text && (author == nil || other.author == nil || author == other.author)
        }

        private static func fold(_ text: String) -> String {
            var out = String.UnicodeScalarView()
            var count = 0
            for scalar in text.lowercased().unicodeScalars where scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                out.append(scalar)
                count += 1
                if count == 300 { break }
            }
            return String(out)
        }
    }

    // MARK: JSON-LD

    private static func jsonLDReviews(_ blocks: [Any], baseURL: String?, slashOrder: SlashDateOrder) -> [FeedItem] {
        var reviews: [[String: Any]] = []
        var nodesByID: [String: [String: Any]] = [:]
        for json in blocks { collect(json, into: &reviews, ids: &nodesByID, depth: 0) }
        return RatingScale.settle(reviews.map { draft(from: $0, ids: nodesByID, baseURL: baseURL, slashOrder: slashOrder) })
    }

    private static func draft(from review: [String: Any], ids: [String: [String: Any]], baseURL: String?,
                              slashOrder: SlashDateOrder) -> ReviewDraft {
        func resolve(_ value: Any?) -> Any? {
            if let object = value as? [String: Any], object.count == 1, let id = object["@id"] as? String { return ids[id] ?? object }
            return value
        }
        func first(_ value: Any?) -> Any? { (value as? [Any])?.first ?? value }
        let rating = resolve(first(review["reviewRating"])) as? [String: Any]
        let value = RatingScale.rating(rating?["ratingValue"])
        let best = RatingScale.best(rating?["bestRating"]) ?? value?.best
        var author: String?
        switch resolve(first(review["author"])) {
        case let text as String: author = text
        case let object as [String: Any]: author = object["name"] as? String
        default: author = nil
        }
        let body = (review["reviewBody"] as? String) ?? (review["description"] as? String) ?? ""
        let item = FeedItem(
            id: (review["@id"] as? String).flatMap(nonEmpty) ?? (review["identifier"] as? String).flatMap(nonEmpty),
            url: absoluteLink(review["url"] as? String, base: baseURL),
            title: ((review["name"] as? String) ?? (review["headline"] as? String)).flatMap(nonEmpty).map(HTMLText.singleLine),
            author: author.flatMap(nonEmpty).map(HTMLText.singleLine),
            published: (review["datePublished"] as? String).flatMap { FeedDate.parse($0, slashOrder: slashOrder) },
            text: HTMLText.plainText(body),
            rating: value?.value, bestRating: value == nil ? nil : best)
        return ReviewDraft(item: item, hasScale: best != nil)
    }

    /// Walks JSON-LD for objects typed Review, remembering every node with an @id. Keys in sorted order, so the
    /// reviews come out the same on every run.
    private static func collect(_ json: Any, into reviews: inout [[String: Any]], ids: inout [String: [String: Any]], depth: Int) {
        guard depth < 64 else { return }
        if let list = json as? [Any] {
            for element in list { collect(element, into: &reviews, ids: &ids, depth: depth + 1) }
            return
        }
        guard let object = json as? [String: Any] else { return }
        if let id = object["@id"] as? String, object.count > 1 { ids[id] = object }
        let types: [String] = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
        if types.contains(where: { ["Review", "UserReview", "CriticReview", "EmployerReview"].contains($0.split(separator: "/").last.map(String.init) ?? $0) }) {
            reviews.append(object)
        }
        for key in object.keys.sorted() where key != "@context" {
            let value = object[key]!
            if value is [Any] || value is [String: Any] { collect(value, into: &reviews, ids: &ids, depth: depth + 1) }
        }
    }
}

/// What a page holds for webcare: its title, `<base href>`, JSON-LD blocks and embedded JSON state, parsed.
struct PageParts {
    var title: String?
    var baseHref: String?
    /// Every `<script type="application/ld+json">` that parses.
    var jsonLD: [Any] = []
    /// Every other JSON a script holds: `type="application/json"` (`__NEXT_DATA__` and the like) and
    /// `window.__STATE__ = {…}` assignments.
    var state: [Any] = []

    init(_ root: XMLElement) {
        visit(root)
    }

    private mutating func visit(_ element: XMLElement) {
        switch element.name.lowercased() {
        case "title" where title == nil:
            title = nonEmpty(HTMLText.joinedLines(HTMLText.collapse(element.text)))
        case "base" where baseHref == nil:
            baseHref = element.attribute("href")
        case "script":
            guard element.attribute("src") == nil else { return }
            let type = element.attribute("type")?.lowercased().trimmingCharacters(in: .whitespaces) ?? ""
            let source = Self.unwrap(element.text)
            if type.contains("ld+json") {
                if let json = Self.json(source) { jsonLD.append(json) }
            } else if type.hasSuffix("json") {
                if let json = Self.json(source) { state.append(json) }
            } else if type.isEmpty || type.contains("javascript") || type == "module", let json = Self.assignedJSON(source) {
                state.append(json)
            }
            return
        default:
            break
        }
        for child in element.elements { visit(child) }
    }

    /// Drops the `<!-- -->` and `<![CDATA[ ]]>` wrappers old pages put around script contents.
    private static func unwrap(_ text: String) -> String {
        var text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        for prefix in ["<!--", "//<![CDATA[", "<![CDATA["] where text.hasPrefix(prefix) { text.removeFirst(prefix.count) }
        for suffix in ["-->", "//]]>", "]]>"] where text.hasSuffix(suffix) { text.removeLast(suffix.count) }
        return text
    }

    private static func json(_ text: String) -> Any? {
        guard let first = text.unicodeScalars.first(where: { !$0.properties.isWhitespace }), first == "{" || first == "[" else { return nil }
        return try? JSONSerialization.jsonObject(with: Data(text.utf8))
    }

    /// The JSON in `window.__INITIAL_STATE__ = {…};` (or `var state = […]`), when the whole script is one such assignment.
    private static func assignedJSON(_ text: String) -> Any? {
        guard let equals = text.firstIndex(of: "=") else { return nil }
        let target = text[..<equals].trimmingCharacters(in: .whitespaces)
        let name = target.split(separator: " ").last.map(String.init) ?? target
        guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || "_$.[]'\"".contains($0) }) else { return nil }
        var value = text[text.index(after: equals)...].trimmingCharacters(in: .whitespacesAndNewlines)
        while value.hasSuffix(";") { value.removeLast() }
        return json(value)
    }
}
