/// The words and signs the scorer treats as rules rather than as lexicon entries. Written for this project.
enum SentimentRules {
    /// Words that flip the sentiment of what follows them (within a short scope).
    static let negators: Set<String> = [
        "niet", "geen", "nooit", "nergens", "niemand", "zonder", "niets", "niks", "noch", "allerminst", "geeneens",
        "not", "no", "never", "nobody", "nothing", "nowhere", "neither", "nor", "without", "cannot", "hardly", "zero",
        "isn't", "aren't", "wasn't", "weren't", "don't", "doesn't", "didn't", "won't", "wouldn't", "can't",
        "couldn't", "shouldn't", "haven't", "hasn't", "hadn't", "ain't", "isnt", "dont", "doesnt", "didnt",
        "wont", "cant", "couldnt", "wasnt", "havent", "hasnt", "aint", "shouldnt", "wouldnt", "nauwelijks", "amper",
    ]

    /// Words a negation does not reach across: in "geen wifi en een vieze kamer" "geen" does not negate "vieze".
    static let negationBarriers: Set<String> = ["en", "and", "omdat", "because", "want", "terwijl", "while", "dus"]

    /// Words that, right before a positive word, say there is too much of it ("too sweet", "too easy"): the word
    /// counts against, at half its weight. English only: Dutch "te leuk!", "te lief" are praise.
    static let excessWords: Set<String> = ["too"]
    static let excessFactor = -0.5

    /// Dutch verb particles that close a separable verb at the end of a clause ("viel me zwaar tegen", "raad het
    /// iedereen aan"): the verb and its particle are read as the two-word phrase of the lexicon ("viel tegen").
    static let particles: Set<String> = [
        "tegen", "mee", "aan", "af", "op", "uit", "door", "in", "om", "over", "teleur", "toe", "weg", "terug", "na",
        "voor", "bij", "achteruit", "vooruit", "los", "stuk", "vast", "tekort", "voort", "heen",
    ]
    /// How many words back from the particle the verb may stand.
    static let particleReach = 10

    /// How many tokens after a negator it still reaches.
    static let negationScope = 3
    /// How far a negation beside a framing word reaches, within its clause, to turn praise: "Ik heb niet het gevoel
    /// dat het probleem echt verholpen is", "I don't get the feeling that the problem has really been fixed". A
    /// negative word that far off keeps its sign ("… dat iemand mijn klacht gelezen heeft" stays a complaint).
    static let raisedNegationScope = 10
    /// Words that frame a clause a negation beside them reaches into.
    static let negationRaisers: Set<String> = [
        "gevoel", "denk", "denken", "lijkt", "lijken", "feeling", "feel", "think", "seem", "seems", "look", "looks",
    ]
    /// "nog nooit zo'n slechte app", "never had such bad service": "never … such" intensifies by this much.
    static let neverSuchBoost = 0.3

    /// "meer", "anymore": after a negation that negates no sentiment word, a complaint that something stopped
    /// ("Ik krijg geen mail meer", "It doesn't load anymore"), weighing `noLongerWeight`.
    static let noLongerWords: Set<String> = ["meer", "anymore"]
    static let noLongerWeight = -1.2
    /// How many words back from "meer" the negation may stand.
    static let noLongerReach = 5

