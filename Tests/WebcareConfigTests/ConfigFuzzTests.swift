import Foundation
import Testing
import WebcareTestSupport
@testable import WebcareConfig

/// Truncated and byte-mutated configs (the bundled example and the test configs) never crash the config reader, and
/// each is accepted or refused with one line. The mutations are random per run; WEBCARE_FUZZ_SEED=<n> fixes them;
/// WEBCARE_FUZZ_ROUNDS (default 200; `make fuzz` sets more) says how many mutations of each seed document.
@Suite struct ConfigFuzzTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    @Test func mutatedConfigsAreAcceptedOrRefusedNamingTheFile() throws {
        let seed = ProcessInfo.processInfo.environment["WEBCARE_FUZZ_SEED"].flatMap { UInt64($0) } ?? UInt64.random(in: 0...UInt64.max)
        let rounds = ProcessInfo.processInfo.environment["WEBCARE_FUZZ_ROUNDS"].flatMap { Int($0) } ?? 200
        var generator = SplitMix64(seed: seed)
        let seeds: [[UInt8]] = [
            Array(try Data(contentsOf: Self.root.appendingPathComponent("config.example.json"))),
            Array(#"{"database": "w.sqlite", "slaHours": 24, "businessHours": {"days": ["mon"], "from": "08:00", "to": "22:00"}, "alerts": {"webhook": "https://x.example/h", "minReach": 0, "budgetSeconds": 5, "spike": {"windowHours": 3, "deviations": 2.5}}, "fetch": {"parallel": 4, "maxBytes": 1048576}, "sentiment": {"neutralBand": 0.2, "words": {"nl": {"traag": -2}}}, "brands": [{"name": "Telvio", "keywords": ["t\u00e9lvio"], "sentimentWords": {"top": 0}}], "sources": [{"name": "F", "url": "feeds/f.xml", "reach": 20000}]}"#.utf8),
        ]
        // Bytes that change a JSON document's shape or meaning, drawn more often than others.
        let interesting: [UInt8] = Array(#"{}[]",:-+.eE0123456789\u"#.utf8) + [0x00, 0x0A, 0x80, 0xC3, 0xE2, 0xFF]
        var accepted = 0, refused = 0
        for document in seeds {
            var variants: [[UInt8]] = stride(from: 0, to: document.count, by: max(1, document.count / 30)).map { Array(document[..<$0]) }
            for _ in 0..<rounds {
                var mutated = document
                for _ in 0..<Int.random(in: 1...6, using: &generator) {
                    let index = Int.random(in: 0..<mutated.count, using: &generator)
                    switch Int.random(in: 0..<4, using: &generator) {
                    case 0: mutated[index] = UInt8.random(in: 0...255, using: &generator)
                    case 1: mutated[index] = interesting.randomElement(using: &generator)!
                    case 2: mutated.insert(contentsOf: mutated[index..<min(mutated.count, index + 12)], at: index)
                    default: mutated.remove(at: index)
                    }
                    if mutated.isEmpty { mutated = [0x7B] }
                }
                variants.append(mutated)
            }
            for variant in variants {
                do {
                    _ = try ConfigLoader.parse(data: Data(variant), file: "config.json", folder: "/etc/webcare")
                    accepted += 1
                } catch {
                    #expect(error.description.hasPrefix("config.json: "), "WEBCARE_FUZZ_SEED=\(seed)")
                    refused += 1
                }
            }
        }
        #expect(accepted > 0)
        #expect(refused > 0)
    }
}
