import Foundation
import Testing
import WebcareCore
@testable import WebcarePresent

@Suite struct InboxRendererTests {
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    func mention(id: Int64, title: String, hoursOld: Double, reach: Int) -> Mention {
        Mention(id: id, source: "Forum", itemKey: "k\(id)", url: "https://x.example/\(id)", title: title, text: "tekst", author: nil,
                published: now.addingTimeInterval(-hoursOld * 3600), firstSeen: now, brand: "Telvio",
                sentiment: Sentiment(score: -0.5, label: .negative, language: .nl), reach: reach, status: .open,
                statusChangedAt: nil, statusChangedBy: nil, note: nil)
    }

    @Test func anEmptyInboxSaysSo() {
        #expect(InboxRenderer(now: now).text([], slaHours: 24) == "Inbox empty: no open negative mentions.\n")
    }

    @Test func theTableShowsEachMentionWithSafeTitleAndURL() {
        let text = InboxRenderer(now: now, width: 60).text([mention(id: 7, title: "Storing \u{1B}[31mnu", hoursOld: 30, reach: 20000)], slaHours: 24)
        #expect(text == """
            ID  AGE  LEFT        BRAND   SOURCE  SCORE  REACH  ASSIGNED  WHY
             7  30h  overdue 6h  Telvio  Forum   -0.50    20k  -         negative
                Storing nu
                https://x.example/7

            1 open negative mention

            """)
    }

    @Test func colourMarksOverdueMentionsOnlyWhenAsked() {
        let overdue = [mention(id: 1, title: "t", hoursOld: 30, reach: 1)]
        #expect(InboxRenderer(now: now, useColor: true).text(overdue, slaHours: 24).contains("\u{1B}[31m"))
        #expect(!InboxRenderer(now: now, useColor: false).text(overdue, slaHours: 24).contains("\u{1B}"))
        #expect(!InboxRenderer(now: now, useColor: true).text([mention(id: 1, title: "t", hoursOld: 2, reach: 1)], slaHours: 24).contains("\u{1B}[31m"))
    }

    @Test func jsonCarriesEveryFieldForScripts() throws {
        let json = InboxRenderer(now: now).json([mention(id: 3, title: "t", hoursOld: 2, reach: 5)])
        let objects = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [[String: Any]]
        #expect(objects.count == 1)
        #expect(objects[0]["id"] as? Int == 3)
        #expect(objects[0]["ageSeconds"] as? Int == 7200)
        #expect(objects[0]["label"] as? String == "negative")
        #expect(objects[0]["status"] as? String == "open")
    }

    static let ages: [(Double, String)] = [(0.5, "30m"), (5, "5h"), (47, "47h"), (48, "2d"), (51, "2d 3h")]

    @Test(arguments: ages)
    func agesReadAtAGlance(_ hours: Double, _ expected: String) {
        #expect(InboxRenderer.age(from: now.addingTimeInterval(-hours * 3600), to: now) == expected)
    }
}

/// How `poll` and the alerts word what happened to a source.
@Suite struct SourceNoticeRendererTests {
    @Test(arguments: [
        (SourceNotice.failing(source: "Forum", reason: "HTTP 500 Internal Server Error", attempts: 3),
         "could not poll source \"Forum\": HTTP 500 Internal Server Error (3 attempts in a row)"),
        (.failing(source: "Forum", reason: "cannot read the file", attempts: 1), "could not poll source \"Forum\": cannot read the file"),
        (.gone(source: "Forum"), "source \"Forum\" is gone (HTTP 410): not polled again until its URL changes in the config"),
        (.recovered(source: "Forum", failedAttempts: 1), "source \"Forum\" works again after 1 failed attempt"),
        (.recovered(source: "Forum", failedAttempts: 5), "source \"Forum\" works again after 5 failed attempts"),
        (.moved(source: "Forum", to: "https://new.example/feed"),
         "source \"Forum\" has moved permanently to https://new.example/feed: update its url in the config"),
    ])
    func eachNoticeIsOneSentence(notice: SourceNotice, line: String) {
        #expect(SourceNoticeRenderer.line(notice) == line)
    }

    @Test func alertKeysDependOnTheEventNotOnItsWording() {
        let at = Date(timeIntervalSince1970: 1_795_000_000)
        #expect(SourceNotice.failing(source: "Forum", reason: "a", attempts: 3).alertKey(at: at)
                == SourceNotice.failing(source: "Forum", reason: "b", attempts: 3).alertKey(at: at))
        #expect(SourceNotice.failing(source: "Forum", reason: "a", attempts: 3).alertKey(at: at)
                != SourceNotice.recovered(source: "Forum", failedAttempts: 3).alertKey(at: at))
    }
}

@Suite struct ReportFormatTests {
    @Test(arguments: [("week.html", ReportFormat.html), ("Week.HTM", .html), ("out/w.md", .markdown), ("a.markdown", .markdown),
                      ("d.csv", .csv), ("r.json", .json), ("r.txt", .text)])
    func theFileExtensionChoosesTheFormat(file: String, format: ReportFormat) {
        #expect(ReportFormat(forFile: file) == format)
    }

    @Test(arguments: ["week", "week.pdf", ".html", "dir.html/week"])
    func anotherExtensionChoosesNone(file: String) {
        #expect(ReportFormat(forFile: file) == nil)
    }
}

@Suite struct HistoryRendererTests {
    @Test func eachStepIsOneLineAndTextFromTheWebIsMadeSafe() {
        let events = [MentionEvent(at: Date(timeIntervalSince1970: 1_795_000_000), actor: "Telvio\u{1B}]52;c;aGk=\u{07}", action: "answered",
                                   note: "company reply: sorry\u{202E}\nwe fix it"),
                      MentionEvent(at: Date(timeIntervalSince1970: 1_795_003_600), actor: "sanne", action: "noted")]
        #expect(HistoryRenderer.text(events, id: 7) == "2026-11-18T11:06:40Z  answered by Telvio: company reply: sorry we fix it\n"
                + "2026-11-18T12:06:40Z  noted by sanne\n")
        #expect(HistoryRenderer.text([], id: 7) == "Mention 7 has no history yet: nobody has acted on it.\n")
    }
}