    /// Words that strengthen (positive) or soften (negative) the next sentiment word, as a relative change.
    static let boosters: [String: Double] = [
        // Dutch
        "heel": 0.3, "erg": 0.3, "zeer": 0.35, "echt": 0.25, "super": 0.4, "mega": 0.4, "zo": 0.2, "zó": 0.35,
        "enorm": 0.4, "ontzettend": 0.4, "vreselijk": 0.4, "verschrikkelijk": 0.4, "ongelooflijk": 0.4, "totaal": 0.35,
        "volledig": 0.3, "compleet": 0.3, "hartstikke": 0.4, "bijzonder": 0.3, "extreem": 0.45, "uiterst": 0.4,
        "behoorlijk": 0.2, "flink": 0.25, "best": 0.1, "te": 0.15, "nogal": 0.1, "echte": 0.2, "dik": 0.2,
        "keihard": 0.3, "absoluut": 0.35, "werkelijk": 0.3, "kei": 0.35, "zwaar": 0.3, "knap": 0.15, "wreed": 0.35,
        "wat een": 0.3, "redelijk": -0.3, "vrij": -0.2, "ietwat": -0.35, "enigszins": -0.35, "tamelijk": -0.25, "wat": -0.1,
        "beetje": -0.4, "ietsje": -0.4, "licht": -0.3, "lichtelijk": -0.35, "matig": -0.3, "iets": -0.25,
        // English
        "very": 0.3, "really": 0.3, "so": 0.25, "extremely": 0.45, "totally": 0.35, "absolutely": 0.4,
        "incredibly": 0.4, "completely": 0.35, "utterly": 0.45, "truly": 0.3, "highly": 0.3, "seriously": 0.3,
        "hugely": 0.35, "too": 0.2, "most": 0.3, "such": 0.2, "damn": 0.3, "fucking": 0.45,
        "bloody": 0.35, "insanely": 0.4, "terribly": 0.35, "awfully": 0.35, "deeply": 0.35, "entirely": 0.3,
        "slightly": -0.4, "somewhat": -0.35, "a bit": -0.4, "kinda": -0.3, "kind of": -0.3, "sort of": -0.3,
        "fairly": -0.25, "rather": -0.15, "quite": 0.1, "barely": -0.5, "little": -0.3, "partly": -0.35, "pretty": 0,
    ]

    /// Words that turn the sentence: what comes after weighs more than what came before.
    static let contrast: Set<String> = ["maar", "echter", "doch", "but", "however", "alleen", "helaas"]

    /// Words that concede a point: the clause they open (up to the next comma) weighs less, the rest of the sentence
    /// more ("Great hotel, though the breakfast was dull"; "Hoewel de kamer mooi was, …").
    static let concessive: Set<String> = ["hoewel", "alhoewel", "ofschoon", "ondanks", "although", "though", "despite", "albeit"]

    /// The share of the neutral band that holds on the negative side: with the default band of 0.1 a score below
    /// −0.05 is negative, one above +0.1 positive. A missed complaint is the worst failure (issue 21 item 1).
    static let negativeBandShare = 0.5

    /// Weight of the clauses before and after the last contrast word.
    static let beforeContrast = 0.5
    static let afterContrast = 1.5

    /// Dutch intensifying prefixes of compounds ("superslecht", "kutservice"): the strength they add,
    /// and the valence they carry on their own when the rest of the word is neutral.
    static let prefixes: [(prefix: String, boost: Double, ownValence: Double)] = [
        ("knetter", 0.5, 0), ("super", 0.4, 0), ("mega", 0.4, 0), ("hyper", 0.4, 0), ("ultra", 0.4, 0),
        ("reuze", 0.35, 0), ("kei", 0.4, 0), ("bere", 0.4, 0), ("beregoed", 0, 0), ("oer", 0.35, 0),
        ("snoei", 0.4, 0), ("dood", 0.4, 0), ("stok", 0.35, 0), ("top", 0.3, 2.0), ("kanker", 0.6, -3.5),
        ("kut", 0.5, -2.8), ("klote", 0.5, -2.6), ("tering", 0.5, -2.8), ("rot", 0.3, -2.0), ("kolere", 0.5, -2.8),
        ("pracht", 0.3, 2.0), ("wonder", 0.3, 1.5),
    ]

