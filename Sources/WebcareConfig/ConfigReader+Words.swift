import Foundation
import WebcareCore

// The team's own words: sentiment valences (`sentiment`, a brand's `sentimentWords`) and reply phrases (`replies`).

extension ConfigReader {
    func readSentiment(_ value: JSONValue?) throws(ConfigError) -> SentimentSettings {
        var settings = SentimentSettings()
        guard let value else { return settings }
        let fields = try object(value, at: "sentiment")
        try rejectUnknownKeys(fields, known: ["neutralBand", "words"], at: "sentiment")
        if let v = fields["neutralBand"] {
            let band = try number(v, at: "sentiment.neutralBand")
            guard band >= 0, band < 1 else { throw error("sentiment.neutralBand", v, "must be at least 0 and below 1") }
            settings.neutralBand = band
        }
        if let v = fields["words"] {
            let languages = try object(v, at: "sentiment.words")
            try rejectUnknownKeys(languages, known: ["nl", "en"], at: "sentiment.words")
            for (code, words) in languages {
                settings.words[code == "nl" ? .nl : .en] = try valences(words, at: "sentiment.words.\(code)")
            }
        }
        return settings
    }

    /// `replies`: {"phrases": {"nl": {"phrase": "kind"}, "en": {…}}}, each kind one of `ReplySettings.kinds`.
    func readReplies(_ value: JSONValue?) throws(ConfigError) -> ReplySettings {
        var settings = ReplySettings()
        guard let value else { return settings }
        let fields = try object(value, at: "replies")
        try rejectUnknownKeys(fields, known: ["phrases"], at: "replies")
        guard let v = fields["phrases"] else { return settings }
        let languages = try object(v, at: "replies.phrases")
        try rejectUnknownKeys(languages, known: ["nl", "en"], at: "replies.phrases")
        for (code, phrasesValue) in languages {
            var phrases: [String: String] = [:]
            for (phrase, kindValue) in try object(phrasesValue, at: "replies.phrases.\(code)") {
                let path = "replies.phrases.\(code).\(phrase)"
                guard !phrase.trimmingCharacters(in: .whitespaces).isEmpty else { throw error(path, kindValue, "is given to an empty phrase, which matches nothing; remove it") }
                let kind = try string(kindValue, at: path)
                guard ReplySettings.kinds.contains(kind) else {
                    let near = ReplySettings.kinds.min { editDistance($0, kind) < editDistance($1, kind) }!
                    throw error(path, kindValue, "is not a kind of phrase; use one of \(ReplySettings.kinds.joined(separator: ", "))"
                                + (editDistance(near, kind) <= 3 ? " (did you mean \"\(near)\"?)" : ""))
                }
                phrases[phrase] = kind
            }
            settings.phrases[code == "nl" ? .nl : .en] = phrases
        }
        return settings
    }

    /// {"word or phrase": valence}, each valence from -4 to 4.
    func valences(_ value: JSONValue?, at path: String) throws(ConfigError) -> [String: Double] {
        guard let value else { return [:] }
        var result: [String: Double] = [:]
        for (word, weight) in try object(value, at: path) {
            let valence = try number(weight, at: "\(path).\(word)")
            guard (-4...4).contains(valence) else { throw error("\(path).\(word)", weight, "must be between -4 and 4") }
            result[word] = valence
        }
        return result
    }
}
