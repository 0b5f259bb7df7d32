//! The document model of DESIGN.md: what one extraction returns, as plain serde data.
//!
//! Offsets (`start`, `end`) are Unicode code-point offsets into [`Document::text`], end
//! exclusive, so Python slicing works on them; [`crate::OffsetMap`] converts them to bytes.
//! Ids are short strings (`a1`, `p1`, `s1`, `e1`, `t1`) referenced across the lists.

use serde::{Deserialize, Serialize};

/// The schema tag every serialised document carries.
pub const SCHEMA: &str = "newsgraph/1";

/// One processed article: its text, its sentences, and everything found in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// Always `"newsgraph/1"`.
    #[cfg_attr(feature = "schema", schemars(extend("const" = "newsgraph/1")))]
    pub schema: String,
    /// Title, outlet, publication date and other facts about the article.
    pub meta: Meta,
    /// The text exactly as the caller passed it.
    pub text: String,
    /// Regions that are not article body (headline, dateline, byline, credits, footer).
    pub boilerplate: Vec<Boilerplate>,
    /// Sentences of the article body, in order; they never overlap boilerplate.
    pub sentences: Vec<Sentence>,
    /// Participants: people, countries, governments, organisations, groups, sources.
    pub actors: Vec<Actor>,
    /// Locations named in the text.
    pub places: Vec<Place>,
    /// Speech acts: who said what, to whom, on whose authority.
    pub statements: Vec<Statement>,
    /// Things done or threatened, coded in PLOVER and CAMEO.
    pub events: Vec<Event>,
    /// Time expressions, normalised against the publication date.
    pub times: Vec<Time>,
    /// Counts of statements by sourcing kind and by speaker (derived from `statements`).
    pub sourcing: SourcingSummary,
}

/// How many statements rest on each kind of sourcing, overall and per speaker.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SourcingSummary {
    /// Number of statements of each sourcing kind (every kind listed, in a fixed order).
    pub by_kind: Vec<KindCount>,
    /// Per speaker (null for unattributed statements), in order of first statement.
    pub by_speaker: Vec<SpeakerCount>,
}

/// A sourcing kind and how many statements have it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct KindCount {
    /// The sourcing kind.
    pub kind: SourcingKind,
    /// Number of statements.
    pub count: usize,
}

/// One speaker's statements, counted by sourcing kind.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SpeakerCount {
    /// Actor id of the speaker, null for unattributed statements.
    pub speaker: Option<String>,
    /// The speaker's name.
    pub name: Option<String>,
    /// Number of statements.
    pub statements: usize,
    /// Non-zero counts by sourcing kind.
    pub by_kind: Vec<KindCount>,
}

impl SourcingKind {
    /// Every kind, in a fixed order.
    pub const ALL: [SourcingKind; 5] = [
        SourcingKind::OnRecord,
        SourcingKind::Anonymous,
        SourcingKind::Spokesperson,
        SourcingKind::SecondaryReport,
        SourcingKind::Unattributed,
    ];
}

impl SourcingSummary {
    /// Counts the sourcing of `statements`, naming speakers from `actors`.
    pub fn of(statements: &[Statement], actors: &[Actor]) -> SourcingSummary {
        let by_kind = SourcingKind::ALL
            .iter()
            .map(|&kind| KindCount {
                kind,
                count: statements
                    .iter()
                    .filter(|s| s.sourcing.kind == kind)
                    .count(),
            })
            .collect();
        let mut by_speaker: Vec<SpeakerCount> = Vec::new();
        for s in statements {
            let k = match by_speaker.iter().position(|x| x.speaker == s.speaker) {
                Some(k) => k,
                None => {
                    by_speaker.push(SpeakerCount {
                        speaker: s.speaker.clone(),
                        name: s
                            .speaker
                            .as_ref()
                            .and_then(|id| actors.iter().find(|a| &a.id == id))
                            .map(|a| a.name.clone()),
                        statements: 0,
                        by_kind: Vec::new(),
                    });
                    by_speaker.len() - 1
                }
            };
            let entry = &mut by_speaker[k];
            entry.statements += 1;
            match entry.by_kind.iter_mut().find(|c| c.kind == s.sourcing.kind) {
                Some(c) => c.count += 1,
                None => entry.by_kind.push(KindCount {
                    kind: s.sourcing.kind,
                    count: 1,
                }),
            }
        }
        for e in &mut by_speaker {
            e.by_kind
                .sort_by_key(|c| SourcingKind::ALL.iter().position(|k| *k == c.kind));
        }
        SourcingSummary {
            by_kind,
            by_speaker,
        }
    }
}

