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
        var output = OutputBuffer()
        if texts.isEmpty {
            // Read once: the option wrappers cost more per call than a line's output.
            let isPlain = !json && !explain
            LineStream.forEachLine { line in
                if !isPlain {
                    // As readLine would: bytes that are not UTF-8 become U+FFFD.
                    let text = String(decoding: line, as: UTF8.self)
                    output.append(render(scorer.explain(text), text: text))
                } else {
                    Self.appendPlain(scorer.score(utf8: line), to: &output)
                }
            }
        } else {
            for text in texts { output.append(render(scorer.explain(text), text: text)) }
        }
        output.flush()
    }

    /// "negative\t-0.459\tnl\n" without making a String: the line `score` prints for most texts, gathered on
    /// the stack and added in one go.
    static func appendPlain(_ sentiment: Sentiment, to output: inout OutputBuffer) {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 64) { line in
            var count = 0
            func put(_ text: StaticString) {
                text.withUTF8Buffer { text in
                    for byte in text { line[count] = byte; count += 1 }
                }
            }
            switch sentiment.label {
            case .negative: put("negative\t")
            case .neutral: put("neutral\t")
            case .positive: put("positive\t")
            }
            count += writeSigned((sentiment.score * 1000).rounded() / 1000, to: line.baseAddress! + count)
            switch sentiment.language {
            case .nl: put("\tnl\n")
            case .en: put("\ten\n")
            case .unknown: put("\tunknown\n")
            }
            output.append(UnsafeBufferPointer(rebasing: line[0..<count]))
        }
        output.flushIfFull()
    }

    /// "+0.250", "-1.000": three decimals with a sign, without Foundation's formatter on the hot path.
    static func signed(_ value: Double) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { text in
            String(decoding: UnsafeBufferPointer(rebasing: text[0..<writeSigned(value, to: text.baseAddress!)]), as: UTF8.self)
        }
    }

    /// Writes `value` as `signed` shows it (at most 25 bytes for a value below 10^18) and returns how many bytes
    /// that took.
    private static func writeSigned(_ value: Double, to out: UnsafeMutablePointer<UInt8>) -> Int {
        var count = 0
        func put(_ byte: UInt8) { out[count] = byte; count += 1 }
        let thousandths = Int((abs(value) * 1000).rounded())
        put(value < 0 && thousandths > 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        let whole = thousandths / 1000
        var divisor = 1
        while divisor <= whole / 10 { divisor *= 10 }
        while divisor > 0 {
            put(UInt8(ascii: "0") + UInt8(whole / divisor % 10))
            divisor /= 10
        }
        let fraction = thousandths % 1000
        put(UInt8(ascii: "."))
        put(UInt8(ascii: "0") + UInt8(fraction / 100))
        put(UInt8(ascii: "0") + UInt8(fraction / 10 % 10))
        put(UInt8(ascii: "0") + UInt8(fraction % 10))
        return count
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
