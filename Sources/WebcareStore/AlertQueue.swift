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
            for alert in alerts {
                for channel in channels {
                    try db.execute(sql: """
                        INSERT INTO alert (key, channel, payload, createdAt) VALUES (?, ?, ?, ?)
                        ON CONFLICT(key, channel) DO NOTHING
                        """, arguments: [alert.key, channel, alert.payload, now])
                }
            }
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

    /// When each brand was last mentioned (first seen), by brand name; brands never mentioned are absent.
    public func lastMentionByBrand() throws(StoreError) -> [String: Date] {
        var result: [String: Date] = [:]
        for row in try readRows("read the last mention per brand", sql: "SELECT brand, MAX(firstSeenAt) AS last FROM mention GROUP BY brand", arguments: []) {
            if let last: Date = row["last"] { result[row["brand"]] = last }
        }
        return result
    }
}
