import Testing
import WebcareCore
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
}
