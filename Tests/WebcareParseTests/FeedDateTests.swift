import Foundation
import Testing
@testable import WebcareParse

@Suite struct FeedDateTests {
    static let cases: [(String, String?)] = [
        ("Mon, 16 Nov 2026 09:00:00 +0100", "2026-11-16T08:00:00Z"),
        ("16 Nov 2026 09:00:00 +0100", "2026-11-16T08:00:00Z"),
        ("Mon, 16 Nov 26 09:00:00 GMT", "2026-11-16T09:00:00Z"),
        ("Mon, 16 Nov 2026 09:00 CET", "2026-11-16T08:00:00Z"),
        ("Mon, 16 Jul 2026 09:00:00 CEST", "2026-07-16T07:00:00Z"),
        ("Mon, 16 Nov 2026 09:00:00 EST", "2026-11-16T14:00:00Z"),
        ("Mon, 16 Nov 2026 09:00:00 Z", "2026-11-16T09:00:00Z"),
        ("Mon, 16 Nov 2026 09:00:00 A", "2026-11-16T08:00:00Z"),
        ("Mon, 16 Nov 2026 09:00:00 N", "2026-11-16T10:00:00Z"),
        ("maandag 16 november 2026 09:00", "2026-11-16T09:00:00Z"),
        ("16 mrt 2026 10:15:00 +0100", "2026-03-16T09:15:00Z"),
        ("2026-11-16T09:00:00+01:00", "2026-11-16T08:00:00Z"),
        ("2026-11-16T09:00:00.250Z", "2026-11-16T09:00:00Z"),
        ("2026-11-16", "2026-11-16T00:00:00Z"),
        ("2026-11-16T09:00Z", "2026-11-16T09:00:00Z"),
        ("gisteren", nil),
        ("", nil),
        ("32 Nov 2026 09:00:00 GMT", nil),
    ]

    @Test(arguments: cases)
    func readsTheDateFeedsWrite(_ text: String, _ expected: String?) {
        let parsed = FeedDate.parse(text)
        if let expected {
            #expect(parsed.map { floor($0.timeIntervalSince1970) } == ISO8601DateFormatter().date(from: expected)?.timeIntervalSince1970)
        } else {
            #expect(parsed == nil)
        }
    }
}
