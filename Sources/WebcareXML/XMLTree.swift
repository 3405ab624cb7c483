// This module wraps libxml2 and must never import Foundation: both ship ICU and clash in one target.
internal import CLibXML2

/// Everything a parsed document holds, in a few flat arrays: one object per document instead of one per element,
/// so building a tree is appending to arrays and releasing it is freeing them, not a walk over every element.
/// `XMLElement` is an index into it.
///
/// Elements are kept in document order (each before its descendants), with the index just past their last
/// descendant: an element's children are the element after it, the element that one's subtree ends at, and so on.
/// All text is one buffer of UTF-8, written in document order, so the text inside an element (its descendants'
/// included) is one range of it, and the text between its child elements is what lies between their ranges. A
/// String is made only when a reader asks for one.
final class XMLTree: Sendable {
    /// An element: its names as indexes into `names`, where its attributes and text are, where its subtree ends.
    /// Indexes are 32 bits, half the room: libxml2 reads documents under 2 GB, and every element and attribute
    /// takes bytes of it. Text offsets are not: a declared entity can stand for more text than its reference takes.
    struct Element {
        /// The local name ("item"), or a prefixed name nothing binds ("media:title").
        var name: Int32
        /// The namespace URI, or -1 for none.
        var namespace: Int32
        /// Its first attribute in `attributes`; its last is just before the next element's first.
        var firstAttribute: Int32
        /// The index just past its last descendant (its own index + 1 when it has no child elements).
        var subtreeEnd: Int32
        /// Its text and its descendants' in `text`.
        var textStart: Int
        var textEnd: Int
    }

    /// An attribute: its names as indexes into `names` and its decoded value in `attributeValues`.
    struct Attribute {
        var name: Int32
        /// The namespace URI, or -1 for none.
        var namespace: Int32
        var valueStart: Int
        var valueEnd: Int
    }

    /// Element and attribute names and namespace URIs, each once.
    let names: [String]
    /// The elements in document order; the root is the first.
    let elements: [Element]
    /// The attributes of every element, element after element, each element's in document order.
    let attributes: [Attribute]
    /// The attribute values, UTF-8, one after another.
    let attributeValues: [UInt8]
    /// All text of the document (CDATA included), UTF-8, in document order.
    let text: [UInt8]
    /// Whether a child asked for by name is found in any case (`<TiTlE>` for "title"), as lenient feed readers find
    /// it: in a document that is not well-formed XML (which libxml2 read in recover mode) and has element names with
    /// upper-case letters. A well-formed document is XML, whose names are case-sensitive, and compares them exactly.
    let matchesNamesInAnyCase: Bool

    fileprivate init(names: [String], elements: [Element], attributes: [Attribute], attributeValues: [UInt8], text: [UInt8],
                     isWellFormed: Bool) {
        self.names = names
        self.elements = elements
        self.attributes = attributes
        self.attributeValues = attributeValues
        self.text = text
        matchesNamesInAnyCase = !isWellFormed && Self.hasUpperCaseNames(elements, names)
    }

