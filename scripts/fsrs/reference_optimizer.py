#!/usr/bin/env python3
"""Fit FSRS-6 weights with the reference optimizer (PyPI fsrs-rs-python==0.9.3) on a prepared log.

Used by the optimizer comparison (notedrill-bench fsrs-optimize and the Swift test). Input (a
JSON file named on the command line), written by NoteDrill from a review log:

    {"histories": [{"d": [0, 0, 3, ...], "r": [3, 3, 2, ...]}, ...],
     "train": [[history, end], ...],      # scored reviews, oldest first
     "test": [[history, end], ...],
     "weights": {"name": [21 numbers], ...}}   # extra weight sets to score on "test"

Each [history, end] is one FSRSItem: the history's reviews 0...end (rating, whole days since the
review before). The reference fits on "train" with card ids (its per-card batching); the script
prints JSON: the fitted weights, the seconds compute_parameters took, and the log loss on "test"
of the fitted, default and extra weights, computed with the reference's own memory states.

    pip install fsrs-rs-python==0.9.3
"""

from __future__ import annotations

import json
import math
import sys
import time
from importlib import metadata

PINNED = "0.9.3"


def main():
    try:
        version = metadata.version("fsrs-rs-python")
    except metadata.PackageNotFoundError:
        sys.exit(f"fsrs-rs-python is not installed: pip install fsrs-rs-python=={PINNED}")
    if version != PINNED:
        sys.exit(f"fsrs-rs-python {version} is installed, the comparison pins {PINNED}")
    from fsrs_rs_python import DEFAULT_PARAMETERS, FSRS, FSRSItem, FSRSReview

    with open(sys.argv[1]) as handle:
        data = json.load(handle)
    histories = [[FSRSReview(r, d) for d, r in zip(h["d"], h["r"])] for h in data["histories"]]

    def item(pair):
        history, end = pair
        return FSRSItem(histories[history][: end + 1])

    train = [item(pair) for pair in data["train"]]
    card_ids = [pair[0] for pair in data["train"]]
    started = time.perf_counter()
    fitted = FSRS(DEFAULT_PARAMETERS).compute_parameters(train, card_ids=card_ids)
    seconds = time.perf_counter() - started

    def log_loss(weights):
        model = FSRS(list(weights))
        decay = -weights[20]
        factor = 0.9 ** (1 / decay) - 1
        total = 0.0
        for history, end in data["test"]:
            state = model.memory_state(FSRSItem(histories[history][:end]), None)
            raw = data["histories"][history]
            r = (1 + factor * raw["d"][end] / state.stability) ** decay
            r = min(max(r, 1e-7), 1 - 1e-7)
            y = 1.0 if raw["r"][end] > 1 else 0.0
            total -= y * math.log(r) + (1 - y) * math.log(1 - r)
        return total / max(len(data["test"]), 1)

    scores = {"fitted": log_loss(fitted), "default": log_loss(DEFAULT_PARAMETERS)}
    for name, weights in data.get("weights", {}).items():
        scores[name] = log_loss(weights)
    json.dump({"fsrs_rs_python": version, "weights": list(fitted), "seconds": seconds,
               "train_items": len(train), "test_log_loss": scores}, sys.stdout)
    print()


if __name__ == "__main__":
    main()
