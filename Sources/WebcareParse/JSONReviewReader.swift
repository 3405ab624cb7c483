import Foundation
import WebcareCore

/// Reviews in JSON that follows no standard: a platform's review feed or API answer, or the state a page embeds for
/// its scripts (`__NEXT_DATA__` and the like). Fields are found by meaning, in any case and with or without `_` or
/// `-` ("reviewAuthor", "review_author", a `consumer` object with a `displayName`), in English and Dutch. The
/// company's reply is read from the fields platforms keep it in ("reply", "companyResponse", "reviewComments", …),
/// as text or as an object with its own text, date and author. Pure: no network, no clock.
enum JSONReviewReader {
    /// How to read one list of reviews.
    struct Context {
        /// The top of the rating scale when the platform's is known (Kiyoh and Klantenvertellen rate out of 10).
        var fixedScale: Double?
        /// Who a reply is by when it names nobody (the company's name, when the feed gives it).
        var replyAuthor: String?
        /// Base for relative links.
        var baseURL: String?
        /// Fields whose date stands in for a reply's when the reply has none, if later than the review itself
        /// (a Kiyoh review's `updatedSince` moves when the company replies).
        var replyDateFallback: [String] = []
        /// How a page writes its slashed dates (`03/11/2026`), decided from the dates on the whole page.
        var slashOrder: SlashDateOrder = .dayFirst
    }

    /// Every array of review-like objects in `json`, each as it appears, its scale settled within the array.
    /// An array counts when at least half its objects have a rating, a text or title, an author and a date (a list of
    /// businesses or products has no dates); under a key that says "reviews", a rating and an author, date or id will
    /// do. Object keys are
    /// visited in sorted order so the result never depends on hashing. Nesting deeper than 64 levels is not read.
    static func reviewLists(in json: Any, baseURL: String?, slashOrder: SlashDateOrder = .dayFirst) -> [[FeedItem]] {
        var lists: [[FeedItem]] = []
        find(json, key: nil, depth: 0, context: Context(baseURL: baseURL, slashOrder: slashOrder), into: &lists)
        return lists
    }

    private static func find(_ json: Any, key: String?, depth: Int, context: Context, into lists: inout [[FeedItem]]) {
        guard depth < 64 else { return }
        if let array = json as? [Any] {
            let objects = array.compactMap { $0 as? [String: Any] }
            if !objects.isEmpty {
                let readings = objects.map { Reading($0, slashOrder: context.slashOrder) }
                let isReviewKey = key.map { name in ["review", "ervaring", "beoordeling", "rating", "feedback"].contains { name.contains($0) } } ?? false
                let qualified = readings.filter { isReviewKey ? $0.isReview && $0.rating != nil : $0.isReviewLike }.count
                if qualified > 0 && qualified * 2 >= objects.count {
                    let drafts = readings.compactMap { $0.isReview ? draft(from: $0, context: context) : nil }
                    if !drafts.isEmpty {
                        lists.append(RatingScale.settle(drafts, fixed: context.fixedScale))
                        return
                    }
                }
            }
            for element in array { find(element, key: key, depth: depth + 1, context: context, into: &lists) }
        } else if let object = json as? [String: Any] {
            for name in object.keys.sorted() {
                find(object[name]!, key: Fields.normalize(name), depth: depth + 1, context: context, into: &lists)
            }
        }
    }

    /// Every object of `array` as a review (those with neither rating nor text are skipped), scale settled.
    static func reviews(_ array: [Any], context: Context) -> [FeedItem] {
        let drafts = array.compactMap { ($0 as? [String: Any]).map { Reading($0, slashOrder: context.slashOrder) } }
            .filter { $0.rating != nil || $0.text != nil || $0.title != nil }
            .map { draft(from: $0, context: context) }
        return RatingScale.settle(drafts, fixed: context.fixedScale)
    }

    private static func draft(from review: Reading, context: Context) -> ReviewDraft {
        let fields = review.fields
        var reply = fields.reply(slashOrder: context.slashOrder)
        if reply != nil, reply?.author == nil { reply?.author = context.replyAuthor }
        if reply != nil, reply?.published == nil, let later = Fields.date(fields.value(context.replyDateFallback), slashOrder: context.slashOrder),
           let written = review.date, later > written {
            reply?.published = later
        }
        let item = FeedItem(
            id: review.id,
            url: absoluteLink(fields.string(Fields.url), base: context.baseURL),
            title: review.title.map(HTMLText.singleLine).flatMap(nonEmpty),
            author: review.author.map(HTMLText.singleLine).flatMap(nonEmpty),
            published: review.date,
            text: review.text.map(HTMLText.plainText) ?? "",
            rating: review.rating?.value,
            bestRating: review.rating?.best,
            companyReply: reply)
        return ReviewDraft(item: item, hasScale: review.rating?.best != nil)
    }

