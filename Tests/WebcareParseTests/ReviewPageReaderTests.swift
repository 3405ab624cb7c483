import Foundation
import Testing
import WebcareCore
@testable import WebcareParse

private func page(_ name: String) throws -> [UInt8] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/pages/\(name)")
    return Array(try Data(contentsOf: url))
}

private func utc(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

/// A small page around some body markup.
private func html(head: String = "", _ body: String) -> [UInt8] {
    Array("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>t</title>\(head)</head><body>\(body)</body></html>".utf8)
}

@Suite struct ReviewPageReaderTests {
    @Test func jsonLDReviewsInAGraphWithReferencesAndStringRatings() throws {
        let feed = try FeedParser.parse(page("reviews-jsonld-graph-id-references-string-ratings.html"), baseURL: "https://reviewplein.example/telvio")
        #expect(feed.kind == .reviews)
        #expect(feed.title == "Telvio reviews & ervaringen | Reviewplein")
        #expect(feed.items.count == 2)
        let first = feed.items[0]
        // Keyed by the bare id, so the same review read from the page's embedded state gets the same key.
        #expect(first.id == "1")
        #expect(first.url == "https://reviewplein.example/r/1")
        #expect(first.title == "Al een week geen internet")
        #expect(first.author == "Joost uit Zwolle")
        #expect(first.rating == 2)
        #expect(first.bestRating == 10)
        #expect(first.published == utc("2026-11-19T07:15:00Z"))
        #expect(feed.items[1].author == "Fleur")
        #expect(feed.items[1].rating == 4.5)
        #expect(feed.items[1].bestRating == 5)
    }

    @Test func microdataReviewsNestedInAnOrganizationOnATenPointScale() throws {
        let feed = try FeedParser.parse(page("reviews-microdata-10-point-comma-decimals-nested-in-organization.html"),
                                        baseURL: "https://klantoordeel.example/telvio")
        #expect(feed.kind == .reviews)
        #expect(feed.title == "Ervaringen met Telvio – Klantoordeel.example")
        #expect(feed.items.count == 3, "the aggregate rating is no review")
        let first = feed.items[0]
        #expect(first.title == "Monteur kwam twee keer niet opdagen")
        #expect(first.author == "Marieke de V.")
        #expect(first.published == utc("2026-11-18T13:05:00Z"))
        #expect(first.rating == 2.5)
        #expect(first.bestRating == 10)
        #expect(first.text == "Twee afspraken gemist zonder bericht.\nDe klantenservice beloofde terug te bellen & deed dat niet.")
        #expect(first.url == "https://klantoordeel.example/telvio/review/5101")

        let second = feed.items[1]
        #expect(second.author == "Ahmed")
        #expect(second.published == utc("2026-11-17T00:00:00Z"))
        #expect(second.rating == 8.5)
        #expect(second.bestRating == 10)
        #expect(second.text == "Nummer is zonder problemen meegenomen. Internet werkt sneller dan bij mijn vorige provider.")
        #expect(second.url == "https://klantoordeel.example/telvio#review-5102", "a review without a url is linked by its element id")

        let third = feed.items[2]
        #expect(third.author == "Kees Bakker")
        #expect(third.title == nil, "the reviewed organisation's name is not the review's")
        #expect(third.rating == 4)
        #expect(third.bestRating == 10, "an 8,5 on the same page puts a 4 without bestRating on the 10-point scale")
        #expect(third.published == utc("2026-11-16T00:00:00Z"))
    }

    static let microdataCases: [(String, String, Double?, Double?, String?, String?, String)] = [
        // description, markup, rating, bestRating, author, date (RFC 3339), text
        ("values in content attributes", """
            <div itemscope itemtype="https://schema.org/Review"><meta itemprop="author" content="An">
            <meta itemprop="datePublished" content="2026-11-02"><span itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating">
            <meta itemprop="ratingValue" content="3"><meta itemprop="bestRating" content="5"></span>
            <p itemprop="reviewBody">Slecht bereikbaar.</p></div>
            """, 3, 5, "An", "2026-11-02T00:00:00Z", "Slecht bereikbaar."),
        ("a rating written as text with its scale", """
            <div itemscope itemtype="http://schema.org/Review"><span itemprop="author">Bo</span>
            <span itemprop="reviewRating">7,5/10</span><span itemprop="description">Redelijk.</span></div>
            """, 7.5, 10, "Bo", nil, "Redelijk."),
        ("properties pulled in by itemref", """
            <div itemscope itemtype="https://schema.org/Review" itemref="r-rating r-author"><p itemprop="reviewBody">Duur.</p></div>
            <p id="r-author" itemprop="author">Cor</p>
            <div id="r-rating" itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating"><b itemprop="ratingValue">2</b> van <i itemprop="bestRating">10</i></div>
            """, 2, 10, "Cor", nil, "Duur."),
        ("a user review nested in a product, dated by a time element's text", """
            <div itemscope itemtype="https://schema.org/Product"><span itemprop="name">Modem X</span>
            <div itemprop="review" itemscope itemtype="https://schema.org/UserReview"><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Dewi</span></span>
            <time itemprop="datePublished">2026-10-30T18:00:00Z</time><span itemprop="reviewRating" itemscope itemtype="https://schema.org/Rating"><span itemprop="ratingValue">4.0</span></span>
            <div itemprop="reviewBody"><p>Werkt.</p><p>Wifi zwak.</p><script>track()</script></div></div></div>
            """, 4, 5, "Dewi", "2026-10-30T18:00:00Z", "Werkt.\nWifi zwak."),
        ("no rating at all", """
            <div itemscope itemtype="https://schema.org/Review"><span itemprop="author">Eef</span><span itemprop="reviewBody">Geen cijfer.</span></div>
            """, nil, nil, "Eef", nil, "Geen cijfer."),
    ]

    @Test(arguments: microdataCases)
    func microdataPropertiesAreReadWhereverThePageKeepsThem(_ name: String, _ markup: String, _ rating: Double?, _ best: Double?,
                                                            _ author: String?, _ date: String?, _ text: String) throws {
        let feed = try FeedParser.parse(html(markup))
        #expect(feed.items.count == 1, "\(name)")
        let item = try #require(feed.items.first)
        #expect(item.rating == rating, "\(name)")
        #expect(item.bestRating == best, "\(name)")
        #expect(item.author == author, "\(name)")
        #expect(item.published == date.map(utc), "\(name)")
        #expect(item.text == text, "\(name)")
    }

    @Test func reviewsInNextDataStateCarryTheCompanysReplies() throws {
        let feed = try FeedParser.parse(page("reviews-next-data-json-state-only-company-replies.html"))
        #expect(feed.kind == .reviews)
        #expect(feed.items.map(\.id) == ["9001", "9002", "9003"], "similar businesses are no reviews")
        let first = feed.items[0]
        #expect(first.author == "Femke Jansen")
        #expect(first.title == "Al drie weken wachten op een modem")
        #expect(first.published == utc("2026-11-19T09:12:44Z"))
        #expect(first.rating == 1)
        #expect(first.bestRating == 5)
        #expect(first.companyReply == CompanyReply(
            published: utc("2026-11-19T15:40:00Z"),
            text: "Hoi Femke, wat vervelend! We hebben je modem vandaag met spoed verstuurd. Groet, Sanne van Telvio"))
        #expect(feed.items[1].companyReply == nil)
        #expect(feed.items[2].text == "Twee keer afgeschreven voor dezelfde maand.\nGeld nog niet terug.")
        #expect(feed.items[2].author == "J. Öztürk")
        #expect(feed.items[2].companyReply?.published == utc("2026-11-17T10:00:00Z"))
    }

    @Test func repliesInWindowStateJoinTheJSONLDReviewsTheyBelongTo() throws {
        let feed = try FeedParser.parse(page("reviews-jsonld-with-replies-in-window-state-snake-case.html"))
        #expect(feed.items.count == 3)
        let lotte = feed.items[0]
        #expect(lotte.id == "314")
        #expect(lotte.url == "https://reviewhoek.example/bedrijf/telvio/#review-314")
        #expect(lotte.rating == 1)
        #expect(lotte.bestRating == 5)
        #expect(lotte.companyReply == CompanyReply(
            author: "Team Telvio Gent", published: utc("2026-11-21T08:15:00Z"),
            text: "Dag Lotte, dit is niet hoe wij klanten willen ontvangen. We nemen contact met je op."))
        #expect(feed.items[1].author == "Wim")
        #expect(feed.items[1].companyReply == nil)
        // The state's list matched the JSON-LD reviews, so its third review, missing from the JSON-LD, is added.
        #expect(feed.items[2].id == "316")
        #expect(feed.items[2].author == "Sofie")
        #expect(feed.items[2].rating == 2)
        #expect(feed.items[2].bestRating == 5)
    }

    @Test func aReviewInBothJSONLDAndMicrodataIsReadOnce() throws {
        let jsonLD = """
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"Review","author":"Ria",
            "reviewBody":"Prima geholpen, dank!","reviewRating":{"ratingValue":8,"bestRating":10}}</script>
            """
        let microdata = """
            <div itemscope itemtype="https://schema.org/Review"><span itemprop="author">Ria</span>
            <p itemprop="reviewBody">Prima  geholpen, dank!</p><span itemprop="reviewRating">8</span></div>
            <div itemscope itemtype="https://schema.org/Review"><span itemprop="author">Sem</span>
            <p itemprop="reviewBody">Slecht.</p><span itemprop="reviewRating">2/10</span></div>
            """
        let feed = try FeedParser.parse(html(head: jsonLD, microdata))
        #expect(feed.items.map(\.author) == ["Ria", "Sem"])
    }

    @Test func aStateListThatMatchesNoStructuredReviewAddsNothing() throws {
        let jsonLD = """
            <script type="application/ld+json">{"@context":"https://schema.org","@type":"Review","@id":"https://a.example/r/1",
            "author":"Ria","reviewBody":"Prima.","reviewRating":{"ratingValue":8,"bestRating":10}}</script>
            """
        let state = """
            <script type="application/json">{"otherShop":{"reviews":[{"id":"x-1","author":"Tom","rating":2,"text":"Traag.",
            "date":"2026-11-01","reply":"Sorry Tom"}]}}</script>
            """
        let feed = try FeedParser.parse(html(head: jsonLD, state))
        #expect(feed.items.map(\.author) == ["Ria"])
        #expect(feed.items[0].companyReply == nil)
    }

    static let notReplies: [(String, String)] = [
        ("a thread of replies by anyone", #""replies":[{"text":"Ik heb hetzelfde probleem","author":"Bas"}]"#),
        ("an emoji reaction", #""reaction":"👍""#),
        ("an empty reply", #""reply":"""#),
        ("a reply object without text", #""reply":{"publishedDate":"2026-11-02T10:00:00Z"}"#),
    ]

    @Test(arguments: notReplies)
    func fieldsThatAreNotTheCompanysAnswerAreNoReply(_ name: String, _ field: String) throws {
        let state = """
            <script type="application/json">{"reviews":[{"id":"1","author":"Tom","rating":2,"text":"Traag.","date":"2026-11-01",\(field)}]}</script>
            """
        let feed = try FeedParser.parse(html(state))
        #expect(feed.items.count == 1, "\(name)")
        #expect(feed.items.first?.companyReply == nil, "\(name)")
    }

    @Test func aWindows1252PageWithAMetaCharsetKeepsItsAccents() throws {
        var bytes = Array("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><title>Caf".utf8)
        bytes += [0xE9] + Array("</title></head><body><div itemscope itemtype=\"https://schema.org/Review\"><span itemprop=\"author\">Zo".utf8)
        bytes += [0xEB] + Array("</span><span itemprop=\"reviewBody\">Na".utf8) + [0xEF] + Array("ef ".utf8) + [0x80]
        bytes += Array("5 betaald.</span></div></body></html>".utf8)
        let feed = try FeedParser.parse(bytes)
        #expect(feed.title == "Café")
        #expect(feed.items.first?.author == "Zoë")
        #expect(feed.items.first?.text == "Naïef €5 betaald.")
    }

    @Test func anUndeclaredUTF8PageIsReadAsUTF8() throws {
        let feed = try FeedParser.parse(Array("""
            <html><head><title>Één</title></head><body><div itemscope itemtype="https://schema.org/Review">
            <span itemprop="reviewBody">Geërgerd.</span><span itemprop="author">Zoë</span></div></body></html>
            """.utf8))
        #expect(feed.title == "Één")
        #expect(feed.items.first?.text == "Geërgerd.")
    }

    @Test func aPageWithoutReviewsSaysWhereWebcareLooked() throws {
        #expect {
            try FeedParser.parse(html("<p>Welkom</p><script type=\"application/json\">{\"menu\":[{\"label\":\"Home\"}]}</script>"))
        } throws: { error in
            "\(error)".contains("an HTML page, not a feed, and it has no reviews in its JSON-LD, microdata or embedded JSON")
        }
    }

    @Test func aReviewReadThroughJSONLDOnePollAndThroughTheEmbeddedStateTheNextHasOneKey() throws {
        let jsonLD = html(head: """
            <script type="application/ld+json">{"@context": "https://schema.org", "@type": "Review", "@id": "https://site.example/telvio/#review-77",
            "author": "An", "datePublished": "2026-11-19", "reviewRating": {"ratingValue": 2}, "reviewBody": "Telvio is traag."}</script>
            """, "")
        let state = html("""
            <script>window.__STATE__ = {"reviews": [{"id": "review-77", "rating": 2, "author": "An", "createdAt": "2026-11-19",
            "text": "Telvio is traag."}, {"id": 78, "rating": 5, "author": "Bo", "createdAt": "2026-11-18", "text": "Prima."}]};</script>
            """)
        let first = try FeedParser.parse(jsonLD)
        let later = try FeedParser.parse(state)
        #expect(first.items.map(\.stableKey) == ["id:77"])
        #expect(first.items.first?.url == "https://site.example/telvio/#review-77")
        #expect(later.items.map(\.stableKey) == ["id:77", "id:78"])
    }

    @Test(arguments: [
        ("https://site.example/telvio/#review-314", "314"),
        ("https://site.example/r/1", "1"),
        ("https://site.example/reviews/6001#review", "6001"),
        ("/telvio/review/5101", "5101"),
        ("#review-5102", "5102"),
        ("r-9001", "9001"),
        ("314", "314"),
        ("0b6e1f7e-aaaa-47c1-8c33-000000000101", "0b6e1f7e-aaaa-47c1-8c33-000000000101"),
        ("https://site.example/reviews/abc#review", "https://site.example/reviews/abc#review"),
    ])
    func aReviewsIDIsItsBareID(_ id: String, _ bare: String) {
        #expect(ReviewID.bare(id) == bare)
    }

    @Test func twoReviewsThatWouldShareABareIDKeepTheirOwn() {
        var reviews = [FeedItem(id: "https://a.example/r/1", url: nil, title: nil, author: nil, published: nil, text: "a"),
                       FeedItem(id: "https://b.example/r/1", url: nil, title: nil, author: nil, published: nil, text: "b")]
        ReviewID.useBareIDs(in: &reviews)
        #expect(reviews.map(\.id) == ["https://a.example/r/1", "https://b.example/r/1"])
    }

    @Test func slashedDatesAreReadInTheOrderOneDateOnThePageProves() throws {
        let review = { (date: String) in
            "<div itemscope itemtype=\"https://schema.org/Review\"><span itemprop=\"author\">A</span><span itemprop=\"datepublished\">\(date)</span>"
                + "<span itemprop=\"reviewRating\">2</span><p itemprop=\"reviewBody\">Telvio \(date)</p></div>"
        }
        let day = { (text: String) in ISO8601DateFormatter().date(from: text + "T00:00:00Z") }
        let american = try FeedParser.parse(html(review("03/11/2026") + review("11/14/2026")))
        #expect(american.items.map(\.published) == [day("2026-03-11"), day("2026-11-14")])
        let dutch = try FeedParser.parse(html(review("03/11/2026") + review("14/11/2026")))
        #expect(dutch.items.map(\.published) == [day("2026-11-03"), day("2026-11-14")])
        let unproven = try FeedParser.parse(html(review("03/11/2026")))
        #expect(unproven.items.map(\.published) == [day("2026-11-03")])
        #expect(SlashDateOrder.of(page: Array(#"{"d": "01\/14\/2012"}"#.utf8)) == .monthFirst)
        #expect(SlashDateOrder.of(page: Array("/r/12/14/20123 and 13/14/2012".utf8)) == .dayFirst)
    }

    @Test func anAuthorGivenAsALinkIsTheLinksTextAndPropertyNamesMatchInAnyCase() throws {
        let feed = try FeedParser.parse(html("""
            <div itemscope itemtype="https://schema.org/Review"><a itemprop="AUTHOR" href="/u/7">Anouk</a>
            <meta itemprop="datepublished" content="2026-11-19"><span itemprop="reviewrating">2</span>
            <p itemprop="ReviewBody">Telvio kwam te laat.</p></div>
            """))
        #expect(feed.items.first?.author == "Anouk")
        #expect(feed.items.first?.published == ISO8601DateFormatter().date(from: "2026-11-19T00:00:00Z"))
        #expect(feed.items.first?.text == "Telvio kwam te laat.")
        #expect(feed.items.first?.rating == 2)
    }
}
