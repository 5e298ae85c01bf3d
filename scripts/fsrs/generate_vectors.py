#!/usr/bin/env python3
"""Generate FSRS-6 test vectors from the reference implementation (PyPI fsrs==6.3.2).

Run on demand (not by the tests): the Swift tests read the committed output without Python.

    pip install fsrs==6.3.2
    python3 scripts/fsrs/generate_vectors.py            # writes the committed vectors
    python3 scripts/fsrs/generate_vectors.py --cases 50 --out /tmp/v.jsonl --seed 7

Output: JSON lines. The first line is a header; each further line is one random review history:
settings, `start_us` (integer microseconds since 1970-01-01T00:00:00Z), an optional starting card
(left by a scheduler with other settings), and per review
  [rating, time, fuzz_u|null, state, step|null, stability, difficulty, due,
   interval_days, retrievability_before, probe, retrievability_at_probe]
`time`, `due` and the starting card's times are seconds after `start_us` (always whole or half
seconds); `probe` is seconds after that review's time (may be negative). `fuzz_u` is the uniform
draw the reference's fuzz was given for that review (null: fuzz off for the case). Histories stop
before 2200 so every instant stays exact to the microsecond in a Swift `Date`.
"""

from __future__ import annotations

import argparse
import json
import random
from datetime import timedelta
from pathlib import Path

from reference_common import (PINNED_VERSION, from_micros, inject_fuzz, make_scheduler, micros,
                              require_pinned_fsrs)

REPO = Path(__file__).resolve().parents[2]
DEFAULT_OUT = REPO / "Tests/StudyCoreTests/Fixtures/fsrs/vectors.jsonl"
DAY = 86_400
LATEST = from_micros(7_258_118_400 * 1_000_000)  # 2200-01-01T00:00:00Z

FSRS5_DEFAULTS = [0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575,
                  0.1192, 1.01925, 1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621]

# Step lists by how many steps they have: none, one, several. Odd seconds make Hard's 1.5x and
# mean-of-two waits land on half seconds; steps of a day or more make "learning" reviews
# a whole day apart, which takes the long-term stability path.
STEP_CHOICES = [
    [[]],
    [[60], [600], [45], [86_400], [2 * DAY]],
    [[60, 600], [30, 300, 3600], [60, 600, DAY], [45, 90], [1, 2, 3], [90, 2 * DAY]],
]
RETENTIONS = [0.9, 0.9, 0.9, 0.7, 0.8, 0.85, 0.95, 0.97]
MAX_INTERVALS = [36500, 36500, 36500, 30, 365, 1, 2, 3, 7, 100, 1000]
SPECIAL_DRAWS = [0.0, 0.5, 0.25, 0.75, 1 / 3, 0.999999, 1 - 2 ** -53]


def random_params(rng, fsrs):
    lower = list(fsrs.scheduler.LOWER_BOUNDS_PARAMETERS)
    upper = list(fsrs.scheduler.UPPER_BOUNDS_PARAMETERS)
    pick = rng.random()
    if pick < 0.30:
        return list(fsrs.scheduler.DEFAULT_PARAMETERS)
    if pick < 0.42:
        return list(FSRS5_DEFAULTS)
    if pick < 0.55:
        return [rng.uniform(lo, hi) for lo, hi in zip(lower[:19], upper[:19])]
    if pick < 0.96:
        return [rng.uniform(lo, hi) for lo, hi in zip(lower, upper)]
    return list(lower) if pick < 0.98 else list(upper)


