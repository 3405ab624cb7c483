import Testing
import WebcareCore
@testable import WebcareSentiment

/// The rules that keep complaints from scoring neutral or positive (issue 21), each on texts written for the rule,
/// in both languages.
@Suite struct RecallRuleTests {
    let scorer = SentimentScorer()

    static let sarcasm: [String] = [
        "Geweldig hoor, weer een week zonder wifi.",
        "Top service, al 4 dagen geen internet.",
        "Heerlijk, sinds maandag zonder warm water.",
        "Storing bij de pinautomaat en ik sta met een volle kar. Top timing.",
        "Great job, another week without heating.",
        "Brilliant, the lift is broken again.",
        "Lovely, still waiting for my refund.",
    ]

    @Test(arguments: sarcasm)
    func praiseAroundAPlainComplaintIsSarcasm(_ text: String) {
        #expect(scorer.score(text).label == .negative, "\(scorer.explain(text))")
    }

    @Test func praiseIsNotSarcasmWhenTheRestIsNoComplaint() {
        #expect(scorer.score("Zonder problemen overgestapt. Aanrader!").label == .positive)
        #expect(scorer.score("Geweldig, binnen een dag geleverd.").label == .positive)
        #expect(scorer.score("Great job, sorted within the hour.").label == .positive)
        // Enthusiasm ends in "!": "Amazing service!" stays praise.
        #expect(scorer.explain("Amazing service! My order was wrong and they fixed it overnight.").contributions
            .allSatisfy { !$0.reason.contains("sarcastic") })
    }

    static let bareFacts: [String] = [
        "Ik wacht al sinds dinsdag op een monteur.",
        "Nog steeds niets gehoord over mijn aanvraag.",
        "Waar blijft mijn retourgeld?",
        "Hoe lang moet ik nog wachten op de monteur?",
        "Is er iemand die weet waar mijn pakket is?",
        "Still waiting for the engineer.",
        "Where is my refund?",
        "How much longer do I have to wait?",
        "Is there anyone who knows where my parcel is?",
    ]

    @Test(arguments: bareFacts)
    func complaintsToldAsFactsOrQuestionsAreNegative(_ text: String) {
        #expect(scorer.score(text).label == .negative, "\(scorer.explain(text))")
    }

    @Test func aPlainQuestionStaysNeutral() {
        #expect(scorer.score("Weet iemand hoe laat de winkel opengaat?").label == .neutral)
        #expect(scorer.score("How do I change my address?").label == .neutral)
    }

    static let longNegations: [(String, SentimentLabel)] = [
        ("Ik heb drie keer gebeld en volgens de monteur is de storing in onze straat nog altijd niet verholpen.", .negative),
        ("De storing is volgens de monteur niet verholpen.", .negative),
        ("After three calls with your agents the fault is still not fixed.", .negative),
        ("The router hasn't worked properly since the engineer visited.", .negative),
    ]

    @Test(arguments: longNegations)
    func negationInLongerSentences(_ text: String, _ expected: SentimentLabel) {
        #expect(scorer.score(text).label == expected, "\(scorer.explain(text))")
    }

    static let complaintFirst: [String] = [
        "Al 3 weken geen internet, maar de monteur was wel aardig.",
        "Nog steeds geen reactie, maar jullie chat is vriendelijk.",
        "Still no refund after a month, but the agent was polite.",
    ]

    @Test(arguments: complaintFirst)
    func aComplaintBeforeButKeepsItsWeight(_ text: String) {
        #expect(scorer.score(text).label == .negative, "\(scorer.explain(text))")
    }

    static let names: [String] = [
        "Ik zit sinds januari bij Top Telecom.",
        "Heeft iemand de Super Saver bundel?",
        "Volgens allestoringen.nl zijn er meldingen in Utrecht.",
        "Via Allestoringen zag ik meldingen in Delft.",
        "@TopTelecom hoe laat opent de winkel?",
        "Vanavond #Goedemorgen kijken.",
        "I'm with Top Telecom since January.",
        "Has anyone tried the Super Saver plan?",
        "Checking downdetector.com for reports in Leeds.",
    ]

    @Test(arguments: names)
    func sentimentWordsInsideNamesDoNotCount(_ text: String) {
        let explanation = scorer.explain(text)
        #expect(explanation.contributions.isEmpty, "\(explanation)")
        #expect(explanation.sentiment.label == .neutral)
    }

    @Test func aSentimentWordStillCountsAtTheStartOfASentenceOrWhenShouted() {
        #expect(scorer.score("Super geholpen!").label == .positive)
        #expect(scorer.score("De service was SUPER SLECHT").label == .negative)
    }

    @Test func aWordRepeatedInAHyphenatedCompoundCountsOnce() {
        #expect(scorer.explain("klote-klote-service").contributions.count == 1)
        #expect(scorer.explain("De wachttijd-wachttijden lopen op").contributions.count == 1)
    }

    static let unmetExpectations: [String] = [
        "Ik had gehoopt dat de storing vandaag voorbij zou zijn.",
        "Het zou gewoon moeten werken, voor dat geld.",
        "Voor 60 euro per maand verwacht je toch snel internet.",
        "Vroeger was het beter bij deze bank.",
        "Pas na drie weken kwam er een monteur.",
        "I had hoped the outage would be over by today.",
        "For that money it should just work.",
        "For 60 pounds a month you'd expect fast broadband.",
        "This bank used to be better.",
        "Only after three weeks did an engineer come.",
    ]

    @Test(arguments: unmetExpectations)
    func anUnmetExpectationIsAComplaint(_ text: String) {
        #expect(scorer.score(text).label == .negative, "\(scorer.explain(text))")
    }

    static let noLonger: [(String, SentimentLabel)] = [
        ("Ik krijg geen sms meer als mijn pakket onderweg is.", .negative),
        ("De app opent niet meer sinds gisteren.", .negative),
        ("I don't get a text anymore when my parcel is on its way.", .negative),
        ("The app no longer opens since yesterday.", .negative),
        // A negation that negates a complaint word stays praise, and "niet meer dan" is a comparison.
        ("Geen gedoe meer met de meterstanden.", .positive),
        ("Het kost niet meer dan tien euro.", .neutral),
        ("No more hassle with meter readings.", .positive),
    ]

    @Test(arguments: noLonger)
    func aNegationClosedByMeerOrAnymoreSaysSomethingStopped(_ text: String, _ expected: SentimentLabel) {
        #expect(scorer.score(text).label == expected, "\(scorer.explain(text))")
    }

    static let framedNegations: [(String, SentimentLabel)] = [
        ("Ik heb niet het gevoel dat mijn klacht serieus behandeld wordt.", .negative),
        ("Ik denk niet dat dit ooit nog goed komt met de nieuwe router.", .negative),
        ("I don't get the feeling that my complaint is being handled properly.", .negative),
        ("I don't think the new router will ever be good.", .negative),
        // "nooit zo'n", "never such": a superlative, not a negation.
        ("Ik heb nog nooit zo'n slechte app gehad.", .negative),
        ("I have never had such bad service.", .negative),
        // "maar", "but" stop a negation.
        ("Niet goedkoop, maar wel erg goed.", .positive),
        ("Not cheap, but really good.", .positive),
    ]

    @Test(arguments: framedNegations)
    func aNegationReachesIntoTheClauseItFramesAndStopsAtATurn(_ text: String, _ expected: SentimentLabel) {
        #expect(scorer.score(text).label == expected, "\(scorer.explain(text))")
    }

    @Test func praiseMarkedWithHoorIsSarcasmWhenTheRestHoldsNoPraise() {
        #expect(scorer.score("De monteur is niet gekomen. Bedankt hoor.").label == .negative)
        #expect(scorer.score("Trein reed gewoon door. Knap hoor.").label == .negative)
        #expect(scorer.score("Alles snel opgelost, bedankt hoor.").label == .positive)
    }

    static let resolved: [String] = [
        "Mijn pakket was beschadigd, ze hebben een nieuwe gestuurd. Goed gedaan Pakkie.",
        "My parcel was damaged, they sent a replacement the next day. Well done Pakkie.",
    ]

    @Test(arguments: resolved)
    func praiseAfterAComplaintThatWasPutRightIsSincere(_ text: String) {
        #expect(scorer.explain(text).contributions.allSatisfy { !$0.reason.contains("sarcastic") }, "\(scorer.explain(text))")
        #expect(scorer.score(text).label != .negative)
    }

    static let sentenceStartNames: [String] = [
        "Top Telecom heeft vandaag nieuwe tarieven bekendgemaakt.",
        "Super Saver bundel verlengd tot eind van het jaar.",
        "Top Telecom announced new prices today.",
        "Super Saver bundle extended until the end of the year.",
    ]

    @Test(arguments: sentenceStartNames)
    func aCapitalisedPairOpeningASentenceIsAName(_ text: String) {
        #expect(scorer.explain(text).contributions.isEmpty, "\(scorer.explain(text))")
    }

    @Test func praiseOpeningASentenceBeforeANameStillCounts() {
        #expect(scorer.score("Thanks Pakkie, snel geleverd!").label == .positive)
        #expect(scorer.score("Geweldig Pakkie!").label == .positive)
        #expect(scorer.score("Glad I bought it.").label == .positive)
    }

    @Test func aSmallNegativeScoreIsNegativeAndASmallPositiveOneNeutral() {
        // The neutral band is half as wide on the negative side: a missed complaint costs more than a flagged one.
        #expect(SentimentScorer.label(for: -0.06, neutralBand: 0.1) == .negative)
        #expect(SentimentScorer.label(for: 0.06, neutralBand: 0.1) == .neutral)
        #expect(SentimentScorer.label(for: -0.04, neutralBand: 0.1) == .neutral)
    }

    static let replies: [(String, ReplyNeed.Reason?)] = [
        ("Waarom duurt het zo lang voordat mijn pakket komt?", .question),
        ("Kan iemand mij helpen met mijn factuur", .helpRequest),
        ("Hoe zeg ik mijn abonnement op?", .question),
        ("Is er iemand die weet of de storing voorbij is", .helpRequest),
        ("@Telvio hoe zet ik de wifi aan?", .question),
        ("When will my parcel arrive?", .question),
        ("Can anyone help with my router", .helpRequest),
        ("How do I reset the box?", .question),
        ("Top service, dank jullie wel!", nil),
        ("Wat een verrassing.", nil),
        ("Great, another delay. Why.", nil),
        ("", nil),
    ]

    @Test(arguments: replies)
    func aMentionThatAsksOrAsksForHelpNeedsAReply(_ text: String, _ reason: ReplyNeed.Reason?) {
        #expect(ReplyNeed.cue(in: text)?.reason == reason, "\(String(describing: ReplyNeed.cue(in: text)))")
        #expect(ReplyNeed.isNeeded(in: text) == (reason != nil))
    }

    @Test func theReplyCueNamesTheWordsThatAsked() {
        #expect(ReplyNeed.cue(in: "Hallo, hoe zeg ik op?")?.words == "hoe zeg")
        #expect(ReplyNeed.cue(in: "Can anyone help me")?.words == "Can anyone help")
    }
}
