/// Why the store could not do what was asked. Its description names the database or mention.
public enum StoreError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The database file could not be opened or migrated.
    case cannotOpen(path: String, reason: String)
    /// No mention has this id.
    case unknownMention(id: Int64)
    /// No follow-up has this id.
    case unknownFollowUp(id: Int64)
    /// A read or write failed.
    case failed(action: String, reason: String)

    /// One line saying what failed and what to do.
    public var description: String {
        switch self {
        case .cannotOpen(let path, let reason):
            "could not open database \(path): \(reason)" + (reason.hasSuffix("upgrade webcare to use it") ? ""
                : "; check the \"database\" path in the config and that its folder is writable")
        case .unknownMention(let id):
            "no mention with id \(id); `webcare inbox --all` lists the open ones with their ids"
        case .unknownFollowUp(let id):
            "no follow-up with id \(id); `webcare followups` lists the open ones with their ids"
        case .failed(let action, let reason):
            "could not \(action): \(reason)"
        }
    }
}
