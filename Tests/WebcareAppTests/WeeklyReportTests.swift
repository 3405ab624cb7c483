import Foundation
import Testing
import WebcareTestSupport
import WebcareConfig
import WebcareCore
import WebcarePresent
@testable import WebcareStore
@testable import WebcareApp

/// "2026-11-16 10:00" in UTC.
private func utc(_ text: String) -> Date { reportTime(text) }

private let sources = [
    Source(name: "Forum", location: .file("/feeds/forum.xml"), reach: 5000),
    Source(name: "Reviews", location: .file("/feeds/reviews.html"), kind: .reviews, brand: "Telvio", reach: 2000),
    Source(name: "Blog", location: .file("/feeds/blog.xml")),
    Source(name: "Nieuws", location: .file("/feeds/nieuws.xml")),
    Source(name: "Oud forum", location: .file("/feeds/oud.xml")),
    Source(name: "Kapot", location: .file("/feeds/kapot.xml")),
]

/// Week 2026-W47 (Mon 16 – Sun 22 November) and the week before, reported on Monday 23 November at 09:00 in Amsterdam.
private func week47() throws -> ReportFixture {
    var fixture = try ReportFixture(sources: sources)
    let outage = try fixture.add(.negative, "Telvio", "Forum", published: "2026-11-16 10:00", title: "Storing bij Telvio al 3 dagen",
                                 text: "Geen internet en niemand die reageert.", reach: 20000)
    try fixture.set(.answered, outage, at: "2026-11-16 12:30")
    let invoice = try fixture.add(.negative, "Telvio", "Forum", published: "2026-11-17 08:00", title: "Factuur van Telvio klopt niet",
                                  text: "Slechte service, twee keer afgeschreven.", reach: 5000)
    try fixture.set(.answered, invoice, at: "2026-11-18 14:00")
    try fixture.add(.negative, "Telvio", "Reviews", published: "2026-11-18 20:00", title: "Waardeloze klantenservice",
                    text: "Nooit meer Telvio. Storing na storing.", reach: 40000)
    let spam = try fixture.add(.negative, "Pakkie", "Blog", published: "2026-11-19 09:00", title: "Pakkie bezorgt niet",
                               text: "Weer een storing bij de bezorging, slecht.", reach: 8000)
    try fixture.set(.ignored, spam, at: "2026-11-19 10:00")
    try fixture.add(.negative, "Pakkie", "Forum", published: "2026-11-21 22:00", title: "Pakket van Pakkie kwijt",
                    text: "Slecht geregeld, al 2 weken wachten.", reach: 12000)
    try fixture.add(.positive, "Telvio", "Forum", published: "2026-11-20 12:00", title: "Telvio top geholpen", reach: 3000)
    try fixture.add(.neutral, "Telvio", "Blog", published: "2026-11-22 15:00", title: "Telvio verhoogt prijzen in januari")
    // No date in the feed: the clock starts when it was first seen, Sunday 23:30 in Amsterdam.
    let late = try fixture.add(.negative, "Telvio", "Forum", published: nil, seen: "2026-11-22 22:30", title: "Telvio app crasht steeds",
                               text: "Nog steeds niet opgelost, slecht.")
    try fixture.set(.answered, late, at: "2026-11-23 07:00")
    // The week before.
    let earlier = try fixture.add(.negative, "Telvio", "Forum", published: "2026-11-10 09:00", title: "Storing Telvio", text: "Slecht.")
    try fixture.set(.answered, earlier, at: "2026-11-10 10:00")
    try fixture.add(.positive, "Telvio", "Forum", published: "2026-11-11 09:00", title: "Telvio snel geholpen, top")
    try fixture.add(.positive, "Telvio", "Reviews", published: "2026-11-12 09:00", title: "Prima provider")
    let news = try fixture.add(.negative, "Telvio", "Nieuws", published: "2026-11-13 09:00", title: "Telvio kampt met storing",
                               text: "Storing treft duizenden klanten.")
    try fixture.set(.answered, news, at: "2026-11-13 14:00")
    // Monday morning of the week after: open, not overdue, and not in the report's week.
    try fixture.add(.negative, "Telvio", "Forum", published: "2026-11-23 07:30", title: "Weer storing bij Telvio")
    // One source gone, one failing for a while.
    try fixture.database.saveFetchState(SourceFetchState(lastStatus: 410, lastError: "HTTP 410 Gone", errorStreak: 1, isGone: true),
                                        source: "Oud forum")
    try fixture.database.saveFetchState(SourceFetchState(lastSuccessAt: utc("2026-11-20 10:00"), lastStatus: 503, lastError: "HTTP 503",
                                                         errorStreak: 4, failingSince: utc("2026-11-21 08:00")), source: "Kapot")
    return fixture
}

