// This module wraps libxml2 and must never import Foundation: both ship ICU and clash in one target.
internal import CLibXML2

/// Makes the `XMLElement` tree of a document straight from libxml2's SAX2 events, so libxml2 builds no tree of its
/// own. The result is the tree libxml2's would have given: CDATA is text, namespaces are resolved (a prefix nothing
/// binds stays in the name, "media:title", without a namespace), attribute values are decoded, attributes the DTD
/// only defaults are left out, and a reference to an entity the document declares stands for the entity's text as
/// declared. Elements libxml2 gives up on in recover mode (a start tag it cannot finish, a document cut off) are
/// closed where libxml2 stops reading them, with what they hold so far.
///
/// libxml2 parses an entity's replacement text in a parser context of its own the first time the entity is used,
/// with the same handlers. Events from such a context go to libxml2's own SAX2 tree handlers, which keep the parsed
/// text with the entity: libxml2 then treats entities exactly as when it builds its tree (it parses each one once,
/// and its checks against entity bombs count the same).
struct XMLTreeBuilder {
    /// An element whose end tag has not come yet.
    private struct OpenElement {
        var name: String
        var namespace: String?
        var attributes: [XMLAttribute]
    }

    /// The context parsing the document itself.
    private let context: xmlParserCtxtPtr
    /// The elements from the root down to the one being read.
    private var open: [OpenElement] = []
    /// The children read so far of each open element (same index as in `open`). A closing element takes its array
    /// whole, and the next element at its depth starts with room for as many children as it had.
    private var children: [[XMLNode]] = []
    /// The first element closed at the top level.
    private var root: XMLElement?
    /// UTF-8 text read since the last element event, for the innermost open element: libxml2 hands text over in
    /// pieces (a run of characters, each entity), and the tree keeps one text node for them.
    private var text: [UInt8] = []
    private var names = NameCache()

    init(context: xmlParserCtxtPtr) {
        self.context = context
    }

    /// Builds the tree of the document `read` parses with `context`: the context's element, text and reference
    /// handlers come here, the others stay libxml2's (they keep the document's DTD and the entities it declares,
    /// which entity references need). Returns what `read` returns and the root element, if there was one.
    static func build<Result>(with context: xmlParserCtxtPtr, _ read: () -> Result) -> (Result, XMLElement?) {
        // libxml2 hands its context to every handler, and the context carries this raw pointer to the builder in
        // `_private`: the builder lives in memory of its own, allocated and freed around `read`.
        let builder = UnsafeMutablePointer<XMLTreeBuilder>.allocate(capacity: 1)
        builder.initialize(to: XMLTreeBuilder(context: context))
        defer {
            builder.deinitialize(count: 1)
            builder.deallocate()
        }
        context.pointee._private = UnsafeMutableRawPointer(builder)
        defer { context.pointee._private = nil }
        if let handler = context.pointee.sax { install(on: handler) }
        let result = read()
        return (result, builder.pointee.finish())
    }

    private static func install(on handler: UnsafeMutablePointer<xmlSAXHandler>) {
        handler.pointee.startElementNs = { parser, localName, prefix, uri, namespaceCount, namespaces, attributeCount,
                                           defaultedCount, attributes in
            guard let builder = XMLTreeBuilder.builder(for: parser), let localName else {
                xmlSAX2StartElementNs(parser, localName, prefix, uri, namespaceCount, namespaces, attributeCount,
                                      defaultedCount, attributes)
                return
            }
            // libxml2's tree leaves out the attributes the DTD defaults (they come last) unless asked for them.
            builder.pointee.startElement(localName, prefix: prefix, uri: uri, attributes: attributes,
                                         count: Int(attributeCount - defaultedCount))
        }
        handler.pointee.endElementNs = { parser, localName, prefix, uri in
            guard let builder = XMLTreeBuilder.builder(for: parser) else {
                xmlSAX2EndElementNs(parser, localName, prefix, uri)
                return
            }
            builder.pointee.endElement()
        }
        let characters: charactersSAXFunc = { parser, bytes, count in
            guard let builder = XMLTreeBuilder.builder(for: parser) else {
                xmlSAX2Characters(parser, bytes, count)
                return
            }
            builder.pointee.characters(bytes, count: Int(count))
        }
        // Both are the same handler, as in libxml2's tree, so white space between elements is text too.
        handler.pointee.characters = characters
        handler.pointee.ignorableWhitespace = characters
        handler.pointee.reference = { parser, name in
            guard let builder = XMLTreeBuilder.builder(for: parser) else {
                xmlSAX2Reference(parser, name)
                return
            }
            if let name { builder.pointee.reference(name) }
        }
        handler.pointee.comment = { parser, text in
            if XMLTreeBuilder.builder(for: parser) == nil { xmlSAX2Comment(parser, text) }
        }
        handler.pointee.processingInstruction = { parser, target, data in
            if XMLTreeBuilder.builder(for: parser) == nil { xmlSAX2ProcessingInstruction(parser, target, data) }
        }
    }

