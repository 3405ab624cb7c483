import Foundation
import Testing
import WebcareConfig
import WebcareCore
import WebcarePresent
import WebcareSentiment
@testable import WebcareStore
@testable import WebcareApp

/// Twelve weeks, 2026-W33 to 2026-W44, of two brands on two sources; summer time ends on Sunday 25 October (W43).
/// Each week has negatives answered after 1 to 50 hours, some ignored, and some never answered (the backlog);
/// the last week's two complaints are both answered within the promise. Reported on Monday 2 November 09:00 in
/// Amsterdam.
func twelveWeeks() throws -> ReportFixture {
    var fixture = try ReportFixture(sources: [
        Source(name: "Forum", location: .file("/feeds/forum.xml"), reach: 5000),
        Source(name: "Klachtenplein", location: .web("https://www.klachtenplein.example/rss")),
    ])
    fixture.config.brands = [Brand(name: "Telvio", keywords: ["telvio", "@telviowebcare"]), Brand(name: "Pakkie", keywords: ["pakkie"])]
    let complaints = [
        ("Slechte service", "Telvio heeft een slechte service, echt slecht."),
        ("Storingen", "Weer storingen bij BRAND, al dagen."),
        ("Waardeloze app", "De app is waardeloos, en de website ook waardeloze rommel."),
        ("Slechtst denkbaar", "De slechtste klantenservice die ik ken."),
        ("Trage levering", "Wat een trage bezorging, nog trager dan vorige keer."),
        ("Boze klant", "Ik ben boos, heel boos op BRAND."),
    ]
    let delays: [Double?] = [1, 3, 30, 6, nil, 20, 50, 2]
    for index in 0..<12 {
        let week = ReportPeriod.isoWeek(year: 2026, week: 33 + index)!
        let isLast = index == 11
        for (brandIndex, brand) in ["Telvio", "Pakkie"].enumerated() {
            let negatives = isLast ? 1 : brandIndex == 0 ? 2 + index % 3 : 1 + index % 2
            let positives = brandIndex == 0 ? 3 + index % 4 : 1 + index % 3
            let neutrals = brandIndex == 0 ? 1 + index % 2 : index % 3
            for number in 0..<negatives {
                let day = (number * 3 + index + brandIndex) % 7
                let time = week.dayStarts[day].addingTimeInterval(Double(9 + number % 8) * 3600)
                let (title, text) = complaints[(index + number + brandIndex) % complaints.count]
                let source = number % 2 == 0 ? "Forum" : "Klachtenplein"
                let id = try fixture.add(.negative, brand, source, at: time, title: "\(title) \(brand)",
                                         text: text.replacingOccurrences(of: "BRAND", with: brand), reach: 1000 * (1 + (index * 7 + number) % 9))
                let delay = isLast ? Double(2 + brandIndex) : delays[(index * 3 + number + brandIndex) % delays.count]
                if let delay {
                    try fixture.set(.answered, id, at: time.addingTimeInterval(delay * 3600))
                } else if (index + number) % 3 == 0 {
                    try fixture.set(.ignored, id, at: time.addingTimeInterval(3600))
                }
            }
            for number in 0..<(positives + neutrals) {
                let day = (number * 2 + index) % 7
                let time = week.dayStarts[day].addingTimeInterval(Double(10 + number % 9) * 3600)
                let label: SentimentLabel = number < positives ? .positive : .neutral
                try fixture.add(label, brand, number % 2 == 0 ? "Forum" : "Klachtenplein", at: time,
                                title: label == .positive ? "\(brand) top geholpen" : "\(brand) verandert tarieven")
            }
        }
    }
    return fixture
}

private let monday = reportTime("2026-11-02 08:00")

@Suite struct ReportTrendTests {
    @Test func theTrendHoldsTwelveWeeksEndingWithTheReportedWeekAcrossTheSummerTimeChange() throws {
        let fixture = try twelveWeeks()
        let report = try WeeklyReportBuilder(config: fixture.config, database: fixture.database, clock: .fixed(monday))
            .report(period: ReportPeriod.isoWeek(named: "2026-W44")!)
        #expect(report.trend.map(\.period.name) == (33...44).map { "2026-W\($0)" })
        let dstWeek = try #require(report.trend.first { $0.period.name == "2026-W43" })
        #expect(dstWeek.period.end.timeIntervalSince(dstWeek.period.start) == 7 * 86400 + 3600)
        // Each week of the trend has the figures a report on that week has.
        for week in report.trend {
            let own = try WeeklyReportBuilder(config: fixture.config, database: fixture.database, clock: .fixed(monday)).report(period: week.period)
            #expect(week.figures == own.current, "\(week.period.name)")
        }
        #expect(report.trend.last?.figures == report.current)
        // Rolling days: the whole weeks that ended by the period's end.
        let days = try WeeklyReportBuilder(config: fixture.config, database: fixture.database, clock: .fixed(reportTime("2026-11-04 08:00")))
            .report(period: ReportPeriod.lastDays(30, before: reportTime("2026-11-04 08:00")))
        #expect(days.trend.last?.period.name == "2026-W44")
    }

