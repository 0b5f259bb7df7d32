//! The pipeline: runs the stages in order over one article, or over many in parallel.

use crate::article::Article;
use crate::document::{self, Parts};
use crate::error::{Error, Result};
use crate::lexicon::Dictionary;
use crate::model::{Document, Meta};
use crate::text::{self, input};
use crate::tree::Tree;
use crate::{actors, events, parallel, statements, syntax, time};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::Arc;

/// A stage of the pipeline, as reported to [`Extractor::extract_observed`] when it finishes.
#[doc(hidden)]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stage {
    /// Input checks, normalisation, boilerplate, sentences and tokens.
    Text,
    /// Tagging and parsing.
    Syntax,
    /// Time expressions: recognition and normalisation.
    Time,
    /// Dependency tree view, mentions, actors, places, coding and coreference.
    Actors,
    /// Statements: attribution and sourcing.
    Statements,
    /// Events: coding, participants, factuality.
    Events,
    /// Assembling the document (offsets, sentences, optional tokens).
    Document,
}

impl Stage {
    /// Every stage, in pipeline order.
    pub const ALL: [Stage; 7] = [
        Stage::Text,
        Stage::Syntax,
        Stage::Time,
        Stage::Actors,
        Stage::Statements,
        Stage::Events,
        Stage::Document,
    ];

    /// The stage's lower-case name.
    pub fn name(self) -> &'static str {
        match self {
            Stage::Text => "text",
            Stage::Syntax => "syntax",
            Stage::Time => "time",
            Stage::Actors => "actors",
            Stage::Statements => "statements",
            Stage::Events => "events",
            Stage::Document => "document",
        }
    }
}

/// Settings shared by every extraction an [`Extractor`] runs.
#[derive(Debug, Clone)]
struct Config {
    with_syntax: bool,
    max_bytes: usize,
    threads: usize,
    dictionaries: Vec<Arc<Dictionary>>,
}

/// Runs the pipeline. Cheap to clone, `Send + Sync`; lexicons and weights load once, lazily.
#[derive(Debug, Clone)]
pub struct Extractor {
    config: Arc<Config>,
}

/// Configures an [`Extractor`].
#[derive(Debug, Clone)]
pub struct ExtractorBuilder {
    config: Config,
}

impl Default for Extractor {
    fn default() -> Self {
        Extractor::new()
    }
}

impl ExtractorBuilder {
    /// Keep per-token syntax (tags, lemmas, dependencies) in the documents' sentences.
    pub fn with_syntax(mut self, yes: bool) -> Self {
        self.config.with_syntax = yes;
        self
    }

    /// Largest text accepted, in bytes (default [`input::DEFAULT_MAX_BYTES`]).
    pub fn max_bytes(mut self, max: usize) -> Self {
        self.config.max_bytes = max;
        self
    }

    /// Worker threads for batches (default: all cores). Must be at least 1.
    pub fn threads(mut self, n: usize) -> Self {
        self.config.threads = n;
        self
    }

    /// Adds a user dictionary of actors; later dictionaries override earlier ones and the
    /// built-in people.
    pub fn with_dictionary(mut self, dictionary: Dictionary) -> Self {
        self.config.dictionaries.push(Arc::new(dictionary));
        self
    }

    /// Reads a dictionary file (newsgraph TSV or PETRARCH format) and adds it.
    pub fn with_dictionary_file(self, path: impl AsRef<std::path::Path>) -> Result<Self> {
        Ok(self.with_dictionary(Dictionary::from_file(path)?))
    }

    /// Builds the extractor, checking the settings.
    pub fn build(self) -> Result<Extractor> {
        if self.config.threads == 0 {
            return Err(Error::InvalidSetting("threads must be at least 1".into()));
        }
        if self.config.max_bytes == 0 {
            return Err(Error::InvalidSetting("max_bytes must be at least 1".into()));
        }
        Ok(Extractor {
            config: Arc::new(self.config),
        })
    }
}

impl Extractor {
    /// An extractor with default settings.
    pub fn new() -> Extractor {
        Extractor {
            config: Arc::new(ExtractorBuilder::default_config()),
        }
    }

    /// Starts configuring an extractor.
    pub fn builder() -> ExtractorBuilder {
        ExtractorBuilder {
            config: ExtractorBuilder::default_config(),
        }
    }

    /// Worker threads used by [`Extractor::extract_batch`] and [`Extractor::extract_stream`].
    pub fn threads(&self) -> usize {
        self.config.threads
    }

    /// Loads every lexicon and model now rather than on first use.
    pub fn warm_up(&self) {
        syntax::warm_up();
        actors::lex::warm_up();
        time::warm_up();
        statements::warm_up();
    }

