//! Folding of names into comparison keys, and the small word lists that tell names from other
//! capitalised words (titles, organisation words, connectors, function words).
//!
//! A key is what two spellings of the same name share: case and diacritics folded, dots and
//! apostrophes dropped, hyphens read as spaces (`Kim Jong-un` = `Kim Jong Un`), and a few general
//! transliteration rules applied per word (`y` = `i`, `ks` = `x`, `ph` = `f`, doubled letters
//! single), so `Sergey` = `Sergei`, `Zelenskyy` = `Zelensky`, `Aleksei` = `Alexei`.

use std::borrow::Cow;

/// Folds a name into its comparison key (see the module docs). Empty when nothing is left.
pub fn fold_name(name: &str) -> String {
    let mut plain = String::with_capacity(name.len());
    for c in name.chars() {
        match c {
            '.' | '\'' | '’' | '‘' | '`' => {}
            '-' | '‐' | '‑' | '–' | '—' | '_' => plain.push(' '),
            c if c.is_whitespace() => plain.push(' '),
            c => {
                for l in c.to_lowercase() {
                    match strip_diacritic(l) {
                        "" => plain.push(l),
                        base => plain.push_str(base),
                    }
                }
            }
        }
    }
    let mut out = String::with_capacity(plain.len());
    for word in plain.split_whitespace() {
        let word = transliterate(word);
        if word.is_empty() {
            continue;
        }
        // British -tre is American -ter in names too (`Kodak Theatre` = `Kodak Theater`,
        // `Centre`); -our is not folded (`Labour` and `Labor` are different parties).
        let word = if word.ends_with("tre") || word.ends_with("tres") {
            crate::text::normalize::americanize(&word)
        } else {
            word
        };
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&word);
    }
    out
}

/// Lower-case letter without its diacritic (`é` → `e`, `ß` → `ss`); `""` when it has none to
/// strip (the caller then keeps the character itself).
fn strip_diacritic(c: char) -> &'static str {
    // No ASCII character has one; most characters are ASCII (this was a hot path).
    if c.is_ascii() {
        return "";
    }
    const TABLE: &[(&str, &str)] = &[
        ("àáâãäåāăą", "a"),
        ("æ", "ae"),
        ("çćĉċč", "c"),
        ("ďđ", "d"),
        ("èéêëēĕėęě", "e"),
        ("ĝğġģ", "g"),
        ("ĥħ", "h"),
        ("ìíîïĩīĭįı", "i"),
        ("ĵ", "j"),
        ("ķ", "k"),
        ("ĺļľŀł", "l"),
        ("ñńņňŉ", "n"),
        ("òóôõöøōŏő", "o"),
        ("œ", "oe"),
        ("ŕŗř", "r"),
        ("śŝşšș", "s"),
        ("ß", "ss"),
        ("ţťŧț", "t"),
        ("ùúûüũūŭůűų", "u"),
        ("ŵ", "w"),
        ("ýÿŷ", "y"),
        ("źżž", "z"),
        ("þ", "th"),
        ("ð", "d"),
    ];
    for (from, to) in TABLE {
        if from.contains(c) {
            return to;
        }
    }
    ""
}

/// General transliteration folding of one lower-case word.
fn transliterate(word: &str) -> String {
    // Each step copies only when it changes something (this runs for every name looked up).
    fn replaced<'a>(w: Cow<'a, str>, from: &str, to: &str) -> Cow<'a, str> {
        if w.contains(from) {
            Cow::Owned(w.replace(from, to))
        } else {
            w
        }
    }
    let w = replaced(Cow::Borrowed(word), "ks", "x");
    let w = replaced(w, "ph", "f");
    let w = replaced(w, "ck", "k");
    // Final `j` after a vowel is the `i`/`y` of other spellings: Sergej = Sergei, Andrej = Andrei.
    let w = match w.strip_suffix('j') {
        Some(stem) if stem.ends_with(['a', 'e', 'o', 'u']) => Cow::Owned(format!("{stem}i")),
        _ => w,
    };
    let w = replaced(w, "y", "i");
    let mut out = String::with_capacity(w.len());
    let mut prev: Option<char> = None;
    for c in w.chars() {
        if prev == Some(c) && c.is_alphabetic() {
            continue;
        }
        out.push(c);
        prev = Some(c);
    }
    out
}

