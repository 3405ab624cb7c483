import Foundation
import WebcareCore

/// `webcare reply-check`: the verdict, each finding with the words that showed it (as `score --explain` lists its
/// words), the mention's questions, and a line of advice for each missing element and each kind of harm.
public enum ReplyCheckRenderer {
    /// The check as text:
    /// ```
    /// mixed	nl
    ///   +  acknowledgement       "Vervelend dat"
    ///   -  denial                "volgens onze gegevens"
    /// ```
    public static func text(_ result: ReplyAssessment, mention: Int64? = nil) -> String {
        var out = result.verdict.rawValue + "\t" + result.language.rawValue + "\n"
        if result.findings.isEmpty { out += "  no phrases found that make a reply open or defensive\n" }
        for finding in result.findings where finding.kind != .unansweredQuestion {
            out += line(finding.kind.isElement ? "+" : "-", finding.kind.name, "\"" + TerminalText.safeLine(finding.words) + "\"")
        }
        if !result.questions.isEmpty {
            out += "\nQuestions in mention \(mention.map(String.init) ?? ""):\n"
            for question in result.questions {
                out += line(question.isAnswered ? "+" : "-", question.isAnswered ? "answered" : "unanswered",
                            "\"" + TerminalText.safeLine(question.text) + "\"")
            }
        }
        let harms = Array(Set(result.hurts.map(\.kind))).sorted()
        if !result.missing.isEmpty || !harms.isEmpty {
            out += "\nAdvice:\n"
            for kind in result.missing { out += line(" ", "no " + kind.name, advice(for: kind)) }
            for kind in harms { out += line(" ", kind.name, advice(for: kind)) }
        }
        return out
    }

    private static func line(_ sign: String, _ name: String, _ rest: String) -> String {
        "  " + sign + "  " + name.padding(toLength: 22, withPad: " ", startingAt: 0) + rest + "\n"
    }

    /// The check as one JSON object: verdict, language, findings, questions, missing, advice.
    public static func json(_ result: ReplyAssessment) -> String {
        let object: [String: Any] = [
            "verdict": result.verdict.rawValue, "language": result.language.rawValue,
            "findings": result.findings.map { ["kind": $0.kind.rawValue, "helps": $0.kind.isElement, "words": $0.words] as [String: Any] },
            "questions": result.questions.map { ["text": $0.text, "answered": $0.isAnswered] as [String: Any] },
            "missing": result.missing.map(\.rawValue),
            "advice": result.missing.map { ["missing": $0.rawValue, "advice": advice(for: $0)] },
        ]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])) ?? Data("{}".utf8)
        return TerminalText.jsonSafe(String(decoding: data, as: UTF8.self)) + "\n"
    }

    /// One line of advice for a missing element.
    public static func advice(for kind: ReplyAssessment.Kind) -> String {
        switch kind {
        case .acknowledgement: "Acknowledge what happened to them first (\"vervelend dat …\", \"ik begrijp dat …\", \"I understand …\")."
        case .apology: "Apologise or own the mistake in your own words (\"excuses, dat had niet mogen gebeuren\", \"that was our mistake\")."
        case .explanation: "Say briefly what went wrong or why (\"dat komt doordat …\", \"this happened because …\")."
        case .nextStep: "Give a concrete next step, with a time if you can (\"ik bel u morgen\", \"I'll send a replacement today\")."
        case .personal: "Make it personal: address them by name and sign with yours (\"Hoi Mark, … ^Sanne\")."
        case .denial: "Don't contradict them; say what you see and ask what they see (\"ik zie hier …, klopt dat met wat u ziet?\")."
        case .policy: "Explain the reason behind the rule and what you can do instead."
        case .blame: "Leave out what they should have done; say what happens next."
        case .stock: "Write it as you would say it: drop the template phrase."
        case .unansweredQuestion: "Answer the question they asked, or say when you will."
        }
    }
}