    /// The builder an event is for, or nil when the event comes from libxml2 parsing an entity's replacement text
    /// (that context carries the same `_private`, but it is not the document's context).
    private static func builder(for parser: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<XMLTreeBuilder>? {
        // libxml2 passes its parser context as the handlers' user data; `_private` is the builder `build` put there.
        guard let parser = parser?.assumingMemoryBound(to: xmlParserCtxt.self),
              let builder = parser.pointee._private?.assumingMemoryBound(to: XMLTreeBuilder.self),
              builder.pointee.context == parser else { return nil }
        return builder
    }

    /// The root element, with every element still open closed; nil when the document had none.
    private mutating func finish() -> XMLElement? {
        close(downTo: 0)
        return root
    }

    /// Closes the open elements libxml2 no longer has open: its stack of element names is the truth (a start tag it
    /// could not finish is dropped from it without an end event).
    private mutating func keepUpWithParser() {
        let depth = Int(context.pointee.nameNr)
        if open.count > depth { close(downTo: depth) }
    }

    private mutating func startElement(_ localName: UnsafePointer<xmlChar>, prefix: UnsafePointer<xmlChar>?,
                                       uri: UnsafePointer<xmlChar>?, attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?,
                                       count: Int) {
        keepUpWithParser()
        if !open.isEmpty { flushText(into: open.count - 1) }
        let (name, namespace) = qualifiedName(localName, prefix: prefix, uri: uri)
        var element = OpenElement(name: name, namespace: namespace, attributes: [])
        if count > 0, let attributes {
            element.attributes.reserveCapacity(count)
            for index in 0..<count {
                // Five pointers per attribute: local name, prefix, namespace URI, start and end of the value.
                let fields = attributes + 5 * index
                guard let attributeName = fields[0], let start = fields[3], let end = fields[4] else { continue }
                let (name, namespace) = qualifiedName(attributeName, prefix: fields[1], uri: fields[2])
                element.attributes.append(XMLAttribute(name: name, namespace: namespace, value: attributeValue(start, end)))
            }
        }
        open.append(element)
        if children.count < open.count { children.append([]) }
    }

    private mutating func endElement() {
        // libxml2's stack still holds the element that ends here.
        close(downTo: Int(context.pointee.nameNr) - 1)
    }

    private mutating func characters(_ bytes: UnsafePointer<xmlChar>?, count: Int) {
        keepUpWithParser()
        guard !open.isEmpty, let bytes, count > 0 else { return }
        // Escaped HTML comes as many one-byte pieces ("<" for each &lt;), cheaper appended one by one.
        if count == 1 {
            text.append(bytes.pointee)
        } else {
            text.append(contentsOf: UnsafeBufferPointer(start: bytes, count: count))
        }
    }

    /// A reference to an entity the document declares stands for the entity's text as declared, as in libxml2's
    /// tree (character references in it decoded, markup and entity references in it kept as written).
    private mutating func reference(_ name: UnsafePointer<xmlChar>) {
        keepUpWithParser()
        guard !open.isEmpty, let entity = xmlGetDocEntity(context.pointee.myDoc, name), let content = entity.pointee.content else { return }
        text.append(contentsOf: UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content))))
    }

    /// The name and namespace URI of an element or attribute, as libxml2's tree has them.
    private mutating func qualifiedName(_ localName: UnsafePointer<xmlChar>, prefix: UnsafePointer<xmlChar>?,
                                        uri: UnsafePointer<xmlChar>?) -> (String, String?) {
        if let prefix, uri == nil, let qualified = xmlDictQLookup(context.pointee.dict, prefix, localName) {
            return (names.string(qualified), nil)
        }
        return (names.string(localName), names.string(uri))
    }

    /// The decoded value of an attribute. libxml2 hands most values over as they stand in the document; a value it
    /// had to rewrite can still hold "&#38;" for "&" and the references to the document's own entities, which its
    /// tree decodes when it builds the attribute: decode those the same way.
    private func attributeValue(_ start: UnsafePointer<xmlChar>, _ end: UnsafePointer<xmlChar>) -> String {
        let count = end - start
        guard count > 0 else { return "" }
        let bytes = UnsafeBufferPointer(start: start, count: count)
        guard bytes.contains(UInt8(ascii: "&")) else { return String(decoding: bytes, as: UTF8.self) }
        let nodes = xmlStringLenGetNodeList(context.pointee.myDoc, start, Int32(count))
        defer { xmlFreeNodeList(nodes) }
        guard let decoded = xmlNodeListGetString(context.pointee.myDoc, nodes, 1) else { return "" }
        defer { webcare_xml_free(decoded) }
        return String(cString: decoded)
    }

    /// The pending text becomes the last child of the open element at `level`.
    private mutating func flushText(into level: Int) {
        guard !text.isEmpty else { return }
        children[level].append(.text(String(decoding: text, as: UTF8.self)))
        text.removeAll(keepingCapacity: true)
    }

    /// Closes open elements until `depth` are left, each into its parent (the first one closed at the top is the root).
    private mutating func close(downTo depth: Int) {
        while open.count > max(depth, 0) {
            let level = open.count - 1
            let element = open.removeLast()
            let closed: XMLElement
            if children[level].isEmpty {
                // Only text, or nothing: the element keeps its text as it is, without an array of one node.
                if text.isEmpty {
                    closed = XMLElement(name: element.name, namespace: element.namespace, attributes: element.attributes,
                                        children: [])
                } else {
                    closed = XMLElement(name: element.name, namespace: element.namespace, attributes: element.attributes,
                                        text: String(decoding: text, as: UTF8.self))
                    text.removeAll(keepingCapacity: true)
                }
            } else {
                flushText(into: level)
                var own: [XMLNode] = []
                swap(&own, &children[level])
                children[level].reserveCapacity(own.count)
                closed = XMLElement(name: element.name, namespace: element.namespace, attributes: element.attributes,
                                    children: own)
            }
            if open.isEmpty {
                if root == nil { root = closed }
            } else {
                children[level - 1].append(.element(closed))
            }
        }
    }
}
