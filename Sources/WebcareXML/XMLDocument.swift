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

/// An element of a parsed XML document, with its namespace resolved. Immutable, and a class so that handing an
/// element around (a child out of `children`, the result of `first`) costs one reference count, not a copy of
/// four fields.
public final class XMLElement: Sendable {
    /// The local name, without prefix ("item", "entry", "encoded").
    public let name: String
    /// The namespace URI, or nil when the element is in no namespace.
    public let namespace: String?
    /// The attributes in document order.
    public let attributes: [XMLAttribute]
    /// What the element holds. Most elements of a feed hold only text: that is kept as it is, not as an array of
    /// one node.
    private let content: Content

    private enum Content: Sendable {
        case text(String)
        case nodes([XMLNode])
    }

    /// An element holding these nodes (none for an empty element).
    init(name: String, namespace: String?, attributes: [XMLAttribute], children: [XMLNode]) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        content = .nodes(children)
    }

    /// An element holding only this text, which is not empty.
    init(name: String, namespace: String?, attributes: [XMLAttribute], text: String) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        content = .text(text)
    }

    /// Elements and text in document order.
    public var children: [XMLNode] {
        switch content {
        case .text(let text): [.text(text)]
        case .nodes(let nodes): nodes
        }
    }

    /// The value of the attribute with this local name (and namespace, when given), or nil.
    public func attribute(_ name: String, namespace: String? = nil) -> String? {
        attributes.first { $0.name == name && (namespace == nil || $0.namespace == namespace) }?.value
    }

    /// The child elements, in order.
    public var elements: [XMLElement] {
        guard case .nodes(let nodes) = content else { return [] }
        return nodes.compactMap { if case .element(let element) = $0 { element } else { nil } }
    }

    /// The first child element with this local name, in this namespace when one is given.
    public func first(_ name: String, namespace: String? = nil) -> XMLElement? {
        guard case .nodes(let nodes) = content else { return nil }
        for case .element(let element) in nodes where element.isNamed(name, namespace: namespace) {
            return element
        }
        return nil
    }

    /// Every child element with this local name, in this namespace when one is given.
    public func all(_ name: String, namespace: String? = nil) -> [XMLElement] {
        guard case .nodes(let nodes) = content else { return [] }
        var found: [XMLElement] = []
        for case .element(let element) in nodes where element.isNamed(name, namespace: namespace) {
            found.append(element)
        }
        return found
    }

    /// Whether this element has the name (and the namespace, when one is given). Names of another length are
    /// told apart by their length, which a string knows without comparing.
    private func isNamed(_ name: String, namespace: String?) -> Bool {
        self.name.utf8.count == name.utf8.count && self.name == name && (namespace == nil || self.namespace == namespace)
    }

    /// All text inside this element and its descendants, concatenated in document order.
    public var text: String {
        if case .text(let text) = content { return text }
        var out = ""
        appendText(to: &out)
        return out
    }

    private func appendText(to out: inout String) {
        switch content {
        case .text(let text):
            out += text
        case .nodes(let nodes):
            for node in nodes {
                switch node {
                case .text(let text): out += text
                case .element(let element): element.appendText(to: &out)
                }
            }
        }
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
    /// `encoding` overrides what the document declares (e.g. "windows-1252" for a server that lies).
    public static func parse(_ bytes: [UInt8], encoding: String? = nil) throws(XMLParseError) -> XMLElement {
        prepare()
        guard !bytes.isEmpty else { throw XMLParseError(message: "the document is empty") }
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOCDATA.rawValue
            | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue | XML_PARSE_COMPACT.rawValue)
        guard let context = xmlNewParserCtxt() else { throw XMLParseError(message: "out of memory") }
        defer { xmlFreeParserCtxt(context) }
        let (document, root) = XMLTreeBuilder.build(with: context) {
            bytes.withUnsafeBufferPointer { buffer in
                buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                    xmlCtxtReadMemory(context, pointer, Int32(buffer.count), nil, encoding, options)
                }
            }
        }
        // libxml2's own document holds only what the DTD declares (the entities); the elements are in `root`.
        if let document { xmlFreeDoc(document) }
        guard let root else { throw lastError(context) }
        if let failure = fatalAmplification(context) { throw failure }
        return root
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

