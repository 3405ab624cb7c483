// What a walk tells the sink that hears it: the contributions and the rules that act on them.

/// One word, phrase, emoji or complaint signal that moves the total, while the walk runs.
struct Contribution {
    enum Kind: UInt8 { case emoji, waitingTime, repetition, phrase, word, complaintCue }
    /// A complaint signal with no sentiment word: waiting time, repetition, a complaint told as a fact or question.
    var isComplaintSignal: Bool { kind == .waitingTime || kind == .repetition || kind == .complaintCue }
    var kind: Kind
    /// The first token it covers, and how many.
    var token: Int
    var length: Int
    var weight: Double
    /// Weighted by the contrast rule ("after maar ×1.5").
    var isContrasted = false
    /// The sentence it stands in, counted from 0 (sentences end at ".", "!" or "?").
    var sentence: Int32 = 0
}

/// How a word was found (for the explanation).
struct LookupHow {
    enum Source: UInt8 {
        /// In the lexicon of the text's language.
        case lexicon
        /// In the other language's lexicon.
        case otherLanguage
        /// Not found, but its intensifying prefix carries a valence of its own ("kut-").
        case prefixOnly
        /// Read by the sentiment word it ends in ("klantonvriendelijk").
        case compound
        /// Ends in -loos / -loze.
        case suffixLoos
    }
    var source: Source
    var isElongated = false
    /// Index in `SentimentRules.prefixes` of the prefix taken off, or -1.
    var prefix = -1
    /// Compound: where in the word's folded bytes the tail starts.
    var tailStart = 0
}

/// A rule that acted on one contribution, in the order the rules act.
enum ScoringStep {
    case emoji
    case waitingTime
    case repetition
    case phrase
    /// A complaint told as a fact or question ("ik wacht al", "where is my").
    case complaintCue
    /// A Dutch separable verb read with its particle at the end of the clause ("viel me zwaar tegen").
    case separableVerb
    case found(LookupHow, token: Int)
    case capitals
    case boosted(by: Int, boost: Double)
    /// A two-word booster ("a bit", "wat een") ending just before: its first token, and the relative change.
    case boostedByPair(first: Int, boost: Double)
    case negated(by: Int, factor: Double)
    /// "too sweet": too much of a good thing.
    case excessive(by: Int)
    case qualified(by: Int)
    case contrast(turn: Int, isBefore: Bool, factor: Double)
    /// In a sentence with a concession ("although"): inside the clause it opens, or in the rest of the sentence.
    case concession(by: Int, isConceded: Bool, factor: Double)
    case ironic
    /// Praise in a short opening or closing clause of a short complaint ("Geweldig, alweer …"; "… Top timing.").
    case sarcastic
}

/// A rule that acts on the whole text, after the contributions.
enum WholeTextStep {
    case plainQuestion
    case whyQuestion(token: Int)
    case exasperation
    case exclamations(count: Int)
}

/// Hears what the walk does. Plain scoring ignores it (`IgnoringSink`, which compiles to nothing); the
/// explanation records it (`ExplanationRecorder`). Both see the same walk, so scores cannot drift apart.
protocol ScoringSink {
    /// A rule acted on contribution number `contribution`.
    mutating func note(_ step: ScoringStep, contribution: Int)
    /// A rule on the whole text added `weight`.
    mutating func noteWholeText(_ step: WholeTextStep, weight: Double)
    /// The walk is done; `walk` and `contributions` are valid only during this call.
    mutating func finish(_ walk: ScoringWalk, contributions: UnsafeMutableBufferPointer<Contribution>, total: Double)
}

/// The sink of plain scoring: keeps nothing.
struct IgnoringSink: ScoringSink {
    @inline(__always) mutating func note(_ step: ScoringStep, contribution: Int) {}
    @inline(__always) mutating func noteWholeText(_ step: WholeTextStep, weight: Double) {}
    @inline(__always) mutating func finish(_ walk: ScoringWalk, contributions: UnsafeMutableBufferPointer<Contribution>, total: Double) {}
}
