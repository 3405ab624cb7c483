import Foundation

/// One step in a mention's history: who did what to it, and when. The history is append-only.
public struct MentionEvent: Sendable, Equatable {
    /// When it happened (UTC).
    public var at: Date
    /// Who did it: a team member's name, or the brand account whose reply webcare detected.
    public var actor: String
    /// What was done: "answered", "ignored", "reopened", "assigned", "noted".
    public var action: String
    /// The note kept with it, if any.
    public var note: String?
    /// The reply the brand posted, kept with an "answered" event (typed with `answer --reply`, or found in a feed).
    public var reply: String?

    /// Makes an event.
    public init(at: Date, actor: String, action: String, note: String? = nil, reply: String? = nil) {
        self.at = at
        self.actor = actor
        self.action = action
        self.note = note
        self.reply = reply
    }
}
