#!/usr/bin/env python3
"""Opens a NoteDrill .apkg with Anki's own Python library (pip package `anki`) and checks it
against the NoteDrill store it was exported from.

usage: anki-check.py PACKAGE STORE [--with-progress] [--day-start-hour H] [--reimport PACKAGE2]
         [--answer N OUT.apkg]

Imports PACKAGE into a fresh collection, then checks: one card per question the store holds in
the notes (GUID nd-<question id>), every card's fields equal its question, and with
--with-progress each card's due date, review count and log length equal the store's. With
--reimport, a second package is imported into the same collection and must add no note. With
--answer, N cards are then answered in Anki (Good) and the collection exported to OUT.apkg, as
a phone would hand it back (and to OUT-modern.apkg in Anki's newest, zstd-compressed form).
Prints one line per check and "anki check: ok" at the end; exits 1 on the first mismatch,
2 when the library is missing."""
import datetime
import html
import json
import os
import re
import sqlite3
import sys
import tempfile

try:
    from anki.collection import Collection
    from anki.import_export_pb2 import ImportAnkiPackageOptions, ImportAnkiPackageRequest
except ImportError:
    print("anki check: the anki Python library is not installed (make test-deps)")
    sys.exit(2)


def fail(message):
    print("anki check: FAILED: " + message)
    sys.exit(1)


def store_rows(path):
    db = sqlite3.connect("file:%s?mode=ro" % path, uri=True)
    questions = {}
    for row in db.execute(
            "SELECT id, format, prompt, keys, options, explanation, path, line FROM question "
            "WHERE NOT isOrphaned"):
        qid, fmt, prompt, keys, options, explanation, qpath, line = row
        questions[qid] = dict(format=fmt, prompt=prompt, keys=json.loads(keys),
                              options=json.loads(options), explanation=explanation,
                              source="%s:%d" % (os.path.basename(qpath), line))
    cards = {r[0]: dict(state=r[1], due=r[2], last=r[3], reps=r[4])
             for r in db.execute("SELECT questionID, state, due, lastReview, reps FROM card")}
    reviews = dict(db.execute(
        "SELECT questionID, count(*) FROM review WHERE isScheduled GROUP BY questionID"))
    return questions, cards, reviews


def import_package(col, package):
    options = ImportAnkiPackageOptions(with_scheduling=True, merge_notetypes=True)
    result = col.import_anki_package(
        ImportAnkiPackageRequest(package_path=package, options=options))
    return result.log


def text(field):
    field = re.sub(r"<br>", "\n", field)
    return html.unescape(field)


def check_fields(note, question):
    fields = dict(note.items())
    if text(fields["Prompt"]) != question["prompt"]:
        fail("prompt of %s: %r" % (note.guid, fields["Prompt"]))
    if text(fields["Explanation"]) != question["explanation"]:
        fail("explanation of %s" % note.guid)
    if fields["Source"] != question["source"]:
        fail("source of %s: %s != %s" % (note.guid, fields["Source"], question["source"]))
    if "Options" in fields:
        options = [html.unescape(o) for o in re.findall(r"<li>(.*?)</li>", fields["Options"])]
        if options != question["options"]:
            fail("options of %s: %r != %r" % (note.guid, options, question["options"]))
        if text(fields["Answer"]).split("\n") != question["keys"]:
            fail("answer of %s" % note.guid)
    elif text(fields["Answer"]) != ", ".join(question["keys"]):
        fail("answer of %s" % note.guid)


def study_date(micros, start_hour):
    moment = datetime.datetime.fromtimestamp(micros / 1e6) - datetime.timedelta(hours=start_hour)
    return moment.date()


def check_progress(col, card, stored, logged, start_hour):
    if card.reps != stored["reps"] or col.db.scalar(
            "SELECT count() FROM revlog WHERE cid = ?", card.id) != logged:
        fail("review count of %s: reps %d, log %d; store %d, %d" % (
            card.note().guid, card.reps,
            col.db.scalar("SELECT count() FROM revlog WHERE cid = ?", card.id),
            stored["reps"], logged))
    if stored["last"] is None:
        if card.type != 0:
            fail("%s is new in the store but not in Anki" % card.note().guid)
        return
    if card.type == 2:
        rollover = col.get_config("rollover", 4)
        today = (datetime.datetime.now() - datetime.timedelta(hours=rollover)).date()
        due = today + datetime.timedelta(days=card.due - col.sched.today)
        expected = study_date(stored["due"], start_hour)
    else:
        due, expected = card.due, stored["due"] // 1_000_000
    if due != expected:
        fail("due of %s: %s in Anki, %s in the store" % (card.note().guid, due, expected))


def main(argv):
    package, store = argv[1], argv[2]
    with_progress = "--with-progress" in argv
    start_hour = int(argv[argv.index("--day-start-hour") + 1]) if "--day-start-hour" in argv else 4
    questions, cards, reviews = store_rows(store)
    col = Collection(os.path.join(tempfile.mkdtemp(), "check.anki2"))
    log = import_package(col, package)
    card_ids = col.find_cards("")
    print("imported: %d new notes, %d cards" % (len(log.new), len(card_ids)))
    if len(card_ids) != len(questions):
        fail("%d cards, %d questions in the store" % (len(card_ids), len(questions)))
    scheduled = 0
    for cid in card_ids:
        card = col.get_card(cid)
        note = card.note()
        qid = note.guid[len("nd-"):]
        if qid not in questions:
            fail("card %s is not a question of the store" % note.guid)
        check_fields(note, questions[qid])
        if with_progress:
            check_progress(col, card, cards[qid], reviews.get(qid, 0), start_hour)
            scheduled += card.type != 0
    print("fields: %d cards match their questions" % len(card_ids))
    if with_progress:
        print("progress: due dates and review counts match (%d cards scheduled, %d reviews)" % (
            scheduled, col.db.scalar("SELECT count() FROM revlog")))
    if "--reimport" in argv:
        again = import_package(col, argv[argv.index("--reimport") + 1])
        if len(again.new) != 0 or col.card_count() != len(questions):
            fail("re-import added %d notes (%d cards)" % (len(again.new), col.card_count()))
        print("re-import: %d notes updated, %d unchanged, none added" % (
            len(again.updated), len(again.duplicate)))
    if "--answer" in argv:
        at = argv.index("--answer")
        answer_and_export(col, int(argv[at + 1]), argv[at + 2])
    col.close()
    print("anki check: ok")


def answer_and_export(col, count, out):
    """Answers up to `count` cards as a phone would (Good), then exports with scheduling."""
    from anki.import_export_pb2 import ExportAnkiPackageOptions
    col.decks.select(col.decks.id("NoteDrill"))
    answered = 0
    while answered < count:
        card = col.sched.getCard()
        if card is None:
            break
        col.sched.answerCard(card, 3)
        answered += 1
    for legacy, path in ((True, out), (False, out.replace(".apkg", "-modern.apkg"))):
        col.export_anki_package(
            out_path=path, limit=None,
            options=ExportAnkiPackageOptions(
                with_scheduling=True, with_deck_configs=True, with_media=False, legacy=legacy))
    print("answered %d cards in Anki, exported %s (and the newest form beside it)" % (
        answered, out))


if __name__ == "__main__":
    main(sys.argv)
