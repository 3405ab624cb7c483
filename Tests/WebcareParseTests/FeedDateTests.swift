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
        ("Tue, 17 Nov 2026 05:05:00 PST", "2026-11-17T13:05:00Z"),
        ("Tue, 17 Nov 2026 06:05:00 PDT", "2026-11-17T13:05:00Z"),
        ("Tue, 17 Nov 2026 13:05:00 UT", "2026-11-17T13:05:00Z"),
        ("Tue, 17 Nov 2026 08:05:00 R", "2026-11-17T13:05:00Z"),
        ("Tue, 17 Nov 2026 14:05:00 +01:00", "2026-11-17T13:05:00Z"),
        ("Tue, 3 Nov 2026 14:05:00 +0100", "2026-11-03T13:05:00Z"),
        ("Tue,17 Nov 2026 14:05:00 +0100", "2026-11-17T13:05:00Z"),
        // RFC 822 comments, and JavaScript's Date.toString().
        ("Tue, 17 Nov 2026 13:05:00 +0000 (UTC)", "2026-11-17T13:05:00Z"),
        ("Tue Nov 17 2026 14:05:00 GMT+0100 (Midden-Europese standaardtijd)", "2026-11-17T13:05:00Z"),
        // 12-hour clocks.
        ("November 17, 2026 2:05 PM CET", "2026-11-17T13:05:00Z"),
        ("17 Nov 2026 2:05pm +0100", "2026-11-17T13:05:00Z"),
        ("17 Nov 2026 12:30 am GMT", "2026-11-17T00:30:00Z"),
        ("17 Nov 2026 12:30 pm GMT", "2026-11-17T12:30:00Z"),
        ("17 Nov 2026 13:30 pm GMT", nil),
        // Dutch names, abbreviations with a dot, "om", "uur" and a dash between date and time.
        ("di 17 nov. 2026 14:05:00 +0100", "2026-11-17T13:05:00Z"),
        ("dinsdag 17 november 2026 om 14:05 CET", "2026-11-17T13:05:00Z"),
        ("17 november 2026 om 14:05 uur", "2026-11-17T14:05:00Z"),
        ("17 november 2026 - 14:05 CET", "2026-11-17T13:05:00Z"),
        ("zaterdag 3 okt. 2026", "2026-10-03T00:00:00Z"),
        ("17-okt-2026 10:00 +0200", "2026-10-17T08:00:00Z"),
        // Day-first numbers, as Dutch sites write them; month-first only when day-first is impossible.
        ("17-11-2026 14:05 CET", "2026-11-17T13:05:00Z"),
        ("17.11.2026 14:05", "2026-11-17T14:05:00Z"),
        ("03/11/2026", "2026-11-03T00:00:00Z"),
        ("11/17/2026", "2026-11-17T00:00:00Z"),
        ("17-11-26 14:05 +0100", "2026-11-17T13:05:00Z"),
        // W3CDTF: lowercase letters, a space for "T", no zone, month precision.
        ("2026-11-17t13:05:00z", "2026-11-17T13:05:00Z"),
        ("2026-11-17 13:05:00", "2026-11-17T13:05:00Z"),
        ("2026-11-17T14:05:00+0100", "2026-11-17T13:05:00Z"),
        ("2026-11", "2026-11-01T00:00:00Z"),
        // Year first with slashes or dots, as Hungarian and Korean sites and some CMSes write it.
        ("2026/11/17 14:05:00", "2026-11-17T14:05:00Z"),
        ("2026/11/17 14:05:00 +0100", "2026-11-17T13:05:00Z"),
        ("2026.11.17", "2026-11-17T00:00:00Z"),
        ("2026/17/11", nil),
        // US zones: the region's name is standard or daylight time by the date, never UTC; spelled out too.
        ("Nov 17, 2026 9:05 AM ET", "2026-11-17T14:05:00Z"),
        ("Jul 17, 2026 9:05 AM ET", "2026-07-17T13:05:00Z"),
        ("Tue, 17 Nov 2026 05:05:00 PT", "2026-11-17T13:05:00Z"),
        ("Fri, 17 Jul 2026 06:05:00 PT", "2026-07-17T13:05:00Z"),
        ("Tue, 17 Nov 2026 07:05:00 CT", "2026-11-17T13:05:00Z"),
        ("Tue, 17 Nov 2026 06:05:00 MT", "2026-11-17T13:05:00Z"),
        ("Tue, 17 Nov 2026 09:05:00 AT", "2026-11-17T13:05:00Z"),
        ("Tue, 17 Nov 2026 09:05:00 AST", "2026-11-17T13:05:00Z"),
        ("Fri, 17 Jul 2026 10:05:00 ADT", "2026-07-17T13:05:00Z"),
        ("Sun, 8 Mar 2026 01:30:00 ET", "2026-03-08T06:30:00Z"),
        ("Sun, 8 Mar 2026 03:30:00 ET", "2026-03-08T07:30:00Z"),
        ("Sun, 1 Nov 2026 03:30:00 ET", "2026-11-01T08:30:00Z"),
        ("Tue, 17 Jul 2001 09:05:00 ET", "2001-07-17T13:05:00Z"),
        ("Tue, 17 Apr 2001 09:05:00 ET", "2001-04-17T13:05:00Z"),
        ("Tue, 27 Mar 2001 09:05:00 ET", "2001-03-27T14:05:00Z"),
        ("November 17, 2026 9:05 AM Eastern Time", "2026-11-17T14:05:00Z"),
        ("July 17, 2026 6:05 AM Pacific Daylight Time", "2026-07-17T13:05:00Z"),
        ("July 17, 2026 5:05 AM Pacific Standard Time", "2026-07-17T13:05:00Z"),
        ("November 17, 2026 9:05 AM Central European Time", nil),
        ("Tue, 17 Nov 2026 09:05:00 XT", nil),
        ("Tue, 17 Nov 2026 09:05:00 Europe/Amsterdam", nil),
        // IANA's Etc zones count the other way round: Etc/GMT+5 is five hours behind UTC.
        ("Tue, 17 Nov 2026 08:05:00 Etc/GMT+5", "2026-11-17T13:05:00Z"),
        ("Tue, 17 Nov 2026 15:05:00 Etc/GMT-2", "2026-11-17T13:05:00Z"),
        ("Tue, 17 Nov 2026 13:05:00 Etc/UTC", "2026-11-17T13:05:00Z"),
        ("2026-11-17T08:05:00 Etc/GMT+5", "2026-11-17T13:05:00Z"),
        ("Tue, 17 Nov 2026 13:05:00 Etc/GMT+99", nil),
        // Offsets no place has make the date unknown, in every form.
        ("2026-11-17T13:05:00+99:99", nil),
        ("2026-11-17T13:05:00+15:00", nil),
        ("2026-11-17T13:05:00+05:75", nil),
        ("Tue, 17 Nov 2026 13:05:00 +9999", nil),
        ("Tue, 17 Nov 2026 13:05:00 GMT+9999", nil),
        ("17 november 2026 13:05 +99:99", nil),
        ("2026-11-17T13:05:00+14:00", "2026-11-16T23:05:00Z"),
        // Years that don't fit: unknown, never a five-digit or shifted year.
        ("Tue, 17 Nov 20266 13:05:00 GMT", nil),
        ("20266-11-17T13:05:00Z", nil),
        ("+020266-11-17", nil),
        ("17-11-20266", nil),
        // Ordinal ISO 8601 dates; truncated ones without a year would need today's date, so they stay unknown.
        ("2003-335", "2003-12-01T00:00:00Z"),
        ("2004-060", "2004-02-29T00:00:00Z"),
        ("2026-321T13:05:00Z", "2026-11-17T13:05:00Z"),
        ("2026-366", nil),
        ("2026-000", nil),
        ("--12-31", nil),
        ("--1231", nil),
        ("---31", nil),
        // Greek, Hungarian and Korean month names and orders.
        ("Τρι, 17 Νοε 2026 14:05:00 +0200", "2026-11-17T12:05:00Z"),
        ("17 Νοεμβρίου 2026 14:05", "2026-11-17T14:05:00Z"),
        ("Παρασκευή, 15 Μαΐου 2026 10:00 π.μ.", "2026-05-15T10:00:00Z"),
        ("3 Μαρτίου 2026", "2026-03-03T00:00:00Z"),
        ("2026. november 17. 14:05", "2026-11-17T14:05:00Z"),
        ("2026. márc. 3., kedd 14:05", "2026-03-03T14:05:00Z"),
        ("2026. 11. 17. 14:05", "2026-11-17T14:05:00Z"),
        ("2026년 11월 17일 14:05", "2026-11-17T14:05:00Z"),
        ("2026년 11월 17일 화요일 오후 2:05", "2026-11-17T14:05:00Z"),
        ("2026. 11. 17. 오전 9:05:00", "2026-11-17T09:05:00Z"),
        // Dates that don't exist are unknown, not the next month.
        ("Tue, 31 Feb 2026 10:00:00 +0100", nil),
        ("29 Feb 2026 10:00 GMT", nil),
        ("29 Feb 2028 10:00 GMT", "2028-02-29T10:00:00Z"),
        ("2026-04-31", nil),
        ("31-11-2026", nil),
        ("gisteren om half vier", nil),
        ("gisteren", nil),
        ("", nil),
        ("32 Nov 2026 09:00:00 GMT", nil),
        // Outside 1970…2100: unknown, whichever form names it.
        ("9999-12-31T23:00:00-05:00", nil),
        ("Fri, 31 Dec 9999 23:00:00 -0500", nil),
        ("2101-01-01", nil),
        ("2100-12-31T23:59:59Z", "2100-12-31T23:59:59Z"),
        ("1969-12-31T23:59:59Z", nil),
        ("1970-01-01T00:00:00Z", "1970-01-01T00:00:00Z"),
        ("01 Jan 1066 12:00:00 GMT", nil),
        ("31 december 2200 09:00", nil),
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

    /// Every format's date path ends in the same 1970…2100 check: a year-10000 date is unknown in RSS, Atom, JSON
    /// Feed and a review page's JSON state (there also as seconds and milliseconds since 1970).
    @Test func aDateOutside1970To2100IsUnknownInEveryFormat() throws {
        let far = "9999-12-31T23:30:00-05:00"
        let documents: [String] = [
            "<rss version=\"2.0\"><channel><title>t</title><item><guid>a</guid><title>Telvio</title><pubDate>Fri, 31 Dec 9999 23:30:00 -0500</pubDate></item></channel></rss>",
            "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><entry><id>a</id><title>Telvio</title><updated>\(far)</updated></entry></feed>",
            #"{"version": "https://jsonfeed.org/version/1.1", "title": "t", "items": [{"id": "a", "content_text": "Telvio", "date_published": "\#(far)"}]}"#,
        ]
        for document in documents {
            let feed = try FeedParser.parse(Array(document.utf8))
            #expect(feed.items.count == 1, "\(document)")
            #expect(feed.items.first?.published == nil, "\(document)")
        }
        for seconds in ["\"2026-11-20T10:00:00Z\"", "\"\(far)\"", "253402300800", "253402300800000"] {
            let page = """
                <!DOCTYPE html><html><head><title>r</title></head><body><script>
                window.__INITIAL_STATE__ = {"reviews":[{"review_id":1,"author_name":"An","stars":1,
                "review_text":"Telvio helpt niet.","created_at":\(seconds)}]};
                </script></body></html>
                """
            let feed = try #require(try? FeedParser.parse(Array(page.utf8)), "\(seconds)")
            #expect(feed.items.count == 1, "\(seconds)")
            #expect((feed.items.first?.published == nil) == !seconds.contains("2026"), "\(seconds)")
        }
    }
}
