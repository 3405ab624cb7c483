import Foundation

/// Mentions counted by sentiment label.
public struct SentimentCounts: Sendable, Equatable, Codable {
    public var negative: Int
    public var neutral: Int
    public var positive: Int

    /// Makes counts.
    public init(negative: Int = 0, neutral: Int = 0, positive: Int = 0) {
        self.negative = negative
        self.neutral = neutral
        self.positive = positive
    }

    /// Every mention counted.
    public var total: Int { negative + neutral + positive }

    /// Positive ÷ (positive + negative); nil when there are neither.
    public var sentimentIndex: Double? {
        positive + negative == 0 ? nil : Double(positive) / Double(positive + negative)
    }

    /// The share of mentions with a label; nil when there are no mentions.
    public func share(_ label: SentimentLabel) -> Double? {
        guard total > 0 else { return nil }
        switch label {
        case .negative: return Double(negative) / Double(total)
        case .neutral: return Double(neutral) / Double(total)
        case .positive: return Double(positive) / Double(total)
        }
    }

    /// Adds one mention of a label.
    public mutating func add(_ label: SentimentLabel, count: Int = 1) {
        switch label {
        case .negative: negative += count
        case .neutral: neutral += count
        case .positive: positive += count
        }
    }
}

/// How the team answered the negative mentions of a period (answers given up to the report's time).
public struct ResponseFigures: Sendable, Equatable {
    /// Negative mentions in the period.
    public var negatives: Int = 0
    /// Of those, how many the team set aside as needing no answer.
    public var ignored: Int = 0
    /// Of those, how many were answered.
    public var answered: Int = 0
    /// Of the answered ones, how many were answered by their deadline.
    public var answeredInTime: Int = 0
    /// Hours from the clock start to the first answer, one per answered mention.
    public var responseHours: [Double] = []

    /// Makes empty figures.
    public init() {}

    /// Answered ÷ the negatives that needed an answer (ignored ones do not); nil when none needed one.
    public var responseRate: Double? {
        let needed = negatives - ignored
        return needed > 0 ? Double(answered) / Double(needed) : nil
    }

    /// Answered by the deadline ÷ the negatives that needed an answer; nil when none needed one.
    public var serviceLevel: Double? {
        let needed = negatives - ignored
        return needed > 0 ? Double(answeredInTime) / Double(needed) : nil
    }

    /// The median first-response time in hours; nil without answers.
    public var medianHours: Double? { Self.percentile(responseHours, 0.5) }

    /// The 90th-percentile first-response time in hours; nil without answers.
    public var p90Hours: Double? { Self.percentile(responseHours, 0.9) }

    /// The nearest-rank percentile (the smallest value with at least `fraction` of the values at or below it).
    static func percentile(_ values: [Double], _ fraction: Double) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let rank = max(1, Int((fraction * Double(sorted.count)).rounded(.up)))
        return sorted[min(rank, sorted.count) - 1]
    }
}

/// The figures of one period: volume, sentiment and response.
public struct PeriodFigures: Sendable, Equatable {
    public var counts = SentimentCounts()
    public var response = ResponseFigures()

    /// Makes empty figures.
    public init() {}
}

/// One brand's or source's line in the report, this period and the one before.
public struct GroupFigures: Sendable, Equatable {
    /// The brand's or source's name.
    public var name: String
    public var counts: SentimentCounts
    public var previousCounts: SentimentCounts
    /// How the team answered this line's negative mentions this period (empty for a source line).
    public var response: ResponseFigures
    /// The same for the period before.
    public var previousResponse: ResponseFigures

    /// Makes a line; response figures empty unless given.
    public init(name: String, counts: SentimentCounts, previousCounts: SentimentCounts,
                response: ResponseFigures = ResponseFigures(), previousResponse: ResponseFigures = ResponseFigures()) {
        self.name = name
        self.counts = counts
        self.previousCounts = previousCounts
        self.response = response
        self.previousResponse = previousResponse
    }
}

/// One ISO week's key figures, for the trend over the weeks before the report.
public struct TrendWeek: Sendable, Equatable {
    /// The week.
    public var period: ReportPeriod
    /// Its volume, sentiment and response (answers up to the report's time).
    public var figures: PeriodFigures

    /// Makes a week's line.
    public init(period: ReportPeriod, figures: PeriodFigures) {
        self.period = period
        self.figures = figures
    }
}

/// One local day's mentions by sentiment.
public struct DayFigures: Sendable, Equatable {
    /// The local date, "2026-11-23".
    public var day: String
    public var counts: SentimentCounts

