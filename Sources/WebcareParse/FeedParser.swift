import Foundation
import WebcareCore
import WebcareXML

/// Reads RSS 2.0/0.9x, RSS 1.0 (RDF), Atom 1.0 (and 0.3), JSON Feed 1.0/1.1, review pages (HTML) and review feeds
/// (Kiyoh / Klantenvertellen XML and JSON) from bytes. Pure: no network, no clock, no database.
public enum FeedParser {
    /// The feed in `bytes`; relative links are made absolute against `baseURL`. The charset comes from
    /// `encoding` (a per-source override) when given, else the BOM, the XML declaration, `httpCharset`, UTF-8,
    /// and windows-1252 for bytes that aren't UTF-8 (for an HTML page, its `<meta charset>` stands where the XML
    /// declaration does). Throws when the document is not a feed webcare can read.
    /// Every item's fields are kept within `ItemSizeLimit` (longer ones cut, with a warning); zero-width characters are
    /// dropped from its title, text, author and company reply (`InvisibleText`).
    public static func parse(_ bytes: [UInt8], baseURL: String? = nil, httpCharset: String? = nil,
                             encoding: String? = nil) throws(ParseError) -> ParsedFeed {
        var feed = try parseDocument(bytes, baseURL: baseURL, httpCharset: httpCharset, encoding: encoding)
        var cut = 0
        for index in feed.items.indices {
            InvisibleText.strip(&feed.items[index])
            let (item, isCut) = ItemSizeLimit.apply(to: feed.items[index])
            guard isCut else { continue }
            feed.items[index] = item
            cut += 1
        }
        if cut > 0 {
            feed.warnings.append("\(cut) item\(cut == 1 ? " was" : "s were") longer than webcare keeps (\(ItemSizeLimit.textBytes >> 10) KiB of text, "
                + "\(ItemSizeLimit.fieldBytes >> 10) KiB per title, author or link) and cut, ending in \"[…] (cut by webcare)\"")
        }
        return feed
    }

    private static func parseDocument(_ bytes: [UInt8], baseURL: String?, httpCharset: String?,
                                      encoding: String?) throws(ParseError) -> ParsedFeed {
        if JSONFeedReader.looksLikeJSON(bytes) {
            var feed = try readJSON(bytes, baseURL: baseURL)
            feed.warnings += warnings(for: feed.items)
            return feed
        }
        if ReviewPageReader.looksLikeHTML(bytes) {
            var feed = try ReviewPageReader.read(bytes, baseURL: baseURL, httpCharset: httpCharset, encoding: encoding)
            feed.warnings += warnings(for: feed.items)
            return feed
        }
        let charset = DocumentCharset.choose(bytes, httpCharset: httpCharset, override: encoding)
        let root: XMLElement, encodingStop: XMLEncodingStop?
        do {
            (root, encodingStop) = try XMLDocumentParser.read(EntityRepair.repair(charset.bytes), encoding: charset.encoding)
        } catch {
            throw ParseError(reason: "not readable as XML (\(error))")
        }
        var feed: ParsedFeed
        switch (root.name.lowercased(), root.namespace) {
        case ("rss", _):
            feed = RSSReader.read(root, baseURL: baseURL)
        case ("feed", let namespace) where Namespace.isAtom(namespace):
            feed = AtomReader.read(root, baseURL: baseURL)
        case ("entry", let namespace) where namespace != nil && Namespace.isAtom(namespace):
            // An Atom Entry Document: one entry as the whole document.
            feed = AtomReader.read(root, baseURL: baseURL)
        case ("rdf", let namespace) where namespace == Namespace.rdf || root.first("channel") != nil || root.first("item") != nil:
            // RSS 1.0 and 0.90; an `rdf:RDF` without items is an empty feed.
            feed = RSSReader.readRDF(root, baseURL: baseURL)
        case ("html", _):
            throw ParseError(reason: "an HTML page, not a feed; look for the page's RSS or Atom link, or use \"type\": \"reviews\"")
        default:
            guard let reviews = ReviewFeedReader.read(xml: root, baseURL: baseURL) else {
                throw ParseError(reason: "not a feed: the root element is <\(root.name)>, expected <rss>, <feed>, <rdf:RDF> or a review feed")
            }
            feed = reviews
        }
        if feed.kind != .reviews, !feed.items.isEmpty,
           CutOffItem.endsInsideItem(charset.bytes, rootName: root.name, itemName: feed.kind == .atom ? "entry" : "item") {
            feed.items.removeLast()
            feed.warnings.append("the document is cut off inside its last item; that item is left for the next poll")
        }
        feed.record(charset, encodingStop: encodingStop)
        feed.warnings += warnings(for: feed.items)
        return feed
    }