    @Test func eachBrandHasTheResponseFiguresOfItsOwnReport() throws {
        let fixture = try twelveWeeks()
        let builder = WeeklyReportBuilder(config: fixture.config, database: fixture.database, clock: .fixed(monday))
        let period = ReportPeriod.isoWeek(named: "2026-W40")!
        let report = try builder.report(period: period)
        #expect(report.brands.map(\.name) == ["Telvio", "Pakkie"])
        for line in report.brands {
            let own = try builder.report(period: period, brand: line.name)
            #expect(line.counts == own.current.counts && line.previousCounts == own.previous.counts)
            #expect(line.response == own.current.response && line.previousResponse == own.previous.response)
        }
        #expect(report.brands.allSatisfy { $0.counts.neutral + $0.previousCounts.neutral > 0 })
    }

    @Test func theVerdictKeepsThisWeeksPromiseApartFromTheBacklog() throws {
        let fixture = try twelveWeeks()
        let report = try WeeklyReportBuilder(config: fixture.config, database: fixture.database, clock: .fixed(monday))
            .report(period: ReportPeriod.isoWeek(named: "2026-W44")!)
        let verdict = ReportRenderer(report).verdict
        #expect(verdict.hasPrefix("Promise kept this week (100% of 2 complaints answered within 24 h)"), "\(verdict)")
        #expect(report.openFromEarlier > 0 && report.openFromEarlier == report.overdueFromEarlier)
        #expect(verdict.hasSuffix("Still open from earlier weeks: \(report.openFromEarlier) complaints, all overdue."), "\(verdict)")
        #expect(report.openNegatives == report.openFromEarlier)
    }

    @Test(arguments: [
        ("slecht", "slecht"), ("slechte", "slecht"), ("slechter", "slecht"), ("slechtst", "slecht"), ("slechtste", "slecht"),
        ("waardeloze", "waardeloos"), ("storingen", "storing"), ("boze", "boos"), ("boos", "boos"), ("delays", "delay"), ("trage", "traag"), ("Slechte", "slecht"),
        ("weer een storing", "weer een storing"), ("waiting time", "waiting time"), ("terrible", "terrible"),
    ])
    func wordsAreGroupedByTheirLexiconBaseForm(word: String, base: String) {
        #expect(BaseForm.of(word) == base)
    }

    @Test func themesGroupInflectionsNeverCountNamesAndGiveTheShareOfNegatives() throws {
        var fixture = try ReportFixture(sources: [Source(name: "Klachtenplein", location: .web("https://www.klachtenplein.example/rss"))])
        let time = reportTime("2026-11-17 10:00")
        try fixture.add(.negative, "Telvio", "Klachtenplein", at: time, title: "a", negativeTerms: ["slechte", "telvio", "klachtenplein"])
        try fixture.add(.negative, "Telvio", "Klachtenplein", at: time, title: "b", negativeTerms: ["slecht", "slechtst", "storingen"])
        try fixture.add(.negative, "Pakkie", "Klachtenplein", at: time, title: "c", negativeTerms: ["storing bij pakkie", "waiting time"])
        try fixture.add(.negative, "Pakkie", "Klachtenplein", at: time, title: "d", negativeTerms: ["@telvio", "#pakkie", "waiting time"])
        let themes = try fixture.report(ReportPeriod.isoWeek(named: "2026-W47")!, now: "2026-11-23 08:00").negativeThemes
        #expect(themes.map(\.theme) == ["slecht", "waiting time", "storing"])
        #expect(themes.first == NegativeTheme(theme: "slecht", forms: ["slecht", "slechte", "slechtst"], mentions: 2, previousMentions: 0, share: 0.5))
        #expect(themes.first { $0.theme == "storing" }?.mentions == 1)
    }

    @Test(arguments: ReportFormat.allCases)
    func twelveWeeksOfTwoBrandsRenderAsTheirGoldenFiles(format: ReportFormat) throws {
        let fixture = try twelveWeeks()
        let builder = WeeklyReportBuilder(config: fixture.config, database: fixture.database, clock: .fixed(monday))
        let ext = reportExtensions[format]!
        try checkReportGolden(ReportRenderer(try builder.report(period: ReportPeriod.isoWeek(named: "2026-W44")!)).render(format),
                              "twelve-weeks-2026-W44.\(ext)")
        for days in [30, 90] {
            let report = try builder.report(period: ReportPeriod.lastDays(days, before: monday))
            try checkReportGolden(ReportRenderer(report).render(format), "twelve-weeks-\(days)-days.\(ext)")
        }
    }
}
