// This module wraps libxml2 and must never import Foundation: both ship ICU and clash in one target.
internal import CLibXML2

/// A node of a parsed XML document: an element or a run of text (CDATA included).
public enum XMLNode: Sendable {
    case element(XMLElement)
    case text(String)
}

/// An attribute, with its namespace URI when it has one.
public struct XMLAttribute: Sendable {
    /// The local name, without prefix.
    public var name: String
    /// The namespace URI, or nil for an unprefixed attribute.
    public var namespace: String?
    /// The value, entities decoded.
    public var value: String
}

/// An element of a parsed XML document, with its namespace resolved: a place in its document's `XMLTree`, so
/// handing an element around (a child out of `elements`, the result of `first`) costs one reference count, and
/// its name, attributes and text become Strings only when asked for.
public struct XMLElement: Sendable {
    private let tree: XMLTree
    private let index: Int

    init(tree: XMLTree, index: Int) {
        self.tree = tree
        self.index = index
    }

    private var record: XMLTree.Element { tree.elements[index] }

    /// The local name, without prefix ("item", "entry", "encoded").
    public var name: String { tree.name(at: record.name) ?? "" }

    /// The namespace URI, or nil when the element is in no namespace.
    public var namespace: String? { tree.name(at: record.namespace) }

    /// The attributes in document order.
    public var attributes: [XMLAttribute] {
        tree.attributeRange(of: index).map { position in
            let attribute = tree.attributes[position]
            return XMLAttribute(name: tree.name(at: attribute.name) ?? "", namespace: tree.name(at: attribute.namespace),
                                value: value(of: attribute))
        }
    }

    /// The value of the attribute with this local name (and namespace, when given), or nil.
    public func attribute(_ name: String, namespace: String? = nil) -> String? {
        for position in tree.attributeRange(of: index) {
            let attribute = tree.attributes[position]
            if tree.name(at: attribute.name, is: name), tree.namespace(at: attribute.namespace, matches: namespace) {
                return value(of: attribute)
            }
        }
        return nil
    }

    private func value(of attribute: XMLTree.Attribute) -> String {
        tree.attributeValues.withUnsafeBufferPointer { values in
            String(decoding: UnsafeBufferPointer(rebasing: values[attribute.valueStart..<attribute.valueEnd]), as: UTF8.self)
        }
    }

    /// Elements and text in document order. Text between two elements is one node, whatever comments or
    /// entity references it was written with; an element without text there has no text node there.
    public var children: [XMLNode] {
        let record = record
        var nodes: [XMLNode] = []
        // The text of each child element is a range of its parent's: the parent's own text is between them.
        var textStart = record.textStart
        var child = index + 1
        while child < Int(record.subtreeEnd) {
            let inner = tree.elements[child]
            if inner.textStart > textStart { nodes.append(.text(tree.string(ofText: textStart..<inner.textStart))) }
            nodes.append(.element(XMLElement(tree: tree, index: child)))
            textStart = inner.textEnd
            child = Int(inner.subtreeEnd)
        }
        if record.textEnd > textStart { nodes.append(.text(tree.string(ofText: textStart..<record.textEnd))) }
        return nodes
    }

    /// The child elements, in order.
    public var elements: [XMLElement] {
        var found: [XMLElement] = []
        forEachChild { found.append($0) }
        return found
    }

    /// The first child element with this local name, in this namespace when one is given (in any namespace, or
    /// none, when not). In a document that is not well-formed XML, the name matches in any case (`<TiTlE>`).
    public func first(_ name: String, namespace: String? = nil) -> XMLElement? {
        first(name, in: namespace.map { .uri($0) } ?? .any)
    }

    /// Every child element with this local name, in this namespace when one is given (any, when not).
    public func all(_ name: String, namespace: String? = nil) -> [XMLElement] {
        all(name, in: namespace.map { .uri($0) } ?? .any)
    }

    /// The first child element with this local name in this element's own namespace (in no namespace when this
    /// element is in none): an RSS item's `title`, never its `media:title`; an Atom entry's `content`, whatever
    /// prefix the document binds Atom to.
    public func firstOwn(_ name: String) -> XMLElement? {
        first(name, in: .index(record.namespace))
    }

    /// Every child element with this local name in this element's own namespace.
    public func allOwn(_ name: String) -> [XMLElement] {
        all(name, in: .index(record.namespace))
    }

    private func first(_ name: String, in filter: XMLTree.NamespaceFilter) -> XMLElement? {
        tree.child(of: index, from: index + 1, named: name, in: filter).map { XMLElement(tree: tree, index: $0) }
    }

