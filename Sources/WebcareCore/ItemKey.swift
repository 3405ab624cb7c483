/// What identifies an item within its source across polls, as stored with its mention: the id the document gives
/// ("id:…"), else its link ("url:…"), else a hash of its title and text ("hash:…"). The one place that knows these
/// prefixes: the store and reply matching ask this type instead of spelling them out.
public struct ItemKey: Hashable, Sendable, CustomStringConvertible {
    /// The key as stored ("id:tag:forum,2026:42").
    public let rawValue: String

    /// A key as stored.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The key of an item with this id.
    public static func id(_ id: String) -> ItemKey { ItemKey(rawValue: "id:" + id) }

    /// The key of an item without an id, by its link.
    public static func url(_ url: String) -> ItemKey { ItemKey(rawValue: "url:" + url) }

    /// The key of an item with neither id nor link, by a hash of its title and text.
    public static func hash(title: String?, text: String) -> ItemKey {
        ItemKey(rawValue: "hash:" + StableHash.hex(of: (title ?? "") + "\u{1F}" + text))
    }

    /// The id or the link the key was made from (what another item's reply points at); nil for a hash key.
    public var reference: String? {
        for prefix in ["id:", "url:"] where rawValue.hasPrefix(prefix) { return String(rawValue.dropFirst(prefix.count)) }
        return nil
    }

    /// The keys an item that a reply points at by `reference` (an id or a link) may be stored under.
    public static func candidates(forReference reference: String) -> [ItemKey] { [.id(reference), .url(reference)] }

    /// The key as stored.
    public var description: String { rawValue }
}
