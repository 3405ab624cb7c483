import Foundation

/// One source as `config check` found it: plain values.
public struct SourceProbeLine: Sendable, Equatable {
    /// The source's name.
    public var name: String
    /// Its URL or path.
    public var url: String
    /// Whether it was fetched and read.
    public var isReadable: Bool
    /// What was found ("rss, 12 items, 3 name a brand") or why it failed.
    public var detail: String

    /// Makes a line.
    public init(name: String, url: String, isReadable: Bool, detail: String) {
        self.name = name
        self.url = url
        self.isReadable = isReadable
        self.detail = detail
    }
}

/// Renders `config check`.
public enum ConfigCheckRenderer {
    /// The config line, then one line per source: `ok  ` or `FAIL`, its name, what was found or why it failed; then
    /// a count.
    public static func text(configFile: String, brands: Int, lines: [SourceProbeLine]) -> String {
        var out = "\(TerminalText.safeLine(configFile)): valid; \(brands) brand\(brands == 1 ? "" : "s"), "
            + "\(lines.count) source\(lines.count == 1 ? "" : "s")\n"
        let width = min(40, lines.map { $0.name.count }.max() ?? 0)
        for line in lines {
            let name = TerminalText.safeLine(line.name)
            let padded = name.count < width ? name + String(repeating: " ", count: width - name.count) : name
            out += "\(line.isReadable ? "ok  " : "FAIL")  \(padded)  \(TerminalText.safeLine(line.detail))\n"
        }
        let failed = lines.filter { !$0.isReadable }.count
        out += failed == 0 ? "every source can be read\n" : "\(failed) of \(lines.count) sources cannot be read\n"
        return out
    }
}
