import Foundation

/// Writes sources as an OPML 2.0 subscription list, for feed readers and other tools.
public enum OPMLRenderer {
    /// One `<outline type="rss">` per source (name as text and title, URL as xmlUrl), in the order given.
    public static func opml(title: String, sources: [(name: String, url: String)]) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>\n"
        out += "    <title>\(escaped(title))</title>\n  </head>\n  <body>\n"
        for source in sources {
            let name = escaped(source.name)
            out += "    <outline type=\"rss\" text=\"\(name)\" title=\"\(name)\" xmlUrl=\"\(escaped(source.url))\"/>\n"
        }
        return out + "  </body>\n</opml>\n"
    }

    /// Text safe in an XML attribute: markup characters as entities, control characters (not allowed in XML 1.0) dropped.
    static func escaped(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "&#10;"
            case "\t": out += "&#9;"
            default:
                if scalar.value >= 0x20, scalar.value != 0x7F, !(0xFFFE...0xFFFF).contains(scalar.value) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