    /// Makes a day's line.
    public init(day: String, counts: SentimentCounts) {
        self.day = day
        self.counts = counts
    }
}

/// What people complained about: the words (or signals) that pulled mentions negative, grouped by their base
/// form ("slecht", "slechte" and "slechtst" are one theme), each counted once per mention.
public struct NegativeTheme: Sendable, Equatable {
    /// The base form that names the theme, lower case ("slecht", "waiting time").
    public var theme: String
    /// The forms seen this period (or the period before, when none this period), most frequent first.
    public var forms: [String]
    /// Negative mentions of this period in which the theme appears.
    public var mentions: Int
    /// The same in the period before.
    public var previousMentions: Int
    /// `mentions` ÷ this period's negative mentions; nil when there were none.
    public var share: Double?

    /// Makes a theme.
    public init(theme: String, forms: [String], mentions: Int, previousMentions: Int, share: Double?) {
        self.theme = theme
        self.forms = forms
        self.mentions = mentions
        self.previousMentions = previousMentions
        self.share = share
    }
}

/// A source that needs someone's attention: failing, gone, or silent while it used to bring mentions.
public struct SourceProblem: Sendable, Equatable {
    /// The source's name.
    public var source: String
    /// What is wrong, in a few words ("failing since 2026-11-20: HTTP 503").
    public var problem: String

    /// Makes a problem line.
    public init(source: String, problem: String) {
        self.source = source
        self.problem = problem
    }
}

/// Everything in the manager's weekly report, figures only; renderers turn it into text, HTML, CSV or JSON.
public struct WeeklyReport: Sendable, Equatable {
    /// The period reported on.
    public var period: ReportPeriod
    /// The period it is compared with.
    public var previousPeriod: ReportPeriod
    /// Only this brand, when the report is for one.
    public var brand: String?
    /// When the report was made (answers up to this time count).
    public var generatedAt: Date
    /// The promise: hours to answer within.
    public var slaHours: Double
    /// Whether the promise counts business hours only.
    public var usesBusinessHours: Bool
    /// This period's figures.
    public var current: PeriodFigures
    /// The previous period's figures.
    public var previous: PeriodFigures
    /// Negative mentions still open at `generatedAt`, from any period.
    public var openNegatives: Int
    /// Of those, how many are past their deadline.
    public var overdueNegatives: Int
    /// Of the open ones, how many started before this period: the backlog.
    public var openFromEarlier: Int
    /// Of the backlog, how many are past their deadline.
    public var overdueFromEarlier: Int
    /// Mentions by sentiment for each day of the period, in order.
    public var days: [DayFigures]
    /// Every brand, this period and the one before, with its response figures.
    public var brands: [GroupFigures]
    /// The key figures of the weeks up to this period (oldest first; the last is the week the period ends in).
    public var trend: [TrendWeek]
    /// The sources with the most negative mentions this period.
    public var topSources: [GroupFigures]
    /// The unanswered negative mentions of the period with the highest reach.
    public var topOpen: [Mention]
    /// The themes behind this period's negative mentions, most frequent first.
    public var negativeThemes: [NegativeTheme]
    /// Sources that are failing, gone or silent.
    public var sourceProblems: [SourceProblem]
    /// How this period's stored replies read and how their promises went.
    public var replies = ReplyFigures()
    /// The same for the period before.
    public var previousReplies = ReplyFigures()

    /// Makes a report; the trend and the backlog are empty unless given.
    public init(period: ReportPeriod, previousPeriod: ReportPeriod, brand: String?, generatedAt: Date, slaHours: Double,
                usesBusinessHours: Bool, current: PeriodFigures, previous: PeriodFigures, openNegatives: Int,
                overdueNegatives: Int, openFromEarlier: Int = 0, overdueFromEarlier: Int = 0, days: [DayFigures],
                brands: [GroupFigures], trend: [TrendWeek] = [], topSources: [GroupFigures], topOpen: [Mention],
                negativeThemes: [NegativeTheme], sourceProblems: [SourceProblem]) {
        self.period = period
        self.previousPeriod = previousPeriod
        self.brand = brand
        self.generatedAt = generatedAt
        self.slaHours = slaHours
        self.usesBusinessHours = usesBusinessHours
        self.current = current
        self.previous = previous
        self.openNegatives = openNegatives
        self.overdueNegatives = overdueNegatives
        self.openFromEarlier = openFromEarlier
        self.overdueFromEarlier = overdueFromEarlier
        self.days = days
        self.brands = brands
        self.trend = trend
        self.topSources = topSources
        self.topOpen = topOpen
        self.negativeThemes = negativeThemes
        self.sourceProblems = sourceProblems
    }
}
