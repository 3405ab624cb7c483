import CCurl
import WebcareCore

/// Fetches sources over libcurl: http and https for the web, file for local paths. Redirects are followed
/// only to http and https; bodies are decoded (gzip, deflate, br, zstd: whatever this libcurl supports)
/// and capped; validators are sent and collected for conditional GET.
public struct Fetcher: Sendable {
    private static let globalSetUp: Void = { curl_global_init(Int(CURL_GLOBAL_DEFAULT)) }()

    /// The limits every transfer obeys.
    public let limits: FetchLimits

    /// Makes a fetcher.
    public init(limits: FetchLimits = FetchLimits()) {
        _ = Self.globalSetUp
        self.limits = limits
    }

    /// Fetches one request. Never throws: every failure is a `.failed` outcome naming the reason.
    public func fetch(_ request: FetchRequest) -> FetchOutcome {
        guard let transfer = Transfer(request: request, limits: limits) else {
            return .failed(FetchError(status: nil, reason: "could not start a transfer (libcurl out of memory)"))
        }
        transfer.configure()
        return transfer.finish(curl_easy_perform(transfer.handle))
    }

    /// Fetches every request with many transfers in flight at once on this thread (libcurl's multi
    /// interface): at most `parallel` in all and `perHost` per host. `deliver` is called with each request's
    /// index and outcome as soon as that transfer ends, in completion order, so the caller can work on one
    /// body while the others are still arriving. One slow source holds up nobody: each has its own timeout.
    public func fetchAll(_ requests: [FetchRequest], parallel: Int = 16, perHost: Int = 2, deliver: (Int, FetchOutcome) -> Void) {
        guard let multi = curl_multi_init() else {
            for index in requests.indices { deliver(index, .failed(FetchError(status: nil, reason: "could not start libcurl"))) }
            return
        }
        defer { curl_multi_cleanup(multi) }
        _ = webcare_curl_multi_setopt_long(multi, CURLMOPT_MAX_TOTAL_CONNECTIONS, max(1, parallel))
        _ = webcare_curl_multi_setopt_long(multi, CURLMOPT_MAX_HOST_CONNECTIONS, max(1, perHost))

        // Waiting requests, one first-in-first-out queue per host, hosts taken in turn.
        var queues: [String: ArraySlice<Int>] = [:]
        var hosts: [String] = []
        for index in requests.indices {
            let host = Self.hostKey(requests[index].location)
            if queues[host] == nil { hosts.append(host) }
            queues[host, default: []].append(index)
        }
        var active: [UnsafeMutableRawPointer: (index: Int, transfer: Transfer, host: String)] = [:]
        var perHostActive: [String: Int] = [:]

        func start() {
            var position = 0
            while active.count < max(1, parallel), position < hosts.count {
                let host = hosts[position]
                guard perHostActive[host, default: 0] < max(1, perHost), let index = queues[host]?.popFirst() else {
                    position += 1
                    continue
                }
                if queues[host]?.isEmpty == true {
                    queues[host] = nil
                    hosts.remove(at: position)
                }
                guard let transfer = Transfer(request: requests[index], limits: limits) else {
                    deliver(index, .failed(FetchError(status: nil, reason: "could not start a transfer (libcurl out of memory)")))
                    continue
                }
                transfer.configure()
                curl_multi_add_handle(multi, transfer.handle)
                active[transfer.handle] = (index, transfer, host)
                perHostActive[host, default: 0] += 1
            }
        }

        start()
        while !active.isEmpty {
            var running: Int32 = 0
            curl_multi_perform(multi, &running)
            var left: Int32 = 0
            while let message = curl_multi_info_read(multi, &left) {
                guard message.pointee.msg == CURLMSG_DONE, let handle = message.pointee.easy_handle,
                      let entry = active.removeValue(forKey: handle) else { continue }
                let code = message.pointee.data.result
                curl_multi_remove_handle(multi, handle)
                perHostActive[entry.host, default: 1] -= 1
                deliver(entry.index, entry.transfer.finish(code))
            }
            start()
            if !active.isEmpty { curl_multi_poll(multi, nil, 0, 200, nil) }
        }
    }

