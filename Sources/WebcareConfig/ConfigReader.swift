import Foundation
import WebcareCore

/// Walks the JSON of a config file, checking each key and value, and builds a `Config`.
struct ConfigReader {
    let file: String
    let folder: String

    func read(_ root: JSONValue) throws(ConfigError) -> Config {
        let top = try object(root, at: "")
        try rejectUnknownKeys(top, known: ["database", "slaHours", "businessHours", "timeZone", "brands", "sources", "fetch", "sentiment", "alerts", "replies"], at: "")

        let database = try optionalString(top["database"], at: "database") ?? "webcare.sqlite"
        guard !database.isEmpty else { throw error("database", top["database"]!, "is empty; name a file such as \"webcare.sqlite\"") }

        var slaHours = 24.0
        if let value = top["slaHours"] {
            slaHours = try number(value, at: "slaHours")
            guard slaHours > 0 else { throw error("slaHours", value, "must be more than 0 hours") }
            try atMost(slaHours, Limits.slaHours, value, at: "slaHours", unit: "hours (a year)")
        }

        guard let brandsValue = top["brands"] else {
            throw ConfigError(file: file, keyPath: "brands", reason: "missing; list at least one brand, e.g. [{\"name\": \"KPN\"}]")
        }
        let brandValues = try array(brandsValue, at: "brands")
        guard !brandValues.isEmpty else { throw error("brands", brandsValue, "is empty; list at least one brand") }
        var brands: [Brand] = []
        for (index, value) in brandValues.enumerated() {
            let brand = try readBrand(value, at: "brands[\(index)]")
            if brands.contains(where: { $0.name.lowercased() == brand.name.lowercased() }) {
                throw error("brands[\(index)].name", .string(brand.name), "is listed twice; brand names must be unique")
            }
            brands.append(brand)
        }

        let sourceValues = try array(top["sources"] ?? .array([]), at: "sources")
        var sources: [Source] = []
        var sourceNames = Set<String>()
        var sourceIDs = Set<String>()
        for (index, value) in sourceValues.enumerated() {
            let source = try readSource(value, at: "sources[\(index)]", brands: brands)
            if !sourceNames.insert(source.name).inserted {
                throw error("sources[\(index)].name", .string(source.name), "is listed twice; source names must be unique")
            }
            if let id = source.id, !sourceIDs.insert(id).inserted {
                throw error("sources[\(index)].id", .string(id), "is listed twice; a source's id must be its own")
            }
            sources.append(source)
        }

        let fetch = try readFetch(top["fetch"])
        let sentiment = try readSentiment(top["sentiment"])
        var config = Config(file: file, database: resolve(database), slaHours: slaHours, brands: brands, sources: sources,
                            fetch: fetch, sentiment: sentiment)
        config.businessHours = try readBusinessHours(top["businessHours"])
        if let zoneName = try optionalString(top["timeZone"], at: "timeZone") {
            guard let zone = TimeZone(identifier: zoneName) else {
                throw error("timeZone", .string(zoneName), "is not a time zone; use a name like \"Europe/Amsterdam\"")
            }
            config.timeZone = zone
        }
        config.alerts = try readAlerts(top["alerts"])
        config.replies = try readReplies(top["replies"])
        return config
    }

    private func readBrand(_ value: JSONValue, at path: String) throws(ConfigError) -> Brand {
        let fields = try object(value, at: path)
        try rejectUnknownKeys(fields, known: ["name", "keywords", "exclude", "sentimentWords", "handles"], at: path)
        let name = try requiredString(fields, "name", at: path)
        let keywords = try stringList(fields["keywords"], at: path + ".keywords")
        let exclude = try stringList(fields["exclude"], at: path + ".exclude")
        let words = try valences(fields["sentimentWords"], at: path + ".sentimentWords")
        let handles = try stringList(fields["handles"], at: path + ".handles")
        return Brand(name: name, keywords: keywords, exclude: exclude, sentimentWords: words, handles: handles)
    }

