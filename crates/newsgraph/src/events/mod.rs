//! The events stage: codes who did what to whom in CAMEO and PLOVER, with factuality, time,
//! place and size.
//!
//! Every verb and noun of a body sentence is looked up in the trigger [`lexicon`] (multi-word
//! phrases first, then the lemma with its particle, object and clause as constraints).
//! Participants come from the parse ([`participants`]); a noun trigger that is an argument of
//! a verb ("in a call", "a strike killed X") borrows the verb's participants. Factuality comes
//! from negation, conditions, modals and the statement an event is reported in
//! ([`factuality`]); a threat reported in a warning is recoded as CAMEO 13 (THREATEN).

pub mod factuality;
pub mod lexicon;
pub mod participants;
pub mod quantities;

use crate::actors::Entities;
use crate::model::{Act, Event, EventCategory, Span, Time};
use crate::statements::Found;
use crate::tree::Tree;
use lexicon::{Frame, Lexicon, Pos, Query, Roles, TriggerEntry};
use std::ops::Range;

/// Prepositions that introduce where something happened.
const LOCATIVE: &[&str] = &[
    "in",
    "at",
    "near",
    "outside",
    "inside",
    "across",
    "throughout",
    "on",
];

fn span(tree: &Tree<'_>, r: &Range<usize>) -> Span {
    let b = tree.bytes(r);
    Span {
        start: b.start,
        end: b.end,
        text: String::new(),
    }
}

/// The lemma of a verb's object, looking through generic heads ("troop numbers" -> troop).
fn object_lemma<'t>(tree: &'t Tree<'_>, v: usize) -> Option<&'t str> {
    let o = tree
        .child(v, "obj")
        .or_else(|| tree.child(v, "nsubj:pass"))?;
    let lemma = tree.lemma(o);
    if matches!(
        lemma,
        "number" | "level" | "size" | "strength" | "presence" | "contingent"
    ) {
        if let Some(c) = tree.children(o).find(|&c| tree.deprel(c) == "compound") {
            return Some(tree.lemma(c));
        }
    }
    Some(lemma)
}

/// The first modifier lemma of a noun (what kind of attack, strike, call).
fn modifier_lemma<'t>(tree: &'t Tree<'_>, n: usize) -> Option<&'t str> {
    tree.children(n)
        .filter(|&c| c < n && matches!(tree.deprel(c), "compound" | "amod"))
        .map(|c| tree.lemma(c))
        .next()
}

/// Lemmas of the clause around `t` (its head's subtree), for context constraints.
fn context<'t>(tree: &'t Tree<'_>, t: usize) -> Vec<&'t str> {
    let top = tree.head(t).unwrap_or(t);
    tree.subtree(top).map(|i| tree.lemma(i)).collect()
}

/// The reading of a single-word trigger at `t`, trying its particle and prepositions.
fn reading<'l>(lex: &'l Lexicon, tree: &Tree<'_>, t: usize, pos: Pos) -> Option<&'l TriggerEntry> {
    let lemma = tree.lemma(t);
    if lex.candidates(lemma, pos).is_empty() {
        return None;
    }
    let ctx = context(tree, t);
    let object = match pos {
        Pos::Verb => object_lemma(tree, t),
        Pos::Noun => modifier_lemma(tree, t),
    };
    let prt = tree
        .children(t)
        .find(|&c| tree.deprel(c) == "compound:prt")
        .map(|c| tree.lower(c));
    // Prepositions of oblique arguments ("warn of", "call for"), with their objects.
    let preps: Vec<(&str, &str)> = tree
        .children(t)
        .filter(|&c| matches!(tree.base_rel(c), "obl" | "nmod"))
        .filter_map(|c| tree.case_of(c).map(|p| (p, tree.lemma(c))))
        .collect();
    for (p, obj) in &preps {
        let q = Query {
            lemma,
            pos,
            particle: Some(p),
            object: Some(obj),
            context: &ctx,
        };
        if let Some(e) = lex
            .resolve(&q)
            .filter(|e| e.particle.as_deref() == Some(*p))
        {
            return Some(e);
        }
    }
    let q = Query {
        lemma,
        pos,
        particle: prt,
        object,
        context: &ctx,
    };
    lex.resolve(&q)
}

/// The statement whose content holds token `t`.
fn statement_of(found: &[Found], t: usize) -> Option<usize> {
    found
        .iter()
        .enumerate()
        .filter(|(_, f)| f.content.as_ref().is_some_and(|c| c.contains(&t)))
        .min_by_key(|(_, f)| f.content.as_ref().map_or(usize::MAX, Range::len))
        .map(|(k, _)| k)
}