    /// Requests to one host share its limit; local files have none worth keeping.
    static func hostKey(_ location: SourceLocation) -> String {
        guard case .web(let url) = location else { return "file:" + location.description }
        let afterScheme = url.split(separator: "/", maxSplits: 3, omittingEmptySubsequences: false)
        return afterScheme.count > 2 ? afterScheme[2].lowercased() : url
    }
}

/// The state a transfer's callbacks fill in. Lives for one synchronous transfer on one thread.
final class TransferSink {
    var body: [UInt8] = []
    var maxBytes: Int
    var isTooLarge = false
    var etag: String?
    var lastModified: String?
    var contentType: String?

    init(maxBytes: Int) { self.maxBytes = maxBytes }

    var retryAfter: String?
    var wasMovedPermanently = false

    /// Reads one header line as libcurl hands it over (with its CR LF). Read on the bytes: a poll sees thousands
    /// of header lines and keeps five kinds; only the values kept become strings.
    func header(_ line: UnsafeBufferPointer<UInt8>) {
        if line.starts(with: "HTTP/".utf8) {
            // A new response (after a redirect or a 100 Continue): forget the previous one's headers.
            etag = nil; lastModified = nil; contentType = nil; retryAfter = nil
            let parts = line.split(separator: UInt8(ascii: " "), maxSplits: 2)
            if parts.count > 1, parts[1].elementsEqual("301".utf8) || parts[1].elementsEqual("308".utf8) { wasMovedPermanently = true }
            return
        }
        guard let colon = line.firstIndex(of: UInt8(ascii: ":")) else { return }
        let name = UnsafeBufferPointer(rebasing: line[..<colon])
        var start = colon + 1, end = line.count
        func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A }
        while start < end, isSpace(line[start]) { start += 1 }
        while end > start, isSpace(line[end - 1]) { end -= 1 }
        func value() -> String { String(decoding: UnsafeBufferPointer(rebasing: line[start..<end]), as: UTF8.self) }
        if Self.isNamed(name, "etag") {
            etag = value()
        } else if Self.isNamed(name, "last-modified") {
            lastModified = value()
        } else if Self.isNamed(name, "content-type") {
            contentType = value()
        } else if Self.isNamed(name, "retry-after") {
            retryAfter = value()
        } else if Self.isNamed(name, "content-length"), let length = Int(value()), length > 0 {
            // Room for the body at once instead of doubling it a dozen times as it comes (a hint: a compressed body
            // decodes to more, and the size cap still applies as bytes arrive).
            body.reserveCapacity(min(length, maxBytes) + 1)
        }
    }

    /// Whether a header name is `lowercase` (given in lowercase), in any case.
    private static func isNamed(_ name: UnsafeBufferPointer<UInt8>, _ lowercase: StaticString) -> Bool {
        guard name.count == lowercase.utf8CodeUnitCount else { return false }
        let expected = UnsafeBufferPointer(start: lowercase.utf8Start, count: lowercase.utf8CodeUnitCount)
        for index in 0..<name.count where name[index] | (name[index] >= 0x41 && name[index] <= 0x5A ? 0x20 : 0) != expected[index] {
            return false
        }
        return true
    }
}

/// Owns one libcurl easy handle for one request; freed in deinit.
final class Transfer {
    let handle: UnsafeMutableRawPointer
    private let sink: TransferSink
    private let request: FetchRequest
    private let limits: FetchLimits
    private var headerList: UnsafeMutablePointer<curl_slist>?
    private let errorBuffer: UnsafeMutablePointer<CChar>

    init?(request: FetchRequest, limits: FetchLimits) {
        guard let handle = curl_easy_init() else { return nil }
        self.handle = handle
        self.request = request
        self.limits = limits
        sink = TransferSink(maxBytes: limits.maxBytes)
        errorBuffer = .allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
    }

    deinit {
        curl_easy_cleanup(handle)
        curl_slist_free_all(headerList)
        errorBuffer.deallocate()
    }

