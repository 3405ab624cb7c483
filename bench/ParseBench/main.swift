// webcare-parse-bench: parse throughput of webcare's feed parser, for `make bench` (bench/parse.py).
// Reads every file named (or every file in a folder named) into memory, then parses them all several times
// with the parser `webcare poll` uses, HTML to text included. Prints one JSON line: bytes, items, seconds per run.
// A document the parser refuses is left out before timing, so its bytes never count towards the throughput.
import Foundation
import WebcareParse

var paths: [String] = []
var runs = 5
var arguments = CommandLine.arguments.dropFirst()
while let argument = arguments.popFirst() {
    if argument == "--runs", let value = arguments.popFirst().flatMap(Int.init) { runs = value; continue }
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: argument, isDirectory: &isFolder), isFolder.boolValue {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: argument)) ?? []
        paths += names.sorted().map { (argument as NSString).appendingPathComponent($0) }
    } else {
        paths.append(argument)
    }
}
guard !paths.isEmpty else {
    FileHandle.standardError.write(Data("usage: webcare-parse-bench [--runs N] FILE-OR-FOLDER...\n".utf8))
    exit(2)
}
let documents = paths.compactMap { FileManager.default.contents(atPath: $0).map { [UInt8]($0) } }
    .filter { (try? FeedParser.parse($0, baseURL: "https://bench.example/")) != nil }
let bytes = documents.reduce(0) { $0 + $1.count }
var seconds: [Double] = []
var items = 0
for _ in 0..<runs {
    items = 0
    let start = ContinuousClock.now
    for document in documents {
        if let feed = try? FeedParser.parse(document, baseURL: "https://bench.example/") { items += feed.items.count }
    }
    let elapsed = ContinuousClock.now - start
    seconds.append(Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
}
let secondsList = seconds.map { String(format: "%.4f", $0) }.joined(separator: ",")
print("{\"documents\":\(documents.count),\"bytes\":\(bytes),\"items\":\(items),\"seconds\":[\(secondsList)]}")
