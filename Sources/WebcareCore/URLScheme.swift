/// The one place that reads URL schemes: whether a link is absolute ("https:", "mailto:", "tag:"), and whether it
/// is a web URL (http or https, any case) webcare may fetch, link to or follow.
public enum URLScheme {
    /// The scheme a link starts with, lowercased ("https" for "HTTPS://x"), or nil when it has none: a letter, then
    /// letters, digits, "+", "-" or "." up to the first colon. A "://" further on ("/out?to=https://…") does not count.
    public static func scheme(of link: String) -> String? {
        var link = link
        return link.withUTF8 { bytes -> String? in
            guard let first = bytes.first, ByteClass.isASCIILetter(first) else { return nil }
            for (offset, byte) in bytes.enumerated().dropFirst() {
                if byte == UInt8(ascii: ":") {
                    return String(decoding: bytes[..<offset].map(ByteClass.lowercased), as: UTF8.self)
                }
                if !ByteClass.isSchemeByte(byte) { return nil }
            }
            return nil
        }
    }

    /// Whether the link starts with a scheme, so is absolute.
    public static func hasScheme(_ link: String) -> Bool { scheme(of: link) != nil }

    /// Whether the link is an http:// or https:// URL (any case).
    public static func isWeb(_ link: String) -> Bool {
        guard let scheme = scheme(of: link), scheme == "http" || scheme == "https" else { return false }
        return link.utf8.dropFirst(scheme.utf8.count + 1).starts(with: "//".utf8)
    }
}

/// Classes of ASCII bytes, read on bytes rather than Characters where a loop over a document or a URL is hot.
public enum ByteClass {
    /// A–Z or a–z.
    @inlinable public static func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }

    /// 0–9.
    @inlinable public static func isASCIIDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// What a URL scheme holds after its first letter: letters, digits, "+", "-" and ".".
    @inlinable public static func isSchemeByte(_ byte: UInt8) -> Bool {
        isASCIILetter(byte) || isASCIIDigit(byte) || byte == 0x2B || byte == 0x2D || byte == 0x2E
    }

    /// The byte with A–Z lowercased; any other byte as it is.
    @inlinable public static func lowercased(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte }
}
