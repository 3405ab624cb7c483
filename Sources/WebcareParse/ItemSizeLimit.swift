import WebcareCore

/// The most text one item may carry into the scorer and the store. A feed's item rarely holds more than a few
/// kilobytes; a hostile or broken document can hold megabytes in one field, which would cost the scorer and the
/// database without telling the team anything more. Longer fields are cut on a character boundary and end in
/// `marker`, so a reader of the mention sees that something was left out.
public enum ItemSizeLimit {
    /// The most UTF-8 bytes of an item's text (and of a company reply's text) kept: 64 KiB.
    public static let textBytes = 64 << 10
    /// The most UTF-8 bytes of a title, an author or a link kept: 2 KiB.
    public static let fieldBytes = 2 << 10
    /// What ends a field that was cut.
    public static let marker = " […] (cut by webcare)"

    /// The item with every field within its limit; whether anything was cut.
    static func apply(to item: FeedItem) -> (item: FeedItem, isCut: Bool) {
        var item = item
        var isCut = false
        func limit(_ text: inout String, to bytes: Int) {
            guard text.utf8.count > bytes else { return }
            text = cut(text, to: bytes)
            isCut = true
        }
        func limit(_ text: inout String?, to bytes: Int) {
            guard var value = text else { return }
            limit(&value, to: bytes)
            text = value
        }
        limit(&item.text, to: textBytes)
        limit(&item.title, to: fieldBytes)
        limit(&item.author, to: fieldBytes)
        limit(&item.url, to: fieldBytes)
        limit(&item.id, to: fieldBytes)
        limit(&item.inReplyTo, to: fieldBytes)
        if var reply = item.companyReply {
            limit(&reply.text, to: textBytes)
            limit(&reply.author, to: fieldBytes)
            item.companyReply = reply
        }
        return (item, isCut)
    }

    /// The first characters of `text` that fit in `bytes` UTF-8 bytes with the marker after them.
    static func cut(_ text: String, to bytes: Int) -> String {
        let room = max(0, bytes - marker.utf8.count)
        var end = text.startIndex
        var used = 0
        for index in text.unicodeScalars.indices {
            let size = text.unicodeScalars[index].utf8.count
            if used + size > room { break }
            used += size
            end = text.unicodeScalars.index(after: index)
        }
        return String(text.unicodeScalars[..<end]) + marker
    }
}
