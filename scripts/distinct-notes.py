#!/usr/bin/env python3
"""Writes about N MB of distinct study notes for the benchmarks: copies of Content/ (and of
../shared/corpus when it exists) in which every name a question can ask about is made unique
per copy, so that no fact is written twice and the bank's duplicate-fact rule skips nothing.

    scripts/distinct-notes.py --mb 10 --out .build/bench-notes/10mb [--no-corpus]

What is made unique in copy k: headings, bold text, the name before a list item's colon,
short list items (enumeration members), table cells (header included), mermaid node, edge and
subgraph labels and mindmap lines, front-matter titles, `Q::A` prompts and `==cloze==` text.
A name gets a tag in its own writing system: two Latin letters after Latin text (`ALB Qb`),
one Hangul syllable after Hangul (`로드 밸런서 갑`), so option scripts and the give-away gate
(words of three Latin letters or two syllables) see what they would see in real notes.
Each copy's files carry the copy number in their names (note ids differ), and the folder gets
an aliases.txt with Content/aliases.txt tagged the same way for every copy.

The output is made only from what is read at run time; nothing of ../shared is committed.
A folder already written with the same arguments is left as it is (see its .manifest).
"""

import argparse
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOWER = UPPER.lower()


def latin_tag(k):
    # Two letters (below the three that make a content word): 676 copies, then three.
    tag = UPPER[k % 26] + LOWER[(k // 26) % 26]
    if k >= 676:
        tag += LOWER[(k // 676) % 26]
    return tag


def hangul_tag(k):
    # One syllable per copy (11,172 exist); consonant-vowel syllables without a final consonant
    # first would run out, so any syllable is used, spread so neighbours differ.
    return chr(0xAC00 + (k * 28 + k // 399) % 11172)


def is_hangul(ch):
    return "\uac00" <= ch <= "\ud7a3" or "\u3131" <= ch <= "\u318e"


def tag_for(text, k):
    last = next((c for c in reversed(text) if c.isalpha()), "")
    return hangul_tag(k) if last and is_hangul(last) else latin_tag(k)


# Lead-in words written three times or more across the source notes (역할, 장점, 특징, …) are
# the notes' vocabulary of labels, not names: they stay as written, and a name ending in one
# (`Lambda 특징`) is tagged before it. Filled by `learn_labels`.
LABELS = set()


def tag_text(text, k):
    """`text` with the copy's tag after its name, in the script of the name's last letter;
    a trailing gloss keeps its place (`Elastic Load Balancing Ba (ELB Ba)`)."""
    stripped = text.rstrip()
    if not stripped or stripped.lower() in LABELS:
        return text
    trail = text[len(stripped):]
    gloss = re.match(r"^(.*\S)\s*\(([^()]+)\)$", stripped)
    if gloss:
        return f"{tag_text(gloss.group(1), k)} ({tag_text(gloss.group(2), k)}){trail}"
    words = stripped.split(" ")
    if len(words) > 1 and words[-1].lower() in LABELS:
        head = " ".join(words[:-1])
        return f"{head} {tag_for(head, k)} {words[-1]}{trail}"
    return f"{stripped} {tag_for(stripped, k)}{trail}"


def learn_labels(texts):
    counts = {}
    pattern = r"^\s+[-*+]\s+(?:\*\*([^*\n]{1,20}?)\s*[:：]?\*\*|([^*:\n`]{1,20}?))\s*[:：]\s"
    for _, text in texts:
        for match in re.finditer(pattern, text, re.M):
            name = (match.group(1) or match.group(2) or "").strip().rstrip(":：")
            # Labels are plain words (역할, 장점, when to use), never a capitalised name.
            if name and not any(c.isupper() for c in name):
                counts[name.lower()] = counts.get(name.lower(), 0) + 1
    LABELS.update(name for name, count in counts.items() if count >= 3)


HEADING = re.compile(r"^(\s{0,3}#{1,6}\s+)(.*?)(\s+#+\s*)?$")
BOLD = re.compile(r"\*\*(?!\s)(.+?)(?<!\s)\*\*")
LIST = re.compile(r"^(\s*(?:[-*+]|\d+[.)])\s+)(\[[ xX]\]\s+)?(.*)$")
PLAIN_TERM = re.compile(r"^([^*`:\[\]]{1,60}?)(\s*:\s)")
FENCE = re.compile(r"^\s*(```|~~~)\s*(\w*)")
TABLE_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


def tag_bold(line, k):
    def one(match):
        inner = match.group(1)
        colon = re.match(r"^(.*?)(\s*[:：])$", inner)
        if colon:
            return f"**{tag_text(colon.group(1), k)}{colon.group(2)}**"
        return f"**{tag_text(inner, k)}**"

    return BOLD.sub(one, line)


def tag_table_row(line, k):
    indent = line[: len(line) - len(line.lstrip())]
    body = line.strip()
    lead = body.startswith("|")
    tail = body.endswith("|") and not body.endswith("\\|")
    inner = body[1 if lead else 0 : -1 if tail else len(body)]
    cells = re.split(r"(?<!\\)\|", inner)
    def cell(text):
        text = text.strip()
        return tag_bold(text, k) if "**" in text else tag_text(text, k)

    tagged = [f" {cell(c)} " if c.strip() else c for c in cells]
    return indent + ("|" if lead else "") + "|".join(tagged) + ("|" if tail else "")


MERMAID_LABELS = [
    re.compile(r"\[\(([^()\[\]]+)\)\]"),  # A[(label)]
    re.compile(r"\(\(([^()]+)\)\)"),  # A((label))
    re.compile(r"\[\"([^\"]+)\"\]"),  # A["label"]
    re.compile(r"\[([^\[\]\"()]+)\]"),  # A[label]
    re.compile(r"(?<=\w)\(([^()\[\]]+)\)"),  # A(label)
    re.compile(r"\{([^{}]+)\}"),  # A{label}
    re.compile(r"\|([^|]+)\|"),  # -->|label|
]
MERMAID_KEYWORD = re.compile(r"^\s*(graph|flowchart|mindmap|end|direction|classDef|class|style)\b")


def tag_mermaid(line, kind, k):
    if MERMAID_KEYWORD.match(line):
        return line
    if kind == "mindmap":
        indent = len(line) - len(line.lstrip())
        return line[:indent] + tag_text(line[indent:], k) if line.strip() else line
    placeholders = []

    def hold(match):
        text = match.group(0)
        inner = match.group(1)
        start = match.start(1) - match.start(0)
        placeholders.append(text[:start] + tag_text(inner, k) + text[start + len(inner) :])
        return f"\x00{len(placeholders) - 1}\x00"

    for pattern in MERMAID_LABELS:
        line = pattern.sub(hold, line)
    subgraph = re.match(r"^(\s*subgraph\s+)([^\x00\s][^\x00]*)$", line)
    if subgraph:
        line = subgraph.group(1) + tag_text(subgraph.group(2), k)
    return re.sub(r"\x00(\d+)\x00", lambda m: placeholders[int(m.group(1))], line)


def tag_list_item(line, k):
    match = LIST.match(line)
    if not match:
        return None
    marker, task, rest = match.group(1), match.group(2) or "", match.group(3)
    lead = re.match(r"^\*\*([^*]+?)\s*[:：]?\*\*\s*[:：]?\s*\S", rest) or PLAIN_TERM.match(rest)
    if lead and lead.group(1).strip().rstrip(":：").lower() in LABELS:
        # A label's value (`**역할**: 트래픽 분산`) is the fact: made unique as well.
        return marker + task + tag_text(tag_bold(rest, k), k)
    if "**" in rest:
        return marker + task + tag_bold(rest, k)
    term = PLAIN_TERM.match(rest)
    if term:
        return marker + task + tag_text(term.group(1), k) + rest[len(term.group(1)) :]
    if len(rest) <= 40 or task:
        return marker + task + tag_text(rest, k)
    return None


def tag_note(text, k):
    out = []
    lines = text.split("\n")
    fence = None
    front = lines and lines[0].strip() == "---"
    for index, line in enumerate(lines):
        if front:
            if index > 0 and line.strip() == "---":
                front = False
            elif re.match(r"^title:\s*", line):
                value = line.split(":", 1)[1].strip().strip('"')
                line = f'title: "{tag_text(value, k)}"'
            out.append(line)
            continue
        opened = FENCE.match(line)
        if fence is not None:
            if opened and opened.group(1) == fence[0] and not opened.group(2):
                fence = None
            elif fence[1] == "mermaid":
                kind = fence[2] or (line.strip().split() or [""])[0]
                fence = (fence[0], "mermaid", kind)
                line = tag_mermaid(line, kind, k)
            out.append(line)
            continue
        if opened:
            fence = (opened.group(1), opened.group(2), None)
            out.append(line)
            continue
        heading = HEADING.match(line)
        if heading:
            line = heading.group(1) + tag_text(heading.group(2), k) + (heading.group(3) or "")
        elif line.lstrip().startswith("|") and not TABLE_SEPARATOR.match(line):
            # The header row (column labels) stays; every row below is made unique.
            header = index + 1 < len(lines) and TABLE_SEPARATOR.match(lines[index + 1])
            line = line if header else tag_table_row(line, k)
        else:
            item = tag_list_item(line, k)
            if item is not None:
                line = item
            else:
                line = tag_bold(line, k)
        if "::" in line:
            line = line.replace("::", f" {latin_tag(k)}::", 1)
        line = re.sub(r"==([^=\n]+)==", lambda m: f"=={tag_text(m.group(1), k)}==", line)
        out.append(line)
    return "\n".join(out)


def tag_aliases(text, k):
    lines = []
    for line in text.split("\n"):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        names = [name.strip() for name in line.split(" = ")]
        lines.append(" = ".join(tag_text(name, k) for name in names if name))
    return "\n".join(lines)


def sources(use_corpus):
    content = os.path.join(ROOT, "Content")
    notes = [os.path.join(content, n) for n in sorted(os.listdir(content)) if n.endswith(".md")]
    corpus = os.path.join(os.path.dirname(ROOT), "shared", "corpus")
    # Worktrees sit beside main: look for ../shared from the repository and from /work.
    candidates = [corpus, os.path.join(os.path.dirname(os.path.dirname(ROOT)), "shared", "corpus")]
    found = next((c for c in candidates if os.path.isdir(c)), None) if use_corpus else None
    if found:
        notes += [
            os.path.join(found, n)
            for n in sorted(os.listdir(found))
            if n.endswith(".md") and n != "SOURCES.md"
        ]
    return notes, found


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, required=True, help="megabytes of notes to write")
    parser.add_argument("--out", required=True, help="folder to write (made if missing)")
    parser.add_argument("--no-corpus", action="store_true", help="Content/ only")
    args = parser.parse_args()
    notes, corpus = sources(not args.no_corpus)
    texts = [(os.path.splitext(os.path.basename(p))[0], open(p, encoding="utf-8").read()) for p in notes]
    learn_labels(texts)
    aliases = open(os.path.join(ROOT, "Content", "aliases.txt"), encoding="utf-8").read()
    target = int(args.mb * 1_048_576)
    manifest = f"mb={args.mb} corpus={corpus or 'none'} notes={len(texts)} version=6\n"
    manifest_path = os.path.join(args.out, ".manifest")
    if os.path.exists(manifest_path) and open(manifest_path).read() == manifest:
        print(open(os.path.join(args.out, ".summary")).read().strip())
        return
    os.makedirs(args.out, exist_ok=True)
    for name in os.listdir(args.out):
        if name.endswith(".md") or name in ("aliases.txt", ".manifest", ".summary"):
            os.remove(os.path.join(args.out, name))
    written = 0
    files = 0
    alias_lines = []
    k = 0
    while written < target:
        for name, text in texts:
            if written >= target:
                break
            body = tag_note(text, k).encode("utf-8")
            with open(os.path.join(args.out, f"{name}-{k:04d}.md"), "wb") as f:
                f.write(body)
            written += len(body)
            files += 1
        alias_lines.append(tag_aliases(aliases, k))
        k += 1
    with open(os.path.join(args.out, "aliases.txt"), "w", encoding="utf-8") as f:
        f.write("# Aliases of the distinct benchmark notes, tagged per copy.\n")
        f.write("\n".join(alias_lines) + "\n")
    summary = (
        f"{written / 1_048_576:.1f} MB in {files} notes: {k} copies of Content/ ({len(notes)} notes"
        + (f", with {corpus}" if corpus else ", Content/ only")
        + ")"
    )
    with open(os.path.join(args.out, ".summary"), "w") as f:
        f.write(summary + "\n")
    with open(manifest_path, "w") as f:
        f.write(manifest)
    print(summary)


if __name__ == "__main__":
    sys.exit(main())
