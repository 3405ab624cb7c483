import Foundation
import WebcareConfig
import WebcareCore
import WebcarePresent
import WebcareStore

/// `webcare sources`: every configured source with its health and what it brings in.
public enum SourceOverview {
    /// A line per source the database knows, by name; one the config no longer names says so.
    public static func lines(config: Config, database: WebcareDatabase, now: Date) throws(StoreError) -> [SourceLine] {
        let configured = Set(config.sources.map(\.name))
        return try database.sourceActivity(now: now).map { source in
            var line = SourceLine(name: source.name, url: source.url, lastAttempt: source.state.lastAttemptAt, lastSuccess: source.state.lastSuccessAt,
                       httpStatus: source.state.lastStatus, errorStreak: source.state.errorStreak, lastError: source.state.lastError,
                       nextAttempt: source.state.nextAttemptAt, isGone: source.state.isGone, movedTo: source.state.movedTo,
                       lastNewMention: source.lastNewMentionAt, mentionsLastWeek: source.mentionsLastWeek)
            line.isInConfig = configured.contains(source.name)
            return line
        }
    }
}