/// A place named at or under token `t` in a locative phrase.
fn location(tree: &Tree<'_>, ents: &Entities, t: usize) -> Option<usize> {
    let mut heads = vec![t];
    if let Some(h) = tree.head(t) {
        if tree.upos(t) == "NOUN" && matches!(tree.base_rel(t), "nsubj" | "obj" | "obl") {
            heads.push(h);
        }
    }
    for h in heads {
        for c in tree.children(h) {
            if matches!(tree.base_rel(c), "obl" | "nmod")
                && tree.case_of(c).is_some_and(|p| LOCATIVE.contains(&p))
            {
                if let Some(p) = tree.subtree(c).find_map(|i| ents.place_at(i)) {
                    return Some(p);
                }
            }
        }
    }
    None
}

/// The role word for counts under an event ("killed", "injured", "arrested").
fn count_role(lemma: &str, category: EventCategory) -> &'static str {
    match lemma {
        "kill" | "massacre" | "execute" | "murder" | "slay" => "killed",
        "injure" | "wound" | "hurt" => "injured",
        "arrest" | "detain" | "jail" | "imprison" => "arrested",
        _ if category == EventCategory::Assault => "affected",
        _ => "size",
    }
}

/// The country of a place that is the only target of the trigger at `head`: its object
/// ("shelled Juba"), or a place in a directional or locative phrase of the trigger or of the
/// verb a noun trigger is an argument of ("aid to Mozambique", "arrived in Amman", "a curfew
/// in the town of Cizre").
fn place_recipient(tree: &Tree<'_>, ents: &Entities, head: usize, pos: Pos) -> Option<usize> {
    const PREPS: &[&[&str]] = &[
        &[
            "to", "into", "against", "on", "at", "toward", "towards", "inside",
        ],
        &["in", "near", "across", "throughout", "over"],
        &["from"],
    ];
    let country = |c: usize| {
        tree.subtree(c)
            .filter_map(|i| ents.place_at(i))
            .find(|&p| ents.places[p].country.is_some())
    };
    let mut hosts = vec![head];
    if pos == Pos::Noun {
        if let Some(v) = tree.head(head) {
            if matches!(tree.base_rel(head), "obj" | "obl" | "nsubj") {
                hosts.push(v);
            }
        }
    }
    for &h in &hosts {
        if let Some(o) = tree.children(h).find(|&c| tree.base_rel(c) == "obj") {
            if ents.actor_at(o).is_none() {
                if let Some(c) = tree
                    .subtree(o)
                    .filter(|&i| i == o || tree.head(i) == Some(o))
                    .filter_map(|i| ents.place_at(i))
                    .find(|&p| ents.places[p].country.is_some())
                {
                    return Some(c);
                }
            }
        }
    }
    for preps in PREPS {
        for &h in &hosts {
            for c in tree.children(h) {
                // The object's own phrases count too ("a curfew in the town of X").
                let under_obj = tree.base_rel(c) == "obj";
                let phrases: Vec<usize> = if under_obj {
                    tree.children(c)
                        .filter(|&x| tree.base_rel(x) == "nmod")
                        .collect()
                } else {
                    vec![c]
                };
                for x in phrases {
                    if matches!(tree.base_rel(x), "obl" | "nmod")
                        && tree.case_of(x).is_some_and(|p| preps.contains(&p))
                    {
                        if let Some(p) = country(x) {
                            return Some(p);
                        }
                    }
                }
            }
        }
    }
    None
}

/// The actor standing for the country of place `p`: the story's own actor for that country
/// when it has one, else one made for it (in `extra`, numbered after the story's actors) whose
/// mentions are the country's own place mentions, or else those of place `p` (a city standing
/// for its country).
fn country_actor(ents: &Entities, extra: &mut Vec<crate::model::Actor>, p: usize) -> usize {
    let iso = ents.places[p].country.as_deref().unwrap_or_default();
    if let Some(a) = ents.actors.iter().position(|a| {
        a.kind == crate::model::ActorKind::Country && a.country.as_deref() == Some(iso)
    }) {
        return a;
    }
    let n = ents.actors.len();
    if let Some(k) = extra.iter().position(|a| a.country.as_deref() == Some(iso)) {
        return n + k;
    }
    let name = crate::actors::lex::country(iso).map_or_else(|| iso.to_string(), |c| c.name);
    let mut mentions: Vec<crate::model::Mention> = ents
        .places
        .iter()
        .filter(|x| x.country.as_deref() == Some(iso) && x.kind == crate::model::PlaceKind::Country)
        .flat_map(|x| x.mentions.iter().cloned())
        .collect();
    if mentions.is_empty() {
        mentions = ents.places[p].mentions.clone();
    }
    extra.push(crate::model::Actor {
        id: format!("a{}", n + extra.len() + 1),
        name,
        kind: crate::model::ActorKind::Country,
        titles: Vec::new(),
        country: Some(iso.to_string()),
        sector: None,
        code: Some(iso.to_string()),
        affiliation: None,
        description: None,
        mentions,
    });
    n + extra.len() - 1
}

