import Testing
import WebcareCore
import WebcareTestSupport

/// The body hash decides whether a fetched body is parsed at all: a body that changed must never hash as the one
/// before, and the same body must hash the same in every run (it is stored between polls).
@Suite struct BodyHashTests {
    @Test func theSameBodyHashesTheSameAcrossRunsAndBuilds() {
        // Pinned (worked out by hand from the algorithm, in a script): stored hashes are compared with the next
        // poll's, and a change here would re-parse every source once.
        #expect(StableHash.hex(ofBody: Array("<rss><channel><title>Forum</title></channel></rss>".utf8)) == "b07a7e88ed64e1a5")
        #expect(StableHash.hex(ofBody: []) == "f7e27beadf4196a5")
    }

    @Test func everyOneByteChangeAndEveryLengthChangesTheHash() {
        var random = SplitMix64(seed: 7)
        let body = (0..<1037).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        var seen: Set<String> = [StableHash.hex(ofBody: body)]
        // A changed byte in every position (words and the tail alike), each changed to a few other values.
        for position in body.indices {
            for delta: UInt8 in [1, 0x80, 0xFF] {
                var changed = body
                changed[position] &+= delta
                #expect(seen.insert(StableHash.hex(ofBody: changed)).inserted, "byte \(position) + \(delta)")
            }
        }
        // Every prefix, and the body with zero bytes added (the length goes into the hash).
        for length in 0..<body.count {
            #expect(seen.insert(StableHash.hex(ofBody: Array(body[..<length]))).inserted, "prefix of \(length)")
        }
        for extra in 1...16 {
            #expect(seen.insert(StableHash.hex(ofBody: body + [UInt8](repeating: 0, count: extra))).inserted, "\(extra) zeros added")
        }
    }

    @Test func swappedWordsHashDifferently() {
        let first = Array("12345678abcdefgh".utf8)
        let swapped = Array("abcdefgh12345678".utf8)
        #expect(StableHash.hex(ofBody: first) != StableHash.hex(ofBody: swapped))
    }
}
