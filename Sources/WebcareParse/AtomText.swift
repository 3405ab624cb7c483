import Foundation
import WebcareXML

/// The plain text of an Atom text or content construct, by its `type` (and Atom 0.3's `mode`).
enum AtomText {
    /// `type="text"` is literal text (a "<b>" in it is text); "html" is escaped HTML and "xhtml" inline markup. A
    /// construct without a type is read as HTML, because publishers put HTML and double-escaped entities in it
    /// all the same. Base64 content is decoded first: Atom 0.3's `mode="base64"`, and Atom 1.0 content of a media
    /// type that is neither text nor XML (`application/octet-stream`); decoded bytes that are not UTF-8 are no text.
    static func plainText(_ element: XMLElement) -> String {
        let type = element.attribute("type")?.lowercased()
        if element.attribute("mode")?.lowercased() == "base64" || type.map(isBase64MediaType) == true {
            return decodedBase64(element.text).map(HTMLText.plainText) ?? ""
        }
        switch type {
        case "xhtml", "application/xhtml+xml":
            return HTMLText.plainText(of: element)
        case "text", "text/plain":
            return HTMLText.collapse(element.text)
        default:
            // "html", "text/html", or no type. Read from the tree's bytes, without a String of the HTML.
            return element.withTextBytes(HTMLText.plainText)
        }
    }

    /// Whether Atom 1.0 says content of this media type is base64 (RFC 4287 4.1.3.3): a MIME type that is not
    /// text/* and not XML.
    private static func isBase64MediaType(_ type: String) -> Bool {
        guard type.utf8.contains(UInt8(ascii: "/")), !type.hasPrefix("text/") else { return false }
        let bare = type.split(separator: ";").first.map(String.init) ?? type
        return !bare.hasSuffix("+xml") && !bare.hasSuffix("/xml")
    }

    private static func decodedBase64(_ text: String) -> String? {
        guard let data = Data(base64Encoded: text, options: .ignoreUnknownCharacters) else { return nil }
        return String(bytes: data, encoding: .utf8)
    }
}
