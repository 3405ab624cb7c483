import Foundation
import WebcareCore
import WebcareStore

/// Moves mentions through the team's workflow: answered, ignored, reopened. Every change is recorded.
public struct Workflow: Sendable {
    private let database: WebcareDatabase
    private let clock: Clock

    /// Makes a workflow over the database.
    public init(database: WebcareDatabase, clock: Clock = .system) {
        self.database = database
        self.clock = clock
    }

    /// Marks the mentions answered by `actor`; all or none (an unknown id changes nothing).
    public func answer(_ ids: [Int64], by actor: String, note: String?) throws(StoreError) {
        try database.setStatus(.answered, ids: ids, by: actor, note: note, at: clock.now)
    }

    /// Marks the mentions as needing no answer.
    public func ignore(_ ids: [Int64], by actor: String, note: String?) throws(StoreError) {
        try database.setStatus(.ignored, ids: ids, by: actor, note: note, at: clock.now)
    }

    /// Puts the mentions back in the inbox.
    public func reopen(_ ids: [Int64], by actor: String, note: String?) throws(StoreError) {
        try database.setStatus(.open, ids: ids, by: actor, note: note, at: clock.now)
    }
}
