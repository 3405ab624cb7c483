import Foundation
import GRDB
import WebcareCore

/// Which new mentions raise an alert, and what it says: the poll hands this to the store, which queues the alert
/// in the transaction that stores the mention.
public struct MentionAlertRule: Sendable {
    /// The fewest readers a new negative mention needs to raise an alert.
    public var minReach: Int
    /// The channels each alert is queued on ("command", "webhook"); none queues nothing.
    public var channels: [String]
    /// The alert's JSON for a stored mention (with its id).
    public var payload: @Sendable (Mention) -> String
    /// Mentions published longer ago than this before `now` raise none (a backlog is not news).
    public var maxAge: TimeInterval
    /// The poll's time; an undated mention counts as published then.
    public var now: Date

    /// Makes a rule.
    public init(minReach: Int, channels: [String], maxAge: TimeInterval = 24 * 3600, now: Date,
                payload: @escaping @Sendable (Mention) -> String) {
        self.minReach = minReach
        self.channels = channels
        self.maxAge = maxAge
        self.now = now
        self.payload = payload
    }

    /// Whether a new mention is news enough for an alert: negative, with at least `minReach` readers, and a channel
    /// to go to.
    private func isWorthAlerting(_ mention: NewMention) -> Bool {
        !channels.isEmpty && mention.sentiment.label == .negative && mention.reach >= minReach
    }

    /// Whether a new mention raises an alert: worth one, published within `maxAge`, and not part of a source's
    /// first backlog (`isFirstRead`: the first poll of a new source, or of a new install).
    public func isDue(_ mention: NewMention, isFirstRead: Bool) -> Bool {
        isWorthAlerting(mention) && !isFirstRead && (mention.published ?? now) >= now.addingTimeInterval(-maxAge)
    }

    /// Whether a new mention would have raised an alert but for its age or its source's first backlog.
    public func isHeldBack(_ mention: NewMention, isFirstRead: Bool) -> Bool {
        isWorthAlerting(mention) && !isDue(mention, isFirstRead: isFirstRead)
    }

    /// The key a mention's alert is queued under (once per channel).
    static func key(of id: Int64) -> String { "mention:\(id)" }
}

/// An alert waiting to be delivered on one channel.
public struct PendingAlert: Sendable, Equatable {
    /// Its row id.
    public var id: Int64
    /// "command" or "webhook".
    public var channel: String
    /// The JSON sent.
    public var payload: String
    /// Failed deliveries so far.
    public var attempts: Int
}

extension WebcareDatabase {
    /// Queues alerts, each once per channel: an alert already queued under the same key is not queued again.
    public func queueAlerts(_ alerts: [(key: String, payload: String)], channels: [String], at now: Date) throws(StoreError) {
        guard !alerts.isEmpty, !channels.isEmpty else { return }
        try writeRows("queue alerts") { db in
            for alert in alerts { try Self.queue(db, alert, channels: channels, at: now) }
        }
    }

    /// Queues one alert on each channel, unless one with its key is already queued there.
    private static func queue(_ db: Database, _ alert: (key: String, payload: String), channels: [String], at now: Date) throws {
        for channel in channels {
            try db.execute(sql: """
                INSERT INTO alert (key, channel, payload, createdAt) VALUES (?, ?, ?, ?) ON CONFLICT(key, channel) DO NOTHING
                """, arguments: [alert.key, channel, alert.payload, now])
        }
    }

    /// Queues the alerts of mentions just stored (in the transaction that stored them), for those still open: a
    /// mention a brand reply in the same batch already answered needs no alert.
    static func queueMentionAlerts(_ db: Database, _ stored: [(id: Int64, mention: NewMention)], rule: MentionAlertRule, at now: Date) throws {
        for (id, new) in stored {
            guard try String.fetchOne(db, sql: "SELECT status FROM mention WHERE id = ?", arguments: [id]) == MentionStatus.open.rawValue else {
                continue
            }
            let mention = Mention(id: id, source: new.source, itemKey: new.itemKey, url: new.url, title: new.title, text: new.text,
                                  author: new.author, published: new.published, firstSeen: now, brand: new.brand, sentiment: new.sentiment,
                                  reach: new.reach, status: .open, statusChangedAt: nil, statusChangedBy: nil, note: nil)
            try queue(db, (key: MentionAlertRule.key(of: id), payload: rule.payload(mention)), channels: rule.channels, at: now)
        }
    }

