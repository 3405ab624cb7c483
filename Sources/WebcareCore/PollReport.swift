import Foundation

/// What happened to one source in one poll.
public enum SourceOutcome: Sendable, Equatable {
    /// Fetched and parsed: how many items it held, how many mentioned a brand, how many of those were new.
    case polled(items: Int, mentions: Int, new: Int)
    /// The server said nothing changed (304), or the body was the same as last time: nothing parsed.
    case unchanged
    /// Fetching, reading or storing failed; nothing of this source was stored.
    case failed(reason: String)
    /// Not fetched this time: it is failing and backing off, or asked to wait (Retry-After), until then.
    case waiting(until: Date)
    /// The server said 410 Gone; not polled until its URL changes in the config.
    case gone
}

/// The result of a whole poll, source by source in config order.
public struct PollReport: Sendable, Equatable {
    /// Each source's name and outcome.
    public var outcomes: [(source: String, outcome: SourceOutcome)]
    /// What is worth telling the team even in quiet mode: a source that starts failing, one that recovers,
    /// a permanent redirect. Each is said once, not every 15 minutes.
    public var notices: [SourceNotice] = []
    /// CPU seconds spent in each stage, summed over the threads that ran it: "fetch" (libcurl and handing bodies to
    /// the workers), "parse", "match and score", "store"; "cpu", the whole process's CPU seconds (start-up and
    /// config included); and wall seconds: "setup" (before the first request), "transfers" (until the last write),
    /// "wrap-up" (fetch states, statistics, checkpoint) and "total", the three together.
    public var timings: [String: Double] = [:]
    /// The sources whose document held bytes that were not in its charset, and what became of them.
    public var charsetRepairs: [String: CharsetRepair] = [:]

    /// New negative mentions with a large reach whose alert was held back: a source's first backlog, or published
    /// longer ago than `alerts.maxAgeHours`.
    public var alertsHeldBack = 0

    /// Makes a report.
    public init(outcomes: [(source: String, outcome: SourceOutcome)], notices: [SourceNotice] = [], timings: [String: Double] = [:],
                charsetRepairs: [String: CharsetRepair] = [:], alertsHeldBack: Int = 0) {
        self.alertsHeldBack = alertsHeldBack
        self.outcomes = outcomes
        self.notices = notices
        self.timings = timings
        self.charsetRepairs = charsetRepairs
    }

    /// Sources that failed this time, with their reasons.
    public var failures: [(source: String, reason: String)] {
        outcomes.compactMap { if case .failed(let reason) = $0.outcome { ($0.source, reason) } else { nil } }
    }

    /// New mentions stored in all.
    public var newMentions: Int {
        outcomes.reduce(0) { if case .polled(_, _, let new) = $1.outcome { $0 + new } else { $0 } }
    }

    public static func == (lhs: PollReport, rhs: PollReport) -> Bool {
        lhs.outcomes.map(\.source) == rhs.outcomes.map(\.source) && lhs.outcomes.map(\.outcome) == rhs.outcomes.map(\.outcome)
            && lhs.notices == rhs.notices
    }
}

/// The bytes of a source's document that were not in its charset: read as windows-1252 (the text is kept), or lost.
public struct CharsetRepair: Sendable, Equatable {
    /// Makes a repair count.
    public init(recoveredBytes: Int, droppedBytes: Int) {
        self.recoveredBytes = recoveredBytes
        self.droppedBytes = droppedBytes
    }

    /// Bytes read as windows-1252 instead (a stray Latin-1 byte in UTF-8).
    public var recoveredBytes: Int
    /// Bytes whose text was lost (the rest of a document libxml2 stopped converting).
    public var droppedBytes: Int
}