/// The lower-case form of a word without dots and apostrophes, for list look-ups.
pub fn plain_lower(word: &str) -> String {
    word.chars()
        .filter(|c| !matches!(c, '.' | '\'' | '’'))
        .flat_map(char::to_lowercase)
        .collect()
}

/// Words that, placed before a name, say it is a person (compared lower-case, without dots).
pub const PERSON_TITLES: &[&str] = &[
    "president",
    "vice-president",
    "minister",
    "premier",
    "chancellor",
    "secretary",
    "speaker",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "leader",
    "chairman",
    "chairwoman",
    "chair",
    "director",
    "governor",
    "mayor",
    "senator",
    "sen",
    "rep",
    "representative",
    "congressman",
    "congresswoman",
    "ambassador",
    "envoy",
    "general",
    "gen",
    "admiral",
    "adm",
    "colonel",
    "col",
    "lieutenant",
    "lt",
    "sergeant",
    "sgt",
    "captain",
    "capt",
    "commander",
    "major",
    "king",
    "queen",
    "prince",
    "princess",
    "pope",
    "sheikh",
    "emir",
    "judge",
    "justice",
    "prosecutor",
    "attorney",
    "mr",
    "mrs",
    "ms",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "gov",
    "ceo",
    "chief",
    "coach",
    "officer",
    "detective",
    "sheriff",
    "inspector",
    "bishop",
    "archbishop",
    "cardinal",
    "rabbi",
    "imam",
    "reverend",
    "rev",
    "father",
    "actor",
    "actress",
    "singer",
    "rapper",
    "player",
    "striker",
    "midfielder",
    "defender",
    "goalkeeper",
    "quarterback",
    "pitcher",
    "manager",
    "founder",
    "analyst",
    "economist",
    "reporter",
    "correspondent",
    "author",
    "writer",
    "novelist",
    "official",
    "aide",
    "adviser",
    "advisor",
    "negotiator",
    "dictator",
    "strongman",
    "counterpart",
    "skipper",
    "fisherman",
    "farmer",
    "teacher",
    "student",
    "witness",
    "resident",
    "driver",
    "pilot",
    "doctor",
    "nurse",
    "lawyer",
    "engineer",
    "boss",
    "master",
    "chef",
    "priest",
    "soldier",
    "photographer",
    "journalist",
    "editor",
    "historian",
    "scientist",
    "researcher",
    "survivor",
    "victim",
    "activist",
    "campaigner",
    "candidate",
    "nominee",
    "executive",
    "producer",
    "constable",
    "undersheriff",
    "trooper",
    "commissioner",
    "superintendent",
    "coroner",
    "marshal",
    "marshall",
    "counsel",
    "deputy",
    "councilman",
    "councilwoman",
    "councilor",
    "councillor",
    "assemblyman",
    "assemblywoman",
    "whip",
    "gm",
    "agent",
    "treasurer",
    "comptroller",
];

/// Words that name a government department after `Secretary of (the)`: `Secretary of Homeland
/// Security Kirstjen Nielsen`, `Secretary of the Interior Ryan Zinke` (the name starts after them).
pub const DEPARTMENT_WORDS: &[&str] = &[
    "state",
    "defense",
    "defence",
    "interior",
    "treasury",
    "commerce",
    "labor",
    "labour",
    "justice",
    "education",
    "energy",
    "agriculture",
    "transportation",
    "transport",
    "health",
    "human",
    "services",
    "homeland",
    "security",
    "housing",
    "urban",
    "development",
    "veterans",
    "affairs",
    "environment",
    "navy",
    "army",
    "air",
    "force",
    "war",
    "foreign",
    "home",
    "and",
];

