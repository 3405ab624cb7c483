import Foundation
import WebcareConfig
import WebcareCore
import WebcareFetch
import WebcareParse
import WebcarePresent

/// What `check-source` found: the document as webcare reads it, stored nothing.
public struct SourceCheckResult: Sendable {
    /// The URL or path checked, after redirects.
    public var url: String
    /// The document as parsed.
    public var feed: ParsedFeed
}

/// Why a source could not be checked.
public struct SourceCheckError: Error, Sendable, CustomStringConvertible {
    /// One line: what was checked and why it failed.
    public var description: String
}

/// What a URL turned out to be: a document webcare reads (a feed, a review page), or an HTML page that leads to feeds.
public enum SourceInspection: Sendable {
    /// A feed or review page, read.
    case document(SourceCheckResult)
    /// An HTML page without reviews, and the feeds it leads to (never empty).
    case page(url: String, feeds: [DiscoveredFeed])
}

/// Fetches (or reads) one source and parses it, without storing anything.
public enum SourceCheck {
    /// Checks a URL or a path (relative paths against the current folder); an HTML page without reviews is an error.
    public static func run(_ urlOrPath: String, limits: FetchLimits = FetchLimits()) throws(SourceCheckError) -> SourceCheckResult {
        let location = try location(of: urlOrPath)
        let body = try fetch(urlOrPath, at: location, limits: limits)
        do {
            return try read(body, urlOrPath, at: location)
        } catch {
            throw SourceCheckError(description: "could not read \(urlOrPath): \(error.reason)")
        }
    }

    /// Checks a URL or a path; an HTML page that is not a review page is searched for feeds (`FeedDiscovery`). Throws
    /// when the document is unreadable, or is a page that leads to no feed (with the parser's reason).
    public static func inspect(_ urlOrPath: String, limits: FetchLimits = FetchLimits()) throws(SourceCheckError) -> SourceInspection {
        let location = try location(of: urlOrPath)
        let body = try fetch(urlOrPath, at: location, limits: limits)
        do {
            return .document(try read(body, urlOrPath, at: location))
        } catch {
            guard FeedLinks.isHTML(body.bytes) else {
                throw SourceCheckError(description: "could not read \(urlOrPath): \(error.reason)")
            }
            let pageURL = URLScheme.isWeb(body.finalURL) ? body.finalURL : nil
            let feeds = FeedDiscovery.feeds(onPage: body.bytes, pageURL: pageURL, limits: limits)
            guard !feeds.isEmpty else {
                let tried = pageURL == nil ? "" : "; no feed at " + FeedLinks.usualPaths.joined(separator: ", ") + " either"
                throw SourceCheckError(description: "could not read \(urlOrPath): \(error.reason)\(tried)")
            }
            return .page(url: location == .web(urlOrPath) ? body.finalURL : location.description, feeds: feeds)
        }
    }

    /// Where a URL or path is read from.
    static func location(of urlOrPath: String) throws(SourceCheckError) -> SourceLocation {
        if URLScheme.isWeb(urlOrPath) { return .web(urlOrPath) }
        if URLScheme.scheme(of: urlOrPath) == "file" {
            return .file(String(urlOrPath.dropFirst("file://".count)).removingPercentEncoding ?? urlOrPath)
        }
        if urlOrPath.contains("://") {
            throw SourceCheckError(description: "could not check \(urlOrPath): only http, https and file sources are supported")
        }
        let absolute = urlOrPath.hasPrefix("/") ? urlOrPath : FileManager.default.currentDirectoryPath + "/" + urlOrPath
        return .file((absolute as NSString).standardizingPath)
    }

    private static func fetch(_ urlOrPath: String, at location: SourceLocation, limits: FetchLimits) throws(SourceCheckError) -> FetchedBody {
        switch Fetcher(limits: limits).fetch(FetchRequest(location: location)) {
        case .failed(let error):
            throw SourceCheckError(description: "could not fetch \(urlOrPath): \(error.reason)")
        case .notModified:
            throw SourceCheckError(description: "could not check \(urlOrPath): the server answered 304 Not Modified to an unconditional request")
        case .body(let body):
            return body
        }
    }

    private static func read(_ body: FetchedBody, _ urlOrPath: String, at location: SourceLocation) throws(ParseError) -> SourceCheckResult {
        let feed = try FeedParser.parse(body.bytes, baseURL: URLScheme.isWeb(body.finalURL) ? body.finalURL : nil,
                                        httpCharset: charsetParameter(of: body.contentType), encoding: nil)
        return SourceCheckResult(url: location == .web(urlOrPath) ? body.finalURL : location.description, feed: feed)
    }
}
