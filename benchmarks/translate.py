"""Translation throughput and memory on NTREX news: the naive transformers loop vs akhbar, whole and stage by stage.

    make bench
    .venv/bin/python benchmarks/translate.py --docs 10 50 --beam 4 --max-new-tokens 48 [--backend transformers] [--skip-naive]

For each set of documents (the first 10 NTREX documents, then the first 50, where fixed costs
matter less), in one run and at equal beam and output cap: the naive loop as a whole process,
`akhbar run` as a whole process (once, for the first set only, starting its own Prefect server as a
session's first command does; then twice on the server that run kept, as a user's next commands
find it: the second finds everything in its translation memory),
its translate stage on its own and, from the run's ledger, its translate and english stages and
the time from process start to the flow's start. Tokens are what the engines generated: the naive
loop's output ids, `translations.tgt_tokens` of the run (from CTranslate2's hypotheses), never a
re-tokenised text. Peak RSS is the largest process's and the whole process tree's.

NTREX comes from the folder AKHBAR_CORPORA names (the repository carries no corpora); without it the
benchmark stops with one line.
Uses a full-size random model with opus-mt-ar-en's shape (built once into benchmarks/.cache/):
the same cost per token as the real model, meaningless output. Random weights never emit </s>,
so every sentence runs to the cap: both sides always get the same cap. Each measurement runs in
its own subprocess, so its peak RSS is its own. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from akhbar.cli import prefect_server

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "benchmarks" / ".cache"
MODEL_DIR = CACHE / "opus-mt-ar-en-random-full"
AKHBAR = ROOT / ".venv" / "bin" / "akhbar"
RESULT = "RESULT "  # prefix of the one stdout line a variant subprocess reports on


def corpora() -> Path:
    """The corpora folder (AKHBAR_CORPORA) with NTREX in it; without it the benchmark stops with one line."""
    from akhbar.tasks.evaluate import CorporaMissing, corpora_dir

    try:
        return corpora_dir(need=["ntrex"])
    except CorporaMissing as exc:
        raise SystemExit(f"{Path(__file__).name}: {exc}") from None


def documents(n: int | None) -> list[tuple[str, list[str]]]:
    """The first n NTREX documents as (id, Arabic lines)."""
    from akhbar.tasks.evaluate import ntrex_documents

    return ntrex_documents(corpora())[:n]


def build_model(args: argparse.Namespace) -> dict:
    """The full-size random model, built once (tokenizers trained on all NTREX Arabic lines)."""
    from akhbar.tasks.random_marian import build_random_marian

    build_random_marian(MODEL_DIR, [line for _, lines in documents(None) for line in lines], preset="full")
    return {}


def write_documents(docs: list[tuple[str, list[str]]], folder: Path) -> Path:
    """One .txt article per document, a line per paragraph, as `akhbar run` reads them."""
    folder.mkdir(parents=True, exist_ok=True)
    for i, (doc_id, lines) in enumerate(docs):
        (folder / f"{i:03d}_{doc_id}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


# --- variants: each runs in its own subprocess and prints one RESULT line -------------------------


def naive(args: argparse.Namespace) -> dict:
    """The loop a user writes first: transformers, one document per batch, padded."""
    started = time.perf_counter()
    from transformers import MarianMTModel, MarianTokenizer

    tokenizer = MarianTokenizer.from_pretrained(str(MODEL_DIR))
    model = MarianMTModel.from_pretrained(str(MODEL_DIR)).to(args.device)
    special = set(tokenizer.all_special_ids)
    docs = documents(args.docs)
    loaded = time.perf_counter()
    tokens = 0
    for i, (_, lines) in enumerate(docs):
        clock = time.perf_counter()
        batch = tokenizer(lines, return_tensors="pt", padding=True).to(args.device)
        out = model.generate(**batch, num_beams=args.beam, max_new_tokens=args.max_new_tokens)
        tokens += sum(1 for row in out.tolist() for t in row if t not in special)
        print(f"naive: document {i + 1}/{len(docs)}, {len(lines)} sentences padded to {batch['input_ids'].shape[1]} tokens, "
              f"{time.perf_counter() - clock:.1f} s", file=sys.stderr, flush=True)
    done = time.perf_counter()
    return {"sentences": sum(len(lines) for _, lines in docs), "tokens": tokens, "seconds": done - loaded,
            "load_seconds": loaded - started, "backend": "transformers (naive)", "model_inputs": None}


def stage(args: argparse.Namespace) -> dict:
    """akhbar's translate stage (`translate_sentences.fn`) on the same sentences, model loaded beforehand."""
    from akhbar.cli.prefect_runtime import configure_prefect

    configure_prefect()
    import pyarrow as pa

    from akhbar.schemas import sentences
    from akhbar.tasks import translate

    started = time.perf_counter()
    decoding = translate.Decoding(num_beams=args.beam, max_new_tokens=args.max_new_tokens)
    # load (and convert, once) outside the timing: the port the flow hands the stage
    translator = translate.load_translator(str(MODEL_DIR), args.backend or "ctranslate2", args.device, decoding)
    docs = documents(args.docs)
    loaded = time.perf_counter()
    rows, today = [], dt.date.today()
    for doc_id, lines in docs:
        offset = 0
        for i, line in enumerate(lines):
            rows.append({"doc_id": doc_id, "sentence_id": i, "text": line, "char_start": offset,
                         "char_end": offset + len(line), "partition_date": today})
            offset += len(line) + 1
    table, sent = translate.translate_sentences.fn(pa.Table.from_pylist(rows, schema=sentences.COLUMNS), translator)
    done = time.perf_counter()
    return {"sentences": table.num_rows, "tokens": sum(table["tgt_tokens"].to_pylist()), "seconds": done - loaded,
            "load_seconds": loaded - started, "backend": table["backend"][0].as_py(), "model_inputs": sent}


