"""Shared fixtures: an isolated Prefect home and server, the tiny random MarianMT model, a tmp warehouse."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from akhbar.cli.prefect_runtime import configure_prefect, start_local_server
from akhbar.flows.config import RunConfig

ROOT = Path(__file__).parents[1]
SEEDS = ROOT / "seeds"

# Before any test module imports prefect or transformers: no hub, and a Prefect home of
# the test session's own, so tests never touch the user's ~/.prefect.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ["PREFECT_HOME"] = tempfile.mkdtemp(prefix="akhbar-prefect-")
os.environ["AKHBAR_CACHE_DIR"] = tempfile.mkdtemp(prefix="akhbar-cache-")  # converted models
# Removed when this process exits (each xdist worker has its own): registered before the session's Prefect server is
# started, so it runs after that server's own `atexit` stop. Left behind, every run of the suite kept some 13 MB of
# Prefect databases and converted models in the temp folder (4 GB after a day's runs here).
for _folder in (os.environ["PREFECT_HOME"], os.environ["AKHBAR_CACHE_DIR"]):
    atexit.register(shutil.rmtree, _folder, ignore_errors=True)
for name in RunConfig.model_fields:
    os.environ.pop(f"AKHBAR_{name.upper()}", None)  # a developer's AKHBAR_MODEL must not change what a test runs
os.environ.pop("PREFECT_API_URL", None)
configure_prefect()
# A test of a command's own server unsets PREFECT_API_URL: the first such command starts a kept server, as on a
# user's machine, and the next ones find it (tests/flows/test_prefect_server.py tests the keeping itself).
os.environ["AKHBAR_PREFECT_IDLE"] = "30"
_server_ready: Callable[[], None] = lambda: None  # noqa: E731


def pytest_configure(config: pytest.Config) -> None:
    """One Prefect server for the session (each xdist worker its own), started the way `akhbar run` starts its own,
    stopping with this process: flows run in this process against it, and the `akhbar` processes a test starts inherit
    its PREFECT_API_URL instead of each starting a server. It starts now, before collection imports prefect, and comes
    up while the tests are collected. The xdist controller runs no test, and starts none: its server (about 10 s of CPU
    for migrations on a new Prefect home) took a core from the workers while they collected."""
    global _server_ready
    # The session's Prefect client keeps an events websocket open in a background thread, and websockets draws each
    # keepalive ping's payload from the global `random` (`random.getrandbits(32)`, every 20 s). Hypothesis, generating in
    # the main thread meanwhile, saw the global state move and warned now and then, in whichever property test was running,
    # that a strategy used `random`: ours do not (test_clean_properties.py, test_ingest_fuzz.py,
    # test_language_and_segmentation.py draw from Hypothesis only).
    config.addinivalue_line(
        "filterwarnings", "ignore:Do not use the `random` module inside strategies:hypothesis.errors.HypothesisDeprecationWarning"
    )
    distributing = getattr(config.option, "dist", "no") != "no" and getattr(config.option, "tx", None)  # as xdist decides
    if distributing and not hasattr(config, "workerinput"):  # the controller (a worker has `workerinput`)
        return
    _server_ready = start_local_server(idle=0)


@pytest.fixture(scope="session", autouse=True)
def prefect_server() -> Iterator[str]:
    """The session's Prefect API URL, once its server answers; at the end, the kept server of the commands stops too."""
    _server_ready()
    yield os.environ["PREFECT_API_URL"]
    from akhbar.cli.prefect_server import stop

    stop(Path(os.environ["PREFECT_HOME"]))


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny random MarianMT ar→en model and tokenizer trained on the seeds, saved like a hub checkpoint."""
    from akhbar.tasks.random_marian import build_random_marian

    texts = [line for f in sorted(SEEDS.glob("*.txt")) for line in f.read_text(encoding="utf-8").splitlines() if line.strip()]
    return build_random_marian(tmp_path_factory.mktemp("tiny-model"), texts, preset="tiny")


@pytest.fixture(scope="session")
def tiny_ner_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A tiny random token-classification model (BERT, BIO tags), saved like a hub checkpoint."""
    from akhbar.tasks.random_ner import build_random_ner

    return build_random_ner(tmp_path_factory.mktemp("tiny-ner"))


@pytest.fixture
def warehouse(tmp_path: Path) -> Path:
    """An empty warehouse folder."""
    return tmp_path / "warehouse"


@pytest.fixture(scope="session")
def awkward(tiny_model: Path, tmp_path_factory: pytest.TempPathFactory) -> dict:
    """Issue 6's awkward folder (tests/awkward_inputs.py), run by `akhbar run`, then run again; the counts after each."""
    from awkward_inputs import build_folder, counts, run

    tmp = tmp_path_factory.mktemp("awkward")
    built = build_folder(tmp)
    warehouse = tmp / "warehouse"
    first, peak = run(built["folder"], warehouse, tiny_model)
    after_first = counts(warehouse) if first.returncode == 0 else {}
    second, _ = run(built["folder"], warehouse, tiny_model)
    return {**built, "warehouse": warehouse, "first": first, "peak": peak, "second": second,
            "after_first": after_first, "after_second": counts(warehouse) if second.returncode == 0 else {}}


@pytest.fixture(scope="session")
def corpora() -> Path:
    """The corpora folder from AKHBAR_CORPORA (NTREX-128, FLORES-200); a test that takes it skips when that is unset."""
    from articles import corpora_root

    return corpora_root()
