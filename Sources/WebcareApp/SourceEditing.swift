import Foundation
import WebcareConfig
import WebcareCore
import WebcareFetch
import WebcareParse
import WebcarePresent

/// A source to add to the config, as the team asked for it.
public struct SourceRequest: Sendable, Equatable {
    /// Its URL (or file path), as written in the config.
    public var url: String
    /// Its name; nil: the feed's title, else the URL's host.
    public var name: String?
    /// Readers an item typically gets; nil leaves the config's default.
    public var reach: Int?
    /// The brand every item is about; nil: items must name a brand.
    public var brand: String?
    /// feed or reviews.
    public var kind: SourceKind
    /// The feed's own title, for the default name.
    public var title: String?

    /// Makes a request.
    public init(url: String, name: String? = nil, reach: Int? = nil, brand: String? = nil, kind: SourceKind = .feed, title: String? = nil) {
        self.url = url
        self.name = name
        self.reach = reach
        self.brand = brand
        self.kind = kind
        self.title = title
    }
}

/// What a URL given to `sources add` leads to.
public enum SourceResolution: Sendable, Equatable {
    /// A document webcare reads: the URL to store, its kind and its title.
    case document(url: String, kind: SourceKind, title: String?)
    /// An HTML page that leads to these feeds (the readable ones; never empty): the team picks one.
    case feeds([DiscoveredFeed])
}

/// Adds, removes and renames sources in the config file, through `ConfigRewrite` (validated, `.bak` kept, written
/// whole or not at all, the rest of the file untouched).
public enum SourceEditing {
    /// What `url` is: a feed or review page as is, or a page's readable feeds. Throws when it cannot be fetched or
    /// read and leads to no feed.
    public static func resolve(_ url: String, fetch: FetchSettings = FetchSettings()) throws(SourceCheckError) -> SourceResolution {
        switch try SourceCheck.inspect(url, limits: limits(fetch)) {
        case .document(let result):
            // A web URL is kept as the team wrote it (not where it redirected); a path is made absolute, as the config
            // would otherwise read it against its own folder.
            return .document(url: URLScheme.isWeb(url) ? url : result.url, kind: result.feed.kind == .reviews ? .reviews : .feed,
                             title: result.feed.title)
        case .page(_, let feeds):
            let readable = feeds.filter(\.isReadable)
            guard !readable.isEmpty else {
                let reasons = feeds.map { "\($0.url): \($0.failure ?? "")" }.joined(separator: "; ")
                throw SourceCheckError(description: "could not add \(url): it is an HTML page and none of its feeds can be read (\(reasons))")
            }
            return .feeds(readable)
        }
    }

    /// The fetch limits a config sets.
    static func limits(_ fetch: FetchSettings) -> FetchLimits {
        FetchLimits(timeoutSeconds: fetch.timeoutSeconds, connectTimeoutSeconds: fetch.connectTimeoutSeconds, maxBytes: fetch.maxBytes,
                    userAgent: fetch.userAgent ?? "webcare/\(WebcareVersion.current)")
    }

    /// Adds the source to the config at `path`; returns it as the config now holds it. Refuses (a `ConfigError`) a
    /// name or URL the config already has, and anything that would make the config invalid (an unknown brand).
    @discardableResult
    public static func add(_ request: SourceRequest, toConfigAt path: String) throws(ConfigError) -> Source {
        var name = ""
        let changed = try ConfigRewrite.apply(to: path) { (config: Config, text: inout ConfigText) throws(ConfigError) in
            name = request.name.map(trimmed) ?? defaultName(request, taken: Set(config.sources.map(\.name)))
            if let same = config.sources.first(where: { $0.name == name }) {
                throw ConfigError(file: path, keyPath: "sources", reason: "already has a source named \"\(same.name)\" (\(same.location)); "
                    + "choose another with --name")
            }
            try refuseDuplicate(of: request.url, in: config)
            text.appendSource(fields(of: request, name: name))
        }
        return changed.sources.first { $0.name == name }!
    }

    /// Throws when the config already has a source at `url` (equal but for the case of its scheme and host, or a
    /// trailing slash), naming it.
    public static func refuseDuplicate(of url: String, in config: Config) throws(ConfigError) {
        if let same = config.sources.first(where: { sameURL($0.location.description, url) }) {
            throw ConfigError(file: config.file, keyPath: "sources", reason: "already has \(url), as \"\(same.name)\"; nothing was added")
        }
    }

