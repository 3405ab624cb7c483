import Testing
import WebcareCore
import WebcareTestSupport

@Suite struct TextFoldingTests {
    @Test func foldsCaseAndAccents() {
        #expect(TextFolding.fold("Zïggo ZIGGO ziggo") == "ziggo ziggo ziggo")
        #expect(TextFolding.fold("Één café’s, Straße") == "een cafe's, strasse")
    }

    /// ASCII goes eight bytes at a time; on random text (every ASCII byte, the ones around A–Z included, mixed
    /// with accented letters, quotes and emoji at every offset) the result is what folding one character at a
    /// time gives.
    @Test func foldsLongTextAsItFoldsEachCharacter() {
        var generator = SplitMix64(seed: 7)
        let others: [Unicode.Scalar] = ["é", "Ë", "’", "ß", "İ", "😡", "\u{00A0}", "Ø"]
        for _ in 0..<2000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int.random(in: 0...40, using: &generator) {
                if Int.random(in: 0..<10, using: &generator) == 0 {
                    scalars.append(others.randomElement(using: &generator)!)
                } else {
                    scalars.append(Unicode.Scalar(UInt8.random(in: 0..<0x80, using: &generator)))
                }
            }
            let text = String(scalars)
            let oneByOne = text.unicodeScalars.flatMap { scalar -> [UInt8] in
                guard scalar.isASCII else { return TextFolding.foldedBytes(String(scalar)) }
                let byte = UInt8(scalar.value)
                return [byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte]
            }
            #expect(TextFolding.foldedBytes(text) == oneByOne, "\(text.debugDescription)")
        }
    }
}
