import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 for tests: records every request it receives and answers each with
/// what the handler returns. One thread per connection, so a deliberately slow answer holds up nobody else.
/// @unchecked Sendable: `requests` is only touched under `lock`; the file descriptor is set once.
public final class LoopbackServer: @unchecked Sendable {
    public struct Request: Sendable {
        public var method: String
        public var path: String
        /// Header names lowercased.
        public var headers: [String: String]
        /// The body, as long as Content-Length says (empty without one).
        public var body: [UInt8] = []
    }

    public struct Response: Sendable {
        public var status: Int = 200
        public var headers: [(String, String)] = []
        public var body: [UInt8] = []
        /// Seconds to wait before answering (to test timeouts).
        public var delay: Double = 0

        public init(status: Int = 200, headers: [(String, String)] = [], body: [UInt8] = [], delay: Double = 0) {
            self.status = status
            self.headers = headers
            self.body = body
            self.delay = delay
        }

        public static func text(_ body: String, status: Int = 200, headers: [(String, String)] = []) -> Response {
            Response(status: status, headers: headers, body: Array(body.utf8))
        }
    }

    public let port: UInt16
    private let socket: Int32
    private let lock = NSLock()
    private var received: [Request] = []
    private var open = 0
    private var mostOpen = 0
    private let handler: @Sendable (Request) -> Response

    public var baseURL: String { "http://127.0.0.1:\(port)" }

    /// The most connections that were being answered at the same moment.
    public var mostConcurrent: Int { lock.withLock { mostOpen } }

    /// Every request received so far, in order.
    public var requests: [Request] { lock.withLock { received } }

    public init(handler: @escaping @Sendable (Request) -> Response) throws {
        self.handler = handler
        let fd = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 64) == 0 else { close(fd); throw POSIXError(.EADDRINUSE) }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        port = UInt16(bigEndian: address.sin_port)
        socket = fd
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    deinit { stop() }

    public func stop() {
        shutdown(socket, Int32(SHUT_RDWR))
        close(socket)
    }

    private func acceptLoop() {
        while true {
            let client = accept(socket, nil, nil)
            if client < 0 { return }
            let thread = Thread { [self] in serve(client) }
            thread.start()
        }
    }

    private func serve(_ client: Int32) {
        defer { close(client) }
        var buffer = [UInt8]()
        var chunk = [UInt8](repeating: 0, count: 4096)
        while !buffer.containsHeaderEnd {
            let count = read(client, &chunk, chunk.count)
            if count <= 0 { return }
            buffer.append(contentsOf: chunk[0..<count])
        }
        let head = String(decoding: buffer, as: UTF8.self).components(separatedBy: "\r\n\r\n")[0]
        var lines = head.components(separatedBy: "\r\n")
        let requestLine = lines.removeFirst().split(separator: " ")
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var request = Request(method: requestLine.first.map(String.init) ?? "", path: requestLine.count > 1 ? String(requestLine[1]) : "/", headers: headers)
        if let length = headers["content-length"].flatMap(Int.init), length > 0 {
            let headEnd = buffer.headerEnd
            while buffer.count - headEnd < length {
                let count = read(client, &chunk, chunk.count)
                if count <= 0 { break }
                buffer.append(contentsOf: chunk[0..<count])
            }
            request.body = Array(buffer[headEnd..<min(buffer.count, headEnd + length)])
        }
        lock.withLock { received.append(request); open += 1; mostOpen = max(mostOpen, open) }
        let response = handler(request)
        if response.delay > 0 { Thread.sleep(forTimeInterval: response.delay) }
        // A request counts as open until its answer is ready to go: once the last byte is written the client may
        // start its next transfer before this thread gets to run again, which is no overlap at all.
        lock.withLock { open -= 1 }
        var text = "HTTP/1.1 \(response.status) Status\r\nContent-Length: \(response.body.count)\r\nConnection: close\r\n"
        for (name, value) in response.headers { text += "\(name): \(value)\r\n" }
        text += "\r\n"
        let bytes = Array(text.utf8) + response.body
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBufferPointer { write(client, $0.baseAddress, $0.count) }
            if written <= 0 { return }
            offset += written
        }
    }
}

private extension Array where Element == UInt8 {
    var containsHeaderEnd: Bool { headerEnd > 0 }

    /// Where the body starts: just past the first blank line; 0 when there is none yet.
    var headerEnd: Int {
        guard count >= 4 else { return 0 }
        for index in 0...(count - 4) where self[index] == 13 && self[index + 1] == 10 && self[index + 2] == 13 && self[index + 3] == 10 {
            return index + 4
        }
        return 0
    }
}
