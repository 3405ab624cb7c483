import Foundation
import Testing
import WebcareCore
import WebcareSentiment

/// One written reply of Tests/Fixtures/replies/<language>.tsv with what the check must find in it.
struct ReplyCase: CustomTestStringConvertible, Sendable {
    var language: String
    var line: Int
    var verdict: ReplyAssessment.Verdict
    var required: [ReplyAssessment.Kind]
    var forbidden: [ReplyAssessment.Kind]
    var text: String
    var testDescription: String { "\(language).tsv:\(line) \(text.prefix(50))" }

    static func load(_ language: String) -> [ReplyCase] {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/replies/\(language).tsv")
        let text = (try? String(contentsOf: url, encoding: .utf8)) ?? ""
        return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
            guard !line.isEmpty, !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t", maxSplits: 2).map(String.init)
            guard fields.count == 3, let verdict = ReplyAssessment.Verdict(rawValue: fields[0]) else { return nil }
            let kinds = fields[1] == "-" ? [] : fields[1].split(separator: ",").map(String.init)
            return ReplyCase(language: language, line: index + 1, verdict: verdict,
                             required: kinds.filter { !$0.hasPrefix("!") }.compactMap(ReplyAssessment.Kind.init(rawValue:)),
                             forbidden: kinds.filter { $0.hasPrefix("!") }.compactMap { ReplyAssessment.Kind(rawValue: String($0.dropFirst())) },
                             text: fields[2].replacingOccurrences(of: "\\n", with: "\n"))
        }
    }
}

@Suite struct ReplyCheckTests {
    static let dutch = ReplyCase.load("nl")
    static let english = ReplyCase.load("en")

    @Test func eachLanguageHasAtLeastSixtyRepliesCoveringEveryKindAndVerdict() {
        for cases in [Self.dutch, Self.english] {
            #expect(cases.count >= 60)
            let kinds = Set(cases.flatMap(\.required))
            #expect(kinds == Set(ReplyAssessment.Kind.phraseKinds), "every kind a phrase can show is covered")
            #expect(Set(cases.map(\.verdict)) == Set(ReplyAssessment.Verdict.allCases))
        }
    }