    private func all(_ name: String, in filter: XMLTree.NamespaceFilter) -> [XMLElement] {
        var found: [XMLElement] = []
        var start = index + 1
        while let child = tree.child(of: index, from: start, named: name, in: filter) {
            found.append(XMLElement(tree: tree, index: child))
            start = Int(tree.elements[child].subtreeEnd)
        }
        return found
    }

    /// Whether the element has child elements (inline XHTML rather than text only).
    public var hasChildElements: Bool { Int(record.subtreeEnd) > index + 1 }

    /// Calls `body` with each child element, in order.
    private func forEachChild(_ body: (XMLElement) -> Void) {
        let end = Int(record.subtreeEnd)
        var child = index + 1
        while child < end {
            body(XMLElement(tree: tree, index: child))
            child = Int(tree.elements[child].subtreeEnd)
        }
    }

    /// All text inside this element and its descendants, concatenated in document order.
    public var text: String {
        let record = record
        return tree.string(ofText: record.textStart..<record.textEnd)
    }

    /// Calls `body` with the UTF-8 bytes of `text`, without making a String of them.
    public func withTextBytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        let record = record
        return try tree.text.withUnsafeBufferPointer { try body(UnsafeBufferPointer(rebasing: $0[record.textStart..<record.textEnd])) }
    }
}

/// Why a document could not be read as XML at all.
public struct XMLParseError: Error, Sendable, CustomStringConvertible {
    /// libxml2's message, or a summary.
    public var message: String
    /// The line it stopped at, when known.
    public var line: Int?

    /// `line N: message`.
    public var description: String {
        if let line, line > 0 { return "line \(line): \(message)" }
        return message
    }
}

/// Parses XML with libxml2 in recover mode: a slightly broken document still yields what it holds.
/// Never loads external entities or DTDs, never touches the network, and bounds entity expansion.
/// libxml2 reports the document as SAX2 events and `XMLTreeBuilder` makes the Swift tree from them: libxml2
/// builds no tree of its own.
public enum XMLDocumentParser {
    private static let setUp: Void = {
        xmlInitParser()
        webcare_xml_forbid_external_loading()
    }()

    /// Initialises libxml2 once (no external loading) and silences its errors on the calling thread: libxml2 keeps
    /// error handlers per thread, and parses run on the poll's workers.
    static func prepare() {
        _ = setUp
        webcare_xml_silence()
    }

    /// The root element of the document in `bytes`, or an error when no element could be read at all.
    /// `encoding` overrides what the document declares (e.g. "windows-1252" for a server that lies), which is then
    /// not even looked up.
    public static func parse(_ bytes: [UInt8], encoding: String? = nil) throws(XMLParseError) -> XMLElement {
        try read(bytes, encoding: encoding).root
    }

    /// The same as `parse`, and where libxml2 stopped reading when a byte was not in the encoding it read the
    /// document as (nil when it read to the end, or stopped for any other reason): the root then holds what came
    /// before that byte.
    public static func read(_ bytes: [UInt8], encoding: String? = nil) throws(XMLParseError) -> (root: XMLElement, encodingStop: XMLEncodingStop?) {
        prepare()
        guard !bytes.isEmpty else { throw XMLParseError(message: "the document is empty") }
        // An encoding given overrides the declaration: libxml2 would otherwise still look the declared one up, and
        // refuse the document when it does not know it.
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue
            | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_COMPACT.rawValue
            | (encoding == nil ? 0 : XML_PARSE_IGNORE_ENC.rawValue))
        guard let context = xmlNewParserCtxt() else { throw XMLParseError(message: "out of memory") }
        defer { xmlFreeParserCtxt(context) }
        let (document, tree, isOverExpanded) = XMLTreeBuilder.build(with: context, documentSize: bytes.count) {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                    xmlCtxtReadMemory(context, pointer, Int32(buffer.count), nil, encoding, options)
                }
            }
        }
        // libxml2's own document holds only what the DTD declares (the entities); the elements are in `tree`.
        if let document { xmlFreeDoc(document) }
        if isOverExpanded {
            let limit = ExpansionLimit.bytes(forDocumentSize: bytes.count)
            throw XMLParseError(message: "entity expansion is too large (an entity bomb?): the document's \(bytes.count) bytes expand past "
                + "\(limit >> 10) KiB; refusing the document")
        }
        guard let tree else { throw lastError(context) }
        if let failure = fatalAmplification(context) { throw failure }
        return (XMLElement(tree: tree, index: 0), XMLEncodingStop(context, documentSize: bytes.count))
    }

    private static func lastError(_ context: xmlParserCtxtPtr) -> XMLParseError {
        let error = context.pointee.lastError
        if let message = error.message {
            let text = String(cString: message).trimmingSuffix("\n")
            return XMLParseError(message: text, line: Int(error.line))
        }
        return XMLParseError(message: "no XML element found")
    }

    /// Entity loops, "billion laughs" and runaway nesting are stopped by libxml2; say so instead of returning half a
    /// document.
    private static func fatalAmplification(_ context: xmlParserCtxtPtr) -> XMLParseError? {
        let code = context.pointee.lastError.code
        if code == Int32(XML_ERR_ENTITY_LOOP.rawValue) {
            return XMLParseError(message: "entity expansion is too large (an entity bomb?); refusing the document",
                                 line: Int(context.pointee.lastError.line))
        }
        // libxml2 stops at 256 levels of nesting and hands over what it read so far: say so instead.
        if code == Int32(XML_ERR_INTERNAL_ERROR.rawValue), let message = context.pointee.lastError.message,
           String(cString: message).contains("Excessive depth") {
            return XMLParseError(message: "elements are nested too deeply (over 256 levels); refusing the document",
                                 line: Int(context.pointee.lastError.line))
        }
        return nil
    }
}

