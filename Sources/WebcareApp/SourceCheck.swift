import Foundation
import WebcareConfig
import WebcareCore
import WebcareFetch
import WebcareParse

/// What `check-source` found: the document as webcare reads it, stored nowhere.
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

/// Fetches (or reads) one source and parses it, without storing anything.
public enum SourceCheck {
    /// Checks a URL or a path (relative paths against the current folder).
    public static func run(_ urlOrPath: String, limits: FetchLimits = FetchLimits()) throws(SourceCheckError) -> SourceCheckResult {
        let location: SourceLocation
        if URLScheme.isWeb(urlOrPath) {
            location = .web(urlOrPath)
        } else if URLScheme.scheme(of: urlOrPath) == "file" {
            location = .file(String(urlOrPath.dropFirst("file://".count)).removingPercentEncoding ?? urlOrPath)
        } else if urlOrPath.contains("://") {
            throw SourceCheckError(description: "could not check \(urlOrPath): only http, https and file sources are supported")
        } else {
            let absolute = urlOrPath.hasPrefix("/") ? urlOrPath : FileManager.default.currentDirectoryPath + "/" + urlOrPath
            location = .file((absolute as NSString).standardizingPath)
        }
        switch Fetcher(limits: limits).fetch(FetchRequest(location: location)) {
        case .failed(let error):
            throw SourceCheckError(description: "could not fetch \(urlOrPath): \(error.reason)")
        case .notModified:
            throw SourceCheckError(description: "could not check \(urlOrPath): the server answered 304 Not Modified to an unconditional request")
        case .body(let body):
            do {
                let feed = try FeedParser.parse(body.bytes, baseURL: URLScheme.isWeb(body.finalURL) ? body.finalURL : nil,
                                          httpCharset: charsetParameter(of: body.contentType), encoding: nil)
                return SourceCheckResult(url: location == .web(urlOrPath) ? body.finalURL : location.description, feed: feed)
            } catch {
                throw SourceCheckError(description: "could not read \(urlOrPath): \(error.reason)")
            }
        }
    }
}