/// A frame verb and the event it governs ("threatened to break relations with X", "agreed to
/// withdraw"): the frame takes the governed event's recipients when it has none, and the
/// governed event takes the frame's actors when it has none.
fn share_with_frames(tree: &Tree<'_>, events: &mut [(usize, usize, Event)]) {
    for j in 0..events.len() {
        let inner = events[j].1;
        let mut x = inner;
        let mut frame = None;
        for _ in 0..2 {
            if !matches!(tree.base_rel(x), "xcomp" | "ccomp") {
                break;
            }
            let Some(h) = tree.head(x) else { break };
            if let Some(i) = events.iter().position(|e| e.1 == h) {
                frame = Some(i);
                break;
            }
            x = h;
        }
        let Some(i) = frame else { continue };
        if events[i].2.recipients.is_empty() {
            events[i].2.recipients = except(&events[j].2.recipients, &events[i].2.actors);
        }
        if events[j].2.actors.is_empty() {
            events[j].2.actors = except(&events[i].2.actors, &events[j].2.recipients);
        }
    }
}

/// True when the speaker `s` is one of `actors` or shares a country with one of them: the
/// event is something the speaker's own side would do.
fn speakers_side(ents: &Entities, s: usize, actors: &[usize]) -> bool {
    let country = &ents.actors[s].country;
    actors.contains(&s)
        || country.is_some() && actors.iter().any(|&a| ents.actors[a].country == *country)
}

/// The ids of `from` that are not in `taken`.
fn except(from: &[String], taken: &[String]) -> Vec<String> {
    from.iter()
        .filter(|x| !taken.contains(x))
        .cloned()
        .collect()
}

