import Foundation

/// Something about a source worth telling the team even when `poll` is otherwise quiet: each is said once, when it
/// happens, not every 15 minutes. A value, not a sentence: Present words it, alerts are keyed on `key`.
public enum SourceNotice: Sendable, Equatable, Hashable {
    /// The source failed `attempts` times in a row (or once, when it never worked), the last time for `reason`.
    case failing(source: String, reason: String, attempts: Int)
    /// The server said 410 Gone: the source is not polled again until its URL changes in the config.
    case gone(source: String)
    /// The source works again after `failedAttempts` failed attempts.
    case recovered(source: String, failedAttempts: Int)
    /// The server said the source moved permanently to `url`.
    case moved(source: String, to: String)

    /// The source the notice is about.
    public var source: String {
        switch self {
        case .failing(let source, _, _), .gone(let source), .recovered(let source, _), .moved(let source, _): source
        }
    }

    /// What kind of notice it is, as alerts and scripts name it: "failing", "gone", "recovered", "moved".
    public var kind: String {
        switch self {
        case .failing: "failing"
        case .gone: "gone"
        case .recovered: "recovered"
        case .moved: "moved"
        }
    }

    /// The key its alert is queued under at `time`: the same event at the same poll is queued once, whatever its
    /// wording.
    public func alertKey(at time: Date) -> String {
        let detail: String
        switch self {
        case .moved(_, let url): detail = ":" + url
        default: detail = ""
        }
        return "source:\(kind):\(source)\(detail):\(Int(time.timeIntervalSince1970))"
    }
}
