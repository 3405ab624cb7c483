import Foundation
import WebcareConfig
import WebcareCore
import WebcarePresent
import WebcareStore

/// `webcare sources`: every configured source with its health and what it brings in.
public enum SourceOverview {
    /// A line per configured source that the database knows, by name.
    public static func lines(config: Config, database: WebcareDatabase, now: Date) throws(StoreError) -> [SourceLine] {
        let configured = Set(config.sources.map(\.name))
        return try database.sourceActivity(now: now).filter { configured.contains($0.name) }.map { source in
            SourceLine(name: source.name, url: source.url, lastAttempt: source.state.lastAttemptAt, lastSuccess: source.state.lastSuccessAt,
                       httpStatus: source.state.lastStatus, errorStreak: source.state.errorStreak, lastError: source.state.lastError,
                       nextAttempt: source.state.nextAttemptAt, isGone: source.state.isGone, movedTo: source.state.movedTo,
                       lastNewMention: source.lastNewMentionAt, mentionsLastWeek: source.mentionsLastWeek)
        }
    }
}
