import Testing
@testable import WebcareFetch

/// Header lines are read on their bytes, as libcurl hands them over (CR LF included).
@Suite struct ResponseHeaderTests {
    private func read(_ lines: [String], maxBytes: Int = 1 << 20) -> TransferSink {
        let sink = TransferSink(maxBytes: maxBytes)
        for line in lines {
            var bytes = Array(line.utf8)
            bytes.withUnsafeMutableBufferPointer { sink.header(UnsafeBufferPointer($0)) }
        }
        return sink
    }

    @Test func namesInAnyCaseAndValuesWithoutTheirSpaces() {
        let sink = read(["HTTP/1.1 200 OK\r\n", "ETAG:   \"v7\" \t\r\n", "last-Modified: Mon, 16 Nov 2026 09:00:00 GMT\r\n",
                         "Content-Type:text/xml; charset=windows-1252\r\n", "Retry-After: 120\r\n", "X-Etag: no\r\n",
                         "Etag-Extra: no\r\n", "\r\n"])
        #expect(sink.etag == "\"v7\"")
        #expect(sink.lastModified == "Mon, 16 Nov 2026 09:00:00 GMT")
        #expect(sink.contentType == "text/xml; charset=windows-1252")
        #expect(sink.retryAfter == "120")
        #expect(!sink.wasMovedPermanently)
    }

    @Test func aNewResponseForgetsThePreviousHeadersAndAPermanentMoveIsKept() {
        let sink = read(["HTTP/1.1 308 Permanent Redirect\r\n", "ETag: \"old\"\r\n", "Location: /new\r\n", "\r\n",
                         "HTTP/2 200\r\n", "content-type: application/rss+xml\r\n", "\r\n"])
        #expect(sink.etag == nil, "the redirect's validator is not the feed's")
        #expect(sink.contentType == "application/rss+xml")
        #expect(sink.wasMovedPermanently)
        #expect(read(["HTTP/1.1 302 Found\r\n"]).wasMovedPermanently == false)
    }

    @Test func aDeclaredLengthMakesRoomForTheBodyUpToTheCap() {
        #expect(read(["HTTP/1.1 200 OK\r\n", "Content-Length: 50000\r\n"]).body.capacity >= 50_000)
        #expect(read(["HTTP/1.1 200 OK\r\n", "Content-Length: 999999999999\r\n"], maxBytes: 1000).body.capacity < 100_000,
                "a lying length does not reserve more than the cap")
        #expect(read(["HTTP/1.1 200 OK\r\n", "Content-Length: nonsense\r\n"]).body.capacity == 0)
    }
}
