import Foundation

/// Writes a rendered report to the file `report --output` names: whole or not at all (a temporary file renamed).
public enum ReportFile {
    /// Why the report could not be written; one line naming the file and what to do.
    public struct Failure: Error, Sendable, CustomStringConvertible {
        /// The file asked for.
        public var path: String
        /// What went wrong.
        public var reason: String

        /// "could not write the report to PATH: REASON".
        public var description: String { "could not write the report to \(path): \(reason)" }
    }

    /// Writes `text` to `path`.
    public static func write(_ text: String, to path: String) throws(Failure) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw Failure(path: path, reason: "it is a folder; name a file in it, like \(path.hasSuffix("/") ? path : path + "/")week.html")
        }
        let folder = (path as NSString).deletingLastPathComponent
        guard folder.isEmpty || FileManager.default.fileExists(atPath: folder) else {
            throw Failure(path: path, reason: "the folder \(folder) does not exist")
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            let reason = (error as NSError).userInfo[NSUnderlyingErrorKey].map { "\($0)" } ?? error.localizedDescription
            throw Failure(path: path, reason: reason.trimmingCharacters(in: CharacterSet(charactersIn: ".")) + " (is the folder writable?)")
        }
    }
}
