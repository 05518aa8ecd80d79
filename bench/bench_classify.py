"""Benchmark the detector (``classify``) against better-profanity and alt-profanity-check.

One run measures, for each detector, on the same texts (the labelled dev set in
tests/features/moderation/detector/devset/):

* load time and resident-memory growth of import + first call, each in a fresh subprocess so
  one library's imports cannot flatter or burden another;
* throughput in statuses per second on one core: CPU time (``time.process_time``) of the best
  of several passes, one call per status, so a busy shared machine disturbs it less; before
  each pass the detector's caches are emptied and warmed on other text (the training
  corpus), so a pass costs what it costs a bot that has run for a while, not a repeat of
  texts already cached. Workloads: the mixed one (dev set + locked sets 1-3, 9,390 texts),
  the held-out mix (the texts of locked10 and locked11), and the dev set by kind;
* precision / recall / false-flag rate per kind (plain, disguised, phishing).

Usage (from the repository root)::

    .venv/bin/python bench/bench_classify.py            # table on stdout
    .venv/bin/python bench/bench_classify.py --json     # machine-readable

alt-profanity-check and better-profanity come from the ``[bench]`` extra. A library that is
not installed is reported as such, not silently skipped.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
# "contactbot" is the default detector (rules + shipped model); "contactbot-rules" the same
# detector with the learned stage switched off, to show what the model costs.
DETECTORS = ("contactbot", "contactbot-rules", "better-profanity", "alt-profanity-check")
PASSES = 5

# Runs inside the subprocess: measure one detector and print one JSON object.
_CHILD = r"""
import gc, json, sys, time
sys.path.insert(0, ROOT)
import psutil

proc = psutil.Process()
name = NAME

def rss():
    gc.collect()
    return proc.memory_info().rss

# The dev-set loader and the interpreter baseline are imported before measuring.
from tests.features.moderation.detector.devset.evaluate import load, score
from tests.features.moderation.detector.locked.evaluate import load as load_locked
from tests.features.moderation.detector.locked2.evaluate import load as load_locked2
from tests.features.moderation.detector.locked3.evaluate import load as load_locked3
from tests.features.moderation.detector.locked10.evaluate import load as load_locked10
from tests.features.moderation.detector.locked11.evaluate import load as load_locked11
examples = load()
# The mixed workload: the dev set plus the three locked sets (issue 11), every text once.
# Only the texts are read here (for speed); no label of the current locked set is used.
texts = (
    [e.text for e in examples]
    + [r.text for r in load_locked()]
    + [r.text for r in load_locked2()]
    + [r.text for r in load_locked3()]
)
# The held-out mix (since detector round 6; locked10 + locked11 since round 7): the texts of
# the two newest locked sets, written by authors who never saw the detector; only the texts
# are read (speed, not quality).
held_out = [r.text for r in load_locked10()] + [r.text for r in load_locked11()]
before = rss()
t0 = time.perf_counter()
reset = None
if name == "contactbot":
    from contactbot.features.moderation.detector import classify, default_detector
    predict = lambda text: classify(text).flagged
    reset = default_detector().clear_caches
elif name == "contactbot-rules":
    from contactbot.features.moderation.detector import Detector, DetectorSettings
    from contactbot.features.moderation.detector.settings import ModelSettings
    _rules = Detector(DetectorSettings(model=ModelSettings(enabled=False)))
    predict = lambda text: _rules.classify(text).flagged
    reset = _rules.clear_caches
elif name == "better-profanity":
    from better_profanity import profanity
    profanity.load_censor_words()
    predict = profanity.contains_profanity
else:
    from profanity_check import predict as _predict
    predict = lambda text: bool(_predict([text])[0])
predict("warm-up text")
load_s = time.perf_counter() - t0
rss_mib = (rss() - before) / 2**20

# Caches are emptied before every pass and warmed on other text (the training corpus, not
# the workload), as in a bot that has run for a while: a repeated pass over the same texts
# would otherwise find every word already cached.
from training import corpus, corpus2
warm_texts = [t for t, _ in corpus.build(3)] + [t for t, _ in corpus2.build(3)]

def rate(subset):
    # Best of up to PASSES passes; slow detectors stop after ~3 s of CPU.
    best, spent = float("inf"), 0.0
    for _ in range(PASSES):
        if reset is not None:  # only our detectors cache; the others need no warming
            reset()
            for text in warm_texts:
                predict(text)
        t = time.process_time()
        for text in subset:
            predict(text)
        took = time.process_time() - t
        best, spent = min(best, took), spent + took
        if spent > 3.0:
            break
    return len(subset) / best if best > 0 else float("inf")

