/// Why a config file could not be used. Its description is one line naming the file, the key path and the value.
public struct ConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The config file as the user named it.
    public var file: String
    /// Where in the file, e.g. `sources[2].url`; empty for the file as a whole.
    public var keyPath: String
    /// What is wrong and, where it helps, what to do.
    public var reason: String

    /// Makes an error.
    public init(file: String, keyPath: String, reason: String) {
        self.file = file
        self.keyPath = keyPath
        self.reason = reason
    }

    /// `file: key.path: reason`.
    public var description: String {
        keyPath.isEmpty ? "\(file): \(reason)" : "\(file): \(keyPath): \(reason)"
    }
}