    /// Alerts not delivered yet, oldest first.
    public func pendingAlerts() throws(StoreError) -> [PendingAlert] {
        try readRows("read pending alerts", sql: "SELECT * FROM alert WHERE deliveredAt IS NULL ORDER BY id", arguments: []).map {
            PendingAlert(id: $0["id"], channel: $0["channel"], payload: $0["payload"], attempts: $0["attempts"])
        }
    }

    /// Records a delivery attempt: delivered at `now`, or failed with a reason (retried next poll).
    public func recordAlertDelivery(id: Int64, error: String?, at now: Date) throws(StoreError) {
        try writeRows("record an alert delivery") { db in
            if let error {
                try db.execute(sql: "UPDATE alert SET attempts = attempts + 1, lastError = ? WHERE id = ?", arguments: [error, id])
            } else {
                try db.execute(sql: "UPDATE alert SET deliveredAt = ?, lastError = NULL WHERE id = ?", arguments: [now, id])
            }
        }
    }

    /// When each brand was last mentioned (first seen); brands never mentioned are absent. One index probe each.
    public func lastMentionByBrand(_ brands: [String]) throws(StoreError) -> [String: Date] {
        var result: [String: Date] = [:]
        for brand in brands {
            let rows = try readRows("read the last mention of \(brand)", sql: "SELECT MAX(firstSeenAt) AS last FROM mention WHERE brand = ?",
                                    arguments: [brand])
            if let last: Date = rows.first?["last"] { result[brand] = last }
        }
        return result
    }

    /// A brand's negative mentions counted per window of `window` seconds, `count` windows from `start` on,
    /// by when their clock started (published, else first seen).
    public func negativeCounts(brand: String, from start: Date, window: TimeInterval, count: Int) throws(StoreError) -> [Int] {
        var counts = Array(repeating: 0, count: count)
        let end = start.addingTimeInterval(window * Double(count))
        let rows = try readRows("count the negative mentions of \(brand)", sql: """
            SELECT CAST((julianday(COALESCE(publishedAt, firstSeenAt)) - julianday(?)) * 86400.0 / ? AS INTEGER) AS bucket, COUNT(*) AS n
            FROM mention
            WHERE COALESCE(publishedAt, firstSeenAt) >= ? AND COALESCE(publishedAt, firstSeenAt) < ? AND label = 'negative' AND brand = ?
            GROUP BY bucket
            """, arguments: [start, window, start, end, brand])
        for row in rows {
            let bucket: Int = row["bucket"]
            if counts.indices.contains(bucket) { counts[bucket] += row["n"] as Int }
        }
        return counts
    }

    /// Every brand's spike state, by brand.
    public func spikeStates() throws(StoreError) -> [String: SpikeState] {
        var states: [String: SpikeState] = [:]
        for row in try readRows("read the spike states", sql: "SELECT * FROM spikeState", arguments: []) {
            states[row["brand"]] = SpikeState(activeSince: row["activeSince"], lastAlertAt: row["lastAlertAt"])
        }
        return states
    }

    /// Keeps a brand's spike state and queues its alert in one transaction, so a crash cannot send one twice.
    public func saveSpikeState(_ state: SpikeState, brand: String, alert: (key: String, payload: String)?, channels: [String],
                               at now: Date) throws(StoreError) {
        try writeRows("record the spike state of \(brand)") { db in
            try db.execute(sql: """
                INSERT INTO spikeState (brand, activeSince, lastAlertAt) VALUES (?, ?, ?)
                ON CONFLICT(brand) DO UPDATE SET activeSince = excluded.activeSince, lastAlertAt = excluded.lastAlertAt
                """, arguments: [brand, state.activeSince, state.lastAlertAt])
            if let alert { try Self.queue(db, alert, channels: channels, at: now) }
        }
    }
}
