import Foundation
import Testing
import WebcareCore
import WebcarePresent
import WebcareTestSupport
@testable import WebcareApp

/// A MIME message split into its header lines and its parts, each part's body decoded.
struct ParsedMail {
    var headers: [String: String] = [:]
    var contentType = ""
    var parts: [(headers: [String: String], body: String)] = []

    /// Reads a message with LF line ends: headers (continuation lines joined), a multipart body cut at the boundary.
    init(_ message: String) throws {
        let sections = message.components(separatedBy: "\n\n")
        headers = Self.headers(sections[0])
        contentType = headers["content-type"] ?? ""
        let boundary = try #require(contentType.components(separatedBy: "boundary=\"").last?.split(separator: "\"").first.map(String.init))
        let body = sections.dropFirst().joined(separator: "\n\n")
        #expect(body.contains("\n--\(boundary)--\n"), "the message ends its last part")
        let pieces = body.components(separatedBy: "--\(boundary)")
        for piece in pieces.dropFirst().dropLast() {
            let split = piece.trimmingCharacters(in: .newlines).components(separatedBy: "\n\n")
            let partHeaders = Self.headers(split[0])
            let encoded = split.dropFirst().joined(separator: "\n\n")
            #expect(encoded.split(separator: "\n").allSatisfy { $0.count <= 76 }, "base64 lines of at most 76 characters")
            let data = try #require(Data(base64Encoded: encoded.replacingOccurrences(of: "\n", with: "")))
            parts.append((partHeaders, try #require(String(data: data, encoding: .utf8))))
        }
    }

    private static func headers(_ block: String) -> [String: String] {
        var out: [String: String] = [:]
        var last: String?
        for line in block.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix(" "), let key = last {
                out[key, default: ""] += String(line)
            } else if let colon = line.firstIndex(of: ":") {
                let key = line[..<colon].lowercased()
                out[key] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                last = key
            }
        }
        return out
    }

    /// The Subject with RFC 2047 encoded words decoded.
    var subject: String {
        let raw = headers["subject"] ?? ""
        var out = ""
        for word in raw.components(separatedBy: " ") where !word.isEmpty {
            if word.hasPrefix("=?UTF-8?B?"), word.hasSuffix("?="),
               let data = Data(base64Encoded: String(word.dropFirst(10).dropLast(2))) {
                out += String(decoding: data, as: UTF8.self)
            } else {
                out += (out.isEmpty ? "" : " ") + word
            }
        }
        return out
    }
}

@Suite struct ReportMailTests {
    @Test func theMailHoldsThePlainTextAndTheHTMLReportAsAlternatives() throws {
        let fixture = try twelveWeeks()
        let report = try WeeklyReportBuilder(config: fixture.config, database: fixture.database, clock: .fixed(reportTime("2026-11-02 08:00")))
            .report(period: ReportPeriod.isoWeek(named: "2026-W44")!)
        let message = try ReportMail.message(report, to: ["manager@example.nl"], from: "webcare@example.nl")
        let mail = try ParsedMail(message)
        #expect(mail.headers["to"] == "manager@example.nl")
        #expect(mail.headers["from"] == "webcare@example.nl")
        #expect(mail.headers["mime-version"] == "1.0")
        #expect(mail.headers["date"] == "Mon, 2 Nov 2026 08:00:00 +0000")
        #expect(mail.contentType.hasPrefix("multipart/alternative;"))
        #expect(mail.subject == "Webcare report 2026-W44 (Mon 2026-10-26 – Sun 2026-11-01): all brands")
        #expect(mail.parts.map { $0.headers["content-type"] } == ["text/plain; charset=utf-8", "text/html; charset=utf-8"])
        #expect(mail.parts.allSatisfy { $0.headers["content-transfer-encoding"] == "base64" })
        #expect(mail.parts.first?.body == ReportRenderer(report).render(.text))
        #expect(mail.parts.last?.body == ReportRenderer(report).render(.html))
        #expect(message.utf8.allSatisfy { $0 < 0x80 }, "7-bit clean on the wire")
    }

    @Test(arguments: ["", "manager", "a@b", "-oi@example.nl", "a@example.nl, b@example.nl", "a@example.nl\nBcc: x@example.nl", "<a@example.nl>"])
    func addressesThatCouldSplitAHeaderOrBecomeAnOptionAreRefused(address: String) {
        #expect(!ReportMail.isPlausibleAddress(address))
        #expect(throws: ReportMail.BadAddress.self) { try ReportMail.message(try twelveWeeksReport(), to: [address]) }
    }

    @Test func withoutSendmailTheErrorSaysWhatToInstall() throws {
        let empty = try TemporaryFolder("webcare-no-sendmail")
        let sendmail = Sendmail(folders: [empty.url.path])
        #expect(sendmail.locate() == nil)
        do {
            try sendmail.send("To: a@example.nl\n\nhi\n", to: ["a@example.nl"])
            Issue.record("sent without a sendmail")
        } catch {
            #expect(error.description.hasPrefix("could not mail the report to a@example.nl: no sendmail found (looked in \(empty.url.path))"))
            #expect(error.description.contains("sudo apt-get install msmtp-mta"))
        }
    }

    @Test func cronsPathStillFindsDebiansSendmail() {
        #expect(Sendmail(environment: ["PATH": "/usr/bin:/bin"]).folders == ["/usr/bin", "/bin", "/usr/sbin", "/usr/lib"])
    }
}

private func twelveWeeksReport() throws -> WeeklyReport {
    let fixture = try twelveWeeks()
    return try WeeklyReportBuilder(config: fixture.config, database: fixture.database, clock: .fixed(reportTime("2026-11-02 08:00")))
        .report(period: ReportPeriod.isoWeek(named: "2026-W44")!)
}