    /// Sets every option; the sink and buffers live as long as this object.
    func configure() {
        let sinkPointer = Unmanaged.passUnretained(sink).toOpaque()
        let isFile: Bool
        if case .file = request.location { isFile = true } else { isFile = false }

        setString(CURLOPT_URL, request.location.url)
        setString(CURLOPT_PROTOCOLS_STR, isFile ? "file" : "http,https")
        setString(CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
        setLong(CURLOPT_FOLLOWLOCATION, 1)
        setLong(CURLOPT_MAXREDIRS, limits.maxRedirects)
        setString(CURLOPT_ACCEPT_ENCODING, "")
        setString(CURLOPT_USERAGENT, limits.userAgent)
        setLong(CURLOPT_TIMEOUT, limits.timeoutSeconds)
        setLong(CURLOPT_CONNECTTIMEOUT, limits.connectTimeoutSeconds)
        setLong(CURLOPT_LOW_SPEED_LIMIT, Self.lowSpeedBytes)
        setLong(CURLOPT_LOW_SPEED_TIME, Self.lowSpeedSeconds(limits))
        setLong(CURLOPT_NOSIGNAL, 1)
        setLong(CURLOPT_SSL_VERIFYPEER, 1)
        setLong(CURLOPT_SSL_VERIFYHOST, 2)
        _ = webcare_curl_setopt_offset(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(limits.maxBytes))
        _ = webcare_curl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer)

        var headers: [String] = ["Accept: application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, text/html;q=0.8, */*;q=0.5"]
        if let etag = request.etag { headers.append("If-None-Match: \(etag)") }
        if let lastModified = request.lastModified { headers.append("If-Modified-Since: \(lastModified)") }
        if let body = request.jsonBody {
            headers.append("Content-Type: application/json")
            setLong(CURLOPT_POST, 1)
            _ = webcare_curl_setopt_offset(handle, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(body.count))
            // COPYPOSTFIELDS copies the bytes at once, so the buffer need not outlive this call.
            _ = body.withUnsafeBytes { webcare_curl_setopt_pointer(handle, CURLOPT_COPYPOSTFIELDS, UnsafeMutableRawPointer(mutating: $0.baseAddress)) }
        }
        for header in headers { headerList = curl_slist_append(headerList, header) }
        _ = webcare_curl_setopt_slist(handle, CURLOPT_HTTPHEADER, headerList)

        _ = webcare_curl_setopt_data_callback(handle, CURLOPT_WRITEFUNCTION, { data, size, count, userdata in
            let sink = Unmanaged<TransferSink>.fromOpaque(userdata!).takeUnretainedValue()
            let length = size * count
            if sink.body.count + length > sink.maxBytes {
                sink.isTooLarge = true
                return 0 // makes libcurl stop with CURLE_WRITE_ERROR
            }
            if let data { data.withMemoryRebound(to: UInt8.self, capacity: length) { sink.body.append(contentsOf: UnsafeBufferPointer(start: $0, count: length)) } }
            return length
        })
        _ = webcare_curl_setopt_pointer(handle, CURLOPT_WRITEDATA, sinkPointer)
        _ = webcare_curl_setopt_data_callback(handle, CURLOPT_HEADERFUNCTION, { data, size, count, userdata in
            let sink = Unmanaged<TransferSink>.fromOpaque(userdata!).takeUnretainedValue()
            let length = size * count
            if let data {
                data.withMemoryRebound(to: UInt8.self, capacity: length) { sink.header(UnsafeBufferPointer(start: $0, count: length)) }
            }
            return length
        })
        _ = webcare_curl_setopt_pointer(handle, CURLOPT_HEADERDATA, sinkPointer)
    }

