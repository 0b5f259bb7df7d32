//! The `newsgraph` command.

mod batch;
mod bench;

use clap::{Parser, Subcommand, ValueEnum};
use newsgraph::{Article, Extractor};
use std::io::{BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Extract actors, statements, events and times from English news.
///
/// With no command, prints the report of the embedded seed article.
#[derive(Parser)]
#[command(name = "newsgraph", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Extract from one or more text files (`-` reads standard input).
    Extract {
        /// Text files to read.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        /// Publication date (YYYY-MM-DD): anchors relative times.
        #[arg(long)]
        published: Option<String>,
        /// Headline.
        #[arg(long)]
        title: Option<String>,
        /// Outlet.
        #[arg(long)]
        outlet: Option<String>,
        /// URL.
        #[arg(long)]
        url: Option<String>,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// Include per-token syntax (tags, lemmas, dependencies) in JSON output.
        #[arg(long)]
        with_syntax: bool,
        /// Largest text accepted, in bytes.
        #[arg(long, default_value_t = newsgraph::text::input::DEFAULT_MAX_BYTES)]
        max_bytes: usize,
        /// A user actor dictionary (newsgraph TSV or PETRARCH format); repeatable, later
        /// files override earlier ones.
        #[arg(long = "dictionary", value_name = "FILE")]
        dictionaries: Vec<PathBuf>,
    },
    /// Extract from a JSON Lines corpus ({"id", "text", "published"?, "title"?, ...} per line).
    Batch {
        /// Input JSON Lines file (`-` reads standard input).
        input: PathBuf,
        /// Output JSON Lines file (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
        /// Worker threads (default: all cores).
        #[arg(long)]
        threads: Option<usize>,
        /// Include per-token syntax in the output.
        #[arg(long)]
        with_syntax: bool,
        /// Largest text accepted, in bytes.
        #[arg(long, default_value_t = newsgraph::text::input::DEFAULT_MAX_BYTES)]
        max_bytes: usize,
        /// A user actor dictionary (newsgraph TSV or PETRARCH format); repeatable, later
        /// files override earlier ones.
        #[arg(long = "dictionary", value_name = "FILE")]
        dictionaries: Vec<PathBuf>,
    },
    /// Print the JSON Schema of the output.
    Schema,
    /// Benchmark (used by tests/bench/speed.py): time the pipeline over a JSON Lines corpus
    /// held in memory and print the times as JSON.
    #[command(hide = true)]
    Bench {
        /// Input JSON Lines corpus.
        input: PathBuf,
        /// Worker threads (default: all cores).
        #[arg(long)]
        threads: Option<usize>,
        /// Timed runs over the corpus.
        #[arg(long, default_value_t = 3)]
        repeats: usize,
        /// Copies of the corpus to run through per timed run (repeats it to size).
        #[arg(long, default_value_t = 1)]
        copies: usize,
        /// Time each stage alone (cumulative time per stage, one thread).
        #[arg(long)]
        stages: bool,
    },
    /// Re-tag and re-parse the gold tokens of a CoNLL-U file; writes CoNLL-U.
    Parse {
        /// The CoNLL-U file to re-parse.
        #[arg(long)]
        conllu: PathBuf,
        /// Output file (default: standard output).
        #[arg(short, long)]
        output: Option<PathBuf>,
    },
    /// Score extraction against annotated data: `eval [TASK] [PATH]`.
    ///
    /// TASK is all (default), times, actors, statements, events or syntax. PATH is a data
    /// directory laid out like ../shared/eval (default ../shared/eval); for syntax a CoNLL-U
    /// file (e.g. EWT test) or a data directory (scores the GUM Wikinews dev and test docs).
    Eval {
        /// [TASK] [PATH]
        #[arg(num_args = 0..=2)]
        args: Vec<String>,
        /// Print machine-readable JSON.
        #[arg(long)]
        json: bool,
        /// Fail (exit 1) when a figure drops below the floors in this file.
        #[arg(long)]
        floors: Option<PathBuf>,
        /// Score mention predictions from this JSON Lines file instead of running newsgraph
        /// (task actors; {"dataset", "doc_id", "start", "end", "type"} per line).
        #[arg(long)]
        predictions: Option<PathBuf>,
        /// Print the README's markdown accuracy table.
        #[arg(long)]
        markdown: bool,
        /// A baseline's `eval --json` report, for the markdown table's baseline column.
        #[arg(long, requires = "markdown")]
        baseline: Option<PathBuf>,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Text,
    Json,
    Jsonl,
}

fn read_input(path: &Path) -> Result<Vec<u8>, newsgraph::Error> {
    let mut buf = Vec::new();
    let res = if path == Path::new("-") {
        std::io::stdin().read_to_end(&mut buf)
    } else {
        std::fs::File::open(path).and_then(|mut f| f.read_to_end(&mut buf))
    };
    res.map_err(|source| newsgraph::Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    Ok(buf)
}

fn with_path(path: &Path, e: newsgraph::Error) -> String {
    format!("{}: {e}", path.display())
}

fn open_output(path: Option<&Path>) -> Result<Box<dyn Write>, String> {
    Ok(match path {
        None => Box::new(std::io::BufWriter::new(std::io::stdout().lock())),
        Some(p) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(p).map_err(|e| format!("{}: {e}", p.display()))?,
        )),
    })
}

