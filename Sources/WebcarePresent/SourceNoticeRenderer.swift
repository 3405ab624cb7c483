import WebcareCore

/// Words a source notice for the team: one line, as `poll` prints it on stderr and alerts carry it as their text.
public enum SourceNoticeRenderer {
    /// The notice as one sentence (no trailing newline), control and escape characters taken out: a reason or a
    /// URL may come from the web.
    public static func line(_ notice: SourceNotice) -> String { TerminalText.safeLine(sentence(notice)) }

    private static func sentence(_ notice: SourceNotice) -> String {
        switch notice {
        case .failing(let source, let reason, let attempts):
            "could not poll source \"\(source)\": \(reason)" + (attempts > 1 ? " (\(attempts) attempts in a row)" : "")
        case .gone(let source):
            "source \"\(source)\" is gone (HTTP 410): not polled again until its URL changes in the config"
        case .recovered(let source, let failedAttempts):
            "source \"\(source)\" works again after \(failedAttempts) failed attempt\(failedAttempts == 1 ? "" : "s")"
        case .moved(let source, let url):
            "source \"\(source)\" has moved permanently to \(url): update its url in the config"
        }
    }
}
