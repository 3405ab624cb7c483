import Testing
@testable import WebcareParse
import WebcareXML

/// The flat tree behind `XMLElement` (elements in document order, all text in one buffer): where an element's
/// children and text are found from ranges, and where a wrong range would show.
@Suite struct XMLTreeTests {
    private func xml(_ text: String) throws -> XMLElement {
        try XMLDocumentParser.parse(Array(text.utf8))
    }

    /// The nodes of an element as plain values, text nodes as "T:" and elements as their names.
    private func shape(_ element: XMLElement) -> [String] {
        element.children.map { node in
            switch node {
            case .text(let text): "T:" + text
            case .element(let inner): "<\(inner.name)>"
            }
        }
    }

    @Test func mixedContentKeepsItsTextBetweenTheElementsInOrder() throws {
        let root = try xml("<a>x<b>y</b>z<!-- c -->w<?pi d?>v<c/>u</a>")
        // Comments and processing instructions leave no node: the text around them is one.
        #expect(shape(root) == ["T:x", "<b>", "T:zwv", "<c>", "T:u"])
        #expect(root.text == "xyzwvu")
        #expect(root.first("b")?.text == "y")
        #expect(root.first("b")?.children.count == 1)
        #expect(root.first("c")?.text == "")
        #expect(root.first("c")?.children.isEmpty == true)
    }

    @Test func textIsEveryDescendantsInDocumentOrder() throws {
        let root = try xml("<r><a>1<b>2<c>3</c>4</b>5</a><d>6</d>7</r>")
        #expect(root.text == "1234567")
        let a = try #require(root.first("a"))
        #expect(a.text == "12345")
        #expect(shape(a) == ["T:1", "<b>", "T:5"])
        #expect(a.first("b").map(shape) == ["T:2", "<c>", "T:4"])
        #expect(shape(root) == ["<a>", "<d>", "T:7"])
    }

    @Test func siblingsAreFoundPastADeepSubtree() throws {
        let root = try xml("<r><a><b><c><d/></c></b><b/></a><e>x</e><a>y</a><e>z</e></r>")
        #expect(root.elements.map(\.name) == ["a", "e", "a", "e"])
        #expect(root.all("e").map(\.text) == ["x", "z"])
        #expect(root.all("a").map(\.text) == ["", "y"])
        #expect(root.first("a")?.all("b").count == 2)
        #expect(root.first("d") == nil)
        #expect(root.first("a")?.first("b")?.first("c")?.first("d")?.name == "d")
    }

    @Test func entityReferencesAreTextInPlace() throws {
        let root = try xml("""
            <!DOCTYPE a [<!ENTITY e "E">]><a>1&e;<b>&e;2</b>&amp;&#233;&lt;</a>
            """)
        #expect(root.text == "1EE2&é<")
        #expect(shape(root) == ["T:1E", "<b>", "T:&é<"])
        #expect(root.first("b")?.text == "E2")
    }

    @Test func elementsLibxml2ClosesInRecoverModeHoldWhatTheyRead() throws {
        // The end tag of <a> closes <c> and <b> too; libxml2 reads on, and the text after the root's end stays
        // with the element libxml2 still had open.
        let cut = try xml("<a><b>x<c>y</a>tail")
        #expect(cut.text == "xytail")
        #expect(cut.elements.map(\.name) == ["b"])
        #expect(cut.first("b").map(shape) == ["T:x", "<c>", "T:tail"])
        #expect(cut.first("b")?.first("c")?.text == "y")
        // A start tag libxml2 cannot finish ends there, with its attributes; what follows is its sibling.
        let broken = try xml("<a><b x='1' <c>t</c></b></a>")
        #expect(broken.elements.map(\.name) == ["b", "c"])
        #expect(broken.first("b")?.attribute("x") == "1")
        #expect(broken.first("b")?.text == "")
        #expect(broken.first("c")?.text == "t")
    }

