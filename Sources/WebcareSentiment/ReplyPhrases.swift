/// The phrases `ReplyCheck` knows, Dutch and English together (a draft is matched against both: replies mix them).
/// Written as a person would write them; folded when the check is made. Where two phrases overlap the longer one
/// wins, so "excuses voor het eventuele ongemak" reads as a template, not as an apology.
enum ReplyPhrases {
    static let builtIn: [ReplyCheck.Kind: [String]] = [
        .acknowledgement: [
            // Dutch
            "ik begrijp", "ik begrijp het", "we begrijpen", "wij begrijpen", "ik snap", "ik snap het", "we snappen", "vervelend dat",
            "vervelend om te horen", "wat vervelend", "wat naar", "wat balen", "dat is balen", "balen dat", "dat is frustrerend",
            "frustrerend dat", "begrijpelijk", "ik kan me voorstellen", "ik kan mij voorstellen", "dat kan ik me voorstellen",
            "u heeft gelijk", "je hebt gelijk", "terecht dat", "u heeft helemaal gelijk", "dat is niet fijn", "niet leuk om te horen",
            "wat een gedoe", "ik hoor je", "dat is geen fijne ervaring",
            // English
            "i understand", "we understand", "i can imagine", "i can see why", "that's frustrating", "that is frustrating",
            "how frustrating", "sorry to hear", "so sorry to hear", "you're right", "you are right", "i hear you", "understandably",
            "that must be", "that sounds frustrating", "not the experience", "what a hassle", "i get it",
        ],
        .apology: [
            "excuses", "onze excuses", "mijn excuses", "excuus", "sorry", "het spijt me", "het spijt ons", "dat spijt me",
            "onze fout", "mijn fout", "dat had niet mogen gebeuren", "dit had niet mogen gebeuren", "dat is fout gegaan",
            "dat ging fout bij ons", "wij hebben een fout gemaakt", "we hebben een fout gemaakt", "daar zijn wij de mist in gegaan",
            "daar zijn we de mist in gegaan",
            "apologies", "my apologies", "our apologies", "i apologise", "i apologize", "we apologise", "we apologize",
            "our mistake", "my mistake", "our fault", "my fault", "that shouldn't have happened", "that should not have happened",
            "we got this wrong", "we got it wrong", "we messed up", "i messed up", "we dropped the ball",
        ],
        .explanation: [
            "dat komt doordat", "dit komt doordat", "dat komt omdat", "dit komt omdat", "de oorzaak", "oorzaak was", "omdat", "doordat",
            "het probleem is", "het probleem was", "wat er gebeurde", "wat er is gebeurd", "er was een storing", "er is een storing",
            "veroorzaakt", "de reden", "dat kwam door", "dit kwam door", "door een fout", "door een storing", "een fout in", "vanwege",
            "a system error", "an error in", "a fault in", "because of",
            "because", "this was caused", "was caused by", "the cause", "due to", "what happened", "the reason", "this happened",
            "the problem was", "the issue was", "there was an outage", "there is an outage", "that's because", "this is because",
        ],
        .nextStep: [
            "ik zorg ervoor", "ik zorg dat", "ik zorg er", "we zorgen", "wij zorgen", "ik bel", "we bellen", "wij bellen", "ik stuur",
            "we sturen", "wij sturen", "ik regel", "we regelen", "wij regelen", "ik heb het doorgezet", "doorgezet", "ingepland",
            "een monteur", "terugbetaald", "terugbetalen", "terugstorten", "teruggestort", "vergoeden", "vergoeding",
            "crediteren", "opnieuw verzonden", "opnieuw versturen", "stuur ons een dm", "stuur me een dm", "stuur een dm", "stuur ons een pb",
            "ik neem contact", "we nemen contact", "wij nemen contact", "ik zoek het uit", "we zoeken het uit", "ik kijk het na",
            "ik ga", "we gaan", "wij gaan", "ik heb", "ik zet", "we zetten", "wij zetten", "u hoort", "je ontvangt", "u ontvangt",
            "ontvang je", "je hoort", "ontvangt u", "krijgt u", "krijg je", "de volgende stap",
            "i'll", "i will", "we'll", "we will", "i've arranged", "i have arranged", "refunded", "send you", "call you",
            "dm us", "send us a dm", "send me a dm", "the next step", "a technician", "an engineer", "a replacement", "escalated",
            "look into", "looking into", "let me", "you'll hear", "you will hear", "you'll receive", "you will receive",
        ],
        .denial: [
            "dat klopt niet", "dit klopt niet", "klopt niet", "volgens onze gegevens", "volgens ons systeem", "in ons systeem zien wij",
            "wij zien geen", "we zien geen", "er is niets mis", "niets aan de hand", "er is geen storing", "ligt niet aan ons",
            "niet aan ons", "wij hebben niets fout", "dat is niet juist", "onjuist", "dat is niet waar", "wij kunnen niets vinden",
            "that's not true", "that is not true", "that's not correct", "that is not correct", "that is incorrect",
            "according to our records", "our records show", "our system shows", "we see no", "there is no issue", "nothing wrong",
            "not our fault", "not on our side", "no fault on our side", "we can't find any", "we cannot find any",
        ],
        .policy: [
            "ons beleid", "volgens het beleid", "het beleid", "beleid", "helaas kunnen wij niets", "helaas kunnen we niets",
            "wij kunnen niets", "we kunnen niets", "kunnen wij niets", "kunnen we niets", "algemene voorwaarden", "onze voorwaarden",
            "regels zijn regels", "daar kunnen wij niets aan doen", "daar kunnen we niets aan doen", "helaas is het niet mogelijk",
            "dat is helaas niet mogelijk", "geen uitzonderingen", "dat is de procedure",
            "our policy", "company policy", "policy", "terms and conditions", "unfortunately we cannot", "unfortunately we can't",
            "there is nothing we can do", "nothing we can do", "we are unable", "we're unable", "no exceptions", "rules are rules",
            "that is the procedure",
        ],
        .blame: [
            "u had moeten", "je had moeten", "had u moeten", "had je moeten", "u heeft zelf", "je hebt zelf", "eigen schuld",
            "u bent vergeten", "je bent vergeten", "had u maar", "had je maar", "zelf verantwoordelijk", "uw verantwoordelijkheid",
            "uw eigen verantwoordelijkheid", "verkeerd ingevuld", "als u de handleiding", "als je de handleiding", "u heeft verzuimd",
            "you should have", "you should've", "you failed to", "you forgot", "your own fault", "your responsibility",
            "if you had read", "you didn't", "you did not", "user error", "you entered the wrong",
        ],
        .stock: [
            "beste klant", "geachte klant", "geachte heer", "geachte mevrouw", "heer mevrouw", "wij betreuren het",
            "excuses voor het ongemak", "excuses voor het eventuele ongemak", "onze excuses voor het ongemak",
            "onze excuses voor het eventuele ongemak", "het eventuele ongemak", "in goede orde ontvangen", "wij nemen uw feedback mee",
            "we nemen je feedback mee", "wij doen ons uiterste best", "wij vertrouwen erop", "voldoende te hebben geinformeerd",
            "bedankt voor uw geduld en begrip", "wij streven ernaar",
            "dear customer", "dear valued customer", "valued customer", "we apologize for any inconvenience",
            "we apologise for any inconvenience", "apologies for any inconvenience", "sorry for any inconvenience",
            "sorry for the inconvenience", "for any inconvenience", "your feedback is important", "your call is important",
            "we value your feedback", "thank you for reaching out", "thank you for contacting", "we strive to",
            "we take this very seriously", "please be advised", "rest assured", "we regret any",
        ],
    ]
}

