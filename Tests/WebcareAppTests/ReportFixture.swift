import Foundation
import Testing
import WebcareTestSupport
import WebcareConfig
import WebcareCore
import WebcarePresent
@testable import WebcareStore
@testable import WebcareApp

let reportGoldenFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/golden/report")

/// "2026-11-16 10:00" in UTC.
func reportTime(_ text: String) -> Date {
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_US_POSIX")
    formatter.timeZone = TimeZone(identifier: "UTC")
    formatter.dateFormat = "yyyy-MM-dd HH:mm"
    return formatter.date(from: text)!
}

/// A fixed database of mentions, answers and source states for the report to read.
struct ReportFixture {
    let folder: URL
    var config: Config
    let database: WebcareDatabase
    private var counter = 0

    init(sources: [Source], businessHours: BusinessHours? = nil) throws {
        folder = try TemporaryFolder.inThisRun("webcare-report")
        config = Config(file: "report.json", database: folder.appendingPathComponent("webcare.sqlite").path,
                        brands: [Brand(name: "Telvio", keywords: ["telvio"]), Brand(name: "Pakkie", keywords: ["pakkie"]),
                                 Brand(name: "Stilmerk", keywords: ["stilmerk"])],
                        sources: sources)
        config.businessHours = businessHours
        database = try WebcareDatabase(path: config.database)
        try database.registerSources(sources.map { ($0.name, $0.location.description) })
    }

    /// Stores one mention and returns its id; `published` nil means only first seen at `seen`.
    @discardableResult
    mutating func add(_ label: SentimentLabel, _ brand: String, _ source: String, published: String?, seen: String? = nil,
                      title: String, text: String = "", reach: Int = 1000) throws -> Int64 {
        counter += 1
        let score = label == .negative ? -0.6 : label == .positive ? 0.6 : 0
        let mention = NewMention(source: source, itemKey: "id:\(counter)", url: "https://\(source.lowercased()).example/\(counter)",
                                 title: title, text: text, author: "klant\(counter)", published: published.map(reportTime), brand: brand,
                                 sentiment: Sentiment(score: score, label: label, language: .nl), reach: reach)
        let firstSeen = reportTime(seen ?? published!)
        try database.saveNewMentions([mention], source: source, state: try database.fetchState(source: source), at: firstSeen)
        return try database.mentions(source: source).last!.id
    }

    /// Stores one mention whose clock started at `published`, with the scorer's terms when given; returns its id.
    @discardableResult
    mutating func add(_ label: SentimentLabel, _ brand: String, _ source: String, at published: Date, title: String, text: String = "",
                      reach: Int = 1000, negativeTerms: [String]? = nil) throws -> Int64 {
        counter += 1
        let score = label == .negative ? -0.6 : label == .positive ? 0.6 : 0
        var mention = NewMention(source: source, itemKey: "id:\(counter)", url: "https://\(source.lowercased()).example/\(counter)",
                                 title: title, text: text, author: "klant\(counter)", published: published, brand: brand,
                                 sentiment: Sentiment(score: score, label: label, language: .nl), reach: reach)
        if let negativeTerms { mention.negativeTerms = negativeTerms }
        try database.saveNewMentions([mention], source: source, state: try database.fetchState(source: source), at: published)
        return try database.mentions(source: source).last!.id
    }

    func set(_ status: MentionStatus, _ id: Int64, at time: Date) throws {
        try database.setStatus(status, ids: [id], by: "agent", note: nil, at: time)
    }

    func set(_ status: MentionStatus, _ id: Int64, at time: String) throws {
        try database.setStatus(status, ids: [id], by: "agent", note: nil, at: reportTime(time))
    }

    func report(_ period: ReportPeriod, now: String, brand: String? = nil) throws -> WeeklyReport {
        try WeeklyReportBuilder(config: config, database: database, clock: .fixed(reportTime(now))).report(period: period, brand: brand)
    }
}

func checkReportGolden(_ text: String, _ name: String) throws {
    let file = reportGoldenFolder.appendingPathComponent(name)
    if ProcessInfo.processInfo.environment["WEBCARE_RECORD_GOLDEN"] == "1" {
        try text.write(to: file, atomically: true, encoding: .utf8)
        return
    }
    let expected = try String(contentsOf: file, encoding: .utf8)
    #expect(text == expected, "\(name) differs from the golden file; re-record with WEBCARE_RECORD_GOLDEN=1 if the change is meant")
}

let reportExtensions: [ReportFormat: String] = [.text: "txt", .markdown: "md", .html: "html", .csv: "csv", .json: "json"]

