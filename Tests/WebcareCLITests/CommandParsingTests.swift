import ArgumentParser
import Testing
@testable import WebcareCLI

/// Argument lists parsed in process, as the binary would parse them: which command, which options, and which
/// combinations are refused before anything runs.
@Suite struct CommandParsingTests {
    @Test func inboxOptionsReachTheCommand() throws {
        let command = try #require(try WebcareCommand.parseAsRoot(["inbox", "--brand", "Telvio", "--overdue", "--since", "7d", "--limit", "5"])
                                   as? InboxCommand)
        #expect(command.brand == "Telvio")
        #expect(command.overdue)
        #expect(command.since == "7d")
        #expect(command.limit == 5)
        #expect(!command.json)
    }

    @Test(arguments: [
        ["inbox", "--limit", "0"],
        ["inbox", "--since", "yesterday"],
        ["report", "--days", "3", "--week"],
        ["report", "--days", "400"],
        ["report", "--week", "2026-W60"],
        ["poll", "--parallel", "0"],
        ["poll", "--wait", "-1"],
        ["answer"],
        ["answer", "3", "--reply", "x", "--reply-file", "r.txt"],
        ["answer", "3", "--reply", " "],
        ["reply-check", "draft", "--file", "d.txt"],
        ["reply-check", "--mention", "x"],
        ["followup", "done"],
        ["followup", "done", "x"],
        ["assign", "3", "--to", " "],
        ["nonsense"],
    ])
    func badArgumentListsAreRefusedBeforeAnythingRuns(arguments: [String]) {
        #expect(throws: (any Error).self) { try WebcareCommand.parseAsRoot(arguments) }
    }

    @Test func theReplyCommandsTakeTheirOptions() throws {
        let answer = try #require(try WebcareCommand.parseAsRoot(["answer", "12", "--reply", "Ik bel u morgen.", "--by", "sanne"]) as? AnswerCommand)
        #expect(answer.mentions.ids == [12])
        #expect(answer.reply == "Ik bel u morgen.")
        #expect(answer.replyFile == nil)
        let fromFile = try #require(try WebcareCommand.parseAsRoot(["answer", "12", "--reply-file", "-"]) as? AnswerCommand)
        #expect(fromFile.replyFile == "-")
        let check = try #require(try WebcareCommand.parseAsRoot(["reply-check", "--mention", "12", "--json", "Sorry!"]) as? ReplyCheckCommand)
        #expect(check.mention == 12)
        #expect(check.text == "Sorry!")
        #expect(check.json)
        let done = try #require(try WebcareCommand.parseAsRoot(["followup", "done", "3", "--by", "tom"]) as? FollowUpDoneCommand)
        #expect(done.id == 3)
        #expect(done.by == "tom")
        #expect(try WebcareCommand.parseAsRoot(["followups", "--json"]) is FollowUpsCommand)
    }

    @Test func scoreTakesTextsAsArgumentsAndABrand() throws {
        let command = try #require(try WebcareCommand.parseAsRoot(["score", "--json", "--brand", "Telvio", "slecht", "goed"]) as? ScoreCommand)
        #expect(command.texts == ["slecht", "goed"])
        #expect(command.json)
        #expect(command.brand == "Telvio")
        #expect(!command.explain)
    }

    @Test func workflowCommandsTakeSeveralIDsAndWhoDidIt() throws {
        let command = try #require(try WebcareCommand.parseAsRoot(["answer", "3", "5", "--by", "sanne", "--note", "called back"]) as? AnswerCommand)
        #expect(command.mentions.ids == [3, 5])
        #expect(command.actor.actor == "sanne")
        #expect(command.actor.note == "called back")
    }
}

@Suite struct MoreParsingTests {
    @Test(arguments: [
        ["report", "--week", "--output", "week.xlsx"],
        ["export", "--format", "xlsx"],
        ["export", "--format", "csv", "--status", "done"],
        ["search"],
        ["inbox", "--assigned-to", "x", "--unassigned"],
        ["inbox", "--label", "angry"],
        ["relabel", "12"],
        ["relabel", "12", "furious"],
        ["relabel", "x", "negative"],
        ["rescore", "--since", "soon"],
        ["suggest-words", "--min", "0"],
    ])
    func badArgumentListsAreRefusedBeforeAnythingRuns(arguments: [String]) {
        #expect(throws: (any Error).self) { try WebcareCommand.parseAsRoot(arguments) }
    }

    @Test func aReportFileWithAFormatOfItsOwnIsAllowedWithFormat() throws {
        #expect(try WebcareCommand.parseAsRoot(["report", "--week", "--output", "week.xlsx", "--format", "csv"]) is ReportCommand)
        #expect(try WebcareCommand.parseAsRoot(["report", "--week", "--output", "week.html"]) is ReportCommand)
    }
}