/// Title words that, written lower-case before a name, are more often adjectives or common nouns
/// (`official`, `chief`, `general`) and so do not mark the name as a person.
pub const NOT_LOWER_TITLES: &[&str] = &[
    "official",
    "chief",
    "general",
    "major",
    "father",
    "lady",
    "lord",
    "justice",
    "player",
    "chair",
    "sir",
    "dame",
    "officer",
    "counterpart",
    "author",
    "writer",
    "manager",
    "director",
    "executive",
];

/// Words that may precede a title inside the same capitalised run (`Foreign Minister`,
/// `Deputy Prime Minister`): they belong to the title, not to a name.
pub const TITLE_MODIFIERS: &[&str] = &[
    "foreign",
    "defense",
    "defence",
    "interior",
    "finance",
    "economy",
    "trade",
    "health",
    "justice",
    "deputy",
    "vice",
    "acting",
    "former",
    "ex",
    "supreme",
    "prime",
    "first",
    "senior",
    "managing",
    "chief",
    "executive",
    "press",
    "state",
    "general",
    "attorney",
    "head",
    "top",
    "lead",
    "assistant",
    "associate",
    "national",
    "security",
    "home",
    "education",
    "labor",
    "labour",
    "transport",
    "agriculture",
    "environment",
    "opposition",
    "majority",
    "minority",
    "party",
    "army",
    "military",
    "police",
    "white",
    "house",
    "special",
    "interim",
    "city",
    "district",
    "public",
];

/// Words that make a capitalised run an organisation (compared lower-case, without dots).
pub const ORG_WORDS: &[&str] = &[
    "agency",
    "ministry",
    "department",
    "university",
    "college",
    "school",
    "academy",
    "institute",
    "council",
    "party",
    "army",
    "navy",
    "forces",
    "force",
    "guard",
    "corps",
    "inc",
    "corp",
    "corporation",
    "co",
    "ltd",
    "llc",
    "plc",
    "company",
    "group",
    "holdings",
    "news",
    "times",
    "post",
    "journal",
    "tribune",
    "herald",
    "gazette",
    "daily",
    "press",
    "radio",
    "television",
    "tv",
    "network",
    "broadcasting",
    "media",
    "bank",
    "fund",
    "committee",
    "commission",
    "organization",
    "organisation",
    "association",
    "union",
    "federation",
    "foundation",
    "office",
    "court",
    "parliament",
    "assembly",
    "congress",
    "senate",
    "government",
    "administration",
    "service",
    "services",
    "police",
    "authority",
    "league",
    "club",
    "team",
    "church",
    "hospital",
    "airlines",
    "airways",
    "rail",
    "railway",
    "railways",
    "railroad",
    "transit",
    "shipping",
    "energy",
    "studios",
    "pictures",
    "entertainment",
    "bureau",
    "board",
    "command",
    "cabinet",
    "secretariat",
    "embassy",
    "consulate",
    "directorate",
    "treasury",
    "reserve",
    "exchange",
    "motors",
    "systems",
    "technologies",
    "labs",
    "brigade",
    "battalion",
    "regiment",
    "division",
    "front",
    "movement",
    "coalition",
    "alliance",
    "society",
    "center",
    "centre",
    "museum",
];

/// Heads of `X of Y` names: `of` continues a capitalised run after one of these (or after an
/// organisation word or a title).
pub const OF_HEADS: &[&str] = &[
    "republic",
    "kingdom",
    "state",
    "states",
    "gulf",
    "bay",
    "sea",
    "isle",
    "isles",
    "cape",
    "duke",
    "duchess",
    "city",
    "province",
    "chamber",
    "house",
    "church",
    "federation",
    "confederation",
    "commonwealth",
    "emirate",
    "strait",
    "straits",
    "sultanate",
    "principality",
    "bank",
    "minister",
    "secretary",
    "president",
    "governor",
    "mayor",
    "chief",
];

