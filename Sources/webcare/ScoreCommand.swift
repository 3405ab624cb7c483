import ArgumentParser
import Foundation
import WebcareConfig
import WebcareCore
import WebcareSentiment

struct ScoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "score",
        abstract: "Show what the sentiment scorer says about a text, and why.",
        discussion: """
            Without TEXT, reads standard input, one text per line. Uses the config's neutral band when a config \
            is found, else the default.

            Examples:  webcare score --explain "Al 3 weken geen internet, echt waardeloos"
                       webcare score --json < texts.txt
            """
    )

    @Option(name: .long, help: ArgumentHelp("The config file (for the neutral band).", valueName: "file"))
    var config: String?

    @Flag(help: "Print JSON Lines, one object per text.")
    var json = false

    @Flag(help: "List each contributing word or rule with its weight.")
    var explain = false

    @Argument(help: "Texts to score.")
    var texts: [String] = []

    func run() throws {
        var band = SentimentSettings().neutralBand
        let path = ConfigLoader.locate(explicit: config)
        if config != nil || FileManager.default.fileExists(atPath: path) {
            do { band = try ConfigLoader.load(path: path).sentiment.neutralBand } catch { throw fail(error.description, code: ExitStatus.usage) }
        }
        let scorer = SentimentScorer(neutralBand: band)
        // Output is gathered and written in large pieces: one write per text would cost more than the scoring.
        var pending = ""
        func emit(_ text: String) {
            pending += text
            if pending.utf8.count >= 64 * 1024 { writeOut(pending); pending = "" }
        }
        if texts.isEmpty {
            while let line = readLine(strippingNewline: true) { emit(render(scorer.explain(line), text: line)) }
        } else {
            for text in texts { emit(render(scorer.explain(text), text: text)) }
        }
        writeOut(pending)
    }

    /// "+0.250", "-1.000": three decimals with a sign, without Foundation's formatter on the hot path.
    static func signed(_ value: Double) -> String {
        let thousandths = Int((abs(value) * 1000).rounded())
        let fraction = String(thousandths % 1000)
        return (value < 0 && thousandths > 0 ? "-" : "+") + String(thousandths / 1000) + "." + String(repeating: "0", count: 3 - fraction.count) + fraction
    }

    private func render(_ explanation: SentimentExplanation, text: String) -> String {
        let sentiment = explanation.sentiment
        let score = (sentiment.score * 1000).rounded() / 1000
        if json {
            var object: [String: Any] = ["score": score, "label": sentiment.label.rawValue, "language": sentiment.language.rawValue]
            if explain {
                object["contributions"] = explanation.contributions.map {
                    ["term": $0.term, "weight": ($0.weight * 1000).rounded() / 1000, "reason": $0.reason] as [String: Any]
                }
            }
            let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
            return String(decoding: data, as: UTF8.self) + "\n"
        }
        var out = sentiment.label.rawValue + "\t" + Self.signed(score) + "\t" + sentiment.language.rawValue + "\n"
        if explain {
            for contribution in explanation.contributions {
                out += String(format: "  %+6.2f  %@  (%@)\n", contribution.weight, contribution.term, contribution.reason)
            }
            out += String(format: "  total %+.2f → score %+.3f\n", explanation.total, score)
        }
        return out
    }
}