def equivalence(args: argparse.Namespace) -> dict:
    """Greedy CTranslate2 float32 vs transformers through akhbar's translators: identical outputs?"""
    from akhbar.cli.prefect_runtime import configure_prefect

    configure_prefect()
    from akhbar.tasks import translate

    texts = [line for _, lines in documents(args.docs) for line in lines]
    outputs = {}
    for backend, quantization in (("transformers", None), ("ctranslate2", "float32")):
        decoding = translate.Decoding(num_beams=1, max_new_tokens=args.max_new_tokens, quantization=quantization)
        translator = translate.load_translator(str(MODEL_DIR), backend, args.device, decoding)
        outputs[backend] = [t.text if hasattr(t, "text") else t[0] for t in translator.translate(texts)]
    same = sum(a == b for a, b in zip(outputs["transformers"], outputs["ctranslate2"]))
    return {"sentences": len(texts), "identical": same}


def outside_model(args: argparse.Namespace) -> dict:
    """Ingest, clean, extract, validate and publish over all NTREX documents, translation skipped."""
    from akhbar.cli.prefect_runtime import configure_prefect

    configure_prefect()
    from akhbar.schemas import translations
    from akhbar.tasks.clean import clean_documents, segment_sentences
    from akhbar.tasks.extract import extract_dates_and_amounts, extract_mentions
    from akhbar.tasks.ingest import ingest_files
    from akhbar.tasks.validate import gather_rejects, validate_tables
    from akhbar.warehouse import open_warehouse
    from akhbar.warehouse.publish import publish_tables

    docs = documents(None)
    work = Path(tempfile.mkdtemp(prefix="akhbar-bench-"))
    source, warehouse = write_documents(docs, work / "source"), str(work / "warehouse")
    seconds: dict[str, float] = {}
    clock = time.perf_counter()

    def lap(name: str) -> None:
        nonlocal clock
        seconds[name], clock = time.perf_counter() - clock, time.perf_counter()

    articles, ingest_rejects = ingest_files.fn([str(source)])
    lap("ingest")
    cleaned, clean_rejects = clean_documents.fn(articles)
    sentence_rows = segment_sentences.fn(cleaned)
    lap("clean")
    entities, quotes = extract_mentions.fn(sentence_rows)
    published = dict(zip(cleaned["doc_id"].to_pylist(), cleaned["published_at"].to_pylist()))
    found_dates, found_amounts = extract_dates_and_amounts.fn(sentence_rows, published)
    lap("extract")
    tables = {"documents": cleaned, "sentences": sentence_rows, "translations": translations.COLUMNS.empty_table(),
              "entities": entities, "quotes": quotes, "dates": found_dates, "amounts": found_amounts}
    tables, validate_rejects = validate_tables.fn(tables)
    tables["rejects"] = gather_rejects.fn([ingest_rejects, clean_rejects, validate_rejects], dt.date.today())
    lap("validate")
    written = publish_tables.fn(open_warehouse(warehouse), tables, "bench")
    lap("publish")
    return {"documents": written["documents"], "sentences": sentence_rows.num_rows, "entities": entities.num_rows,
            "quotes": quotes.num_rows, "rejects": written["rejects"], "stages": seconds}


