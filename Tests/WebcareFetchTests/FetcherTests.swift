import Foundation
import Testing
import WebcareCore
import WebcareTestSupport
@testable import WebcareFetch

private func gzip(_ text: String) throws -> [UInt8] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/gzip")
    process.arguments = ["-c"]
    let input = Pipe(), output = Pipe()
    process.standardInput = input
    process.standardOutput = output
    try process.run()
    input.fileHandleForWriting.write(Data(text.utf8))
    try input.fileHandleForWriting.close()
    let data = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Array(data)
}

private let feed = "<rss version=\"2.0\"><channel><title>t</title></channel></rss>"

@Suite struct FetcherTests {
    let fetcher = Fetcher(limits: FetchLimits(timeoutSeconds: 3, connectTimeoutSeconds: 2, maxBytes: 64 * 1024))

    @Test func validatorsAreCollectedAndSentBackAndA304IsNotModified() throws {
        let server = try LoopbackServer { request in
            if request.headers["if-none-match"] == "\"v1\"" { return LoopbackServer.Response(status: 304) }
            return .text(feed, headers: [("ETag", "\"v1\""), ("Last-Modified", "Mon, 16 Nov 2026 09:00:00 GMT"), ("Content-Type", "application/rss+xml; charset=utf-8")])
        }
        let first = fetcher.fetch(FetchRequest(location: .web(server.baseURL + "/feed")))
        guard case .body(let body) = first else { Issue.record("expected a body, got \(first)"); return }
        #expect(body.bytes == Array(feed.utf8))
        #expect(body.etag == "\"v1\"")
        #expect(body.lastModified == "Mon, 16 Nov 2026 09:00:00 GMT")
        #expect(body.contentType == "application/rss+xml; charset=utf-8")
        #expect(body.status == 200)

        let second = fetcher.fetch(FetchRequest(location: .web(server.baseURL + "/feed"), etag: body.etag, lastModified: body.lastModified))
        #expect(second == .notModified(status: 304))
        let sent = server.requests
        #expect(sent.count == 2)
        #expect(sent[0].headers["if-none-match"] == nil)
        #expect(sent[1].headers["if-none-match"] == "\"v1\"")
        #expect(sent[1].headers["if-modified-since"] == "Mon, 16 Nov 2026 09:00:00 GMT")
        #expect(sent[0].headers["user-agent"] == "webcare/\(WebcareVersion.current)")
    }

    @Test func gzipBodiesArriveDecoded() throws {
        let compressed = try gzip(feed)
        let server = try LoopbackServer { request in
            #expect(request.headers["accept-encoding"]?.contains("gzip") == true)
            return LoopbackServer.Response(headers: [("Content-Encoding", "gzip")], body: compressed)
        }
        guard case .body(let body) = fetcher.fetch(FetchRequest(location: .web(server.baseURL))) else { Issue.record("no body"); return }
        #expect(String(decoding: body.bytes, as: UTF8.self) == feed)
    }

    @Test func anOversizeBodyFailsAsTooLarge() throws {
        let big = String(repeating: "x", count: 200 * 1024)
        let server = try LoopbackServer { _ in .text(big) }
        let outcome = fetcher.fetch(FetchRequest(location: .web(server.baseURL)))
        guard case .failed(let error) = outcome else { Issue.record("expected failure, got body"); return }
        #expect(error.reason.hasPrefix("too large"))
    }

    @Test func anOversizeBodyWithoutContentLengthIsCutOffWhileDecoding() throws {
        // 200 KiB of zeros gzip to a few hundred bytes: the cap must apply to the decoded size.
        let bomb = try gzip(String(repeating: "0", count: 200 * 1024))
        let server = try LoopbackServer { _ in LoopbackServer.Response(headers: [("Content-Encoding", "gzip")], body: bomb) }
        guard case .failed(let error) = fetcher.fetch(FetchRequest(location: .web(server.baseURL))) else { Issue.record("expected failure"); return }
        #expect(error.reason.hasPrefix("too large"))
    }

    @Test func aRedirectToAFileURLIsRefused() throws {
        let server = try LoopbackServer { _ in LoopbackServer.Response(status: 302, headers: [("Location", "file:///etc/passwd")]) }
        guard case .failed(let error) = fetcher.fetch(FetchRequest(location: .web(server.baseURL))) else { Issue.record("expected failure"); return }
        #expect(error.reason.contains("refused"))
    }

    @Test func redirectsBetweenHTTPPagesAreFollowed() throws {
        let server = try LoopbackServer { request in
            request.path == "/old" ? LoopbackServer.Response(status: 301, headers: [("Location", "/new")]) : .text(feed)
        }
        guard case .body(let body) = fetcher.fetch(FetchRequest(location: .web(server.baseURL + "/old"))) else { Issue.record("no body"); return }
        #expect(body.finalURL == server.baseURL + "/new")
    }

    @Test func anHTTPErrorNamesTheStatus() throws {
        let server = try LoopbackServer { _ in .text("weg", status: 404) }
        #expect(fetcher.fetch(FetchRequest(location: .web(server.baseURL))) == .failed(FetchError(status: 404, reason: "HTTP 404 Not Found")))
    }