@Suite struct WeeklyReportTests {
    @Test func theWeekCountsVolumeSentimentAndResponsesAgainstTheWeekBefore() throws {
        let report = try week47().report(ReportPeriod.isoWeek(named: "2026-W47")!, now: "2026-11-23 08:00")
        #expect(report.period.name == "2026-W47")
        #expect(report.previousPeriod.name == "2026-W46")
        #expect(report.current.counts == SentimentCounts(negative: 6, neutral: 1, positive: 1))
        #expect(report.previous.counts == SentimentCounts(negative: 2, neutral: 0, positive: 2))
        let response = report.current.response
        #expect((response.negatives, response.ignored, response.answered, response.answeredInTime) == (6, 1, 3, 2))
        #expect(response.responseRate == 0.6)
        #expect(response.serviceLevel == 0.4)
        #expect(response.medianHours == 8.5)
        #expect(response.p90Hours == 30)
        #expect(report.previous.response.serviceLevel == 1)
        #expect((report.openNegatives, report.overdueNegatives) == (3, 2))
        #expect(report.topOpen.map(\.title) == ["Waardeloze klantenservice", "Pakket van Pakkie kwijt"])
        // The mention without a date, first seen Sunday 23:30 in Amsterdam, counts on Sunday.
        #expect(report.days.map(\.day) == ["2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20", "2026-11-21", "2026-11-22"])
        #expect(report.days.map(\.counts.total) == [1, 1, 1, 1, 1, 1, 2])
        #expect(report.brands.map(\.name) == ["Telvio", "Pakkie", "Stilmerk"])
        #expect(report.brands.map(\.counts.total) == [6, 2, 0])
        #expect(report.topSources.map(\.name) == ["Forum", "Blog", "Reviews"])
        // "slecht" and "slechte" are one theme, in 4 of the 6 negative mentions.
        #expect(report.negativeThemes.first?.theme == "slecht")
        #expect(report.negativeThemes.first?.mentions == 4 && report.negativeThemes.first?.share == 4.0 / 6)
        #expect(report.negativeThemes.first?.forms == ["slecht", "slechte"])
        #expect(report.negativeThemes.contains { $0.theme == "storing" && $0.mentions == 2 && $0.previousMentions == 2 })
        #expect(!report.negativeThemes.contains { $0.theme.contains("telvio") || $0.theme.contains("pakkie") })
        #expect(report.sourceProblems.map(\.source) == ["Nieuws", "Oud forum", "Kapot"])
        #expect(ReportRenderer(report).verdict.hasPrefix("Promise broken this week: only 40% of 5 complaints answered within 24 h; 2 still open"))
        #expect((report.openFromEarlier, report.overdueFromEarlier) == (0, 0))
        #expect(ReportRenderer(report).verdict.hasSuffix(". Nothing open from earlier weeks."))
    }

    @Test func theWordsKeptWhenAMentionWasStoredAreCountedWithoutScoringAgain() throws {
        var fixture = try ReportFixture(sources: [Source(name: "Forum", location: .file("/feeds/forum.xml"))])
        var mention = NewMention(source: "Forum", itemKey: "id:kept", url: nil, title: "Telvio", text: "Geen woord dat de scorer kent.",
                                 author: nil, published: utc("2026-11-17 10:00"), brand: "Telvio",
                                 sentiment: Sentiment(score: -0.5, label: .negative, language: .nl), reach: 100)
        mention.negativeTerms = ["wachttijd", "waiting time"]
        try fixture.database.saveNewMentions([mention], source: "Forum", state: SourceFetchState(), at: utc("2026-11-17 10:05"))
        try fixture.add(.negative, "Telvio", "Forum", published: "2026-11-18 10:00", title: "Telvio", text: "Weer een storing, wachttijd eindeloos.")
        let themes = try fixture.report(ReportPeriod.isoWeek(named: "2026-W47")!, now: "2026-11-23 08:00").negativeThemes
        #expect(themes.first { $0.theme == "wachttijd" }?.mentions == 2)
        #expect(themes.first { $0.theme == "waiting time" }?.mentions == 1)
        #expect(themes.first { $0.theme == "weer een storing" }?.mentions == 1)
    }

