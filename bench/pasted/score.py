#!/usr/bin/python3
"""Pasted-text extraction benchmark for Dossier.

Scores `dossier-cli extract` on pages copied out of a browser as plain text
(bench/work/pasted/*.txt, NOT in git: see README.md, "Getting the texts") and
on the project's own fixtures (bench/pasted/own/*.txt), against hand-made gold
stored as line ranges (bench/pasted/gold/NNN.json, own/*.json).

The metric is the Article Extraction Benchmark's (bench/aeb.py): 4-token
shingles, per-page precision and recall, the mean of each over the pages where
it is defined (an empty prediction has no precision), F1 of the two means.
Beside Dossier two baselines are scored the same way: the whole file, and the
lines with at least N words (default 10).  Title accuracy is exact match after
whitespace normalisation, over the pages whose gold has a title.

Standard library only; run with /usr/bin/python3.  See README.md.
"""

import argparse
import hashlib
import json
import os
import re
import subprocess
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))          # bench/pasted
BENCH_DIR = os.path.dirname(HERE)                          # bench
REPO_ROOT = os.path.dirname(BENCH_DIR)
DEFAULT_CLI = os.path.join(REPO_ROOT, "_build", "src", "cli", "dossier-cli")
DEFAULT_WORK = os.path.join(BENCH_DIR, "work", "pasted")
GOLD_DIR = os.path.join(HERE, "gold")
OWN_DIR = os.path.join(HERE, "own")
README = os.path.relpath(os.path.join(HERE, "README.md"), os.getcwd())

sys.dont_write_bytecode = True  # no bench/__pycache__ from importing aeb
sys.path.insert(0, BENCH_DIR)
from aeb import TOKEN, page_pr, shingles  # noqa: E402  (the project's AEB metric)

CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def die(msg, code=2):
    print(f"score.py: error: {msg}", file=sys.stderr, flush=True)
    sys.exit(code)


def norm_ws(s):
    return " ".join((s or "").split())


def words(line):
    """Words for the >= N words baseline: \\w+ runs, each CJK character one word."""
    return len(CJK.findall(line)) + len(TOKEN.findall(CJK.sub(" ", line)))


# ---- Pages and gold ----

def load_gold(path):
    with open(path, encoding="utf-8") as f:
        g = json.load(f)
    for key in ("file", "lang", "kind", "title_line", "body_lines"):
        if key not in g:
            die(f"{path}: gold has no {key!r}")
    return g


def read_page(path, gold, group, pid):
    with open(path, "rb") as f:
        data = f.read()
    sha_ok = gold.get("sha256") in (None, hashlib.sha256(data).hexdigest())
    text = data.decode("utf-8", "replace")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    body = []
    for a, b in gold["body_lines"]:
        if not 1 <= a <= b <= len(lines):
            log(f"warning: {pid}: body range {a}-{b} is outside the file's {len(lines)} lines")
        body.extend(lines[a - 1:b])
    title = None
    tl = gold["title_line"]
    if tl is not None and 1 <= tl <= len(lines):
        title = lines[tl - 1]
        if gold.get("title_span"):
            s, e = gold["title_span"]
            title = title[s:e]
        title = norm_ws(title)
    return {"id": pid, "group": group, "file": gold["file"], "path": path, "lang": gold["lang"],
            "kind": gold["kind"], "text": text, "lines": lines, "gold_body": "\n".join(body),
            "gold_lines": body, "gold_title": title, "sha_ok": sha_ok, "url": gold.get("url")}


