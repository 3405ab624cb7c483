import Foundation
import Testing
import WebcareCore
@testable import WebcareParse

private func feedFixture(_ name: String) throws -> [UInt8] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/feeds/\(name)")
    return Array(try Data(contentsOf: url))
}

private func utc(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

@Suite struct ReviewFeedReaderTests {
    @Test func aKiyohXMLFeedRatesOutOfTenAndCarriesTheCompanysReplies() throws {
        let feed = try FeedParser.parse(feedFixture("reviews-kiyoh-xml-feed-10-point-low-ratings-company-replies.xml"))
        #expect(feed.kind == .reviews)
        #expect(feed.title == "Telvio")
        #expect(feed.items.map(\.author) == ["Henk", "Sanne Visser", "anoniem", "Pieter"])
        #expect(feed.items.map(\.rating) == [3, 9, 4, 9])
        #expect(feed.items.allSatisfy { $0.bestRating == 10 }, "a 3 or a 4 on Kiyoh is out of 10, never out of 5")
        let henk = feed.items[0]
        #expect(henk.id == "6f0c2a10-1111-4d2e-9a01-5b7c00000001")
        #expect(henk.title == "Verhuizing van mijn aansluiting mislukt")
        #expect(henk.text == "Na de verhuizing zit ik al 12 dagen zonder internet & tv.\nDrie keer gebeld, drie verschillende antwoorden.")
        #expect(henk.published.map { floor($0.timeIntervalSince1970) } == utc("2026-11-17T07:41:12Z").timeIntervalSince1970)
        // The feed dates no reply; the review's update after it was written is when the company answered.
        #expect(henk.companyReply == CompanyReply(
            author: "Telvio", published: utc("2026-11-17T15:05:00Z"),
            text: "Beste Henk, excuses voor de lange storing. Een monteur komt morgen tussen 8 en 12 uur langs."))
        #expect(feed.items[1].companyReply == nil)
        #expect(feed.items[2].text.isEmpty && feed.items[2].title == nil, "a rating without words is still a review")
        #expect(feed.items[3].companyReply == CompanyReply(author: "Telvio", published: nil, text: "Dank je wel, Pieter!"),
                "a review never updated after it was written leaves its reply undated")
    }

    @Test func aKlantenvertellenJSONFeedReadsStringRatingsAndTheOverallQuestion() throws {
        let feed = try FeedParser.parse(feedFixture("reviews-klantenvertellen-json-feed-string-ratings-and-replies.json"))
        #expect(feed.kind == .reviews)
        #expect(feed.title == "Telvio Zakelijk")
        #expect(feed.items.map(\.rating) == [2, 7.5, 5])
        #expect(feed.items.map(\.bestRating) == [10, 10, 10])
        #expect(feed.items[0].title == "Pinautomaat lag een hele zaterdag plat")
        #expect(feed.items[0].companyReply?.author == "Telvio Zakelijk")
        #expect(feed.items[0].companyReply?.published == utc("2026-11-22T09:30:00Z"))
        #expect(feed.items[1].text.isEmpty)
        #expect(feed.items[2].text == "Opzegging werd pas na drie mails verwerkt.")
        #expect(feed.items[2].companyReply == nil, "an empty reviewComments is no reply")
    }

    @Test func aPlatformFeedWithoutReviewsIsAnEmptyFeedNotAnError() throws {
        let xml = try FeedParser.parse(Array("<ReviewFeedDto><locationName>Nieuw bedrijf</locationName><reviews/></ReviewFeedDto>".utf8))
        #expect(xml.kind == .reviews)
        #expect(xml.title == "Nieuw bedrijf")
        #expect(xml.items.isEmpty)
        let json = try FeedParser.parse(Array(#"{"locationId":"1","locationName":"Nieuw bedrijf","numberReviews":0,"reviews":[]}"#.utf8))
        #expect(json.kind == .reviews)
        #expect(json.items.isEmpty)
    }

    @Test func anyJSONListOfReviewsIsReadWithItsScaleInferred() throws {
        let json = """
            [{"uuid":"a1","user":{"name":"Lex"},"stars":"2","comment":"Nooit meer.","created_at":1795000000,
              "merchant_reply":{"body":"Excuses, Lex.","replied_at":"2026-11-20T09:00:00Z"}},
             {"uuid":"a2","user":{"name":"Mo"},"stars":"4","comment":"Goed.","created_at":1794900000000}]
            """
        let feed = try FeedParser.parse(Array(json.utf8))
        #expect(feed.kind == .reviews)
        #expect(feed.items.map(\.id) == ["a1", "a2"])
        #expect(feed.items.map(\.author) == ["Lex", "Mo"])
        #expect(feed.items.map(\.bestRating) == [5, 5])
        #expect(feed.items[0].published == Date(timeIntervalSince1970: 1_795_000_000))
        #expect(feed.items[1].published == Date(timeIntervalSince1970: 1_794_900_000), "milliseconds since 1970 too")
        #expect(feed.items[0].companyReply == CompanyReply(published: utc("2026-11-20T09:00:00Z"), text: "Excuses, Lex."))
    }

    @Test func xmlThatIsNeitherAFeedNorReviewsStillSaysWhatItIs() throws {
        #expect {
            try FeedParser.parse(Array("<svg><g><rect/></g></svg>".utf8))
        } throws: { error in
            "\(error)".contains("not a feed: the root element is <svg>")
        }
    }
}

@Suite struct RatingScaleTests {
    static let texts: [(String, Double?, Double?)] = [
        ("8", 8, nil),
        (" 8,5 ", 8.5, nil),
        ("4.5/5", 4.5, 5),
        ("8 van 10", 8, 10),
        ("4 out of 5", 4, 5),
        ("7,5 sterren", 7.5, nil),
        ("3 / 1", 3, nil),
        ("geen", nil, nil),
        ("-3", nil, nil),
        ("nan", nil, nil),
        ("", nil, nil),
    ]

    @Test(arguments: texts)
    func ratingsAreReadAsPagesWriteThem(_ text: String, _ value: Double?, _ best: Double?) {
        let parsed = RatingScale.parse(text)
        #expect(parsed?.value == value)
        #expect(parsed?.best == best)
    }

    static let scales: [([Double], Double?, [Double?])] = [
        // ratings without a scale, a platform's fixed scale, the scale each gets
        ([3, 4.5], nil, [5, 5]),
        ([3, 8], nil, [10, 10]),
        ([42], nil, [100]),
        ([250], nil, [nil]),
        ([3, 4], 10, [10, 10]),
    ]

    @Test(arguments: scales)
    func aListWithoutScalesSharesTheSmallestScaleThatFitsIt(_ ratings: [Double], _ fixed: Double?, _ expected: [Double?]) {
        let drafts = ratings.map { ReviewDraft(item: FeedItem(rating: $0), hasScale: false) }
        #expect(RatingScale.settle(drafts, fixed: fixed).map(\.bestRating) == expected)
    }

    @Test func aScaleThePageNamesIsKept() {
        let drafts = [ReviewDraft(item: FeedItem(rating: 3, bestRating: 5), hasScale: true),
                      ReviewDraft(item: FeedItem(rating: 8), hasScale: false)]
        #expect(RatingScale.settle(drafts).map(\.bestRating) == [5, 10])
    }

    @Test func booleansAreNoRatings() throws {
        let json = try JSONSerialization.jsonObject(with: Data(#"[true, 4]"#.utf8)) as! [Any]
        #expect(RatingScale.rating(json[0]) == nil)
        #expect(RatingScale.rating(json[1])?.value == 4)
    }
}
