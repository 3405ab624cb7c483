import Foundation
import WebcareCore

/// The report's "How the team answered" part: how the stored replies read, what they most often lacked, the
/// promises made, kept and broken, and how long replies were, each against the period before. Shown only when
/// either period has a stored reply or a promise (a team that never passes `--reply` sees no empty section);
/// the JSON always carries the figures.
extension ReportRenderer {
    /// Whether the section has anything to say.
    var hasReplyFigures: Bool { !(report.replies.isEmpty && report.previousReplies.isEmpty) }

    /// The section's table: a row per figure, this period, the one before, the change.
    var repliesTable: ReportTable {
        let now = report.replies, before = report.previousReplies
        func missing(_ figures: ReplyFigures) -> String {
            figures.mostCommonMissing.map { "\($0.kind.name) (\($0.count) of \(figures.replies))" } ?? "–"
        }
        let rows: [FigureRow] = [
            FigureRow(key: "replies", name: "Replies kept", now: "\(now.replies)", before: "\(before.replies)", change: countChange(now.replies, before.replies)),
            shareRow("repliesOpen", "  read open", now.share(.open), before.share(.open)),
            shareRow("repliesMixed", "  read mixed", now.share(.mixed), before.share(.mixed)),
            shareRow("repliesDefensive", "  read defensive", now.share(.defensive), before.share(.defensive)),
            FigureRow(key: "mostCommonMissing", name: "Most often missing", now: missing(now), before: missing(before),
                      change: now.mostCommonMissing?.kind == before.mostCommonMissing?.kind ? "same" : "changed"),
            FigureRow(key: "promisesMade", name: "Promises made", now: "\(now.promisesMade)", before: "\(before.promisesMade)",
                      change: countChange(now.promisesMade, before.promisesMade)),
            FigureRow(key: "promisesKept", name: "  kept in time", now: "\(now.promisesKept)", before: "\(before.promisesKept)",
                      change: countChange(now.promisesKept, before.promisesKept)),
            FigureRow(key: "promisesBroken", name: "  broken", now: "\(now.promisesBroken)", before: "\(before.promisesBroken)",
                      change: countChange(now.promisesBroken, before.promisesBroken)),
            FigureRow(key: "medianReplyWords", name: "Reply length, median", now: now.medianLength.map { "\($0) words" } ?? "–",
                      before: before.medianLength.map { "\($0) words" } ?? "–",
                      change: now.medianLength.flatMap { n in before.medianLength.map { b in n == b ? "same" : String(format: "%+d words", n - b) } } ?? "–"),
        ]
        return ReportTable(headers: ["", "this \(periodWord)", "\(periodWord) before", "change"], rows: rows.map { [$0.name, $0.now, $0.before, $0.change] })
    }
}

extension ReportJSON {
    /// The reply figures of one period.
    struct Replies: Encodable {
        var replies: Int
        var open: Int
        var mixed: Int
        var defensive: Int
        var openShare: Nullable<Double>
        var mixedShare: Nullable<Double>
        var defensiveShare: Nullable<Double>
        var mostCommonMissing: Nullable<String>
        var missing: [String: Int]
        var promisesMade: Int
        var promisesKept: Int
        var promisesBroken: Int
        var medianReplyWords: Nullable<Int>

        init(_ figures: ReplyFigures) {
            replies = figures.replies
            open = figures.open
            mixed = figures.mixed
            defensive = figures.defensive
            openShare = Nullable(figures.share(.open).map { ReportJSON.rounded($0, 4) })
            mixedShare = Nullable(figures.share(.mixed).map { ReportJSON.rounded($0, 4) })
            defensiveShare = Nullable(figures.share(.defensive).map { ReportJSON.rounded($0, 4) })
            mostCommonMissing = Nullable(figures.mostCommonMissing?.kind.rawValue)
            missing = Dictionary(uniqueKeysWithValues: figures.missing.map { ($0.key.rawValue, $0.value) })
            promisesMade = figures.promisesMade
            promisesKept = figures.promisesKept
            promisesBroken = figures.promisesBroken
            medianReplyWords = Nullable(figures.medianLength)
        }
    }
}
