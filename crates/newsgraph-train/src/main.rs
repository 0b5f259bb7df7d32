//! Trains newsgraph's tagger, parser and lemma lexicon, deterministically.
//!
//! `newsgraph-train [--data DIR] [--out CRATE_DIR] [--tagger-epochs N] [--parser-epochs N]`
//! reads `DIR/train/ud_english_ewt/en_ewt-ud-{train,dev}.conllu` and the GUM Wikinews
//! training documents under `DIR/eval/gum_wikinews`, and writes `CRATE_DIR/models/syntax.bin`
//! and `CRATE_DIR/data/syntax/lemmas.tsv`. Same data and options, same bytes.

use newsgraph::syntax::conllu::{self, Sentence};
use newsgraph::syntax::features::{self, Word};
use newsgraph::syntax::lemma;
use newsgraph::syntax::model;
use newsgraph::syntax::model::{LexEntry, NO_TAG};
use newsgraph::syntax::parser::{self, State, NO_HEAD};
use newsgraph::syntax::tagger::{unknown_words, START};
use std::collections::{BTreeMap, HashMap};
use std::hash::{BuildHasherDefault, Hasher};
use std::path::{Path, PathBuf};
use std::time::Instant;

/// Identity hasher: feature keys are already well mixed.
#[derive(Default)]
struct IdHasher(u64);

impl Hasher for IdHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) ^ b as u64;
        }
    }
    fn write_u64(&mut self, v: u64) {
        self.0 = v;
    }
}

/// Gold heads, labels and dependents of a projective training sentence.
type Gold = (Vec<u32>, Vec<u16>, Vec<Vec<u32>>);

type Map<V> = HashMap<u64, V, BuildHasherDefault<IdHasher>>;

/// splitmix64.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = self.below(i + 1);
            v.swap(i, j);
        }
    }
}

#[derive(Clone, Copy)]
struct Ent {
    c: u8,
    w: f32,
    u: f64,
}

/// Averaged perceptron with sparse rows (Daumé's averaging trick).
struct Perceptron {
    n_classes: usize,
    index: Map<u32>,
    rows: Vec<Vec<Ent>>,
    c: f64,
}

impl Perceptron {
    fn new(n_classes: usize) -> Self {
        Perceptron {
            n_classes,
            index: Map::default(),
            rows: Vec::new(),
            c: 1.0,
        }
    }

    fn score(&self, feats: &[u64], scores: &mut [f32]) {
        scores.iter_mut().for_each(|s| *s = 0.0);
        for f in feats {
            if let Some(&r) = self.index.get(f) {
                for e in &self.rows[r as usize] {
                    scores[e.c as usize] += e.w;
                }
            }
        }
    }

    fn add(&mut self, f: u64, class: usize, d: f32) {
        let next = self.rows.len() as u32;
        let r = *self.index.entry(f).or_insert(next);
        if r == next {
            self.rows.push(Vec::new());
        }
        let row = &mut self.rows[r as usize];
        let c = self.c;
        match row.iter_mut().find(|e| e.c as usize == class) {
            Some(e) => {
                e.w += d;
                e.u += c * d as f64;
            }
            None => row.push(Ent {
                c: class as u8,
                w: d,
                u: c * d as f64,
            }),
        }
    }

    fn update(&mut self, feats: &[u64], good: usize, bad: usize) {
        for &f in feats {
            self.add(f, good, 1.0);
            self.add(f, bad, -1.0);
        }
    }

    fn tick(&mut self) {
        self.c += 1.0;
    }

    fn encode(&self, min_abs: f32, quantile: f64, min_q: i16) -> Vec<u8> {
        let mut keys: Vec<(&u64, &u32)> = self.index.iter().collect();
        keys.sort();
        let feats: Vec<(u64, Vec<(u8, f32)>)> = keys
            .into_iter()
            .map(|(&k, &r)| {
                let mut e: Vec<(u8, f32)> = self.rows[r as usize]
                    .iter()
                    .map(|e| (e.c, (e.w as f64 - e.u / self.c) as f32))
                    .filter(|x| x.1.abs() >= min_abs)
                    .collect();
                e.sort_by_key(|x| x.0);
                (k, e)
            })
            .collect();
        let mut out = Vec::new();
        model::encode_linear(self.n_classes, &feats, quantile, min_q, &mut out);
        out
    }
}