    @Test func aHangingServerIsCutOffByTheTimeout() throws {
        let server = try LoopbackServer { _ in LoopbackServer.Response(body: Array(feed.utf8), delay: 10) }
        let quick = Fetcher(limits: FetchLimits(timeoutSeconds: 1, connectTimeoutSeconds: 1))
        guard case .failed(let error) = quick.fetch(FetchRequest(location: .web(server.baseURL))) else { Issue.record("expected failure"); return }
        #expect(error.reason.hasPrefix("timed out"))
    }

    @Test func filesAreReadAndAMissingFileIsNamed() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("webcare fetch \(UUID().uuidString).xml").path
        try feed.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        guard case .body(let body) = fetcher.fetch(FetchRequest(location: .file(path))) else { Issue.record("no body"); return }
        #expect(body.bytes == Array(feed.utf8))
        let missing = fetcher.fetch(FetchRequest(location: .file("/nonexistent/feed.xml")))
        #expect(missing == .failed(FetchError(status: nil, reason: "cannot read the file /nonexistent/feed.xml: it is missing or unreadable")))
    }
}

@Suite struct ConcurrentFetchTests {
    let fetcher = Fetcher(limits: FetchLimits(timeoutSeconds: 2, connectTimeoutSeconds: 2))

    @Test func aHangingSourceHoldsUpNobodyAndIsCutOffByItsTimeout() throws {
        let server = try LoopbackServer { request in
            request.path == "/hang" ? LoopbackServer.Response(body: Array(feed.utf8), delay: 10) : .text(feed)
        }
        let other = try LoopbackServer { _ in .text(feed) }
        let requests = [FetchRequest(location: .web(server.baseURL + "/hang"))]
            + (0..<6).map { FetchRequest(location: .web(other.baseURL + "/feed\($0)")) }
        var order: [Int] = []
        var outcomes: [Int: FetchOutcome] = [:]
        fetcher.fetchAll(requests, parallel: 4) { index, outcome in
            order.append(index)
            outcomes[index] = outcome
        }
        #expect(order.count == 7)
        #expect(order.last == 0, "the hanging source must finish last, after every other: \(order)")
        guard case .failed(let error) = outcomes[0] else { Issue.record("the hanging source should fail"); return }
        #expect(error.reason.hasPrefix("timed out"))
        for index in 1...6 {
            guard case .body = outcomes[index] else { Issue.record("source \(index) should have a body"); continue }
        }
    }

    @Test func atMostTwoTransfersGoToOneHostAtATime() throws {
        let server = try LoopbackServer { _ in LoopbackServer.Response(body: Array(feed.utf8), delay: 0.2) }
        let requests = (0..<8).map { FetchRequest(location: .web(server.baseURL + "/feed\($0)")) }
        var delivered = 0
        fetcher.fetchAll(requests, parallel: 16, perHost: 2) { _, outcome in
            if case .body = outcome { delivered += 1 }
        }
        #expect(delivered == 8)
        #expect(server.mostConcurrent == 2)
    }

    @Test func retryAfterAndPermanentRedirectsAreReported() throws {
        let server = try LoopbackServer { request in
            switch request.path {
            case "/busy": LoopbackServer.Response(status: 503, headers: [("Retry-After", "120")])
            case "/old": LoopbackServer.Response(status: 308, headers: [("Location", "/new")])
            default: .text(feed)
            }
        }
        guard case .failed(let error) = fetcher.fetch(FetchRequest(location: .web(server.baseURL + "/busy"))) else {
            Issue.record("503 should fail"); return
        }
        #expect(error.retryAfter == "120")
        #expect(error.status == 503)
        guard case .body(let body) = fetcher.fetch(FetchRequest(location: .web(server.baseURL + "/old"))) else {
            Issue.record("redirect should be followed"); return
        }
        #expect(body.movedPermanentlyTo == server.baseURL + "/new")
    }
}

/// A timeout names the limit that fired: the connect limit, the low-speed cut or the whole transfer's limit.
@Suite struct TimeoutReasonTests {
    static let limits = FetchLimits(timeoutSeconds: 30, connectTimeoutSeconds: 10)

    @Test(arguments: [
        ("Operation too slow. Less than 100 bytes/sec transferred the last 20 seconds",
         "timed out: under 100 bytes a second for 20 s (the low-speed cut; Operation too slow. Less than 100 bytes/sec transferred the last 20 seconds)"),
        ("Connection timed out after 10001 milliseconds",
         "timed out connecting after 10 s (the connect limit; Connection timed out after 10001 milliseconds)"),
        ("Operation timed out after 30000 milliseconds with 512 bytes received",
         "timed out after 30 s (the limit per transfer; Operation timed out after 30000 milliseconds with 512 bytes received)"),
    ])
    func theMessageNamesTheLimitThatFired(_ detail: String, _ expected: String) {
        #expect(Transfer.timeoutReason(detail: detail, limits: Self.limits) == expected)
    }
}
