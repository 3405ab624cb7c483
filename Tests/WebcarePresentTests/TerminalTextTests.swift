import Testing
@testable import WebcarePresent

@Suite struct TerminalTextTests {
    static let cases: [(String, String)] = [
        ("gewoon", "gewoon"),
        ("rood \u{1B}[31mgevaar\u{1B}[0m", "rood gevaar"),
        ("titel \u{1B}]0;nieuwe venstertitel\u{07}hier", "titel hier"),
        ("wis \u{1B}[2J\u{1B}[Hscherm", "wis scherm"),
        ("bel\u{07}en\u{08}backspace", "belenbackspace"),
        ("twee\nregels\r\nhier", "twee regels hier"),
        ("omgekeerd \u{202E}txet", "omgekeerd txet"),
        ("c1 \u{9B}31mcsi", "c1 csi"),
        ("émoji 👍 blijft", "émoji 👍 blijft"),
    ]

    @Test(arguments: cases)
    func webTextIsStrippedOfControlAndEscapeCharacters(_ raw: String, _ expected: String) {
        #expect(TerminalText.safeLine(raw) == expected)
    }

    @Test func truncateCutsToColumnsWithAnEllipsis() {
        #expect(TerminalText.truncate("abcdefghij", to: 5) == "abcd…")
        #expect(TerminalText.truncate("abc", to: 5) == "abc")
        #expect(TerminalText.columns(TerminalText.truncate("👍👍👍👍", to: 5)) <= 5)
    }
}
