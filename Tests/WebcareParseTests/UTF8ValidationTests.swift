import Testing
import WebcareTestSupport
@testable import WebcareParse

/// The charset choice checks whether a document is UTF-8 in place; it must say exactly what the standard library's
/// own validation says.
@Suite struct UTF8ValidationTests {
    private static func standard(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) != nil }
    }

    @Test(arguments: [
        ([], true), (Array("plain ASCII, longer than eight bytes".utf8), true), (Array("café – “quotes” 😀".utf8), true),
        ([0xC3], false), ([0xC0, 0x80], false), ([0xE0, 0x80, 0x80], false), ([0xED, 0xA0, 0x80], false),
        ([0xF4, 0x90, 0x80, 0x80], false), ([0xF5, 0x80, 0x80, 0x80], false), ([0x80], false), ([0xE9], false),
        ([0xEF, 0xBF, 0xBF], true), ([0xF4, 0x8F, 0xBF, 0xBF], true), ([0xF0, 0x90, 0x80, 0x80], true),
    ] as [([UInt8], Bool)])
    func knownCases(_ bytes: [UInt8], _ valid: Bool) {
        #expect(DocumentCharset.isValidUTF8(bytes) == valid)
        #expect(Self.standard(bytes) == valid)
    }

    /// Random documents: mostly ASCII with UTF-8 sequences, some cut, some bytes flipped, at every alignment.
    @Test func agreesWithTheStandardLibraryOnRandomDocuments() {
        var random = SplitMix64(seed: 8)
        let pieces: [[UInt8]] = [Array("ab".utf8), Array("é".utf8), Array("€".utf8), Array("😀".utf8), Array(" hallo wereld ".utf8),
                                 [0xED, 0x9F, 0xBF], [0xE0, 0xA0, 0x80], [0xF4, 0x8F, 0x80, 0x80]]
        for _ in 0..<5000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &random) { bytes += pieces.randomElement(using: &random)! }
            if !bytes.isEmpty, Bool.random(using: &random) {
                let position = Int.random(in: 0..<bytes.count, using: &random)
                bytes[position] = UInt8.random(in: 0...255, using: &random)
            }
            if !bytes.isEmpty, Int.random(in: 0..<4, using: &random) == 0 { bytes.removeLast(Int.random(in: 1...min(3, bytes.count), using: &random)) }
            #expect(DocumentCharset.isValidUTF8(bytes) == Self.standard(bytes), "\(bytes)")
        }
    }
}
