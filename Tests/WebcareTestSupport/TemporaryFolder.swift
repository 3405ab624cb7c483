import Foundation

/// A folder of its own under the system's temporary folder, removed with everything in it when the last reference
/// to it goes (at the end of the test that made it).
public final class TemporaryFolder: Sendable {
    /// The folder.
    public let url: URL

    /// Makes the folder; `prefix` names it after the test ("webcare-e2e").
    public init(_ prefix: String) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    /// A path inside the folder.
    public func path(_ name: String) -> String { url.appendingPathComponent(name).path }

    deinit { try? FileManager.default.removeItem(at: url) }
}

extension TemporaryFolder {
    /// A new folder inside this test run's own temporary folder, which is removed when the test process exits: for
    /// helpers that hand out a path rather than an owner (a database path, a config). Tests that can hold a
    /// `TemporaryFolder` should, so their folder goes as soon as they end.
    public static func inThisRun(_ prefix: String) throws -> URL {
        let url = runFolder.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// `webcare-tests-<pid>`, made once and removed at exit.
    private static let runFolder: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("webcare-tests-\(getpid())")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: FileManager.default.temporaryDirectory.appendingPathComponent("webcare-tests-\(getpid())")) }
        return url
    }()
}
