import Foundation
import WebcareCore

/// The JSON shape of the weekly report: every figure, ratios as numbers in [0, 1] rounded to 4 places,
/// hours to 2 places, null where a figure has no value.
struct ReportJSON: Encodable {
    /// A value that is written as null when absent (synthesized encoding would leave the key out).
    struct Nullable<Value: Encodable>: Encodable {
        var value: Value?

        init(_ value: Value?) { self.value = value }

        func encode(to encoder: Encoder) throws {
            var container = encoder.singleValueContainer()
            if let value { try container.encode(value) } else { try container.encodeNil() }
        }
    }

    struct Period: Encodable {
        var name: String
        var start: Date
        var end: Date
    }

    struct Counts: Encodable {
        var total: Int
        var negative: Int
        var neutral: Int
        var positive: Int
        var sentimentIndex: Nullable<Double>

        init(_ counts: SentimentCounts) {
            total = counts.total
            negative = counts.negative
            neutral = counts.neutral
            positive = counts.positive
            sentimentIndex = Nullable(counts.sentimentIndex.map { ReportJSON.rounded($0, 4) })
        }
    }

    struct Response: Encodable {
        var negatives: Int
        var ignored: Int
        var answered: Int
        var answeredWithinSLA: Int
        var responseRate: Nullable<Double>
        var serviceLevel: Nullable<Double>
        var medianResponseHours: Nullable<Double>
        var p90ResponseHours: Nullable<Double>

        init(_ figures: ResponseFigures) {
            negatives = figures.negatives
            ignored = figures.ignored
            answered = figures.answered
            answeredWithinSLA = figures.answeredInTime
            responseRate = Nullable(figures.responseRate.map { ReportJSON.rounded($0, 4) })
            serviceLevel = Nullable(figures.serviceLevel.map { ReportJSON.rounded($0, 4) })
            medianResponseHours = Nullable(figures.medianHours.map { ReportJSON.rounded($0, 2) })
            p90ResponseHours = Nullable(figures.p90Hours.map { ReportJSON.rounded($0, 2) })
        }
    }

    struct Figures: Encodable {
        var mentions: Counts
        var response: Response
    }

    struct Day: Encodable {
        var day: String
        var mentions: Counts
    }

    struct Group: Encodable {
        var name: String
        var mentions: Counts
        var previousMentions: Counts
    }

    /// A brand: its mentions and response, this period and the one before.
    struct BrandLine: Encodable {
        var name: String
        var current: Figures
        var previous: Figures
    }

    /// The key figures week by week, oldest first: one array per figure, the same length as `weeks`.
    struct Trend: Encodable {
        var weeks: [String]
        var weekStarts: [Date]
        var mentions: [Int]
        var negative: [Int]
        var sentimentIndex: [Nullable<Double>]
        var responseRate: [Nullable<Double>]
        var medianResponseHours: [Nullable<Double>]
        var serviceLevel: [Nullable<Double>]

        init(_ weeks: [TrendWeek]) {
            self.weeks = weeks.map(\.period.name)
            weekStarts = weeks.map(\.period.start)
            mentions = weeks.map(\.figures.counts.total)
            negative = weeks.map(\.figures.counts.negative)
            sentimentIndex = weeks.map { Nullable($0.figures.counts.sentimentIndex.map { ReportJSON.rounded($0, 4) }) }
            responseRate = weeks.map { Nullable($0.figures.response.responseRate.map { ReportJSON.rounded($0, 4) }) }
            medianResponseHours = weeks.map { Nullable($0.figures.response.medianHours.map { ReportJSON.rounded($0, 2) }) }
            serviceLevel = weeks.map { Nullable($0.figures.response.serviceLevel.map { ReportJSON.rounded($0, 4) }) }
        }
    }

    struct OpenMention: Encodable {
        var rank: Int
        var id: Int64
        var brand: String
        var source: String
        var title: Nullable<String>
        var url: Nullable<String>
        var reach: Int
        var score: Double
        var started: Date
    }

    struct Theme: Encodable {
        var theme: String
        var forms: [String]
        var mentions: Int
        var share: Nullable<Double>
        var previousMentions: Int
    }

    struct Problem: Encodable {
        var source: String
        var problem: String
    }

    var period: Period
    var previousPeriod: Period
    var brand: Nullable<String>
    var generatedAt: Date
    var timeZone = ReportPeriod.teamTimeZone.identifier
    var slaHours: Double
    var businessHours: Bool
    var verdict: String
    var current: Figures
    var previous: Figures
    var openNegatives: Int
    var overdueNegatives: Int
    var openFromEarlier: Int
    var overdueFromEarlier: Int
    var days: [Day]
    var trend: Trend
    var brands: [BrandLine]
    var topSources: [Group]
    var topOpen: [OpenMention]
    var negativeThemes: [Theme]
    var sourceProblems: [Problem]
    var replies: Replies
    var previousReplies: Replies

    init(_ report: WeeklyReport, verdict: String) {
        period = Period(name: report.period.name, start: report.period.start, end: report.period.end)
        previousPeriod = Period(name: report.previousPeriod.name, start: report.previousPeriod.start, end: report.previousPeriod.end)
        brand = Nullable(report.brand)
        generatedAt = report.generatedAt
        slaHours = report.slaHours
        businessHours = report.usesBusinessHours
        self.verdict = verdict
        current = Figures(mentions: Counts(report.current.counts), response: Response(report.current.response))
        previous = Figures(mentions: Counts(report.previous.counts), response: Response(report.previous.response))
        openNegatives = report.openNegatives
        overdueNegatives = report.overdueNegatives
        openFromEarlier = report.openFromEarlier
        overdueFromEarlier = report.overdueFromEarlier
        days = report.days.map { Day(day: $0.day, mentions: Counts($0.counts)) }
        trend = Trend(report.trend)
        brands = report.brands.map {
            BrandLine(name: $0.name, current: Figures(mentions: Counts($0.counts), response: Response($0.response)),
                      previous: Figures(mentions: Counts($0.previousCounts), response: Response($0.previousResponse)))
        }
        topSources = report.topSources.map { Group(name: $0.name, mentions: Counts($0.counts), previousMentions: Counts($0.previousCounts)) }
        topOpen = report.topOpen.enumerated().map { rank, mention in
            return OpenMention(rank: rank + 1, id: mention.id, brand: mention.brand, source: mention.source, title: Nullable(mention.title), url: Nullable(mention.url),
                               reach: mention.reach, score: ReportJSON.rounded(mention.sentiment.score, 3), started: mention.clockStart)
        }
        negativeThemes = report.negativeThemes.map {
            Theme(theme: $0.theme, forms: $0.forms, mentions: $0.mentions, share: Nullable($0.share.map { ReportJSON.rounded($0, 4) }),
                  previousMentions: $0.previousMentions)
        }
        sourceProblems = report.sourceProblems.map { Problem(source: $0.source, problem: $0.problem) }
        replies = Replies(report.replies)
        previousReplies = Replies(report.previousReplies)
    }

    static func rounded(_ value: Double, _ places: Int) -> Double {
        let scale = pow(10, Double(places))
        return (value * scale).rounded() / scale
    }
}
