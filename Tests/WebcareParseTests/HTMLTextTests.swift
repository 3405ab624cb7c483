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
        // A "<" not followed by a letter is text, as in browsers.
        ("ik &lt;3 Telvio", "ik <3 Telvio"),
        ("ik <3 Telvio", "ik <3 Telvio"),
        ("korting <50% op alles", "korting <50% op alles"),
        ("a </ b", "a </ b"),
        ("<B>Vet</B> <Em>nadruk</Em>", "Vet nadruk"),
        // Entities Dutch text is full of.
        ("Ko&euml;lstraat, na&iuml;ef, Re&euml;el", "Koëlstraat, naïef, Reëel"),
        ("&lsquo;morgen&rsquo; en &ldquo;volgende week&rdquo;", "‘morgen’ en “volgende week”"),
        ("drie &ndash; vier &mdash; vijf&hellip;", "drie – vier — vijf…"),
        ("&#8217;s avonds, &#x2019;s morgens, &#146;s middags", "’s avonds, ’s morgens, ’s middags"),
        ("&euro;&nbsp;89,&ndash;", "€ 89,–"),
        ("&amp;amp; &amp;eacute;", "&amp; &eacute;"),
        ("&#xD800;&#0;&#1114112;", "\u{FFFD}\u{FFFD}\u{FFFD}"),
        ("<ul><li>een</li><li>twee</li></ul>", "een\ntwee"),
        ("<table><tr><td>a</td><td>b</td></tr></table>", "a b"),
        // Tag names in any case, the long ones (over eight letters) too; names that only start like a known one.
        ("een<BLOCKQUOTE>citaat</BlockQuote>twee", "een\ncitaat\ntwee"),
        ("<figure>beeld<FigCaption>onderschrift</figcaption></figure>", "beeld\nonderschrift"),
        ("x<SCRIPT type=\"a\">var p = '<p>';</Script>y", "xy"),
        ("a<NoScript>zet JavaScript aan</NOSCRIPT>b", "ab"),
        ("a<paragraph>b</paragraph>c<divx>d</divx>e<blockquotes>f</blockquotes>g", "abcdefg"),
        ("a<!DOCTYPE html>b<?php echo 1 ?>c", "abc"),
        ("a<H2>kop</h2>b<Hr>c", "a\nkop\nb\nc"),
        // Elements dropped with their content drop only their tag when self-closed or never closed.
        ("a <svg/> b", "a b"),
        ("a <SVG /> b", "a b"),
        ("a <svg><path d=\"M0\"/></svg> b", "a b"),
        ("a <iframe src=\"v\"> b", "a b"),
        ("a <object data=x/> b <embed src=y> c <applet code=z> d", "a b c d"),
        ("a <script>x</script> b <script> c", "a b c"),
        ("<iframe>een<iframe>twee", "eentwee"),
        // A quote opens a quoted value only after "=": one inside an unquoted value or a name is a byte.
        ("<a href=x\"y>link</a> daarna", "link daarna"),
        ("<img alt=5\"inch src=a.png> tekst", "tekst"),
        ("<span data-x\" class=\"a\">tekst</span> meer", "tekst meer"),
        ("<a title = 'a>b' href=x>link</a>", "link"),
        ("<a href=\"x>link</a> en nog", "link en nog"),
        // Upper-case hexadecimal references.
        ("&#X41;&#x42;&#X2019;", "AB’"),
    ]

    @Test(arguments: cases)
    func turnsHTMLIntoPlainText(_ html: String, _ expected: String) {
        #expect(HTMLText.plainText(html) == expected)
    }
}