    /// Whether an element name holds an upper-case ASCII letter: each distinct name looked at once.
    private static func hasUpperCaseNames(_ elements: [Element], _ names: [String]) -> Bool {
        var isElementName = [Bool](repeating: false, count: names.count)
        for element in elements where element.name >= 0 { isElementName[Int(element.name)] = true }
        for (index, name) in names.enumerated() where isElementName[index] {
            if name.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) { return true }
        }
        return false
    }

    /// The attributes of the element at `index`, as a range of `attributes`.
    func attributeRange(of index: Int) -> Range<Int> {
        let start = Int(elements[index].firstAttribute)
        let end = index + 1 < elements.count ? Int(elements[index + 1].firstAttribute) : attributes.count
        return start..<end
    }

    /// The name or namespace at `index` of `names`; nil for -1.
    func name(at index: Int32) -> String? {
        index < 0 ? nil : names[Int(index)]
    }

    /// Whether the name at `index` of `names` is `name`. Names of another length are told apart by their length,
    /// which a string knows without comparing.
    func name(at index: Int32, is name: String) -> Bool {
        guard index >= 0 else { return false }
        let stored = names[Int(index)]
        return stored.utf8.count == name.utf8.count && stored == name
    }

    /// Whether the namespace at `index` of `names` is `namespace`; any namespace (none too) matches nil.
    func namespace(at index: Int32, matches namespace: String?) -> Bool {
        guard let namespace else { return true }
        return name(at: index, is: namespace)
    }

    /// Which namespaces a child asked for by name may be in.
    enum NamespaceFilter {
        /// Any namespace, or none.
        case any
        /// The namespace with this URI.
        case uri(String)
        /// The namespace at this index of `names` (-1: no namespace), as another element has it.
        case index(Int32)
    }

    /// The index of the first child element of the element at `parent`, from the child at `start` on, with this
    /// name and in a namespace `filter` admits; nil when there is none. In a document that is not well-formed and
    /// has upper-case element names, the name is compared in any case. Readers ask for a child by name a dozen times per item, most often
    /// one the item does not have: the walk reads the arrays in place, and tells names of another length apart by
    /// their length.
    func child(of parent: Int, from start: Int, named name: String, in filter: NamespaceFilter) -> Int? {
        let length = name.utf8.count
        let anyCase = matchesNamesInAnyCase
        return elements.withUnsafeBufferPointer { elements in
            names.withUnsafeBufferPointer { names in
                let end = Int(elements[parent].subtreeEnd)
                var child = start
                while child < end {
                    let element = elements[child]
                    if element.name >= 0 {
                        let stored = names[Int(element.name)]
                        if stored.utf8.count == length, anyCase ? Self.equalIgnoringASCIICase(stored, name) : stored == name {
                            switch filter {
                            case .any: return child
                            case .index(let namespace): if element.namespace == namespace { return child }
                            case .uri(let namespace): if self.name(at: element.namespace, is: namespace) { return child }
                            }
                        }
                    }
                    child = Int(element.subtreeEnd)
                }
                return nil
            }
        }
    }

    /// Whether two names of the same length are the same but for the case of ASCII letters.
    private static func equalIgnoringASCIICase(_ a: String, _ b: String) -> Bool {
        a.utf8.elementsEqual(b.utf8) { x, y in x == y || (x | 0x20 == y | 0x20 && x | 0x20 >= 0x61 && x | 0x20 <= 0x7A) }
    }

    /// The text in `range` of `text`.
    func string(ofText range: Range<Int>) -> String {
        text.withUnsafeBufferPointer { String(decoding: UnsafeBufferPointer(rebasing: $0[range]), as: UTF8.self) }
    }
}

/// Writes a document into the arrays of an `XMLTree` as its parser reports it: elements are started and closed in
/// document order, attributes belong to the element started last, and text to every element started and not yet
/// closed.
struct XMLTreeWriter {
    private var names = NameCache()
    private var elements: [XMLTree.Element] = []
    private var attributes: [XMLTree.Attribute] = []
    private var attributeValues: [UInt8] = []
    private var text: [UInt8] = []

    /// Room for a document of `size` bytes, so that the arrays of a usual feed grow once or not at all: its text
    /// is most of it, and an element or attribute takes a few dozen bytes of it at least.
    init(documentSize size: Int) {
        text.reserveCapacity(size)
        elements.reserveCapacity(size / 64)
    }

    /// Whether any element was started.
    var isEmpty: Bool { elements.isEmpty }

    /// The bytes of text and attribute values written so far: what the document expands to.
    var expandedSize: Int { text.count + attributeValues.count }

    /// The index in `names` of the name (or namespace URI) libxml2 keeps at `pointer`; -1 for nil.
    mutating func name(_ pointer: UnsafePointer<xmlChar>?) -> Int32 {
        guard let pointer else { return -1 }
        return names.index(pointer)
    }

