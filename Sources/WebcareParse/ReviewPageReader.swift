import Foundation
import WebcareCore

/// Reviews from a web page's schema.org JSON-LD: `Review` objects at the top level, in arrays, in `@graph`,
/// or nested under an organisation's or product's `review`; ratings given as numbers or strings, on the
/// scale `bestRating` names (5 when it names none and the rating fits, else 10).
enum ReviewPageReader {
    /// Whether the bytes are an HTML page rather than XML.
    static func looksLikeHTML(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()
        let trimmed = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        return trimmed.hasPrefix("<!doctype html") || trimmed.hasPrefix("<html")
            || (!trimmed.hasPrefix("<?xml") && head.contains("<head"))
    }

    static func read(_ bytes: [UInt8], baseURL: String?) throws(ParseError) -> ParsedFeed {
        let page = String(decoding: bytes, as: UTF8.self)
        var reviews: [[String: Any]] = []
        var nodesByID: [String: [String: Any]] = [:]
        for block in jsonLDBlocks(page) {
            guard let json = try? JSONSerialization.jsonObject(with: Data(block.utf8)) else { continue }
            collect(json, into: &reviews, ids: &nodesByID)
        }
        guard !reviews.isEmpty else {
            throw ParseError(reason: "an HTML page, not a feed, and it has no schema.org reviews in its JSON-LD; look for the page's RSS or Atom link")
        }
        let title = firstMatch(in: page, between: "<title", and: "</title>").map { HTMLText.singleLine(String($0.drop { $0 != ">" }.dropFirst())) }
        let items = reviews.map { item(from: $0, ids: nodesByID, baseURL: baseURL) }
        return ParsedFeed(kind: .reviews, title: title.flatMap(nonEmpty), items: items, warnings: [])
    }

    private static func item(from review: [String: Any], ids: [String: [String: Any]], baseURL: String?) -> FeedItem {
        func resolve(_ value: Any?) -> Any? {
            if let object = value as? [String: Any], object.count == 1, let id = object["@id"] as? String { return ids[id] ?? object }
            return value
        }
        func number(_ value: Any?) -> Double? {
            if let number = value as? NSNumber { return number.doubleValue }
            if let text = value as? String { return Double(text.replacingOccurrences(of: ",", with: ".").trimmingCharacters(in: .whitespaces)) }
            return nil
        }
        let rating = resolve(review["reviewRating"]) as? [String: Any]
        let value = number(rating?["ratingValue"])
        var best = number(rating?["bestRating"])
        if best == nil, let value { best = value <= 5 ? 5 : 10 }
        var author: String?
        switch resolve(review["author"]) {
        case let text as String: author = text
        case let object as [String: Any]: author = object["name"] as? String
        case let list as [Any]: author = ((list.first.flatMap { resolve($0) }) as? [String: Any])?["name"] as? String
        default: author = nil
        }
        let body = (review["reviewBody"] as? String) ?? (review["description"] as? String) ?? ""
        let url = absoluteLink(review["url"] as? String, base: baseURL)
        return FeedItem(
            id: (review["@id"] as? String).flatMap(nonEmpty) ?? (review["identifier"] as? String).flatMap(nonEmpty),
            url: url,
            title: (review["name"] as? String).flatMap(nonEmpty).map(HTMLText.singleLine),
            author: author.flatMap(nonEmpty).map(HTMLText.singleLine),
            published: (review["datePublished"] as? String).flatMap(FeedDate.parse),
            text: HTMLText.plainText(body),
            rating: value, bestRating: value == nil ? nil : best)
    }

    /// Walks JSON-LD for objects typed Review, remembering every node with an @id.
    private static func collect(_ json: Any, into reviews: inout [[String: Any]], ids: inout [String: [String: Any]]) {
        if let list = json as? [Any] {
            for element in list { collect(element, into: &reviews, ids: &ids) }
            return
        }
        guard let object = json as? [String: Any] else { return }
        if let id = object["@id"] as? String, object.count > 1 { ids[id] = object }
        let types: [String] = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
        if types.contains(where: { $0 == "Review" || $0.hasSuffix("/Review") }) { reviews.append(object) }
        for (key, value) in object where key != "@context" {
            if value is [Any] || value is [String: Any] { collect(value, into: &reviews, ids: &ids) }
        }
    }

    /// The contents of every `<script type="application/ld+json">` element.
    private static func jsonLDBlocks(_ page: String) -> [String] {
        var blocks: [String] = []
        var rest = page[...]
        while let open = rest.range(of: "<script", options: .caseInsensitive) {
            guard let tagEnd = rest[open.upperBound...].firstIndex(of: ">") else { break }
            let tag = rest[open.upperBound..<tagEnd].lowercased()
            guard let close = rest[tagEnd...].range(of: "</script", options: .caseInsensitive) else { break }
            if tag.contains("ld+json") { blocks.append(String(rest[rest.index(after: tagEnd)..<close.lowerBound])) }
            rest = rest[close.upperBound...]
        }
        return blocks
    }

    private static func firstMatch(in page: String, between start: String, and end: String) -> Substring? {
        guard let open = page.range(of: start, options: .caseInsensitive),
              let close = page[open.upperBound...].range(of: end, options: .caseInsensitive) else { return nil }
        return page[open.upperBound..<close.lowerBound]
    }
}
