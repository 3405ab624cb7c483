import Testing
import WebcareCore
import WebcareTestSupport
@testable import WebcareMatch

@Suite struct BrandMatcherTests {
    let matcher = BrandMatcher(brands: [
        Brand(name: "Telvio", keywords: ["telvio", "@telviowebcare"], exclude: ["telvio-museum"]),
        Brand(name: "Pakkie", keywords: ["pakkie", "pakkie punt"]),
        Brand(name: "Zuivel Één"),
    ])

    static let cases: [(String?, String, String?)] = [
        (nil, "Mijn TELVIO internet ligt eruit", "Telvio"),
        (nil, "Vraag aan @TelvioWebcare: waarom?", "Telvio"),
        (nil, "telvioplus is iets anders", nil),
        (nil, "Bezoek het Telvio-museum", nil),
        (nil, "Na het Telvio-museum thuis: Telvio internet ligt eruit", "Telvio"),
        (nil, "Het pakkie-punt was dicht", "Pakkie"),
        (nil, "Zuivel een is lekker", "Zuivel Één"),
        ("Pakkie kwijt", "Telvio belde me", "Pakkie"),
        (nil, "Niets over een merk", nil),
    ]

    @Test(arguments: cases)
    func findsWholeWordsIgnoringCaseAndAccents(_ title: String?, _ text: String, _ expected: String?) {
        #expect(matcher.match(title: title, text: text)?.brand == expected)
    }

    @Test func aTitleMentionIsMarkedProminent() {
        #expect(matcher.match(title: "Telvio storing", text: "")?.isInTitle == true)
        #expect(matcher.match(title: "Storing", text: "bij telvio")?.isInTitle == false)
    }

    /// The search jumps between occurrences of the needle's rarest byte; on random text from a small alphabet
    /// (so near-misses and overlaps abound) it finds exactly what a plain scan finds, from every start.
    @Test func findsTheSameWholeWordsAsAPlainScan() {
        var generator = SplitMix64(seed: 42)
        let alphabet = Array("tvelio -é".utf8)
        for _ in 0..<3000 {
            let haystack = (0..<Int.random(in: 0...40, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }
            let word = ["telvio", "vio", "t", "el v", "o"].randomElement(using: &generator)!
            let needle = Array(word.utf8)
            let start = haystack.isEmpty ? 0 : Int.random(in: 0..<haystack.count, using: &generator)
            #expect(BrandMatcher.firstWholeWord(BrandMatcher.Needle(word)!, in: haystack, from: start) == Self.plainScan(needle, in: haystack, from: start),
                    "\(String(decoding: needle, as: UTF8.self)) in \(String(decoding: haystack, as: UTF8.self)) from \(start)")
        }
    }

    private static func plainScan(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Range<Int>? {
        func isWord(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A || (byte >= 0x30 && byte <= 0x39) || byte >= 0x80 }
        guard needle.count <= haystack.count, start <= haystack.count - needle.count else { return nil }
        for index in start...(haystack.count - needle.count) where Array(haystack[index..<(index + needle.count)]) == needle {
            let end = index + needle.count
            let startsWord = index == 0 || !isWord(haystack[index - 1]) || !isWord(needle[0])
            let endsWord = end == haystack.count || !isWord(haystack[end]) || !isWord(needle[needle.count - 1])
            if startsWord && endsWord { return index..<end }
        }
        return nil
    }
}