    @Test func webTextInTheReportCannotRunOrMisleadInAnyFormat() throws {
        let fixture = try ReportFixture(sources: [Source(name: "Forum", location: .file("/feeds/forum.xml"))])
        let mention = NewMention(source: "Forum", itemKey: "id:evil", url: "javascript:alert(1)",
                                 title: "<script>alert(1)</script> Telvio \u{1B}[31mrood\u{1B}[0m | *vet*",
                                 text: "slecht", author: nil, published: utc("2026-11-17 10:00"), brand: "Telvio",
                                 sentiment: Sentiment(score: -0.6, label: .negative, language: .nl), reach: 100)
        try fixture.database.saveNewMentions([mention], source: "Forum", state: SourceFetchState(), at: utc("2026-11-17 10:05"))
        let renderer = ReportRenderer(try fixture.report(ReportPeriod.isoWeek(named: "2026-W47")!, now: "2026-11-23 08:00"))
        let html = renderer.render(.html)
        #expect(!html.contains("<script") && html.contains("&lt;script&gt;"))
        #expect(!html.contains("javascript:"), "only http(s) links are made")
        #expect(!html.contains("\u{1B}"))
        let text = renderer.render(.text)
        #expect(!text.contains("\u{1B}"), "escape sequences from the web never reach the terminal")
        let markdown = renderer.render(.markdown)
        #expect(markdown.contains("\\| \\*vet\\*") && !markdown.contains("](javascript"))
    }

    @Test func oneBrandsReportLeavesTheOtherBrandsOut() throws {
        let fixture = try week47()
        // Telvio's review source fails too: a Pakkie report must not list it.
        try fixture.database.saveFetchState(SourceFetchState(lastStatus: 500, lastError: "HTTP 500", errorStreak: 5), source: "Reviews")
        #expect(try fixture.report(ReportPeriod.isoWeek(named: "2026-W47")!, now: "2026-11-23 08:00").sourceProblems
            .contains { $0.source == "Reviews" })
        let report = try fixture.report(ReportPeriod.isoWeek(named: "2026-W47")!, now: "2026-11-23 08:00", brand: "pakkie")
        #expect(report.brand == "Pakkie")
        #expect(report.current.counts == SentimentCounts(negative: 2))
        #expect(report.brands.map(\.name) == ["Pakkie"])
        #expect((report.openNegatives, report.overdueNegatives) == (1, 1))
        #expect(report.sourceProblems.allSatisfy { $0.source != "Reviews" })
    }

    @Test(arguments: ReportFormat.allCases)
    func theWeekRendersAsItsGoldenFile(format: ReportFormat) throws {
        let report = try week47().report(ReportPeriod.isoWeek(named: "2026-W47")!, now: "2026-11-23 08:00")
        try checkReportGolden(ReportRenderer(report).render(format), "week-2026-W47.\(reportExtensions[format]!)")
    }

    @Test(arguments: ReportFormat.allCases)
    func anEmptyWeekRendersSentencesNotZeroDivisions(format: ReportFormat) throws {
        let fixture = try ReportFixture(sources: [Source(name: "Forum", location: .file("/feeds/forum.xml"))])
        let report = try fixture.report(ReportPeriod.isoWeek(named: "2026-W47")!, now: "2026-11-23 08:00")
        let rendered = ReportRenderer(report).render(format)
        #expect(rendered.range(of: #"\b(nan|inf|infinity)\b"#, options: [.regularExpression, .caseInsensitive]) == nil)
        try checkReportGolden(rendered, "empty-week.\(reportExtensions[format]!)")
    }

    /// Week 2026-W43 ends on Sunday 25 October, when summer time ends in Amsterdam: that Sunday has 25 hours.
    @Test(arguments: ReportFormat.allCases)
    func aWeekSpanningTheEndOfSummerTimeKeepsItsLocalDays(format: ReportFormat) throws {
        let hours = BusinessHours(weekdays: [2, 3, 4, 5, 6], opensAt: 8 * 60, closesAt: 22 * 60, timeZone: ReportPeriod.teamTimeZone)
        var fixture = try ReportFixture(sources: [Source(name: "Forum", location: .file("/feeds/forum.xml"))], businessHours: hours)
        try fixture.add(.negative, "Telvio", "Forum", published: "2026-10-18 21:30", title: "Telvio storing (Sunday 23:30 summer time)")
        let monday = try fixture.add(.negative, "Telvio", "Forum", published: "2026-10-18 22:30", title: "Telvio storing (Monday 00:30 summer time)")
        try fixture.set(.answered, monday, at: "2026-10-19 07:00")
        // Friday 20:00 summer time; answered Monday 09:00 winter time: 16 working hours, inside the promise.
        let friday = try fixture.add(.negative, "Telvio", "Forum", published: "2026-10-23 18:00", title: "Telvio factuur fout")
        try fixture.set(.answered, friday, at: "2026-10-26 08:00")
        try fixture.add(.positive, "Telvio", "Forum", published: "2026-10-25 22:30", title: "Telvio top (Sunday 23:30 winter time)")
        try fixture.add(.neutral, "Telvio", "Forum", published: "2026-10-25 23:10", title: "Telvio (Monday 00:10 winter time)")
        let period = ReportPeriod.isoWeek(named: "2026-W43")!
        #expect(period.end.timeIntervalSince(period.start) == 7 * 86400 + 3600)
        let report = try fixture.report(period, now: "2026-10-26 12:00")
        #expect(report.days.map(\.day).first == "2026-10-19" && report.days.map(\.day).last == "2026-10-25")
        #expect(report.days.map(\.counts.total) == [1, 0, 0, 0, 1, 0, 1])
        #expect(report.current.response.answeredInTime == 2)
        #expect(report.current.counts.total == 3)
        try checkReportGolden(ReportRenderer(report).render(format), "dst-week-2026-W43.\(reportExtensions[format]!)")
    }
}