/// Facts about the article that are not extracted from its body.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Meta {
    /// The caller's identifier for the article (e.g. the `id` of a JSON Lines record).
    #[serde(default)]
    pub id: Option<String>,
    /// The headline: as given by the caller, else as found at the top of the text.
    #[serde(default)]
    pub title: Option<String>,
    /// The news outlet that published the article.
    #[serde(default)]
    pub outlet: Option<String>,
    /// Publication date, `YYYY-MM-DD`; anchors every relative time expression.
    #[serde(default)]
    pub published: Option<String>,
    /// Where the article was published.
    #[serde(default)]
    pub url: Option<String>,
    /// The byline found in the text ("By Jane Doe"), without the "By".
    #[serde(default)]
    pub byline: Option<String>,
    /// The dateline found in the text ("BAGHDAD (Reuters) -", "Friday, January 4, 2019").
    #[serde(default)]
    pub dateline: Option<String>,
}

/// A stretch of text: code-point offsets and the text they cover.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Span {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// `text[start..end]` of the document.
    pub text: String,
}

/// What kind of non-body text a boilerplate region holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum BoilerplateKind {
    /// The article's headline at the top of the text.
    Headline,
    /// A place/date line that opens the article.
    Dateline,
    /// "By Jane Doe".
    Byline,
    /// A photo or reporting credit.
    Credit,
    /// Sharing, app-install and newsletter prompts.
    Prompt,
    /// Copyright line and everything after it.
    Footer,
}

/// A region of the text that later stages skip.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Boilerplate {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The text of the region.
    pub text: String,
    /// What the region is.
    pub kind: BoilerplateKind,
}

/// One sentence of the article body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Sentence {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The sentence's text.
    pub text: String,
    /// Index of the paragraph (blank-line separated block) it belongs to, from 0.
    pub paragraph: usize,
    /// Words with part of speech and dependency syntax; present only when syntax was requested.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tokens: Vec<Token>,
}

/// One word of a sentence with its tags and its place in the dependency tree (CoNLL-U style).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Token {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The word as written.
    pub text: String,
    /// Universal part of speech (NOUN, VERB, PROPN, ...).
    pub upos: String,
    /// Penn Treebank tag (NN, VBD, NNP, ...).
    pub xpos: String,
    /// Dictionary form.
    pub lemma: String,
    /// 1-based index of the head word in the sentence; 0 for the root.
    pub head: usize,
    /// Universal Dependencies relation to the head (nsubj, obj, ccomp, ...).
    pub deprel: String,
}

/// How a mention refers to its actor or place.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum MentionKind {
    /// A proper name ("Michael Pompeo", "Iraq").
    Name,
    /// A description ("Iraq's prime minister", "a State Department spokesperson").
    Nominal,
    /// A pronoun or possessive ("he", "its").
    Pronoun,
}

/// A span of text that refers to an actor or a place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Mention {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The mention's text.
    pub text: String,
    /// Name, nominal or pronoun.
    pub kind: MentionKind,
}

/// What sort of participant an actor is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ActorKind {
    /// A named or described individual.
    Person,
    /// A state as a whole ("Iraq", "the U.S.").
    Country,
    /// A government or one of its bodies ("the State Department", "the administration").
    Government,
    /// A company, party, agency or other organisation.
    Organization,
    /// A militia, rebel or insurgent group.
    ArmedGroup,
    /// A news outlet.
    Media,
    /// An unnamed source ("a person familiar with the matter").
    AnonymousSource,
    /// A collective of people ("protesters", "U.S. diplomats").
    Group,
}

