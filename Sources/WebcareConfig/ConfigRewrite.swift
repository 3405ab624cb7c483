import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Changes a config file safely: the file must be valid before, the changed text must be valid after (else nothing is
/// written and the error says what the change would break), the old file is kept as `<file>.bak`, and the new one is
/// written to a temporary file beside it, flushed and renamed over it, so a crash leaves the old file or the new one,
/// never half of one.
public enum ConfigRewrite {
    /// Reads the config at `path`, applies `edit` to its text and writes the result; returns the config as it now
    /// loads. Throws a `ConfigError` when the file is unreadable or invalid, when `edit` throws, when the change
    /// would make it invalid, or when it cannot be written. An edit that changes nothing writes nothing.
    @discardableResult
    public static func apply(to path: String, _ edit: (Config, inout ConfigText) throws(ConfigError) -> Void) throws(ConfigError) -> Config {
        guard let data = FileManager.default.contents(atPath: path) else {
            // The loader words it: no such file, or no permission.
            _ = try ConfigLoader.load(path: path)
            throw ConfigError(file: path, keyPath: "", reason: "cannot read the file; check its permissions")
        }
        // One read: the text edited is the text validated.
        let folder = (ConfigLoader.absolute(path) as NSString).deletingLastPathComponent
        let current = try ConfigLoader.parse(data: data, file: path, folder: folder)
        var text = ConfigText(Array(data))
        try edit(current, &text)
        if text.bytes == Array(data) { return current }
        let changed: Config
        do {
            changed = try ConfigLoader.parse(data: Data(text.bytes), file: path, folder: folder)
        } catch {
            throw ConfigError(file: path, keyPath: error.keyPath,
                              reason: "\(error.reason) (the change would make the config invalid; nothing was written)")
        }
        try write(text.bytes, to: path, previous: data)
        return changed
    }

    /// `<file>.bak` holds `previous`; a temporary file beside `path` gets `bytes` (with the old file's permissions),
    /// is flushed and renamed over `path`.
    static func write(_ bytes: [UInt8], to path: String, previous: Data) throws(ConfigError) {
        // A config that is a symbolic link (into a dotfiles repository) stays one: its target is replaced.
        let absolute = URL(fileURLWithPath: ConfigLoader.absolute(path)).resolvingSymlinksInPath().path
        let folder = (absolute as NSString).deletingLastPathComponent
        let name = (absolute as NSString).lastPathComponent
        let temporary = folder + "/.\(name).\(getpid()).tmp"
        let mode = ((try? FileManager.default.attributesOfItem(atPath: absolute))?[.posixPermissions] as? NSNumber)?.uint16Value ?? 0o644
        func failure(_ what: String) -> ConfigError {
            ConfigError(file: path, keyPath: "", reason: "could not \(what): \(String(cString: strerror(errno))); the config is unchanged")
        }
        guard writeAll(Array(previous), to: absolute + ".bak", mode: mode) else { throw failure("write \(path).bak") }
        guard writeAll(bytes, to: temporary, mode: mode) else {
            unlink(temporary)
            throw failure("write a temporary file in \(folder)")
        }
        guard rename(temporary, absolute) == 0 else {
            let error = failure("replace \(path)")
            unlink(temporary)
            throw error
        }
        // The rename itself is made durable by flushing the folder.
        let folderDescriptor = open(folder, O_RDONLY)
        if folderDescriptor >= 0 { fsync(folderDescriptor); close(folderDescriptor) }
    }

    /// Writes the whole file and flushes it to disk; false on any failure.
    private static func writeAll(_ bytes: [UInt8], to path: String, mode: UInt16) -> Bool {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC, mode_t(mode))
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        fchmod(descriptor, mode_t(mode))
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBufferPointer { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written <= 0 { return false }
            offset += written
        }
        return fsync(descriptor) == 0
    }
}
