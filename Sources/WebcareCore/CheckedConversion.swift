/// Conversions from Double that never trap: a value from the web, the database or the config may be huge,
/// infinite or NaN, and `Int(_:)` on such a Double stops the program.
extension Int {
    /// The value rounded toward zero and clamped to Int's range; 0 for NaN.
    public init(saturating value: Double) {
        if value.isNaN { self = 0 }
        else if value >= 9.2e18 { self = .max }
        else if value <= -9.2e18 { self = .min }
        else { self = Int(value) }
    }
}