VARIANTS = {"build": build_model, "naive": naive, "stage": stage, "equivalence": equivalence, "outside-model": outside_model}


# --- the parent: runs each variant and `akhbar run` as subprocesses, measures, prints --------------


def _tree_rss(root: int) -> int:
    """Resident bytes of a process and all its descendants now, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if entry.name.isdigit():
            try:
                stat = Path(entry.path, "stat").read_text()
                children.setdefault(int(stat.rsplit(")", 1)[1].split()[1]), []).append(int(entry.name))
            except (OSError, IndexError, ValueError):
                continue  # gone while we looked
    total, todo = 0, [root]
    while todo:
        pid = todo.pop()
        todo += children.get(pid, [])
        try:
            total += int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE")
        except (OSError, IndexError, ValueError):
            continue
    return total


def measure(command: list[str], env: dict[str, str], log: Path) -> dict:
    """Run a command; wall seconds, its stdout, the largest process's peak RSS and the sampled tree peak."""
    log.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryFile("w+") as out, log.open("w") as err:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=err, env=env, cwd=ROOT)
        tree_peak, stop = [0], threading.Event()

        def sample() -> None:
            while not stop.wait(0.25):
                tree_peak[0] = max(tree_peak[0], _tree_rss(process.pid))

        sampler = threading.Thread(target=sample, daemon=True)
        sampler.start()
        # wait4, not wait: its rusage is this child's own (ru_maxrss covers its waited-for children too).
        _, status, usage = os.wait4(process.pid, 0)
        process.returncode = os.waitstatus_to_exitcode(status)
        wall = time.perf_counter() - started
        stop.set()
        sampler.join()
        out.seek(0)
        stdout = out.read()
    if process.returncode != 0:
        tail = "\n".join(log.read_text(errors="replace").splitlines()[-15:])
        raise SystemExit(f"{' '.join(command)} failed (exit {process.returncode}); log {log}:\n{tail}")
    result = next((json.loads(line[len(RESULT):]) for line in stdout.splitlines() if line.startswith(RESULT)), {})
    # CPU seconds per wall second: well under the cores in use means something else had the CPU.
    cpu = (usage.ru_utime + usage.ru_stime) / wall
    return {**result, "wall": wall, "rss": usage.ru_maxrss * 1024, "tree_rss": tree_peak[0], "cpu": cpu, "stdout": stdout}


def variant(name: str, args: argparse.Namespace, env: dict[str, str]) -> dict:
    """One variant in a fresh interpreter.

    The parent stays small (no torch): a child's ru_maxrss starts from the parent's at fork.
    """
    docs = args.docs if isinstance(args.docs, int) else min(args.docs)
    command = [sys.executable, str(Path(__file__).resolve()), "--variant", name, "--docs", str(docs), "--beam", str(args.beam),
               "--max-new-tokens", str(args.max_new_tokens), "--device", args.device]
    if args.backend:
        command += ["--backend", args.backend]
    print(f"running {name} …", flush=True)
    return measure(command, env, CACHE / "logs" / f"{name}.log")