    @Test func attributesKeepTheirNamespacesAndDecodedValues() throws {
        let root = try xml("""
            <!DOCTYPE a [<!ENTITY e "E">]><a xmlns:p="urn:p" href="x?a=1&amp;b=2" t="&e;&#233;"><p:b p:x="1" x="2" q:y="3">t</p:b></a>
            """)
        #expect(root.attribute("href") == "x?a=1&b=2")
        #expect(root.attribute("t") == "Eé")
        #expect(root.attribute("missing") == nil)
        let b = try #require(root.first("b", namespace: "urn:p"))
        #expect(root.first("b", namespace: "urn:other") == nil)
        #expect(b.namespace == "urn:p")
        #expect(b.attributes.map(\.name) == ["x", "x", "q:y"])
        #expect(b.attributes.map(\.namespace) == ["urn:p", nil, nil])
        #expect(b.attributes.map(\.value) == ["1", "2", "3"])
        #expect(b.attribute("x") == "1")
        #expect(b.attribute("x", namespace: "urn:p") == "1")
        #expect(b.attribute("q:y") == "3")
        #expect(b.attribute("y") == nil)
    }

    @Test func emptyElementsHoldNothing() throws {
        for document in ["<a/>", "<a></a>", "<a><!-- nothing --></a>"] {
            let root = try xml(document)
            #expect(root.text == "")
            #expect(root.children.isEmpty)
            #expect(root.elements.isEmpty)
            #expect(root.attributes.isEmpty)
        }
        #expect(try shape(xml("<a> </a>")) == ["T: "])
        #expect(try shape(xml("<a>\n<b/>\n</a>")) == ["T:\n", "<b>", "T:\n"])
        #expect(try xml("<a><b/><c/></a>").elements.map(\.name) == ["b", "c"])
    }

    @Test func anElementOutlivesTheRestOfItsDocument() throws {
        let title = try #require(try xml("<rss><channel><title>Telvio &amp; co</title></channel></rss>").first("channel")?.first("title"))
        #expect(title.text == "Telvio & co")
        #expect(title.withTextBytes { Array($0) } == Array("Telvio & co".utf8))
    }

    static let htmlInElements: [(String, String?)] = [
        ("<d>&lt;p&gt;x&lt;/p&gt;</d>", "x"),
        ("<d>  &lt;p&gt;a&lt;/p&gt;\n</d>", "a"),
        // Unicode white space the collapsing keeps is trimmed first, as the text is before it becomes plain text.
        ("<d>\u{3000}x\u{3000}</d>", "x"),
        ("<d><![CDATA[<b>vet</b> &amp; zo]]></d>", "vet & zo"),
        ("<d>a<e>b</e>c</d>", "abc"),
        ("<d>   </d>", nil),
        ("<d/>", nil),
    ]

    @Test(arguments: htmlInElements)
    func htmlAnElementHoldsAsTextBecomesPlainText(_ document: String, _ expected: String?) throws {
        #expect(HTMLText.plainText(ofHTMLIn: try xml(document)) == expected)
    }

    @Test func htmlPagesBuildTheSameKindOfTree() throws {
        let page = """
            <!DOCTYPE html><html lang="nl"><head><title>Telvio &amp; co</title></head>
            <body><p class="x">a<!-- c -->b <b>vet</b></p><script>if (a < b) {}</script><br>t<td>c1</td></body></html>
            """
        let root = try HTMLDocumentParser.parse(Array(page.utf8))
        #expect(root.name == "html")
        #expect(root.attribute("lang") == "nl")
        #expect(root.elements.map(\.name) == ["head", "body"])
        #expect(root.first("head")?.first("title")?.text == "Telvio & co")
        let body = try #require(root.first("body"))
        #expect(body.elements.map(\.name) == ["p", "script", "br", "td"])
        let paragraph = try #require(body.first("p"))
        #expect(paragraph.attribute("class") == "x")
        // Text on both sides of a comment is one node, as in the XML tree.
        #expect(shape(paragraph) == ["T:ab ", "<b>"])
        #expect(body.first("script")?.text == "if (a < b) {}")
        #expect(body.first("br")?.children.isEmpty == true)
        #expect(body.text == "ab vetif (a < b) {}tc1")
        #expect(HTMLText.plainText(of: body) == "ab vet\nt c1")
    }
}
