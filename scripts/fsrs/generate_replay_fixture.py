#!/usr/bin/env python3
"""Generate the `notedrill fsrs replay` CLI fixture from the reference (PyPI fsrs==6.3.2).

Run on demand; the CLI test (and ReplayRunner test) compare their output with the committed files.

    pip install fsrs==6.3.2
    python3 scripts/fsrs/generate_replay_fixture.py

Writes, under Tests/StudyCoreTests/Fixtures/fsrs/:
  replay-input.jsonl            seeded random reviews of a few cards (some with a fuzz draw)
  replay-expected-default.jsonl the reference's cards after each review, default settings
  replay-custom-args.txt        the options of the second run, one argument per line
  replay-expected-custom.jsonl  the same with those options
Output lines use the replay command's format (field order, UTC `Z` timestamps, state names).
"""

from __future__ import annotations

import json
import random
from datetime import timedelta
from pathlib import Path

from generate_vectors import FSRS5_DEFAULTS, next_time
from reference_common import (STATE_NAMES, format_time, from_micros, inject_fuzz, make_scheduler,
                              parse_time, require_pinned_fsrs)

REPO = Path(__file__).resolve().parents[2]
OUT = REPO / "Tests/StudyCoreTests/Fixtures/fsrs"  # read by the CLI and library tests
CARD_IDS = ["aws-alb", "route53", "카드 3", 'say "hi"', "42"]
DEFAULT = {"params": None, "retention": 0.9, "learning": [60, 600], "relearning": [600],
           "maximum": 36500}
CUSTOM = {"params": FSRS5_DEFAULTS, "retention": 0.85, "learning": [30], "relearning": [],
          "maximum": 365}
CUSTOM_ARGS = ["--params", ",".join(repr(w) for w in FSRS5_DEFAULTS), "--retention", "0.85",
               "--steps", "30s", "--relearning-steps", "", "--max-interval", "365"]


def make_input(fsrs, rng):
    """Interleaved reviews of a few cards; times follow each card's due date under defaults."""
    scheduler = make_scheduler(fsrs, list(fsrs.scheduler.DEFAULT_PARAMETERS), 0.9, [60, 600],
                               [600], 36500, False)
    moment = from_micros(1_709_283_600_000_000)  # 2024-03-01T09:00:00Z
    cards, clock, lines = {}, {}, []
    for _ in range(60):
        card_id = rng.choice(CARD_IDS)
        if card_id in cards:
            when = next_time(rng, cards[card_id], clock[card_id])
        else:
            when = moment + timedelta(seconds=rng.randint(0, 3 * 86_400))
            cards[card_id] = fsrs.Card(card_id=1, due=when)
        rating = rng.choice([1, 2, 3, 3, 3, 4])
        cards[card_id], _ = scheduler.review_card(cards[card_id], fsrs.Rating(rating), when)
        clock[card_id] = when
        line = {"card": card_id, "rating": rating, "time": format_time(when)}
        if rng.random() < 0.4:
            line["fuzz"] = round(rng.random(), 6)
        lines.append(line)
    return lines


def replay(fsrs, draw, settings, lines):
    """The reference's card after each line, in the replay command's output format."""
    params = settings["params"] or list(fsrs.scheduler.DEFAULT_PARAMETERS)
    plain, fuzzed = (make_scheduler(fsrs, params, settings["retention"], settings["learning"],
                                    settings["relearning"], settings["maximum"], fuzz)
                     for fuzz in (False, True))
    cards, out = {}, []
    for line in lines:
        when = parse_time(line["time"])
        card = cards.get(line["card"]) or fsrs.Card(card_id=1, due=when)
        scheduler = fuzzed if "fuzz" in line else plain
        draw.value = line.get("fuzz", 0.0)
        before = scheduler.get_card_retrievability(card, when)
        card, _ = scheduler.review_card(card, fsrs.Rating(line["rating"]), when)
        cards[line["card"]] = card
        out.append({"card": line["card"], "state": STATE_NAMES[int(card.state)],
                    "step": card.step, "stability": card.stability,
                    "difficulty": card.difficulty, "due": format_time(card.due),
                    "last_review": format_time(card.last_review),
                    "interval_days": (card.due - card.last_review).days,
                    "retrievability_before": float(before)})
    return out


def write_lines(path, rows):
    path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))


def main():
    fsrs = require_pinned_fsrs()
    draw = inject_fuzz(fsrs)
    lines = make_input(fsrs, random.Random(20250604))
    OUT.mkdir(parents=True, exist_ok=True)
    write_lines(OUT / "replay-input.jsonl", lines)
    write_lines(OUT / "replay-expected-default.jsonl", replay(fsrs, draw, DEFAULT, lines))
    write_lines(OUT / "replay-expected-custom.jsonl", replay(fsrs, draw, CUSTOM, lines))
    (OUT / "replay-custom-args.txt").write_text("".join(arg + "\n" for arg in CUSTOM_ARGS))
    print(f"wrote {len(lines)} reviews and the reference's output to {OUT}")


if __name__ == "__main__":
    main()
