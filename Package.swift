// swift-tools-version: 6.0
// webcare: watch what customers say about the brand online and make sure nothing negative goes unanswered.
import PackageDescription

let package = Package(
    name: "webcare",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "webcare", targets: ["webcare"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // The executable: main.swift only.
        .executableTarget(name: "webcare", dependencies: ["WebcareCLI"]),
        // The command line: one file per subcommand, each parsing its arguments, calling one use case, handing the
        // result to a renderer and mapping errors to exit codes. No SQL, curl or XML here. A library, so tests parse
        // argument lists in process.
        .target(
            name: "WebcareCLI",
            dependencies: [
                "WebcareApp", "WebcareConfig", "WebcareCore", "WebcarePresent", "WebcareSentiment", "WebcareStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The use cases: PollRun and Poller (the only place that knows the order of the stages), Inbox, Workflow,
        // Rescoring, WordSuggestions, WeeklyReportBuilder, AlertDispatcher, SourceOverview, SourceCheck.
        .target(
            name: "WebcareApp",
            dependencies: [
                "WebcareCore", "WebcareConfig", "WebcareFetch", "WebcareParse", "WebcareMatch",
                "WebcareSentiment", "WebcareStore", "WebcarePresent",
            ]
        ),
        // Shared vocabulary: Brand, Source, FeedItem, ItemKey, Mention, MentionEvent, Sentiment, SourceNotice, PollReport,
        // Reach, ResponseClock, ReportPeriod (the team time zone), URLScheme, TextFolding, Clock.
        .target(name: "WebcareCore"),
        // The JSON config file: decoding, defaults, validation with key-path errors.
        .target(name: "WebcareConfig", dependencies: ["WebcareCore"]),
        // libcurl, with typed shims for its variadic calls.
        .systemLibrary(
            name: "CCurl",
            pkgConfig: "libcurl",
            providers: [.apt(["libcurl4-openssl-dev"])]
        ),
        // The only module that touches libcurl.
        .target(name: "WebcareFetch", dependencies: ["WebcareCore", "CCurl"]),
        // libxml2. Wrapped by WebcareXML, which must never import Foundation (both ship ICU).
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(name: "WebcareXML", dependencies: ["CLibXML2"]),
        // Bytes in, items out: charsets, RSS, Atom, JSON Feed, review pages and feeds, dates, HTML to text, item size cap.
        .target(name: "WebcareParse", dependencies: ["WebcareCore", "WebcareXML"]),
        // Brand matching over case- and accent-folded text.
        .target(name: "WebcareMatch", dependencies: ["WebcareCore"]),
        // Language guess, lexicons (compiled in), the scorer, its explanation, and whether a text asks for a reply.
        .target(name: "WebcareSentiment", dependencies: ["WebcareCore"]),
        // The only module that imports GRDB.
        .target(
            name: "WebcareStore",
            dependencies: [
                "WebcareCore", .product(name: "GRDB", package: "GRDB.swift"),
                // SQLite's own C API, for the poll's one hot INSERT (see BoundInsert).
                .product(name: "GRDBSQLite", package: "GRDB.swift"),
            ]
        ),
        // Values in, text out: inbox, show, history, poll lines, notices, score lines, reports; terminal-safe text.
        .target(name: "WebcarePresent", dependencies: ["WebcareCore"]),

        // make bench: parse throughput of the feed parser on the benchmark's feeds (bench/parse.py).
        .executableTarget(name: "webcare-parse-bench", dependencies: ["WebcareParse"], path: "bench/ParseBench"),

        .testTarget(name: "WebcareCoreTests", dependencies: ["WebcareCore", "WebcareTestSupport"]),
        .testTarget(name: "WebcareXMLTests", dependencies: ["WebcareXML"]),
        .testTarget(name: "WebcareConfigTests", dependencies: ["WebcareConfig"]),
        // A loopback HTTP server for the tests that fetch.
        .target(name: "WebcareTestSupport", path: "Tests/WebcareTestSupport"),
        .testTarget(name: "WebcareFetchTests", dependencies: ["WebcareFetch", "WebcareTestSupport"]),
        .testTarget(name: "WebcareParseTests", dependencies: ["WebcareParse", "WebcareXML", "WebcareTestSupport"]),
        .testTarget(name: "WebcareMatchTests", dependencies: ["WebcareMatch", "WebcareTestSupport"]),
        .testTarget(name: "WebcareSentimentTests", dependencies: ["WebcareSentiment"]),
        .testTarget(name: "WebcareStoreTests", dependencies: ["WebcareStore", "WebcareTestSupport", .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "WebcarePresentTests", dependencies: ["WebcarePresent"]),
        .testTarget(name: "WebcareAppTests", dependencies: ["WebcareApp", "WebcareStore", "WebcareTestSupport"]),
        .testTarget(name: "WebcareCLITests", dependencies: ["WebcareCLI", "WebcareCore", "WebcareTestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