def collect(work, skip_missing):
    pages, missing, bad_sha = [], [], []
    gold_files = sorted(f for f in os.listdir(GOLD_DIR) if f.endswith(".json"))
    if not gold_files:
        die(f"no gold files in {GOLD_DIR}")
    for gf in gold_files:
        pid = gf[:-5]
        g = load_gold(os.path.join(GOLD_DIR, gf))
        path = os.path.join(work, g["file"])
        if not os.path.isfile(path):
            missing.append(g["file"])
            continue
        pages.append(read_page(path, g, "pasted", pid))
    if missing and (len(missing) == len(gold_files) or not skip_missing):
        die(f"{len(missing)} of the {len(gold_files)} pasted pages are missing from {work} "
            f"(e.g. {missing[0]}).\nThe page texts are third-party and are not in git: see "
            f"{README}, section \"Getting the texts\", to recreate them (each gold file gives "
            f"the URL, the search query and the sha256 of the saved text), or pass --work DIR."
            + ("" if len(missing) == len(gold_files) else
               " --skip-missing scores the pages that are present."))
    if missing:
        log(f"warning: {len(missing)} pasted pages missing, scoring the other {len(pages)}")
    for jf in sorted(f for f in os.listdir(OWN_DIR) if f.endswith(".json")):
        g = load_gold(os.path.join(OWN_DIR, jf))
        path = os.path.join(OWN_DIR, g["file"])
        if not os.path.isfile(path):
            die(f"own fixture {path} is missing (it is in git: restore it)")
        pages.append(read_page(path, g, "own", jf[:-5]))
    for p in pages:
        if not p["sha_ok"]:
            bad_sha.append(p["file"])
    if bad_sha:
        log(f"warning: sha256 mismatch for {len(bad_sha)} file(s) ({', '.join(bad_sha[:5])}"
            f"{' ...' if len(bad_sha) > 5 else ''}): the text is not the one the gold line "
            f"numbers were made for; their scores are not comparable (see {README})")
    return pages


# ---- Extractors ----

def run_dossier(cli, pages):
    """dossier-cli extract over all pages in one process: ({id: (text, title)}, stderr lines);
    refused pages are absent.  If that process crashes, one process per page, and a page
    whose process crashes counts as refused (and is named on stderr)."""
    proc = subprocess.run([cli, "extract"] + [p["path"] for p in pages],
                          stdin=subprocess.DEVNULL, capture_output=True)
    if proc.returncode in (0, 1):  # 1 = some files refused: their records are missing
        return parse_records(pages, proc)
    log(f"warning: dossier-cli exited with status {proc.returncode} over all pages; "
        f"running it once per page")
    out, msgs = {}, []
    for p in pages:
        one = subprocess.run([cli, "extract", p["path"]], stdin=subprocess.DEVNULL, capture_output=True)
        if one.returncode in (0, 1):
            o, m = parse_records([p], one)
            out.update(o)
            msgs += m
        else:
            msgs.append(f"{p['file']}: dossier-cli exited with status {one.returncode} (counted as empty)")
            log(f"warning: {msgs[-1]}")
    return out, msgs


def parse_records(pages, proc):
    by_path = {os.path.realpath(p["path"]): p["id"] for p in pages}
    out = {}
    for n, line in enumerate(proc.stdout.decode("utf-8").splitlines(), 1):
        try:
            rec = json.loads(line)
            pid = by_path[os.path.realpath(rec["file"])]
            text = "\n".join(p["text"] for p in rec["paragraphs"])
        except (ValueError, KeyError, TypeError) as e:
            die(f"dossier-cli: output line {n} is not an article record of an input ({e!r})", 1)
        if pid in out:  # several articles from one file: keep them all
            text = out[pid][0] + "\n" + text
            rec["title"] = out[pid][1]
        out[pid] = (text, rec.get("title"))
    msgs = [l for l in proc.stderr.decode("utf-8", "replace").splitlines() if l.strip()]
    return out, msgs


def first_line(p):
    return next((norm_ws(l) for l in p["lines"] if l.strip()), None)


def baseline_all(p):
    return p["text"], first_line(p)


def baseline_words(p, n):
    return "\n".join(l for l in p["lines"] if words(l) >= n), first_line(p)


# ---- Scoring ----

def page_row(p, pred_text, pred_title):
    prec, rec = page_pr(p["gold_body"], pred_text)
    f1 = 2 * prec * rec / (prec + rec) if prec and rec else 0.0
    title_ok = None if p["gold_title"] is None else norm_ws(pred_title) == p["gold_title"]
    return {"precision": prec, "recall": rec, "f1": f1, "empty": not (pred_text or "").strip(),
            "title_ok": title_ok}


def aggregate(rows):
    ps = [r["precision"] for r in rows if r["precision"] is not None]
    rs = [r["recall"] for r in rows if r["recall"] is not None]
    prec = sum(ps) / len(ps) if ps else None
    rec = sum(rs) / len(rs) if rs else 0.0
    titled = [r["title_ok"] for r in rows if r["title_ok"] is not None]
    return {"pages": len(rows), "precision": prec, "recall": rec,
            "f1": 2 * prec * rec / (prec + rec) if prec and rec else 0.0,
            "empty": sum(r["empty"] for r in rows),
            "title_correct": sum(titled), "titled": len(titled)}


