"""Archive scale: `akhbar run` over 1,000 and then 10,000 articles in several formats, and again over the unchanged folder.

    make bench
    .venv/bin/python benchmarks/archive.py [--sizes 1000 10000] [--chunk-size 2000] [--resume]

The articles are real Arabic news, the ANT multi-source corpus read from AKHBAR_CORPORA (without it
the benchmark stops with one line): the first 10,000 of the archive, and for the smaller size as many
drawn evenly from those (`evenly`). They are written by the benchmark into a folder of mixed formats as
archives come: ANT `.txt` files holding TREC markup (half of them), a `.tar.gz` of such files,
JSON Lines files of 100 articles, Arabic Gigaword-style `.gz` months of 250 `<DOC>`s and saved
HTML pages. Each article keeps its real date, so the run publishes into as many day partitions
as the corpus spans.

The model is the tiny random one (`akhbar models build-random --preset tiny`), at beam 1 and 8
tokens: the figures are about everything but the model. For each size it prints the stage times
from the run's ledger (`run_stages`), documents/s for everything outside the model (every stage
but translate and english, over the articles read), the peak RSS of the `akhbar run` process and
of its whole process tree (sampled every 0.1 s; not the local Prefect server, shared by every command and
outliving the run), the tree's peak PSS (every 0.5 s: shared pages, such as the
libraries the worker processes share with the fork server, counted once, which the sum of RSS counts in each) with
when it came and which processes held it, and the stage time of a second run over the same, unchanged folder. A worker
that ends between two readings of the tree (extraction's live for one part each) counts nothing in that sample. `--resume` also kills a run after its second chunk, resumes it, and
checks that the tables equal the uninterrupted run's. Not part of the test suite.
"""

from __future__ import annotations

import argparse
import gzip
import io
import itertools
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import threading
import time
from pathlib import Path

import duckdb
import psutil

from akhbar.flows.config import RunConfig

ROOT = Path(__file__).resolve().parents[1]
CACHE = ROOT / "benchmarks" / ".cache"
TINY = CACHE / "tiny-random"
AKHBAR = ROOT / ".venv" / "bin" / "akhbar"
HALT_AFTER = ROOT / "tests" / "flows" / "halt_after.py"
OUTSIDE_MODEL = ("ingest", "clean", "segment", "extract", "validate", "publish")
COMPARED = {  # a resumed run's tables against the uninterrupted run's
    "documents": "doc_id, source_uri, title, published_at, category", "sentences": "doc_id, sentence_id, char_start, char_end",
    "translations": "doc_id, sentence_id, text_en", "entities": "doc_id, char_start, char_end, label, canonical",
    "quotes": "doc_id, char_start, char_end", "dates": "doc_id, char_start, char_end", "amounts": "doc_id, char_start, char_end",
    "rejects": "source_uri, stage, reason",
}


def ant_articles(n: int) -> list[dict]:
    """The first n ANT multi-source articles (in the archive's order), as akhbar's ingest reads them straight from the archive."""
    from akhbar.tasks.evaluate import CorporaMissing, corpora_dir
    from akhbar.tasks.ingest import ArticleReader

    try:
        archive = corpora_dir(need=[]) / "ant-multisource" / "ant-multisource-v2.1.tar.gz"
    except CorporaMissing as exc:
        raise SystemExit(f"{Path(__file__).name}: {exc}") from None
    if not archive.is_file():
        raise SystemExit(f"{Path(__file__).name}: {archive} is missing (AKHBAR_CORPORA must hold ant-multisource/)")
    rows = ArticleReader([archive]).read(n).articles.to_pylist()
    return [row | {"name": row["source_uri"].split("#")[0].rsplit("/", 1)[1]} for row in rows]


