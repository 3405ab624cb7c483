import Foundation
import WebcareCore

/// What `webcare score` prints for a text: a plain line ("negative\t-0.459\tnl"), a JSON line, and with `--explain`
/// each contributing word or rule. The plain and JSON lines of a score without an explanation are written straight
/// into a small buffer: a script scoring 100,000 texts pays for the scorer, not for the formatting.
public enum ScoreRenderer {
    /// The most bytes `writePlainLine` and `writeJSONLine` write.
    public static let lineCapacity = 64

    /// Writes "negative\t-0.459\tnl\n" into `line` (at least `lineCapacity` bytes); returns how many bytes it took.
    public static func writePlainLine(_ sentiment: Sentiment, into line: UnsafeMutableBufferPointer<UInt8>) -> Int {
        var writer = LineWriter(line: line)
        writer.put(sentiment.label)
        writer.put("\t")
        writer.putSigned(rounded(sentiment.score))
        writer.put("\t")
        writer.put(sentiment.language)
        writer.put("\n")
        return writer.count
    }

    /// Writes `{"label":"negative","language":"nl","score":-0.459}` and a newline into `line` (at least
    /// `lineCapacity` bytes), exactly as Foundation's JSON writer with sorted keys would; returns how many bytes it
    /// took, or nil for a score outside −1…1 (which `json` then writes).
    public static func writeJSONLine(_ sentiment: Sentiment, into line: UnsafeMutableBufferPointer<UInt8>) -> Int? {
        let score = rounded(sentiment.score)
        guard score >= -1, score <= 1 else { return nil }
        var writer = LineWriter(line: line)
        writer.put("{\"label\":\"")
        writer.put(sentiment.label)
        writer.put("\",\"language\":\"")
        writer.put(sentiment.language)
        writer.put("\",\"score\":")
        writer.putShortest(score)
        writer.put("}\n")
        return writer.count
    }

    /// The plain line, and with `explain` a line per contribution and the total.
    public static func text(_ sentiment: Sentiment, contributions: [(term: String, weight: Double, reason: String)], total: Double,
                            explain: Bool) -> String {
        let score = rounded(sentiment.score)
        var out = sentiment.label.rawValue + "\t" + signed(score) + "\t" + sentiment.language.rawValue + "\n"
        if explain {
            for contribution in contributions {
                out += String(format: "  %+6.2f  ", contribution.weight) + TerminalText.safeLine(contribution.term) + "  (\(contribution.reason))\n"
            }
            out += String(format: "  total %+.2f → score %+.3f\n", total, score)
        }
        return out
    }

    /// The JSON line, with `explain` the contributions too.
    public static func json(_ sentiment: Sentiment, contributions: [(term: String, weight: Double, reason: String)], explain: Bool) -> String {
        var object: [String: Any] = ["score": rounded(sentiment.score), "label": sentiment.label.rawValue, "language": sentiment.language.rawValue]
        if explain {
            object["contributions"] = contributions.map {
                ["term": $0.term, "weight": ($0.weight * 1000).rounded() / 1000, "reason": $0.reason] as [String: Any]
            }
        }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// "+0.250", "-1.000": three decimals with a sign.
    public static func signed(_ value: Double) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 32) { text in
            var writer = LineWriter(line: text)
            writer.putSigned(value)
            return String(decoding: UnsafeBufferPointer(rebasing: text[0..<writer.count]), as: UTF8.self)
        }
    }

    /// The score as shown: to three decimals.
    private static func rounded(_ score: Double) -> Double { (score * 1000).rounded() / 1000 }
}

/// Bytes put one after another into a caller's buffer.
private struct LineWriter {
    let line: UnsafeMutableBufferPointer<UInt8>
    var count = 0

    mutating func put(_ byte: UInt8) { line[count] = byte; count += 1 }

    mutating func put(_ text: StaticString) {
        text.withUTF8Buffer { for byte in $0 { put(byte) } }
    }

    mutating func put(_ label: SentimentLabel) {
        switch label {
        case .negative: put("negative")
        case .neutral: put("neutral")
        case .positive: put("positive")
        }
    }

    mutating func put(_ language: Language) {
        switch language {
        case .nl: put("nl")
        case .en: put("en")
        case .unknown: put("unknown")
        }
    }

    /// The integer part of thousandths, digit by digit.
    private mutating func putWhole(_ whole: Int) {
        var divisor = 1
        while divisor <= whole / 10 { divisor *= 10 }
        while divisor > 0 {
            put(UInt8(ascii: "0") + UInt8(whole / divisor % 10))
            divisor /= 10
        }
    }

    /// "+0.250", "-1.000" (a value below 10^18).
    mutating func putSigned(_ value: Double) {
        let thousandths = Int((abs(value) * 1000).rounded())
        put(value < 0 && thousandths > 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        putWhole(thousandths / 1000)
        let fraction = thousandths % 1000
        put(UInt8(ascii: "."))
        put(UInt8(ascii: "0") + UInt8(fraction / 100))
        put(UInt8(ascii: "0") + UInt8(fraction / 10 % 10))
        put(UInt8(ascii: "0") + UInt8(fraction % 10))
    }

    /// A value of whole thousandths as JSON writes it: the shortest form ("-0.459", "0.5", "1", "0", and "-0" for
    /// negative zero).
    mutating func putShortest(_ value: Double) {
        if value.sign == .minus { put(UInt8(ascii: "-")) }
        let thousandths = Int((abs(value) * 1000).rounded())
        putWhole(thousandths / 1000)
        var fraction = thousandths % 1000
        guard fraction > 0 else { return }
        put(UInt8(ascii: "."))
        var digits = 3
        while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
        var divisor = 1
        for _ in 1..<digits { divisor *= 10 }
        while divisor > 0 {
            put(UInt8(ascii: "0") + UInt8(fraction / divisor % 10))
            divisor /= 10
        }
    }
}
