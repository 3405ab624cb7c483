import Foundation
import WebcareCore
import WebcareFetch
import WebcareParse
import WebcarePresent

/// Finds the feeds behind an HTML page: those its `<link rel="alternate">` tags announce, each fetched once; failing
/// those (none announced, or none readable), the usual places (`/feed`, `/rss`, …), each fetched once and listed only
/// when it holds a feed.
public enum FeedDiscovery {
    /// The feeds the page leads to, announced ones first in page order; empty when there are none.
    public static func feeds(onPage bytes: [UInt8], pageURL: String?, limits: FetchLimits = FetchLimits()) -> [DiscoveredFeed] {
        let announced = FeedLinks.announced(in: bytes, baseURL: pageURL)
        var feeds = check(announced.map(\.url), titles: announced.map(\.title), limits: limits).map { feed in
            var feed = feed
            feed.isAnnounced = true
            return feed
        }
        if !feeds.contains(where: \.isReadable), let pageURL {
            var seen = Set(feeds.map(\.url))
            for feed in check(FeedLinks.usualPlaces(for: pageURL), titles: [], limits: limits) where feed.isReadable {
                // /feed and /feed/ (or ?feed=rss2 redirecting to /feed/) are one feed.
                if seen.insert(feed.url).inserted { feeds.append(feed) }
            }
        }
        return feeds
    }

    /// Fetches every URL once (a few at a time) and reads it; results in the order of `urls`.
    static func check(_ urls: [String], titles: [String?], limits: FetchLimits) -> [DiscoveredFeed] {
        var results = urls.map { DiscoveredFeed(url: $0, isAnnounced: false, failure: "not fetched") }
        let requests = urls.map { FetchRequest(location: URLScheme.isWeb($0) ? .web($0) : .file($0)) }
        Fetcher(limits: limits).fetchAll(requests, parallel: 6, perHost: 2) { index, outcome in
            var result = results[index]
            let title = index < titles.count ? titles[index] : nil
            switch outcome {
            case .failed(let error):
                result.failure = error.reason
            case .notModified:
                result.failure = "304 Not Modified to an unconditional request"
            case .body(let body):
                do {
                    let feed = try FeedParser.parse(body.bytes, baseURL: URLScheme.isWeb(body.finalURL) ? body.finalURL : nil,
                                                    httpCharset: charsetParameter(of: body.contentType))
                    if feed.kind == .reviews, FeedLinks.isHTML(body.bytes) {
                        // Another HTML page (a site that answers every path with its home page) is no feed.
                        result.failure = "an HTML page, not a feed"
                        result.title = title
                    } else {
                        result.url = body.finalURL
                        result.kind = feed.kind.rawValue
                        result.itemCount = feed.items.count
                        result.failure = nil
                        result.title = feed.title ?? title
                    }
                } catch {
                    result.failure = "\(error)"
                    result.title = title
                }
            }
            results[index] = result
        }
        return results
    }
}
