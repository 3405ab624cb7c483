import Testing
import WebcareXML

/// The tree `XMLDocumentParser` builds from libxml2's SAX2 events, in the corners where it must match the tree
/// libxml2 itself used to build.
@Suite struct XMLDocumentParserTests {
    private static let specifics = """
        <?xml version="1.0"?>
        <!DOCTYPE feed [<!ENTITY brand "Telvio"><!ENTITY tagged "a <b>bold</b> &brand;"><!ATTLIST link rel CDATA "alternate">]>
        <feed xmlns="http://www.w3.org/2005/Atom" xmlns:media="http://search.yahoo.com/mrss/">\
        <title type="text" label="&brand; &amp; co">&brand;: <![CDATA[<i>x</i>]]> &amp; &tagged;</title>\
        <link href="/a"/><undeclared:thing undeclared:size="2" media:size="3" xml:lang="nl"/></feed>
        """

    @Test func entitiesTheDocumentDeclaresStandForTheirTextAsDeclared() throws {
        let root = try XMLDocumentParser.parse(Array(Self.specifics.utf8))
        let title = try #require(root.first("title"))
        // In an attribute the entity is decoded; in text it is its declared text, markup and all, merged into one text.
        #expect(title.attribute("label") == "Telvio & co")
        #expect(title.text == "Telvio: <i>x</i> & a <b>bold</b> &brand;")
        #expect(title.children.count == 1)
    }

    @Test func namespacesResolveAndAnUnboundPrefixStaysInTheName() throws {
        let root = try XMLDocumentParser.parse(Array(Self.specifics.utf8))
        #expect(root.namespace == "http://www.w3.org/2005/Atom")
        let thing = try #require(root.elements.last)
        #expect(thing.name == "undeclared:thing")
        #expect(thing.namespace == nil)
        #expect(thing.attributes.map(\.name) == ["undeclared:size", "size", "lang"])
        #expect(thing.attribute("size", namespace: "http://search.yahoo.com/mrss/") == "3")
        #expect(thing.attribute("lang", namespace: "http://www.w3.org/XML/1998/namespace") == "nl")
    }

    @Test func attributesTheDTDOnlyDefaultsAreLeftOut() throws {
        let root = try XMLDocumentParser.parse(Array(Self.specifics.utf8))
        #expect(root.first("link")?.attributes.map(\.name) == ["href"])
    }

    @Test func aStartTagLibxml2CannotFinishEndsThere() throws {
        let root = try XMLDocumentParser.parse(Array("""
            <rss><channel><item><guid>1</guid><title a="x" <description>d</description></item><item><guid>2</guid></item></channel></rss>
            """.utf8))
        let items = try #require(root.first("channel")).all("item")
        #expect(items.count == 2)
        #expect(items[0].elements.map(\.name) == ["guid", "title", "description"])
        #expect(items[0].first("title")?.attribute("a") == "x")
        #expect(items[0].first("title")?.children.isEmpty == true)
        #expect(items[0].first("description")?.text == "d")
        #expect(items[1].first("guid")?.text == "2")
    }

    @Test func aDocumentCutOffKeepsWhatItHolds() throws {
        let root = try XMLDocumentParser.parse(Array("<rss><channel><item><guid>1</guid></item><item><guid>2</gu".utf8))
        #expect(root.first("channel")?.all("item").map(\.text) == ["1", "2"])
    }

    @Test func aDocumentWithoutElementsSaysWhereItFailed() {
        #expect {
            try XMLDocumentParser.parse(Array("just text".utf8))
        } throws: { error in
            "\(error)" == "line 1: Start tag expected, '<' not found"
        }
    }
}

/// Entities the document declares itself may expand only so far: an entity of 50,000 characters referenced 20,000
/// times would be a gigabyte of text from a 110 kB document.
@Suite struct EntityExpansionTests {
    /// A document declaring one entity of `entitySize` characters and using it `references` times at `place`.
    static func document(entitySize: Int, references: Int, inAttribute: Bool) -> [UInt8] {
        let uses = String(repeating: "&a;", count: references)
        let body = inAttribute ? "<link href=\"\(uses)\"/>" : "<description>\(uses)</description>"
        return Array("""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY a "\(String(repeating: "x", count: entitySize))">]>
            <rss><channel><item><title>Telvio</title>\(body)</item></channel></rss>
            """.utf8)
    }

    @Test(arguments: [false, true])
    func aDocumentExpandingPastItsLimitIsRefused(inAttribute: Bool) {
        let bytes = Self.document(entitySize: 50_000, references: 20_000, inAttribute: inAttribute)
        #expect(bytes.count < 120_000)
        #expect {
            try XMLDocumentParser.parse(bytes)
        } throws: { error in
            "\(error)".contains("entity expansion is too large")
        }
    }

    @Test(arguments: [false, true])
    func aDocumentUsingItsEntitiesWithinTheLimitIsRead(inAttribute: Bool) throws {
        // 200 × 1,000 characters: 200 kB of text, within the 1 MiB any document may reach.
        let root = try XMLDocumentParser.parse(Self.document(entitySize: 1_000, references: 200, inAttribute: inAttribute))
        let item = try #require(root.first("channel")?.first("item"))
        let expanded = inAttribute ? item.first("link")?.attribute("href") : item.first("description")?.text
        #expect(expanded?.count == 200_000)
    }

    @Test func theLimitIsAMultipleOfTheDocumentWithAFloorAndACap() {
        #expect(ExpansionLimit.bytes(forDocumentSize: 1_000) == ExpansionLimit.floor)
        #expect(ExpansionLimit.bytes(forDocumentSize: 1 << 20) == 16 << 20)
        #expect(ExpansionLimit.bytes(forDocumentSize: 100 << 20) == ExpansionLimit.cap)
        #expect(ExpansionLimit.bytes(forDocumentSize: Int.max) == ExpansionLimit.cap)
    }

    @Test func nestedEntitiesInAnAttributeCountWhatTheyExpandTo() {
        // Ten levels of ten references each in an attribute: libxml2 would expand them to 10^10 characters.
        var declarations = "<!ENTITY e0 \"xxxxxxxxxx\">"
        for level in 1...9 { declarations += "<!ENTITY e\(level) \"" + String(repeating: "&e\(level - 1);", count: 10) + "\">" }
        let bytes = Array("<?xml version=\"1.0\"?><!DOCTYPE r [\(declarations)]><r><a href=\"&e9;\"/></r>".utf8)
        #expect {
            try XMLDocumentParser.parse(bytes)
        } throws: { error in
            "\(error)".contains("entity expansion is too large")
        }
    }
}