/// PLOVER/CAMEO actor sectors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[allow(clippy::upper_case_acronyms)]
pub enum Sector {
    /// Police.
    COP,
    /// Government, executive.
    GOV,
    /// Judiciary.
    JUD,
    /// Legislature.
    LEG,
    /// Military.
    MIL,
    /// Prime minister / head of government office.
    PRM,
    /// Political party.
    PTY,
    /// Rebels, insurgents, militias.
    REB,
    /// Intelligence services.
    SPY,
    /// Unaligned armed forces.
    UAF,
    /// Unknown.
    UNK,
    /// Agriculture.
    AGR,
    /// Business.
    BUS,
    /// Criminals.
    CRM,
    /// Civilians.
    CVL,
    /// Education.
    EDU,
    /// Elites and former officials.
    ELI,
    /// Journalists and media.
    JRN,
    /// Labour.
    LAB,
    /// Health.
    MED,
    /// Refugees.
    REF,
    /// Opposition.
    OPP,
    /// Head of state (president).
    PRE,
    /// Religious.
    REL,
    /// Social, NGOs and civil society.
    SOC,
}

impl Sector {
    /// Every sector, in declaration order.
    pub const ALL: [Sector; 25] = [
        Sector::COP,
        Sector::GOV,
        Sector::JUD,
        Sector::LEG,
        Sector::MIL,
        Sector::PRM,
        Sector::PTY,
        Sector::REB,
        Sector::SPY,
        Sector::UAF,
        Sector::UNK,
        Sector::AGR,
        Sector::BUS,
        Sector::CRM,
        Sector::CVL,
        Sector::EDU,
        Sector::ELI,
        Sector::JRN,
        Sector::LAB,
        Sector::MED,
        Sector::REF,
        Sector::OPP,
        Sector::PRE,
        Sector::REL,
        Sector::SOC,
    ];

    /// The three-letter code ("GOV").
    pub fn as_str(self) -> &'static str {
        match self {
            Sector::COP => "COP",
            Sector::GOV => "GOV",
            Sector::JUD => "JUD",
            Sector::LEG => "LEG",
            Sector::MIL => "MIL",
            Sector::PRM => "PRM",
            Sector::PTY => "PTY",
            Sector::REB => "REB",
            Sector::SPY => "SPY",
            Sector::UAF => "UAF",
            Sector::UNK => "UNK",
            Sector::AGR => "AGR",
            Sector::BUS => "BUS",
            Sector::CRM => "CRM",
            Sector::CVL => "CVL",
            Sector::EDU => "EDU",
            Sector::ELI => "ELI",
            Sector::JRN => "JRN",
            Sector::LAB => "LAB",
            Sector::MED => "MED",
            Sector::REF => "REF",
            Sector::OPP => "OPP",
            Sector::PRE => "PRE",
            Sector::REL => "REL",
            Sector::SOC => "SOC",
        }
    }

    /// Parses a three-letter code, case-insensitively.
    pub fn parse(code: &str) -> Option<Sector> {
        Sector::ALL
            .into_iter()
            .find(|s| s.as_str().eq_ignore_ascii_case(code))
    }
}

/// One participant with all its mentions merged.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Actor {
    /// Identifier referenced by statements and events (`a1`, `a2`, ...).
    pub id: String,
    /// Canonical name (the longest proper name, else the first description).
    pub name: String,
    /// What sort of participant it is.
    pub kind: ActorKind,
    /// Titles and roles it carries in the text ("Secretary of State").
    #[serde(default)]
    pub titles: Vec<String>,
    /// ISO-3166 alpha-3 country it belongs to (or an IGO code such as `UNO`).
    #[serde(default)]
    pub country: Option<String>,
    /// PLOVER sector.
    #[serde(default)]
    pub sector: Option<Sector>,
    /// CAMEO-style code: country followed by sector ("USAGOV").
    #[serde(default)]
    pub code: Option<String>,
    /// Id of the actor it belongs to or acts for (a minister's country).
    #[serde(default)]
    pub affiliation: Option<String>,
    /// For unnamed actors, the description that stands in for a name.
    #[serde(default)]
    pub description: Option<String>,
    /// Every span of text that refers to it, in order.
    pub mentions: Vec<Mention>,
}

