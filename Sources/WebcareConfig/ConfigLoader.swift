import Foundation
import WebcareCore

/// Finds and reads the config file.
public enum ConfigLoader {
    /// The file to use: the explicit one, else `$WEBCARE_CONFIG`, else `$XDG_CONFIG_HOME/webcare/config.json`,
    /// else `~/.config/webcare/config.json`.
    public static func locate(explicit: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let explicit, !explicit.isEmpty { return explicit }
        if let fromEnv = environment["WEBCARE_CONFIG"], !fromEnv.isEmpty { return fromEnv }
        if let xdg = environment["XDG_CONFIG_HOME"], !xdg.isEmpty { return xdg + "/webcare/config.json" }
        let home = environment["HOME"] ?? NSHomeDirectory()
        return home + "/.config/webcare/config.json"
    }

    /// Reads and validates the config file at `path`; throws a `ConfigError` naming the file and key.
    public static func load(path: String) throws(ConfigError) -> Config {
        guard let data = FileManager.default.contents(atPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw ConfigError(file: path, keyPath: "", reason: exists
                ? "cannot read the file; check its permissions"
                : "no such file; pass --config FILE or set WEBCARE_CONFIG (see config.example.json)")
        }
        let folder = (absolute(path) as NSString).deletingLastPathComponent
        return try parse(data: data, file: path, folder: folder)
    }

    /// Validates config JSON (UTF-8, each key once per object, numbers that fit); relative paths are resolved against `folder`.
    public static func parse(data: Data, file: String, folder: String) throws(ConfigError) -> Config {
        let root: JSONValue
        do {
            root = try JSONReader.read(Array(data))
        } catch {
            throw ConfigError(file: file, keyPath: error.keyPath, reason: error.reason)
        }
        return try ConfigReader(file: file, folder: folder).read(root)
    }

    static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        return FileManager.default.currentDirectoryPath + "/" + path
    }
}
