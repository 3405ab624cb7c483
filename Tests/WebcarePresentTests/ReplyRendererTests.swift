import Foundation
import Testing
import WebcareCore
@testable import WebcarePresent

/// The reply check, the follow-ups and the report's reply figures as text, pinned exactly.
@Suite struct ReplyRendererTests {
    @Test func theCheckListsEachFindingWithItsWordsThenTheQuestionsThenAdvice() {
        let result = ReplyAssessment(language: .nl, findings: [
            .init(kind: .acknowledgement, words: "Vervelend dat"),
            .init(kind: .denial, words: "volgens onze gegevens"),
            .init(kind: .unansweredQuestion, words: "Wanneer komt de monteur?"),
        ], questions: [.init(text: "Wanneer komt de monteur?", isAnswered: false)], missing: [.nextStep], verdict: .defensive)
        #expect(ReplyCheckRenderer.text(result, mention: 12) == """
            defensive\tnl
              +  acknowledgement       "Vervelend dat"
              -  denial                "volgens onze gegevens"

            Questions in mention 12:
              -  unanswered            "Wanneer komt de monteur?"

            Advice:
                 no next step          Give a concrete next step, with a time if you can ("ik bel u morgen", "I'll send a replacement today").
                 denial                Don't contradict them; say what you see and ask what they see ("ik zie hier …, klopt dat met wat u ziet?").
                 unanswered question   Answer the question they asked, or say when you will.

            """)
    }

    @Test func aReplyInTheHistoryIsIndentedUnderItsAnswerAndMadeSafe() {
        let at = Date(timeIntervalSince1970: 1_795_000_000)
        let text = HistoryRenderer.text([MentionEvent(at: at, actor: "sanne", action: "answered", reply: "Hoi!\nIk bel u \u{1B}[31mmorgen.")], id: 3)
        #expect(text == "2026-11-18T11:06:40Z  answered by sanne\n    reply: Hoi!\n           Ik bel u morgen.\n", "the escape sequence is dropped")
    }

    @Test func followUpsSayWhenTheyAreDueOrHowLateTheyAre() {
        let now = Date(timeIntervalSince1970: 1_795_000_000)
        let followUps = [
            FollowUp(id: 1, mentionID: 4, brand: "Telvio", promisedBy: "sanne", promisedAt: now, due: now.addingTimeInterval(-7200), promise: "Ik bel u morgen."),
            FollowUp(id: 12, mentionID: 9, brand: "Pakkie", promisedBy: "tom", promisedAt: now, due: now.addingTimeInterval(3 * 3600), promise: "Today."),
        ]
        #expect(FollowUpRenderer.inboxSection(followUps, now: now) == """

            Promises to keep:
               1  mention 4  Telvio  due 2026-11-18T09:06:40Z (OVERDUE 2h)  by sanne: "Ik bel u morgen."
              12  mention 9  Pakkie  due 2026-11-18T14:06:40Z (3h left)     by tom: "Today."

            """)
        #expect(FollowUpRenderer.inboxSection([], now: now) == "")
    }

    @Test func replyFiguresCountVerdictsTheMostCommonMissingElementAndTheMedianLength() {
        var figures = ReplyFigures()
        let missing: [[ReplyAssessment.Kind]] = [[.apology], [.apology, .personal], [.personal, .apology]]
        for (index, kinds) in missing.enumerated() {
            figures.add(ReplyAssessment(language: .nl, findings: [], questions: [], missing: kinds, verdict: index == 0 ? .open : .defensive),
                        words: [40, 10, 25][index])
        }
        #expect(figures.replies == 3)
        #expect(figures.share(.defensive) == 2.0 / 3)
        #expect(figures.mostCommonMissing?.kind == .apology)
        #expect(figures.mostCommonMissing?.count == 3)
        #expect(figures.medianLength == 25)
        #expect(ReplyFigures().mostCommonMissing == nil && ReplyFigures().medianLength == nil && ReplyFigures().isEmpty)
    }
}