EXTRACTORS = ("dossier", "all", "words")


def groups_of(pages):
    """[(label, [ids])] in report order: overall, per kind, per language; own last."""
    pasted = [p for p in pages if p["group"] == "pasted"]
    own = [p for p in pages if p["group"] == "own"]
    out = []
    if pasted:
        out.append(("**all pasted pages**", [p["id"] for p in pasted]))
        for key, label in (("kind", "kind"), ("lang", "lang")):
            by = defaultdict(list)
            for p in pasted:
                by[p[key]].append(p["id"])
            for v in sorted(by, key=lambda v: (-len(by[v]), v)):
                out.append((f"{label}: {v}", by[v]))
    if own:
        out.append(("**own fixtures**", [p["id"] for p in own]))
        for p in own:
            out.append((f"own: {p['id']}", [p["id"]]))
    return out


def fmt(x):
    return "n/a" if x is None else f"{x:.3f}"


def markdown(groups, agg, n_words):
    head = ("| group | pages | P | R | F1 | empty | title | keep-all P | R | F1 "
            f"| ≥{n_words} words P | R | F1 | empty |")
    lines = [head, "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for label, _ in groups:
        d, a, w = (agg[label][e] for e in EXTRACTORS)
        title = f"{d['title_correct']}/{d['titled']}" if d["titled"] else "—"
        lines.append(f"| {label} | {d['pages']} | {fmt(d['precision'])} | {fmt(d['recall'])} "
                     f"| **{d['f1']:.3f}** | {d['empty']} | {title} | {fmt(a['precision'])} "
                     f"| {fmt(a['recall'])} | {a['f1']:.3f} | {fmt(w['precision'])} "
                     f"| {fmt(w['recall'])} | {w['f1']:.3f} | {w['empty']} |")
    return "\n".join(lines)


# ---- Diagnostics (--verbose) ----

def covered(piece, other_text, other_sh):
    toks = TOKEN.findall(piece)
    if not toks:
        return True
    if len(toks) < 4:
        return " ".join(toks) in " ".join(TOKEN.findall(other_text))
    sh = shingles(piece)
    return sum((sh & other_sh).values()) >= 0.5 * sum(sh.values())


def clip(s, n=90):
    s = norm_ws(s)
    return s if len(s) <= n else s[:n - 1] + "…"


def diagnose(p, pred_text, pred_title, row, limit=5):
    out = [f"### {p['id']} {p['file']} ({p['kind']}, {p['lang']}): F1 {row['f1']:.3f}, "
           f"P {fmt(row['precision'])}, R {fmt(row['recall'])}"]
    if p["gold_title"] is not None or pred_title:
        mark = "ok" if row["title_ok"] else "WRONG" if row["title_ok"] is False else "no gold title"
        out.append(f"- title ({mark}): gold {p['gold_title']!r}, got {pred_title!r}")
    if row["empty"]:
        out.append("- empty output")
    pred_sh, gold_sh = shingles(pred_text), shingles(p["gold_body"])
    lost = [l for l in p["gold_lines"] if l.strip() and not covered(l, pred_text, pred_sh)]
    extra = [l for l in (pred_text or "").split("\n")
             if l.strip() and not covered(l, p["gold_body"], gold_sh)]
    for name, items in (("lost (gold lines missing from the output)", lost),
                        ("kept extra (output lines not in the gold)", extra)):
        if items:
            out.append(f"- {name}: {len(items)}")
            out.extend(f"    - `{clip(x, 80)}`" for x in items[:limit])
            if len(items) > limit:
                out.append(f"    - … {len(items) - limit} more")
    return "\n".join(out)


# ---- Main ----

def main():
    ap = argparse.ArgumentParser(description="Score dossier-cli extract on pasted web-page text "
                                 "(bench/pasted) with the AEB shingle metric, beside two baselines.")
    ap.add_argument("--cli", default=DEFAULT_CLI, help="dossier-cli binary (default "
                    "<repo>/_build/src/cli/dossier-cli)")
    ap.add_argument("--work", default=DEFAULT_WORK, help="directory holding the pasted texts "
                    "NNN-domain.txt (default <repo>/bench/work/pasted, git-ignored)")
    ap.add_argument("--min-words", type=int, default=10, metavar="N",
                    help="the line baseline keeps lines of at least N words (default 10)")
    ap.add_argument("--verbose", action="store_true",
                    help="also show the 10 worst pages: scores, title, what was lost or kept extra")
    ap.add_argument("--json", action="store_true", help="print JSON (groups and pages) instead of Markdown")
    ap.add_argument("--skip-missing", action="store_true",
                    help="score the pasted pages that are present when some are missing")
    args = ap.parse_args()

    cli = os.path.abspath(args.cli)
    if not os.access(cli, os.X_OK):
        die(f"dossier-cli not found at {cli}; build first (meson setup _build && ninja -C _build) "
            f"or pass --cli PATH")
    pages = collect(os.path.abspath(args.work), args.skip_missing)
    log(f"dossier-cli extract over {len(pages)} pages ...")
    dossier, msgs = run_dossier(cli, pages)

    preds, rows = {}, {}
    for p in pages:
        preds[p["id"]] = {"dossier": dossier.get(p["id"], ("", None)), "all": baseline_all(p),
                          "words": baseline_words(p, args.min_words)}
        rows[p["id"]] = {e: page_row(p, *preds[p["id"]][e]) for e in EXTRACTORS}
    groups = groups_of(pages)
    agg = {label: {e: aggregate([rows[i][e] for i in ids]) for e in EXTRACTORS}
           for label, ids in groups}
    refused = [p["id"] for p in pages if p["id"] not in dossier]
    by_id = {p["id"]: p for p in pages}
    pasted_ids = [p["id"] for p in pages if p["group"] == "pasted"]
    worst = sorted(pasted_ids, key=lambda i: (rows[i]["dossier"]["f1"],
                                              rows[i]["dossier"]["recall"] or 0, i))[:10]

    if args.json:
        json.dump({"cli": cli, "min_words": args.min_words, "refused": refused,
                   "groups": [{"group": label.strip("*"), "ids": ids, **agg[label]} for label, ids in groups],
                   "pages": [{"id": p["id"], "group": p["group"], "file": p["file"], "lang": p["lang"],
                              "kind": p["kind"], "sha256_ok": p["sha_ok"],
                              "gold_title": p["gold_title"], "dossier_title": preds[p["id"]]["dossier"][1],
                              **{e: rows[p["id"]][e] for e in EXTRACTORS}} for p in pages],
                   "worst": worst}, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return

    n_pasted = len(pasted_ids)
    print("## Pasted-text extraction benchmark\n")
    print(f"cli: {cli}; {n_pasted} pasted pages from {os.path.abspath(args.work)} and "
          f"{len(pages) - n_pasted} own fixtures; dossier-cli gave no article for "
          f"{len(refused)}" + (f" ({', '.join(refused)})" if refused else "") + ".\n")
    print(markdown(groups, agg, args.min_words))
    first = {label: aggregate([page_row(by_id[i], "", first_line(by_id[i])) for i in ids])
             for label, ids in groups}
    tb = [f"{label.strip('*')} {first[label]['title_correct']}/{first[label]['titled']}"
          for label, _ in groups if label.startswith("**")]
    print(f"\nP, R: mean per page over the pages where defined (an empty output has no precision), "
          f"F1 of the two means, 4-token shingles as bench/aeb.py. empty: pages with no text. "
          f"title: exact titles (whitespace normalised) / pages whose gold has a title. "
          f"Title baseline, the first non-blank line: {'; '.join(tb)}.")
    if args.verbose:
        print("\n## Worst 10 pasted pages (Dossier)\n")
        for i in worst:
            print(diagnose(by_id[i], *preds[i]["dossier"], rows[i]["dossier"]) + "\n")
        own_bad = [p["id"] for p in pages if p["group"] == "own" and rows[p["id"]]["dossier"]["f1"] < 0.92]
        if own_bad:
            print("## Own fixtures below F1 0.92\n")
            for i in own_bad:
                print(diagnose(by_id[i], *preds[i]["dossier"], rows[i]["dossier"]) + "\n")
        if msgs:
            print("dossier-cli said:\n" + "\n".join("    " + m for m in msgs))


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(130)