    /// A JSON Feed, a review platform's JSON feed, or any JSON holding reviews.
    private static func readJSON(_ bytes: [UInt8], baseURL: String?) throws(ParseError) -> ParsedFeed {
        let json: Any
        do {
            json = try JSONSerialization.jsonObject(with: Data(bytes))
        } catch {
            // A JSON Feed cut off mid-download: keep its complete items, as for XML.
            if let salvaged = CutOffJSON.completeItems(bytes),
               let object = try? JSONSerialization.jsonObject(with: Data(salvaged)) as? [String: Any], JSONFeedReader.isJSONFeed(object) {
                var feed = JSONFeedReader.read(object, baseURL: baseURL)
                feed.warnings.append("the document is cut off inside its last item; that item is left for the next poll")
                return feed
            }
            throw ParseError(reason: "not readable as JSON (\(error.localizedDescription))")
        }
        if let object = json as? [String: Any], JSONFeedReader.isJSONFeed(object) {
            return JSONFeedReader.read(object, baseURL: baseURL)
        }
        if let reviews = ReviewFeedReader.read(json: json, baseURL: baseURL) { return reviews }
        guard json is [String: Any] else { throw ParseError(reason: "JSON, but not a JSON Feed object, and no reviews in it") }
        throw ParseError(reason: "JSON, but not a JSON Feed (no \"version\": \"https://jsonfeed.org/version/1.1\") and no reviews in it")
    }

    private static func warnings(for items: [FeedItem]) -> [String] {
        var warnings: [String] = []
        var undated = 0, duplicates = 0, withoutID = 0, relative = 0
        var seen = Set<String>(minimumCapacity: items.count)
        for item in items {
            if item.published == nil { undated += 1 }
            if !seen.insert(item.stableKey).inserted { duplicates += 1 }
            if (item.id ?? "").isEmpty { withoutID += 1 }
            // A link without a scheme stayed relative: the document gave no base and it was read without a URL.
            if let url = item.url, !URLScheme.hasScheme(url) { relative += 1 }
        }
        if undated > 0 { warnings.append("\(undated) of \(items.count) items have no readable date; their response clock starts when webcare first sees them") }
        if duplicates > 0 { warnings.append("\(duplicates) items repeat another item's id; only the first is kept") }
        if withoutID > 0 { warnings.append("\(withoutID) items have no id; webcare keys them by link or by a hash of title and text") }
        if relative > 0 {
            warnings.append("\(relative) items have relative links and nothing to resolve them against (no xml:base, read from a file); "
                + "they are kept as written")
        }
        return warnings
    }
}

/// The charset parameter of a Content-Type header, or nil.
public func charsetParameter(of contentType: String?) -> String? { DocumentCharset.charset(fromContentType: contentType) }

/// Makes a possibly relative link absolute against a base; nil for an empty link.
func absoluteLink(_ raw: String?, base: String?) -> String? {
    guard let raw else { return nil }
    let link = trimmed(raw)
    guard !link.isEmpty else { return nil }
    if URLScheme.hasScheme(link) { return link }
    guard let base, let baseURL = URL(string: base), let resolved = URL(string: link, relativeTo: baseURL) else { return link }
    return resolved.absoluteString
}

/// Trimmed text of an element, or nil when absent or empty.
func nonEmpty(_ text: String?) -> String? {
    guard let text else { return nil }
    let result = trimmed(text)
    return result.isEmpty ? nil : result
}

/// The text without leading and trailing white space (Unicode's, non-breaking spaces included). Most texts have
/// none: a text that starts and ends with a visible ASCII character is returned as it is, without a scan.
func trimmed(_ text: String) -> String {
    var storage = text
    let (first, last) = storage.withUTF8 { ($0.first, $0.last) }
    guard let first, let last else { return text }
    if first > 0x20, first < 0x7F, last > 0x20, last < 0x7F { return text }
    let scalars = text.unicodeScalars
    // U+0085 counts as text: in a feed it is windows-1252's "…" that went through a Latin-1 decoder (HTMLText makes
    // it "…"), not a line break.
    let isSpace = { (scalar: Unicode.Scalar) in scalar.properties.isWhitespace && scalar != "\u{85}" }
    guard let start = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
    let end = scalars.lastIndex(where: { !isSpace($0) })!
    if start == scalars.startIndex, end == scalars.index(before: scalars.endIndex) { return text }
    return String(scalars[start...end])
}
