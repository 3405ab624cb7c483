import Foundation
import WebcareConfig
import WebcareCore
import WebcareSentiment
import WebcareStore

/// Gathers the manager's weekly report from the database: every figure for the period and the one before.
public struct WeeklyReportBuilder: Sendable {
    private let config: Config
    private let database: WebcareDatabase
    private let clock: Clock
    /// How many unanswered negatives, sources and words the report lists.
    public var topCount = 10

    /// Prepares reports on the config's brands and sources from the database, "now" read from `clock`.
    public init(config: Config, database: WebcareDatabase, clock: Clock = .system) {
        self.config = config
        self.database = database
        self.clock = clock
    }

    /// How many weeks the trend shows, the period's own week last.
    public var trendWeeks = 12

    /// The report for `period`, optionally for one brand (matched in any case).
    public func report(period: ReportPeriod, brand: String? = nil) throws(StoreError) -> WeeklyReport {
        let now = clock.now
        let previousPeriod = period.previous
        let responseClock = config.responseClock
        let tallies = try database.tallies(from: period.start, to: period.end, brand: brand)
        let previousTallies = try database.tallies(from: previousPeriod.start, to: previousPeriod.end, brand: brand)
        let responses = try database.negativeResponses(from: period.start, to: period.end, brand: brand, asOf: now)
        let previousResponses = try database.negativeResponses(from: previousPeriod.start, to: previousPeriod.end, brand: brand, asOf: now)

        var current = PeriodFigures()
        current.counts = Self.counts(tallies)
        current.response = Self.response(responses, clock: responseClock)
        var previous = PeriodFigures()
        previous.counts = Self.counts(previousTallies)
        previous.response = Self.response(previousResponses, clock: responseClock)

        let dayCounts = try database.countsPerInterval(period.dayStarts + [period.end], brand: brand)
        let days = zip(period.dayStarts, dayCounts).map { DayFigures(day: ReportPeriod.dayName($0), counts: $1) }

        let overdueStart = responseClock.latestOverdueStart(now: now)
        let open = try database.openNegativeCount(brand: brand, overdueStart: overdueStart)
        let backlog = try database.openNegativeCount(brand: brand, overdueStart: overdueStart, startedBefore: period.start)
        let reportedBrand = brand.map { name in config.brands.first { $0.name.lowercased() == name.lowercased() }?.name ?? name }
        let brands = brandLines(tallies, previousTallies, only: reportedBrand).map { line in
            var line = line
            line.response = Self.response(responses.filter { $0.brand == line.name }, clock: responseClock)
            line.previousResponse = Self.response(previousResponses.filter { $0.brand == line.name }, clock: responseClock)
            return line
        }
        var report = WeeklyReport(
            period: period, previousPeriod: previousPeriod, brand: reportedBrand, generatedAt: now, slaHours: config.slaHours,
            usesBusinessHours: config.businessHours != nil, current: current, previous: previous,
            openNegatives: open.open, overdueNegatives: open.overdue,
            openFromEarlier: backlog.open, overdueFromEarlier: backlog.overdue, days: days,
            brands: brands, trend: try trend(endingBy: period.end, brand: brand, now: now, clock: responseClock),
            topSources: Array(Self.groups(tallies, previousTallies, by: \.source)
                .filter { $0.counts.negative > 0 }
                .sorted { ($0.counts.negative, $1.name) > ($1.counts.negative, $0.name) }
                .prefix(topCount)),
            topOpen: try database.topOpenNegatives(from: period.start, to: period.end, brand: brand, limit: topCount),
            negativeThemes: try themes(period: period, previousPeriod: previousPeriod, brand: brand, negatives: current.counts.negative),
            sourceProblems: try sourceProblems(tallies: tallies, previousTallies: previousTallies, brand: reportedBrand))
        let check = ReplyChecking.check(config: config)
        report.replies = try replyFigures(period, brand: brand, now: now, check: check)
        report.previousReplies = try replyFigures(previousPeriod, brand: brand, now: now, check: check)
        return report
    }

    /// How the replies stored in the period read (each checked as `reply-check` would, without its mention) and
    /// how the promises made in it went by `now`.
    private func replyFigures(_ period: ReportPeriod, brand: String?, now: Date, check: ReplyCheck) throws(StoreError) -> ReplyFigures {
        var figures = ReplyFigures()
        for reply in try database.replies(from: period.start, to: period.end, brand: brand) {
            figures.add(check.check(reply.text), words: reply.text.split(whereSeparator: { $0.isWhitespace }).count)
        }
        (figures.promisesMade, figures.promisesKept, figures.promisesBroken) = try database.promiseCounts(from: period.start, to: period.end,
                                                                                                         now: now, brand: brand)
        return figures
    }

    /// The key figures of the `trendWeeks` ISO weeks that ended by `end`: counts per week, and the negative
    /// mentions' answers read once for the whole stretch.
    private func trend(endingBy end: Date, brand: String?, now: Date, clock: ResponseClock) throws(StoreError) -> [TrendWeek] {
        let weeks = ReportPeriod.weeks(endingBy: end, count: trendWeeks)
        guard let first = weeks.first, let last = weeks.last else { return [] }
        let counts = try database.countsPerInterval(weeks.map(\.start) + [last.end], brand: brand)
        let responses = try database.negativeResponses(from: first.start, to: last.end, brand: brand, asOf: now)
        return zip(weeks, counts).map { week, counts in
            var figures = PeriodFigures()
            figures.counts = counts
            figures.response = Self.response(responses.filter { $0.started >= week.start && $0.started < week.end }, clock: clock)
            return TrendWeek(period: week, figures: figures)
        }
    }

