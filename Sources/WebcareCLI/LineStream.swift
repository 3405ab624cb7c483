#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard input read in large blocks and handed out one line at a time as bytes, and standard output
/// gathered and written in large blocks: per-line reads and writes would cost more than scoring a line.
enum LineStream {
    /// Calls `body` with each line of standard input, without its "\n" or "\r\n"; a last line without a newline
    /// counts. The bytes are valid only during the call.
    static func forEachLine(_ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        var filled = 0
        while true {
            if filled == buffer.count { buffer.append(contentsOf: repeatElement(0, count: buffer.count)) }
            let got = buffer.withUnsafeMutableBytes { bytes in
                read(0, bytes.baseAddress! + filled, bytes.count - filled)
            }
            if got < 0, errno == EINTR { continue }
            let isEnd = got <= 0
            if !isEnd { filled += got }
            let consumed = buffer.withUnsafeBufferPointer { bytes in
                var lineStart = 0
                while let newline = Self.index(of: 0x0A, in: bytes, from: lineStart, to: filled) {
                    body(line(bytes, lineStart, newline, endsInNewline: true))
                    lineStart = newline + 1
                }
                if isEnd, lineStart < filled {
                    body(line(bytes, lineStart, filled, endsInNewline: false))
                    lineStart = filled
                }
                return lineStart
            }
            if isEnd { return }
            if consumed > 0 {
                buffer.withUnsafeMutableBufferPointer { bytes in
                    _ = memmove(bytes.baseAddress!, bytes.baseAddress! + consumed, filled - consumed)
                }
                filled -= consumed
            }
        }
    }

    private static func line(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, endsInNewline: Bool) -> UnsafeBufferPointer<UInt8> {
        var end = end
        if endsInNewline, end > start, bytes[end - 1] == 0x0D { end -= 1 }
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    private static func index(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        guard start < end, let found = memchr(bytes.baseAddress! + start, Int32(byte), end - start) else { return nil }
        return UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - bytes.baseAddress!
    }
}

/// Bytes for standard output, written whenever 64 KiB have gathered and at `flush`.
struct OutputBuffer {
    private var bytes: [UInt8] = []

    init() { bytes.reserveCapacity(1 << 17) }

    /// Adds text, writing out when 64 KiB have gathered.
    mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
        flushIfFull()
    }

    /// Adds bytes; call `flushIfFull` after a line's worth.
    mutating func append(_ text: UnsafeBufferPointer<UInt8>) { bytes.append(contentsOf: text) }

    /// Writes out when 64 KiB have gathered.
    mutating func flushIfFull() {
        if bytes.count >= 1 << 16 { flush() }
    }

    /// Writes everything gathered so far.
    mutating func flush() {
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = write(1, raw.baseAddress! + offset, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return
                }
                offset += written
            }
        }
        bytes.removeAll(keepingCapacity: true)
    }
}