/// Lower-case words that may join capitalised words inside one name (`Ursula von der Leyen`,
/// `Ministry of Foreign Affairs`). `of` and `the` are further restricted, see [`OF_HEADS`].
pub const CONNECTORS: &[&str] = &[
    "de", "da", "do", "dos", "das", "du", "del", "della", "der", "den", "van", "von", "bin", "ibn",
    "al", "el", "la", "le", "di", "of", "the", "y", "ter", "ten", "zu", "bint", "abu",
];

/// Capitalised words at the start of a sentence that are not names (function words, pronouns,
/// sentence adverbs). Compared lower-case.
pub const NON_NAMES: &[&str] = &[
    // Contractions, apostrophe dropped (`I'd`, `You're`).
    "id",
    "im",
    "ive",
    "ill",
    "youre",
    "youve",
    "youll",
    "youd",
    "hes",
    "shes",
    "theyre",
    "theyve",
    "weve",
    "a",
    "an",
    "the",
    "this",
    "that",
    "these",
    "those",
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "with",
    "without",
    "to",
    "of",
    "into",
    "onto",
    "over",
    "under",
    "after",
    "before",
    "during",
    "since",
    "until",
    "while",
    "when",
    "where",
    "whether",
    "if",
    "as",
    "but",
    "and",
    "or",
    "nor",
    "so",
    "yet",
    "because",
    "although",
    "though",
    "however",
    "meanwhile",
    "moreover",
    "also",
    "still",
    "then",
    "now",
    "there",
    "here",
    "he",
    "she",
    "it",
    "they",
    "we",
    "you",
    "i",
    "his",
    "her",
    "its",
    "their",
    "our",
    "your",
    "my",
    "him",
    "them",
    "us",
    "me",
    "who",
    "whom",
    "whose",
    "what",
    "which",
    "why",
    "how",
    "some",
    "many",
    "most",
    "more",
    "much",
    "few",
    "several",
    "all",
    "both",
    "each",
    "every",
    "any",
    "no",
    "not",
    "other",
    "another",
    "such",
    "only",
    "even",
    "just",
    "according",
    "despite",
    "among",
    "amid",
    "between",
    "against",
    "about",
    "around",
    "through",
    "across",
    "beyond",
    "within",
    "upon",
    "toward",
    "towards",
    "like",
    "unlike",
    "yes",
    "earlier",
    "later",
    "today",
    "yesterday",
    "tomorrow",
    "tonight",
    "last",
    "next",
    "first",
    "finally",
    "additionally",
    "instead",
    "indeed",
    "perhaps",
    "maybe",
    "already",
    "recently",
    "analysts",
    "officials",
    "experts",
    "critics",
    "sources",
    "reports",
    "residents",
    "police",
    "witnesses",
    "authorities",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "has",
    "have",
    "had",
    "do",
    "does",
    "did",
    "will",
    "would",
    "can",
    "could",
    "should",
    "may",
    "might",
    "must",
    "shall",
    "please",
    "read",
    "watch",
    "see",
    "click",
    "photo",
    "video",
    "update",
    "updated",
    "breaking",
    "exclusive",
    "opinion",
    "analysis",
    "editor",
    "note",
    "i'm",
    "i'll",
    "i've",
    "i'd",
    "let",
    "let's",
    "don't",
    "it's",
    "that's",
    "there's",
    "he's",
    "she's",
    "we're",
    "they're",
    "mr",
    "mrs",
    "ms",
    "dr",
];

