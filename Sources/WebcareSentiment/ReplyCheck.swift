import WebcareCore

/// Reads a draft reply (Dutch or English) the way a customer would: what makes it open (acknowledgement, apology,
/// explanation, a next step, a personal touch) and what makes it defensive (denial, hiding behind policy, blaming
/// the customer, template phrases, leaving the customer's questions unanswered), each with the words that showed
/// it, a verdict and a line of advice for each missing element. Built on the scorer's tokenizer and folding, so
/// "Excuses" and "excúses" read alike. The team's own phrases (`replies.phrases`) add to the built-in ones.
public struct ReplyCheck: Sendable {
    public typealias Kind = ReplyAssessment.Kind
    public typealias Finding = ReplyAssessment.Finding
    public typealias Verdict = ReplyAssessment.Verdict
    public typealias Question = ReplyAssessment.Question
    public typealias Result = ReplyAssessment

    /// The phrases read, folded into word sequences, longest first.
    private let phrases: [(words: [String], kind: Kind)]

    /// A check with the built-in phrases and the team's own (phrase → kind); a team phrase that is also built in
    /// takes the team's kind.
    public init(teamPhrases: [String: Kind] = [:]) {
        var byWords: [[String]: Kind] = [:]
        for (kind, list) in ReplyPhrases.builtIn {
            for phrase in list { byWords[ReplyText.words(of: phrase)] = kind }
        }
        for (phrase, kind) in teamPhrases where kind != .unansweredQuestion {
            let words = ReplyText.words(of: phrase)
            if !words.isEmpty { byWords[words] = kind }
        }
        phrases = byWords.map { ($0.key, $0.value) }.sorted { $0.words.count != $1.words.count ? $0.words.count > $1.words.count : $0.words.lexicographicallyPrecedes($1.words) }
    }

    /// Checks a draft; with `mention`, also whether the draft answers the questions the mention asked. An apology is
    /// expected unless `expectsApology` is false (a friendly question needs no "sorry").
    public func check(_ draft: String, mention: String? = nil, expectsApology: Bool = true) -> Result {
        let text = ReplyText(draft)
        var findings: [Finding] = []
        // At each word the longest phrase that starts there wins; matched words are not read again.
        var index = 0
        while index < text.tokens.count {
            guard text.tokens[index].isWord,
                  let match = phrases.first(where: { text.matches($0.words, at: index) }) else { index += 1; continue }
            findings.append(Finding(kind: match.kind, words: text.written(index..<(index + match.words.count))))
            index += match.words.count
        }
        if let personal = ReplyPersonalTouch.find(in: text), !findings.contains(where: { $0.kind == .personal }) {
            findings.append(Finding(kind: .personal, words: personal))
        }
        let questions = mention.map { ReplyQuestions.questions(in: $0, answeredBy: text, findings: findings) } ?? []
        if !questions.isEmpty, !questions.contains(where: \.isAnswered) {
            findings += questions.map { Finding(kind: .unansweredQuestion, words: $0.text) }
        }
        let kinds = Set(findings.map(\.kind))
        let missing = Kind.elements.filter { !kinds.contains($0) && ($0 != .apology || expectsApology) }
        return Result(language: text.language, findings: findings, questions: questions, missing: missing,
                      verdict: Self.verdict(kinds: kinds, expectsApology: expectsApology))
    }

    /// Open: nothing hurts and at least two elements are there. Defensive: denial or blame, or policy or unanswered
    /// questions with no element beside them, or two kinds of harm with at most two elements. Mixed otherwise.
    static func verdict(kinds: Set<Kind>, expectsApology: Bool) -> Verdict {
        let elements = kinds.filter(\.isElement).count
        let harms = kinds.filter { !$0.isElement }
        if harms.isEmpty { return elements >= 2 ? .open : .mixed }
        if kinds.contains(.denial) || kinds.contains(.blame) { return .defensive }
        if (kinds.contains(.policy) || kinds.contains(.unansweredQuestion)) && elements == 0 { return .defensive }
        if harms.count >= 2 && elements <= 2 { return .defensive }
        return .mixed
    }
}