    private func readSource(_ value: JSONValue, at path: String, brands: [Brand]) throws(ConfigError) -> Source {
        let fields = try object(value, at: path)
        try rejectUnknownKeys(fields, known: ["name", "url", "type", "brand", "reach", "encoding", "id"], at: path)
        let name = try requiredString(fields, "name", at: path)
        let urlText = try requiredString(fields, "url", at: path)
        guard let location = location(of: urlText) else {
            throw error(path + ".url", .string(urlText), "is not an http(s) URL or a file path")
        }
        var kind = SourceKind.feed
        if let typeValue = fields["type"] {
            let typeText = try string(typeValue, at: path + ".type")
            guard let parsed = SourceKind(rawValue: typeText) else {
                throw error(path + ".type", typeValue, "is not a source type; use \"feed\" or \"reviews\"")
            }
            kind = parsed
        }
        var brand: String?
        if let brandValue = fields["brand"] {
            let brandName = try string(brandValue, at: path + ".brand")
            guard let match = brands.first(where: { $0.name.lowercased() == brandName.lowercased() }) else {
                let known = brands.map { "\"\($0.name)\"" }.joined(separator: ", ")
                throw error(path + ".brand", brandValue, "is not one of the brands (\(known))")
            }
            brand = match.name
        }
        var reach = 1000
        if let reachValue = fields["reach"] {
            reach = try integer(reachValue, at: path + ".reach")
            guard reach >= 0 else { throw error(path + ".reach", reachValue, "must be 0 or more readers") }
            try atMost(Double(reach), Limits.readers, reachValue, at: path + ".reach", unit: "readers")
        }
        let encoding = try optionalString(fields["encoding"], at: path + ".encoding")
        var source = Source(name: name, location: location, kind: kind, brand: brand, reach: reach, encoding: encoding)
        source.id = try optionalString(fields["id"], at: path + ".id")
        return source
    }

    private func readAlerts(_ value: JSONValue?) throws(ConfigError) -> AlertSettings? {
        guard let value else { return nil }
        let fields = try object(value, at: "alerts")
        try rejectUnknownKeys(fields, known: ["command", "webhook", "minReach", "silentDays", "maxAgeHours", "spike", "budgetSeconds"], at: "alerts")
        var settings = AlertSettings()
        if let value = fields["spike"] {
            let spike = try object(value, at: "alerts.spike")
            try rejectUnknownKeys(spike, known: ["windowHours", "baselineDays", "deviations", "minCount", "cooldownHours"], at: "alerts.spike")
            if let v = spike["windowHours"] {
                settings.spike.windowHours = try number(v, at: "alerts.spike.windowHours")
                guard settings.spike.windowHours >= 0.25, settings.spike.windowHours <= 24 else {
                    throw error("alerts.spike.windowHours", v, "must be between 0.25 and 24 hours")
                }
            }
            if let v = spike["baselineDays"] { settings.spike.baselineDays = try positiveInteger(v, at: "alerts.spike.baselineDays", atMost: 365, unit: "days") }
            if let v = spike["deviations"] {
                settings.spike.deviations = try number(v, at: "alerts.spike.deviations")
                guard settings.spike.deviations >= 0 else { throw error("alerts.spike.deviations", v, "must be 0 or more") }
                try atMost(settings.spike.deviations, 100, v, at: "alerts.spike.deviations", unit: "standard deviations")
            }
            if let v = spike["minCount"] { settings.spike.minCount = try positiveInteger(v, at: "alerts.spike.minCount", atMost: 1_000_000, unit: "mentions") }
            if let v = spike["cooldownHours"] {
                settings.spike.cooldownHours = try number(v, at: "alerts.spike.cooldownHours")
                guard settings.spike.cooldownHours >= 0 else { throw error("alerts.spike.cooldownHours", v, "must be 0 or more hours") }
                try atMost(settings.spike.cooldownHours, Limits.slaHours, v, at: "alerts.spike.cooldownHours", unit: "hours (a year)")
            }
        }
        if let v = fields["silentDays"] { settings.silentDays = try positiveInteger(v, at: "alerts.silentDays", atMost: 365, unit: "days") }
        if let v = fields["maxAgeHours"] {
            settings.maxAgeHours = try positiveInteger(v, at: "alerts.maxAgeHours", atMost: Int(Limits.slaHours), unit: "hours (a year)")
        }
        if let v = fields["budgetSeconds"] {
            settings.budgetSeconds = try positiveInteger(v, at: "alerts.budgetSeconds", atMost: 3600, unit: "seconds")
        }
        settings.command = try optionalString(fields["command"], at: "alerts.command")
        if let hook = try optionalString(fields["webhook"], at: "alerts.webhook") {
            guard case .web = location(of: hook) else {
                throw error("alerts.webhook", fields["webhook"]!, "is not an http(s) URL")
            }
            settings.webhook = hook
        }
        if let v = fields["minReach"] {
            settings.minReach = try integer(v, at: "alerts.minReach")
            guard settings.minReach >= 0 else { throw error("alerts.minReach", v, "must be 0 or more readers") }
            try atMost(Double(settings.minReach), Limits.readers, v, at: "alerts.minReach", unit: "readers")
        }
        guard settings.command != nil || settings.webhook != nil else {
            throw ConfigError(file: file, keyPath: "alerts", reason: "names neither a \"command\" nor a \"webhook\"; set one or remove the section")
        }
        return settings
    }