@Suite struct ReportPeriodTests {
    @Test(arguments: [
        ("2026-W47", "2026-11-15 23:00", "2026-11-22 23:00"),
        ("2026-W01", "2025-12-28 23:00", "2026-01-04 23:00"),
        ("2026-W53", "2026-12-27 23:00", "2027-01-03 23:00"),
        ("2026-W13", "2026-03-22 23:00", "2026-03-29 22:00"),
    ])
    func isoWeeksStartOnMondayInAmsterdam(name: String, start: String, end: String) throws {
        let period = try #require(ReportPeriod.isoWeek(named: name))
        #expect(period.start == utc(start))
        #expect(period.end == utc(end))
        #expect(period.dayStarts.count == 7)
    }

    @Test func weeksThatDoNotExistAreRefused() {
        #expect(ReportPeriod.isoWeek(named: "2025-W53") == nil)
        #expect(ReportPeriod.isoWeek(named: "2026-W00") == nil)
        #expect(ReportPeriod.isoWeek(named: "week 47") == nil)
    }

    @Test func theDefaultIsTheLastCompleteWeek() {
        // Monday 00:30 in Amsterdam is already the new week: the last complete one is the week before.
        #expect(ReportPeriod.lastCompleteWeek(before: utc("2026-11-22 23:30")).name == "2026-W47")
        #expect(ReportPeriod.lastCompleteWeek(before: utc("2026-11-22 22:30")).name == "2026-W46")
        #expect(ReportPeriod.lastCompleteWeek(before: utc("2026-01-01 12:00")).name == "2025-W52")
    }

    @Test func rollingDaysEndAtTheStartOfToday() {
        let period = ReportPeriod.lastDays(3, before: utc("2026-11-23 12:00"))
        #expect(period.dayStarts.map(ReportPeriod.dayName) == ["2026-11-20", "2026-11-21", "2026-11-22"])
        #expect(period.previous.dayStarts.map(ReportPeriod.dayName) == ["2026-11-17", "2026-11-18", "2026-11-19"])
    }
}
