//! What the actor stage hands to later stages: actors and places with their mentions, and an
//! index from tokens to the mentions that cover them.

use crate::model::{Actor, ActorKind, MentionKind, Place};
use std::ops::Range;

/// One mention with its position in the token stream.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MentionRef {
    /// Index into [`Entities::actors`].
    pub actor: usize,
    /// Token range of the mention.
    pub tokens: Range<usize>,
    /// The mention's head token.
    pub head: usize,
    /// Name, nominal or pronoun.
    pub kind: MentionKind,
    /// For a spokesperson phrase ("a State Department spokesperson"): true; the actor is the
    /// institution the spokesperson speaks for.
    pub spokesperson: bool,
}

/// Actors, places and the token index over their mentions.
#[derive(Debug, Clone, Default)]
pub struct Entities {
    /// Actors, with mention offsets in bytes, ids `a1`, `a2`, ...
    pub actors: Vec<Actor>,
    /// Places, with mention offsets in bytes, ids `p1`, `p2`, ...
    pub places: Vec<Place>,
    /// Every actor mention, ordered by first token.
    pub mentions: Vec<MentionRef>,
    /// For each place, the token ranges of its mentions.
    pub place_tokens: Vec<Vec<Range<usize>>>,
    /// Per token: 1 + index into `mentions` of the innermost mention headed at or covering it.
    token_mention: Vec<u32>,
    /// Per token: 1 + index into `places` of the place mention covering it.
    token_place: Vec<u32>,
}

impl Entities {
    /// Builds the token indexes once actors, places and mentions are final.
    pub fn index(&mut self, n_tokens: usize) {
        self.token_mention = vec![0; n_tokens];
        self.token_place = vec![0; n_tokens];
        // Longer mentions first, so inner (shorter) mentions overwrite them.
        let mut order: Vec<usize> = (0..self.mentions.len()).collect();
        order.sort_by_key(|&m| std::cmp::Reverse(self.mentions[m].tokens.len()));
        for m in order {
            for t in self.mentions[m].tokens.clone() {
                if t < n_tokens {
                    self.token_mention[t] = m as u32 + 1;
                }
            }
        }
        for (p, ranges) in self.place_tokens.iter().enumerate() {
            for r in ranges {
                for t in r.clone() {
                    if t < n_tokens {
                        self.token_place[t] = p as u32 + 1;
                    }
                }
            }
        }
    }

    /// The innermost mention covering token `t`.
    pub fn mention_at(&self, t: usize) -> Option<&MentionRef> {
        match self.token_mention.get(t) {
            Some(&m) if m > 0 => self.mentions.get(m as usize - 1),
            _ => None,
        }
    }

    /// The actor referred to by the phrase headed at token `t`: the mention covering `t`, or
    /// else a mention inside the phrase whose head is `t`'s compound or possessive modifier.
    pub fn actor_at(&self, t: usize) -> Option<usize> {
        self.mention_at(t).map(|m| m.actor)
    }

    /// The place mentioned at token `t`.
    pub fn place_at(&self, t: usize) -> Option<usize> {
        match self.token_place.get(t) {
            Some(&p) if p > 0 => Some(p as usize - 1),
            _ => None,
        }
    }

    /// The kind of actor `a`.
    pub fn kind(&self, a: usize) -> ActorKind {
        self.actors[a].kind
    }

    /// The id of actor `a` (`a1`, ...).
    pub fn id(&self, a: usize) -> String {
        self.actors[a].id.clone()
    }
}
