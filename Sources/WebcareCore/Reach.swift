import Foundation

/// How many people a mention probably reaches, with the arithmetic kept so anyone can audit it.
public struct Reach: Sendable, Equatable {
    /// The estimate, in readers.
    public var readers: Int
    /// The arithmetic in words: "20000 readers × 2.11 (12 comments) × 1.5 (brand in the title) = 63300".
    public var basis: String

    /// Weight of a mention whose title names the brand, against one deep in the body.
    public static let titleProminence = 1.5
    /// Its words in the arithmetic, written once: a Double in words costs more than the rest of the estimate.
    private static let titleFactor = "\(titleProminence) (brand in the title)"

    /// The most comments an item is counted with: a document may claim 2^63−1; beyond this the estimate is the same.
    public static let maxComments = 1_000_000_000
    /// The most readers an estimate gives (the world, many times over).
    public static let maxReaders = 1_000_000_000_000

    /// The source's readers per item, times engagement (1 + log10(1 + comments): 9 comments double it, 99
    /// triple it), times prominence (×1.5 when the title names the brand). Rounded to whole readers. Comments beyond
    /// `maxComments` count as that many, readers are kept within 0…`maxReaders`.
    public static func estimate(sourceReaders: Int, comments: Int?, isBrandInTitle: Bool) -> Reach {
        var factors: [String] = []
        let sourceReaders = min(max(0, sourceReaders), maxReaders)
        var value = Double(sourceReaders)
        if let comments = comments.map({ min($0, maxComments) }), comments > 0 {
            let engagement = 1 + log10(1 + Double(comments))
            value *= engagement
            factors.append(String(format: "%.2f", engagement) + " (\(comments) comment\(comments == 1 ? "" : "s"))")
        }
        if isBrandInTitle {
            value *= titleProminence
            factors.append(titleFactor)
        }
        let readers = min(Int(saturating: value.rounded()), maxReaders)
        let basis = factors.isEmpty
            ? "\(sourceReaders) readers (the source's reach; no comments, brand not in the title)"
            : "\(sourceReaders) readers × " + factors.joined(separator: " × ") + " = \(readers)"
        return Reach(readers: readers, basis: basis)
    }
}