struct Data {
    sents: Vec<Sentence>,
    words: Vec<Vec<Word>>,
}

impl Data {
    fn new(sents: Vec<Sentence>) -> Data {
        let words = sents
            .iter()
            .map(|s| s.words.iter().map(|w| Word::new(&w.form)).collect())
            .collect();
        Data { sents, words }
    }
}

fn read_conllu(p: &Path) -> Vec<Sentence> {
    let text = std::fs::read_to_string(p).unwrap_or_else(|e| panic!("{}: {e}", p.display()));
    conllu::read(&text).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn gum_docs(data: &Path, split: &str) -> Vec<PathBuf> {
    let dir = data.join("eval/gum_wikinews");
    let text = std::fs::read_to_string(dir.join("documents.jsonl")).expect("documents.jsonl");
    let mut out = Vec::new();
    for line in text.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("documents.jsonl line");
        if v["split"] == split {
            let id = v["doc_id"].as_str().expect("doc_id");
            out.push(dir.join("conllu").join(format!("{id}.conllu")));
        }
    }
    out.sort();
    out
}

fn tag_key(w: &conllu::Word) -> String {
    format!("{} {}", w.xpos, w.upos)
}

fn is_projective(heads: &[u32]) -> bool {
    let n = heads.len();
    for d in 0..n {
        let h = heads[d];
        if h == NO_HEAD {
            continue;
        }
        let (a, b) = if (h as usize) < d {
            (h as usize, d)
        } else {
            (d, h as usize)
        };
        for k in a + 1..b {
            // every token strictly between must be dominated by h
            let mut x = k;
            let mut ok = false;
            let mut steps = 0;
            while heads[x] != NO_HEAD && steps <= n {
                x = heads[x] as usize;
                if x == h as usize {
                    ok = true;
                    break;
                }
                steps += 1;
            }
            if !ok {
                return false;
            }
        }
    }
    true
}

struct Opts {
    data: PathBuf,
    out: PathBuf,
    tagger_epochs: usize,
    parser_epochs: usize,
    explore: u64,
    min_abs: f32,
    quantile: f64,
    folds: usize,
    min_q: i16,
    tagger_min_q: i16,
    prune: Option<PathBuf>,
    tagger_only: bool,
    amb_folds: usize,
    amb_pct: u32,
    sure_min: u32,
    sure_purity: f64,
    two_pass: bool,
    unk_pct: u64,
}

