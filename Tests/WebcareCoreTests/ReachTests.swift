import Testing
import WebcareCore

@Suite struct ReachTests {
    static let cases: [(Int, Int?, Bool, Int)] = [
        (1000, nil, false, 1000),
        (1000, 0, false, 1000),
        (1000, 9, false, 2000),
        (1000, 99, false, 3000),
        (1000, nil, true, 1500),
        (1000, 9, true, 3000),
        (0, 50, true, 0),
    ]

    @Test(arguments: cases)
    func reachGrowsWithCommentsOnALogScaleAndWithATitleMention(_ readers: Int, _ comments: Int?, _ inTitle: Bool, _ expected: Int) {
        #expect(Reach.estimate(sourceReaders: readers, comments: comments, isBrandInTitle: inTitle).readers == expected)
    }

    @Test func theBasisShowsTheArithmetic() {
        #expect(Reach.estimate(sourceReaders: 1000, comments: 9, isBrandInTitle: true).basis
            == "1000 readers × 2.00 (9 comments) × 1.5 (brand in the title) = 3000")
        #expect(Reach.estimate(sourceReaders: 800, comments: nil, isBrandInTitle: false).basis
            == "800 readers (the source's reach; no comments, brand not in the title)")
    }

    @Test func anAbsurdCommentCountIsClampedAndNeverWrapsOrTraps() {
        let reach = Reach.estimate(sourceReaders: 1000, comments: Int.max, isBrandInTitle: false)
        #expect(reach.readers == Reach.estimate(sourceReaders: 1000, comments: Reach.maxComments, isBrandInTitle: false).readers)
        #expect(reach.readers > 0)
        #expect(reach.basis.contains("(1000000000 comments)"), "\(reach.basis)")
        #expect(Reach.estimate(sourceReaders: Int.max, comments: Int.max, isBrandInTitle: true).readers == Reach.maxReaders)
        #expect(Reach.estimate(sourceReaders: -5, comments: -1, isBrandInTitle: true).readers == 0)
    }

    @Test(arguments: [(Double.nan, 0), (.infinity, Int.max), (-.infinity, Int.min), (1e16, 10_000_000_000_000_000), (-2.7, -2), (1e300, Int.max)])
    func aDoubleBecomesAnIntWithoutTrapping(_ value: Double, _ expected: Int) {
        #expect(Int(saturating: value) == expected)
    }
}