/// Capitalised words that do not name a particular entity when they stand alone (adjectives of
/// direction, religion or ideology; honorific words).
pub const LONE_NON_NAMES: &[&str] = &[
    "western",
    "eastern",
    "northern",
    "southern",
    "central",
    "islamic",
    "muslim",
    "muslims",
    "christian",
    "christians",
    "jewish",
    "jews",
    "catholic",
    "protestant",
    "orthodox",
    "sunni",
    "shia",
    "shiite",
    "hindu",
    "buddhist",
    "communist",
    "communists",
    "socialist",
    "marxist",
    "republican",
    "republicans",
    "democrat",
    "democrats",
    "democratic",
    "conservative",
    "liberal",
    "internet",
    "web",
    "god",
    "allah",
    "english",
    "ok",
    "okay",
    "tv",
    "am",
    "pm",
    "ad",
    "bc",
    "ceo",
    "cfo",
    "gdp",
    "covid",
    "covid-19",
];

/// Lower-case common nouns whose possessive stays inside an organisation name
/// (`Korean People's Army`, `Women's Party`).
pub const POSSESSIVE_COMMON: &[&str] = &[
    "people", "peoples", "women", "men", "children", "workers", "veterans", "farmers", "citizens",
    "nations", "saint", "st", "lloyd", "mcdonald", "king", "queen",
];

/// Lower-case nouns that, right after a capitalised run, say it names a place (`Kursk region`).
pub const PLACE_NOUNS: &[&str] = &[
    "region",
    "province",
    "oblast",
    "county",
    "district",
    "prefecture",
    "state",
    "city",
    "town",
    "village",
    "island",
    "islands",
    "peninsula",
    "valley",
    "river",
    "mountains",
    "border",
    "airport",
    "port",
    "square",
    "street",
    "avenue",
    "neighborhood",
    "neighbourhood",
    "municipality",
    "territory",
];

/// True when `list` holds `word` (exact match; callers pass lower-case).
pub fn in_list(list: &[&str], word: &str) -> bool {
    list.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hyphen_case_and_space_fold_together() {
        assert_eq!(fold_name("Kim Jong Un"), fold_name("Kim Jong-un"));
        assert_eq!(fold_name("Kim Jong-Un"), fold_name("kim jong un"));
    }

    #[test]
    fn transliteration_variants_fold_together() {
        assert_eq!(fold_name("Sergey Lavrov"), fold_name("Sergei Lavrov"));
        assert_eq!(fold_name("Kodak Theatre"), fold_name("Kodak Theater"));
        assert_eq!(fold_name("Lincoln Centre"), fold_name("Lincoln Center"));
        assert!(fold_name("Notre Dame").starts_with("notre"));
        assert_ne!(fold_name("Labour Party"), fold_name("Labor Party"));
        assert_eq!(fold_name("Zelenskyy"), fold_name("Zelensky"));
        assert_eq!(fold_name("Aleksei"), fold_name("Alexei"));
        assert_eq!(fold_name("Dmitriy"), fold_name("Dmitri"));
        assert_eq!(fold_name("Sergej"), fold_name("Sergey"));
    }

    #[test]
    fn diacritics_and_dots_fold() {
        assert_eq!(fold_name("Erdoğan"), fold_name("Erdogan"));
        assert_eq!(fold_name("Türkiye"), fold_name("Turkiye"));
        assert_eq!(fold_name("U.S."), fold_name("US"));
        assert_eq!(fold_name("François Hollande"), "francois holande");
    }

    #[test]
    fn different_names_stay_different() {
        assert_ne!(fold_name("Putin"), fold_name("Pushkin"));
        assert_ne!(fold_name("Kim Jong Un"), fold_name("Kim Yo Jong"));
        assert_ne!(fold_name("Austria"), fold_name("Australia"));
    }

    #[test]
    fn non_latin_does_not_panic() {
        assert_eq!(fold_name("Москва"), "москва");
        assert_ne!(fold_name("Москва"), fold_name("Киев"));
        assert_eq!(fold_name("  "), "");
    }
}