    /// Turns the transfer's end into an outcome.
    func finish(_ code: CURLcode) -> FetchOutcome {
        var status = 0
        _ = withUnsafeMutablePointer(to: &status) { webcare_curl_getinfo_long(handle, CURLINFO_RESPONSE_CODE, $0) }
        var effective: UnsafeMutablePointer<CChar>?
        _ = webcare_curl_getinfo_string(handle, CURLINFO_EFFECTIVE_URL, &effective)
        let finalURL = effective.map { String(cString: $0) } ?? request.location.url

        if sink.isTooLarge || code == CURLE_FILESIZE_EXCEEDED {
            return .failed(FetchError(status: status == 0 ? nil : status, reason: "too large: the body is over \(Self.describeBytes(limits.maxBytes)) (raise fetch.maxBytes if this source is really that big)"))
        }
        guard code == CURLE_OK else {
            return .failed(FetchError(status: status == 0 ? nil : status, reason: describe(code)))
        }
        if status == 304 { return .notModified(status: 304) }
        if status >= 400 || (status >= 300 && status < 400) {
            var error = FetchError(status: status, reason: Self.describeStatus(status))
            error.retryAfter = sink.retryAfter
            return .failed(error)
        }
        let isFile: Bool
        if case .file = request.location { isFile = true } else { isFile = false }
        return .body(FetchedBody(bytes: sink.body, status: isFile ? 0 : status, etag: sink.etag, lastModified: sink.lastModified,
                                 contentType: sink.contentType, finalURL: finalURL,
                                 movedPermanentlyTo: sink.wasMovedPermanently ? finalURL : nil))
    }

    private func describe(_ code: CURLcode) -> String {
        let detail = String(cString: errorBuffer)
        let general = String(cString: curl_easy_strerror(code))
        switch code {
        case CURLE_UNSUPPORTED_PROTOCOL:
            return "refused: a redirect or URL to a scheme other than http or https (\(detail.isEmpty ? general : detail))"
        case CURLE_OPERATION_TIMEDOUT:
            return Self.timeoutReason(detail: detail.isEmpty ? general : detail, limits: limits)
        case CURLE_TOO_MANY_REDIRECTS:
            return "more than \(limits.maxRedirects) redirects"
        case CURLE_FILE_COULDNT_READ_FILE:
            return "cannot read the file \(request.location.description): it is missing or unreadable"
        default:
            return detail.isEmpty ? general : detail
        }
    }

    /// A transfer slower than this many bytes a second for `lowSpeedSeconds` is cut.
    static let lowSpeedBytes = 100

    /// How long a transfer may stay under `lowSpeedBytes` a second: 20 s, or the whole timeout when shorter.
    static func lowSpeedSeconds(_ limits: FetchLimits) -> Int { min(limits.timeoutSeconds, 20) }

    /// Which of the three limits cut a transfer short, read from libcurl's message: the connect limit ("Connection
    /// timed out after 5001 milliseconds"), the low-speed cut ("Operation too slow") or the whole transfer's limit.
    static func timeoutReason(detail: String, limits: FetchLimits) -> String {
        let lower = detail.lowercased()
        if lower.contains("too slow") {
            return "timed out: under \(lowSpeedBytes) bytes a second for \(lowSpeedSeconds(limits)) s (the low-speed cut; \(detail))"
        }
        if lower.contains("connection timed out") || lower.contains("resolving timed out") || lower.contains("connect") {
            return "timed out connecting after \(limits.connectTimeoutSeconds) s (the connect limit; \(detail))"
        }
        return "timed out after \(limits.timeoutSeconds) s (the limit per transfer; \(detail))"
    }

    static func describeStatus(_ status: Int) -> String {
        let names: [Int: String] = [
            300: "Multiple Choices", 301: "Moved Permanently", 302: "Found", 303: "See Other", 307: "Temporary Redirect",
            308: "Permanent Redirect", 400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found",
            405: "Method Not Allowed", 406: "Not Acceptable", 408: "Request Timeout", 410: "Gone", 429: "Too Many Requests",
            500: "Internal Server Error", 502: "Bad Gateway", 503: "Service Unavailable", 504: "Gateway Timeout",
        ]
        return "HTTP \(status)" + (names[status].map { " \($0)" } ?? "")
    }

    static func describeBytes(_ bytes: Int) -> String {
        bytes % (1024 * 1024) == 0 ? "\(bytes / (1024 * 1024)) MiB" : "\(bytes) bytes"
    }

    private func setLong(_ option: CURLoption, _ value: Int) { _ = webcare_curl_setopt_long(handle, option, value) }
    private func setString(_ option: CURLoption, _ value: String) { _ = webcare_curl_setopt_string(handle, option, value) }
}
