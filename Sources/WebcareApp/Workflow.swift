import Foundation
import WebcareCore
import WebcareStore

/// Moves mentions through the team's workflow: answered, ignored, reopened. Every change is recorded with
/// who and when in the mention's append-only history.
public struct Workflow: Sendable {
    private let database: WebcareDatabase
    private let clock: Clock
    /// The team's hours, for the due times of the promises a reply makes.
    private let businessHours: BusinessHours?

    /// Makes a workflow over the database.
    public init(database: WebcareDatabase, clock: Clock = .system, businessHours: BusinessHours? = nil) {
        self.database = database
        self.clock = clock
        self.businessHours = businessHours
    }

    /// Marks the mentions answered with the reply that was posted, kept with the answer in their history; each
    /// promise with a time the reply makes becomes a follow-up due then. All or none, like `move`; returns the ids
    /// that were answered already (left as they were: no reply kept, no follow-up).
    @discardableResult
    public func answer(_ ids: [Int64], reply: String, by actor: String, note: String?) throws(StoreError) -> [Int64] {
        let now = clock.now
        return try database.setStatus(.answered, ids: ids, by: actor, note: note, at: now, reply: reply,
                                      promises: Promises.due(in: reply, at: now, businessHours: businessHours))
    }

    /// Moves the mentions to `status` (open means reopened), all or none: an unknown id changes nothing.
    /// Returns the ids that were in that status already (left as they were, no history event).
    @discardableResult
    public func move(_ ids: [Int64], to status: MentionStatus, by actor: String, note: String?) throws(StoreError) -> [Int64] {
        try database.setStatus(status, ids: ids, by: actor, note: note, at: clock.now)
    }

    /// Adds the team's tags to the mentions (all or none).
    public func tag(_ ids: [Int64], with tags: [String]) throws(StoreError) {
        try database.tag(ids, with: tags)
    }

    /// Takes the tags off the mentions (all or none).
    public func untag(_ ids: [Int64], tags: [String]) throws(StoreError) {
        try database.untag(ids, tags: tags)
    }

    /// Takes the mentions off whoever had them; returns those assigned to nobody already.
    @discardableResult
    public func unassign(_ ids: [Int64], by actor: String) throws(StoreError) -> [Int64] {
        try database.unassign(ids, by: actor, at: clock.now)
    }

    /// Assigns the mentions to a person; all or none.
    public func assign(_ ids: [Int64], to person: String, by actor: String) throws(StoreError) {
        try database.assign(ids, to: person, by: actor, at: clock.now)
    }

    /// Adds a note to the mentions' history; all or none.
    public func note(_ ids: [Int64], _ text: String, by actor: String) throws(StoreError) {
        try database.addNote(text, to: ids, by: actor, at: clock.now)
    }

    /// Sets the team's label on the mentions (all or none); it wins over the scorer from now on.
    public func relabel(_ ids: [Int64], as label: SentimentLabel, by actor: String, note: String?) throws(StoreError) {
        try database.relabel(ids, as: label, by: actor, note: note, at: clock.now)
    }

    /// The mention's history, oldest first; throws `unknownMention` for an id that isn't stored.
    public func history(of id: Int64) throws(StoreError) -> [MentionEvent] {
        try database.history(id: id)
    }
}