/// Element and attribute names and namespace URIs, made into Swift strings once per document: libxml2 keeps
/// each distinct name once (its dictionary), so the same pointer comes back for every `item` or `title`.
/// A document has a few dozen names, asked for at every element: they sit in a small open-addressing table keyed
/// by the pointer, which costs less than hashing it for a `Dictionary`.
struct NameCache {
    private var keys = [UnsafePointer<xmlChar>?](repeating: nil, count: 64)
    private var values = [String](repeating: "", count: 64)
    private var count = 0

    mutating func string(_ pointer: UnsafePointer<xmlChar>) -> String {
        let mask = keys.count - 1
        var slot = Self.slot(for: pointer, mask: mask)
        while let key = keys[slot] {
            if key == pointer { return values[slot] }
            slot = (slot + 1) & mask
        }
        let made = String(cString: pointer)
        keys[slot] = pointer
        values[slot] = made
        count += 1
        if count * 2 > keys.count { grow() }
        return made
    }

    mutating func string(_ pointer: UnsafePointer<xmlChar>?) -> String? {
        pointer.map { string($0) }
    }

    /// Where a pointer's search starts: its address times a large odd number (which stirs the low bits, mostly
    /// alike for heap addresses, into the high ones), top bits kept.
    private static func slot(for pointer: UnsafePointer<xmlChar>, mask: Int) -> Int {
        let stirred = UInt(bitPattern: pointer) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: stirred >> 32) & mask
    }

    /// Twice the room, every name placed again.
    private mutating func grow() {
        let old = zip(keys, values)
        keys = [UnsafePointer<xmlChar>?](repeating: nil, count: keys.count * 2)
        values = [String](repeating: "", count: keys.count)
        let mask = keys.count - 1
        for case let (key?, value) in old {
            var slot = Self.slot(for: key, mask: mask)
            while keys[slot] != nil { slot = (slot + 1) & mask }
            keys[slot] = key
            values[slot] = value
        }
    }
}

/// Parses HTML with libxml2's HTML parser in recover mode: unclosed and unknown (HTML5) tags are kept, element
/// and attribute names come lowercased, script contents stay raw text. Never touches the network.
public enum HTMLDocumentParser {
    /// The root element (`html`) of the page in `bytes`, or an error when nothing could be read at all.
    /// `encoding` names the page's charset (e.g. "UTF-8", "windows-1252"); nil lets libxml2 read the page's `<meta>`.
    public static func parse(_ bytes: [UInt8], encoding: String? = nil) throws(XMLParseError) -> XMLElement {
        XMLDocumentParser.prepare()
        guard !bytes.isEmpty else { throw XMLParseError(message: "the document is empty") }
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue)
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
        var names = NameCache()
        return element(from: root, names: &names)
    }

    /// The Swift copy of an element of libxml2's HTML tree.
    private static func element(from node: xmlNodePtr, names: inout NameCache) -> XMLElement {
        let name = names.string(node.pointee.name) ?? ""
        let namespace = names.string(node.pointee.ns?.pointee.href)
        var attributes: [XMLAttribute] = []
        var attribute = node.pointee.properties
        while let current = attribute {
            let attributeName = names.string(current.pointee.name) ?? ""
            let attributeNamespace = names.string(current.pointee.ns?.pointee.href)
            var value = ""
            if let content = xmlNodeListGetString(node.pointee.doc, current.pointee.children, 1) {
                value = String(cString: content)
                webcare_xml_free(content)
            }
            attributes.append(XMLAttribute(name: attributeName, namespace: attributeNamespace, value: value))
            attribute = current.pointee.next
        }
        var children: [XMLNode] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                children.append(.element(element(from: current, names: &names)))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { children.append(.text(String(cString: content))) }
            default:
                break
            }
            child = current.pointee.next
        }
        return XMLElement(name: name, namespace: namespace, attributes: attributes, children: children)
    }
}

extension String {
    func trimmingSuffix(_ suffix: String) -> String {
        var text = self
        while text.hasSuffix(suffix) { text.removeLast(suffix.count) }
        return text
    }
}