    /// Sentiment words that end many neutral compounds ("beltegoed", "bonnetjes", "investering", "framboos"):
    /// never read a compound's meaning from these.
    static let misleadingCompoundTails: Set<String> = [
        "goed", "netjes", "keurig", "tering", "vies", "straf", "boos", "top", "vet", "lief", "eng", "arm", "ziek",
        "dood", "fout", "ramp", "drama", "lust", "pijn", "trots", "blij", "rot", "zuur", "hel", "pest", "dom",
    ]

    /// Emoji and emoticons with their valence on the lexicon's scale.
    static let emoji: [String: Double] = [
        "😡": -3.0, "🤬": -3.5, "😠": -2.7, "👿": -2.5, "😤": -2.2, "🙄": -1.8, "😒": -1.8, "😞": -2.0, "😔": -1.8,
        "😢": -2.0, "😭": -2.4, "😩": -2.2, "😫": -2.2, "😖": -2.0, "😣": -1.8, "😕": -1.2, "🙁": -1.6, "☹": -1.8,
        "☹️": -1.8, "😟": -1.6, "😓": -1.4, "😰": -1.8, "😱": -2.0, "🤮": -3.0, "🤢": -2.5, "💩": -2.5, "👎": -2.2,
        "🤦": -1.8, "🤦‍♂️": -1.8, "🤦‍♀️": -1.8, "😑": -1.0, "😐": -0.5, "💔": -2.2, "😬": -1.0, "🤷": -0.5,
        "😀": 2.0, "😃": 2.0, "😄": 2.2, "😁": 2.0, "😊": 2.0, "🙂": 1.2, "😍": 3.0, "🥰": 3.0, "😘": 2.2,
        "😎": 1.8, "🤩": 2.8, "😇": 2.0, "👍": 2.0, "👌": 1.8, "👏": 2.2, "🙌": 2.4, "🙏": 1.5, "💪": 1.8,
        "❤": 2.6, "❤️": 2.6, "💙": 2.2, "💚": 2.2, "💜": 2.2, "🧡": 2.2, "💛": 2.2, "😂": 1.0, "🤣": 1.0,
        "🎉": 2.4, "🥳": 2.6, "⭐": 1.5, "🌟": 1.8, "✨": 1.2, "🔥": 1.2, "💯": 2.0, "✅": 1.0, "🆗": 0.8,
        "😅": 0.4, "😉": 1.0, "😋": 1.6, "🤗": 2.0,
    ]

    static let emoticons: [String: Double] = [
        ":(": -2.0, ":-(": -2.0, ":'(": -2.4, ":((": -2.4, ":/": -1.2, ":-/": -1.2, ":s": -1.2, ":@": -2.5,
        ">:(": -2.8, "D:": -2.0, ":|": -0.6, ":-|": -0.6, "-_-": -1.2, "(╯°□°)╯︵ ┻━┻": -2.5,
        ":)": 1.8, ":-)": 1.8, ":))": 2.2, ":d": 2.2, ":-d": 2.2, ";)": 1.2, ";-)": 1.2, ":p": 1.0, ":-p": 1.0,
        "<3": 2.5, "xd": 1.5, "^^": 1.5, "^_^": 1.8, "(y)": 2.0,
    ]

    /// Time units for complaint signals like "al 3 weken" or "for 2 days".
    static let timeUnits: Set<String> = [
        "minuut", "minuten", "min", "kwartier", "uur", "uren", "dag", "dagen", "week", "weken", "maand", "maanden", "jaar",
        "minute", "minutes", "hour", "hours", "hrs", "day", "days", "weeks", "month", "months", "year", "years",
    ]

    /// Words after a number and a time unit that count a wait back from now ("9 days ago").
    static let waitingTails: Set<String> = ["geleden", "ago", "later"]

    /// Question words that make a question a complaint ("Waarom is mijn pakket nog niet bezorgd?").
    static let complaintQuestionWords: Set<String> = ["waarom", "hoezo", "why", "wtf", "serieus", "seriously", "alweer", "again"]

