/// What `webcare reply-check` found in a draft reply: the elements that make it open, what makes it defensive,
/// each with the words that showed it, the mention's questions and a verdict. Found by `ReplyCheck`
/// (WebcareSentiment), worded by `ReplyCheckRenderer`, counted by the weekly report.
public struct ReplyAssessment: Sendable, Equatable {
    /// What a phrase shows.
    public enum Kind: String, Sendable, CaseIterable, Comparable {
        // What makes a reply open.
        case acknowledgement, apology, explanation, nextStep, personal
        // What makes it defensive.
        case denial, policy, blame, stock, unansweredQuestion

        /// The elements an open reply has.
        public static let elements: [Kind] = [.acknowledgement, .apology, .explanation, .nextStep, .personal]
        /// The kinds a team's phrase may have (an unanswered question is found, not listed).
        public static let phraseKinds: [Kind] = elements + [.denial, .policy, .blame, .stock]

        /// Whether it helps (an element of an open reply) rather than hurts.
        public var isElement: Bool { Self.elements.contains(self) }

        /// How the report and the check name it: "next step", "unanswered question".
        public var name: String {
            switch self {
            case .nextStep: "next step"
            case .personal: "personal touch"
            case .policy: "hiding behind policy"
            case .blame: "blaming the customer"
            case .stock: "stock phrase"
            case .unansweredQuestion: "unanswered question"
            default: rawValue
            }
        }

        public static func < (lhs: Kind, rhs: Kind) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// One thing the check found, with the words that showed it.
    public struct Finding: Sendable, Equatable {
        /// What it shows.
        public var kind: Kind
        /// The words of the draft as written ("Vervelend dat"), or the mention's question for an unanswered one.
        public var words: String

        /// Makes a finding.
        public init(kind: Kind, words: String) {
            self.kind = kind
            self.words = words
        }
    }

    /// How the draft reads as a whole.
    public enum Verdict: String, Sendable, Equatable, CaseIterable {
        case open, mixed, defensive
    }

    /// A question the mention asked, and whether the draft answers it.
    public struct Question: Sendable, Equatable {
        /// The question as written.
        public var text: String
        /// Whether the draft takes it up (shares its subject, or explains a "why", or gives a time for a "when").
        public var isAnswered: Bool

        /// Makes one.
        public init(text: String, isAnswered: Bool) {
            self.text = text
            self.isAnswered = isAnswered
        }
    }

    /// The draft's language, as the scorer guesses it.
    public var language: Language
    /// Everything found, in the order of the draft (unanswered questions last).
    public var findings: [Finding]
    /// The mention's questions (empty without a mention, or when it asked none).
    public var questions: [Question]
    /// The elements of an open reply the draft lacks, in `Kind.elements` order.
    public var missing: [Kind]
    /// Open, mixed or defensive.
    public var verdict: Verdict

    /// Makes an assessment.
    public init(language: Language, findings: [Finding], questions: [Question], missing: [Kind], verdict: Verdict) {
        self.language = language
        self.findings = findings
        self.questions = questions
        self.missing = missing
        self.verdict = verdict
    }

    /// What the draft has.
    public var present: [Finding] { findings.filter(\.kind.isElement) }
    /// What hurts it.
    public var hurts: [Finding] { findings.filter { !$0.kind.isElement } }
}
