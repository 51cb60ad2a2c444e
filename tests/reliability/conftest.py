"""The reliability suite: fuzzed inputs, processes killed mid-way, a full disk, power loss.

Runs in CI with a fixed seed and a small budget (about a minute on a two-core machine).
``RGPD_RELIABILITY=slow`` runs the long form: more fuzzed files, more kills, more crash
points (``RGPD_RELIABILITY_SEED=N`` picks other random moments).
"""

from __future__ import annotations

import io
import os
import random
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

SLOW = os.environ.get("RGPD_RELIABILITY", "").lower() == "slow"
SEED = int(os.environ.get("RGPD_RELIABILITY_SEED", "14"))

settings.register_profile(
    "ci", max_examples=40, deadline=None, derandomize=True, database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
settings.register_profile(
    "slow", max_examples=1500, deadline=None, database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
settings.load_profile("slow" if SLOW else "ci")


def budget(ci: int, slow: int) -> int:
    """How many cases of a kind to run: few in CI, many in the slow profile."""
    return slow if SLOW else ci


@pytest.fixture
def rng() -> random.Random:
    return random.Random(SEED)


def run_cli(*argv: str) -> tuple[int, str, str]:
    """The command line in this process; an exception escaping it fails the test."""
    from assistant.cli import main

    out, err = io.StringIO(), io.StringIO()
    code = main(["--lang", "en", *argv], out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(scope="session")
def small_dossier(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small dossier with people, consents and a wording (copy it before changing it)."""
    from assistant import paths
    from assistant.domain.consent import EventKind, Identity
    from assistant.store.dossier import create_dossier

    paths.set_data_dir(tmp_path_factory.mktemp("reliability-state"))
    path = tmp_path_factory.mktemp("reliability") / "shop.rgpd"
    with create_dossier(path) as d:
        d.consents.add_notice(1, "v1", "Recevoir notre lettre", "2020-01-01")
        for n in range(12):
            person = d.consents.add_subject(Identity(email=f"p{n}@exemple.fr",
                                                     first_name="Zoé", last_name=f"N{n}"))
            d.consents.record(person.id, 1 + n % 4, EventKind.GRANTED,
                              occurred_at=f"2024-0{1 + n % 9}-10T10:00:00.000000Z")
    return path


def copy_dossier(source: Path, folder: Path, name: str = "shop.rgpd") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    shutil.copy(source, target)
    return target
