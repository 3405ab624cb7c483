import Foundation
import Testing
import WebcareCore
@testable import WebcareSentiment

@Suite struct SentimentScorerTests {
    let scorer = SentimentScorer()

    static let labelled: [(String, SentimentLabel)] = [
        ("Telvio is waardeloos", .negative),
        ("Storing bij Telvio, al 3 dagen geen internet", .negative),
        ("Netjes opgelost, bedankt!", .positive),
        ("Top geholpen door de monteur", .positive),
        ("Weet iemand of Telvio glasvezel levert in Zwolle?", .neutral),
        ("Van het kastje naar de muur gestuurd", .negative),
        ("The support was terrible, never again", .negative),
        ("Great service, thanks a lot", .positive),
        ("Het was niet goed", .negative),
        ("Ik wacht al 3 weken op mijn terugbetaling", .negative),
        ("Is de service goed?", .neutral),
    ]

    @Test(arguments: labelled)
    func labelsClearCases(_ text: String, _ expected: SentimentLabel) {
        #expect(scorer.score(text).label == expected, "\(scorer.explain(text))")
    }

    @Test func negationSoftensANegativeWordIntoAMildPositive() {
        let negated = scorer.score("niet slecht").score
        #expect(negated > 0)
        #expect(negated < scorer.score("goed").score)
    }

    @Test func boostersAndCapitalsStrengthen() {
        #expect(scorer.score("heel slecht").score < scorer.score("slecht").score)
        #expect(scorer.score("SLECHT").score < scorer.score("slecht").score)
        #expect(scorer.score("slechttt").score < scorer.score("slecht").score)
        #expect(scorer.score("een beetje slecht").score > scorer.score("slecht").score)
        // "wat" alone softens ("wat traag"), "wat een" strengthens, and the explanation says which.
        #expect(scorer.score("Wat een teleurstelling").score < scorer.score("Een teleurstelling").score)
        #expect(scorer.score("wat traag").score > scorer.score("traag").score)
        let reasons = scorer.explain("Wat een teleurstelling").contributions.map(\.reason)
        #expect(reasons.contains { $0.contains("boosted by Wat een") }, "\(reasons)")
    }

    @Test func theClauseAfterButWeighsMore() {
        #expect(scorer.score("De monteur was vriendelijk, maar het is slecht geregeld").label == .negative)
        #expect(scorer.score("Lang wachten was slecht, maar uiteindelijk goed geholpen").label == .positive)
    }

    @Test func emojiCarrySentiment() {
        #expect(scorer.score("Telvio 😡").label == .negative)
        #expect(scorer.score("Telvio 👍").label == .positive)
        #expect(scorer.score("Telvio :(").label == .negative)
    }

    @Test func scoresStayWithinMinusOneAndOne() {
        let extreme = String(repeating: "waardeloos kut prutsers oplichters ", count: 50)
        #expect(scorer.score(extreme).score >= -1)
        #expect(scorer.score(extreme).score < -0.9)
        #expect(scorer.score("").score == 0)
        #expect(scorer.score("").label == .neutral)
    }

    @Test func theLanguageIsGuessedFromFunctionWords() {
        #expect(LanguageGuess.guess("Ik heb al een week geen internet") == .nl)
        #expect(LanguageGuess.guess("I have had no internet for a week") == .en)
        #expect(LanguageGuess.guess("12345") == .unknown)
    }

    @Test func theExplanationAddsUpToTheTotal() {
        let explanation = scorer.explain("Echt slechte service, maar de monteur was top!")
        let sum = explanation.contributions.reduce(0) { $0 + $1.weight }
        #expect(abs(sum - explanation.total) < 1e-9)
        #expect(explanation.contributions.contains { $0.term == "slechte" && $0.reason.contains("boosted by Echt") })
    }

    @Test func theNeutralBandIsConfigurable() {
        let wide = SentimentScorer(neutralBand: 0.95)
        #expect(wide.score("slecht").label == .neutral)
    }

    @Test func aReviewsRatingDominatesItsText() {
        #expect(scorer.score("Monteur was er op tijd. Prima.", rating: 1, bestRating: 5).label == .negative)
        #expect(scorer.score("Waardeloos geregeld", rating: 9, bestRating: 10).label == .positive)
        #expect(scorer.score("Oké", rating: 3, bestRating: 5).label == .neutral)
        #expect(scorer.explain("Prima", rating: 2, bestRating: 10).contributions.contains { $0.term == "rating 2/10" })
    }

    @Test func bytesThatAreNotUTF8SeparateWordsAsTheReplacementCharacterDoes() {
        let bytes: [UInt8] = Array("Echt".utf8) + [0xFF] + Array("slecht!".utf8) + [0xC3] + Array(" top".utf8)
        let repaired = String(decoding: bytes, as: UTF8.self)
        #expect(bytes.withUnsafeBufferPointer { scorer.score(utf8: $0) } == scorer.score(repaired))
        #expect(scorer.explain(repaired).contributions.map(\.term) == ["slecht", "top", "!"])
    }