/// Finds and codes the events of the body sentences, linking them with the statements that
/// report them.
pub fn find(
    tree: &Tree<'_>,
    entities: &mut Entities,
    found: &mut [Found],
    times: &[Time],
    time_of: &dyn Fn(usize) -> Option<usize>,
    lex: &Lexicon,
) -> Vec<Event> {
    let n = tree.len();
    let mut consumed = vec![false; n];
    let mut events: Vec<(usize, usize, Event)> = Vec::new();
    // Country actors made for places that are an event's only recipient ("aid to Mozambique",
    // "arrived in Amman"), appended to the actors at the end.
    let mut extra: Vec<crate::model::Actor> = Vec::new();
    let ents: &Entities = entities;
    let cue_with_trigger = |cue: usize| {
        found.iter().any(|f| {
            f.cue == cue
                && f.content.as_ref().is_some_and(|c| {
                    // Only a reported clause makes the cue a frame: "condemned an attack"
                    // is itself an event, with the attack as its argument.
                    c.clone().any(|i| {
                        i != cue
                            && tree.upos(i) == "VERB"
                            && !lex.candidates(tree.lemma(i), Pos::Verb).is_empty()
                    })
                })
        })
    };
    for t in 0..n {
        if consumed[t] || !tree.in_body(t) {
            continue;
        }
        let Some(pos) = Pos::from_upos(tree.upos(t)) else {
            continue;
        };
        // Multi-word phrases first ("air strike", "pull out"); otherwise a noun modifier
        // ("air" in "air strike") is not a trigger of its own.
        let lemmas: Vec<&str> = (t..n.min(t + 5)).map(|i| tree.lemma(i)).collect();
        if pos == Pos::Noun
            && matches!(tree.deprel(t), "compound" | "amod")
            && lex.mwe_at(&lemmas).is_none_or(|m| m.len < 2)
        {
            continue;
        }
        let (entry, trigger, head) = match lex.mwe_at(&lemmas) {
            Some(m) if m.len > 1 => {
                let r = t..t + m.len;
                let head = if m.entries.first().is_some_and(|e| e.pos == Pos::Verb) {
                    t
                } else {
                    r.end - 1
                };
                let ctx = context(tree, head);
                match m.best(None, modifier_lemma(tree, t), &ctx) {
                    Some(e) => (e, r, head),
                    None => continue,
                }
            }
            _ => match reading(lex, tree, t, pos) {
                Some(e) => (e, t..t + 1, t),
                None => continue,
            },
        };
        // A trigger noun that is the object of another trigger is its argument ("halt attacks").
        if pos == Pos::Noun && trigger.len() == 1 && tree.deprel(head) == "obj" {
            if let Some(h) = tree.head(head) {
                if reading(lex, tree, h, Pos::Verb).is_some() {
                    continue;
                }
            }
        }
        // A reporting verb whose content holds events is a frame for them, not an event.
        if found.iter().any(|f| f.cue == head) && cue_with_trigger(head) {
            continue;
        }
        for i in trigger.clone() {
            consumed[i] = true;
        }
        let (mut actors, mut recipients) = if entry.pos == Pos::Verb {
            participants::of_verb(tree, ents, head, &entry.recipient_preps)
        } else {
            participants::of_noun(tree, ents, head, &entry.recipient_preps)
        };
        let mut quants = quantities::find(tree, head, count_role(tree.lemma(head), entry.category));
        // A noun trigger that is an argument of a verb borrows its participants ("in a call"),
        // and as the subject of a verb of the same kind it takes that verb's victims ("a strike
        // killed X").
        if entry.pos == Pos::Noun {
            if let Some(v) = tree.head(head) {
                let rel = tree.base_rel(head);
                if rel == "nsubj" && tree.upos(v) == "VERB" {
                    if let Some(e2) = reading(lex, tree, v, Pos::Verb) {
                        if e2.category == entry.category {
                            let (_, r2) = participants::of_verb(tree, ents, v, &e2.recipient_preps);
                            for r in r2 {
                                if !recipients.contains(&r) {
                                    recipients.push(r);
                                }
                            }
                            quants.extend(quantities::find(
                                tree,
                                v,
                                count_role(tree.lemma(v), e2.category),
                            ));
                            consumed[v] = true;
                        }
                    }
                } else if matches!(rel, "obl" | "obj")
                    && tree.upos(v) == "VERB"
                    && actors.is_empty()
                {
                    let (a2, r2) = participants::of_verb(tree, ents, v, &[]);
                    actors = a2;
                    if recipients.is_empty() {
                        recipients = r2;
                    }
                    if let Some(f) = found.iter().find(|f| f.cue == v) {
                        if actors.is_empty() {
                            actors.extend(f.speaker);
                        }
                        if recipients.is_empty() {
                            recipients.extend(f.addressees.iter().copied());
                        }
                    }
                }
            }
        }
        match entry.roles {
            Roles::Inverse => std::mem::swap(&mut actors, &mut recipients),
            Roles::Symmetric | Roles::Host | Roles::Default => {}
        }
        let stmt = statement_of(found, head);
        let act = stmt.map(|k| found[k].statement.act);
        let mut modality = factuality::assess(tree, head, act);
        let (mut cameo, mut category, mut mode) =
            (entry.cameo.clone(), entry.category, entry.mode.clone());
        // A conditional act of material conflict that the speaker's side would carry out,
        // reported in the speaker's own words ("told them the U.S. would cut staff unless the
        // attacks stop"), is a threat whatever the reporting verb.
        let conditional_harm = modality.frame.is_none()
            && modality.condition.is_some()
            && lexicon::quad(category) == crate::model::QuadClass::MaterialConflict
            && stmt.is_some_and(|k| {
                found[k]
                    .speaker
                    .is_some_and(|s| speakers_side(ents, s, &actors))
            });
        if conditional_harm {
            modality.frame = Some(Frame::Threaten);
        }
        if let (Some(frame), Some(k)) = (modality.frame, stmt) {
            let own_side = actors.is_empty()
                || found[k]
                    .speaker
                    .is_some_and(|s| speakers_side(ents, s, &actors));
            if frame != Frame::Threaten || own_side {
                if let Some((code, cat)) = lexicon::recode(&cameo, frame) {
                    cameo = code.to_string();
                    if cat != category {
                        mode = None;
                    }
                    category = cat;
                }
            }
            if modality.obliged {
                if let Some(sp) = found[k].speaker.filter(|s| !actors.contains(s)) {
                    if !actors.is_empty() {
                        recipients = std::mem::take(&mut actors);
                    }
                    actors.push(sp);
                }
            }
            if matches!(frame, Frame::Threaten | Frame::Request) {
                if actors.is_empty() {
                    actors.extend(found[k].speaker);
                }
                for &a in &found[k].addressees {
                    if !recipients.contains(&a) && !actors.contains(&a) {
                        recipients.push(a);
                    }
                }
            }
        }
        // "declined to comment on the call": a definite noun with no modifiers of its own that
        // names an event already coded in the story refers back to it.
        let anaphoric = entry.pos == Pos::Noun
            && !tree
                .children(head)
                .any(|d| matches!(tree.base_rel(d), "nmod" | "compound" | "appos" | "acl"))
            && tree.children(head).any(|d| {
                tree.deprel(d) == "det" && matches!(tree.lower(d), "the" | "this" | "that")
            })
            && events
                .iter()
                .any(|(_, h, e)| e.category == category && tree.lemma(*h) == tree.lemma(head));
        if anaphoric {
            continue;
        }
        if recipients.is_empty() {
            if let Some(p) = place_recipient(tree, ents, head, entry.pos) {
                recipients.push(country_actor(ents, &mut extra, p));
            }
        }
        recipients.retain(|r| !actors.contains(r));
        // A noun inside reported speech naming an event with no participant at all ("an
        // investigation determined ..., a professor said") codes nothing: who did what to
        // whom is unknown, and the speaker only mentions it.
        if entry.pos == Pos::Noun
            && actors.is_empty()
            && recipients.is_empty()
            && statement_of(found, head).is_some()
        {
            continue;
        }
        // Time: the trigger's own, else (for threats and promises) when they were made.
        let time = time_of(head).or_else(|| {
            let k = stmt?;
            // A reported progressive ("said the U.S. was cutting troops") was going on when
            // it was said.
            let progressive = tree.xpos(head) == "VBG"
                && tree
                    .children(head)
                    .any(|c| tree.deprel(c) == "aux" && tree.lemma(c) == "be");
            (conditional_harm
                || progressive
                || matches!(
                    act,
                    Some(Act::Warn | Act::Threaten | Act::Vow | Act::Promise | Act::Pledge)
                ))
            .then(|| found[k].statement.time.clone())
            .flatten()
            .and_then(|id| times.iter().position(|x| x.id == id))
        });
        let confidence = {
            let mut c = entry.weight * 0.7;
            if !actors.is_empty() {
                c += 0.15;
            }
            if !recipients.is_empty() {
                c += 0.15;
            }
            // The sentence's main event outranks those in its subordinate clauses and
            // hypotheticals, and a verb outranks a noun naming a background event.
            let mut x = head;
            for _ in 0..6 {
                if matches!(
                    tree.base_rel(x),
                    "advcl" | "acl" | "ccomp" | "csubj" | "relcl"
                ) {
                    c -= 0.05;
                }
                match tree.head(x) {
                    Some(h) => x = h,
                    None => break,
                }
            }
            if modality.factuality == crate::model::Factuality::Hypothetical {
                c -= 0.1;
            }
            if tree.upos(head) == "NOUN" {
                c -= 0.05;
            }
            (c.clamp(0.0, 1.0) * 1000.0).round() / 1000.0
        };
        let seg = tree.segment(head);
        let sentence = tree.layout().segments[..seg]
            .iter()
            .filter(|s| s.kind == crate::text::SegmentKind::Body)
            .count();
        let id_of = |a: usize| {
            ents.actors
                .get(a)
                .map_or_else(|| extra[a - ents.actors.len()].id.clone(), |x| x.id.clone())
        };
        events.push((
            stmt.map_or(usize::MAX, |k| k),
            head,
            Event {
                id: String::new(),
                category,
                cameo,
                plover_mode: mode,
                quad: category.quad(),
                factuality: modality.factuality,
                condition: modality.condition.as_ref().map(|c| span(tree, c)),
                actors: actors.iter().map(|&a| id_of(a)).collect(),
                recipients: recipients.iter().map(|&a| id_of(a)).collect(),
                trigger: span(tree, &trigger),
                time: time.map(|t| times[t].id.clone()),
                location: location(tree, ents, head).map(|p| ents.places[p].id.clone()),
                quantities: quants,
                statement: stmt.map(|k| found[k].statement.id.clone()),
                sentence,
                confidence,
            },
        ));
    }
    share_with_frames(tree, &mut events);
    events.sort_by_key(|(_, _, e)| e.trigger.start);
    entities.actors.extend(extra);
    let mut out = Vec::with_capacity(events.len());
    for (k, (stmt, _, mut e)) in events.into_iter().enumerate() {
        e.id = format!("e{}", k + 1);
        if let Some(f) = found.get_mut(stmt) {
            f.statement.events.push(e.id.clone());
        }
        out.push(e);
    }
    out
}