    /// One object read as a review, each field worked out once.
    struct Reading {
        let fields: Fields
        let id: String?
        let title: String?
        let text: String?
        let author: String?
        let date: Date?
        let rating: (value: Double, best: Double?)?

        init(_ object: [String: Any], slashOrder: SlashDateOrder = .dayFirst) {
            let fields = Fields(object)
            let answers = fields.questionAnswers()
            self.fields = fields
            id = fields.string(Fields.id)
            title = fields.text(Fields.title) ?? answers["DEFAULT_ONELINER"]
            if let text = fields.text(Fields.text) ?? answers["DEFAULT_OPINION"] {
                self.text = text
            } else {
                // Kiyoh's older feeds split the opinion into what was good and what was not.
                let parts = [fields.text(["positive", "positief"]), fields.text(["negative", "negatief"])].compactMap { $0 }
                text = parts.isEmpty ? nil : parts.joined(separator: "\n")
            }
            let writer = fields.value(Fields.author)
            author = Fields.person(writer)
            date = Fields.date(fields.value(Fields.date), slashOrder: slashOrder)
                ?? (writer as? [String: Any]).flatMap { Fields.date(Fields($0).value(Fields.date), slashOrder: slashOrder) }
            let best = { (found: (value: Double, best: Double?)) in (found.value, found.best ?? RatingScale.best(fields.value(Fields.best))) }
            rating = (Fields.rating(fields.value(Fields.rating), depth: 0) ?? answers["DEFAULT_OVERALL"].flatMap(RatingScale.parse)).map(best)
        }

        /// A rating, a text or a title, someone who wrote it and when.
        var isReviewLike: Bool { rating != nil && (text != nil || title != nil) && author != nil && date != nil }
        /// Enough to be worth an item: a rating or a text, and an author, a date or an id.
        var isReview: Bool { (rating != nil || text != nil || title != nil) && (author != nil || date != nil || id != nil) }
    }

    /// One JSON object's fields, keys normalised, read by meaning.
    struct Fields {
        let values: [String: Any]

        init(_ object: [String: Any]) {
            var values: [String: Any] = [:]
            for (key, value) in object where !(value is NSNull) {
                let name = Self.normalize(key)
                if values[name] == nil || key == name { values[name] = value }
            }
            self.values = values
        }

        /// "review_author", "Review-Author" and "reviewAuthor" all become "reviewauthor".
        static func normalize(_ key: String) -> String {
            String(key.lowercased().unicodeScalars.filter { $0 != "_" && $0 != "-" && $0 != "@" && $0 != "$" })
        }

        static let id = ["reviewid", "id", "uuid", "guid", "identifier"]
        static let url = ["url", "reviewurl", "permalink", "link", "href", "shareurl", "weburl"]
        static let title = ["title", "headline", "oneliner", "reviewtitle", "subject", "summary", "titel"]
        static let text = ["reviewbody", "text", "body", "content", "reviewtext", "opinion", "description", "message",
                           "review", "comment", "tekst", "toelichting", "ervaring", "mening"]
        static let author = ["author", "reviewauthor", "authorname", "reviewer", "reviewername", "consumer", "customer",
                             "user", "username", "displayname", "nickname", "postedby", "writer", "auteur", "klantnaam"]
        static let name = ["displayname", "name", "fullname", "nickname", "username", "screenname", "firstname", "naam"]
        static let date = ["datepublished", "publisheddate", "publishedat", "published", "datesince", "createdat",
                           "datecreated", "created", "creationdate", "createdate", "createtimestamp", "date", "submittedat",
                           "postedat", "reviewdate", "time", "timestamp", "datum", "dates"]
        static let rating = ["reviewrating", "rating", "ratingvalue", "stars", "starrating", "score", "totalscore",
                             "overallrating", "overall", "grade", "ratings", "cijfer", "waardering", "beoordeling"]
        /// Where a rating object keeps its number.
        static let ratingNumber = ["ratingvalue", "value", "rating", "score", "stars", "overall", "average", "cijfer"]
        static let best = ["bestrating", "maxrating", "ratingmax", "maxscore", "scale", "outof", "best", "max", "ratingscale"]
        /// Only fields that hold the company's answer: a thread of "replies" or a "reaction" (an emoji, often) would
        /// mark a complaint answered that nobody answered.
        static let reply = ["companyreply", "companyresponse", "reply", "response", "ownerresponse", "ownerreply",
                            "businessreply", "businessresponse", "merchantreply", "merchantresponse", "shopreply",
                            "shopresponse", "sellerresponse", "retailerresponse", "reviewreply", "reviewresponse",
                            "reviewcomments", "companycomment", "bedrijfsreactie"]
        static let replyText = ["message", "text", "body", "content", "comment", "reply", "response", "answer", "tekst", "reactie"]
        static let replyDate = ["replydate", "responsedate", "reviewcommentsdate", "reviewcommentdate", "reactiondate",
                                "replypublishedat", "companyreplydate", "respondedat", "repliedat", "replycreatedat",
                                "responsecreatedat", "reactiedatum"]
        static let replyAuthor = ["replyauthor", "responseauthor", "respondername", "companyname", "responder", "respondent"]

