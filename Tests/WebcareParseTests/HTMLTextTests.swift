import Testing
@testable import WebcareParse

@Suite struct HTMLTextTests {
    static let cases: [(String, String)] = [
        ("<p>Hallo</p><p>wereld</p>", "Hallo\nwereld"),
        ("caf&eacute; &amp; thee &euro;5", "café & thee €5"),
        ("a&nbsp;&nbsp;b", "a b"),
        ("&#8364; &#x20AC; &#128; &NotANamedEntity;", "€ € € &NotANamedEntity;"),
        ("<b>vet</b> en <i>schuin</i>", "vet en schuin"),
        ("x<script>var a = '<p>';</script>y", "xy"),
        ("<style>p { color: red }</style>tekst", "tekst"),
        ("regel<br>regel<br/>regel", "regel\nregel\nregel"),
        ("a < b en c > d", "a < b en c > d"),
        ("<a href=\"x>y\">link</a>", "link"),
        ("<!-- commentaar -->zichtbaar", "zichtbaar"),
        ("  veel    spaties \t hier  ", "veel spaties hier"),
        ("&eacute&amp", "é&"),
    ]

    @Test(arguments: cases)
    func turnsHTMLIntoPlainText(_ html: String, _ expected: String) {
        #expect(HTMLText.plainText(html) == expected)
    }
}