fn opts() -> Opts {
    let mut o = Opts {
        data: PathBuf::from("../shared"),
        out: PathBuf::from("crates/newsgraph"),
        tagger_epochs: 10,
        parser_epochs: 12,
        explore: 90,
        min_abs: 0.0,
        quantile: 1.0,
        folds: 4,
        min_q: 600,
        tagger_min_q: 600,
        prune: None,
        tagger_only: false,
        amb_folds: 10,
        amb_pct: 10,
        sure_min: 20,
        sure_purity: 0.999,
        two_pass: false,
        unk_pct: 50,
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut i = 0;
    while i < args.len() {
        let v = args.get(i + 1).cloned().unwrap_or_default();
        match args[i].as_str() {
            "--data" => o.data = PathBuf::from(v),
            "--out" => o.out = PathBuf::from(v),
            "--tagger-epochs" => o.tagger_epochs = v.parse().expect("--tagger-epochs N"),
            "--parser-epochs" => o.parser_epochs = v.parse().expect("--parser-epochs N"),
            "--explore" => o.explore = v.parse().expect("--explore PERCENT"),
            "--min-abs" => o.min_abs = v.parse().expect("--min-abs X"),
            "--quantile" => o.quantile = v.parse().expect("--quantile Q"),
            "--folds" => o.folds = v.parse().expect("--folds N"),
            "--min-q" => o.min_q = v.parse().expect("--min-q N"),
            "--tagger-min-q" => o.tagger_min_q = v.parse().expect("--tagger-min-q N"),
            "--prune" => o.prune = Some(PathBuf::from(v)),
            "--tagger-only" => o.tagger_only = v == "1",
            "--amb-folds" => o.amb_folds = v.parse().expect("--amb-folds N"),
            "--amb-pct" => o.amb_pct = v.parse().expect("--amb-pct N"),
            "--sure-min" => o.sure_min = v.parse().expect("--sure-min N"),
            "--sure-purity" => o.sure_purity = v.parse().expect("--sure-purity X"),
            "--two-pass" => o.two_pass = v == "1",
            "--unk-pct" => o.unk_pct = v.parse().expect("--unk-pct N"),
            a => panic!("unknown argument {a:?}"),
        }
        i += 2;
    }
    o
}

fn main() {
    let o = opts();
    if let Some(p) = &o.prune {
        prune(p, &o);
        return;
    }
    let t0 = Instant::now();
    let ewt = o.data.join("train/ud_english_ewt");
    let mut train = read_conllu(&ewt.join("en_ewt-ud-train.conllu"));
    for p in gum_docs(&o.data, "train") {
        train.extend(read_conllu(&p));
    }
    let dev = read_conllu(&ewt.join("en_ewt-ud-dev.conllu"));
    let train = Data::new(train);
    eprintln!(
        "train: {} sentences, {} words ({:.1}s)",
        train.sents.len(),
        train.sents.iter().map(|s| s.words.len()).sum::<usize>(),
        t0.elapsed().as_secs_f64()
    );

    // Classes.
    let mut tag_set: BTreeMap<String, usize> = BTreeMap::new();
    let mut label_set: BTreeMap<String, usize> = BTreeMap::new();
    for s in &train.sents {
        for w in &s.words {
            *tag_set.entry(tag_key(w)).or_default() += 1;
            if w.deprel != "root" {
                *label_set.entry(w.deprel.clone()).or_default() += 1;
            }
        }
    }
    let tags: Vec<String> = tag_set.keys().cloned().collect();
    let labels: Vec<String> = label_set.keys().cloned().collect();
    let tag_id: HashMap<&str, usize> = tags
        .iter()
        .enumerate()
        .map(|(i, t)| (t.as_str(), i))
        .collect();
    let label_id: HashMap<&str, usize> = labels
        .iter()
        .enumerate()
        .map(|(i, t)| (t.as_str(), i))
        .collect();
    eprintln!("{} tag classes, {} labels", tags.len(), labels.len());

    // Lemma lexicon.
    let mut lem: BTreeMap<(String, String), BTreeMap<String, usize>> = BTreeMap::new();
    for s in &train.sents {
        for w in &s.words {
            if matches!(w.xpos.as_str(), "NNP" | "NNPS") || w.lemma == "_" {
                continue;
            }
            *lem.entry((w.form.to_lowercase(), w.xpos.clone()))
                .or_default()
                .entry(w.lemma.clone())
                .or_default() += 1;
        }
    }
    let mut lex = String::new();
    for ((form, xpos), counts) in &lem {
        let best = counts
            .iter()
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map(|x| x.0.clone())
            .unwrap_or_default();
        if best != lemma::rule_lemma(form, xpos)
            && !form.contains(['\t', '\n'])
            && !best.contains(['\t', '\n'])
        {
            lex.push_str(&format!("{form}\t{xpos}\t{best}\n"));
        }
    }
    let lex_path = o.out.join("data/syntax/lemmas.tsv");
    std::fs::write(&lex_path, &lex).expect("write lemmas");
    eprintln!("lemma lexicon: {} entries", lex.lines().count());

    // Tagger.
    let mut rng = Rng(0x5eed_2026);
    let gold_tags: Vec<Vec<usize>> = train
        .sents
        .iter()
        .map(|s| {
            s.words
                .iter()
                .map(|w| tag_id[tag_key(w).as_str()])
                .collect()
        })
        .collect();
    let (lexes, lexicon) = build_lexicon(&train, &gold_tags, &o);
    let lexicon_bytes = {
        let mut b = Vec::new();
        model::encode_lexicon(&lexicon, &mut b);
        b
    };
    eprintln!(
        "lexicon: {} words, {} sure",
        lexicon.len(),
        lexicon.iter().filter(|e| e.1.sure != NO_TAG).count()
    );
    let mut order: Vec<usize> = (0..train.sents.len()).collect();
    let mut feats = Vec::new();
    let mut scores = vec![0f32; tags.len().max(parser::n_classes(labels.len()))];
    let all: Vec<usize> = (0..train.sents.len()).collect();
    let fit = TaggerFit {
        train: &train,
        gold_tags: &gold_tags,
        lexes: &lexes,
        n_tags: tags.len(),
        epochs: o.tagger_epochs,
        unk_pct: o.unk_pct,
    };
    let tagger = fit.tagger(&all, None, &mut rng);
    let tagger_bytes = tagger.encode(o.min_abs, o.quantile, o.tagger_min_q);
    drop(tagger);

    // Jackknife: tag each fold of the training data with a tagger trained on the others, so
    // that the second tagger pass and the parser learn from tags as noisy as they will see.
    let mut pred1: Vec<Vec<u16>> = vec![Vec::new(); train.sents.len()];
    let mut fold_models = Vec::new();
    let mut out = Vec::new();
    for fold in 0..o.folds {
        let (held, rest): (Vec<usize>, Vec<usize>) =
            all.iter().partition(|&&i| i % o.folds == fold);
        let b = if o.folds > 1 {
            let t = fit.tagger(&rest, None, &mut rng);
            t.encode(o.min_abs, o.quantile, 0)
        } else {
            tagger_bytes.clone()
        };
        let model = tagger_only(&tags, &labels, &b, &lexicon_bytes, &empty_linear());
        for &i in &held {
            newsgraph::syntax::tagger::tag_with(
                &model.tagger.model,
                &unknown_words(&train.words[i], &lexes[i], |_| true),
                &lexes[i],
                None,
                &mut feats,
                &mut out,
            );
            pred1[i] = out.clone();
        }
        fold_models.push(model);
        eprintln!(
            "jackknife fold {fold} tagged ({:.1}s)",
            t0.elapsed().as_secs_f64()
        );
    }
    let tagger2_bytes = if o.two_pass {
        let t = fit.tagger(&all, Some(&pred1), &mut rng);
        t.encode(o.min_abs, o.quantile, 0)
    } else {
        empty_linear()
    };
    if o.tagger_only {
        let m = tagger_only(
            &tags,
            &labels,
            &tagger_bytes,
            &lexicon_bytes,
            &tagger2_bytes,
        );
        eval_tagger(&m, &dev, &train);
        return;
    }
    let mut pred_tags: Vec<Vec<u64>> = pred1
        .iter()
        .map(|t| t.iter().map(|&x| x as u64).collect())
        .collect();
    if o.two_pass {
        // The second pass, jackknifed the same way.
        for (fold, model) in fold_models.iter().enumerate() {
            let (held, rest): (Vec<usize>, Vec<usize>) =
                all.iter().partition(|&&i| i % o.folds == fold);
            let t = fit.tagger(&rest, Some(&pred1), &mut rng);
            let b = t.encode(o.min_abs, o.quantile, 0);
            let m2 = tagger_only(&tags, &labels, &b, &lexicon_bytes, &empty_linear());
            for &i in &held {
                let ws = unknown_words(&train.words[i], &lexes[i], |_| true);
                newsgraph::syntax::tagger::tag_with(
                    &model.tagger.model,
                    &ws,
                    &lexes[i],
                    None,
                    &mut feats,
                    &mut out,
                );
                let first = out.clone();
                newsgraph::syntax::tagger::tag_with(
                    &m2.tagger.model,
                    &ws,
                    &lexes[i],
                    Some(&first),
                    &mut feats,
                    &mut out,
                );
                pred_tags[i] = out.iter().map(|&t| t as u64).collect();
            }
            eprintln!(
                "jackknife fold {fold} second pass ({:.1}s)",
                t0.elapsed().as_secs_f64()
            );
        }
    }
    drop(fold_models);

    // Parser.
    let nc = parser::n_classes(labels.len());
    let mut pars = Perceptron::new(nc);
    let golds: Vec<Option<Gold>> = train
        .sents
        .iter()
        .map(|s| {
            let heads: Vec<u32> = s
                .words
                .iter()
                .map(|w| match w.head {
                    Some(0) | None => NO_HEAD,
                    Some(h) => h - 1,
                })
                .collect();
            if heads.iter().filter(|&&h| h == NO_HEAD).count() != 1 || !is_projective(&heads) {
                return None;
            }
            let labs: Vec<u16> = s
                .words
                .iter()
                .map(|w| label_id.get(w.deprel.as_str()).copied().unwrap_or(0) as u16)
                .collect();
            let mut kids = vec![Vec::new(); heads.len()];
            for (d, &h) in heads.iter().enumerate() {
                if h != NO_HEAD {
                    kids[h as usize].push(d as u32);
                }
            }
            Some((heads, labs, kids))
        })
        .collect();
    eprintln!(
        "parser: {} of {} sentences projective",
        golds.iter().filter(|g| g.is_some()).count(),
        golds.len()
    );
    let lower: Vec<Vec<u64>> = train
        .words
        .iter()
        .map(|ws| ws.iter().map(|w| w.lower).collect())
        .collect();
    let mut costs = vec![0u32; nc];
    for epoch in 0..o.parser_epochs {
        rng.shuffle(&mut order);
        let (mut right, mut total) = (0usize, 0usize);
        for &si in &order {
            let Some((gh, gl, kids)) = &golds[si] else {
                continue;
            };
            let mut st = State::new(gh.len());
            while !st.is_final() {
                st.features(&lower[si], &pred_tags[si], &mut feats);
                pars.score(&feats, &mut scores[..nc]);
                st.costs(gh, gl, kids, &mut costs);
                let pred = argmax(&scores[..nc], |c| st.legal(c));
                let min = (0..nc)
                    .filter(|&c| st.legal(c))
                    .map(|c| costs[c])
                    .min()
                    .unwrap_or(0);
                let best = argmax(&scores[..nc], |c| st.legal(c) && costs[c] == min);
                if costs[pred] > min {
                    pars.update(&feats, best, pred);
                } else {
                    right += 1;
                }
                total += 1;
                pars.tick();
                let follow = epoch >= 1 && rng.below(100) < o.explore as usize;
                st.apply(if follow { pred } else { best });
            }
        }
        eprintln!(
            "parser epoch {epoch}: train transition acc {:.2}% ({:.1}s)",
            100.0 * right as f64 / total as f64,
            t0.elapsed().as_secs_f64()
        );
    }
    let parser_bytes = pars.encode(o.min_abs, o.quantile, o.min_q);
    drop(pars);
    let file = model::encode_file(
        &tags,
        &labels,
        &tagger_bytes,
        &parser_bytes,
        &lexicon_bytes,
        &tagger2_bytes,
    );
    let path = o.out.join("models/syntax.bin");
    std::fs::write(&path, &file).expect("write weights");
    eprintln!(
        "wrote {} ({} bytes; tagger {} parser {}) in {:.1}s",
        path.display(),
        file.len(),
        tagger_bytes.len(),
        parser_bytes.len(),
        t0.elapsed().as_secs_f64()
    );

    // Dev scores with the written weights.
    let w: &'static model::Weights =
        Box::leak(Box::new(model::Weights::read(&file).expect("weights")));
    let (mut n, mut upos, mut xpos, mut uas, mut las) = (0, 0, 0, 0, 0);
    let t1 = Instant::now();
    for s in &dev {
        let forms: Vec<&str> = s.words.iter().map(|w| w.form.as_str()).collect();
        let out = newsgraph::syntax::analyse_with(w, &forms);
        for (g, p) in s.words.iter().zip(&out) {
            n += 1;
            upos += (g.upos == p.upos) as usize;
            xpos += (g.xpos == p.xpos) as usize;
            if g.head == Some(p.head) {
                uas += 1;
                las += (g.deprel == p.deprel) as usize;
            }
        }
    }
    let pct = |x: usize| 100.0 * x as f64 / n as f64;
    eprintln!(
        "EWT dev: UPOS {:.2} XPOS {:.2} UAS {:.2} LAS {:.2} ({n} words, {:.0} words/s)",
        pct(upos),
        pct(xpos),
        pct(uas),
        pct(las),
        n as f64 / t1.elapsed().as_secs_f64()
    );
}

/// A feature key and its (class, weight) entries.
type Feature = (u64, Vec<(u8, f32)>);

/// Decodes one linear model of a weights file: (n_classes, scale, features).
fn decode_linear(b: &[u8], pos: &mut usize) -> (usize, f32, Vec<Feature>) {
    let u32_at = |p: usize| u32::from_le_bytes([b[p], b[p + 1], b[p + 2], b[p + 3]]);
    let nc = u32_at(*pos) as usize;
    let scale = f32::from_bits(u32_at(*pos + 4));
    let n = u32_at(*pos + 8) as usize;
    let keys = *pos + 12;
    let lens = keys + 8 * n;
    let mut e = lens + n;
    let mut feats = Vec::with_capacity(n);
    for i in 0..n {
        let mut k = [0u8; 8];
        k.copy_from_slice(&b[keys + 8 * i..keys + 8 * i + 8]);
        let len = b[lens + i] as usize;
        let es = (0..len)
            .map(|j| {
                let p = e + 3 * j;
                (
                    b[p],
                    i16::from_le_bytes([b[p + 1], b[p + 2]]) as f32 * scale,
                )
            })
            .collect();
        e += 3 * len;
        feats.push((u64::from_le_bytes(k), es));
    }
    *pos = e;
    (nc, scale, feats)
}

/// Re-encodes an existing weights file with `--min-q` pruning (for size/speed experiments).
fn prune(path: &Path, o: &Opts) {
    let b = std::fs::read(path).expect("read weights");
    let mut r = model::Reader::new(&b);
    r.bytes(12).expect("header");
    let tags = r.strings().expect("tags");
    let labels = r.strings().expect("labels");
    let mut pos = b.len() - r.remaining();
    let mut parts = Vec::new();
    for k in 0..2 {
        let (nc, _, feats) = decode_linear(&b, &mut pos);
        let mut out = Vec::new();
        let min_q = if k == 1 { o.min_q } else { o.tagger_min_q };
        model::encode_linear(nc, &feats, 1.0, min_q, &mut out);
        parts.push(out);
    }
    // The lexicon and the second tagger pass follow unchanged.
    let file = model::encode_file(&tags, &labels, &parts[0], &parts[1], &b[pos..], &[]);
    let out = o.out.join("models/syntax.bin");
    std::fs::write(&out, &file).expect("write");
    eprintln!("pruned to {} bytes: {}", file.len(), out.display());
}

fn empty_linear() -> Vec<u8> {
    let mut e = Vec::new();
    model::encode_linear(0, &[], 1.0, 0, &mut e);
    e
}

fn tagger_only(
    tags: &[String],
    labels: &[String],
    tagger: &[u8],
    lex: &[u8],
    tagger2: &[u8],
) -> model::Weights {
    model::Weights::read(&model::encode_file(
        tags,
        labels,
        tagger,
        &empty_linear(),
        lex,
        tagger2,
    ))
    .expect("tagger weights")
}

/// Hash of a set of tag ids (never 0).
fn amb_hash(tags: &[usize]) -> u32 {
    let mut h = 0x243f_6a88_85a3_08d3u64;
    for &t in tags {
        h = model::mix(h, t as u64 + 1);
    }
    (model::finish(h) >> 32) as u32 | 1
}

/// The ambiguity class of a word with these tag counts (0 when unseen).
fn amb_of(counts: &BTreeMap<usize, u32>, pct: u32) -> u32 {
    let total: u32 = counts.values().sum();
    if total == 0 {
        return 0;
    }
    let kept: Vec<usize> = counts
        .iter()
        .filter(|(_, &c)| c * 100 >= pct * total)
        .map(|(&t, _)| t)
        .collect();
    amb_hash(&kept)
}

/// The tagger lexicon: per training sentence, its words' entries with ambiguity classes
/// counted on the other folds (so that training sees unknown words as test does), and the
/// full lexicon for the weights file.
fn build_lexicon(
    train: &Data,
    gold: &[Vec<usize>],
    o: &Opts,
) -> (Vec<Vec<LexEntry>>, Vec<(u64, LexEntry)>) {
    let folds = o.amb_folds.max(1);
    let mut per_fold: Vec<BTreeMap<u64, BTreeMap<usize, u32>>> = vec![BTreeMap::new(); folds];
    let mut total: BTreeMap<u64, BTreeMap<usize, u32>> = BTreeMap::new();
    for (si, ws) in train.words.iter().enumerate() {
        for (w, &t) in ws.iter().zip(&gold[si]) {
            *per_fold[si % folds]
                .entry(w.lower)
                .or_default()
                .entry(t)
                .or_default() += 1;
            *total.entry(w.lower).or_default().entry(t).or_default() += 1;
        }
    }
    let sure = |counts: &BTreeMap<usize, u32>| -> u16 {
        let n: u32 = counts.values().sum();
        let (&t, &c) = counts
            .iter()
            .max_by_key(|x| (*x.1, std::cmp::Reverse(*x.0)))
            .unwrap();
        if o.sure_min > 0 && n >= o.sure_min && c as f64 >= o.sure_purity * n as f64 {
            t as u16
        } else {
            NO_TAG
        }
    };
    let full: Vec<(u64, LexEntry)> = total
        .iter()
        .map(|(&k, c)| {
            (
                k,
                LexEntry {
                    amb: amb_of(c, o.amb_pct),
                    sure: sure(c),
                },
            )
        })
        .collect();
    let full_map: BTreeMap<u64, LexEntry> = full.iter().copied().collect();
    let lexes = train
        .words
        .iter()
        .enumerate()
        .map(|(si, ws)| {
            let f = &per_fold[si % folds];
            ws.iter()
                .map(|w| {
                    let mut c = total[&w.lower].clone();
                    if folds > 1 {
                        for (t, n) in &f[&w.lower] {
                            *c.get_mut(t).unwrap() -= n;
                        }
                        c.retain(|_, n| *n > 0);
                    }
                    LexEntry {
                        amb: amb_of(&c, o.amb_pct),
                        sure: full_map[&w.lower].sure,
                    }
                })
                .collect()
        })
        .collect();
    (lexes, full)
}

/// Tagging accuracy on `dev`, overall and on words unseen in training.
fn eval_tagger(m: &model::Weights, dev: &[Sentence], train: &Data) {
    let known: std::collections::HashSet<u64> = train
        .words
        .iter()
        .flat_map(|ws| ws.iter().map(|w| w.form))
        .collect();
    let (mut n, mut up, mut xp, mut un, mut uup, mut both) = (0, 0, 0, 0, 0, 0);
    let (mut feats, mut out) = (Vec::new(), Vec::new());
    let mut conf: BTreeMap<(String, String, bool), usize> = BTreeMap::new();
    for s in dev {
        let words: Vec<Word> = s.words.iter().map(|w| Word::new(&w.form)).collect();
        newsgraph::syntax::tagger::tag(&m.tagger, &words, &mut feats, &mut out);
        for ((g, p), w) in s.words.iter().zip(&out).zip(&words) {
            let (x, u) = &m.tags[*p as usize];
            n += 1;
            up += (*u == g.upos) as usize;
            xp += (*x == g.xpos) as usize;
            both += (*u == g.upos && *x == g.xpos) as usize;
            if *u != g.upos {
                *conf
                    .entry((g.upos.clone(), u.clone(), known.contains(&w.form)))
                    .or_default() += 1;
            }
            if !known.contains(&w.form) {
                un += 1;
                uup += (*u == g.upos) as usize;
            }
        }
    }
    let mut conf: Vec<_> = conf.into_iter().collect();
    conf.sort_by_key(|x| std::cmp::Reverse(x.1));
    for ((g, p, k), c) in conf.iter().take(20) {
        eprintln!("  {g} -> {p} {} {c}", if *k { "known" } else { "unknown" });
    }
    let pct = |a: usize, b: usize| 100.0 * a as f64 / b.max(1) as f64;
    eprintln!(
        "EWT dev tagger: UPOS {:.2} XPOS {:.2} both {:.2}; unknown forms {} UPOS {:.2}",
        pct(up, n),
        pct(xp, n),
        pct(both, n),
        un,
        pct(uup, un)
    );
}

#[allow(clippy::too_many_arguments)]
/// What every tagger training run shares: the data, its lexicon entries and the options.
struct TaggerFit<'a> {
    train: &'a Data,
    gold_tags: &'a [Vec<usize>],
    lexes: &'a [Vec<LexEntry>],
    n_tags: usize,
    epochs: usize,
    unk_pct: u64,
}

