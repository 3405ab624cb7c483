import Foundation
import WebcareConfig
import WebcareCore
import WebcareSentiment
import WebcareStore

/// The promises replies make: found in a stored reply with their due times (in the team's business hours and time
/// zone), listed while open, marked kept, and alerted once when one passes its time unkept.
public struct Promises: Sendable {
    private let database: WebcareDatabase
    private let businessHours: BusinessHours?

    /// Makes the use case over the database, with the config's business hours.
    public init(config: Config, database: WebcareDatabase) {
        self.database = database
        self.businessHours = config.businessHours
    }

    /// The promises with a time in `reply`, made at `at`, each with its due time. None for a reply without one.
    public static func due(in reply: String, at: Date, businessHours: BusinessHours?) -> [PromiseDue] {
        PromiseFinder.promises(in: reply).map {
            PromiseDue(words: $0.words, due: $0.time.due(after: at, businessHours: businessHours, timeZone: ReportPeriod.teamTimeZone))
        }
    }

    /// The open follow-ups, soonest due first.
    public func open() throws(StoreError) -> [FollowUp] {
        try database.openFollowUps()
    }

    /// Marks a follow-up kept; false when it was kept already.
    public func markKept(_ id: Int64, by actor: String, at now: Date) throws(StoreError) -> Bool {
        try database.markFollowUpKept(id, by: actor, at: now)
    }

    /// The alerts of the open follow-ups past their time at `now`, keyed by follow-up: the alert queue keeps each
    /// key once per channel, so a broken promise raises one alert however many polls see it.
    static func overdueAlerts(_ database: WebcareDatabase, at now: Date) throws(StoreError) -> [(key: String, payload: String)] {
        try database.openFollowUps().filter { $0.isOverdue(at: now) }.map { followUp in
            let text = "Promise to the customer of mention \(followUp.mentionID) (\(followUp.brand)) not kept: due "
                + ISO8601DateFormatter().string(from: followUp.due) + ", \"" + followUp.promise + "\" — `webcare followup done \(followUp.id)` once kept"
            return ("promise:\(followUp.id)", AlertDispatcher.payload(kind: "promise-overdue", text: text, at: now, extra: [
                "followUp": ["id": followUp.id, "mention": followUp.mentionID, "brand": followUp.brand, "promise": followUp.promise,
                             "promisedBy": followUp.promisedBy, "due": ISO8601DateFormatter().string(from: followUp.due)] as [String: Any],
            ]))
        }
    }
}