/// Parses HTML with libxml2's HTML parser in recover mode: unclosed and unknown (HTML5) tags are kept, element
/// and attribute names come lowercased, script contents stay raw text. Never touches the network.
public enum HTMLDocumentParser {
    /// The root element (`html`) of the page in `bytes`, or an error when nothing could be read at all.
    /// `encoding` names the page's charset (e.g. "UTF-8", "windows-1252"); nil lets libxml2 read the page's `<meta>`.
    public static func parse(_ bytes: [UInt8], encoding: String? = nil) throws(XMLParseError) -> XMLElement {
        try read(bytes, encoding: encoding).root
    }

    /// The same as `parse`, and where libxml2 stopped reading when a byte was not in the encoding it read the page
    /// as (nil when it read to the end): the root then holds what came before that byte.
    public static func read(_ bytes: [UInt8], encoding: String? = nil) throws(XMLParseError) -> (root: XMLElement, encodingStop: XMLEncodingStop?) {
        XMLDocumentParser.prepare()
        guard !bytes.isEmpty else { throw XMLParseError(message: "the document is empty") }
        // An encoding given overrides the page's <meta charset>.
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue | (encoding == nil ? 0 : HTML_PARSE_IGNORE_ENC.rawValue))
        guard let context = htmlNewParserCtxt() else { throw XMLParseError(message: "out of memory") }
        defer { htmlFreeParserCtxt(context) }
        let document: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                htmlCtxtReadMemory(context, pointer, Int32(buffer.count), nil, encoding, options)
            }
        }
        guard let document else { throw XMLParseError(message: "no HTML element found") }
        defer { xmlFreeDoc(document) }
        guard let root = xmlDocGetRootElement(document) else { throw XMLParseError(message: "no HTML element found") }
        var writer = XMLTreeWriter(documentSize: bytes.count)
        write(root, into: &writer)
        return (XMLElement(tree: writer.finish(), index: 0), XMLEncodingStop(context, documentSize: bytes.count))
    }

    /// Copies an element of libxml2's HTML tree, and what it holds, into the document's `XMLTree`.
    private static func write(_ node: xmlNodePtr, into writer: inout XMLTreeWriter) {
        let index = writer.start(name: writer.name(node.pointee.name), namespace: writer.name(node.pointee.ns?.pointee.href))
        var attribute = node.pointee.properties
        while let current = attribute {
            let name = writer.name(current.pointee.name)
            let namespace = writer.name(current.pointee.ns?.pointee.href)
            if let content = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1) {
                writer.addAttribute(name: name, namespace: namespace,
                                    value: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
                webcare_xml_free(content)
            } else {
                writer.addAttribute(name: name, namespace: namespace, value: UnsafeBufferPointer(start: nil, count: 0))
            }
            attribute = current.pointee.next
        }
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                write(current, into: &writer)
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content {
                    writer.append(text: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
                }
            default:
                break
            }
            child = current.pointee.next
        }
        writer.close(index)
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        var text = self
        while text.hasSuffix(suffix) { text.removeLast(suffix.count) }
        return text
    }
}
