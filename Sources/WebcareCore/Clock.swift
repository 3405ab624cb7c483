import Foundation

/// Where "now" comes from, so tests can fix it.
public struct Clock: Sendable {
    private let read: @Sendable () -> Date

    /// A clock that reads the given function.
    public init(_ read: @escaping @Sendable () -> Date) { self.read = read }

    /// The current time.
    public var now: Date { read() }

    /// The system clock.
    public static let system = Clock { Date() }

    /// A clock stopped at one instant.
    public static func fixed(_ date: Date) -> Clock { Clock { date } }
}

extension Duration {
    /// The duration in seconds, as a Double (for timings).
    public var inSeconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}
