import Foundation
import Testing
@testable import WebcareStore

/// The report counts a period's mentions from the `mention_started` index alone, without reading the table.
@Suite struct ReportIndexTests {
    @Test func theReportsCountsReadOnlyTheIndex() throws {
        let database = try WebcareDatabase(path: temporaryDatabasePath())
        let start = Date(timeIntervalSince1970: 1_794_000_000), end = start.addingTimeInterval(7 * 86_400)
        for brand in [nil, "Telvio"] {
            let plan = try database.queryPlan(WebcareDatabase.talliesQuery(from: start, to: end, brand: brand))
            #expect(plan.contains("COVERING INDEX mention_started"), "\(plan)")
        }
    }
}
