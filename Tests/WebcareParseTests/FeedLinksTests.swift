import Testing
@testable import WebcareParse

/// Feeds a page announces, the usual places, and OPML subscription lists: pure, bytes in.
@Suite struct FeedLinksTests {
    @Test func announcedFeedsAreResolvedAgainstTheBaseHref() {
        let page = """
            <!DOCTYPE html><html><head><base href="https://cdn.example/site/">
            <link rel="alternate" type="application/rss+xml" href="feed.xml" title=" Forum ">
            <link rel="alternate feed" type="application/feed+json" href="/feed.json">
            <link rel="alternate" type="application/json" href="/wp-json/">
            <link rel="alternate" type="application/rss+xml" href="feed.xml">
            <link rel="stylesheet" type="text/css" href="s.css"></head><body></body></html>
            """
        let links = FeedLinks.announced(in: Array(page.utf8), baseURL: "https://www.example/page")
        #expect(links == [FeedLink(url: "https://cdn.example/site/feed.xml", kind: .rss, title: "Forum"),
                          FeedLink(url: "https://cdn.example/feed.json", kind: .jsonfeed, title: nil)])
    }

    @Test func theUsualPlacesAreOnTheSitesRootButTheWordPressQueryIsOnThePage() {
        #expect(FeedLinks.usualPlaces(for: "https://blog.example/nieuws/?x=1#top") == [
            "https://blog.example/feed", "https://blog.example/rss", "https://blog.example/atom.xml",
            "https://blog.example/feed.xml", "https://blog.example/index.xml", "https://blog.example/nieuws/?feed=rss2",
        ])
        #expect(FeedLinks.usualPlaces(for: "/tmp/page.html").isEmpty)
    }

    @Test func opmlOutlinesAreReadAtAnyDepthWithTheirFolders() throws {
        let opml = """
            <?xml version="1.0"?><opml version="2.0"><body>
            <outline text="Nieuws"><outline title="Tech" text="t"><outline text="Bits &amp; Bytes" xmlUrl="https://b.example/atom"/></outline></outline>
            <outline text="Los" XMLURL="https://l.example/rss"/><outline text="Leeg"/></body></opml>
            """
        #expect(try OPMLReader.feeds(in: Array(opml.utf8)) == [
            OPMLFeed(url: "https://b.example/atom", title: "Bits & Bytes", folder: ["Nieuws", "Tech"]),
            OPMLFeed(url: "https://l.example/rss", title: "Los", folder: []),
        ])
    }
}