    @Test func capitalsAccentsAndCurlyApostrophesFoldLikeTheLexicon() {
        #expect(scorer.score("GEËRGERD").score < scorer.score("geërgerd").score)
        #expect(scorer.score("geërgerd") == scorer.score("geergerd"))
        #expect(scorer.score("I don’t like it") == scorer.score("I don't like it"))
    }

    @Test func wordsLongerThanSixteenBytesAreFound() {
        let explanation = scorer.explain("Wat een klantonvriendelijke aanpak")
        #expect(explanation.contributions.contains { $0.term == "klantonvriendelijke" && $0.reason.hasPrefix("lexicon") })
    }

    @Test func aLongTextScoresTheSameAsItsExplanation() {
        let text = String(repeating: "De monteur kwam niet, echt waardeloos 😡 maar de app is top! ", count: 40)
        #expect(scorer.score(text) == scorer.explain(text).sentiment)
        #expect(scorer.score(text).label == .positive || scorer.score(text).label == .negative)
    }

    /// A text scores the same whichever scratch block it gets: the thread's kept one, a fresh one while the kept one
    /// is lent out (scoring inside scoring), or a fresh one because it is too big to keep; and a short text after a
    /// long one reads nothing the long one left behind.
    @Test func scoresDoNotDependOnTheScratchBlock() {
        let text = "De monteur kwam niet, echt waardeloos 😡 maar de app is top! Waarom duurt het al 3 weken?"
        let kept = scorer.explain(text)
        let nested = ScoringScratch.with(byteCount: 16) { _ in scorer.explain(text) }
        #expect(nested == kept)
        // The shortest repetition whose block is too big to keep (about 3.5 KB).
        let repetitions = (1...).first { ScratchLayout(byteCount: (text.utf8.count + 1) * $0).byteCount > ScoringScratch.keptByteCount }!
        let huge = String(repeating: text + " ", count: repetitions)
        #expect(scorer.score(huge) == scorer.explain(huge).sentiment)
        #expect(scorer.explain(text) == kept)
        #expect(scorer.score("top") == SentimentScorer().score("top"))
        #expect(scorer.score("niet goed").label == .negative)
    }

    @Test func teamOverridesReplaceWordsAndPhrases() {
        let brand = SentimentScorer(overrides: [.nl: ["top": 0, "prima geregeld": -2]], everyLanguage: ["dikke duim": 0])
        #expect(brand.score("top").label == .neutral)
        #expect(scorer.score("top").label == .positive)
        #expect(brand.score("prima geregeld").label == .negative)
        #expect(brand.score("dikke duim").label == .neutral)
        #expect(scorer.score("dikke duim").label == .positive)
    }
}


/// Mutated texts from the sentiment fixtures (bytes flipped, words repeated, cut anywhere, invalid UTF-8) never crash
/// the scorer, and every score is finite and within −1…1. WEBCARE_FUZZ_SEED and WEBCARE_FUZZ_ROUNDS as for the parser.
@Suite struct ScorerFuzzTests {
    @Test func mutatedTextsAlwaysGetAFiniteScore() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/sentiment")
        let seed = ProcessInfo.processInfo.environment["WEBCARE_FUZZ_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: 0...UInt64.max)
        let rounds = ProcessInfo.processInfo.environment["WEBCARE_FUZZ_ROUNDS"].flatMap { Int($0) } ?? 200
        var generator = WebcareSentimentFuzzRandom(seed: seed)
        let lines = try String(contentsOf: folder.appendingPathComponent("nl.tsv"), encoding: .utf8).split(separator: "\n")
            + String(contentsOf: folder.appendingPathComponent("en.tsv"), encoding: .utf8).split(separator: "\n")
        let scorer = SentimentScorer()
        for _ in 0..<rounds {
            var bytes = Array(lines.randomElement(using: &generator)!.utf8) + Array(lines.randomElement(using: &generator)!.utf8)
            for _ in 0..<Int.random(in: 0...8, using: &generator) where !bytes.isEmpty {
                let index = Int.random(in: 0..<bytes.count, using: &generator)
                switch Int.random(in: 0..<3, using: &generator) {
                case 0: bytes[index] = UInt8.random(in: 0...255, using: &generator)
                case 1: bytes.insert(contentsOf: bytes[index..<min(bytes.count, index + 20)], at: index)
                default: bytes.removeSubrange(index..<min(bytes.count, index + 5))
                }
            }
            let text = String(decoding: bytes, as: UTF8.self)
            let sentiment = scorer.score(text)
            #expect(sentiment.score.isFinite && (-1...1).contains(sentiment.score), "WEBCARE_FUZZ_SEED=\(seed): \(text.debugDescription)")
            let fast = bytes.withUnsafeBufferPointer { scorer.score(utf8: $0) }
            #expect(fast.score.isFinite, "WEBCARE_FUZZ_SEED=\(seed)")
        }
    }
}

/// SplitMix64 (the sentiment tests do not link WebcareTestSupport).
struct WebcareSentimentFuzzRandom: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
