#!/usr/bin/env python3
"""Generate the long-horizon `notedrill fsrs replay` fixture from the reference (PyPI fsrs==6.3.2).

Histories that reach the maximum interval again and again, so due dates run past the year 2300
(where a double-precision `Date` can no longer hold every microsecond): each review happens at
the card's due date plus a few seconds and odd microseconds, mostly Easy or Good, with fuzz
draws on some lines.

    pip install fsrs==6.3.2
    python3 scripts/fsrs/generate_long_replay_fixture.py

Writes, under Tests/StudyCoreTests/Fixtures/fsrs/:
  replay-long-input.jsonl     the reviews
  replay-long-expected.jsonl  the reference's cards after each review, default settings
"""

from __future__ import annotations

import random
from datetime import timedelta
from pathlib import Path

from generate_replay_fixture import replay, write_lines
from reference_common import (format_time, from_micros, inject_fuzz, make_scheduler,
                              require_pinned_fsrs)

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "Tests/StudyCoreTests/Fixtures/fsrs"
DEFAULT = {"params": None, "retention": 0.9, "learning": [60, 600], "relearning": [600],
           "maximum": 36500}


def make_input(fsrs, draw, rng):
    params = list(fsrs.scheduler.DEFAULT_PARAMETERS)
    plain, fuzzed = (make_scheduler(fsrs, params, 0.9, [60, 600], [600], 36500, fuzz)
                     for fuzz in (False, True))
    lines = []
    for card_index in range(8):
        card_id = f"long-{card_index}"
        when = from_micros(1_709_283_600_000_000 + rng.randint(0, 10**12) * 7 + card_index)
        card = fsrs.Card(card_id=1, due=when)
        for _ in range(40):
            rating = rng.choice([4, 4, 4, 4, 3, 2]) if rng.random() > 0.04 else 1
            line = {"card": card_id, "rating": rating, "time": format_time(when)}
            if rng.random() < 0.5:
                line["fuzz"] = round(rng.random(), 6)
            draw.value = line.get("fuzz", 0.0)
            card, _ = (fuzzed if "fuzz" in line else plain).review_card(
                card, fsrs.Rating(rating), when)
            lines.append(line)
            when = card.due + timedelta(seconds=rng.randint(0, 3600),
                                        microseconds=rng.randint(0, 999_999))
            if when.year > 9400:
                break
    return lines


def main():
    fsrs = require_pinned_fsrs()
    draw = inject_fuzz(fsrs)
    lines = make_input(fsrs, draw, random.Random(20261204))
    write_lines(OUT / "replay-long-input.jsonl", lines)
    write_lines(OUT / "replay-long-expected.jsonl", replay(fsrs, draw, DEFAULT, lines))
    latest = max(line["time"] for line in lines)
    print(f"wrote {len(lines)} reviews (latest {latest}) and the reference's output to {OUT}")


if __name__ == "__main__":
    main()