    @Test(arguments: dutch + english)
    func aWrittenReplyShowsWhatItShouldAndReadsAsItShould(_ reply: ReplyCase) {
        let result = ReplyCheck().check(reply.text)
        let found = Set(result.findings.map(\.kind))
        for kind in reply.required { #expect(found.contains(kind), "\(kind) not found in: \(result.findings)") }
        for kind in reply.forbidden { #expect(!found.contains(kind), "\(kind) found in: \(result.findings)") }
        #expect(result.verdict == reply.verdict, "findings: \(result.findings)")
        #expect(result.missing == ReplyAssessment.Kind.elements.filter { !found.contains($0) })
        // A reply of a few words may not show its language.
        if reply.text.split(separator: " ").count >= 5 { #expect(result.language.rawValue == reply.language) }
    }

    @Test func eachFindingQuotesTheWordsAsWritten() {
        let result = ReplyCheck().check("Hoi Mark, Vervelend dát je pakket niet kwam. Volgens onze gegevens is het bezorgd.")
        #expect(result.findings.contains(.init(kind: .acknowledgement, words: "Vervelend dát")))
        #expect(result.findings.contains(.init(kind: .denial, words: "Volgens onze gegevens")))
        #expect(result.findings.contains(.init(kind: .personal, words: "Hoi Mark")))
    }

    @Test func aTemplateApologyIsAStockPhraseNotAnApology() {
        let result = ReplyCheck().check("Wij bieden onze excuses voor het eventuele ongemak aan.")
        #expect(result.findings.map(\.kind) == [.stock])
        #expect(result.missing.contains(.apology))
    }

    static let questions: [(mention: String, draft: String, answered: [Bool], why: String)] = [
        ("Waarom duurt het zo lang voordat mijn pakket komt?", "Vervelend dat je moet wachten. Dat komt doordat de bezorger ziek is.", [true],
         "a why answered by an explanation"),
        ("Wanneer komt de monteur nou eindelijk?", "Excuses! Ik bel u morgen met een tijd.", [true], "a when answered with a time"),
        ("Wanneer komt de monteur nou eindelijk?", "Excuses voor het ongemak, wij doen ons uiterste best.", [false], "a when left open"),
        ("@Telvio hoe zeg ik mijn abonnement op? En waar vind ik mijn factuur?", "Je factuur staat onder Mijn Telvio.", [false, true],
         "one of two questions answered, by its subject"),
        ("Why was I charged twice this month?", "Sorry! This happened because of a billing error.", [true], "an English why"),
        ("When will my refund arrive? This is ridiculous.", "We understand. Our policy is clear.", [false], "an English when left open"),
        ("How long until my internet works again?", "The engineer will come tomorrow morning.", [true], "how long answered with a time"),
    ]

    @Test(arguments: questions)
    func theMentionsQuestionsAreCheckedAgainstTheDraft(_ mention: String, _ draft: String, _ answered: [Bool], _ why: String) {
        let result = ReplyCheck().check(draft, mention: mention)
        #expect(result.questions.map(\.isAnswered) == answered, "\(why): \(result.questions)")
        let flagged = result.findings.contains { $0.kind == .unansweredQuestion }
        #expect(flagged == !answered.contains(true), "\(why): a reply that answers none of the questions is flagged")
    }

    @Test func aReplyThatAnswersNoneOfTheQuestionsReadsDefensiveWithLittleElse() {
        let result = ReplyCheck().check("Wij nemen uw feedback mee.", mention: "Wanneer wordt mijn pakket bezorgd?")
        #expect(result.verdict == .defensive)
        #expect(result.hurts.map(\.kind) == [.stock, .unansweredQuestion])
        #expect(result.hurts.last?.words == "Wanneer wordt mijn pakket bezorgd?")
    }

    @Test func aMentionThatIsNotNegativeExpectsNoApology() {
        let result = ReplyCheck().check("Hoi Anna, ik begrijp je vraag. Ik stuur je de link over voicemail. ^Tom", mention: "Hoe zet ik voicemail aan?", expectsApology: false)
        #expect(!result.missing.contains(.apology))
        #expect(result.verdict == .open)
    }

    @Test func theTeamsPhrasesAddToTheBuiltInOnesAndWinOverThem() {
        let check = ReplyCheck(teamPhrases: ["wij balen met je mee": .acknowledgement, "sorry": .stock, "tot zo": .nextStep])
        let result = check.check("Wij balen met je mee! Sorry. Tot zo.")
        #expect(result.findings.map(\.kind) == [.acknowledgement, .stock, .nextStep])
        #expect(ReplyCheck().check("Wij balen met je mee!").findings.isEmpty)
    }

    @Test func anEmptyDraftFindsNothingAndMissesEverything() {
        let result = ReplyCheck().check("")
        #expect(result.findings.isEmpty)
        #expect(result.missing == ReplyAssessment.Kind.elements)
        #expect(result.verdict == .mixed)
    }
}

@Suite struct PromiseFinderTests {
    static let promises: [(String, PromisedTime?)] = [
        ("Ik bel u morgen.", .day(.inDays(1), nil)),
        ("Ik bel je morgenochtend terug.", .day(.inDays(1), .morning)),
        ("We sturen het morgen in de middag.", .day(.inDays(1), nil)),
        ("Vanmiddag stuur ik u de nieuwe factuur.", .day(.inDays(0), .afternoon)),
        ("Ik kom er vanavond op terug.", .day(.inDays(0), .evening)),
        ("Ik laat het u vandaag weten.", .day(.inDays(0), nil)),
        ("Overmorgen komt de monteur, dat regel ik.", .day(.inDays(2), nil)),
        ("Binnen drie werkdagen hoort u van ons.", .workingDays(3)),
        ("U ontvangt het bedrag binnen 5 werkdagen.", .workingDays(5)),
        ("Ik bel u vrijdag.", .day(.weekday(6), nil)),
        ("Wij komen maandagochtend langs.", .day(.weekday(2), .morning)),
        ("U krijgt uiterlijk 15 december bericht.", .day(.date(month: 12, day: 15), nil)),
        ("Binnen 24 uur hoort u van mij.", .hours(24)),
        ("Binnen het uur bel ik terug.", .hours(1)),
        ("We'll get back to you by Friday.", .day(.weekday(6), nil)),
        ("I'll call you tomorrow morning.", .day(.inDays(1), .morning)),
        ("You'll hear from us within 3 business days.", .workingDays(3)),
        ("We will send it within two working days.", .workingDays(2)),
        ("I will update you this afternoon.", .day(.inDays(0), .afternoon)),
        ("We'll fix it tonight.", .day(.inDays(0), .evening)),
        ("I'll send the refund by March 3.", .day(.date(month: 3, day: 3), nil)),
        ("The engineer will come the day after tomorrow.", .day(.inDays(2), nil)),
        ("We will reply within 48 hours.", .hours(48)),
        // No promise: a question, no one who acts, no time.
        ("Zal ik u morgen bellen?", nil),
        ("Gisteren was er een storing.", nil),
        ("Ik begrijp het helemaal.", nil),
        ("Shall I call you tomorrow?", nil),
        ("The outage started today.", nil),
    ]

    @Test(arguments: promises)
    func aSentenceWithSomeoneWhoActsAndATimeIsAPromise(_ text: String, _ time: PromisedTime?) {
        #expect(PromiseFinder.promises(in: text).first?.time == time)
    }

    @Test func eachPromiseQuotesItsSentence() {
        let found = PromiseFinder.promises(in: "Hoi Mark, vervelend! Ik bel u morgen. Binnen drie werkdagen krijgt u het geld terug. ^Sanne")
        #expect(found.map(\.words) == ["Ik bel u morgen.", "Binnen drie werkdagen krijgt u het geld terug."])
    }
}