    /// Extracts everything from one article.
    pub fn extract(&self, article: &Article) -> Result<Document> {
        self.extract_observed(article, |_| ())
    }

    /// Extracts from one article like [`Extractor::extract`], calling `observe` as each
    /// [`Stage`] finishes (in pipeline order). For benchmarks: the caller reads its own clock in
    /// `observe`; the library never reads one, and the document is the same as `extract`'s.
    #[doc(hidden)]
    pub fn extract_observed<O: FnMut(Stage)>(
        &self,
        article: &Article,
        observe: O,
    ) -> Result<Document> {
        match catch_unwind(AssertUnwindSafe(|| self.run(article, observe))) {
            Ok(r) => r,
            Err(panic) => {
                let msg = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_else(|| "panic".to_string());
                Err(Error::Internal(msg))
            }
        }
    }

    /// Extracts from a text with no metadata.
    pub fn extract_text(&self, text: &str) -> Result<Document> {
        self.extract(&Article::new(text))
    }

    /// Extracts from many articles on the configured threads; results are in input order.
    pub fn extract_batch(&self, articles: &[Article]) -> Vec<Result<Document>> {
        let mut out = Vec::with_capacity(articles.len());
        parallel::map_ordered(
            articles.iter(),
            self.config.threads,
            |a| self.extract(a),
            |d| out.push(d),
        );
        out
    }

    /// Extracts from a stream of articles (or errors from reading them) in bounded memory,
    /// handing each result to `sink` in input order.
    pub fn extract_stream<I, S>(&self, articles: I, sink: S)
    where
        I: Iterator<Item = Result<Article>> + Send,
        S: FnMut(Result<Document>),
    {
        parallel::map_ordered(
            articles,
            self.config.threads,
            |a| a.and_then(|a| self.extract(&a)),
            sink,
        );
    }

    fn run<O: FnMut(Stage)>(&self, article: &Article, mut observe: O) -> Result<Document> {
        let text = article.text.as_str();
        input::check(text, self.config.max_bytes)?;
        let layout = text::analyse(text, article.title.as_deref());
        observe(Stage::Text);
        let parse = syntax::parse(text, &layout);
        observe(Stage::Syntax);
        let times = time::find(text, &layout, &parse, article.published);
        observe(Stage::Time);
        let tree = Tree::new(text, &layout, &parse);
        let mut entities = actors::lex::with_dictionaries(&self.config.dictionaries, || {
            actors::find(&tree, &times, article.published)
        });
        observe(Stage::Actors);
        let time_of = |t: usize| time::attach::governing_time(text, &layout, &parse, &times, t);
        let mut found = statements::find(&tree, &layout, &entities, &times, &time_of);
        observe(Stage::Statements);
        let events = events::find(
            &tree,
            &mut entities,
            &mut found,
            &times,
            &time_of,
            events::lexicon::Lexicon::builtin(),
        );
        observe(Stage::Events);
        let tokens = self
            .config
            .with_syntax
            .then(|| syntax::to_tokens(text, &layout, &parse));
        let meta = Meta {
            id: article.id.clone(),
            title: article
                .title
                .clone()
                .or_else(|| layout.headline.clone().map(|r| text[r].to_string())),
            outlet: article.outlet.clone(),
            published: article.published.map(|d| d.format("%Y-%m-%d").to_string()),
            url: article.url.clone(),
            byline: layout.byline.clone(),
            dateline: layout.dateline.clone().map(|r| text[r].to_string()),
        };
        let parts = Parts {
            actors: entities.actors,
            places: entities.places,
            statements: found.into_iter().map(|f| f.statement).collect(),
            events,
            times,
            tokens,
        };
        let doc = document::assemble(text, meta, &layout, parts);
        observe(Stage::Document);
        Ok(doc)
    }
}

impl ExtractorBuilder {
    fn default_config() -> Config {
        Config {
            with_syntax: false,
            max_bytes: input::DEFAULT_MAX_BYTES,
            threads: parallel::default_threads(),
            dictionaries: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn observed_extraction_reports_every_stage_in_order_and_changes_nothing() {
        let ex = Extractor::builder().threads(1).build().unwrap();
        let seed = crate::seed();
        let mut seen = Vec::new();
        let observed = ex.extract_observed(&seed, |s| seen.push(s)).unwrap();
        assert_eq!(seen, Stage::ALL);
        assert_eq!(observed.to_json(), ex.extract(&seed).unwrap().to_json());
    }

    #[test]
    fn observed_extraction_stops_reporting_at_a_failed_input() {
        let ex = Extractor::new();
        let mut seen = Vec::new();
        assert!(ex
            .extract_observed(&Article::new(""), |s| seen.push(s))
            .is_err());
        assert!(seen.is_empty());
    }
}