    /// Word pairs that complain something keeps happening, or never does.
    static let repetitionPairs: Set<String> = [
        "weer geen", "weer niet", "niet weer", "weer eens", "nog steeds", "nog altijd", "nog niks", "nog niets", "nog geen",
        "nooit gekregen", "nooit ontvangen", "niet ontvangen", "niet aangekomen", "niks aangekomen", "niemand gekomen",
        "niet gekomen", "niet opgedaagd", "again?", "not again", "still no", "still not", "still nothing", "never received",
        "never arrived", "never came", "nobody came", "not received", "not delivered", "down again", "broken again",
    ]

    /// Complaints told as plain facts or questions, with no sentiment word: "ik wacht al", "nog niks gehoord", "waar
    /// blijft", "hoe lang nog", "is er iemand die", "how much longer", "where is my". Read as phrases of both
    /// lexicons, with these weights; a question with one is a complaint, not damped, and contrast does not weaken one.
    static let complaintCues: [String: Double] = [
        // Dutch
        "ik wacht al": -1.5, "wacht nog steeds": -1.8, "ik wacht nog": -1.2, "nog niks gehoord": -2.0, "nog niets gehoord": -2.0,
        "niets meer gehoord": -1.8, "niks meer gehoord": -1.8, "niets gehoord": -1.5, "niks gehoord": -1.5, "hoe lang nog": -1.8,
        "hoe lang moet ik": -1.8, "waar blijft": -1.5, "waar is mijn": -1.5, "waar zijn mijn": -1.5, "wanneer krijg ik": -1.2,
        "wanneer wordt mijn": -1.2, "is er iemand die": -1.2, "hoe kan het dat": -1.5,  "niemand neemt op": -2.0, "niemand belt terug": -2.0, "belt niet terug": -2.0,
        "niet teruggebeld": -2.0, "kwam niet opdagen": -2.0, "komt niet opdagen": -2.0, "niet komen opdagen": -2.0,
        "twee keer betaald": -1.5, "twee keer afgeschreven": -1.8, "dubbel afgeschreven": -1.8, "geen idee waarom": -1.2,
        "stap over naar": -1.5, "ik stap over": -1.5, "niet normaal": -2.0, "zo ga je niet": -2.0, "doet er niets aan": -1.8,
        "doet er niks aan": -1.8, "niemand reageert": -1.8, "voordat er iemand reageerde": -1.5,
        // Unmet expectations, said with a modal or a comparison (issue 21 item 1): "had gehoopt", "zou moeten",
        // "verwacht je", "vroeger was het beter"; late help ("pas na").
        "had gehoopt": -1.5, "had verwacht": -1.2, "zou moeten": -1.2, "zou gewoon moeten": -1.5, "zou toch moeten": -1.5,
        "verwacht je": -1.5, "mag je verwachten": -1.5, "vroeger was het beter": -2.0, "vroeger was alles beter": -2.0,
        "was vroeger beter": -2.0, "had ik maar": -1.5, "pas na": -1.0, "verwacht je toch": -2.5, "snap niet waarom": -1.5,
        "begrijp niet waarom": -1.5, "snap niet dat": -1.2, "begrijp niet dat": -1.2, "niks geregeld": -2.0,
        "niets geregeld": -2.0,
        // English
        "i've been waiting": -1.5, "been waiting": -1.5, "still waiting": -1.8, "haven't heard": -1.5, "not heard back": -1.5,
        "heard nothing": -1.5, "how much longer": -1.8, "how long do i": -1.5, "how long will": -1.2, "where is my": -1.5,
        "where's my": -1.5, "where are my": -1.5, "when will i": -1.2, "when will my": -1.2, "is there anyone": -1.2,
        "how is it possible": -1.5, "nobody picks up": -2.0,
        "no one picks up": -2.0, "never called back": -2.0, "didn't show up": -2.0, "never showed up": -2.0,
        "doesn't show up": -2.0, "no idea why": -1.2, "i'm switching": -1.5, "switching to another": -1.5, "not normal": -2.0,
        "nothing has happened": -1.5, "is that even legal": -2.0, "before anyone replied": -1.5, "nobody replies": -1.8,
        "had hoped": -1.5, "should just work": -1.5, "should have been": -1.2, "you'd expect": -2.0, "you would expect": -2.0,
        "used to be better": -2.0, "used to be good": -1.8, "had i only": -1.5, "if only i had": -1.5, "only after": -1.0,
        "yet again": -1.5, "no longer": -1.2, "don't understand why": -1.5, "don't understand how": -1.2,
        "nothing sorted": -2.0, "nothing fixed": -2.0,
    ]