def evenly(pool: list[dict], size: int) -> list[dict]:
    """`size` articles drawn evenly from the pool (every tenth of 10,000 for 1,000): the smaller set comes from the same
    sources and months as the larger, so that the two runs differ in size, not in what they read (the archive's first
    1,000 are all BBC's, 2,351 characters on average; 6,519 of the 10,000 are AlArabiya's, 1,430)."""
    step = max(1, len(pool) // size)
    return pool[::step][:size]


def write_corpus(folder: Path, articles: list[dict]) -> dict[str, int]:
    """The articles in mixed formats under `folder`; returns articles per format."""
    folder.mkdir(parents=True)
    counts = {"ant_txt": 0, "tar_gz": 0, "jsonl": 0, "gigaword_gz": 0, "html": 0}
    tar_members, jsonl, giga = [], [], []
    for i, a in enumerate(articles):
        kind = ("ant_txt", "ant_txt", "ant_txt", "ant_txt", "ant_txt", "tar_gz", "tar_gz", "jsonl", "gigaword_gz", "html")[i % 10]
        counts[kind] += 1
        date = a["published_at"].strftime("%a, %d %b %Y %H:%M:%S GMT") if a["published_at"] else ""
        trec = (f"<DOC>\n<DOCNO>{a['source_id']}</DOCNO>\n<URL>{a['url'] or ''}</URL>\n<SRC>{a['source_name'] or ''}</SRC>\n"
                f"<CAT>{a['category'] or ''}</CAT>\n<TITLE>{_esc(a['title'])}</TITLE>\n<TIME>{date}</TIME>\n<TEXT>\n{_esc(a['raw_text'])}\n</TEXT>\n</DOC>\n")
        if kind == "ant_txt":
            sub = folder / (a["source_name"] or "x") / (a["category"] or "x")
            sub.mkdir(parents=True, exist_ok=True)
            (sub / a["name"]).write_text(trec, encoding="utf-8")
        elif kind == "tar_gz":
            tar_members.append((a["name"], trec.encode()))
        elif kind == "jsonl":
            jsonl.append(json.dumps({"id": a["source_id"], "title": a["title"], "text": a["raw_text"], "url": a["url"],
                                     "published_at": a["published_at"].isoformat() if a["published_at"] else None,
                                     "source": a["source_name"], "category": a["category"]}, ensure_ascii=False))
        elif kind == "gigaword_gz":
            paragraphs = "".join(f"<P>\n{_esc(p)}\n</P>\n" for p in a["raw_text"].split("\n") if p.strip())
            day = a["published_at"].strftime("%Y%m%d") if a["published_at"] else "20180101"
            giga.append(f'<DOC id="ANT_ARB_{day}.{i:04d}" type="story" >\n<HEADLINE>\n{_esc(a["title"])}\n</HEADLINE>\n'
                        f"<TEXT>\n{paragraphs}</TEXT>\n</DOC>\n")
        else:
            body = "".join(f"<p>{_esc(p)}</p>" for p in a["raw_text"].split("\n") if p.strip())
            when = a["published_at"].isoformat() if a["published_at"] else ""
            page = (f'<!DOCTYPE html><html lang="ar"><head><meta charset="utf-8"><title>{_esc(a["title"])}</title>'
                    f'<meta property="article:published_time" content="{when}"></head><body><nav>الرئيسية</nav>'
                    f"<article><h1>{_esc(a['title'])}</h1>{body}</article><footer>جميع الحقوق محفوظة</footer></body></html>")
            (folder / "pages").mkdir(exist_ok=True)
            (folder / "pages" / f"{i}.html").write_text(page, encoding="utf-8")
    with tarfile.open(folder / "more.tar.gz", "w:gz") as tar:
        for name, data in tar_members:
            info = tarfile.TarInfo(f"ant/{name}")
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    for start in range(0, len(jsonl), 100):
        (folder / f"feed-{start // 100:03d}.jsonl").write_text("\n".join(jsonl[start:start + 100]) + "\n", encoding="utf-8")
    for start in range(0, len(giga), 250):
        (folder / f"ant_arb_{start // 250:03d}.gz").write_bytes(gzip.compress("".join(giga[start:start + 250]).encode()))
    return counts


def _esc(text: str | None) -> str:
    return (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def tiny_model() -> Path:
    if not (TINY / "config.json").exists():
        subprocess.run([str(AKHBAR), "models", "build-random", "--out", str(TINY), "--preset", "tiny"], check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return TINY


def run(source: Path, warehouse: Path, chunk_size: int, halt: str | None = None) -> dict:
    """One `akhbar run`, its peak RSS (own, and the tree's, sampled) and wall time."""
    command = [str(AKHBAR)] if halt is None else [sys.executable, str(HALT_AFTER), halt, "KILL"]
    command += ["run", "--source", str(source), "--warehouse", str(warehouse), "--model", str(tiny_model()),
                "--beam-size", "1", "--max-new-tokens", "8", "--chunk-size", str(chunk_size)]
    env = os.environ | {"HF_HUB_OFFLINE": "1"}
    started = time.perf_counter()
    process = psutil.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, start_new_session=True)
    peak: dict = {"own": 0, "tree": 0, "pss": 0, "pss_at": (0.0, 0, [])}
    done = threading.Event()

    def sample() -> None:
        for n in itertools.count():
            if done.is_set() or not process.is_running():
                break
            try:
                # not the local Prefect server a run may start (`akhbar.cli.prefect_server`): it outlives the run, serves
                # every command, and is counted in a run's tree only when that run happened to start it
                children = [c for c in process.children(recursive=True) if "akhbar.cli.prefect_server" not in _cmdline(c)]
                own = process.memory_info().rss
            except psutil.Error:  # the run itself has ended
                break
            # extraction's workers live for one part each (`max_tasks_per_child=1`): one that ends between the listing and
            # the reading counts nothing this time, and the sampling goes on (it had stopped for the rest of the run on
            # the first such race, so that a run's peak could be read from its first seconds only)
            tree = own + sum(_memory(c, "rss") for c in children)
            # PSS every 0.5 s (reading smaps costs more): the tree's memory with shared pages (the forked workers'
            # libraries, torch's among them) counted once across the processes sharing them, not once in each
            each = [_memory(p, "pss") for p in (process, *children)] if n % 5 == 0 else [0]
            if sum(each) > peak["pss"]:  # where the peak is: which processes hold it, and when in the run
                peak["pss_at"] = (time.perf_counter() - started, each[0], sorted(each[1:], reverse=True))
            peak["own"], peak["tree"], peak["pss"] = max(peak["own"], own), max(peak["tree"], tree), max(peak["pss"], sum(each))
            time.sleep(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output = process.stdout.read().decode(errors="replace")
    process.wait()
    done.set()
    sampler.join()
    if process.returncode != 0 and halt is None:
        raise SystemExit(f"akhbar run failed ({process.returncode}):\n{output[-3000:]}")
    return {"seconds": time.perf_counter() - started, "peak_own": peak["own"], "peak_tree": peak["tree"], "peak_pss": peak["pss"],
            "pss_at": peak["pss_at"], "returncode": process.returncode, "output": output}


def ledger(warehouse: Path, last: int = 1) -> dict[str, float]:
    """Seconds per stage of the warehouse's `last`-th latest run, and its articles read."""
    with duckdb.connect(str(warehouse / "akhbar.duckdb"), read_only=True) as con:
        run_id = con.execute("SELECT run_id FROM runs ORDER BY started_at DESC LIMIT 1 OFFSET ?", [last - 1]).fetchone()[0]
        rows = con.execute("SELECT stage, seconds, rows_out FROM run_stages WHERE run_id = ?", [run_id]).fetchall()
        unchanged = con.execute("SELECT files_unchanged FROM runs WHERE run_id = ?", [run_id]).fetchone()[0]
    stages = {stage: seconds for stage, seconds, _ in rows}
    return stages | {"articles": next(n for stage, _, n in rows if stage == "ingest"), "files_unchanged": unchanged}


def tables(warehouse: Path) -> dict[str, list]:
    with duckdb.connect(str(warehouse / "akhbar.duckdb"), read_only=True) as con:
        return {t: con.execute(f"SELECT {c} FROM {t} ORDER BY ALL").fetchall() for t, c in COMPARED.items()}


def _cmdline(process: psutil.Process) -> list[str]:
    """A process's command line; none for one that has already ended."""
    try:
        return process.cmdline()
    except psutil.Error:
        return []


def _memory(process: psutil.Process, kind: str) -> int:
    """A process's RSS or PSS in bytes; 0 for one that has ended (or whose memory can no longer be read)."""
    try:
        return process.memory_info().rss if kind == "rss" else process.memory_full_info().pss
    except psutil.Error:
        return 0


def mb(n: int) -> str:
    return f"{n / 1e6:,.0f} MB"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--chunk-size", type=int, default=RunConfig.model_fields["chunk_size"].default,
                        help="articles per chunk (default: `akhbar run`'s)")
    parser.add_argument("--resume", action="store_true", help="also kill a run after its second chunk and check the resumed tables")
    args = parser.parse_args()
    pool = ant_articles(max(args.sizes))
    tiny_model()
    print(f"archive benchmark: ANT multi-source articles, tiny random model (beam 1, 8 tokens), chunks of {args.chunk_size:,} "
          "articles or the default --chunk-characters, whichever ends a chunk first")
    results = {}
    with tempfile.TemporaryDirectory(prefix="akhbar-archive-bench-") as tmp:
        for size in args.sizes:
            source = Path(tmp) / f"in-{size}"
            counts = write_corpus(source, evenly(pool, size))
            files = sum(1 for p in source.rglob("*") if p.is_file())
            warehouse = Path(tmp) / f"wh-{size}"
            first = run(source, warehouse, args.chunk_size)
            stages = ledger(warehouse)
            outside = sum(stages.get(s, 0.0) for s in OUTSIDE_MODEL)
            second = run(source, warehouse, args.chunk_size)
            again = ledger(warehouse)
            again_stages = sum(v for k, v in again.items() if k not in ("articles", "files_unchanged"))
            results[size] = {"peak_own": first["peak_own"], "peak_tree": first["peak_tree"], "peak_pss": first["peak_pss"]}
            print(f"\n{size:,} articles in {files:,} files ({', '.join(f'{k} {v:,}' for k, v in counts.items())})")
            print("  stages (s): " + ", ".join(f"{s} {stages.get(s, 0.0):.1f}" for s in (*OUTSIDE_MODEL[:3], "translate", "extract",
                                                                                            "english", *OUTSIDE_MODEL[4:])))
            print(f"  outside the model: {outside:.1f} s for {stages['articles']:,} articles = {stages['articles'] / outside:,.0f} documents/s")
            print(f"  whole run: {first['seconds']:.1f} s wall; peak RSS: akhbar run {mb(first['peak_own'])}, process tree "
                  f"{mb(first['peak_tree'])}; peak PSS of the process tree {mb(first['peak_pss'])}")
            at, own_pss, others = first["pss_at"]
            print(f"  the PSS peak {at:.0f} s into the run: akhbar run {mb(own_pss)}, its {len(others)} other processes "
                  f"{', '.join(mb(p) for p in others)} (the fork server and extraction's or cleaning's workers)")
            print(f"  second run over the unchanged folder: {again_stages:.2f} s in its stages ({again['files_unchanged']:,} files "
                  f"skipped unopened, {again['articles']:,} articles read), {second['seconds']:.1f} s wall")
            if args.resume and size == max(args.sizes):
                resumed = Path(tmp) / f"wh-{size}-resumed"
                killed = run(source, resumed, args.chunk_size, halt="akhbar.flows.ledger:Progress.chunk_done@2")
                with duckdb.connect(str(resumed / "akhbar.duckdb"), read_only=True) as con:
                    at_kill = con.execute("SELECT count(*) FROM documents").fetchone()[0]
                run(source, resumed, args.chunk_size)
                published = ledger(resumed)
                same = tables(resumed) == tables(warehouse)
                print(f"  killed after chunk 2 (exit {killed['returncode']}, {at_kill:,} documents published); resumed: "
                      f"{published['articles']:,} articles read again, tables equal to the uninterrupted run's: {same}")
    if len(results) > 1:
        small, large = results[min(results)], results[max(results)]
        print(f"\npeak RSS {max(results):,} / {min(results):,} articles: akhbar run {large['peak_own'] / small['peak_own']:.2f}×, "
              f"process tree {large['peak_tree'] / small['peak_tree']:.2f}×; PSS of the process tree "
              f"{large['peak_pss'] / small['peak_pss']:.2f}×")


if __name__ == "__main__":
    main()
