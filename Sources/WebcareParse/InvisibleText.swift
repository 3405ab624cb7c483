import WebcareCore

/// Drops the invisible characters a text from the web may hide in a brand name or a sentence ("Tel\u{200B}vio"):
/// zero-width space, word joiner, byte order mark, Mongolian vowel separator, and the zero-width (non-)joiners
/// except inside an emoji sequence (👩‍💻). Applied to every item's title, text and author and its company reply before
/// anything is matched or stored; ids and links are left as written, since they key the item.
enum InvisibleText {
    /// The text without its invisible characters; the text itself (no copy) when it has none.
    static func stripped(_ text: String) -> String {
        // The characters all encode as E2 80 8B–8D, E2 81 A0, EF BB BF or E1 A0 8E: most texts have no E1/E2/EF byte.
        guard text.utf8.contains(where: { $0 == 0xE2 || $0 == 0xEF || $0 == 0xE1 }) else { return text }
        var out = String.UnicodeScalarView()
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x200B, 0x2060, 0xFEFF, 0x180E:
                continue
            case 0x200C, 0x200D:
                guard let previous, previous.properties.isEmoji, previous.value > 0xFF || previous.properties.isEmojiPresentation else { continue }
            default:
                break
            }
            out.append(scalar)
            previous = scalar
        }
        return String(out)
    }

    /// The item with its title, text, author and company reply stripped.
    static func strip(_ item: inout FeedItem) {
        item.text = stripped(item.text)
        item.title = item.title.map(stripped)
        item.author = item.author.map(stripped)
        if var reply = item.companyReply {
            reply.text = stripped(reply.text)
            reply.author = reply.author.map(stripped)
            item.companyReply = reply
        }
    }
}