/// The personal touch a pattern shows rather than a phrase: a greeting with the customer's name or handle
/// ("Hoi Mark,", "Hi @sanne_b"), or a sign-off with the agent's name ("Groet, Sanne", "^Tom", a last line that
/// is a name).
enum ReplyPersonalTouch {
    /// Greetings that take a name after them, folded.
    static let greetings: Set<String> = ["hoi", "hallo", "hey", "hi", "hello", "dag", "beste", "dear", "goedemorgen", "goedemiddag", "goedenavond", "morning"]
    /// Words after a greeting that are no name.
    static let noNames: Set<String> = ["klant", "customer", "heer", "mevrouw", "sir", "madam", "allemaal", "all", "there", "daar"]
    /// Sign-off words that a name follows, folded.
    static let signOffs: Set<String> = ["groet", "groeten", "groetjes", "gr", "mvg", "regards", "cheers", "best", "thanks", "bedankt", "dank"]

    /// The words that show a personal touch, or nil.
    static func find(in text: ReplyText) -> String? {
        let tokens = text.tokens
        guard !tokens.isEmpty else { return nil }
        let draft = trimmed(Substring(text.text))
        // "@handle" or "Hoi Mark" at the start.
        if draft.hasPrefix("@"), let handle = draft.split(whereSeparator: { $0 == " " || $0 == "," || $0.isNewline }).first, handle.count > 1 {
            return String(handle)
        }
        if let first = tokens.firstIndex(where: \.isWord), greetings.contains(tokens[first].folded), first + 1 < tokens.count {
            let next = tokens[first + 1]
            if next.isWord, !noNames.contains(next.folded), next.written.first?.isUppercase == true {
                return text.written(first..<(first + 2))
            }
        }
        // "^Sanne" or a last line with a name.
        let lines = draft.split(whereSeparator: \.isNewline).map { trimmed($0) }.filter { !$0.isEmpty }
        if let last = lines.last {
            if last.hasPrefix("^") || last.hasPrefix("~") || last.hasPrefix("-"), last.count > 1, last.count <= 24 { return last }
            let words = last.split(separator: " ")
            if lines.count > 1, words.count <= 2, words.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter } }) {
                return last
            }
        }
        if let caret = draft.range(of: " ^"), caret.upperBound < draft.endIndex, draft[caret.upperBound].isLetter {
            return "^" + draft[caret.upperBound...].prefix { $0.isLetter }
        }
        // "Groet, Sanne" anywhere near the end.
        for index in tokens.indices.dropLast() where tokens[index].isWord && signOffs.contains(tokens[index].folded) {
            var next = index + 1
            while next < tokens.count, !tokens[next].isWord, tokens[next].folded == "," { next += 1 }
            if next < tokens.count, tokens[next].isWord, tokens[next].written.first?.isUppercase == true, next >= tokens.count - 3 {
                return text.written(index..<(next + 1))
            }
        }
        return nil
    }

    /// The text without white space around it.
    static func trimmed(_ text: Substring) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }
}
