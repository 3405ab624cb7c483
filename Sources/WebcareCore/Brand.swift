import Foundation

/// A brand the team watches: the name it reports under, the words that mean it, and the words that don't.
public struct Brand: Sendable, Equatable, Codable {
    /// The name shown in the inbox and the report, e.g. "KPN".
    public var name: String
    /// Words or phrases that mean this brand when they stand as whole words ("kpn", "@kpnwebcare").
    public var keywords: [String]
    /// Words or phrases whose presence means the item is not about the brand after all ("kpn-museum").
    public var exclude: [String]
    /// Sentiment valences (−4…4) for this brand's own words, in any language: a brand called "Top" sets "top" to 0.
    public var sentimentWords: [String: Double]
    /// The brand's own accounts (author names and @handles): their replies mark mentions answered, and their
    /// own posts are never mentions.
    public var handles: [String]

    /// Makes a brand; with no keywords, its name is its only keyword.
    public init(name: String, keywords: [String] = [], exclude: [String] = [], sentimentWords: [String: Double] = [:],
                handles: [String] = []) {
        self.handles = handles
        self.name = name
        self.keywords = keywords.isEmpty ? [name] : keywords
        self.exclude = exclude
        self.sentimentWords = sentimentWords
    }

    /// A handle or author name as accounts are compared: folded, trimmed, without leading "@".
    public static func normalizedHandle(_ text: String) -> String {
        var handle = TextFolding.fold(text).trimmingCharacters(in: .whitespaces)
        while handle.hasPrefix("@") { handle.removeFirst() }
        return handle
    }
}