/// What sort of place a place is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum PlaceKind {
    /// A sovereign state or territory.
    Country,
    /// A region, province, state or larger area ("Middle East").
    Region,
    /// A city or town.
    City,
    /// A building, zone or site ("Green Zone").
    Facility,
    /// Anything else.
    Other,
}

/// A location named in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Place {
    /// Identifier referenced by events (`p1`, ...).
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Country, region, city, facility or other.
    pub kind: PlaceKind,
    /// ISO-3166 alpha-3 code of the country it lies in.
    #[serde(default)]
    pub country: Option<String>,
    /// Name of the larger place it lies in, when known ("Baghdad" for the Green Zone).
    #[serde(default)]
    pub within: Option<String>,
    /// Latitude in degrees, when the gazetteer knows it.
    #[serde(default)]
    pub latitude: Option<f64>,
    /// Longitude in degrees, when the gazetteer knows it.
    #[serde(default)]
    pub longitude: Option<f64>,
    /// Every span of text that names it.
    pub mentions: Vec<Mention>,
}

/// The speech act a statement performs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
#[allow(missing_docs)]
pub enum Act {
    Say,
    Tell,
    Warn,
    Threaten,
    Vow,
    Promise,
    Pledge,
    Deny,
    Accuse,
    Blame,
    Claim,
    Insist,
    Add,
    Note,
    Announce,
    Confirm,
    Acknowledge,
    Report,
    Write,
    Tweet,
    Urge,
    CallOn,
    Demand,
    Ask,
    Appeal,
    Praise,
    Criticise,
    Condemn,
    Agree,
    Explain,
    Argue,
    Suggest,
    Predict,
    Believe,
    Reject,
    Apologise,
    Question,
    DeclineComment,
}

/// How the content of a statement is rendered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum QuoteKind {
    /// Quoted word for word.
    Direct,
    /// Paraphrased (reported speech).
    Indirect,
    /// Paraphrase with quoted fragments.
    Mixed,
}

/// On whose authority a statement is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum SourcingKind {
    /// A named speaker, on the record.
    OnRecord,
    /// An unnamed source ("a person familiar with the matter").
    Anonymous,
    /// An institution speaking through an unnamed spokesperson.
    Spokesperson,
    /// Known from another outlet's report.
    SecondaryReport,
    /// No source given.
    Unattributed,
}

/// The sourcing of a statement: its kind and the actor through whom it is known.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Sourcing {
    /// On record, anonymous, spokesperson, secondary report or unattributed.
    pub kind: SourcingKind,
    /// Id of the intermediary actor (the anonymous person, the reporting outlet), if any.
    #[serde(default)]
    pub via: Option<String>,
}

/// A speech act found in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Statement {
    /// Identifier (`s1`, ...).
    pub id: String,
    /// Actor id of the speaker; null when unattributed.
    #[serde(default)]
    pub speaker: Option<String>,
    /// The span naming the speaker in this statement ("Pompeo", "a person familiar ...").
    #[serde(default)]
    pub speaker_span: Option<Span>,
    /// Actor ids of those addressed.
    #[serde(default)]
    pub addressees: Vec<String>,
    /// The speech act.
    pub act: Act,
    /// The reporting expression ("warned", "according to").
    pub cue: Span,
    /// What was said; null for acts without content (declining to comment).
    #[serde(default)]
    pub content: Option<Span>,
    /// Direct, indirect or mixed; null when there is no content.
    #[serde(default)]
    pub quote: Option<QuoteKind>,
    /// On whose authority it is known.
    pub sourcing: Sourcing,
    /// Time id of when it was said, when the text says.
    #[serde(default)]
    pub time: Option<String>,
    /// True when the text says it was not said ("did not say").
    #[serde(default)]
    pub negated: bool,
    /// Ids of the events its content reports.
    #[serde(default)]
    pub events: Vec<String>,
    /// Index of the sentence holding the cue.
    pub sentence: usize,
}

