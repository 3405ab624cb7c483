import ArgumentParser
import Foundation
import WebcareConfig
import WebcareCore
import WebcareApp
import WebcarePresent
import WebcareSentiment

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Show what the sentiment scorer says about a text, and why.",
        discussion: """
            Without TEXT, reads standard input, one text per line. Scores as the poll does when a config is found \
            (its neutral band and sentiment.words; with --brand, that brand's sentimentWords too), else with the \
            defaults.

            Examples:  webcare score --explain "Al 3 weken geen internet, echt waardeloos"
                       webcare score --json < texts.txt
            """
    )

    @Option(name: .long, help: ArgumentHelp("The config file (its neutral band and sentiment.words).", valueName: "file"))
    var config: String?

    @Option(help: ArgumentHelp("Score as for this brand's mentions (with its sentimentWords).", valueName: "name"))
    var brand: String?

    @Flag(help: "Print JSON Lines, one object per text.")
    var json = false

    @Flag(help: "List each contributing word or rule with its weight.")
    var explain = false

    @Argument(help: "Texts to score.")
    var texts: [String] = []

    func run() throws {
        let scorer = try Self.scorer(config: config, brand: brand)
        var output = OutputBuffer()
        let isExplained = explain
        if texts.isEmpty {
            // Read once: the option wrappers cost more per call than a line's output.
            let isJSON = json
            LineStream.forEachLine { line in
                if isExplained {
                    // As readLine would: bytes that are not UTF-8 become U+FFFD.
                    output.append(render(scorer.explain(String(decoding: line, as: UTF8.self))))
                } else {
                    Self.appendLine(scorer.score(utf8: line), json: isJSON, to: &output)
                }
            }
        } else {
            for text in texts {
                if isExplained {
                    output.append(render(scorer.explain(text)))
                } else {
                    Self.appendLine(scorer.score(text), json: json, to: &output)
                }
            }
        }
        output.flush()
    }

    /// The scorer `mentions` of `brand` get (the config's neutral band, sentiment.words and the brand's own words),
    /// or the default scorer when no config is named and none is found.
    static func scorer(config: String?, brand: String?) throws -> SentimentScorer {
        let path = ConfigLoader.locate(explicit: config)
        guard config != nil || brand != nil || FileManager.default.fileExists(atPath: path) else { return SentimentScorer() }
        let loaded: Config
        do { loaded = try ConfigLoader.load(path: path) } catch { throw fail(error.description, code: ExitStatus.usage) }
        if let brand, !loaded.brands.contains(where: { $0.name == brand }) {
            let known = loaded.brands.map(\.name).joined(separator: ", ")
            throw fail("\(loaded.file): no brand named \"\(brand)\" (brands: \(known)); check --brand", code: ExitStatus.usage)
        }
        return MentionScoring(config: loaded).scorer(for: brand ?? "")
    }

    /// A score's plain or JSON line, written without making a String.
    static func appendLine(_ sentiment: Sentiment, json: Bool, to output: inout OutputBuffer) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: ScoreRenderer.lineCapacity) { line in
            if !json {
                output.append(UnsafeBufferPointer(rebasing: line[0..<ScoreRenderer.writePlainLine(sentiment, into: line)]))
            } else if let count = ScoreRenderer.writeJSONLine(sentiment, into: line) {
                output.append(UnsafeBufferPointer(rebasing: line[0..<count]))
            } else {
                output.append(ScoreRenderer.json(sentiment, contributions: [], explain: false))
            }
        }
        output.flushIfFull()
    }

    private func render(_ explanation: SentimentExplanation) -> String {
        let contributions = explanation.contributions.map { ($0.term, $0.weight, $0.reason) }
        return json ? ScoreRenderer.json(explanation.sentiment, contributions: contributions, explain: true)
                    : ScoreRenderer.text(explanation.sentiment, contributions: contributions, total: explanation.total, explain: true)
    }
}
