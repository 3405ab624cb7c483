import Foundation
import Testing
import WebcareConfig
import WebcareCore
@testable import WebcareStore
@testable import WebcareApp

/// The use cases the commands call: the inbox's pages, `--since` periods, the report's file.
@Suite struct UseCaseTests {
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    @Test(arguments: [
        ("30m", -1800.0), ("24h", -86400.0), ("7d", -604_800.0), ("2w", -1_209_600.0), ("0d", 0.0), ("1.5h", -5400.0),
    ])
    func aSincePeriodCountsBackFromNow(text: String, offset: Double) {
        #expect(InboxPeriod.start(text, now: now) == now.addingTimeInterval(offset))
    }

    @Test(arguments: ["yesterday", "-3d", "7x", "", "2026-13-01", "infd"])
    func anythingElseIsNotAPeriod(text: String) {
        #expect(InboxPeriod.start(text, now: now) == nil)
    }

    @Test func aDateIsMidnightUTC() {
        #expect(InboxPeriod.start("2026-11-20", now: now) == Date(timeIntervalSince1970: 1_795_132_800))
    }

    @Test func aLimitedPageSaysHowManyThereAreInAll() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("webcare-inbox-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let config = Config(file: "t.json", database: folder.appendingPathComponent("w.sqlite").path, brands: [Brand(name: "Telvio")], sources: [])
        let database = try WebcareDatabase(path: config.database)
        try database.registerSources([("Forum", "forum.xml")])
        let mentions = (0..<5).map { index in
            NewMention(source: "Forum", itemKey: "id:\(index)", url: nil, title: "Telvio \(index)", text: "kapot", author: nil,
                       published: now.addingTimeInterval(-Double(index) * 3600), brand: "Telvio",
                       sentiment: Sentiment(score: -0.5, label: index == 4 ? .neutral : .negative, language: .nl), reach: 1000 * (index + 1), reachBasis: "")
        }
        try database.saveNewMentions(mentions, source: "Forum", state: SourceFetchState(), at: now)
        let inbox = Inbox(config: config, database: database)
        var query = Inbox.Query()
        query.limit = 2
        let page = try inbox.page(query, now: now)
        #expect(page.mentions.map(\.itemKey) == ["id:3", "id:2"], "highest reach first, the neutral one left out")
        #expect(page.total == 4)
        query.limit = nil
        query.label = nil
        let everything = try inbox.page(query, now: now)
        #expect(everything.mentions.count == 5)
        #expect(everything.total == nil)
    }

    @Test func aReportIsWrittenWholeAndAFolderIsRefusedWithOneLine() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("webcare-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("week.md").path
        try ReportFile.write("# Week\n", to: file)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == "# Week\n")
        #expect {
            try ReportFile.write("x", to: folder.path)
        } throws: { error in
            "\(error)" == "could not write the report to \(folder.path): it is a folder; name a file in it, like \(folder.path)/week.html"
        }
        #expect {
            try ReportFile.write("x", to: folder.path + "/missing/week.html")
        } throws: { error in
            "\(error)".hasSuffix("the folder \(folder.path)/missing does not exist")
        }
    }
}