/// PLOVER event categories.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
#[allow(missing_docs)]
pub enum EventCategory {
    Agree,
    Consult,
    Support,
    Concede,
    Cooperate,
    Aid,
    Retreat,
    Request,
    Accuse,
    Reject,
    Threaten,
    Protest,
    Sanction,
    Mobilize,
    Coerce,
    Assault,
}

impl EventCategory {
    /// Every category, in PLOVER's order.
    pub const ALL: [EventCategory; 16] = [
        EventCategory::Agree,
        EventCategory::Consult,
        EventCategory::Support,
        EventCategory::Concede,
        EventCategory::Cooperate,
        EventCategory::Aid,
        EventCategory::Retreat,
        EventCategory::Request,
        EventCategory::Accuse,
        EventCategory::Reject,
        EventCategory::Threaten,
        EventCategory::Protest,
        EventCategory::Sanction,
        EventCategory::Mobilize,
        EventCategory::Coerce,
        EventCategory::Assault,
    ];

    /// The upper-case PLOVER name ("ASSAULT").
    pub fn as_str(self) -> &'static str {
        match self {
            EventCategory::Agree => "AGREE",
            EventCategory::Consult => "CONSULT",
            EventCategory::Support => "SUPPORT",
            EventCategory::Concede => "CONCEDE",
            EventCategory::Cooperate => "COOPERATE",
            EventCategory::Aid => "AID",
            EventCategory::Retreat => "RETREAT",
            EventCategory::Request => "REQUEST",
            EventCategory::Accuse => "ACCUSE",
            EventCategory::Reject => "REJECT",
            EventCategory::Threaten => "THREATEN",
            EventCategory::Protest => "PROTEST",
            EventCategory::Sanction => "SANCTION",
            EventCategory::Mobilize => "MOBILIZE",
            EventCategory::Coerce => "COERCE",
            EventCategory::Assault => "ASSAULT",
        }
    }

    /// Parses a PLOVER name, case-insensitively.
    pub fn parse(name: &str) -> Option<EventCategory> {
        EventCategory::ALL
            .into_iter()
            .find(|c| c.as_str().eq_ignore_ascii_case(name.trim()))
    }

    /// The quad class PLOVER assigns to the category.
    pub fn quad(self) -> QuadClass {
        use EventCategory::*;
        match self {
            Agree | Consult | Support | Concede => QuadClass::VerbalCooperation,
            Cooperate | Aid | Retreat => QuadClass::MaterialCooperation,
            Request | Accuse | Reject | Threaten => QuadClass::VerbalConflict,
            Protest | Sanction | Mobilize | Coerce | Assault => QuadClass::MaterialConflict,
        }
    }
}

/// The four-way summary of an event's tone used by event datasets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum QuadClass {
    /// Statements of cooperation, consultations, concessions.
    VerbalCooperation,
    /// Material cooperation, aid, retreat.
    MaterialCooperation,
    /// Demands, accusations, rejections, threats.
    VerbalConflict,
    /// Protest, sanctions, mobilisation, coercion, assault.
    MaterialConflict,
}

/// Whether, and how, the text says an event happened.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Factuality {
    /// Stated as having happened or happening.
    Asserted,
    /// Stated as not having happened.
    Negated,
    /// Threatened by someone ("may shutter", the content of a warning).
    Threatened,
    /// Dependent on a condition ("if", "unless").
    Conditional,
    /// Speculative or counterfactual.
    Hypothetical,
    /// Planned or announced for the future ("will", "plans to").
    Planned,
    /// Inside someone's statement, not asserted by the text itself.
    Reported,
}