    private static func counts(_ tallies: [MentionTally]) -> SentimentCounts {
        var counts = SentimentCounts()
        for tally in tallies { counts.add(tally.label, count: tally.count) }
        return counts
    }

    private static func groups(_ tallies: [MentionTally], _ previousTallies: [MentionTally],
                               by key: KeyPath<MentionTally, String>) -> [GroupFigures] {
        var lines: [String: GroupFigures] = [:]
        for tally in tallies {
            lines[tally[keyPath: key], default: GroupFigures(name: tally[keyPath: key], counts: SentimentCounts(), previousCounts: SentimentCounts())]
                .counts.add(tally.label, count: tally.count)
        }
        for tally in previousTallies {
            lines[tally[keyPath: key], default: GroupFigures(name: tally[keyPath: key], counts: SentimentCounts(), previousCounts: SentimentCounts())]
                .previousCounts.add(tally.label, count: tally.count)
        }
        return Array(lines.values)
    }

    /// Every configured brand (so a brand nobody mentioned shows as such), then any other brand stored, by volume.
    private func brandLines(_ tallies: [MentionTally], _ previousTallies: [MentionTally], only: String?) -> [GroupFigures] {
        var found = Dictionary(uniqueKeysWithValues: Self.groups(tallies, previousTallies, by: \.brand).map { ($0.name, $0) })
        var lines: [GroupFigures] = []
        for brand in config.brands where only == nil || brand.name == only {
            lines.append(found.removeValue(forKey: brand.name)
                ?? GroupFigures(name: brand.name, counts: SentimentCounts(), previousCounts: SentimentCounts()))
        }
        lines += found.values.sorted { ($0.counts.total, $1.name) > ($1.counts.total, $0.name) }
        return lines
    }

    private static func response(_ responses: [NegativeResponse], clock: ResponseClock) -> ResponseFigures {
        var figures = ResponseFigures()
        for mention in responses {
            figures.negatives += 1
            if let answered = mention.firstAnsweredAt {
                figures.answered += 1
                figures.responseHours.append(max(0, answered.timeIntervalSince(mention.started)) / 3600)
                if answered <= clock.deadline(from: mention.started) { figures.answeredInTime += 1 }
            } else if mention.status == .ignored {
                figures.ignored += 1
            }
        }
        return figures
    }

    /// The themes behind this period's negative mentions: the words and signals the scorer held against each
    /// (kept when it was stored; scored again for mentions stored before webcare kept them), grouped by their
    /// base form, each counted once per mention; brand, keyword, source and site names left out.
    private func themes(period: ReportPeriod, previousPeriod: ReportPeriod, brand: String?, negatives: Int) throws(StoreError) -> [NegativeTheme] {
        let scorers = MentionScoring(config: config)
        let names = ThemeNames(config: config)
        var forms: [String: [String: Int]] = [:]
        func tally(_ texts: [NegativeText], noting: Bool) -> [String: Int] {
            var counts: [String: Int] = [:]
            for text in texts {
                let terms = text.negativeTerms
                    ?? scorers.scorer(for: text.brand).negativeTerms(MentionScoring.scoredText(title: text.title, text: text.text))
                var themes = Set<String>()
                for term in terms where !names.isName(term) {
                    let theme = BaseForm.of(term)
                    themes.insert(theme)
                    if noting { forms[theme, default: [:]][TextFolding.fold(term), default: 0] += 1 }
                }
                for theme in themes { counts[theme, default: 0] += 1 }
            }
            return counts
        }
        let current = tally(try database.negativeTexts(from: period.start, to: period.end, brand: brand), noting: true)
        let previous = tally(try database.negativeTexts(from: previousPeriod.start, to: previousPeriod.end, brand: brand), noting: false)
        return current.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.prefix(topCount).map { theme, mentions in
            let seen = (forms[theme] ?? [:]).sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key)
            return NegativeTheme(theme: theme, forms: seen, mentions: mentions, previousMentions: previous[theme] ?? 0,
                                 share: negatives > 0 ? Double(mentions) / Double(negatives) : nil)
        }
    }

    /// Sources that are gone, failing, moved, or silent this period after bringing mentions the period before.
    private func sourceProblems(tallies: [MentionTally], previousTallies: [MentionTally], brand: String?) throws(StoreError) -> [SourceProblem] {
        let states = try database.fetchStates()
        let counted = Set(tallies.map(\.source))
        let countedBefore = Dictionary(previousTallies.map { ($0.source, $0.count) }, uniquingKeysWith: +)
        var problems: [SourceProblem] = []
        for source in config.sources where brand == nil || source.brand == nil || source.brand == brand {
            let state = states[source.name]
            if state?.isGone == true {
                problems.append(SourceProblem(source: source.name, problem: "gone (HTTP 410): remove it or give it a new URL"))
            } else if let state, SourceHealth(reportAfterFailures: config.fetch.reportAfterFailures).isReportedFailing(state) {
                let since = state.failingSince.map { " since \(ReportPeriod.dayName($0))" } ?? ""
                let streak = state.errorStreak == 1 ? "1 failed attempt" : "\(state.errorStreak) failed attempts"
                problems.append(SourceProblem(source: source.name, problem: "failing\(since), \(streak): \(state.lastError ?? "unknown error")"))
            } else if let before = countedBefore[source.name], !counted.contains(source.name) {
                problems.append(SourceProblem(source: source.name, problem: "silent: no mentions in this period (\(before) in the one before)"))
            }
            if let moved = state?.movedTo {
                problems.append(SourceProblem(source: source.name, problem: "moved permanently to \(moved): update the config"))
            }
        }
        return problems
    }
}
