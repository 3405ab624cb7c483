import Testing
import WebcareXML

/// Finding a child by name: in its parent's own namespace, and in any case when the document writes names in
/// upper case.
@Suite struct XMLLookupTests {
    private static let item = """
        <rss xmlns:media="http://search.yahoo.com/mrss/" xmlns:x="urn:x"><item>\
        <media:title>media</media:title><x:description>foreign</x:description><title>own</title>\
        <description>text</description></item></rss>
        """

    @Test func aChildInTheParentsOwnNamespaceIsNeverOneFromAnotherVocabulary() throws {
        let item = try #require(try XMLDocumentParser.parse(Array(Self.item.utf8)).first("item"))
        #expect(item.first("title")?.text == "media")
        #expect(item.firstOwn("title")?.text == "own")
        #expect(item.firstOwn("description")?.text == "text")
        #expect(item.allOwn("description").count == 1)
        #expect(item.all("description").count == 2)
    }

    @Test func aPrefixedDefaultNamespaceIsStillTheParentsOwn() throws {
        let root = try XMLDocumentParser.parse(Array("""
            <a:feed xmlns:a="http://www.w3.org/2005/Atom"><a:entry><title>none</title><a:title>atom</a:title></a:entry></a:feed>
            """.utf8))
        let entry = try #require(root.firstOwn("entry"))
        #expect(entry.firstOwn("title")?.text == "atom")
    }

    @Test func namesInAnotherCaseAreFoundInADocumentThatIsNotWellFormed() throws {
        let root = try XMLDocumentParser.parse(Array("<rss><channel><TiTlE>Upper</TiTlE><ITEM><Link>l<b></Link></ITEM></channel></rss>".utf8))
        let channel = try #require(root.first("channel"))
        #expect(channel.firstOwn("title")?.text == "Upper")
        #expect(channel.all("item").first?.first("link")?.text == "l")
    }

    @Test func inAWellFormedDocumentNamesAreComparedExactly() throws {
        let root = try XMLDocumentParser.parse(Array("<rss><channel><TiTlE>Upper</TiTlE><title>t</title></channel></rss>".utf8))
        #expect(root.first("channel")?.first("Title") == nil)
        #expect(root.first("channel")?.first("title")?.text == "t")
    }
}