/// A number attached to an event ("3,000 troops", "two killed").
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Quantity {
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The quantity as written.
    pub text: String,
    /// Its numeric value.
    pub value: f64,
    /// What is counted ("troops", "killed", "people").
    #[serde(default)]
    pub unit: Option<String>,
    /// Its role in the event: `from` / `to` for a change, `killed`, `injured`, `arrested`, `size`.
    #[serde(default)]
    pub role: Option<String>,
    /// True when hedged ("about", "at least", "nearly").
    #[serde(default)]
    pub approximate: bool,
}

/// Something done or threatened.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Event {
    /// Identifier (`e1`, ...).
    pub id: String,
    /// PLOVER category.
    pub category: EventCategory,
    /// CAMEO code (at least the two-digit root).
    pub cameo: String,
    /// PLOVER mode ("phone", "visit", "aerial", ...).
    #[serde(default)]
    pub plover_mode: Option<String>,
    /// Quad class of the category.
    pub quad: QuadClass,
    /// Whether and how it happened.
    pub factuality: Factuality,
    /// The `if` / `unless` clause it depends on.
    #[serde(default)]
    pub condition: Option<Span>,
    /// Actor ids of those who did it.
    #[serde(default)]
    pub actors: Vec<String>,
    /// Actor ids of those it was done to.
    #[serde(default)]
    pub recipients: Vec<String>,
    /// The word or phrase that expresses it.
    pub trigger: Span,
    /// Time id of when it happened, when the text says.
    #[serde(default)]
    pub time: Option<String>,
    /// Place id of where it happened, when the text says.
    #[serde(default)]
    pub location: Option<String>,
    /// Numbers attached to it.
    #[serde(default)]
    pub quantities: Vec<Quantity>,
    /// Id of the statement that reports it, if any.
    #[serde(default)]
    pub statement: Option<String>,
    /// Index of the sentence holding the trigger.
    pub sentence: usize,
    /// How sure the coder is, from 0 to 1.
    pub confidence: f64,
}

/// TIMEX3 type of a time expression.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "UPPERCASE")]
pub enum TimeType {
    /// A calendar date or period ("Saturday", "July", "2018").
    Date,
    /// A time of day ("10 a.m.", "Saturday night").
    Time,
    /// A length of time ("three years").
    Duration,
    /// A recurrence ("every week").
    Set,
}

/// What a time value was resolved against.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum ReferenceKind {
    /// The publication date.
    Publication,
    /// An earlier time expression (`id` names it).
    Time,
    /// The time of an earlier event (`id` names it).
    Event,
    /// Nothing: the expression is absolute.
    Absolute,
}

/// The anchor a relative time expression was resolved against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct TimeReference {
    /// Publication date, an earlier time, an earlier event, or absolute.
    pub kind: ReferenceKind,
    /// Id of the time or event, for those kinds.
    #[serde(default)]
    pub id: Option<String>,
    /// The anchor's value ("2020-09-27").
    #[serde(default)]
    pub value: Option<String>,
}

/// A time expression with its TIMEX3-style normalisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Time {
    /// Identifier referenced by statements and events (`t1`, ...).
    pub id: String,
    /// First code point.
    pub start: usize,
    /// One past the last code point.
    pub end: usize,
    /// The expression as written.
    pub text: String,
    /// DATE, TIME, DURATION or SET.
    #[serde(rename = "type")]
    pub kind: TimeType,
    /// TIMEX3 value: "2020-09-26", "2020-07", "2020-SU", "XXXX-07", "PAST_REF", "P3M", ...
    pub value: String,
    /// TIMEX3 modifier ("START", "END", "APPROX", "MORE_THAN", ...).
    #[serde(default)]
    pub modifier: Option<String>,
    /// For ranges ("from 2018 to 2020"): the first and last values.
    #[serde(default)]
    pub range: Option<(String, String)>,
    /// What a relative value was resolved against.
    #[serde(default)]
    pub reference: Option<TimeReference>,
}