def random_settings(rng, fsrs, index):
    """Settings for case `index`; step counts cycle so every none/one/several pair is covered."""
    learning = rng.choice(STEP_CHOICES[index % 3])
    relearning = rng.choice(STEP_CHOICES[(index // 3) % 3])
    retention = rng.choice(RETENTIONS) if rng.random() < 0.8 else rng.uniform(0.7, 0.99)
    return {
        "params": random_params(rng, fsrs),
        "retention": retention,
        "learning_steps": learning,
        "relearning_steps": relearning,
        "max_interval": rng.choice(MAX_INTERVALS),
        "fuzz": rng.random() < 0.5,
    }


def next_time(rng, card, previous):
    """The next review time: same instant, same day, day boundaries, on time, around due,
    far past due, or early."""
    due = card.due
    mode = rng.random()
    if mode < 0.07:
        return previous
    if mode < 0.27:
        return previous + timedelta(seconds=rng.randint(1, DAY - 1))
    if mode < 0.34:
        offsets = [DAY - 60, DAY - 1, DAY, DAY + 1, 2 * DAY - 1, 2 * DAY]
        return previous + timedelta(seconds=rng.choice(offsets))
    if mode < 0.56:
        return due
    if mode < 0.70:
        return max(previous, due + timedelta(seconds=rng.randint(-2 * DAY, 2 * DAY)))
    if mode < 0.84:
        return due + timedelta(days=rng.randint(30, 3000), seconds=rng.randint(0, DAY - 1))
    span = (due - previous).total_seconds()
    return previous + timedelta(seconds=int(span * rng.random()))


def pick_rating(rng, style):
    if style == "uniform":
        return rng.randint(1, 4)
    weights = [0.1, 0.1, 0.7, 0.1] if style == "mostly_good" else [0.4, 0.3, 0.2, 0.1]
    return rng.choices([1, 2, 3, 4], weights)[0]


def pick_draw(rng):
    # Six decimals keep the file small; any draw in [0, 1) is as good a test as another.
    return rng.choice(SPECIAL_DRAWS) if rng.random() < 0.3 else round(rng.random(), 6)


def seconds_after(start, moment):
    """Seconds from `start` to `moment` as an int, or a float for a half second."""
    value = (micros(moment) - micros(start)) / 1_000_000
    assert value * 2 == int(value * 2), "times must be whole or half seconds after the start"
    return int(value) if value == int(value) else value


def card_fields(card, start):
    return {
        "state": int(card.state), "step": card.step, "stability": card.stability,
        "difficulty": card.difficulty, "due": seconds_after(start, card.due),
        "last_review": seconds_after(start, card.last_review),
    }


def starting_card(rng, fsrs, draw, start, index):
    """A card left by a scheduler with other settings (None for most cases: a new card)."""
    if rng.random() >= 0.12:
        return fsrs.Card(card_id=1, due=start), start
    other = random_settings(rng, fsrs, index + rng.randint(0, 8))
    scheduler = make_scheduler(fsrs, other["params"], other["retention"],
                               other["learning_steps"], other["relearning_steps"],
                               other["max_interval"], False)
    card, moment = fsrs.Card(card_id=1, due=start), start
    for _ in range(rng.randint(1, 4)):
        card, _ = scheduler.review_card(card, fsrs.Rating(rng.randint(1, 4)), moment)
        moment = next_time(rng, card, moment)
    return card, moment


def review_row(rng, fsrs, scheduler, draw, card, moment, settings, style, start):
    rating = pick_rating(rng, style)
    u = pick_draw(rng) if settings["fuzz"] else None
    draw.value = u if u is not None else 0.0
    before = scheduler.get_card_retrievability(card, moment)
    card, _ = scheduler.review_card(card, fsrs.Rating(rating), moment)
    probe_offset = rng.randint(-DAY, 400 * DAY) if rng.random() < 0.1 else rng.randint(0, 400 * DAY)
    probe = moment + timedelta(seconds=probe_offset)
    row = [rating, seconds_after(start, moment), u, int(card.state), card.step, card.stability,
           card.difficulty, seconds_after(start, card.due), (card.due - card.last_review).days,
           float(before), probe_offset, float(scheduler.get_card_retrievability(card, probe))]
    return card, row


def make_case(rng, fsrs, draw, index):
    settings = random_settings(rng, fsrs, index)
    scheduler = make_scheduler(fsrs, settings["params"], settings["retention"],
                               settings["learning_steps"], settings["relearning_steps"],
                               settings["max_interval"], settings["fuzz"])
    start = from_micros(rng.randint(1_420_070_400, 1_893_456_000) * 1_000_000
                        + (rng.randint(0, 999) * 1000 if rng.random() < 0.1 else 0))
    card, moment = starting_card(rng, fsrs, draw, start, index)
    initial = None if card.last_review is None else card_fields(card, start)
    length = rng.randint(1, 12) if rng.random() < 0.92 else rng.randint(20, 40)
    style = rng.choice(["uniform", "mostly_good", "struggling"])
    rows = []
    for _ in range(length):
        if moment >= LATEST:
            break
        card, row = review_row(rng, fsrs, scheduler, draw, card, moment, settings, style, start)
        rows.append(row)
        moment = next_time(rng, card, moment)
    return {"id": index, **settings, "start_us": micros(start), "initial": initial,
            "reviews": rows}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=2500)
    parser.add_argument("--seed", type=int, default=20250603)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args()
    fsrs = require_pinned_fsrs()
    draw = inject_fuzz(fsrs)
    rng = random.Random(args.seed)
    cases, skipped, reviews = [], 0, 0
    while len(cases) < args.cases:
        try:
            case = make_case(rng, fsrs, draw, len(cases))
        except (OverflowError, ValueError):
            skipped += 1  # extreme random parameters can overflow the reference's floats
            continue
        cases.append(case)
        reviews += len(case["reviews"])
    header = {"format": "notedrill-fsrs-vectors", "version": 1, "fsrs": PINNED_VERSION,
              "seed": args.seed,
              "cases": len(cases), "reviews": reviews, "skipped": skipped}
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w") as out:
        out.write(json.dumps(header) + "\n")
        for case in cases:
            out.write(json.dumps(case, separators=(",", ":")) + "\n")
    print(f"wrote {len(cases)} cases, {reviews} reviews ({skipped} skipped) to {args.out}")


if __name__ == "__main__":
    main()
