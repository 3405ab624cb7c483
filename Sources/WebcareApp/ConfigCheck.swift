import Foundation
import WebcareConfig
import WebcareCore
import WebcareFetch
import WebcareMatch
import WebcareParse
import WebcarePresent

/// `config check`: every source of a valid config fetched once (at the same time, as a poll does) and read, without
/// validators, backoff or storing anything.
public enum ConfigCheck {
    /// One line per source, in config order.
    public static func probe(_ config: Config) -> [SourceProbeLine] {
        let matcher = BrandMatcher(brands: config.brands)
        var lines = config.sources.map { SourceProbeLine(name: $0.name, url: $0.location.description, isReadable: false, detail: "not fetched") }
        let requests = config.sources.map { FetchRequest(location: $0.location) }
        Fetcher(limits: SourceEditing.limits(config.fetch)).fetchAll(requests, parallel: config.fetch.parallel) { index, outcome in
            let source = config.sources[index]
            switch outcome {
            case .failed(let error):
                lines[index].detail = "could not fetch: \(error.reason)"
            case .notModified:
                lines[index].detail = "could not fetch: 304 Not Modified to an unconditional request"
            case .body(let body):
                do {
                    let feed = try FeedParser.parse(body.bytes, baseURL: URLScheme.isWeb(body.finalURL) ? body.finalURL : nil,
                                                    httpCharset: charsetParameter(of: body.contentType), encoding: source.encoding)
                    let count = feed.items.count
                    var detail = "\(feed.kind.rawValue), \(count) item\(count == 1 ? "" : "s")"
                    if let brand = source.brand {
                        detail += ", all for \(brand)"
                    } else {
                        let named = feed.items.filter { matcher.match(title: $0.title, text: $0.text) != nil }.count
                        detail += ", \(named) name\(named == 1 ? "s" : "") a brand"
                    }
                    if !feed.warnings.isEmpty { detail += ", \(feed.warnings.count) warning\(feed.warnings.count == 1 ? "" : "s") (see check-source)" }
                    lines[index].isReadable = true
                    lines[index].detail = detail
                } catch {
                    lines[index].detail = "could not read: \(error)"
                }
            }
        }
        return lines
    }
}