        /// The first of `names` present.
        func value(_ names: [String]) -> Any? {
            for name in names { if let value = values[name] { return value } }
            return nil
        }

        /// Text or a number written as text, trimmed; nil for objects, arrays, booleans and empty text.
        func string(_ names: [String]) -> String? {
            for name in names {
                if let text = values[name] as? String, let trimmed = nonEmpty(text) { return trimmed }
                if let number = values[name] as? NSNumber, String(cString: number.objCType) != "c" { return number.stringValue }
            }
            return nil
        }

        /// Only text (a count is never a body).
        func text(_ names: [String]) -> String? {
            for name in names { if let text = values[name] as? String, let trimmed = nonEmpty(text) { return trimmed } }
            return nil
        }

        /// The company's reply, its slashed dates read in `slashOrder`.
        func reply(slashOrder: SlashDateOrder) -> CompanyReply? {
            let found: Any? = value(Self.reply)
            var reply: CompanyReply?
            switch found {
            case let text as String:
                reply = nonEmpty(text).map { CompanyReply(text: HTMLText.plainText($0)) }
            case let object as [String: Any]:
                reply = Self.reply(Fields(object), slashOrder: slashOrder)
            case let list as [Any]:
                reply = list.lazy.compactMap { ($0 as? [String: Any]).flatMap { Self.reply(Fields($0), slashOrder: slashOrder) } ?? ($0 as? String).flatMap(nonEmpty).map { CompanyReply(text: HTMLText.plainText($0)) } }.first
            default:
                reply = nil
            }
            guard var reply, !reply.text.isEmpty else { return nil }
            if reply.published == nil { reply.published = Self.date(value(Self.replyDate), slashOrder: slashOrder) }
            if reply.author == nil { reply.author = Self.person(value(Self.replyAuthor)) }
            return reply
        }

        private static func reply(_ fields: Fields, slashOrder: SlashDateOrder) -> CompanyReply? {
            guard let text = fields.text(replyText) else { return nil }
            return CompanyReply(author: person(fields.value(author + replyAuthor)),
                                published: date(fields.value(date + replyDate), slashOrder: slashOrder),
                                text: HTMLText.plainText(text))
        }

        /// The answers to Kiyoh's and Klantenvertellen's questions (`reviewContent` entries with a `questionGroup`),
        /// by group; the answer sits in the entry's `rating` field whatever its type.
        func questionAnswers() -> [String: String] {
            var answers: [String: String] = [:]
            for name in values.keys.sorted() {
                guard let entries = values[name] as? [Any] else { continue }
                for case let entry as [String: Any] in entries {
                    let fields = Fields(entry)
                    guard let group = (fields.values["questiongroup"] as? String)?.uppercased(), answers[group] == nil,
                          let answer = fields.string(["rating", "value", "answer"]) else { continue }
                    answers[group] = answer
                }
            }
            return answers
        }

        static func person(_ value: Any?) -> String? {
            switch value {
            case let text as String: return nonEmpty(text)
            case let object as [String: Any]: return Fields(object).text(name)
            case let list as [Any]: return list.lazy.compactMap { person($0) }.first
            default: return nil
            }
        }

        static func date(_ value: Any?, slashOrder: SlashDateOrder = .dayFirst) -> Date? {
            switch value {
            case let text as String:
                return FeedDate.parse(text, slashOrder: slashOrder)
            case let number as NSNumber where String(cString: number.objCType) != "c":
                // Seconds or milliseconds since 1970; anything before 2000 is not a review date.
                let seconds = number.doubleValue > 1e11 ? number.doubleValue / 1000 : number.doubleValue
                return seconds > 946_684_800 ? FeedDate.plausible(secondsSince1970: seconds) : nil
            case let object as [String: Any]:
                return date(Fields(object).value(Self.date.filter { $0 != "dates" }))
            default:
                return nil
            }
        }

        static func rating(_ value: Any?, depth: Int) -> (value: Double, best: Double?)? {
            if let object = value as? [String: Any] {
                guard depth < 3 else { return nil }
                let fields = Fields(object)
                guard let inner = rating(fields.value(Self.ratingNumber), depth: depth + 1) else { return nil }
                return (inner.value, inner.best ?? RatingScale.best(fields.value(Self.best)))
            }
            return RatingScale.rating(value)
        }
    }
}
