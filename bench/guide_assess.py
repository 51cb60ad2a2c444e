"""How long one evaluation of the six-step guide takes on a large register.

The Overview and the step pages evaluate the guide (rules, action plan, checklists, score,
deadlines) after every change, so it must stay well under the time a user notices. Prints the
time of one evaluation on N processing activities and its ratio to a raw baseline measured in
the same run: reading the register alone (``dossier.register.list()``).

    python bench/guide_assess.py [N]
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from assistant.content.guide import load_steps
from assistant.content.loader import load_templates
from assistant.store.dossier import create_dossier


def best_of(runs: int, job) -> float:  # type: ignore[no-untyped-def]
    best = float("inf")
    for _ in range(runs):
        start = time.perf_counter()
        job()
        best = min(best, time.perf_counter() - start)
    return best


def main(n: int = 500) -> None:
    with tempfile.TemporaryDirectory() as folder:
        dossier = create_dossier(Path(folder) / "bench.rgpd")
        templates = load_templates("fr")
        with dossier.transaction():
            for i in range(n):
                template = templates[i % len(templates)]
                dossier.register.create(replace(template.to_processing(), name=f"P{i}"))
        steps = load_steps("fr")
        dossier.guide.assess(steps)  # the first one also writes the plan's history
        baseline = best_of(5, dossier.register.list)
        guide = best_of(5, lambda: dossier.guide.assess(steps))
        dossier.close()
    print(f"{n} processing activities: guide evaluation {guide * 1000:.1f} ms, "
          f"reading the register {baseline * 1000:.1f} ms, ratio {guide / baseline:.1f}x")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
