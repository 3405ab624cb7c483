import Foundation

/// Which number of a slashed date (`03/11/2026`) is the day, when both could be.
enum SlashDateOrder: Sendable {
    /// `03/11/2026` is 3 November, as Dutch sites write it.
    case dayFirst
    /// `03/11/2026` is 11 March, as American sites write it.
    case monthFirst

    /// The order a page writes its slashed dates in, from the dates on it that prove one: `01/14/2012` (no 14th
    /// month) means month first, `14/01/2012` day first. A page that proves neither, or both, is read day first
    /// (each date still read month first when day first is impossible). Dates in JSON count too (`01\/14\/2012`).
    /// Looks only at the bytes around each "/".
    static func of(page bytes: [UInt8]) -> SlashDateOrder {
        var provesMonthFirst = false, provesDayFirst = false
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            var index = 0
            while index < buffer.count, let found = memchr(base + index, Int32(UInt8(ascii: "/")), buffer.count - index) {
                let slash = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                index = slash + 1
                guard let (first, second) = slashedDate(buffer, slashAt: slash) else { continue }
                if second > 12, first <= 12 { provesMonthFirst = true }
                if first > 12, second <= 12 { provesDayFirst = true }
            }
        }
        return provesMonthFirst && !provesDayFirst ? .monthFirst : .dayFirst
    }

    /// The first two numbers of a date `a/b/yyyy` whose first slash is at `slash` (either slash may be written
    /// `\/`, as JSON may escape it), or nil when no such date is there.
    private static func slashedDate(_ bytes: UnsafeBufferPointer<UInt8>, slashAt slash: Int) -> (Int, Int)? {
        var cursor = slash - 1
        if cursor >= 0, bytes[cursor] == UInt8(ascii: "\\") { cursor -= 1 }
        guard let (first, before) = number(bytes, endingAt: cursor) else { return nil }
        if before >= 0, isDigit(bytes[before]) { return nil }
        guard let (second, afterSecond) = number(bytes, startingAt: slash + 1, maxDigits: 2) else { return nil }
        var next = afterSecond
        if next < bytes.count, bytes[next] == UInt8(ascii: "\\") { next += 1 }
        guard next < bytes.count, bytes[next] == UInt8(ascii: "/"),
              let (_, afterYear) = number(bytes, startingAt: next + 1, maxDigits: 4), afterYear - (next + 1) == 4,
              afterYear >= bytes.count || !isDigit(bytes[afterYear]) else { return nil }
        return (first, second)
    }

    /// The one- or two-digit number ending at `end`, and the index before it.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, endingAt end: Int) -> (Int, Int)? {
        var start = end
        while start >= 0, end - start < 2, isDigit(bytes[start]) { start -= 1 }
        guard start < end else { return nil }
        var value = 0
        for position in (start + 1)...end { value = value * 10 + Int(bytes[position] - 0x30) }
        return (value, start)
    }

    /// The number of up to `maxDigits` digits starting at `start`, and the index after it.
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, startingAt start: Int, maxDigits: Int) -> (Int, Int)? {
        var end = start, value = 0
        while end < bytes.count, end - start < maxDigits, isDigit(bytes[end]) { value = value * 10 + Int(bytes[end] - 0x30); end += 1 }
        guard end > start, end >= bytes.count || !isDigit(bytes[end]) else { return nil }
        return (value, end)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
}
