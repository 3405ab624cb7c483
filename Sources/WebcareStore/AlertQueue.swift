import Foundation
import GRDB
import WebcareCore

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

    /// Negative mentions first stored at `seenAt` (one poll's new ones) with at least `minReach` readers.
    public func newNegativeMentions(seenAt: Date, minReach: Int) throws(StoreError) -> [Mention] {
        // Compared in SQL, where both sides have the stored precision (milliseconds).
        try readRows("read new negative mentions", sql: """
            SELECT * FROM mention WHERE status = 'open' AND label = 'negative' AND firstSeenAt = ? AND reach >= ? ORDER BY reach DESC, id
            """, arguments: [seenAt, minReach]).map(Self.mention)
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
