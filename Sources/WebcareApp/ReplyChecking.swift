import WebcareConfig
import WebcareCore
import WebcareSentiment
import WebcareStore

/// `webcare reply-check`: a draft read against the built-in phrases and the team's, and, given a mention, against
/// the questions it asked.
public struct ReplyChecking: Sendable {
    private let check: ReplyCheck
    private let database: WebcareDatabase?

    /// Makes the check with the config's phrases (`replies.phrases`); the database is needed only for `--mention`.
    public init(config: Config, database: WebcareDatabase?) {
        check = Self.check(config: config)
        self.database = database
    }

    /// The check with the team's phrases of both languages (a phrase's kind from the config, unknown kinds never
    /// reach here: the config reader refuses them).
    static func check(config: Config) -> ReplyCheck {
        var phrases: [String: ReplyCheck.Kind] = [:]
        for language in [Language.nl, .en] {
            for (phrase, kind) in config.replies.phrases[language] ?? [:] { phrases[phrase] = ReplyCheck.Kind(rawValue: kind) }
        }
        return ReplyCheck(teamPhrases: phrases)
    }

    /// Checks a draft; with a mention id, also against that mention's questions (an apology is not expected for a
    /// mention that isn't negative). Throws `unknownMention` for an id that isn't stored.
    public func check(_ draft: String, mention id: Int64? = nil) throws(StoreError) -> ReplyCheck.Result {
        guard let id, let database else { return check.check(draft) }
        let mention = try database.mention(id: id)
        return check.check(draft, mention: mention.text, expectsApology: mention.sentiment.label == .negative)
    }
}
