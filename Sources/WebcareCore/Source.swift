/// Where a source is read from: the web (http or https) or a file on this machine.
public enum SourceLocation: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// An http:// or https:// URL, kept as written.
    case web(String)
    /// An absolute path to a local file.
    case file(String)

    /// The URL as written for the web, the path for a file.
    public var description: String {
        switch self {
        case .web(let url): url
        case .file(let path): path
        }
    }

    /// The URL libcurl is given: the web URL, or a file:// URL for a path.
    public var url: String {
        switch self {
        case .web(let url): url
        case .file(let path): "file://" + path.split(separator: "/", omittingEmptySubsequences: false)
            .map { percentEncodePathSegment(String($0)) }.joined(separator: "/")
        }
    }
}

private func percentEncodePathSegment(_ segment: String) -> String {
    var out = ""
    for byte in segment.utf8 {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            out.unicodeScalars.append(Unicode.Scalar(byte))
        default:
            let hex = Array("0123456789ABCDEF")
            out.append("%"); out.append(hex[Int(byte >> 4)]); out.append(hex[Int(byte & 15)])
        }
    }
    return out
}

/// What kind of document a source serves.
public enum SourceKind: String, Sendable, Codable, CaseIterable {
    /// An RSS or Atom feed.
    case feed
    /// A page or feed of customer reviews of one company.
    case reviews
}

/// One configured place webcare polls.
public struct Source: Sendable, Equatable {
    /// The name the team knows it by; unique within a config, and the key mentions are stored under.
    public var name: String
    /// Where it is read from.
    public var location: SourceLocation
    /// What it serves.
    public var kind: SourceKind
    /// The brand every item is about, or nil when items are kept only if they mention a brand.
    public var brand: String?
    /// Readers an item on this source typically gets.
    public var reach: Int
    /// The charset to read it in whatever it declares (for servers that lie), or nil.
    public var encoding: String?
    /// A stable id the config gives it (`sources[].id`), so that renaming it keeps its mentions; nil: its URL does.
    public var id: String?

    /// Makes a source.
    public init(name: String, location: SourceLocation, kind: SourceKind = .feed, brand: String? = nil, reach: Int = 1000,
                encoding: String? = nil) {
        self.name = name
        self.location = location
        self.kind = kind
        self.brand = brand
        self.reach = reach
        self.encoding = encoding
    }
}
