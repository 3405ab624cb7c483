// This module wraps libxml2 and must never import Foundation: both ship ICU and clash in one target.
internal import CLibXML2

/// Where libxml2 stopped reading a document because a byte was not in the encoding it read the document as (its
/// converter gives up there, and libxml2 ends the document as if it were cut off): what came before is kept, the
/// rest is not read.
public struct XMLEncodingStop: Sendable, Equatable {
    /// The line libxml2 had reached.
    public var line: Int
    /// How many bytes of the document it left unread (from about the byte it could not convert to the end).
    public var unreadBytes: Int

    /// Makes a stop.
    public init(line: Int, unreadBytes: Int) {
        self.line = line
        self.unreadBytes = unreadBytes
    }

    /// The stop of the document `context` has just read, or nil when its converter did not fail.
    init?(_ context: xmlParserCtxtPtr, documentSize: Int) {
        guard let input = context.pointee.input, let buffer = input.pointee.buf,
              buffer.pointee.error == Int32(XML_IO_ENCODER.rawValue) else { return nil }
        let consumed = Int(xmlByteConsumed(context))
        self.init(line: Int(input.pointee.line), unreadBytes: consumed >= 0 ? max(documentSize - consumed, 0) : documentSize)
    }
}

extension XMLDocumentParser {
    /// Whether libxml2 can convert from the encoding with this name (its own converters, or iconv's): false for a
    /// label nobody knows ("utf8mb4", "x-user-defined"), which libxml2 would refuse the whole document for.
    public static func supportsEncoding(_ name: String) -> Bool {
        prepare()
        guard let handler = xmlFindCharEncodingHandler(name) else { return false }
        // The built-in handlers are shared and closing them does nothing; an iconv handler is freed.
        xmlCharEncCloseFunc(handler)
        return true
    }
}