/// Loads each `--dictionary` file into the builder.
fn with_dictionaries(
    mut b: newsgraph::ExtractorBuilder,
    paths: &[PathBuf],
) -> Result<newsgraph::ExtractorBuilder, String> {
    for p in paths {
        b = b.with_dictionary_file(p).map_err(|e| e.to_string())?;
    }
    Ok(b)
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    let mut stdout = std::io::stdout().lock();
    let io = |e: std::io::Error| e.to_string();
    match cli.command {
        None => {
            let doc = Extractor::new()
                .extract(&newsgraph::seed())
                .map_err(|e| e.to_string())?;
            write!(stdout, "{}", newsgraph::report::render(&doc)).map_err(io)?;
        }
        Some(Command::Extract {
            files,
            published,
            title,
            outlet,
            url,
            format,
            with_syntax,
            max_bytes,
            dictionaries,
        }) => {
            let published = published
                .as_deref()
                .map(newsgraph::parse_date)
                .transpose()
                .map_err(|e| e.to_string())?;
            let ex = with_dictionaries(
                Extractor::builder()
                    .with_syntax(with_syntax)
                    .max_bytes(max_bytes),
                &dictionaries,
            )?
            .build()
            .map_err(|e| e.to_string())?;
            for (k, path) in files.iter().enumerate() {
                let bytes = read_input(path).map_err(|e| e.to_string())?;
                let text =
                    newsgraph::text::input::decode_utf8(&bytes).map_err(|e| with_path(path, e))?;
                let article = Article {
                    text: text.to_string(),
                    id: Some(path.display().to_string()),
                    title: title.clone(),
                    outlet: outlet.clone(),
                    url: url.clone(),
                    published,
                };
                let doc = ex.extract(&article).map_err(|e| with_path(path, e))?;
                match format {
                    Format::Text => {
                        if k > 0 {
                            writeln!(stdout).map_err(io)?;
                        }
                        write!(stdout, "{}", newsgraph::report::render(&doc)).map_err(io)?;
                    }
                    Format::Json => writeln!(stdout, "{}", doc.to_json_pretty()).map_err(io)?,
                    Format::Jsonl => writeln!(stdout, "{}", doc.to_json()).map_err(io)?,
                }
            }
        }
        Some(Command::Batch {
            input,
            output,
            threads,
            with_syntax,
            max_bytes,
            dictionaries,
        }) => {
            let mut b = with_dictionaries(
                Extractor::builder()
                    .with_syntax(with_syntax)
                    .max_bytes(max_bytes),
                &dictionaries,
            )?;
            if let Some(n) = threads {
                b = b.threads(n);
            }
            let ex = b.build().map_err(|e| e.to_string())?;
            let mut out = open_output(output.as_deref())?;
            let summary = if input == Path::new("-") {
                batch::run(&ex, BufReader::new(std::io::stdin()), &mut out)
            } else {
                let f =
                    std::fs::File::open(&input).map_err(|e| format!("{}: {e}", input.display()))?;
                batch::run(&ex, BufReader::with_capacity(1 << 20, f), &mut out)
            }
            .map_err(io)?;
            if summary.errors > 0 {
                eprintln!(
                    "newsgraph: {} of {} records failed (see their error lines)",
                    summary.errors, summary.records
                );
            }
        }
        Some(Command::Bench {
            input,
            threads,
            repeats,
            copies,
            stages,
        }) => {
            let f = std::fs::File::open(&input).map_err(|e| format!("{}: {e}", input.display()))?;
            let corpus =
                bench::load(BufReader::new(f)).map_err(|e| format!("{}: {e}", input.display()))?;
            let opts = bench::Options {
                threads: threads.unwrap_or_else(newsgraph::parallel::default_threads),
                repeats,
                copies,
                stages,
            };
            let report = bench::run(&corpus, &opts)?;
            writeln!(stdout, "{report}").map_err(io)?;
        }
        Some(Command::Schema) => {
            write!(stdout, "{}", newsgraph::JSON_SCHEMA).map_err(io)?;
        }
        Some(Command::Parse { conllu, output }) => {
            let bytes = read_input(&conllu).map_err(|e| e.to_string())?;
            let text =
                newsgraph::text::input::decode_utf8(&bytes).map_err(|e| with_path(&conllu, e))?;
            let parsed =
                newsgraph::syntax::conllu::reparse(text).map_err(|e| with_path(&conllu, e))?;
            let mut out = open_output(output.as_deref())?;
            out.write_all(parsed.as_bytes()).map_err(io)?;
            out.flush().map_err(io)?;
        }
        Some(Command::Eval {
            args,
            json,
            floors,
            predictions,
            markdown,
            baseline,
        }) => {
            let eval_args = newsgraph_eval::EvalArgs::from_cli(&args, json, floors)?
                .with_predictions(predictions)
                .with_markdown(markdown, baseline);
            let outcome = newsgraph_eval::run(&eval_args)?;
            write!(stdout, "{}", outcome.output).map_err(io)?;
            if !outcome.failed_floors.is_empty() {
                for f in &outcome.failed_floors {
                    eprintln!("newsgraph: below floor: {f}");
                }
                return Ok(ExitCode::from(1));
            }
        }
    }
    stdout.flush().map_err(io)?;
    Ok(ExitCode::SUCCESS)
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(msg) => {
            eprintln!("newsgraph: error: {msg}");
            ExitCode::from(2)
        }
    }
}
