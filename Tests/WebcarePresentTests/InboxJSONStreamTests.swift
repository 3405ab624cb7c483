import Foundation
import Testing
import WebcareCore
import WebcarePresent

/// `inbox --json` streamed writes the bytes the whole-array renderer writes.
@Suite struct InboxJSONStreamTests {
    static func mention(_ id: Int64, text: String) -> Mention {
        var mention = Mention(id: id, source: "Forum", itemKey: "k\(id)", url: "https://forum.example/t/\(id)|x", title: "Storing \(id)",
                              text: text, author: nil, published: Date(timeIntervalSince1970: 1_790_000_000),
                              firstSeen: Date(timeIntervalSince1970: 1_790_000_100), brand: "Telvio",
                              sentiment: Sentiment(score: -0.5, label: .negative, language: .nl), reach: 1000,
                              status: .open, statusChangedAt: nil, statusChangedBy: nil, note: nil)
        mention.reachBasis = "1000 readers"
        return mention
    }

    @Test(arguments: [0, 1, 3])
    func theStreamWritesTheSameBytesAsTheWholeArray(_ count: Int) {
        let now = Date(timeIntervalSince1970: 1_790_100_000)
        let mentions = (0..<count).map { Self.mention(Int64($0 + 1), text: "Telvio\u{202E} traag\u{85}\n\"x\"") }
        let whole = InboxRenderer(now: now, width: 80, useColor: false).json(mentions)
        var streamed = ""
        var stream = InboxJSONStream(now: now, clock: ResponseClock(slaHours: 24)) { streamed += $0 }
        for mention in mentions { stream.append(mention) }
        stream.finish()
        #expect(streamed == whole)
        #expect(!streamed.unicodeScalars.contains { $0.value == 0x202E || $0.value == 0x85 })
    }
}
