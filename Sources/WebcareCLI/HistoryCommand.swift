import ArgumentParser
import Foundation
import WebcareApp
import WebcareCore
import WebcarePresent
import WebcareStore

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history", abstract: "Show who did what to a mention, and when.",
        discussion: "Example:  webcare history 12")
    @OptionGroup var options: ConfigOptions
    @Argument(help: "The mention id.")
    var id: Int64

    func run() throws {
        let (config, database) = try options.open(forReading: true)
        let events: [MentionEvent]
        do {
            events = try Workflow(database: database, clock: .fixed(CommandClock.now)).history(of: id)
        } catch {
            throw storeFailure(error)
        }
        writeOut(HistoryRenderer.text(events, id: id, timeZone: config.displayTimeZone))
    }
}
