import Foundation
import Testing
import WebcareCore
@testable import WebcareSentiment

/// Accuracy and macro-F1 of the scorer on the project's own labelled development set
/// (Tests/Fixtures/sentiment/*.tsv). The floors are the levels reached when they were set: a change that
/// makes the scorer worse fails here.
struct Evaluation {
    var accuracy: Double
    var macroF1: Double
    var count: Int

    init(pairs: [(expected: SentimentLabel, predicted: SentimentLabel)]) {
        count = pairs.count
        accuracy = Double(pairs.filter { $0.expected == $0.predicted }.count) / Double(max(1, pairs.count))
        macroF1 = SentimentLabel.allCases.map { f1Score(of: $0, in: pairs) }.reduce(0, +) / Double(SentimentLabel.allCases.count)
    }
}

/// The F1 score of one label: the harmonic mean of its precision and recall.
func f1Score(of label: SentimentLabel, in pairs: [(expected: SentimentLabel, predicted: SentimentLabel)]) -> Double {
    let truePositives = Double(pairs.filter { $0.expected == label && $0.predicted == label }.count)
    let predicted = Double(pairs.filter { $0.predicted == label }.count)
    let actual = Double(pairs.filter { $0.expected == label }.count)
    let precision = predicted == 0 ? 0 : truePositives / predicted
    let recall = actual == 0 ? 0 : truePositives / actual
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
}

func developmentSet(_ language: String) throws -> [(SentimentLabel, String)] {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/sentiment/\(language).tsv")
    return try String(contentsOf: url, encoding: .utf8).split(separator: "\n").compactMap { line in
        let parts = line.split(separator: "\t", maxSplits: 1)
        guard parts.count == 2, let label = SentimentLabel(rawValue: String(parts[0])) else { return nil }
        return (label, String(parts[1]))
    }
}

@Suite struct DevelopmentSetTests {
    static let floors: [(String, Int, Double, Double)] = [
        // language, minimum size, accuracy floor, macro-F1 floor
        ("nl", 400, 0.87, 0.87),
        ("en", 300, 0.87, 0.87),
        // Complaints in customer-care language, sarcasm, names (issue 21): tuned on.
        ("complaints-tune-nl", 100, 0.88, 0.88),
        ("complaints-tune-en", 70, 0.88, 0.87),
        // Unmet expectations, "niet … meer", long negations, sentence-start names (issue 21 item 1): tuned on.
        ("recall-tune-nl", 50, 0.89, 0.88),
        ("recall-tune-en", 50, 0.84, 0.82),
        // Written before the issue 21 changes and scored once before and once after each round; not tuned on.
        ("heldout2-nl", 300, 0.82, 0.82),
        ("heldout2-en", 200, 0.80, 0.80),
    ]

    @Test(arguments: floors)
    func theScorerKeepsItsAccuracyOnTheDevelopmentSet(_ language: String, _ size: Int, _ accuracyFloor: Double, _ f1Floor: Double) throws {
        let scorer = SentimentScorer()
        let set = try developmentSet(language)
        #expect(set.count >= size)
        let evaluation = Evaluation(pairs: set.map { ($0.0, scorer.score($0.1).label) })
        print("sentiment \(language): \(evaluation.count) texts, accuracy \(String(format: "%.3f", evaluation.accuracy)), macro-F1 \(String(format: "%.3f", evaluation.macroF1))")
        #expect(evaluation.accuracy >= accuracyFloor)
        #expect(evaluation.macroF1 >= f1Floor)
    }
}

@Suite struct ScoreAndExplainAgreeTests {
    @Test(arguments: ["nl", "en"])
    func scoringAndExplainingGiveTheSameVerdictOnEveryDevelopmentText(_ language: String) throws {
        let scorer = SentimentScorer()
        for (_, text) in try developmentSet(language) {
            let explanation = scorer.explain(text)
            var bytes = text
            let fromBytes = bytes.withUTF8 { scorer.score(utf8: $0) }
            #expect(scorer.score(text) == explanation.sentiment, "\(text)")
            #expect(fromBytes == explanation.sentiment, "\(text)")
            let sum = explanation.contributions.reduce(0) { $0 + $1.weight }
            #expect(abs(sum - explanation.total) < 1e-9, "\(text)")
        }
    }

    /// The words a poll keeps for the weekly report come from a lean walk; they must be the explanation's own.
    @Test(arguments: ["nl", "en"])
    func theReportsWordsAreTheExplanationsWordsOnEveryDevelopmentText(language: String) throws {
        let scorer = SentimentScorer()
        for (_, text) in try developmentSet(language) {
            #expect(scorer.negativeTerms(text) == scorer.explain(text).negativeTerms, "\(text)")
            #expect(scorer.scoreWithNegativeTerms(text).sentiment == scorer.score(text), "\(text)")
        }
    }
}