def akhbar_run(source: Path, warehouse: Path, env: dict[str, str], label: str) -> dict:
    """`akhbar run` as a user types it; then, from its ledger, its stages, the tokens its engine generated and when its flow began."""
    import duckdb

    print(f"running akhbar run ({label}) …", flush=True)
    kept = prefect_server.running(CACHE / "prefect") is not None  # else the run starts a server (an earlier one idled out)
    launched = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    result = measure([str(AKHBAR), "run", "--source", str(source), "--warehouse", str(warehouse), "--model", str(MODEL_DIR)],
                     env, CACHE / "logs" / f"akhbar-run-{label}.log")
    with duckdb.connect(str(warehouse / "akhbar.duckdb"), read_only=True) as con:
        run_id, started = con.execute("SELECT run_id, started_at FROM runs ORDER BY started_at DESC LIMIT 1").fetchone()
        stages = {stage: (seconds, rows_in, inputs) for stage, seconds, rows_in, inputs in con.execute(
            "SELECT stage, seconds, rows_in, model_inputs FROM run_stages WHERE run_id = ?", [run_id]).fetchall()}
        # this run's translations, or (a second run, all from memory) those it found: the same sentences' tokens
        tokens = con.execute("SELECT sum(tgt_tokens) FROM translations").fetchone()[0] or 0
    translate, english = stages.get("translate", (float("nan"), 0, 0)), stages.get("english", (float("nan"), 0, 0))
    return {**result, "sentences": translate[1], "model_inputs": translate[2], "translate_seconds": translate[0],
            "english_seconds": english[0], "english_inputs": english[2], "tokens": tokens,
            "to_flow": (started - launched).total_seconds(), "kept_server": kept}


def _mb(n: int) -> str:
    return f"{n / 2**20:,.0f} MB"


def report(args: argparse.Namespace, sets: list[dict], outside: dict, same: dict | None) -> None:
    """The summary: per set of documents, every pass, then the ratios the targets are stated in."""
    print(f"\nbeam {args.beam}, cap {args.max_new_tokens} new tokens (both sides), device {args.device}, {os.cpu_count()} cores; "
          "full-size random opus-mt-ar-en shape (every output runs to the cap)")
    for s in sets:
        naive_, stage_, first, second = s["naive"], s["stage"], s["runs"][0], s["runs"][1]
        print(f"\n{s['docs']} NTREX documents, {stage_['sentences']} sentences")
        print(f"  {'pass':<38} {'tokens':>8} {'seconds':>8} {'tokens/s':>9} {'× naive':>8} {'peak RSS':>9} {'tree RSS':>9} {'CPU':>5}")
        base = naive_["tokens"] / naive_["wall"] if naive_ else None

        def line(name: str, tokens: int | None, seconds: float, r: dict | None = None) -> None:
            rate = tokens / seconds if tokens else None
            ratio = f"{rate / base:>7.2f}×" if rate and base else f"{'':>8}"
            memory = f"{_mb(r['rss']):>9} {_mb(r['tree_rss']):>9} {r['cpu']:>5.0%}" if r else ""
            print(f"  {name:<38} {tokens if tokens is not None else '':>8} {seconds:>8.1f} "
                  f"{f'{rate:,.0f}' if rate else '':>9} {ratio} {memory}")

        if naive_:
            line("naive loop, whole process", naive_["tokens"], naive_["wall"], naive_)
            line("  of which generate", naive_["tokens"], naive_["seconds"])
        if s["cold"]:
            line("akhbar run, starting a Prefect server", s["cold"]["tokens"], s["cold"]["wall"], s["cold"])
            line("  process start → flow start", None, s["cold"]["to_flow"])
        line("akhbar run, whole process", first["tokens"], first["wall"], first)
        line(f"  translate stage ({first['model_inputs']} inputs)", first["tokens"], first["translate_seconds"])
        line(f"  english stage ({first['english_inputs']} names)", None, first["english_seconds"])
        line(f"  process start → flow start ({'kept server' if first['kept_server'] else 'starting a server'})", None, first["to_flow"])
        line("akhbar translate stage alone (loaded)", stage_["tokens"], stage_["seconds"], stage_)
        line("akhbar run again (all from memory)", None, second["wall"], second)
        share = first["english_seconds"] / first["translate_seconds"]
        print(f"  → whole run {first['tokens'] / first['wall'] / base:.2f}× the naive loop's tokens/s; " if base else "  → ",
              end="")
        print(f"english stage {share:.0%} of the translate stage; {first['to_flow']:.1f} s to the flow's start; "
              f"peak RSS {_mb(first['rss'])} (tree {_mb(first['tree_rss'])})")
    total = sum(outside["stages"].values())
    print(f"\noutside the model, all NTREX ({outside['documents']} documents, {outside['sentences']} sentences, "
          f"{outside['entities']} entities, {outside['quotes']} quotes): {outside['documents'] / total:.1f} documents/s "
          f"({total:.2f} s; " + ", ".join(f"{k} {v:.2f}" for k, v in outside["stages"].items()) + f"); peak RSS {_mb(outside['rss'])}")
    if same:
        print(f"greedy, CTranslate2 float32 vs transformers: {same['identical']}/{same['sentences']} translations identical "
              f"({same['identical'] / same['sentences']:.1%})")
    print("tokens: generated by the engine; × naive: tokens/s over the naive loop's whole-process tokens/s, same run. peak RSS: the\n"
          "largest single process (wait4 ru_maxrss); tree RSS: the process and its children summed, sampled every 0.25 s; CPU:\n"
          f"CPU time / wall time of the whole subprocess ({os.cpu_count()} cores = {os.cpu_count():.0%}), low when another load shares them")