    private func readBusinessHours(_ value: JSONValue?) throws(ConfigError) -> BusinessHours? {
        guard let value else { return nil }
        let path = "businessHours"
        let fields = try object(value, at: path)
        try rejectUnknownKeys(fields, known: ["days", "from", "to", "timeZone"], at: path)
        let names = ["sun": 1, "mon": 2, "tue": 3, "wed": 4, "thu": 5, "fri": 6, "sat": 7]
        var weekdays = Set<Int>()
        for (index, day) in try stringList(fields["days"] ?? .array(["mon", "tue", "wed", "thu", "fri"].map(JSONValue.string)), at: path + ".days").enumerated() {
            guard let number = names[String(day.lowercased().prefix(3))] else {
                throw error("\(path).days[\(index)]", .string(day), "is not a day; use mon, tue, wed, thu, fri, sat or sun")
            }
            weekdays.insert(number)
        }
        func minutes(_ key: String, _ fallback: String) throws(ConfigError) -> Int {
            let raw = fields[key] ?? .string(fallback)
            let text = try string(raw, at: "\(path).\(key)")
            let parts = text.split(separator: ":")
            guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]), (0...24).contains(hour), (0..<60).contains(minute),
                  hour * 60 + minute <= 24 * 60 else {
                throw error("\(path).\(key)", raw, "is not a time of day like \"08:00\"")
            }
            return hour * 60 + minute
        }
        let opens = try minutes("from", "08:00")
        let closes = try minutes("to", "22:00")
        guard closes > opens else { throw error("\(path).to", fields["to"] ?? .null, "must be later than \"from\"") }
        let zoneName = try optionalString(fields["timeZone"], at: path + ".timeZone") ?? ReportPeriod.teamTimeZone.identifier
        guard let zone = TimeZone(identifier: zoneName) else {
            throw error("\(path).timeZone", .string(zoneName), "is not a time zone; use a name like \"Europe/Amsterdam\"")
        }
        return BusinessHours(weekdays: weekdays, opensAt: opens, closesAt: closes, timeZone: zone)
    }

    private func readFetch(_ value: JSONValue?) throws(ConfigError) -> FetchSettings {
        var settings = FetchSettings()
        guard let value else { return settings }
        let fields = try object(value, at: "fetch")
        try rejectUnknownKeys(fields, known: ["timeoutSeconds", "connectTimeoutSeconds", "maxBytes", "userAgent", "parallel",
                                              "reportAfterFailures"], at: "fetch")
        if let v = fields["parallel"] { settings.parallel = try positiveInteger(v, at: "fetch.parallel", atMost: 256, unit: "transfers") }
        if let v = fields["reportAfterFailures"] {
            settings.reportAfterFailures = try positiveInteger(v, at: "fetch.reportAfterFailures", atMost: 1000, unit: "failures")
        }
        if let v = fields["timeoutSeconds"] { settings.timeoutSeconds = try positiveInteger(v, at: "fetch.timeoutSeconds", atMost: 3600, unit: "seconds") }
        if let v = fields["connectTimeoutSeconds"] {
            settings.connectTimeoutSeconds = try positiveInteger(v, at: "fetch.connectTimeoutSeconds", atMost: 600, unit: "seconds")
        }
        if let v = fields["maxBytes"] { settings.maxBytes = try positiveInteger(v, at: "fetch.maxBytes", atMost: 1 << 30, unit: "bytes (1 GiB)") }
        settings.userAgent = try optionalString(fields["userAgent"], at: "fetch.userAgent")
        return settings
    }

    /// An http(s) URL, a file:// URL or a path; nil for anything else (another scheme, a typo'd one).
    func location(of text: String) -> SourceLocation? {
        // Checked byte by byte, without Foundation's searches: a config can hold thousands of sources and is read
        // on every poll.
        let trimmed = Self.trimmingSpaces(text)
        guard !trimmed.isEmpty else { return nil }
        if let schemeEnd = Self.schemeSeparator(in: trimmed) {
            let scheme = trimmed[..<schemeEnd.lowerBound].lowercased()
            let rest = trimmed[schemeEnd.upperBound...]
            switch scheme {
            case "http", "https":
                let host = rest.utf8.prefix { $0 != UInt8(ascii: "/") }
                guard !host.isEmpty, !host.contains(UInt8(ascii: " ")) else { return nil }
                return .web(trimmed)
            case "file":
                let path = String(rest).removingPercentEncoding ?? String(rest)
                return path.hasPrefix("/") ? .file(path) : nil
            default:
                return nil
            }
        }
        // "mailto:x", "ftp:x": a scheme without slashes is not a path either.
        if hasSchemeWithoutSlashes(trimmed) { return nil }
        return .file(resolve(trimmed))
    }

    /// The text without leading and trailing spaces and tabs. Most values have none and come back without Foundation's
    /// character-set trim, which costs more than the rest of reading a source.
    private static func trimmingSpaces(_ text: String) -> String {
        guard text.first?.isWhitespace == true || text.last?.isWhitespace == true else { return text }
        return text.trimmingCharacters(in: .whitespaces)
    }

    /// Where the first "://" is, or nil.
    private static func schemeSeparator(in text: String) -> Range<String.Index>? {
        let utf8 = text.utf8
        var index = utf8.startIndex
        while let colon = utf8[index...].firstIndex(of: UInt8(ascii: ":")) {
            let after = utf8[utf8.index(after: colon)...]
            if after.starts(with: "//".utf8) { return colon..<utf8.index(colon, offsetBy: 3) }
            index = utf8.index(after: colon)
        }
        return nil
    }

    /// Whether the text starts like "mailto:x" or "ftp:x": letters, then letters, digits, "+", "." or "-", then ":"
    /// and something other than a slash.
    private func hasSchemeWithoutSlashes(_ text: String) -> Bool {
        guard let scheme = URLScheme.scheme(of: text) else { return false }
        guard let next = text.utf8.dropFirst(scheme.utf8.count + 1).first else { return false }
        return next != UInt8(ascii: "/") && next != UInt8(ascii: "\\")
    }

    private func resolve(_ path: String) -> String {
        let expanded = (path as NSString).expandingTildeInPath
        let absolute = expanded.hasPrefix("/") ? expanded : folder + "/" + expanded
        return (absolute as NSString).standardizingPath
    }

    // MARK: typed access with paths

    func error(_ path: String, _ value: JSONValue, _ reason: String) -> ConfigError {
        ConfigError(file: file, keyPath: path, reason: "\(value.quoted) \(reason)")
    }

    func object(_ value: JSONValue, at path: String) throws(ConfigError) -> [String: JSONValue] {
        guard case .object(let fields) = value else {
            throw ConfigError(file: file, keyPath: path, reason: "must be an object {…}, not \(value.kindName)")
        }
        return fields
    }

    private func array(_ value: JSONValue, at path: String) throws(ConfigError) -> [JSONValue] {
        guard case .array(let items) = value else {
            throw ConfigError(file: file, keyPath: path, reason: "must be a list […], not \(value.kindName)")
        }
        return items
    }

    func string(_ value: JSONValue, at path: String) throws(ConfigError) -> String {
        guard case .string(let text) = value else {
            throw ConfigError(file: file, keyPath: path, reason: "\(value.quoted) must be a string, not \(value.kindName)")
        }
        return text
    }

    private func optionalString(_ value: JSONValue?, at path: String) throws(ConfigError) -> String? {
        guard let value, value != .null else { return nil }
        return try string(value, at: path)
    }

    private func requiredString(_ fields: [String: JSONValue], _ key: String, at path: String) throws(ConfigError) -> String {
        guard let value = fields[key] else {
            throw ConfigError(file: file, keyPath: path + "." + key, reason: "missing; every entry needs a \"\(key)\"")
        }
        let text = Self.trimmingSpaces(try string(value, at: path + "." + key))
        guard !text.isEmpty else { throw error(path + "." + key, value, "is empty") }
        return text
    }

    private func stringList(_ value: JSONValue?, at path: String) throws(ConfigError) -> [String] {
        guard let value else { return [] }
        var result: [String] = []
        for (index, item) in try array(value, at: path).enumerated() {
            let text = Self.trimmingSpaces(try string(item, at: "\(path)[\(index)]"))
            guard !text.isEmpty else { throw error("\(path)[\(index)]", item, "is empty") }
            result.append(text)
        }
        return result
    }

    func number(_ value: JSONValue, at path: String) throws(ConfigError) -> Double {
        guard case .number(let number) = value else {
            throw ConfigError(file: file, keyPath: path, reason: "\(value.quoted) must be a number, not \(value.kindName)")
        }
        return number
    }

    private func integer(_ value: JSONValue, at path: String) throws(ConfigError) -> Int {
        let number = try number(value, at: path)
        guard abs(number) < 1e15 else { throw error(path, value, number > 0 ? "is too large" : "is too small") }
        guard number == number.rounded() else { throw error(path, value, "must be a whole number") }
        return Int(number)
    }

    private func positiveInteger(_ value: JSONValue, at path: String, atMost limit: Int, unit: String) throws(ConfigError) -> Int {
        let number = try integer(value, at: path)
        guard number > 0 else { throw error(path, value, "must be more than 0") }
        try atMost(Double(number), Double(limit), value, at: path, unit: unit)
        return number
    }

    /// Throws "is too large; use at most …" when the number is above the key's sensible range.
    private func atMost(_ number: Double, _ limit: Double, _ value: JSONValue, at path: String, unit: String) throws(ConfigError) {
        guard number <= limit else {
            let shown = limit == limit.rounded() ? String(Int(limit)) : String(limit)
            throw error(path, value, "is too large; use at most \(shown) \(unit)")
        }
    }

    /// Upper bounds shared by several keys.
    enum Limits {
        /// A year, for a promise or a cool-down.
        static let slaHours = 8760.0
        /// Ten billion readers: more than anyone reaches.
        static let readers = 10_000_000_000.0
    }

    func rejectUnknownKeys(_ fields: [String: JSONValue], known: [String], at path: String) throws(ConfigError) {
        for key in fields.keys.sorted() where !known.contains(key) {
            let keyPath = path.isEmpty ? key : path + "." + key
            let hint = known.first { $0.lowercased() == key.lowercased() || editDistance($0.lowercased(), key.lowercased()) <= 2 }
            let suggestion = hint.map { "; did you mean \"\($0)\"?" } ?? "; known keys: " + known.joined(separator: ", ")
            throw ConfigError(file: file, keyPath: keyPath, reason: "unknown key\(suggestion)")
        }
    }
}

/// Levenshtein distance, for "did you mean" hints on typo'd keys.
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    for i in 1...a.count {
        var current = [i] + Array(repeating: 0, count: b.count)
        for j in 1...b.count {
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
        }
        previous = current
    }
    return previous[b.count]
}
