import Foundation

/// How the team's stored replies read in a period, and how its promises went: for the weekly report.
public struct ReplyFigures: Sendable, Equatable {
    /// Replies that read open, mixed and defensive (`reply-check`'s verdict on each stored reply).
    public var open = 0
    public var mixed = 0
    public var defensive = 0
    /// How often each element of an open reply was missing.
    public var missing: [ReplyAssessment.Kind: Int] = [:]
    /// The length of each reply, in words.
    public var lengths: [Int] = []
    /// Promises with a time made in the period's replies.
    public var promisesMade = 0
    /// Of those, how many were marked kept by their due time.
    public var promisesKept = 0
    /// Of those, how many passed their due time (by the report's time) without being kept in time.
    public var promisesBroken = 0

    /// Makes empty figures.
    public init() {}

    /// Replies counted.
    public var replies: Int { open + mixed + defensive }

    /// The share of replies with a verdict; nil without replies.
    public func share(_ verdict: ReplyAssessment.Verdict) -> Double? {
        guard replies > 0 else { return nil }
        switch verdict {
        case .open: return Double(open) / Double(replies)
        case .mixed: return Double(mixed) / Double(replies)
        case .defensive: return Double(defensive) / Double(replies)
        }
    }

    /// The element most often missing (the earlier in `Kind.elements` on a tie), with how often; nil when none was.
    public var mostCommonMissing: (kind: ReplyAssessment.Kind, count: Int)? {
        ReplyAssessment.Kind.elements.compactMap { kind in missing[kind].map { (kind, $0) } }.filter { $0.1 > 0 }
            .max { $0.1 < $1.1 || ($0.1 == $1.1 && ReplyAssessment.Kind.elements.firstIndex(of: $0.0)! > ReplyAssessment.Kind.elements.firstIndex(of: $1.0)!) }
    }

    /// The median reply length in words (the lower middle of an even count); nil without replies.
    public var medianLength: Int? {
        guard !lengths.isEmpty else { return nil }
        return lengths.sorted()[(lengths.count - 1) / 2]
    }

    /// Adds one reply's check.
    public mutating func add(_ assessment: ReplyAssessment, words: Int) {
        switch assessment.verdict {
        case .open: open += 1
        case .mixed: mixed += 1
        case .defensive: defensive += 1
        }
        for kind in assessment.missing { missing[kind, default: 0] += 1 }
        lengths.append(words)
    }

    /// Whether there is anything to report: a reply or a promise.
    public var isEmpty: Bool { replies == 0 && promisesMade == 0 }
}