def main() -> int:
    """Parse options; run one variant (in a child) or the whole benchmark (in the parent)."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, nargs="+", default=[10, 50],
                        help="sets of the first N NTREX documents, each measured in turn (default: %(default)s; 10 is 148 sentences)")
    parser.add_argument("--beam", type=int, default=4, help="beam size for every variant (default: %(default)s)")
    parser.add_argument("--max-new-tokens", type=int, default=48, help="output cap for every variant (default: %(default)s)")
    parser.add_argument("--backend", default=None, help="akhbar backend (default: the translate stage's default)")
    parser.add_argument("--device", default=os.environ.get("AKHBAR_DEVICE", "cpu"), help="cpu or cuda (default: AKHBAR_DEVICE, else cpu)")
    parser.add_argument("--skip-naive", action="store_true", help="skip the naive transformers loop (the slowest part)")
    parser.add_argument("--skip-equivalence", action="store_true", help="skip the greedy CTranslate2-vs-transformers agreement check")
    parser.add_argument("--variant", choices=list(VARIANTS), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.variant:
        args.docs = args.docs[0]  # a child measures one set
        result = VARIANTS[args.variant](args)
        print(RESULT + json.dumps(result), flush=True)
        return 0
    corpora()  # before anything is built or run: no corpora, one line

    env = {**os.environ, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
           "AKHBAR_CACHE_DIR": str(CACHE / "akhbar"),  # the CTranslate2 conversion, made once and kept
           "PREFECT_HOME": str(CACHE / "prefect"),  # the benchmark's own Prefect database
           "AKHBAR_BEAM_SIZE": str(args.beam), "AKHBAR_MAX_NEW_TOKENS": str(args.max_new_tokens), "AKHBAR_DEVICE": args.device}
    if args.backend:
        env["AKHBAR_BACKEND"] = args.backend
    if not (MODEL_DIR / "config.json").exists():
        print(f"building the full-size random model into {MODEL_DIR} (once)", flush=True)
        variant("build", args, env)
    sets = []
    with tempfile.TemporaryDirectory(prefix="akhbar-bench-") as tmp:
        work = Path(tmp)
        if not (CACHE / "prefect" / "prefect.db").exists():
            # A new Prefect home runs its migrations once (~15 s): not what a user's every run costs.
            akhbar_run(write_documents(documents(1), work / "warm"), work / "warm-warehouse", env, "warm-up")
        for n in args.docs:
            one = argparse.Namespace(**{**vars(args), "docs": n})
            naive_ = None if args.skip_naive else variant("naive", one, env)
            stage_ = variant("stage", one, env)  # also converts the model once, before `akhbar run` is timed
            source = write_documents(documents(n), work / f"source-{n}")
            cold = None
            if n == args.docs[0]:  # once: a run that starts its own Prefect server, as the first command of a session does
                prefect_server.stop(CACHE / "prefect")
                cold = akhbar_run(source, work / f"warehouse-{n}-cold", env, f"{n}-cold-server")
            # then as a user's next commands: on the server the one before kept (AKHBAR_PREFECT_IDLE)
            runs = [akhbar_run(source, work / f"warehouse-{n}", env, f"{n}-{label}") for label in ("first", "second")]
            sets.append({"docs": n, "naive": naive_, "stage": stage_, "runs": runs, "cold": cold})
        prefect_server.stop(CACHE / "prefect")
    outside = variant("outside-model", args, env)
    same = None if args.skip_equivalence else variant("equivalence", argparse.Namespace(**{**vars(args), "docs": min(args.docs)}), env)
    report(args, sets, outside, same)
    return 0


if __name__ == "__main__":
    sys.exit(main())
