import Foundation
import Testing
import WebcareTestSupport
import WebcareConfig
import WebcareCore
@testable import WebcareStore
@testable import WebcareApp

@Suite struct SpikeDetectorTests {
    let start = Date(timeIntervalSince1970: 1_795_000_000)
    /// A quiet week: one or two complaints per three hours, now and then none or three.
    let baseline = (0..<56).map { [1, 2, 1, 0, 2, 1, 3, 1][$0 % 8] }

    /// Runs the detector over a series of window counts, one poll per count, and returns the decisions.
    func run(_ counts: [Int], settings: SpikeSettings = SpikeSettings(), every minutes: Double = 60) -> [SpikeDecision] {
        let detector = SpikeDetector(settings: settings)
        var state = SpikeState()
        return counts.enumerated().map { index, count in
            let (decision, next) = detector.decide(count: count, baseline: baseline, state: state,
                                                   now: start.addingTimeInterval(Double(index) * minutes * 60))
            state = next
            return decision
        }
    }

    @Test func theThresholdIsTheMeanPlusKDeviations() {
        let level = SpikeDetector(settings: SpikeSettings()).threshold(baseline: baseline)
        #expect(level.mean == 1.375)
        #expect(abs(level.deviation - 0.857) < 0.001)
        #expect(abs(level.threshold - 3.946) < 0.001)
    }

    @Test func aSpikeFiresOnceStaysQuietWhileHighAndSendsOneAllClear() {
        #expect(run([1, 2, 9, 12, 10, 2, 1]) == [.quiet, .quiet, .spike, .stillHigh, .stillHigh, .allClear, .quiet])
    }

    @Test func aNewSpikeWithinTheCoolDownIsNotAlertedAgain() {
        // Hourly polls: the spike at hour 2 ends at hour 3, comes back at hour 4 (inside 6 hours) and at hour 9 (after).
        #expect(run([1, 1, 9, 1, 9, 9, 1, 1, 1, 9, 1]) ==
                [.quiet, .quiet, .spike, .allClear, .coolingDown, .coolingDown, .quiet, .quiet, .quiet, .spike, .allClear])
    }

    @Test func aFewComplaintsOnAQuietBrandAreNoSpike() {
        // A brand with no complaints all week: four is far above the mean, but below the minimum count.
        let detector = SpikeDetector(settings: SpikeSettings())
        #expect(detector.decide(count: 4, baseline: Array(repeating: 0, count: 56), state: SpikeState(), now: start).0 == .quiet)
        #expect(detector.decide(count: 5, baseline: Array(repeating: 0, count: 56), state: SpikeState(), now: start).0 == .spike)
    }
}

@Suite struct SpikeAlertTests {
    let now = Date(timeIntervalSince1970: 1_795_000_000)

    @Test func aSpikeInTheDatabaseReachesTheCommandOnceWithItsAllClear() throws {
        let folder = try TemporaryFolder.inThisRun("webcare-spike")
        let received = folder.appendingPathComponent("alerts.jsonl")
        var config = Config(file: "t.json", database: folder.appendingPathComponent("w.sqlite").path,
                            brands: [Brand(name: "Telvio"), Brand(name: "Pakkie")],
                            sources: [Source(name: "Forum", location: .file("/feeds/forum.xml"))])
        config.alerts = AlertSettings(command: "cat >> '\(received.path)'", minReach: 1_000_000)
        let database = try WebcareDatabase(path: config.database)
        try database.registerSources([("Forum", "/feeds/forum.xml")])
        var number = 0
        func complaints(_ count: Int, brand: String = "Telvio", hoursAgo: Double) throws {
            let mentions = (0..<count).map { _ -> NewMention in
                number += 1
                return NewMention(source: "Forum", itemKey: "id:\(number)", url: nil, title: "Klacht \(number)", text: "slecht",
                                  author: nil, published: now.addingTimeInterval(-hoursAgo * 3600), brand: brand,
                                  sentiment: Sentiment(score: -0.6, label: .negative, language: .nl), reach: 100)
            }
            try database.saveNewMentions(mentions, source: "Forum", state: SourceFetchState(), at: now.addingTimeInterval(-hoursAgo * 3600))
        }
        // A week of one complaint every six hours, for both brands; then eight about Telvio in the last hour.
        for hours in stride(from: 4.0, to: 7 * 24, by: 6) {
            try complaints(1, hoursAgo: hours)
            try complaints(1, brand: "Pakkie", hoursAgo: hours)
        }
        try complaints(8, hoursAgo: 0.5)
        let dispatcher = try #require(AlertDispatcher(config: config, database: database))
        let quiet = PollReport(outcomes: [], notices: [], timings: [:])
        #expect(try dispatcher.run(after: quiet, at: now).isEmpty)
        #expect(try dispatcher.run(after: quiet, at: now.addingTimeInterval(900)).isEmpty)
        // Four hours on, the eight complaints have left the three-hour window.
        #expect(try dispatcher.run(after: quiet, at: now.addingTimeInterval(4 * 3600)).isEmpty)
        #expect(try dispatcher.run(after: quiet, at: now.addingTimeInterval(4 * 3600 + 900)).isEmpty)

        let alerts = try String(contentsOf: received, encoding: .utf8).split(separator: "\n")
            .map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect(alerts.map { $0["kind"] as? String } == ["spike", "spike-all-clear"])
        #expect(alerts.allSatisfy { $0["brand"] as? String == "Telvio" })
        #expect(alerts.first?["count"] as? Int == 8)
        #expect((alerts.first?["text"] as? String)?.hasPrefix("Spike in negative mentions of Telvio: 8 in the last 3 h") == true)
    }
}
