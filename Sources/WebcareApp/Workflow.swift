import Foundation
import WebcareCore
import WebcareStore

/// Moves mentions through the team's workflow: answered, ignored, reopened. Every change is recorded with
/// who and when in the mention's append-only history.
public struct Workflow: Sendable {
    private let database: WebcareDatabase
    private let clock: Clock

    /// Makes a workflow over the database.
    public init(database: WebcareDatabase, clock: Clock = .system) {
        self.database = database
        self.clock = clock
    }

    /// Moves the mentions to `status` (open means reopened), all or none: an unknown id changes nothing.
    public func move(_ ids: [Int64], to status: MentionStatus, by actor: String, note: String?) throws(StoreError) {
        try database.setStatus(status, ids: ids, by: actor, note: note, at: clock.now)
    }
}
