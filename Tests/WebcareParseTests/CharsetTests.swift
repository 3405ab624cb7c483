import Foundation
import Testing
@testable import WebcareParse

private func fixture(_ name: String) throws -> [UInt8] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/feeds/\(name)")
    return Array(try Data(contentsOf: url))
}

/// The bytes with every `old` replaced by `new` (a declaration rewritten).
private func replacing(_ old: String, with new: String, in bytes: [UInt8]) -> [UInt8] {
    let old = Array(old.utf8), new = Array(new.utf8)
    var result: [UInt8] = [], index = 0
    while index < bytes.count {
        if bytes[index...].starts(with: old) { result += new; index += old.count } else { result.append(bytes[index]); index += 1 }
    }
    return result
}

@Suite struct CharsetTests {
    static let title = "Telvio: één storing, ’s avonds €5 korting"

    static let cases: [(String, String?, String, Bool)] = [
        // fixture, HTTP charset, expected description, whether webcare had to warn
        ("rss-declared-iso-8859-1-with-windows-1252-bytes.xml", nil, "Heel vervelend, geërgerd en naïef.", false),
        ("rss-no-declaration-windows-1252-bytes.xml", nil, "Heel vervelend, geërgerd en naïef.", true),
        ("rss-no-declaration-windows-1252-bytes.xml", "windows-1252", "Heel vervelend, geërgerd en naïef.", false),
        ("rss-utf16-with-bom.xml", nil, "Heel vervelend, geërgerd en naïef.", false),
        // The stray 0xE9 in "vervelend" is the windows-1252 "é" it was written as.
        ("rss-utf8-with-invalid-bytes.xml", nil, "Heel vervelénd, geërgerd en naïef.", true),
    ]

    @Test(arguments: cases)
    func everyEncodingReadsAsACarefulHumanWould(_ name: String, _ httpCharset: String?, _ text: String, _ warns: Bool) throws {
        let feed = try FeedParser.parse(fixture(name), httpCharset: httpCharset)
        #expect(feed.items.count == 2)
        #expect(feed.items.first?.title == Self.title)
        #expect(feed.items.first?.text == text)
        #expect(feed.warnings.contains { $0.contains("charset guessed") || $0.contains("not UTF-8") } == warns)
    }

    @Test func aSourceOverrideBeatsWhatTheDocumentSays() throws {
        let feed = try FeedParser.parse(fixture("rss-no-declaration-windows-1252-bytes.xml"), encoding: "windows-1252")
        #expect(feed.items.first?.title == Self.title)
        #expect(feed.warnings.allSatisfy { !$0.contains("charset") })
    }

    @Test func theHTTPCharsetIsReadFromContentType() {
        #expect(charsetParameter(of: "application/rss+xml; charset=\"ISO-8859-1\"") == "ISO-8859-1")
        #expect(charsetParameter(of: "text/xml") == nil)
    }

    @Test(arguments: ["iso-8859-1", "latin-1", "ascii", "iso8859-1"])
    func everyLatin1NameInTheHTTPHeaderIsReadAsWindows1252(charset: String) throws {
        let bytes = Array("<rss version=\"2.0\"><channel><item><guid>1</guid><title>Caf".utf8) + [0xE9, 0x20, 0x80]
            + Array("</title></item></channel></rss>".utf8)
        #expect(try FeedParser.parse(bytes, httpCharset: charset).items.first?.title == "Café €")
    }
}

/// Issue 14, "no silent truncation": one byte a charset does not define never costs the rest of the document.
@Suite struct NoSilentTruncationTests {
    static let undefinedBytes: [UInt8] = [0x81, 0x8D, 0x8F, 0x90, 0x9D]
    static let windows1252 = "rss-windows-1252-undefined-bytes-0x81-0x8d-0x8f-0x90-0x9d.xml"

    /// The fixture read as its XML declaration says, as ISO-8859-1 and US-ASCII declared, with no declaration at all
    /// (detected), and with the charset only in the HTTP header or only in the source's setting: what replaces the
    /// declaration's ` encoding="windows-1252"`, the HTTP charset, the source's setting.
    static let readings: [(String, String?, String?)] = [
        (" encoding=\"windows-1252\"", nil, nil),
        (" encoding=\"ISO-8859-1\"", nil, nil),
        (" encoding=\"US-ASCII\"", nil, nil),
        ("", nil, nil),
        ("", "ISO-8859-1", nil),
        (" encoding=\"UTF-8\"", nil, "cp1252"),
    ]

