"""Shared by the package's tests: the package from this clone, its CLI,
the shared corpus, and one engine for the session."""
import os
import subprocess
import sys

import pytest

PYTHON_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROOT = os.path.dirname(PYTHON_DIR)
sys.path.insert(0, PYTHON_DIR)

import sitrep  # noqa: E402

CLI = os.environ.get("SITREP_CLI", os.path.join(ROOT, "build", "sitrep"))
SHARED = os.environ.get("SITREP_SHARED", os.path.join(ROOT, "..", "shared"))
DATA = os.path.join(ROOT, "tests", "data")


def shared(*parts):
    """A file of the shared corpus; its absence fails the test, as the
    e2e tests fail (CI has ../shared)."""
    path = os.path.join(SHARED, *parts)
    if not os.path.exists(path):
        pytest.fail(f"missing {path} (the shared corpus; SITREP_SHARED names another place)")
    return path


def cli_bytes(*args, input=None):
    """Runs the sitrep CLI; its stdout as bytes."""
    r = subprocess.run([CLI, *args], capture_output=True, input=input)
    if r.returncode != 0:
        raise AssertionError(f"sitrep {' '.join(args)} exited {r.returncode}: "
                             f"{r.stderr.decode(errors='replace')}")
    return r.stdout


def cli(*args, input=None):
    """Runs the sitrep CLI; its stdout as str (CRLF kept)."""
    return cli_bytes(*args, input=input and input.encode()).decode("utf-8")


@pytest.fixture(scope="session")
def engine():
    with sitrep.Engine() as e:
        yield e
