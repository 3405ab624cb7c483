import Foundation
import WebcareCore

/// What `rescore` and `suggest-words` print.
public enum LabelRenderer {
    /// The rescore's summary; in a dry run, each label that would change on a line of its own.
    public static func rescore(_ scored: Int, changes: [(id: Int64, brand: String, headline: String, from: SentimentLabel, to: SentimentLabel)],
                               keptTeamLabels: Int, nowNeedReply: Int, noLongerNeedReply: Int, isDryRun: Bool) -> String {
        var out = ""
        if isDryRun {
            for change in changes {
                out += "\(change.id)  \(change.from.rawValue) → \(change.to.rawValue)  \(TerminalText.safeLine(change.brand)): "
                    + TerminalText.truncate(TerminalText.safeLine(change.headline), to: 70) + "\n"
            }
        }
        let verb = isDryRun ? "would change" : "changed"
        out += "\(scored) mention\(scored == 1 ? "" : "s") scored again: \(changes.count) label\(changes.count == 1 ? "" : "s") \(verb)"
        let moves = Dictionary(grouping: changes) { "\($0.from.rawValue) → \($0.to.rawValue)" }.map { "\($0.value.count) \($0.key)" }.sorted()
        if !moves.isEmpty { out += " (" + moves.joined(separator: ", ") + ")" }
        if keptTeamLabels > 0 { out += "; \(keptTeamLabels) team label\(keptTeamLabels == 1 ? "" : "s") kept" }
        if nowNeedReply + noLongerNeedReply > 0 {
            out += "; \(nowNeedReply) now ask\(nowNeedReply == 1 ? "s" : "") for a reply, \(noLongerNeedReply) no longer"
        }
        return out + (isDryRun ? "; nothing written (--dry-run)\n" : "\n")
    }

    /// The evidence behind each suggestion, then a `sentiment.words` block ready to paste into the config.
    public static func suggestions(_ suggestions: [(word: String, language: Language, teamLabel: SentimentLabel, mentions: Int,
                                                    weightToday: Double, proposed: Double)], minimum: Int) -> String {
        guard !suggestions.isEmpty else {
            return "No suggestions: no word turns up in \(minimum) or more mentions the team relabelled the same way "
                + "(`webcare relabel` records the team's labels; --min lowers the bar).\n"
        }
        var out = ""
        for suggestion in suggestions {
            let today = suggestion.weightToday == 0 ? "unknown to the scorer today" : String(format: "scored %+.1f today", suggestion.weightToday)
            out += "'\(TerminalText.safeLine(suggestion.word))' appears in \(suggestion.mentions) mention\(suggestion.mentions == 1 ? "" : "s") "
                + "the team relabelled \(suggestion.teamLabel.rawValue), \(today)\n"
        }
        out += "\nPaste into the config's \"sentiment\" (then run `webcare rescore`):\n"
        var byLanguage: [String: [(String, Double)]] = [:]
        for suggestion in suggestions {
            byLanguage[suggestion.language == .en ? "en" : "nl", default: []].append((suggestion.word, suggestion.proposed))
        }
        let blocks = byLanguage.keys.sorted().map { language in
            let words = byLanguage[language]!.sorted { $0.0 < $1.0 }
                .map { "\"\(jsonEscaped($0.0))\": \(String(format: "%g", $0.1))" }.joined(separator: ", ")
            return "    \"\(language)\": { \(words) }"
        }
        out += "\"words\": {\n" + blocks.joined(separator: ",\n") + "\n}\n"
        return out
    }

    private static func jsonEscaped(_ text: String) -> String {
        text.unicodeScalars.map { $0 == "\"" ? "\\\"" : $0 == "\\" ? "\\\\" : $0.value < 0x20 ? String(format: "\\u%04x", $0.value) : String($0) }.joined()
    }
}
