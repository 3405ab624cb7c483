import Foundation
import Testing
import WebcareCore
import WebcarePresent

/// `score`'s lines: the fast plain and JSON lines written into a buffer, and the explained forms.
@Suite struct ScoreRendererTests {
    private func plain(_ sentiment: Sentiment) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: ScoreRenderer.lineCapacity) { line in
            String(decoding: UnsafeBufferPointer(rebasing: line[0..<ScoreRenderer.writePlainLine(sentiment, into: line)]), as: UTF8.self)
        }
    }

    private func json(_ sentiment: Sentiment) -> String? {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: ScoreRenderer.lineCapacity) { line in
            ScoreRenderer.writeJSONLine(sentiment, into: line).map { String(decoding: UnsafeBufferPointer(rebasing: line[0..<$0]), as: UTF8.self) }
        }
    }

    @Test(arguments: [
        (Sentiment(score: -0.4587, label: .negative, language: .nl), "negative\t-0.459\tnl\n"),
        (Sentiment(score: 0.25, label: .positive, language: .en), "positive\t+0.250\ten\n"),
        (Sentiment(score: -0.0001, label: .neutral, language: .unknown), "neutral\t+0.000\tunknown\n"),
        (Sentiment(score: -1, label: .negative, language: .en), "negative\t-1.000\ten\n"),
    ])
    func thePlainLineIsLabelSignedScoreAndLanguage(sentiment: Sentiment, line: String) {
        #expect(plain(sentiment) == line)
    }

    @Test func theFastJSONLineIsWhatFoundationWritesForEveryScoreLabelAndLanguage() throws {
        for thousandths in -1000...1000 {
            for (label, language) in [(SentimentLabel.negative, Language.unknown), (.neutral, .nl), (.positive, .en)] {
                // Scores come unrounded from the scorer; -0.0004 rounds to negative zero, which JSON writes as -0.
                for score in [Double(thousandths) / 1000, Double(thousandths) / 1000 - 0.0004 * Double(thousandths.signum())] {
                    let sentiment = Sentiment(score: score, label: label, language: language)
                    #expect(json(sentiment) == ScoreRenderer.json(sentiment, contributions: [], explain: false), "score \(score)")
                }
            }
        }
        #expect(json(Sentiment(score: -0.0001, label: .neutral, language: .nl)) == "{\"label\":\"neutral\",\"language\":\"nl\",\"score\":-0}\n")
    }

    @Test func aScoreOutsideMinusOneToOneIsLeftToFoundation() {
        #expect(json(Sentiment(score: 1.5, label: .positive, language: .en)) == nil)
    }

    @Test func theExplanationListsEachContributionAndTheTotal() {
        let text = ScoreRenderer.text(Sentiment(score: -0.5, label: .negative, language: .nl),
                                      contributions: [(term: "waardeloos", weight: -3, reason: "lexicon"), (term: "\u{1B}[2Jx", weight: 0.5, reason: "lexicon")],
                                      total: -2.5, explain: true)
        #expect(text == "negative\t-0.500\tnl\n   -3.00  waardeloos  (lexicon)\n   +0.50  x  (lexicon)\n  total -2.50 → score -0.500\n")
    }
}

@Suite struct ExportRendererTests {
    @Test func aCSVCellLosesEscapeSequencesAndControlsButKeepsItsLinesAndSpacing() {
        let mention = Mention(id: 1, source: "Forum", itemKey: "k", url: nil, title: "Storing\u{1B}]52;c;aGk=\u{07}  nu\u{202E}", text: "a\n\tb",
                              author: nil, published: nil, firstSeen: Date(timeIntervalSince1970: 0), brand: "Telvio",
                              sentiment: Sentiment(score: -0.5, label: .negative, language: .nl), reach: 1, status: .open,
                              statusChangedAt: nil, statusChangedBy: nil, note: nil)
        let row = ExportRenderer.csvRow(mention)
        #expect(row.hasPrefix("1,Forum,Telvio,,Storing  nu,\"a\n\tb\","))
        #expect(!row.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" || $0 == "\u{202E}" })
    }
}
