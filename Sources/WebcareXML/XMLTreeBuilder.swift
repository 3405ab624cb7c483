// This module wraps libxml2 and must never import Foundation: both ship ICU and clash in one target.
internal import CLibXML2

/// Makes the `XMLTree` of a document straight from libxml2's SAX2 events, so libxml2 builds no tree of its
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
    /// The context parsing the document itself.
    private let context: xmlParserCtxtPtr
    /// The indexes of the elements from the root down to the one being read.
    private var open: [Int] = []
    /// The document as read so far.
    private var writer: XMLTreeWriter
    /// The most text and attribute bytes the document may expand to (see `ExpansionLimit`).
    private let expansionLimit: Int
    /// Set when the document's entities expanded past `expansionLimit`: parsing was stopped there.
    private(set) var isOverExpanded = false

    init(context: xmlParserCtxtPtr, documentSize: Int) {
        self.context = context
        writer = XMLTreeWriter(documentSize: documentSize)
        expansionLimit = ExpansionLimit.bytes(forDocumentSize: documentSize)
    }

    /// Builds the tree of the document `read` parses with `context`: the context's element, text and reference
    /// handlers come here, the others stay libxml2's (they keep the document's DTD and the entities it declares,
    /// which entity references need). Returns what `read` returns and the document's tree, if it had an element.
    /// `documentSize` (the bytes libxml2 reads) says how much room to make for the tree.
    static func build<Result>(with context: xmlParserCtxtPtr, documentSize: Int,
                              _ read: () -> Result) -> (Result, XMLTree?, isOverExpanded: Bool) {
        // libxml2 hands its context to every handler, and the context carries this raw pointer to the builder in
        // `_private`: the builder lives in memory of its own, allocated and freed around `read`.
        let builder = UnsafeMutablePointer<XMLTreeBuilder>.allocate(capacity: 1)
        builder.initialize(to: XMLTreeBuilder(context: context, documentSize: documentSize))
        defer {
            builder.deinitialize(count: 1)
            builder.deallocate()
        }
        context.pointee._private = UnsafeMutableRawPointer(builder)
        defer { context.pointee._private = nil }
        if let handler = context.pointee.sax { install(on: handler) }
        let result = read()
        return (result, builder.pointee.finish(), builder.pointee.isOverExpanded)
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

    /// The tree, with every element still open closed; nil when the document had no element.
    private mutating func finish() -> XMLTree? {
        close(downTo: 0)
        return writer.isEmpty ? nil : writer.finish(isWellFormed: context.pointee.wellFormed != 0)
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
        let (name, namespace) = qualifiedName(localName, prefix: prefix, uri: uri)
        open.append(writer.start(name: name, namespace: namespace))
        guard count > 0, let attributes else { return }
        for index in 0..<count where !isOverExpanded {
            // Five pointers per attribute: local name, prefix, namespace URI, start and end of the value.
            let fields = attributes + 5 * index
            guard let attributeName = fields[0], let start = fields[3], let end = fields[4] else { continue }
            let (name, namespace) = qualifiedName(attributeName, prefix: fields[1], uri: fields[2])
            addAttribute(name: name, namespace: namespace, value: UnsafeBufferPointer(start: start, count: max(end - start, 0)))
        }
    }

    private mutating func endElement() {
        // libxml2's stack still holds the element that ends here.
        close(downTo: Int(context.pointee.nameNr) - 1)
    }

    /// Text goes into the one buffer of the document's text, where it belongs to every element open.
    private mutating func characters(_ bytes: UnsafePointer<xmlChar>?, count: Int) {
        keepUpWithParser()
        guard !open.isEmpty, let bytes, count > 0, !isOverExpanded, admits(count) else { return }
        writer.append(text: UnsafeBufferPointer(start: bytes, count: count))
    }

    /// A reference to an entity the document declares stands for the entity's text as declared, as in libxml2's
    /// tree (character references in it decoded, markup and entity references in it kept as written).
    private mutating func reference(_ name: UnsafePointer<xmlChar>) {
        keepUpWithParser()
        guard !open.isEmpty, !isOverExpanded, let entity = xmlGetDocEntity(context.pointee.myDoc, name),
              let content = entity.pointee.content else { return }
        let count = Int(xmlStrlen(content))
        guard admits(count) else { return }
        writer.append(text: UnsafeBufferPointer(start: content, count: count))
    }

    /// Whether `count` more bytes keep the document within its expansion limit; when they would not, stops the
    /// parser and marks the document as over-expanded (an entity bomb), so nothing more is read or built.
    private mutating func admits(_ count: Int) -> Bool {
        if writer.expandedSize + count <= expansionLimit { return true }
        isOverExpanded = true
        xmlStopParser(context)
        return false
    }

    /// What an attribute value with entity references expands to, in bytes, counted before anything is expanded:
    /// each reference to an entity the document declares stands for its text, and references in that text count
    /// again, up to a few levels. Stops counting once past `limit`.
    private func expandedSize(of value: UnsafeBufferPointer<UInt8>, limit: Int, depth: Int = 0) -> Int {
        var size = 0
        var index = 0
        let ampersand = UInt8(ascii: "&"), semicolon = UInt8(ascii: ";"), hash = UInt8(ascii: "#")
        while index < value.count, size <= limit {
            guard value[index] == ampersand else { size += 1; index += 1; continue }
            guard let end = value[index...].firstIndex(of: semicolon), end > index + 1, value[index + 1] != hash else {
                size += 1; index += 1; continue
            }
            let name = Array(value[(index + 1)..<end]) + [0]
            let written = end + 1 - index
            index = end + 1
            guard let entity = name.withUnsafeBufferPointer({ xmlGetDocEntity(context.pointee.myDoc, $0.baseAddress) }),
                  let content = entity.pointee.content else { size += written; continue }
            let inner = UnsafeBufferPointer(start: content, count: Int(xmlStrlen(content)))
            // An entity that names itself, or nests too deep, is an entity bomb: count it as past the limit.
            size += depth < 8 ? expandedSize(of: inner, limit: limit - size, depth: depth + 1) : limit + 1
        }
        return size
    }

    /// The name and namespace URI of an element or attribute, as libxml2's tree has them: indexes of the tree's
    /// names, -1 for no namespace.
    private mutating func qualifiedName(_ localName: UnsafePointer<xmlChar>, prefix: UnsafePointer<xmlChar>?,
                                        uri: UnsafePointer<xmlChar>?) -> (Int32, Int32) {
        if let prefix, uri == nil, let qualified = xmlDictQLookup(context.pointee.dict, prefix, localName) {
            return (writer.name(qualified), -1)
        }
        return (writer.name(localName), writer.name(uri))
    }

    /// Adds an attribute of the element just started, its value decoded. libxml2 hands most values over as they
    /// stand in the document; a value it had to rewrite can still hold "&#38;" for "&" and the references to the
    /// document's own entities, which its tree decodes when it builds the attribute: decode those the same way.
    private mutating func addAttribute(name: Int32, namespace: Int32, value: UnsafeBufferPointer<UInt8>) {
        guard let start = value.baseAddress, value.contains(UInt8(ascii: "&")) else {
            guard admits(value.count) else { return }
            writer.addAttribute(name: name, namespace: namespace, value: value)
            return
        }
        // libxml2 leaves a document's own entities unexpanded in attribute values: count what they would make
        // before asking libxml2 to expand them (20,000 references to a 50 kB entity would be a gigabyte).
        guard !isOverExpanded, admits(expandedSize(of: value, limit: expansionLimit - writer.expandedSize)) else { return }
        let nodes = xmlStringLenGetNodeList(context.pointee.myDoc, start, Int32(value.count))
        defer { xmlFreeNodeList(nodes) }
        guard let decoded = xmlNodeListGetString(context.pointee.myDoc, nodes, 1) else {
            writer.addAttribute(name: name, namespace: namespace, value: UnsafeBufferPointer(start: nil, count: 0))
            return
        }
        defer { webcare_xml_free(decoded) }
        writer.addAttribute(name: name, namespace: namespace, value: UnsafeBufferPointer(start: decoded, count: Int(xmlStrlen(decoded))))
    }

    /// Closes open elements until `depth` are left: each holds the elements and text written since it started.
    private mutating func close(downTo depth: Int) {
        while open.count > max(depth, 0) {
            writer.close(open.removeLast())
        }
    }
}

/// How far a document may grow by expanding its entities: its text and attribute values may take at most 16 times
/// the document's own size (at least 1 MiB, for small documents that use an entity a few times), and never more
/// than 64 MiB. A feed's text is almost always smaller than the feed; a document past this is an entity bomb.
public enum ExpansionLimit {
    /// The multiple of the document's size its text may reach.
    public static let multiple = 16
    /// What any document may reach, whatever its size.
    public static let floor = 1 << 20
    /// What no document may pass.
    public static let cap = 64 << 20

    /// The most text and attribute bytes a document of `documentSize` bytes may expand to.
    public static func bytes(forDocumentSize documentSize: Int) -> Int {
        min(max(documentSize.multipliedReportingOverflow(by: multiple).overflow ? cap : documentSize * multiple, floor), cap)
    }
}