    /// The fields written for a new source, in the order the example config uses: name, url, type, brand, reach.
    static func fields(of request: SourceRequest, name: String) -> [ConfigText.Field] {
        var fields: [ConfigText.Field] = [.string("name", name), .string("url", request.url), .string("type", request.kind.rawValue)]
        if let brand = request.brand { fields.append(.string("brand", brand)) }
        if let reach = request.reach { fields.append(.integer("reach", reach)) }
        return fields
    }

    /// Removes the source named `name`; refuses a name the config does not have (listing the names).
    public static func remove(named name: String, fromConfigAt path: String) throws(ConfigError) {
        try ConfigRewrite.apply(to: path) { (config: Config, text: inout ConfigText) throws(ConfigError) in
            let index = try position(of: name, in: config, path: path)
            text.removeSource(at: index)
        }
    }

    /// Renames a source. Its stored mentions stay with it: the store knows a renamed source by its URL or `id`.
    /// Refuses an unknown old name and a new name another source has.
    public static func rename(_ old: String, to new: String, inConfigAt path: String) throws(ConfigError) {
        try ConfigRewrite.apply(to: path) { (config: Config, text: inout ConfigText) throws(ConfigError) in
            let index = try position(of: old, in: config, path: path)
            let newName = trimmed(new)
            if config.sources.contains(where: { $0.name == newName }), newName != old {
                throw ConfigError(file: path, keyPath: "sources", reason: "already has a source named \"\(newName)\"; choose another name")
            }
            text.setSourceString(at: index, key: "name", to: newName)
        }
    }

    /// Where the source named `name` is in the config's list.
    private static func position(of name: String, in config: Config, path: String) throws(ConfigError) -> Int {
        guard let index = config.sources.firstIndex(where: { $0.name == name }) else {
            let known = config.sources.map { "\"\($0.name)\"" }.joined(separator: ", ")
            throw ConfigError(file: path, keyPath: "sources", reason: "has no source named \"\(name)\"; "
                + (known.isEmpty ? "it lists none" : "it has \(known)"))
        }
        return index
    }

    /// The feed's title, else the URL's host (else the URL), cut to 60 characters.
    static func defaultName(_ request: SourceRequest, taken: Set<String>) -> String {
        let title = request.title.map(trimmed).flatMap { $0.isEmpty ? nil : $0 }
        let host = URL(string: request.url)?.host
        let name = title ?? host ?? request.url
        return name.count > 60 ? String(name.prefix(59)) + "…" : name
    }

    /// Whether two URLs name the same source: equal but for case in the scheme and host and a trailing slash.
    static func sameURL(_ a: String, _ b: String) -> Bool {
        func key(_ url: String) -> String {
            var text = url.trimmingCharacters(in: .whitespaces)
            if text.hasSuffix("/") { text.removeLast() }
            guard let components = URLComponents(string: text), let host = components.host else { return text }
            return (components.scheme ?? "").lowercased() + "://" + host.lowercased() + (components.port.map { ":\($0)" } ?? "")
                + components.percentEncodedPath + (components.percentEncodedQuery.map { "?" + $0 } ?? "")
        }
        return key(a) == key(b)
    }

    private static func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
}

/// What `sources import` did.
public struct SourceImport: Sendable, Equatable {
    /// The sources added, by name, in file order.
    public var added: [String] = []
    /// Feeds skipped because the config (or the file, earlier) already has their URL.
    public var duplicates = 0
    /// Feeds skipped because their URL is not http(s).
    public var unusable: [String] = []
}

extension SourceEditing {
    /// Adds every feed of an OPML file to the config in one rewrite, in file order: a URL the config or the file
    /// already had is skipped and counted; a name already taken gets " (2)", " (3)", …
    public static func importFeeds(_ feeds: [OPMLFeed], toConfigAt path: String) throws(ConfigError) -> SourceImport {
        var summary = SourceImport()
        try ConfigRewrite.apply(to: path) { (config: Config, text: inout ConfigText) throws(ConfigError) in
            var urls = config.sources.map(\.location.description)
            var names = Set(config.sources.map(\.name))
            for feed in feeds {
                guard URLScheme.isWeb(feed.url) else { summary.unusable.append(feed.url); continue }
                if urls.contains(where: { sameURL($0, feed.url) }) { summary.duplicates += 1; continue }
                let base = defaultName(SourceRequest(url: feed.url, title: feed.title), taken: names)
                var name = base
                var number = 2
                while names.contains(name) { name = "\(base) (\(number))"; number += 1 }
                text.appendSource(fields(of: SourceRequest(url: feed.url), name: name))
                urls.append(feed.url)
                names.insert(name)
                summary.added.append(name)
            }
        }
        return summary
    }
}
