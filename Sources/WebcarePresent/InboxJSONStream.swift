import Foundation
import WebcareCore

/// `inbox --json` written as the mentions arrive, in the same bytes `InboxRenderer.json` writes for the whole array:
/// each object encoded on its own and indented into the array, the output flushed every 64 KiB, so memory stays flat
/// however many mentions are open.
public struct InboxJSONStream {
    private let now: Date
    private let clock: ResponseClock
    private let write: (String) -> Void
    private let encoder: JSONEncoder
    private var buffer = ""
    private var count = 0

    /// A stream that hands its text to `write` in chunks.
    public init(now: Date, clock: ResponseClock, write: @escaping (String) -> Void) {
        self.now = now
        self.clock = clock
        self.write = write
        encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
    }

    /// Adds one mention to the array.
    public mutating func append(_ mention: Mention) {
        guard let data = try? encoder.encode(MentionJSON(mention: mention, now: now, clock: clock)) else { return }
        let object = TerminalText.jsonSafe(String(decoding: data, as: UTF8.self))
        buffer += count == 0 ? "[\n  " : ",\n  "
        buffer += object.replacingOccurrences(of: "\n", with: "\n  ")
        count += 1
        if buffer.utf8.count >= 64 * 1024 { write(buffer); buffer = "" }
    }

    /// Closes the array and writes what is left.
    public mutating func finish() {
        buffer += count == 0 ? "[\n\n]\n" : "\n]\n"
        write(buffer)
        buffer = ""
    }
}
