"""Shared helpers for driving the reference FSRS implementation (PyPI `fsrs`, pinned to 6.3.2).

Used by generate_vectors.py, generate_replay_fixture.py and bench_reference.py. The reference's
fuzz calls `random()` imported into `fsrs.scheduler`; `inject_fuzz` replaces that name so each
review gets the uniform draw the caller chose, which is what NoteDrill's scheduler takes as input.
"""

from __future__ import annotations

import sys
from datetime import datetime, timedelta, timezone
from importlib import metadata

PINNED_VERSION = "6.3.2"
EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)
STATE_NAMES = {1: "learning", 2: "review", 3: "relearning"}


def require_pinned_fsrs():
    """Import the reference, or exit with a message when it is missing or another version."""
    try:
        version = metadata.version("fsrs")
    except metadata.PackageNotFoundError:
        sys.exit(f"fsrs is not installed: pip install fsrs=={PINNED_VERSION}")
    if version != PINNED_VERSION:
        sys.exit(f"fsrs {version} is installed, but the vectors pin {PINNED_VERSION}: "
                 f"pip install fsrs=={PINNED_VERSION}")
    import fsrs
    import fsrs.scheduler
    return fsrs


class FuzzDraw:
    """The uniform draw the next fuzzed review will see; set `value` before each review."""

    def __init__(self):
        self.value = 0.0
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return self.value


def inject_fuzz(fsrs_module) -> FuzzDraw:
    """Route the reference's fuzz through a FuzzDraw and return it."""
    draw = FuzzDraw()
    fsrs_module.scheduler.random = draw
    return draw


def micros(moment: datetime) -> int:
    """Whole microseconds since 1970-01-01T00:00:00Z (exact: datetimes are microsecond-based)."""
    delta = moment - EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


def from_micros(value: int) -> datetime:
    return EPOCH + timedelta(microseconds=value)


def format_time(moment: datetime) -> str:
    """The timestamp format `notedrill fsrs replay` writes: UTC, `Z`, microseconds only if any."""
    text = moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
    if moment.microsecond:
        text += f".{moment.microsecond:06d}"
    return text + "Z"


def parse_time(text: str) -> datetime:
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    return moment.astimezone(timezone.utc)


def steps(seconds_list):
    return tuple(timedelta(seconds=s) for s in seconds_list)


def upgraded(params):
    """FSRS-5 sets (19 values) become FSRS-6 by appending w19 = 0.0 and w20 = 0.5."""
    params = list(params)
    return params + [0.0, 0.5] if len(params) == 19 else params


def make_scheduler(fsrs_module, params, retention, learning, relearning, maximum, fuzz):
    return fsrs_module.Scheduler(
        parameters=upgraded(params),
        desired_retention=retention,
        learning_steps=steps(learning),
        relearning_steps=steps(relearning),
        maximum_interval=maximum,
        enable_fuzzing=fuzz,
    )