    @Test(arguments: readings.indices)
    func everyItemOfAWindows1252DocumentArrivesWhicheverUndefinedByteItHolds(_ reading: Int) throws {
        let (declaration, httpCharset, override) = Self.readings[reading]
        let name = "\(declaration), HTTP \(httpCharset ?? "-"), setting \(override ?? "-")"
        let bytes = replacing(" encoding=\"windows-1252\"", with: declaration, in: try fixture(Self.windows1252))
        let feed = try FeedParser.parse(bytes, httpCharset: httpCharset, encoding: override)
        #expect(feed.items.count == 6, "\(name)")
        for (number, byte) in zip(1..., Self.undefinedBytes) {
            // Each undefined byte is kept as the C1 control character of its number; the text around it is whole.
            let control = Character(Unicode.Scalar(byte))
            #expect(feed.items[number - 1].title == "Storing \(number): Telvio\(control)s modem", "\(name)")
            #expect(feed.items[number - 1].text == "Café’s klant: “\(control)” kost €\(number).", "\(name)")
        }
        #expect(feed.items.last?.title == "Laatste: geërgerd en naïef", "\(name)")
        #expect(feed.items.last?.text == "Alles komt aan.", "\(name)")
        #expect(feed.warnings.contains("10 bytes (0x81, 0x8D, 0x8F, 0x90 or 0x9D) undefined in windows-1252, kept as control characters"),
                "\(name): \(feed.warnings)")
        #expect(feed.droppedBytes == 0)
    }

    @Test func anUndeclaredWindows1252DocumentWithAnUndefinedByteKeepsEveryItem() throws {
        let feed = try FeedParser.parse(fixture("rss-no-declaration-windows-1252-undefined-byte-0x90.xml"))
        #expect(feed.items.map(\.title) == ["Telvio\u{90} storing", "Tweede’s", "Derde"])
        #expect(feed.items.map(\.text) == ["Geërgerd, €5 weg.", "Naïef.", "Café."])
        #expect(feed.warnings.contains("charset guessed: the document declares none and is not UTF-8, read as windows-1252"))
    }

    @Test func aStrayLatin1ByteInDeclaredUTF8IsReadAsWindows1252AndCounted() throws {
        let feed = try FeedParser.parse(fixture("rss-utf8-declared-with-stray-latin1-byte.xml"))
        #expect(feed.items.map(\.title) == ["Één storing bij Telvio", "Café zonder internet", "Derde"])
        #expect(feed.items.map(\.text) == ["’s Avonds €5 korting.", "Geen verbinding, geërgerd.", "Naïef."])
        #expect(feed.warnings.contains("1 byte not UTF-8 (though its XML declaration says UTF-8), read as windows-1252"))
        #expect(feed.recoveredBytes == 1)
        #expect(feed.droppedBytes == 0)
    }

    @Test func anUndeclaredUTF8DocumentWithAStrayByteStaysUTF8() throws {
        let bytes = Array("<rss version=\"2.0\"><channel><item><guid>1</guid><title>Één storing, ’s avonds, caf".utf8) + [0xE9]
            + Array("</title></item><item><guid>2</guid><title>Naïef</title></item></channel></rss>".utf8)
        let feed = try FeedParser.parse(bytes)
        #expect(feed.items.map(\.title) == ["Één storing, ’s avonds, café", "Naïef"])
        #expect(feed.warnings.contains("charset guessed: the document declares none and is UTF-8 but for 1 byte, read as windows-1252"))
        #expect(feed.recoveredBytes == 1)
    }

    @Test(arguments: ["rss-utf32le-with-bom.xml", "rss-utf32be-without-bom.xml"])
    func utf32IsRead(_ name: String) throws {
        let feed = try FeedParser.parse(fixture(name))
        #expect(feed.items.map(\.title) == [CharsetTests.title, "tweede"])
        #expect(feed.items.map(\.text) == ["Heel vervelend 😠, geërgerd.", "Naïef."])
        #expect(feed.warnings.allSatisfy { !$0.contains("UTF") })
    }

    @Test func aUTF32UnitThatIsNoCharacterBecomesAReplacementAndIsCounted() throws {
        var bytes = try fixture("rss-utf32be-without-bom.xml")
        // The "1" of the first guid becomes 0x00110031, past U+10FFFF.
        var guid: [UInt8] = []
        for scalar in "<guid>".unicodeScalars { guid += [0, 0, 0, UInt8(scalar.value)] }
        let starts: [Int] = Array(0...(bytes.count - guid.count))
        let found = starts.first { bytes[$0..<($0 + guid.count)].elementsEqual(guid) }
        let at = try #require(found) + guid.count
        bytes[at + 1] = 0x11
        let feed = try FeedParser.parse(bytes)
        #expect(feed.items.map(\.id) == ["\u{FFFD}", "2"])
        #expect(feed.droppedBytes == 4)
        #expect(feed.warnings.contains("1 UTF-32 units are no character and were replaced with �"))
    }

    @Test func anUnknownCharsetIsReadAsUTF8WithAWarningNamingIt() throws {
        let feed = try FeedParser.parse(fixture("rss-unknown-encoding-label.xml"))
        #expect(feed.items.map(\.title) == ["Één storing bij Telvio", "Tweede"])
        #expect(feed.items.map(\.text) == ["’s Avonds €5 korting.", "Naïef."])
        #expect(feed.warnings.contains("unknown charset \"x-telvio-unknown\" (named by its XML declaration); read as UTF-8"))
    }

    @Test func anUnknownCharsetInTheHeaderOrTheSettingIsReadAsUTF8WithWindows1252Recovery() throws {
        let bytes = Array("<rss version=\"2.0\"><channel><item><guid>1</guid><title>Één, caf".utf8) + [0xE9]
            + Array("</title></item></channel></rss>".utf8)
        let fromHeader = try FeedParser.parse(bytes, httpCharset: "utf8mb4")
        #expect(fromHeader.items.first?.title == "Één, café")
        #expect(fromHeader.warnings.contains("unknown charset \"utf8mb4\" (named by the HTTP Content-Type); read as UTF-8"))
        #expect(fromHeader.recoveredBytes == 1)
        let fromSetting = try FeedParser.parse(bytes, encoding: "nonsense")
        #expect(fromSetting.items.first?.title == "Één, café")
        #expect(fromSetting.warnings.contains("unknown charset \"nonsense\" (named by the source's encoding setting); read as UTF-8"))
    }

    @Test func c1ControlCharactersBecomeTheirWindows1252Punctuation() throws {
        let feed = try FeedParser.parse(fixture("rss-c1-controls-as-windows-1252-punctuation.xml"))
        #expect(feed.items.map(\.title) == ["Telvio: don’t “wait”", "Ik ben’t zat"])
        #expect(feed.items.map(\.text) == ["Kost €5 – te duur…", "“Nooit” meer"])
    }

    @Test func aCharsetLibxml2StopsReadingSaysHowMuchWasLost() throws {
        let feed = try FeedParser.parse(fixture("rss-shift-jis-invalid-byte-mid-document-stops-libxml2.xml"))
        #expect(feed.title == "レビュー")
        #expect(feed.items.first?.title == "Telvio 障害")
        #expect(feed.items.first?.text == "ネットが遅い。")
        #expect(feed.droppedBytes > 100)
        #expect(feed.warnings.contains { $0.hasPrefix("the document stops being readable as Shift_JIS on line 4: the last \(feed.droppedBytes) bytes were not read") })
    }

    @Test func aWindows1252PageWithAnUndefinedByteKeepsEveryReview() throws {
        var bytes = Array("<html><head><meta charset=\"windows-1252\"><title>Caf".utf8) + [0xE9] + Array("</title></head><body>".utf8)
        for (number, byte) in zip(1..., Self.undefinedBytes) {
            bytes += Array("<div itemscope itemtype=\"https://schema.org/Review\"><span itemprop=\"author\">Klant \(number)</span>".utf8)
            bytes += Array("<span itemprop=\"reviewBody\">Na".utf8) + [0xEF, byte] + Array("ef ".utf8) + [0x80] + Array("\(number).</span></div>".utf8)
        }
        bytes += Array("</body></html>".utf8)
        let feed = try FeedParser.parse(bytes)
        #expect(feed.title == "Café")
        #expect(feed.items.map(\.author) == (1...5).map { "Klant \($0)" })
        let texts: [String] = zip(1..., Self.undefinedBytes).map { number, byte in "Naï" + String(Character(Unicode.Scalar(byte))) + "ef €\(number)." }
        #expect(feed.items.map(\.text) == texts)
    }
}
