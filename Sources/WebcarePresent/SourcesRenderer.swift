import Foundation

/// One source's line in `webcare sources`: plain values, so this module needs nothing from the store.
public struct SourceLine: Sendable, Encodable {
    public var name: String
    public var url: String
    public var lastAttempt: Date?
    public var lastSuccess: Date?
    public var httpStatus: Int?
    public var errorStreak: Int
    public var lastError: String?
    public var nextAttempt: Date?
    public var isGone: Bool
    public var movedTo: String?
    public var lastNewMention: Date?
    public var mentionsLastWeek: Int
    /// Whether the config still names it (a removed source's mentions stay in the inbox).
    public var isInConfig = true

    /// Makes a line.
    public init(name: String, url: String, lastAttempt: Date?, lastSuccess: Date?, httpStatus: Int?, errorStreak: Int,
                lastError: String?, nextAttempt: Date?, isGone: Bool, movedTo: String?, lastNewMention: Date?, mentionsLastWeek: Int) {
        self.name = name
        self.url = url
        self.lastAttempt = lastAttempt
        self.lastSuccess = lastSuccess
        self.httpStatus = httpStatus
        self.errorStreak = errorStreak
        self.lastError = lastError
        self.nextAttempt = nextAttempt
        self.isGone = isGone
        self.movedTo = movedTo
        self.lastNewMention = lastNewMention
        self.mentionsLastWeek = mentionsLastWeek
    }
}

/// `webcare sources`: every source's health at a glance, or as JSON.
public enum SourcesRenderer {
    /// A table, failing sources marked, then a detail line for each one with an error or a move.
    public static func text(_ lines: [SourceLine], now: Date) -> String {
        guard !lines.isEmpty else { return "No sources polled yet: run `webcare poll` first.\n" }
        func ago(_ date: Date?) -> String { date.map { InboxRenderer.age(from: $0, to: now) + " ago" } ?? "never" }
        let headers = ["SOURCE", "STATUS", "LAST ATTEMPT", "LAST SUCCESS", "HTTP", "FAILS", "NEXT", "LAST NEW", "PER WEEK"]
        let rows: [[String]] = lines.map { line in
            let status = !line.isInConfig ? "removed" : line.isGone ? "gone" : line.errorStreak > 0 ? "failing" : line.lastSuccess == nil ? "new" : "ok"
            let next: String
            if line.isGone || !line.isInConfig { next = "never" } else if let at = line.nextAttempt, at > now { next = "in " + InboxRenderer.age(from: now, to: at) } else { next = "next poll" }
            return [TerminalText.truncate(TerminalText.safeLine(line.name), to: 30), status, ago(line.lastAttempt), ago(line.lastSuccess),
                    line.httpStatus.flatMap { $0 == 0 ? nil : String($0) } ?? "-", String(line.errorStreak), next, ago(line.lastNewMention), String(line.mentionsLastWeek)]
        }
        var out = TerminalText.alignedColumns([headers] + rows).map { $0.trimmingCharacters(in: .whitespaces) + "\n" }.joined()
        let troubled = lines.filter { $0.lastError != nil || $0.movedTo != nil || !$0.isInConfig }
        if !troubled.isEmpty { out += "\n" }
        for line in troubled {
            if !line.isInConfig {
                out += "\(TerminalText.safeLine(line.name)): not in the config any more; its open mentions stay in the inbox\n"
                continue
            }
            if let error = line.lastError { out += "\(TerminalText.safeLine(line.name)): \(TerminalText.safeLine(error))\n" }
            if let moved = line.movedTo { out += "\(TerminalText.safeLine(line.name)): moved permanently to \(TerminalText.safeLine(moved)); update the config\n" }
        }
        return out
    }

    /// A JSON array, one object per source; dates in RFC 3339 UTC.
    public static func json(_ lines: [SourceLine]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return TerminalText.jsonSafe(String(decoding: (try? encoder.encode(lines)) ?? Data("[]".utf8), as: UTF8.self)) + "\n"
    }
}
