import Foundation

/// Times as people read them: RFC 3339 in the team's time zone ("2026-11-20T10:12:00+01:00"; "…Z" in UTC). JSON
/// output stays in UTC whatever the zone.
public enum TeamTime {
    /// The instant in `zone`, to the second, with its offset.
    public static func timestamp(_ date: Date, in zone: TimeZone) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        formatter.timeZone = zone
        return formatter.string(from: date)
    }

    /// UTC, the zone tests and JSON use.
    public static let utc = TimeZone(identifier: "UTC")!
}
