import Foundation
import WebcareCore

/// The inbox as a table for the agent at the terminal, or as JSON for scripts.
public struct InboxRenderer: Sendable {
    /// When "now" is, for ages.
    public var now: Date
    /// Terminal width in columns; titles are cut to fit.
    public var width: Int
    /// Whether to use colour (only on a terminal, never with NO_COLOR).
    public var useColor: Bool

    /// Makes a renderer.
    public init(now: Date, width: Int = 100, useColor: Bool = false) {
        self.now = now
        self.width = width
        self.useColor = useColor
    }

    /// A table: id, age, brand, source, score, reach, then title and URL on their own lines. Says so when empty.
    public func text(_ mentions: [Mention], slaHours: Double, onlyNegative: Bool = true) -> String {
        text(mentions, clock: ResponseClock(slaHours: slaHours), onlyNegative: onlyNegative)
    }

    /// The table with deadlines from the team's response clock (business hours included). `total` is how many
    /// match in all when the list was cut short; the footer then says how many are not shown.
    public func text(_ mentions: [Mention], clock: ResponseClock, onlyNegative: Bool = true, total: Int? = nil) -> String {
        let isAllNegative = mentions.allSatisfy { $0.sentiment.label == .negative }
        let kind = !onlyNegative ? "open mention" : isAllNegative ? "open negative mention" : "open mention to answer"
        guard !mentions.isEmpty else { return "Inbox empty: no \(kind)s.\n" }
        var out = table(mentions, clock: clock)
        let count = mentions.count
        if let total, total > count {
            out += "\n\(count) of \(total) \(kind)s shown, highest reach first (--limit \(total) shows them all)\n"
        } else {
            out += "\n\(count) \(kind)\(count == 1 ? "" : "s")\n"
        }
        return out
    }

    /// `webcare search`'s table: the same columns, newest first, and how many match `words`.
    public func searchText(_ mentions: [Mention], clock: ResponseClock, words: String) -> String {
        let quoted = "\"" + TerminalText.safeLine(words) + "\""
        guard !mentions.isEmpty else { return "No mentions match \(quoted).\n" }
        return table(mentions, clock: clock) + "\n\(mentions.count) mention\(mentions.count == 1 ? " matches" : "s match") \(quoted)\n"
    }

    /// The table itself: a header, then each mention's row, headline and link.
    private func table(_ mentions: [Mention], clock: ResponseClock) -> String {
        let headers = ["ID", "AGE", "LEFT", "BRAND", "SOURCE", "SCORE", "REACH", "ASSIGNED", "WHY"]
        // Only what awaits an answer has a deadline: an open complaint or question, not praise, nor what is dealt with.
        let deadlines = mentions.map { Self.isAwaitingAnswer($0) ? clock.deadline(from: $0.clockStart) : nil }
        let rows = zip(mentions, deadlines).map { mention, deadline -> [String] in
            [String(mention.id), Self.age(from: mention.clockStart, to: now),
             deadline.map { Self.timeLeft(until: $0, now: now) } ?? "-", TerminalText.safeLine(mention.brand),
             TerminalText.truncate(TerminalText.safeLine(mention.source), to: 24), String(format: "%+.2f", mention.sentiment.score),
             Self.reach(mention.reach), mention.assignedTo.map { TerminalText.truncate(TerminalText.safeLine($0), to: 16) } ?? "-",
             Self.why(mention)]
        }
        // WHY, the last column, is left-aligned: no padding after it.
        let lines = TerminalText.alignedColumns([headers] + rows, rightAligned: [0, 5, 6]).map { line in
            String(line.reversed().drop { $0 == " " }.reversed())
        }
        var out = bold(lines[0]) + "\n"
        let indent = "    "
        for ((mention, rendered), deadline) in zip(zip(mentions, lines.dropFirst()), deadlines) {
            var rendered = rendered
            if useColor, let deadline, deadline <= now { rendered = "\u{1B}[31m" + rendered + "\u{1B}[0m" }
            out += rendered + "\n"
            let headline = mention.title.map(TerminalText.safeLine).flatMap { $0.isEmpty ? nil : $0 } ?? TerminalText.safeLine(mention.text)
            out += indent + TerminalText.truncate(headline, to: max(20, width - indent.count)) + "\n"
            if let url = mention.url { out += indent + dim(TerminalText.truncate(TerminalText.safeLine(url), to: max(20, width - indent.count))) + "\n" }
        }
        return out
    }