    /// Starts an element inside the element started last and not yet closed; returns its index, for `close`.
    mutating func start(name: Int32, namespace: Int32) -> Int {
        elements.append(XMLTree.Element(name: name, namespace: namespace, firstAttribute: Int32(attributes.count),
                                        subtreeEnd: 0, textStart: text.count, textEnd: 0))
        return elements.count - 1
    }

    /// Adds an attribute, its value already decoded, to the element started last.
    mutating func addAttribute(name: Int32, namespace: Int32, value: UnsafeBufferPointer<UInt8>) {
        let start = attributeValues.count
        attributeValues.append(contentsOf: value)
        attributes.append(XMLTree.Attribute(name: name, namespace: namespace, valueStart: start, valueEnd: attributeValues.count))
    }

    /// Adds text to the open elements.
    mutating func append(text bytes: UnsafeBufferPointer<UInt8>) {
        // Escaped HTML comes as many one-byte pieces ("<" for each &lt;), cheaper appended one by one.
        if bytes.count == 1 {
            text.append(bytes[0])
        } else {
            text.append(contentsOf: bytes)
        }
    }

    /// Closes the element at `index`: it holds the elements and text written since it started.
    mutating func close(_ index: Int) {
        elements[index].subtreeEnd = Int32(elements.count)
        elements[index].textEnd = text.count
    }

    /// The tree, every element closed; the root is its first element. The tree shares the arrays (nothing is
    /// copied as long as nothing more is written). `isWellFormed` is false for XML libxml2 had to recover.
    func finish(isWellFormed: Bool = true) -> XMLTree {
        XMLTree(names: names.names, elements: elements, attributes: attributes, attributeValues: attributeValues, text: text,
                isWellFormed: isWellFormed)
    }
}

/// Element and attribute names and namespace URIs, made into Swift strings once per document: libxml2 keeps
/// each distinct name once (its dictionary), so the same pointer comes back for every `item` or `title`.
/// A document has a few dozen names, asked for at every element: they sit in a small open-addressing table keyed
/// by the pointer, which costs less than hashing it for a `Dictionary`.
struct NameCache {
    /// The names in the order first seen; the table holds their indexes.
    private(set) var names: [String] = []
    private var keys = [UnsafePointer<xmlChar>?](repeating: nil, count: 64)
    private var indexes = [Int32](repeating: 0, count: 64)

    /// The index in `names` of the name at `pointer`, added when new.
    mutating func index(_ pointer: UnsafePointer<xmlChar>) -> Int32 {
        let mask = keys.count - 1
        var slot = Self.slot(for: pointer, mask: mask)
        while let key = keys[slot] {
            if key == pointer { return indexes[slot] }
            slot = (slot + 1) & mask
        }
        let index = Int32(names.count)
        names.append(String(cString: pointer))
        keys[slot] = pointer
        indexes[slot] = index
        if names.count * 2 > keys.count { grow() }
        return index
    }

    /// Where a pointer's search starts: its address times a large odd number (which stirs the low bits, mostly
    /// alike for heap addresses, into the high ones), top bits kept.
    private static func slot(for pointer: UnsafePointer<xmlChar>, mask: Int) -> Int {
        let stirred = UInt(bitPattern: pointer) &* 0x9E37_79B9_7F4A_7C15
        return Int(truncatingIfNeeded: stirred >> 32) & mask
    }

    /// Twice the room, every name placed again.
    private mutating func grow() {
        let old = zip(keys, indexes)
        keys = [UnsafePointer<xmlChar>?](repeating: nil, count: keys.count * 2)
        indexes = [Int32](repeating: 0, count: keys.count)
        let mask = keys.count - 1
        for case let (key?, index) in old {
            var slot = Self.slot(for: key, mask: mask)
            while keys[slot] != nil { slot = (slot + 1) & mask }
            keys[slot] = key
            indexes[slot] = index
        }
    }
}
