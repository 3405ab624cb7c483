import Foundation
import Testing
import WebcareTestSupport
import WebcareXML
@testable import WebcareParse

/// The decoders webcare uses instead of libxml2's converters, each against a plain reference.
@Suite struct CharsetDecodingTests {
    /// Foundation's windows-1252 for every byte windows-1252 defines; the five it leaves undefined are their own C1
    /// control characters, as the WHATWG encoding standard decodes them.
    @Test func windows1252DecodesEveryByteAsFoundationDoesAndKeepsTheUndefinedOnes() throws {
        for byte in UInt8.min...UInt8.max {
            let (utf8, undefined) = Windows1252.decode([byte])
            let decoded = String(decoding: utf8, as: UTF8.self)
            if [0x81, 0x8D, 0x8F, 0x90, 0x9D].contains(byte) {
                #expect(decoded == String(Character(Unicode.Scalar(byte))))
                #expect(undefined == 1)
            } else {
                let reference = try #require(String(data: Data([byte]), encoding: .windowsCP1252), "0x\(String(byte, radix: 16))")
                #expect(decoded == reference, "0x\(String(byte, radix: 16))")
                #expect(undefined == 0)
            }
        }
        let long = Array("plain ASCII longer than eight bytes, then ".utf8) + [0x93, 0xE9, 0x94, 0x81] + Array(" and more ASCII".utf8)
        #expect(String(decoding: Windows1252.decode(long).utf8, as: UTF8.self) == "plain ASCII longer than eight bytes, then “é”\u{81} and more ASCII")
    }

    @Test(arguments: [
        (0x92, "’"), (0x80, "€"), (0x85, "…"), (0x96, "–"), (0x9F, "Ÿ"),
    ] as [(UInt32, String)])
    func aC1CharacterIsTheWindows1252CharacterOfItsNumber(_ value: UInt32, _ expected: String) {
        #expect(Windows1252.punctuation(forC1: value).map(String.init) == expected)
        #expect(HTMLText.plainText("don\(Character(Unicode.Scalar(value)!))t") == "don\(expected)t")
        #expect(HTMLText.plainText("don&#\(value);t") == "don\(expected)t")
    }

    @Test func aC1CharacterWindows1252LeavesUndefinedStaysAsItIs() {
        #expect(Windows1252.punctuation(forC1: 0x81) == nil)
        #expect(Windows1252.punctuation(forC1: 0xA0) == nil)
        #expect(HTMLText.plainText("a\u{81}b &#x8D;") == "a\u{81}b \u{8D}")
    }

    /// The reference: at each byte, the well-formed UTF-8 character starting there (the standard library validates it),
    /// else the byte as windows-1252.
    private static func referenceRepair(_ bytes: [UInt8]) -> (String, Int) {
        var text = "", reinterpreted = 0, index = 0
        outer: while index < bytes.count {
            for length in 1...4 where index + length <= bytes.count {
                if let character = String(validating: bytes[index..<(index + length)], as: UTF8.self), character.unicodeScalars.count == 1 {
                    text += character
                    index += length
                    continue outer
                }
            }
            text.unicodeScalars.append(Windows1252.scalar(of: bytes[index]))
            reinterpreted += 1
            index += 1
        }
        return (text, reinterpreted)
    }

    @Test func utf8RepairAgreesWithTheReferenceOnRandomDocuments() {
        var random = SplitMix64(seed: 14)
        let pieces: [[UInt8]] = [Array("ab".utf8), Array("é".utf8), Array("€".utf8), Array("😀".utf8), Array(" hallo wereld, lang ".utf8),
                                 [0xE9], [0x92], [0x81], [0xC3], [0xE2, 0x82], [0xF0, 0x9F, 0x98], [0xED, 0xA0, 0x80], [0xC0, 0xAF]]
        for _ in 0..<5000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...12, using: &random) { bytes += pieces.randomElement(using: &random)! }
            if !bytes.isEmpty, Bool.random(using: &random) {
                bytes[Int.random(in: 0..<bytes.count, using: &random)] = UInt8.random(in: 0...255, using: &random)
            }
            let repair = UTF8Repair.repair(bytes)
            let (text, reinterpreted) = Self.referenceRepair(bytes)
            #expect(String(validating: repair.utf8, as: UTF8.self) == text, "\(bytes)")
            #expect(repair.reinterpreted == reinterpreted, "\(bytes)")
            #expect(DocumentCharset.isValidUTF8(bytes) == (reinterpreted == 0), "\(bytes)")
        }
    }

    @Test func utf32IsDetectedByItsByteOrderMarkOrItsFirstCharacter() {
        #expect(UTF32.detect([0xFF, 0xFE, 0x00, 0x00, 0x3C, 0x00, 0x00, 0x00])! == (.littleEndian, true))
        #expect(UTF32.detect([0x00, 0x00, 0xFE, 0xFF])! == (.bigEndian, true))
        #expect(UTF32.detect([0x3C, 0x00, 0x00, 0x00])! == (.littleEndian, false))
        #expect(UTF32.detect([0x00, 0x00, 0x00, 0x3C])! == (.bigEndian, false))
        #expect(UTF32.detect([0xFF, 0xFE, 0x3C, 0x00]) == nil)
        #expect(UTF32.detect(Array("<rss".utf8)) == nil)
    }

    @Test func aCutOffUTF32UnitBecomesAReplacement() {
        let (utf8, replaced) = UTF32.decode([0x3C, 0x00, 0x00, 0x00, 0xE9, 0x00], order: .littleEndian, hasBOM: false)
        #expect(String(decoding: utf8, as: UTF8.self) == "<\u{FFFD}")
        #expect(replaced == 1)
    }

    @Test func libxml2KnowsTheCharsetsItConvertsAndNoOthers() {
        for name in ["UTF-8", "UTF-16", "windows-1250", "ISO-8859-2", "Shift_JIS"] { #expect(XMLDocumentParser.supportsEncoding(name), "\(name)") }
        for name in ["x-telvio-unknown", "utf8mb4", ""] { #expect(!XMLDocumentParser.supportsEncoding(name), "\(name)") }
    }
}
