#!/usr/bin/env python3
"""Time the reference FSRS implementation (PyPI fsrs==6.3.2) on reviews written by notedrill-bench.

    python3 scripts/fsrs/bench_reference.py --input reviews.txt

Input: one review a line, `card rating unix_seconds`, in replay order. Only the review loop is
timed (input parsing and the checksums are not). Prints one JSON object: the fsrs version, the
number of reviews, seconds, reviews per second, and checksums (sum of stabilities after each
review, sum of interval days) so the caller can confirm both sides computed the same thing.
Exits 3 when fsrs 6.3.2 is not importable.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import datetime, timezone
from importlib import metadata

PINNED_VERSION = "6.3.2"


def load(path):
    reviews = []
    with open(path) as source:
        for line in source:
            card, rating, seconds = line.split()
            when = datetime.fromtimestamp(int(seconds), tz=timezone.utc)
            reviews.append((int(card), int(rating), when))
    return reviews


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", required=True)
    args = parser.parse_args()
    try:
        version = metadata.version("fsrs")
    except metadata.PackageNotFoundError:
        print(f"fsrs is not installed (pip install fsrs=={PINNED_VERSION})", file=sys.stderr)
        sys.exit(3)
    if version != PINNED_VERSION:
        print(f"fsrs {version} is installed; the benchmark pins {PINNED_VERSION}", file=sys.stderr)
        sys.exit(3)
    from fsrs import Card, Rating, Scheduler

    reviews = [(card, Rating(rating), when) for card, rating, when in load(args.input)]
    scheduler = Scheduler(enable_fuzzing=False)
    cards, after = {}, []
    start = time.perf_counter()
    for card_id, rating, when in reviews:
        card = cards.get(card_id) or Card(card_id=card_id + 1, due=when)
        card, _ = scheduler.review_card(card, rating, when)
        cards[card_id] = card
        after.append(card)
    seconds = time.perf_counter() - start
    print(json.dumps({
        "fsrs": version,
        "reviews": len(reviews),
        "seconds": seconds,
        "reviews_per_second": len(reviews) / seconds,
        "stability_sum": sum(card.stability for card in after),
        "interval_sum": sum((card.due - card.last_review).days for card in after),
    }))


if __name__ == "__main__":
    main()
