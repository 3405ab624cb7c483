import ArgumentParser
import WebcareApp
import WebcarePresent

struct SuggestWordsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suggest-words", abstract: "Propose lexicon corrections from the team's relabels, with their evidence.",
        discussion: """
            Reads the mentions the team relabelled (`webcare relabel`) and proposes word valences for the config's \
            sentiment.words: words that keep turning up in mentions relabelled one way and never another. Prints the \
            evidence, then a block ready to paste into the config. Nothing changes until the team puts it there (then \
            `webcare rescore`).

            Example:  webcare suggest-words --min 3
            """)
    @OptionGroup var options: ConfigOptions

    @Option(help: ArgumentHelp("The fewest relabelled mentions a word needs.", valueName: "n"))
    var min = 3

    func validate() throws {
        if min < 1 { throw ValidationError("--min must be 1 or more") }
    }

    func run() throws {
        let (config, database) = try options.open(forReading: true)
        do {
            let suggestions = try WordSuggestions(config: config, database: database).suggestions(minimum: min)
            writeOut(LabelRenderer.suggestions(suggestions.map { ($0.word, $0.language, $0.teamLabel, $0.mentions, $0.weightToday, $0.proposed) },
                                               minimum: min))
        } catch {
            throw storeFailure(error)
        }
    }
}
