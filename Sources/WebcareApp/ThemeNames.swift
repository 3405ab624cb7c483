import Foundation
import WebcareConfig
import WebcareCore

/// The names a complaint theme must never be: the brands (names, keywords, handles), the sources (names) and
/// the sites they are read from (each label of the host but "www" and the top-level domain: "trustpilot" of
/// nl.trustpilot.com). A word the scorer held against a mention that is one of these, or a phrase with one as a
/// word, says who was talked about, not what about.
struct ThemeNames {
    private var names: Set<String> = []

    /// The names of the config's brands and sources.
    init(config: Config) {
        for brand in config.brands {
            for name in [brand.name] + brand.keywords + brand.handles { add(name) }
        }
        for source in config.sources {
            add(source.name)
            if case .web(let url) = source.location, let host = URLComponents(string: url)?.host {
                for label in host.split(separator: ".").dropLast() where label != "www" { add(String(label)) }
            }
        }
    }

    private mutating func add(_ name: String) {
        var folded = TextFolding.fold(name).trimmingCharacters(in: .whitespaces)
        while folded.hasPrefix("@") || folded.hasPrefix("#") { folded.removeFirst() }
        if folded.count >= 2 { names.insert(folded) }
    }

    /// Whether `term` is a name, or a phrase with a name as one of its words.
    func isName(_ term: String) -> Bool {
        var folded = TextFolding.fold(term).trimmingCharacters(in: .whitespaces)
        while folded.hasPrefix("@") || folded.hasPrefix("#") { folded.removeFirst() }
        if names.contains(folded) { return true }
        let words = folded.split { !$0.isLetter && !$0.isNumber && $0 != "-" }.map(String.init)
        return words.count > 1 && words.contains { names.contains($0) }
    }
}
