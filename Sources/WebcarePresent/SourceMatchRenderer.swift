import Foundation

/// What the poll would make of one item of a checked source (`check-source --config`): plain values.
public struct ItemMatchLine: Sendable, Equatable, Encodable {
    /// The brand it would be stored under; nil when it is no mention.
    public var brand: String?
    /// Why (or why not), in words: the keyword and where, the source's brand, the exclusion that hid a keyword.
    public var reason: String
    /// positive, neutral or negative; nil when it is no mention.
    public var sentiment: String?
    /// The scorer's score from -1 to 1; nil when it is no mention.
    public var score: Double?
    /// The reach it would be stored with; nil when it is no mention.
    public var reach: Int?
    /// Whether it asks for a reply whatever its sentiment.
    public var needsReply: Bool

    /// Makes a line.
    public init(brand: String?, reason: String, sentiment: String? = nil, score: Double? = nil, reach: Int? = nil, needsReply: Bool = false) {
        self.brand = brand
        self.reason = reason
        self.sentiment = sentiment
        self.score = score
        self.reach = reach
        self.needsReply = needsReply
    }
}

/// Renders how a config's brands and scorer see a checked source's items.
public enum SourceMatchRenderer {
    /// A section after `check-source`'s own output: one line per item, numbered as the items are.
    public static func text(_ lines: [ItemMatchLine], configFile: String) -> String {
        let mentions = lines.filter { $0.brand != nil }.count
        var out = "\nwith \(TerminalText.safeLine(configFile)): \(mentions) of \(lines.count) items would be stored\n"
        for (index, line) in lines.enumerated() {
            out += "\(index + 1). "
            if let brand = line.brand {
                out += "\(TerminalText.safeLine(brand)): \(TerminalText.safeLine(line.reason))"
                if let sentiment = line.sentiment, let score = line.score { out += "; \(sentiment) \(String(format: "%+.2f", score))" }
                if let reach = line.reach { out += ", reach \(reach)" }
                if line.needsReply { out += ", needs a reply" }
            } else {
                out += "no brand: \(TerminalText.safeLine(line.reason))"
            }
            out += "\n"
        }
        return out
    }

    /// `check-source --json`'s object with a `matches` list added after its items (one entry per item, in the same
    /// order); the object is otherwise byte for byte what `check-source --json` prints without a config.
    public static func json(adding lines: [ItemMatchLine], to object: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let matches = (try? encoder.encode(lines)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        var trimmed = object
        while trimmed.last == "\n" { trimmed.removeLast() }
        guard trimmed.last == "}" else { return object }
        trimmed.removeLast()
        return trimmed + ",\"matches\":" + TerminalText.jsonSafe(matches) + "}\n"
    }
}
