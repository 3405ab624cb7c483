import ArgumentParser
import WebcareApp
import WebcarePresent

struct ConfigCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Validate the config and try every source once, one line per source.",
        discussion: """
            Nothing is stored and no source's health changes: this is for setting up, and for scripts.

            Exit codes: 0 the config is valid and every source can be read; 1 one or more sources cannot be fetched \
            or read; 2 the config is invalid (one line on stderr names the key).
            """
    )

    @OptionGroup var options: ConfigOptions

    func run() throws {
        let config = try options.load()
        let lines = ConfigCheck.probe(config)
        writeOut(ConfigCheckRenderer.text(configFile: config.file, brands: config.brands.count, lines: lines))
        if lines.contains(where: { !$0.isReadable }) { throw ExitCode(ExitStatus.someSourcesFailed) }
    }
}