    /// Words of lack ("zonder stroom", "without hot water"): a complaint fact that a sarcastic opener or closer frames.
    static let lackWords: Set<String> = ["zonder", "without"]

    /// The most words a clause of sarcastic praise has ("Top geregeld hoor", "Thanks for the amazing service"), and
    /// the most words a text with one has: sarcasm in a webcare text is short.
    static let sarcasmClauseWords = 6
    static let sarcasmTextWords = 30
    /// What sarcastic praise weighs: turned around at half strength, as after an irony marker.
    static let sarcasmFactor = -0.5

    /// Question words that ask for an account: a question with one of them is a complaint.
    static let whyWords: Set<String> = ["waarom", "hoezo", "why", "wtf"]

    /// Emoji that mark what is said as ironic.
    static let ironyMarkers: Set<String> = ["🙄", "🙃", "😒", "🤡"]
    /// The same, as scalars (the tokenizer reads each emoji scalar on its own).
    static let ironyMarkerScalars: Set<UInt32> = Set(ironyMarkers.compactMap { $0.unicodeScalars.count == 1 ? $0.unicodeScalars.first?.value : nil })

    /// Words that count like a number before a time unit ("twee dagen", "a couple of weeks").
    static let numberWords: Set<String> = [
        "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "paar", "anderhalve", "anderhalf",
        "ruim", "bijna", "a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "couple",
        "several", "meerdere", "enkele",
    ]

    /// Words that, before a number and a time unit, make it a complaint about waiting ("al 3 weken").
    static let waitingLeads: Set<String> = ["al", "sinds", "ruim", "inmiddels", "na", "already", "for", "over", "since", "after"]

    /// Function words that tell Dutch from English.
    static let dutchMarkers: Set<String> = [
        "de", "het", "een", "en", "van", "ik", "je", "jij", "is", "niet", "dat", "die", "op", "te", "met", "voor", "zijn",
        "er", "maar", "om", "ook", "als", "dan", "bij", "nog", "wel", "geen", "al", "mijn", "mij", "wat", "hoe", "naar",
        "heb", "heeft", "hebben", "was", "werd", "wordt", "worden", "kan", "kun", "kunnen", "moet", "gaat", "weer", "nu",
        "uit", "door", "over", "deze", "dit", "ze", "we", "wij", "jullie", "u", "uw", "zo", "echt", "heel", "erg", "sinds",
        "waarom", "wanneer", "want", "omdat", "toch", "hier", "daar", "alles", "niks", "niets", "iemand", "bent", "ben",
    ]
    static let englishMarkers: Set<String> = [
        "the", "a", "an", "and", "of", "i", "you", "is", "not", "that", "it", "on", "to", "with", "for", "are", "be",
        "this", "but", "at", "so", "if", "my", "me", "what", "how", "have", "has", "had", "was", "were", "been", "can",
        "will", "would", "should", "they", "we", "your", "their", "from", "just", "get", "got", "still", "again",
        "why", "when", "because", "there", "here", "all", "nothing", "someone", "am", "do", "does", "did", "no", "never",
        "very", "really", "about", "after", "since", "its", "it's", "i'm", "don't", "can't",
    ]
}