kinds = ("plain", "disguised", "phishing")
by_kind = {k: [e.text for e in examples if e.kind == k] for k in kinds}
throughput = {
    "all": rate(texts),
    "held_out": rate(held_out),
    **{k: rate(v) for k, v in by_kind.items()},
}
batch = None
if name == "alt-profanity-check":
    t = time.process_time()
    _predict(texts)
    batch = len(texts) / (time.process_time() - t)
scores, _ = score(examples, predict)
print(json.dumps({
    "name": name,
    "load_s": load_s,
    "rss_mib": rss_mib,
    "throughput": throughput,
    "batch_throughput": batch,
    "scores": {k: {"precision": v.precision, "recall": v.recall,
                   "false_flag_rate": v.false_flag_rate,
                   "offensive": v.offensive, "benign": v.benign}
               for k, v in scores.items()},
}))
"""


def measure(name: str) -> dict[str, Any]:
    code = f"ROOT = {str(ROOT)!r}\nNAME = {name!r}\nPASSES = {PASSES}\n" + _CHILD
    env = dict(os.environ, PYTHONHASHSEED="0", OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        check=False,
    )
    if result.returncode != 0:
        last = (result.stderr.strip().splitlines() or ["no output"])[-1]
        return {"name": name, "error": last}
    data: dict[str, Any] = json.loads(result.stdout.strip().splitlines()[-1])
    return data


def _pct(x: float) -> str:
    return f"{100 * x:5.1f}%"


def render(results: list[dict[str, Any]]) -> str:
    lines = []
    lines.append(f"Speed and footprint (one core; CPU time, best of up to {PASSES} passes)")
    lines.append(
        f"{'detector':22} {'load s':>7} {'RSS MiB':>8} {'all/s':>9} {'held-out/s':>10} "
        f"{'plain/s':>9} {'disguised/s':>11} {'phishing/s':>10}"
    )
    for r in results:
        if "error" in r:
            lines.append(f"{r['name']:22} NOT AVAILABLE: {r['error']}")
            continue
        t = r["throughput"]
        lines.append(
            f"{r['name']:22} {r['load_s']:7.3f} {r['rss_mib']:8.1f} {t['all']:9.0f} "
            f"{t['held_out']:10.0f} {t['plain']:9.0f} {t['disguised']:11.0f} "
            f"{t['phishing']:10.0f}"
        )
        if r.get("batch_throughput"):
            lines.append(f"{'':22} (batch predict of all texts: {r['batch_throughput']:.0f}/s)")
    lines.append("")
    lines.append("Quality on the dev set (P = precision, R = recall, FF = benign false flags)")
    lines.append(
        f"{'detector':22} {'kind':10} {'offens.':>7} {'benign':>6} {'P':>7} {'R':>7} {'FF':>7}"
    )
    for r in results:
        if "error" in r:
            continue
        for kind, s in r["scores"].items():
            lines.append(
                f"{r['name']:22} {kind:10} {s['offensive']:7d} {s['benign']:6d} "
                f"{_pct(s['precision'])} {_pct(s['recall'])} {_pct(s['false_flag_rate'])}"
            )
    ours = next((r for r in results if r["name"] == "contactbot" and "error" not in r), None)
    if ours:
        s = ours["scores"]
        checks = [
            ("plain precision >= 90%", s["plain"]["precision"] >= 0.90),
            ("plain recall >= 75%", s["plain"]["recall"] >= 0.75),
            ("benign plain false flags <= 1%", s["plain"]["false_flag_rate"] <= 0.01),
            ("disguised benign false flags <= 2%", s["disguised"]["false_flag_rate"] <= 0.02),
            ("disguised recall >= 90%", s["disguised"]["recall"] >= 0.90),
            ("phishing recall >= 90%", s["phishing"]["recall"] >= 0.90),
            ("throughput (plain) >= 20000/s", ours["throughput"]["plain"] >= 20_000),
            ("throughput (mixed workload) >= 15000/s", ours["throughput"]["all"] >= 15_000),
            ("throughput (held-out mix) >= 15000/s", ours["throughput"]["held_out"] >= 15_000),
            ("throughput (all kinds) >= 20000/s", ours["throughput"]["all"] >= 20_000),
            ("load < 0.5 s", ours["load_s"] < 0.5),
            ("RSS < 20 MiB", ours["rss_mib"] < 20),
        ]
        lines.append("")
        lines.append("contactbot targets")
        for label, ok in checks:
            lines.append(f"  [{'ok' if ok else 'MISS'}] {label}")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--json", action="store_true", help="print raw results as JSON")
    parser.add_argument(
        "--only", choices=DETECTORS, action="append", help="measure only these detectors"
    )
    args = parser.parse_args()
    results = [measure(name) for name in (args.only or DETECTORS)]
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print(render(results))


if __name__ == "__main__":
    main()