    /// A JSON array, one object per mention, newest fields included; dates in RFC 3339 UTC.
    public func json(_ mentions: [Mention], clock: ResponseClock = ResponseClock(slaHours: 24)) -> String {
        let objects = mentions.map { MentionJSON(mention: $0, now: now, clock: clock) }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        let data = (try? encoder.encode(objects)) ?? Data("[]".utf8)
        return TerminalText.jsonSafe(String(decoding: data, as: UTF8.self)) + "\n"
    }

    /// "45m", "5h", "2d 3h".
    public static func age(from start: Date, to now: Date) -> String {
        let minutes = max(0, Int(saturating: now.timeIntervalSince(start) / 60))
        if minutes < 60 { return "\(minutes)m" }
        let hours = minutes / 60
        if hours < 48 { return "\(hours)h" }
        let days = hours / 24
        return hours % 24 == 0 ? "\(days)d" : "\(days)d \(hours % 24)h"
    }

    /// "5h" left, or "overdue 3h".
    public static func timeLeft(until deadline: Date, now: Date) -> String {
        deadline > now ? age(from: now, to: deadline) : "overdue " + age(from: deadline, to: now)
    }

    /// Whether the team owes the mention an answer: open, and negative or asking a question.
    public static func isAwaitingAnswer(_ mention: Mention) -> Bool {
        mention.status == .open && (mention.sentiment.label == .negative || mention.needsReply)
    }

    /// Why a mention is in the inbox: its label, "asks" when it asks the brand a question or for help, and "(team)"
    /// when the team set the label ("negative", "neutral asks", "negative (team)").
    public static func why(_ mention: Mention) -> String {
        var parts = [mention.sentiment.label.rawValue]
        if mention.needsReply { parts.append("asks") }
        if mention.isLabelledByTeam { parts.append("(team)") }
        parts += mention.tags.map { "#" + TerminalText.safeLine($0) }
        return parts.joined(separator: " ")
    }

    /// "950", "12k", "1.2M".
    public static func reach(_ value: Int) -> String {
        switch value {
        case ..<10_000: String(value)
        case ..<1_000_000: "\(value / 1000)k"
        default: String(format: "%.1fM", Double(value) / 1_000_000)
        }
    }

    private func bold(_ text: String) -> String { useColor ? "\u{1B}[1m" + text + "\u{1B}[0m" : text }
    private func dim(_ text: String) -> String { useColor ? "\u{1B}[2m" + text + "\u{1B}[0m" : text }
}

/// The JSON shape of a mention for scripts.
struct MentionJSON: Encodable {
    var id: Int64
    var source: String
    var brand: String
    var url: String?
    var title: String?
    var text: String
    var author: String?
    var published: Date?
    var firstSeen: Date
    var ageSeconds: Int
    /// When the answer is due (published or first seen, plus slaHours).
    var deadline: Date
    /// Seconds until the deadline; negative when overdue.
    var secondsLeft: Int
    var reachBasis: String
    var score: Double
    var label: String
    var language: String
    var reach: Int
    var status: String
    var statusChangedAt: Date?
    var statusChangedBy: String?
    var note: String?
    /// Whether it asks the brand a question or asks for help.
    var needsReply: Bool
    /// Who on the team is dealing with it.
    var assignee: String?
    /// Who on the team set its label; nil while the label is the scorer's.
    var labelledBy: String?
    /// The team's tags; absent when there are none.
    var tags: [String]?
    /// What the scorer said (the same as `label` unless the team relabelled it).
    var scorerLabel: String

    init(mention: Mention, now: Date, clock: ResponseClock) {
        id = mention.id
        source = mention.source
        brand = mention.brand
        url = mention.url
        title = mention.title
        text = mention.text
        author = mention.author
        published = mention.published
        firstSeen = mention.firstSeen
        ageSeconds = max(0, Int(saturating: now.timeIntervalSince(mention.clockStart)))
        deadline = clock.deadline(from: mention.clockStart)
        secondsLeft = Int(saturating: deadline.timeIntervalSince(now))
        reachBasis = mention.reachBasis
        score = (mention.sentiment.score * 1000).rounded() / 1000
        label = mention.sentiment.label.rawValue
        language = mention.sentiment.language.rawValue
        reach = mention.reach
        status = mention.status.rawValue
        statusChangedAt = mention.statusChangedAt
        statusChangedBy = mention.statusChangedBy
        note = mention.note
        needsReply = mention.needsReply
        assignee = mention.assignedTo
        labelledBy = mention.labelledBy
        tags = mention.tags.isEmpty ? nil : mention.tags
        scorerLabel = (mention.scorerLabel ?? mention.sentiment.label).rawValue
    }
}
