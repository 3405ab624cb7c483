import Foundation
import WebcareCore

/// A table of the report as plain cells, shared by the text, Markdown and HTML renderers; each makes the cells
/// safe for where they go (web text included: brand, source and theme names, headlines).
struct ReportTable {
    /// The column names.
    var headers: [String]
    /// The rows, one cell per column.
    var rows: [[String]]
    /// The columns of words (left-aligned); the others are figures (right-aligned).
    var textColumns: Set<Int> = [0]
}

/// The report's tables, the same in every format.
extension ReportRenderer {
    /// Mentions per day, or per week beyond three weeks.
    var daysTable: ReportTable {
        let buckets = ReportDayAxis.buckets(report.days)
        return ReportTable(headers: [ReportDayAxis.isWeekly(report.days) ? "week" : "day", "negative", "neutral", "positive", "total"],
                           rows: buckets.map { [$0.label, "\($0.counts.negative)", "\($0.counts.neutral)", "\($0.counts.positive)", "\($0.counts.total)"] })
    }

    /// The key figures of each week of the trend, oldest first.
    var trendTable: ReportTable {
        ReportTable(headers: ["week", "mentions", "negative", "index", "response rate", "median response", "within \(hoursText(report.slaHours))"],
                    rows: report.trend.map { week in
                        let figures = week.figures
                        return [week.period.name, "\(figures.counts.total)", "\(figures.counts.negative)",
                                figures.counts.sentimentIndex.map(percent) ?? "–", figures.response.responseRate.map(percent) ?? "–",
                                figures.response.medianHours.map(hoursText) ?? "–", figures.response.serviceLevel.map(percent) ?? "–"]
                    })
    }

    /// Each brand on two rows: this period, then the one before.
    var brandsTable: ReportTable {
        var rows: [[String]] = []
        for line in report.brands {
            for (index, counts, response) in [(0, line.counts, line.response), (1, line.previousCounts, line.previousResponse)] {
                rows.append([index == 0 ? line.name : "", index == 0 ? "this \(periodWord)" : "\(periodWord) before",
                             "\(counts.total)", "\(counts.negative)", "\(counts.neutral)", "\(counts.positive)",
                             counts.sentimentIndex.map(percent) ?? "–", response.responseRate.map(percent) ?? "–",
                             response.serviceLevel.map(percent) ?? "–"])
            }
        }
        return ReportTable(headers: ["brand", "", "mentions", "negative", "neutral", "positive", "index", "response rate",
                                     "within \(hoursText(report.slaHours))"],
                           rows: rows, textColumns: [0, 1])
    }

    /// The sources with the most negative mentions.
    var topSourcesTable: ReportTable {
        ReportTable(headers: ["source", "negative", "before", "all mentions"],
                    rows: report.topSources.map { [$0.name, "\($0.counts.negative)", "\($0.previousCounts.negative)", "\($0.counts.total)"] })
    }

    /// The unanswered negative mentions by rank, with their ids (the headline truncated to `headline` characters).
    func topOpenTable(headline: Int) -> ReportTable {
        ReportTable(headers: ["#", "id", "reach", "brand", "source", "mention"],
                    rows: report.topOpen.enumerated().map { rank, mention in
                        ["\(rank + 1)", "\(mention.id)", InboxRenderer.reach(mention.reach), mention.brand, mention.source,
                         TerminalText.truncate(Self.headline(mention), to: headline)]
                    }, textColumns: [3, 4, 5])
    }

    /// The themes behind the negative mentions, with the forms each grouped and its share of the negatives.
    var themesTable: ReportTable {
        ReportTable(headers: ["theme", "words", "mentions", "share of negative", "before"],
                    rows: report.negativeThemes.map { theme in
                        [theme.theme, TerminalText.truncate(theme.forms.joined(separator: ", "), to: 40), "\(theme.mentions)",
                         theme.share.map(percent) ?? "–", "\(theme.previousMentions)"]
                    }, textColumns: [0, 1])
    }
}
