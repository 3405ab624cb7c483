import Foundation
import WebcareCore

/// A review as a reader found it, before its rating scale is settled: `hasScale` says whether the document named
/// the top of the scale (`bestRating`) or the reader must infer it from the reviews around it.
struct ReviewDraft {
    /// The review, rating as written.
    var item: FeedItem
    /// Whether `item.bestRating` came from the document.
    var hasScale: Bool
}

/// Ratings as review pages and platforms write them: numbers, or strings such as "8", "8,5", "4.5/5", "8 van 10"
/// or "4 out of 5"; and the top of their scale when the document names none.
enum RatingScale {
    /// The rating a JSON value or text holds (and the top of the scale when the text names one), or nil.
    /// Booleans, negative and non-finite numbers are not ratings.
    static func rating(_ value: Any?) -> (value: Double, best: Double?)? {
        switch value {
        case let text as String:
            return parse(text)
        case let number as NSNumber:
            guard !isBoolean(number) else { return nil }
            return valid(number.doubleValue).map { ($0, nil) }
        default:
            return nil
        }
    }

    /// The top of a scale from a JSON value or text, or nil when it is no usable top (a scale must reach above 1).
    static func best(_ value: Any?) -> Double? {
        guard let best = rating(value)?.value, best > 1 else { return nil }
        return best
    }

    /// Reads "8", "8,5", "4.5/5", "8 van 10", "4 out of 5" (and "8.5 sterren"): the first number, and the scale
    /// when one follows; nil when the text does not start with a number.
    static func parse(_ text: String) -> (value: Double, best: Double?)? {
        let scalars = Array(text.lowercased().unicodeScalars)
        var index = 0
        func skipSpaces() { while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 } }
        func isDigit(_ position: Int) -> Bool { position < scalars.count && ("0"..."9").contains(scalars[position]) }
        func number() -> Double? {
            let start = index
            var hasSeparator = false
            while index < scalars.count {
                if isDigit(index) {
                    index += 1
                } else if scalars[index] == "." || scalars[index] == ",", !hasSeparator, index > start, isDigit(index + 1) {
                    hasSeparator = true
                    index += 1
                } else {
                    break
                }
            }
            guard index > start else { return nil }
            var digits = String(String.UnicodeScalarView(scalars[start..<index]))
            digits = digits.replacingOccurrences(of: ",", with: ".")
            return Double(digits).flatMap(valid)
        }
        skipSpaces()
        guard let value = number() else { return nil }
        skipSpaces()
        let rest = String(String.UnicodeScalarView(scalars[index...]))
        for separator in ["/", "van ", "out of ", "uit ", "of "] where rest.hasPrefix(separator) {
            index += separator.unicodeScalars.count
            skipSpaces()
            return (value, number().flatMap { $0 > 1 ? $0 : nil })
        }
        return (value, nil)
    }

    /// Settles the scale of every draft that has none: the smallest common scale (5, 10 or 100) that fits every such
    /// rating in the list, so one 8 among 3s and 4s puts them all on the 10-point scale. With `fixed` (a platform
    /// whose scale is known) that scale is used instead. A rating that fits no scale is dropped, never guessed.
    static func settle(_ drafts: [ReviewDraft], fixed: Double? = nil) -> [FeedItem] {
        let unscaled = drafts.filter { !$0.hasScale }.compactMap(\.item.rating)
        let inferred = fixed ?? unscaled.max().flatMap { highest in [5.0, 10, 100].first { highest <= $0 } }
        return drafts.map { draft in
            var item = draft.item
            if item.rating == nil {
                item.bestRating = nil
            } else if !draft.hasScale || item.bestRating == nil {
                item.bestRating = inferred
                if inferred == nil { item.rating = nil }
            }
            return item
        }
    }

    private static func valid(_ value: Double) -> Double? {
        value.isFinite && value >= 0 ? value : nil
    }

    /// JSON true and false arrive as NSNumbers of type char.
    private static func isBoolean(_ number: NSNumber) -> Bool {
        String(cString: number.objCType) == "c"
    }
}