impl TaggerFit<'_> {
    /// Trains a tagger on sentences `sents` (a second pass when `first` holds first-pass tags).
    fn tagger(&self, sents: &[usize], first: Option<&[Vec<u16>]>, rng: &mut Rng) -> Perceptron {
        let TaggerFit {
            train,
            gold_tags,
            lexes,
            n_tags,
            epochs,
            unk_pct,
        } = *self;
        let mut tagger = Perceptron::new(n_tags);
        let mut order = sents.to_vec();
        let mut feats = Vec::new();
        let mut scores = vec![0f32; n_tags];
        for epoch in 0..epochs {
            rng.shuffle(&mut order);
            let (mut right, mut total) = (0usize, 0usize);
            for &si in &order {
                let lex = &lexes[si];
                // Words unseen outside their fold are (mostly) made unknown, as at test time.
                let words = &unknown_words(&train.words[si], lex, |i| {
                    model::finish(model::mix(si as u64, i as u64)) % 100 < unk_pct
                });
                let (mut p1, mut p2) = (START, START);
                let sent = features::sentence_kind(words);
                for (i, &gold) in gold_tags[si].iter().enumerate() {
                    if lex[i].sure != NO_TAG {
                        p2 = p1;
                        p1 = lex[i].sure as u64;
                        continue;
                    }
                    match first {
                        Some(f) => {
                            features::tagger2(words, lex, sent, &f[si], i, p1, p2, &mut feats)
                        }
                        None => features::tagger(words, lex, sent, i, p1, p2, &mut feats),
                    }
                    tagger.score(&feats, &mut scores);
                    let pred = argmax(&scores, |_| true);
                    if pred != gold {
                        tagger.update(&feats, gold, pred);
                    } else {
                        right += 1;
                    }
                    total += 1;
                    tagger.tick();
                    p2 = p1;
                    p1 = pred as u64;
                }
            }
            eprintln!(
                "tagger ({} sentences) epoch {epoch}: train acc {:.2}%",
                sents.len(),
                100.0 * right as f64 / total as f64
            );
        }
        tagger
    }
}

fn argmax(scores: &[f32], ok: impl Fn(usize) -> bool) -> usize {
    let mut best = usize::MAX;
    for (c, &s) in scores.iter().enumerate() {
        if ok(c) && (best == usize::MAX || s > scores[best]) {
            best = c;
        }
    }
    if best == usize::MAX {
        0
    } else {
        best
    }
}
