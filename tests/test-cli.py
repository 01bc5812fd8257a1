#!/usr/bin/env python3
# End-to-end test of dossier-cli, black box, against spec/cli-json.md.
#
#   python3 tests/test-cli.py /path/to/dossier-cli
#
# Environment (set by meson; defaults derived from this file's location):
#   DOSSIER_SEEDS_DIR  the sample dossier (<repo>/seeds)
#   G_TEST_SRCDIR      <repo>/tests (fixtures are in tests/data/cli/)
#
# Output is TAP: "1..N", then "ok K - ..." / "not ok K - ..." with "# ..."
# diagnostics.  Exit status 0 iff every test is ok.  Standard library only.

import csv
import hashlib
import json
import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile

from tap import Failure, short, test, diag, run_tests  # the harness shared by the Python tests

TIMEOUT = 60

HERE = os.path.dirname(os.path.abspath(__file__))
SRCDIR = os.environ.get("G_TEST_SRCDIR") or HERE
SEEDS = os.environ.get("DOSSIER_SEEDS_DIR") or os.path.join(HERE, os.pardir, "seeds")
SEEDS = os.path.abspath(SEEDS)
FIXTURES = os.path.join(SRCDIR, "data", "cli")

SEED_FILES = [
    "000_0bb2c3b0bd28e14c.txt",
    "001_0de9607a11cd4c33.txt",
    "002_e9b744251f762ee8.txt",
    "003_87143e33470ebcbd.txt",
    "004_9c6006ec91fd0f1d.txt",
]
ARTICLE_IDS = ["a1", "a2", "a3", "a4", "a5"]

ARTICLE_KEYS = ["id", "file", "format", "title", "outlet", "address", "author", "published",
                "published_from", "paragraphs", "removed", "mentions", "dates",
                "quotes"]
PARAGRAPH_KINDS = {"body", "heading", "list-item", "quote"}
REMOVED_KINDS = {"boilerplate", "title", "byline", "dateline", "caption"}
PUBLISHED_FROM = {"marker", "text", "metadata", "inferred", "user", "address"}
ENTITY_TYPES = {"person", "organization", "place"}
PRECISIONS = {"day", "month", "year"}

PUBLISHED_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
# value/date: a date as above, or a date-time with offset.
ISO_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2}(T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2}))?)?)?$")

# Page furniture from the sample pages that must never be in a paragraph.
FURNITURE = ["Privacy Policy", "Sign In", "Latest News", "Followers",
             "Advertisement", "ADVERTISEMENT", "Become a Patron",
             "Share this article", "Read more", "December 5, 2025"]
# More of the same (DESIGN.md "Clean": share widgets, newsletter boxes,
# comment boxes, photo credits, related lists, appeals).
MORE_FURNITURE = ["Share this Article", "Copy to clipboard", "Leave a comment",
                  "Sign Up For Daily Newsletter", "You Might also Like",
                  "Previous Article", "Next Article", "Facebook Twitter",
                  "Maloletka", "All rights reserved", "All Rights Reserved",
                  "You could close this page", "Go to accessibility",
                  "Notification Show More", "Ad image"]


# --------------------------------------------------------------------------
# Running the CLI

CLI = None


class Result:
    def __init__(self, args, returncode, stdout, stderr, timed_out=False):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr
        self.timed_out = timed_out

    def describe(self):
        return "$ dossier-cli %s\n  exit %s%s\n  stderr: %s\n  stdout: %s" % (
            " ".join(self.args), self.returncode,
            " (TIMED OUT after %ds)" % TIMEOUT if self.timed_out else "",
            short(self.stderr, 1500), short(self.stdout, 400))


def run(args, cwd=None, timeout=TIMEOUT):
    env = dict(os.environ)
    env["DOSSIER_SEEDS_DIR"] = SEEDS
    env.setdefault("TZ", "UTC")
    env.setdefault("LC_ALL", "C.UTF-8")
    # Own process group, so that a hang is killed with anything it started.
    p = subprocess.Popen([CLI] + list(args), cwd=cwd, env=env,
                         stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, start_new_session=True)
    try:
        out, err = p.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except OSError:
            pass
        out, err = p.communicate()
        return Result(args, None, decode(out), decode(err), True)
    return Result(args, p.returncode, decode(out), decode(err))


def decode(b):
    if b is None:
        return ""
    return b.decode("utf-8", errors="replace")


def require_exit(check, r, status):
    check.require(not r.timed_out, "dossier-cli did not finish within %ds\n%s"
                  % (TIMEOUT, r.describe()))
    check.require(r.returncode == status, "exit status %s, expected %s\n%s"
                  % (r.returncode, status, r.describe()))


def parse_json(check, r):
    try:
        return json.loads(r.stdout)
    except ValueError as e:
        check.fail("stdout is not one JSON document: %s\n%s" % (e, r.describe()))
        raise Failure()


_cache = {}


def cached(key, fn):
    if key not in _cache:
        _cache[key] = fn()
    return _cache[key]


TMP = None  # one scratch directory for the whole run, removed at the end


def scratch(prefix):
    return tempfile.mkdtemp(prefix=prefix, dir=TMP)


def workdir():
    """A neutral working directory, so nothing depends on the caller's cwd."""
    return cached("workdir", lambda: scratch("cwd-"))


def default_analysis(check):
    """`analyze` with no PATH: the sample dossier.  (Result, document)"""
    r = cached("default", lambda: run(["analyze"], cwd=workdir()))
    require_exit(check, r, 0)
    return r, parse_json(check, r)


def doc(check):
    r, d = default_analysis(check)
    check.require(isinstance(d, dict) and isinstance(d.get("articles"), list),
                  "document has no \"articles\" list", got=d)
    return d


def article(check, d, aid):
    for a in d["articles"]:
        if isinstance(a, dict) and a.get("id") == aid:
            return a
    check.fail("no article with id %s (ids: %s)" % (aid, [a.get("id") for a in d["articles"]]))
    raise Failure()


def entities_by_alias(d, alias):
    return [e for e in d.get("entities", []) if alias in (e.get("aliases") or [])]


def para_text(a, index):
    paras = a.get("paragraphs") or []
    if isinstance(index, int) and 0 <= index < len(paras):
        return paras[index].get("text")
    return None


def check_spans(check, a, items, what):
    """start/end are code points into paragraphs[paragraph].text, end exclusive."""
    for i, item in enumerate(items):
        p, s, e, t = (item.get("paragraph"), item.get("start"), item.get("end"),
                      item.get("text"))
        text = para_text(a, p)
        if text is None:
            check.fail("%s %s[%d]: paragraph %r does not exist (article has %d)"
                       % (a.get("id"), what, i, p, len(a.get("paragraphs") or [])))
            continue
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s <= e <= len(text)):
            check.fail("%s %s[%d]: bad start/end %r/%r for a paragraph of %d code points: %s"
                       % (a.get("id"), what, i, s, e, len(text), short(item)))
            continue
        check.expect(text[s:e] == t,
                     "%s %s[%d]: paragraph %d text[%d:%d] != \"text\" (offsets must be code points)"
                     % (a.get("id"), what, i, p, s, e), t, text[s:e])


def event_for(d, date):
    return [v for v in d.get("events", []) if v.get("date") == date]


def source_articles(v):
    return {s.get("article") for s in v.get("sources") or []}


def events_summary(d):
    return [(v.get("id"), v.get("date"), sorted(source_articles(v)))
            for v in d.get("events", [])]


# --------------------------------------------------------------------------
# 1. analyze, the sample dossier: the shape of the document

@test("analyze (no PATH): exit 0, one JSON document, schema 1, generator \"dossier ...\"")
def _(check):
    r, d = default_analysis(check)
    check.require(isinstance(d, dict), "top level is not an object", got=d)
    check.equal(d.get("schema"), 1, "\"schema\"")
    g = d.get("generator")
    check.expect(isinstance(g, str) and g.startswith("dossier "),
                 "\"generator\" starts with \"dossier \"", "dossier <version>", g)
    for key in ("articles", "entities", "events"):
        check.expect(isinstance(d.get(key), list), "\"%s\" is a list" % key, "list", type(d.get(key)).__name__)
    if r.stderr.strip():
        diag("(stderr of a clean run was not empty: %s)" % short(r.stderr))


@test("analyze: the five sample articles, ids a1..a5, files seeds/000_... .. seeds/004_... in order")
def _(check):
    d = doc(check)
    check.equal([a.get("id") for a in d["articles"]], ARTICLE_IDS, "article ids")
    check.equal([a.get("file") for a in d["articles"]],
                ["seeds/" + f for f in SEED_FILES], "article files")


@test("analyze: every article has the keys of the spec, with the right types")
def _(check):
    d = doc(check)
    for a in d["articles"]:
        aid = a.get("id")
        missing = [k for k in ARTICLE_KEYS if k not in a]
        check.expect(not missing, "%s: keys missing" % aid, ARTICLE_KEYS, sorted(a.keys()))
        for k in ("id", "file", "format"):
            check.expect(isinstance(a.get(k), str), "%s: \"%s\" is a string" % (aid, k), "string", a.get(k))
        for k in ("title", "outlet", "author", "published", "published_from"):
            check.expect(a.get(k) is None or isinstance(a.get(k), str),
                         "%s: \"%s\" is a string or null" % (aid, k), "string|null", a.get(k))
        for k in ("paragraphs", "removed", "mentions", "dates", "quotes"):
            check.expect(isinstance(a.get(k), list), "%s: \"%s\" is a list" % (aid, k), "list", a.get(k))
        for i, rm in enumerate(a.get("removed") or []):
            lines = rm.get("lines")
            check.expect(isinstance(lines, list) and len(lines) == 2
                         and all(isinstance(x, int) for x in lines) and 1 <= lines[0] <= lines[1],
                         "%s removed[%d]: \"lines\" is [a, b] with 1 <= a <= b" % (aid, i), "[a, b]", lines)
            check.expect(rm.get("kind") in REMOVED_KINDS, "%s removed[%d]: kind" % (aid, i),
                         sorted(REMOVED_KINDS), rm.get("kind"))


@test("analyze: every paragraph has text, kind (body|heading|list-item|quote), lines [a, b] with 1 <= a <= b")
def _(check):
    d = doc(check)
    for a in d["articles"]:
        aid = a.get("id")
        check.expect(len(a.get("paragraphs") or []) > 0, "%s has paragraphs" % aid, "> 0", 0)
        for i, p in enumerate(a.get("paragraphs") or []):
            t = p.get("text")
            check.expect(isinstance(t, str) and t.strip() != "",
                         "%s paragraph %d: non-empty \"text\"" % (aid, i), "text", t)
            check.expect(p.get("kind") in PARAGRAPH_KINDS, "%s paragraph %d: kind" % (aid, i),
                         sorted(PARAGRAPH_KINDS), p.get("kind"))
            lines = p.get("lines")
            check.expect(isinstance(lines, list) and len(lines) == 2
                         and all(isinstance(x, int) for x in lines) and 1 <= lines[0] <= lines[1],
                         "%s paragraph %d: \"lines\" is [a, b] with 1 <= a <= b" % (aid, i), "[a, b]", lines)


def words(s):
    return s.replace("\u00a0", " ").split()


@test("analyze: paragraph \"lines\" point into the input file where the paragraph's text is")
def _(check):
    d = doc(check)
    for a in d["articles"]:
        path = os.path.join(SEEDS, os.path.basename(a.get("file") or ""))
        try:
            with open(path, encoding="utf-8-sig") as f:
                file_lines = f.read().split("\n")
        except OSError as e:
            check.fail("cannot read %s: %s" % (path, e))
            continue
        for i, p in enumerate(a.get("paragraphs") or []):
            lines = p.get("lines")
            if not (isinstance(lines, list) and len(lines) == 2):
                continue  # reported by the previous test
            lo, hi = lines
            if not check.expect(1 <= lo <= hi <= len(file_lines),
                                "%s paragraph %d: lines within the file's %d lines"
                                % (a.get("id"), i, len(file_lines)), "<= %d" % len(file_lines), lines):
                continue
            first = " ".join(words(file_lines[lo - 1]))
            span = " ".join(words(" ".join(file_lines[lo - 1:hi])))
            w = words(p.get("text") or "")
            head, tail = " ".join(w[:3]), " ".join(w[-3:])
            check.expect(head in first,
                         "%s paragraph %d: its first words are on its first line %d"
                         % (a.get("id"), i, lo), head, first[:200])
            check.expect(tail in span,
                         "%s paragraph %d: its last words are within lines %d-%d"
                         % (a.get("id"), i, lo, hi), tail, span[-200:])


@test("analyze: mention/date/quote start/end are code-point offsets: paragraph text[start:end] == text")
def _(check):
    d = doc(check)
    for a in d["articles"]:
        for what in ("mentions", "dates", "quotes"):
            check_spans(check, a, a.get(what) or [], what)
    check.expect(sum(len(a.get("mentions") or []) for a in d["articles"]) > 0,
                 "some mentions at all", "> 0", 0)


@test("analyze: entity ids unique; every mention's entity and quote speaker is an entity; entity fields")
def _(check):
    d = doc(check)
    ids = [e.get("id") for e in d.get("entities", [])]
    check.expect(len(ids) == len(set(ids)), "entity ids are unique", "unique",
                 sorted(i for i in set(ids) if ids.count(i) > 1))
    ids = set(ids)
    article_ids = {a.get("id") for a in d["articles"]}
    for e in d.get("entities", []):
        eid = e.get("id")
        check.expect(isinstance(e.get("name"), str) and e.get("name"), "%s has a name" % eid, "name", e.get("name"))
        check.expect(e.get("type") in ENTITY_TYPES, "%s type" % eid, sorted(ENTITY_TYPES), e.get("type"))
        check.expect(isinstance(e.get("aliases"), list) and e.get("aliases"), "%s has aliases" % eid, "list", e.get("aliases"))
        check.expect(set(e.get("articles") or []) <= article_ids,
                     "%s \"articles\" are article ids" % eid, sorted(article_ids), e.get("articles"))
    for a in d["articles"]:
        for i, m in enumerate(a.get("mentions") or []):
            check.expect(m.get("entity") in ids, "%s mention %d: entity %r is in \"entities\""
                         % (a.get("id"), i, m.get("entity")), "an entity id", m)
        for i, q in enumerate(a.get("quotes") or []):
            sp = q.get("speaker")
            check.expect(sp is None or sp in ids, "%s quote %d: speaker is null or an entity id"
                         % (a.get("id"), i), "null or entity id", sp)


@test("analyze: events: unique ids, ISO dates with matching precision, entities exist, each source's slice == its text")
def _(check):
    d = doc(check)
    events = d.get("events", [])
    check.expect(len(events) > 0, "there are events", "> 0", 0)
    vids = [v.get("id") for v in events]
    check.expect(len(vids) == len(set(vids)), "event ids are unique", "unique", vids)
    articles = {a.get("id"): a for a in d["articles"]}
    entity_ids = {e.get("id") for e in d.get("entities", [])}
    for v in events:
        vid, date = v.get("id"), v.get("date")
        if check.expect(isinstance(date, str) and ISO_RE.match(date), "%s date is ISO 8601" % vid, "YYYY[-MM[-DD]]", date):
            want = {4: "year", 7: "month"}.get(len(date), "day")
            check.equal(v.get("precision"), want, "%s precision for date %s" % (vid, date))
        check.expect(set(v.get("entities") or []) <= entity_ids, "%s entities are entity ids" % vid,
                     "subset of entities", v.get("entities"))
        sources = v.get("sources") or []
        check.expect(len(sources) > 0, "%s has sources" % vid, "> 0", 0)
        for j, s in enumerate(sources):
            a = articles.get(s.get("article"))
            if not check.expect(a is not None, "%s source %d: \"article\" is an article id" % (vid, j),
                                sorted(articles), s.get("article")):
                continue
            check_spans(check, a, [s], "event %s source" % vid)


@test("analyze: \"published\" is null or YYYY[-MM[-DD]]; published_from is one of the spec's, null iff published is")
def _(check):
    d = doc(check)
    for a in d["articles"]:
        p, pf = a.get("published"), a.get("published_from")
        check.expect(p is None or (isinstance(p, str) and PUBLISHED_RE.match(p)),
                     "%s published" % a.get("id"), "null or YYYY[-MM[-DD]]", p)
        if p is None:
            check.expect(pf is None, "%s published_from is null when published is" % a.get("id"), None, pf)
        else:
            check.expect(pf in PUBLISHED_FROM, "%s published_from" % a.get("id"), sorted(PUBLISHED_FROM), pf)


# --------------------------------------------------------------------------
# 2. analyze, the sample dossier: facts

@test("a2 (Gulf Press): title, outlet, author, published")
def _(check):
    a = article(check, doc(check), "a2")
    check.equal(a.get("title"), "NATO Secretary-General confirms Ukraine\u2019s future membership in the alliance", "a2 title")
    check.equal(a.get("outlet"), "Gulf Press", "a2 outlet")
    check.equal(a.get("author"), "News Room", "a2 author")
    check.equal(a.get("published"), "2024-10-17", "a2 published")


@test("no page furniture in any paragraph (Privacy Policy, Sign In, Latest News, Followers, Advertisement, ...)")
def _(check):
    d = doc(check)
    for a in d["articles"]:
        for i, p in enumerate(a.get("paragraphs") or []):
            t = p.get("text") or ""
            for f in FURNITURE:
                check.expect(f not in t, "%s paragraph %d contains %r" % (a.get("id"), i, f),
                             "no %r" % f, t)


@test("no other page furniture in any paragraph (share/newsletter/comment boxes, photo credits, appeals)")
def _(check):
    d = doc(check)
    for a in d["articles"]:
        for i, p in enumerate(a.get("paragraphs") or []):
            t = p.get("text") or ""
            for f in MORE_FURNITURE:
                check.expect(f not in t, "%s paragraph %d contains %r" % (a.get("id"), i, f),
                             "no %r" % f, t)


@test("a1 (000): outlet MENAFN, published 2024-10-20 from the date marker")
def _(check):
    a = article(check, doc(check), "a1")
    check.equal(a.get("outlet"), "MENAFN", "a1 outlet")
    check.equal(a.get("published"), "2024-10-20", "a1 published")
    check.equal(a.get("published_from"), "marker", "a1 published_from")


@test("a5 (004): published 2024-10-17")
def _(check):
    a = article(check, doc(check), "a5")
    check.equal(a.get("published"), "2024-10-17", "a5 published")


@test("Zelensky, Zelenskyy, Zelenskyi, Vladimir Zelensky, Volodymyr Zelenskyy: one person entity")
def _(check):
    d = doc(check)
    found = {}

    def has(e, alias, surname_only):
        aliases = e.get("aliases") or []
        if surname_only:
            # The seeds write "Zelenskyi" only as "Volodymyr Zelenskyi", so the
            # spelling counts when it is an alias or the surname of one.
            return any(x == alias or x.endswith(" " + alias) for x in aliases)
        return alias in aliases

    for alias, surname_only in (("Zelensky", True), ("Zelenskyy", True), ("Zelenskyi", True),
                                ("Vladimir Zelensky", False), ("Volodymyr Zelenskyy", False)):
        es = [e for e in d.get("entities", []) if has(e, alias, surname_only)]
        if check.expect(len(es) == 1, "exactly one entity has alias %r%s"
                        % (alias, " (or an alias ending in it)" if surname_only else ""), 1,
                        [(e.get("id"), e.get("name"), e.get("aliases")) for e in es]):
            found[alias] = es[0]
    ids = {e.get("id") for e in found.values()}
    check.expect(len(ids) <= 1, "the aliases are the same entity", "one id",
                 {k: v.get("id") for k, v in found.items()})
    for e in found.values():
        check.equal(e.get("type"), "person", "type of %s (%s)" % (e.get("id"), e.get("name")))
        break
    zel = [(e.get("id"), e.get("name"), e.get("aliases")) for e in d.get("entities", [])
           if any("zelensk" in x.lower() for x in (e.get("aliases") or []) + [e.get("name") or ""])]
    check.expect(len(zel) == 1, "one entity at all whose name or aliases contain Zelensk*", 1, zel)


@test("the entity with alias \"Rutte\" is named \"Mark Rutte\"")
def _(check):
    es = entities_by_alias(doc(check), "Rutte")
    check.require(len(es) == 1, "exactly one entity has alias \"Rutte\"", 1,
                  [(e.get("id"), e.get("name")) for e in es])
    check.equal(es[0].get("name"), "Mark Rutte", "name of the entity with alias Rutte")


@test("\"U.S.\" is an alias of the entity named \"United States\"")
def _(check):
    es = entities_by_alias(doc(check), "U.S.")
    check.expect(len(es) == 1 and es[0].get("name") == "United States",
                 "entities with alias \"U.S.\"", "one, named United States",
                 [(e.get("id"), e.get("name")) for e in es])


@test("no entity named \"Ukrainian\", \"Russian\" or \"the alliance\"")
def _(check):
    d = doc(check)
    for e in d.get("entities", []):
        check.expect(e.get("name") not in ("Ukrainian", "Russian", "the alliance"),
                     "entity %s is named %r" % (e.get("id"), e.get("name")), "not an entity", e)


@test("a1: \"on Thursday\" is 2024-10-17")
def _(check):
    a = article(check, doc(check), "a1")
    ds = [x for x in a.get("dates") or [] if x.get("text") == "on Thursday"]
    check.require(ds, "a1 has a date \"on Thursday\"", "on Thursday", [x.get("text") for x in a.get("dates") or []])
    for x in ds:
        check.equal(x.get("value"), "2024-10-17", "value of a1's \"on Thursday\"")


@test("an event dated 2024-10-16 is reported by a3, a4 and a5")
def _(check):
    d = doc(check)
    vs = event_for(d, "2024-10-16")
    check.expect(any({"a3", "a4", "a5"} <= source_articles(v) for v in vs),
                 "an event of 2024-10-16 with sources in a3, a4, a5", "sources ⊇ a3 a4 a5",
                 events_summary(d))


@test("an event dated 2024-10-17 is reported by all five articles")
def _(check):
    d = doc(check)
    vs = event_for(d, "2024-10-17")
    check.expect(any(set(ARTICLE_IDS) <= source_articles(v) for v in vs),
                 "an event of 2024-10-17 with sources in a1..a5", "sources ⊇ a1..a5",
                 events_summary(d))


@test("an event dated 2024-07 is reported by a1 and a3")
def _(check):
    d = doc(check)
    vs = event_for(d, "2024-07")
    check.expect(any({"a1", "a3"} <= source_articles(v) for v in vs),
                 "an event of 2024-07 with sources in a1 and a3", "sources ⊇ a1 a3",
                 events_summary(d))


@test("no event from page furniture (2025-12 'Latest News', the '© 2023' line, copyright credits)")
def _(check):
    d = doc(check)
    for v in d.get("events", []):
        date = v.get("date") or ""
        texts = [s.get("text") or "" for s in v.get("sources") or []]
        check.expect(not date.startswith("2025-12"), "event %s is dated %s (the 'Latest News' list)"
                     % (v.get("id"), date), "no 2025-12 event", v)
        # "© 2023 Gulf Press" must not date anything.  (A1 reports a real
        # event of April 2023, Finland joining NATO: a 2023 date is only
        # allowed when every source sentence itself says 2023.)
        if date.startswith("2023"):
            check.expect(all("2023" in t for t in texts),
                         "event %s dated %s has a source that does not mention 2023" % (v.get("id"), date),
                         "every source sentence mentions 2023", texts)
            check.expect("a2" not in source_articles(v),
                         "event %s dated %s has a source in a2 (whose only 2023 is '© 2023 Gulf Press')"
                         % (v.get("id"), date), "no a2 source", v)
        for t in texts:
            for f in ("\u00a9", "Copyright", "Rights Reserved", "rights reserved", "Latest News"):
                check.expect(f not in t, "event %s has a source sentence with %r" % (v.get("id"), f), "none", t)


# --------------------------------------------------------------------------
# 3. --jsonl

def jsonl(check):
    r = cached("jsonl", lambda: run(["analyze", "--jsonl"], cwd=workdir()))
    require_exit(check, r, 0)
    lines = [l for l in r.stdout.split("\n") if l.strip()]
    objs = []
    for i, l in enumerate(lines, 1):
        try:
            objs.append(json.loads(l))
        except ValueError as e:
            check.fail("line %d is not JSON: %s: %s" % (i, e, short(l)))
            raise Failure()
    return r, objs


@test("analyze --jsonl: 5 lines, each an article object with id, paragraphs, entities, events; ids a1..a5")
def _(check):
    r, objs = jsonl(check)
    check.equal(len(objs), 5, "number of non-empty lines")
    for i, o in enumerate(objs):
        if not check.expect(isinstance(o, dict), "line %d is an object" % (i + 1), "object", o):
            continue
        for k in ("id", "paragraphs", "entities", "events"):
            check.expect(k in o, "line %d has %r" % (i + 1, k), k, sorted(o.keys()))
    check.equal([o.get("id") for o in objs if isinstance(o, dict)], ARTICLE_IDS, "ids")
    check.equal([o.get("file") for o in objs if isinstance(o, dict)],
                ["seeds/" + f for f in SEED_FILES], "files")


@test("analyze --jsonl: each line is self-consistent (mentions -> its entities; its events' sources are this article)")
def _(check):
    r, objs = jsonl(check)
    check.require(len(objs) > 0, "some lines", "5 lines", r.stdout)
    for o in objs:
        if not isinstance(o, dict):
            continue
        aid = o.get("id")
        ents = {e.get("id") for e in o.get("entities") or []}
        for i, m in enumerate(o.get("mentions") or []):
            check.expect(m.get("entity") in ents, "%s mention %d: entity is in this line's entities"
                         % (aid, i), sorted(ents), m.get("entity"))
        for e in o.get("entities") or []:
            check.expect(set(e.get("articles") or []) <= {aid},
                         "%s: entity %s \"articles\" name this line's article" % (aid, e.get("id")),
                         [aid], e.get("articles"))
        for v in o.get("events") or []:
            for j, s in enumerate(v.get("sources") or []):
                check.expect(s.get("article") == aid, "%s: event %s source %d \"article\""
                             % (aid, v.get("id"), j), aid, s.get("article"))
                if s.get("article") == aid:
                    check_spans(check, o, [s], "event %s source" % v.get("id"))


@test("extract: one line per article with the same paragraphs, title and date as analyze, and no analysis")
def _(check):
    r = run(["extract"], cwd=workdir())
    require_exit(check, r, 0)
    objs = [json.loads(l) for l in r.stdout.split("\n") if l.strip()]
    check.equal([o.get("id") for o in objs], ARTICLE_IDS, "ids")
    d = doc(check)
    for o, a in zip(objs, d["articles"]):
        aid = a.get("id")
        check.equal([p.get("text") for p in o.get("paragraphs") or []],
                    [p.get("text") for p in a.get("paragraphs") or []], "%s paragraphs" % aid)
        for k in ("file", "title", "outlet", "author", "removed", "captions"):
            check.equal(o.get(k), a.get(k), "%s %r" % (aid, k))
        # A date the page states is read; one inferred from the text is the analysis's.
        if a.get("published_from") == "inferred":
            check.equal(o.get("published"), None, "%s 'published' (inferred only by analyze)" % aid)
        else:
            check.equal(o.get("published"), a.get("published"), "%s 'published'" % aid)
        for k in ("mentions", "dates", "quotes", "entities", "events"):
            check.expect(k not in o, "%s: no %r (nothing is analysed)" % (aid, k), "absent", sorted(o.keys()))


@test("extract: a saved page and a refused file: the page's article, the file named on stderr, exit 1")
def _(check):
    d = scratch("extract")
    page = os.path.join(d, "page.html")
    with open(page, "w", encoding="utf-8") as f:
        f.write("<html><head><title>Bridge | Coastal Times</title>"
                "<script>var menu = '<p>Not the article at all, a script string</p>';</script></head>"
                "<body><nav><a href=/>Home</a> <a href=/news>News</a></nav><article><h1>Harbour bridge closed</h1>"
                "<p>The city council voted on Tuesday to close the old harbour bridge to heavy traffic after "
                "engineers found cracks in two of its supports.</p>"
                "<p>Mayor Anna Lindqvist said the closure would last at least six months while the supports "
                "are replaced, and that buses would be rerouted.</p></article></body></html>")
    empty = os.path.join(d, "empty.txt")
    open(empty, "w").close()
    r = run(["extract", page, empty], cwd=d)
    require_exit(check, r, 1)
    objs = [json.loads(l) for l in r.stdout.split("\n") if l.strip()]
    check.require(len(objs) == 1, "one article line", 1, len(objs))
    texts = [p.get("text") for p in objs[0].get("paragraphs") or []]
    check.expect(any(t.startswith("The city council voted") for t in texts), "the article's paragraph",
                 "The city council voted...", texts)
    check.expect(not any("Not the article" in t or t == "Home" for t in texts), "no script or menu text",
                 "none", texts)
    check.equal(objs[0].get("format"), "html", "format")
    check.expect("empty.txt" in r.stderr, "the refused file is named on stderr", "empty.txt", r.stderr)


@test("extract and analyze: nothing that is text is refused; where no article is found the whole text is kept, \"uncleaned\": true")
def _(check):
    d = scratch("uncleaned")
    menus = os.path.join(d, "menus.txt")
    with open(menus, "w", encoding="utf-8") as f:
        f.write("Home\nNews\nSport\nWeather\nSign in\nSubscribe\n")
    sentence = os.path.join(d, "sentence.txt")
    with open(sentence, "w", encoding="utf-8") as f:
        f.write("Mark Rutte spoke in Brussels on 17 October 2024.\n")
    r = run(["extract", menus, sentence], cwd=d)
    require_exit(check, r, 0)
    objs = {os.path.basename(o.get("file") or ""): o for o in
            (json.loads(l) for l in r.stdout.split("\n") if l.strip())}
    check.require("menus.txt" in objs and "sentence.txt" in objs, "an article for each file",
                  ["menus.txt", "sentence.txt"], sorted(objs))
    check.equal(objs["menus.txt"].get("uncleaned"), True, "menus.txt: \"uncleaned\"")
    check.equal(len(objs["menus.txt"].get("paragraphs") or []), 6, "menus.txt: every line kept")
    check.expect(any("kept as it was" in w for w in objs["menus.txt"].get("warnings") or []),
                 "menus.txt: a warning says so", "…kept as it was", objs["menus.txt"].get("warnings"))
    check.expect("uncleaned" not in objs["sentence.txt"], "sentence.txt: no \"uncleaned\" member (it is an article)",
                 "absent", sorted(objs["sentence.txt"]))
    check.equal([p.get("text") for p in objs["sentence.txt"].get("paragraphs") or []],
                ["Mark Rutte spoke in Brussels on 17 October 2024."], "sentence.txt: the sentence")
    r = run(["analyze", "--json", menus, sentence], cwd=d)
    require_exit(check, r, 0)
    arts = {os.path.basename(a.get("file") or ""): a for a in json.loads(r.stdout).get("articles", [])}
    check.equal(arts.get("menus.txt", {}).get("uncleaned"), True, "analyze: menus.txt \"uncleaned\"")
    check.expect("uncleaned" not in arts.get("sentence.txt", {}), "analyze: sentence.txt cleaned", "absent",
                 sorted(arts.get("sentence.txt", {})))
    check.expect(any(m.get("type") == "person" for m in arts.get("sentence.txt", {}).get("mentions") or []) or
                 any(e.get("name") == "Mark Rutte" for e in json.loads(r.stdout).get("entities", [])),
                 "analyze: the sentence is analysed (Mark Rutte)", "Mark Rutte", r.stdout[:600])


HARBOUR = ("Harbour reopens after storm\n\n"
           "The harbour of the town reopened on Friday after the storm closed it for a week, the port authority "
           "said in a statement on its website.\n\n"
           "Ships waiting offshore were allowed in one by one, officials said.\n")


@test("--address URL FILE: the address is the article's, its site names the outlet, a day in it dates the article "
      "(\"published_from\": \"address\"); timeline prints it on the article's line")
def _(check):
    d = scratch("address")
    story = os.path.join(d, "harbour.txt")
    with open(story, "w", encoding="utf-8") as f:
        f.write(HARBOUR)
    address = "https://www.theguardian.com/world/2024/10/18/harbour-reopens-after-storm"
    r = run(["extract", "--address", address, story], cwd=d)
    require_exit(check, r, 0)
    obj = json.loads(r.stdout)
    check.equal(obj.get("address"), address, "extract: address")
    check.equal(obj.get("outlet"), "The Guardian", "extract: the outlet from the address's site")
    check.equal(obj.get("published"), "2024-10-18", "extract: the day in the address")
    check.equal(obj.get("published_from"), "address", "extract: published_from")
    r = run(["analyze", "--json", "--address", address, story], cwd=d)
    require_exit(check, r, 0)
    art = json.loads(r.stdout)["articles"][0]
    check.equal((art.get("address"), art.get("outlet"), art.get("published"), art.get("published_from")),
                (address, "The Guardian", "2024-10-18", "address"), "analyze: address, outlet, date")
    check.expect(any(dt.get("text") == "on Friday" and dt.get("value") == "2024-10-18"
                     for dt in art.get("dates") or []),
                 "analyze: \"on Friday\" counted from the address's day", "2024-10-18", art.get("dates"))
    r = run(["timeline", "--address", address, story], cwd=d)
    require_exit(check, r, 0)
    first = r.stdout.split("\n")[0]
    check.expect(first.startswith("a1  The Guardian") and first.endswith("  <" + address + ">"),
                 "timeline: the article's line ends with its address", "a1  The Guardian … <" + address + ">", first)
    # A site's name alone names the outlet; without --address nothing changes.
    r = run(["extract", "--address", "bbc.co.uk", story], cwd=d)
    require_exit(check, r, 0)
    check.equal((json.loads(r.stdout).get("address"), json.loads(r.stdout).get("outlet")), ("bbc.co.uk", "BBC"),
                "extract --address bbc.co.uk: address and outlet")
    r = run(["extract", story], cwd=d)
    require_exit(check, r, 0)
    check.equal((json.loads(r.stdout).get("address"), json.loads(r.stdout).get("outlet")), (None, None),
                "extract without --address: no address, no outlet")
    r = run(["timeline", story], cwd=d)
    check.expect("<" not in r.stdout.split("\n")[0], "timeline without an address: none printed", "no <…>",
                 r.stdout.split("\n")[0])


@test("--address: one file only, a web address or a site; anything else is a usage error (exit 2)")
def _(check):
    d = scratch("address-usage")
    story = os.path.join(d, "harbour.txt")
    with open(story, "w", encoding="utf-8") as f:
        f.write(HARBOUR)
    for args, why in ((["analyze", "--address", "https://example.com/a", story, story], "two files"),
                      (["extract", "--address", "https://example.com/a", d], "a folder"),
                      (["timeline", "--address", "https://example.com/a"], "no file (the sample)"),
                      (["extract", "--address", "ftp://example.com/a", story], "not a web address"),
                      (["extract", "--address", "the page I read", story], "words"),
                      (["import", "--dossier", os.path.join(d, "x.dossier"), "--address", "https://example.com/a",
                        story, story], "import: two files")):
        r = run(args, cwd=d)
        check.equal(r.returncode, 2, "exit status with " + why)
        check.expect("--address" in r.stderr, why + ": stderr names --address", "--address", r.stderr[:200])
    check.expect(not os.path.exists(os.path.join(d, "x.dossier")), "no dossier made by a usage error", "absent",
                 os.listdir(d))


@test("import --address: kept in the dossier file with the article; an export of the dossier carries it")
def _(check):
    d = scratch("import-address")
    story = os.path.join(d, "harbour.txt")
    with open(story, "w", encoding="utf-8") as f:
        f.write(HARBOUR)
    dossier = os.path.join(d, "Harbour.dossier")
    address = "https://www.dw.com/en/harbour-reopens-after-storm/a-70527313"
    r = run(["import", "--dossier", dossier, "--address", address, story], cwd=d)
    require_exit(check, r, 0)
    db = sqlite3.connect(dossier)
    rows = db.execute("SELECT address FROM sources").fetchall()
    version = db.execute("PRAGMA user_version").fetchone()[0]
    db.close()
    check.equal(rows, [(address,)], "the address in the file's sources")
    check.equal(version, 3, "the file's format")
    r = run(["export", "--format", "json", "--dossier", dossier, "--output", "-"], cwd=d)
    require_exit(check, r, 0)
    art = json.loads(r.stdout)["articles"][0]
    check.equal((art.get("address"), art.get("outlet")), (address, "DW"), "export: address and outlet")
    r = run(["export", "--format", "csv", "--dossier", dossier, "--table", "articles", "--output", "-"], cwd=d)
    require_exit(check, r, 0)
    rows = list(csv.DictReader(r.stdout.splitlines()))
    check.equal(rows[0].get("address"), address, "articles.csv: address")


# --------------------------------------------------------------------------
# 4. timeline

@test("timeline: exit 0, lists 16 October 2024, 17 October 2024, July 2024")
def _(check):
    r = run(["timeline"], cwd=workdir())
    require_exit(check, r, 0)
    for s in ("16 October 2024", "17 October 2024", "July 2024"):
        check.expect(s in r.stdout, "timeline mentions %r" % s, s, r.stdout[:1500])


@test("timeline: an event several outlets report says how many articles and outlets, and why they are linked")
def _(check):
    r = run(["timeline"], cwd=workdir())
    require_exit(check, r, 0)
    blocks = r.stdout.split("\n\n")
    statement = [b for b in blocks if b.startswith("17 October 2024") and "Rutte" in b.split("\n")[0]]
    check.expect(statement, "the Brussels statement is an event", "a block", r.stdout[:1500])
    if statement:
        lines = statement[0].split("\n")
        check.expect(any(l.strip().startswith("5 articles, ") for l in lines), "it counts five articles",
                     "5 articles, N outlets", lines[:3])
        check.expect(any(l.strip().startswith("linked a") and "the same date" in l for l in lines),
                     "each link says why", "linked aN ¶N ↔ aM ¶M: the same date, …", lines[-3:])


@test("timeline: an article without a headline goes by its lead's first words, in brackets, never by its path")
def _(check):
    r = run(["timeline"], cwd=workdir())
    require_exit(check, r, 0)
    head = r.stdout.split("\n\n")[0]
    check.expect("seeds/" not in r.stdout and ".txt" not in r.stdout, "no file path names an article",
                 "no seeds/….txt", r.stdout[:1500])
    check.expect("[On October 17, NATO Secretary General Mark Rutte announced that Ukraine will…]" in head,
                 "the fourth page is named by its lead", "[On October 17, …]", head)


@test("analyze: an event's JSON has distinct articles and outlets, sources' dating and links with reasons")
def _(check):
    d = doc(check)
    for ev in d.get("events", []):
        arts = {s["article"] for s in ev["sources"]}
        check.equal(ev.get("articles"), len(arts), "%s articles" % ev["id"])
        check.expect(isinstance(ev.get("outlets"), list) and ev.get("outlet_count", 0) <= len(arts),
                     "%s outlets" % ev["id"], "<= articles", ev.get("outlet_count"))
        for s in ev["sources"]:
            check.expect(s.get("dating") in ("expression", "implicit", "content", "previous", "saying",
                                             "continuation"),
                         "%s dating" % ev["id"], "one of six", s.get("dating"))
        for link in ev.get("links", []):
            a, b = link["sources"]
            check.expect(0 <= a < len(ev["sources"]) and 0 <= b < len(ev["sources"]) and a != b,
                         "%s link between two of its sources" % ev["id"], "indices", link["sources"])
            check.expect(link["because"], "%s link has reasons" % ev["id"], "non-empty", link)
    multi = [ev for ev in d.get("events", []) if ev.get("articles", 0) >= 4]
    check.expect(len(multi) >= 2, "the victory plan and the Brussels statement have four articles or more",
                 ">= 2", [(e["date"], e["articles"]) for e in multi])


# --------------------------------------------------------------------------
# 5. bad inputs

UTF16_TEXT = (
    "Storm forces nine-hour closure of Rotterdam port\n"
    "\n"
    "A severe storm forced the closure of the port of Rotterdam on Monday, halting "
    "container traffic for most of the day. Officials said dozens of ships were diverted "
    "to Antwerp and Hamburg. The closure lasted nine hours, the longest in a decade.\n"
    "\n"
    "The harbour master, Jan de Vries, said the decision was taken to protect crews and "
    "dock workers. Shipping companies reported delays of up to two days. Normal "
    "operations resumed in the evening once the wind had dropped below storm force.\n"
)
LATIN1_TEXT = (
    "Caf\u00e9 owners in Lyon protest against new terrace rules\n"
    "\n"
    "Owners of a small caf\u00e9 in Lyon said the new rules on outdoor seating were "
    "\u201cunfair\u201d to family businesses. The city council discussed the complaint on "
    "Monday. It promised to review the plan before the summer.\n"
    "\n"
    "The Caf\u00e9 de la Paix has served customers in the old town for three generations. "
    "Its owner said business fell by a third after the terrace was reduced. More than two "
    "thousand customers have signed a petition.\n"
)
HUGE_BYTES = 70 * 1024 * 1024


def make_bad_inputs(d):
    with open(os.path.join(d, "empty.txt"), "wb"):
        pass
    with open(os.path.join(d, "image.txt"), "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x00\xc8"
                b"\x08\x06\x00\x00\x00" + bytes(range(256)) * 8)
    with open(os.path.join(d, "utf16.txt"), "wb") as f:
        f.write(b"\xff\xfe" + UTF16_TEXT.encode("utf-16-le"))
    latin1 = LATIN1_TEXT.encode("cp1252")
    assert b"\x93" in latin1 and b"\x94" in latin1 and b"\xe9" in latin1
    with open(os.path.join(d, "latin1.txt"), "wb") as f:
        f.write(latin1)
    line = (b"The quick brown fox jumps over the lazy dog while the council debates "
            b"the budget for another long afternoon.\n")
    block = line * (1024 * 1024 // len(line) + 1)
    with open(os.path.join(d, "huge.txt"), "wb") as f:
        written = 0
        while written < HUGE_BYTES:
            f.write(block)
            written += len(block)


def bad_inputs_run(check):
    def go():
        d = scratch("bad-")
        make_bad_inputs(d)
        seed = os.path.join(SEEDS, SEED_FILES[0])
        args = ["analyze", "empty.txt", "image.txt", "utf16.txt", "latin1.txt",
                "huge.txt", "missing.txt", seed]
        r = run(args, cwd=d)
        return d, seed, r
    d, seed, r = cached("bad", go)
    check.require(not r.timed_out, "dossier-cli did not finish within %ds\n%s" % (TIMEOUT, r.describe()))
    return d, seed, r


BAD = {
    "empty.txt": ("empty",),
    "image.txt": ("binary",),
    "huge.txt": ("too large", "too big"),
    "missing.txt": ("no such", "not found", "does not exist"),
}


@test("bad inputs (empty, binary, 70 MB, missing) among good ones: exit status 1")
def _(check):
    d, seed, r = bad_inputs_run(check)
    check.expect(r.returncode == 1, "exit status %s, expected 1\n%s" % (r.returncode, r.describe()))


@test("bad inputs: stderr has one 'dossier-cli: PATH: reason' line per bad file, with the reason")
def _(check):
    d, seed, r = bad_inputs_run(check)
    lines = [l for l in r.stderr.split("\n") if l.strip()]
    for name, reasons in BAD.items():
        pat = re.compile(r"^dossier-cli: (%s|%s): (.+)$"
                         % (re.escape(name), re.escape(os.path.join(d, name))))
        hits = [l for l in lines if pat.match(l)]
        if not check.expect(len(hits) == 1, "one stderr line 'dossier-cli: %s: reason'" % name,
                            "1 line", lines):
            continue
        reason = pat.match(hits[0]).group(2).lower()
        check.expect(any(x in reason for x in reasons), "reason for %s" % name,
                     " or ".join(repr(x) for x in reasons), hits[0])
    for good in ("utf16.txt", seed):
        for l in lines:
            check.expect(good not in l, "stderr names the good file %s" % good, "nothing", l)
    for l in lines:
        if "latin1.txt" in l:
            check.expect("warning" in l.lower(), "latin1.txt is only warned about, not refused",
                         "a warning", l)
        check.expect(l.startswith("dossier-cli: "), "stderr lines start with 'dossier-cli: '",
                     "dossier-cli: ...", l)


@test("bad inputs: stdout is still one JSON document with the good articles (seed, utf16, latin1)")
def _(check):
    d, seed, r = bad_inputs_run(check)
    doc_ = parse_json(check, r)
    files = [a.get("file") or "" for a in doc_.get("articles", [])]
    names = sorted(os.path.basename(f) for f in files)
    check.equal(names, sorted(["utf16.txt", "latin1.txt", SEED_FILES[0]]), "articles analysed")
    check.equal(doc_.get("schema"), 1, "schema")


def bad_article(check, name):
    d, seed, r = bad_inputs_run(check)
    doc_ = parse_json(check, r)
    for a in doc_.get("articles", []):
        if os.path.basename(a.get("file") or "") == name:
            return a
    check.fail("no article for %s in %s" % (name, [a.get("file") for a in doc_.get("articles", [])]))
    raise Failure()


@test("UTF-16LE with BOM: read as text; title and paragraphs readable")
def _(check):
    a = bad_article(check, "utf16.txt")
    check.equal(a.get("title"), "Storm forces nine-hour closure of Rotterdam port", "title")
    paras = [p.get("text") for p in a.get("paragraphs") or []]
    check.expect(len(paras) == 2, "two paragraphs", 2, paras)
    check.expect(paras and paras[0].startswith("A severe storm forced the closure of the port of Rotterdam"),
                 "first paragraph", "A severe storm forced ...", paras[:1])
    check.expect(all("\x00" not in p and "\ufffd" not in p for p in paras),
                 "no NULs or replacement characters", "clean text", paras)
    check.expect(any("Jan de Vries" in p for p in paras), "second paragraph", "...Jan de Vries...", paras)


@test("Latin-1 / Windows-1252: analysed, \"Café\" and curly quotes decoded, warnings non-empty")
def _(check):
    a = bad_article(check, "latin1.txt")
    text = "\n".join(p.get("text") or "" for p in a.get("paragraphs") or [])
    check.expect("Caf\u00e9" in text, "a paragraph contains \"Café\"", "Café", text[:300])
    check.expect("\u201cunfair\u201d" in text, "0x93/0x94 read as curly quotes", "\u201cunfair\u201d", text[:300])
    w = a.get("warnings")
    check.expect(isinstance(w, list) and len(w) > 0, "\"warnings\" is a non-empty list", "[...]", w)


# --------------------------------------------------------------------------
# folders

def copy_seed(index, dest):
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    shutil.copyfile(os.path.join(SEEDS, SEED_FILES[index]), dest)


@test("analyze DIR: reads .txt .text .md (also in subfolders), not notes.pdf, README, .hidden.txt, .hidden/")
def _(check):
    root = scratch("dir-")
    d = os.path.join(root, "dossier")
    copy_seed(0, os.path.join(d, "a.txt"))
    copy_seed(2, os.path.join(d, "b.md"))
    copy_seed(3, os.path.join(d, "sub", "c.text"))
    with open(os.path.join(d, "notes.pdf"), "wb") as f:
        f.write(b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << >>\n%%EOF\n")
    copy_seed(1, os.path.join(d, "README"))
    copy_seed(4, os.path.join(d, ".hidden.txt"))
    copy_seed(4, os.path.join(d, ".hidden", "x.txt"))
    r = run(["analyze", "dossier"], cwd=root)
    require_exit(check, r, 0)
    doc_ = parse_json(check, r)
    files = sorted(os.path.relpath(os.path.realpath(os.path.join(root, a.get("file") or "")), d)
                   for a in doc_.get("articles", []))
    check.equal(files, sorted(["a.txt", "b.md", os.path.join("sub", "c.text")]), "files analysed")
    for bad in ("notes.pdf", "README", ".hidden"):
        check.expect(bad not in r.stderr, "stderr mentions %s" % bad, "nothing", r.stderr)


@test("analyze DIR: .html and .htm files are picked up (analysed, or reported by name)")
def _(check):
    root = scratch("html-")
    d = os.path.join(root, "pages")
    os.makedirs(d)
    page = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Storm closes Rotterdam port "
            "| Example News</title></head><body><article><h1>Storm forces nine-hour closure of "
            "Rotterdam port</h1><p>A severe storm forced the closure of the port of Rotterdam on "
            "Monday. Officials said ships were diverted to Antwerp. The closure lasted nine "
            "hours.</p></article></body></html>\n")
    for name in ("one.html", "two.htm"):
        with open(os.path.join(d, name), "w", encoding="utf-8") as f:
            f.write(page)
    r = run(["analyze", "pages"], cwd=root)
    check.require(not r.timed_out, "did not finish\n" + r.describe())
    try:
        doc_ = json.loads(r.stdout)
        files = [os.path.basename(a.get("file") or "") for a in doc_.get("articles", [])]
    except ValueError:
        files = []
    for name in ("one.html", "two.htm"):
        check.expect(name in files or name in r.stderr,
                     "%s was not considered: neither an article nor named on stderr" % name)
    check.note(r.describe())


@test("analyze PAGE.html: the article of a saved page, its metadata, the menus gone")
def _(check):
    root = scratch("page-")
    path = os.path.join(root, "page.html")
    page = ("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
            "<meta property=\"og:site_name\" content=\"Example News\">"
            "<meta property=\"article:published_time\" content=\"2024-11-04T08:15:00Z\">"
            "<title>Storm closes Rotterdam port | Example News</title></head><body>"
            "<nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/world\">World</a></li></ul></nav>"
            "<article><h1>Storm forces nine-hour closure of Rotterdam port</h1>"
            "<p>A severe storm forced the closure of the port of Rotterdam on Monday, officials said.</p>"
            "<p>Ships were diverted to Antwerp while the harbour master waited for the wind to drop.</p>"
            "<p>The closure lasted nine hours and delayed about forty container ships.</p>"
            "</article><footer>Privacy Policy</footer></body></html>\n")
    with open(path, "w", encoding="utf-8") as f:
        f.write(page)
    r = run(["analyze", "--json", path], cwd=root)
    require_exit(check, r, 0)
    article = parse_json(check, r)["articles"][0]
    check.equal(article["format"], "html", "format")
    check.equal(article["outlet"], "Example News", "outlet")
    check.equal(article["published_from"], "metadata", "published_from")
    check.expect((article["published"] or "").startswith("2024-11-04"), "published", "2024-11-04", article["published"])
    texts = [p["text"] for p in article["paragraphs"]]
    check.expect(any(t.startswith("A severe storm forced") for t in texts), "first paragraph kept", "kept", texts)
    check.expect(not any("Home" in t or "Privacy" in t for t in texts), "menus gone", "gone", texts)
    monday = [d for d in article["dates"] if d["text"].endswith("Monday")]
    check.expect(monday and monday[0]["value"] == "2024-11-04", "“on Monday” is the page's Monday",
                 "2024-11-04", monday)


@test("analyze DIR with a symlink loop (dir/loop -> dir): completes, each real file read once")
def _(check):
    root = scratch("loop-")
    d = os.path.join(root, "dir")
    copy_seed(0, os.path.join(d, "a.txt"))
    copy_seed(3, os.path.join(d, "sub", "b.txt"))
    os.symlink(d, os.path.join(d, "loop"))
    os.symlink("..", os.path.join(d, "sub", "up"))
    r = run(["analyze", "dir"], cwd=root)
    check.require(not r.timed_out, "symlink loop: dossier-cli did not finish within %ds" % TIMEOUT)
    doc_ = parse_json(check, r)
    real = [os.path.relpath(os.path.realpath(os.path.join(root, a.get("file") or "")), d)
            for a in doc_.get("articles", [])]
    check.equal(sorted(real), sorted(["a.txt", os.path.join("sub", "b.txt")]),
                "real files analysed (each once)")
    check.expect(r.returncode in (0, 1), "exit status 0 (or 1 if the loop is reported)\n" + r.describe())
    if r.returncode != 0:
        diag("(exit %s; stderr: %s)" % (r.returncode, short(r.stderr)))


# --------------------------------------------------------------------------
# 6. usage

@test("usage: analyze --json --jsonl exits 2")
def _(check):
    r = run(["analyze", "--json", "--jsonl"], cwd=workdir())
    require_exit(check, r, 2)
    check.expect(r.stdout == "", "nothing on stdout", "", r.stdout)


@test("usage: unknown command 'frobnicate' exits 2")
def _(check):
    r = run(["frobnicate"], cwd=workdir())
    require_exit(check, r, 2)
    check.expect(r.stdout == "", "nothing on stdout", "", r.stdout)


@test("usage: analyze --ref-date nonsense exits 2")
def _(check):
    r = run(["analyze", "--ref-date", "nonsense"], cwd=workdir())
    require_exit(check, r, 2)
    check.expect(r.stdout == "", "nothing on stdout", "", r.stdout)


@test("usage: --help exits 0 and prints usage")
def _(check):
    r = run(["--help"], cwd=workdir())
    require_exit(check, r, 0)
    check.expect("analyze" in r.stdout, "--help mentions analyze", "analyze", r.stdout)


# --------------------------------------------------------------------------
# 7. --ref-date and an undated article

UNDATED = os.path.join(FIXTURES, "undated.txt")


def only_article(check, r):
    require_exit(check, r, 0)
    doc_ = parse_json(check, r)
    arts = doc_.get("articles", [])
    check.require(len(arts) == 1, "one article", 1, [a.get("file") for a in arts])
    return doc_, arts[0]


def tuesday(check, a):
    ds = [x for x in a.get("dates") or [] if x.get("text") == "on Tuesday"]
    check.require(len(ds) == 1, "one date \"on Tuesday\"", 1, a.get("dates"))
    return ds[0]


@test("--ref-date 2024-10-18, undated article alone: published 2024-10-18 from \"user\", \"on Tuesday\" = 2024-10-15")
def _(check):
    doc_, a = only_article(check, run(["analyze", "--ref-date", "2024-10-18", UNDATED], cwd=workdir()))
    check.equal(a.get("published"), "2024-10-18", "published")
    check.equal(a.get("published_from"), "user", "published_from")
    t = tuesday(check, a)
    check.equal(t.get("value"), "2024-10-15", "value of \"on Tuesday\"")
    check.equal(t.get("precision"), "day", "precision of \"on Tuesday\"")


@test("no --ref-date, undated article alone: published null, \"on Tuesday\" value null (never guessed)")
def _(check):
    doc_, a = only_article(check, run(["analyze", UNDATED], cwd=workdir()))
    check.equal(a.get("published"), None, "published")
    check.equal(a.get("published_from"), None, "published_from")
    check.equal(tuesday(check, a).get("value"), None, "value of \"on Tuesday\"")
    dated = [v for v in doc_.get("events", []) if v.get("date")]
    check.expect(all(not v.get("date", "").startswith("2024-10-15") for v in dated),
                 "no event dated from a guessed publication date", "none", dated)


# --------------------------------------------------------------------------
# 8. dossier files and export


def new_dossier(check, name="Research.dossier"):
    path = os.path.join(TMP, name)
    if os.path.exists(path):
        os.unlink(path)
    r = run(["import", "--dossier", path, SEEDS], cwd=workdir())
    require_exit(check, r, 0)
    check.expect("5 articles added" in r.stdout, "import reports 5 articles", "5 articles added", r.stdout)
    return path


NOTE = 'Contradicts a3, "irreversible" vs "will",\nsee Київ report'


def add_annotation(path, words):
    """Writes an annotation the way the app does, straight into the file."""
    db = sqlite3.connect(path)
    source, content = db.execute("SELECT id, content FROM sources ORDER BY id LIMIT 1 OFFSET 3").fetchone()
    db.execute("INSERT INTO annotations (id, source, exact, prefix, suffix, start, end, orphaned, colour,"
               " note, tags, created, modified) VALUES (?, ?, ?, '', '', 0, 0, 0, 'red', ?, ?, ?, ?)",
               ("0b5c6b2e-6d0e-4a43-9a55-5a1c1c0d2f10", source, words, NOTE, json.dumps(["plan", "claim, disputed"]),
                "2026-11-22T10:00:00Z", "2026-11-22T10:00:00Z"))
    db.commit()
    db.close()


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f, strict=True))


@test("export: CSV tables of a dossier parse with Python's csv, a note with commas, quotes and new lines round-trips")
def _(check):
    path = new_dossier(check)
    add_annotation(path, "Victory Plan")
    out = os.path.join(TMP, "tables")
    r = run(["export", "--format", "csv", "--dossier", path, "--output", out], cwd=workdir())
    require_exit(check, r, 0)
    names = sorted(os.listdir(out))
    check.equal(names, ["annotations.csv", "articles.csv", "entities.csv", "events.csv", "mentions.csv"], "files")
    for name in names:
        rows = read_csv(os.path.join(out, name))
        check.expect(all(len(row) == len(rows[0]) for row in rows), name + ": every row has the header's columns")
    articles = read_csv(os.path.join(out, "articles.csv"))
    check.equal(len(articles) - 1, 5, "articles.csv rows")
    annotations = read_csv(os.path.join(out, "annotations.csv"))
    check.require(len(annotations) == 2, "one annotation row", 2, len(annotations))
    row = dict(zip(annotations[0], annotations[1]))
    check.equal(row.get("note"), NOTE, "the note, exactly")
    check.equal(row.get("quote"), "Victory Plan", "the quote")
    check.equal(row.get("article_id"), "a4", "the article")
    check.equal(row.get("orphaned"), "false", "anchored")
    check.expect(row.get("start") not in ("", "0"), "its position was found", "> 0", row.get("start"))


@test("export: JSON of a dossier has W3C Web Annotations; --articles limits it")
def _(check):
    path = new_dossier(check)
    add_annotation(path, "Victory Plan")
    r = run(["export", "--format", "json", "--dossier", path, "--output", "-"], cwd=workdir())
    require_exit(check, r, 0)
    doc_ = json.loads(r.stdout)
    check.equal(doc_.get("schema"), 1, "schema")
    check.equal(len(doc_.get("articles", [])), 5, "articles")
    notes = doc_.get("annotations", [])
    check.require(len(notes) == 1, "one annotation", 1, notes)
    a = notes[0]
    check.equal(a.get("type"), "Annotation", "type")
    selectors = {s.get("type"): s for s in a.get("target", {}).get("selector", [])}
    check.equal(selectors.get("TextQuoteSelector", {}).get("exact"), "Victory Plan", "TextQuoteSelector exact")
    check.expect("TextPositionSelector" in selectors, "has a TextPositionSelector")
    bodies = [b.get("value") for b in a.get("body", [])]
    check.expect(NOTE in bodies and "claim, disputed" in bodies, "note and tag bodies", NOTE, bodies)
    r = run(["export", "--format", "json", "--dossier", path, "--articles", "a2", "--output", "-"], cwd=workdir())
    require_exit(check, r, 0)
    doc_ = json.loads(r.stdout)
    check.equal([x["id"] for x in doc_.get("articles", [])], ["a2"], "only a2")
    check.equal(doc_.get("annotations"), [], "the annotation of a4 is not in a2's export")
    check.expect(all(s["article"] == "a2" for v in doc_.get("events", []) for s in v["sources"]),
                 "events carry only a2's sources")
    r = run(["export", "--format", "json", "--dossier", path, "--articles", "a4, a2,a4", "--output", "-"],
            cwd=workdir())
    require_exit(check, r, 0)
    doc_ = json.loads(r.stdout)
    check.equal([x["id"] for x in doc_.get("articles", [])], ["a2", "a4"], "a2 and a4, in order, once each")
    check.equal(len(doc_.get("annotations", [])), 1, "the annotation of a4")


def pdf_tool(args):
    tool = shutil.which(args[0])
    if tool is None:
        return None
    return subprocess.run([tool] + args[1:], capture_output=True, timeout=TIMEOUT).stdout.decode("utf-8", "replace")


@test("export: a PDF report of the sample has a page per part, every article in the outline, the words")
def _(check):
    path = new_dossier(check)
    add_annotation(path, "Victory Plan")
    out = os.path.join(TMP, "report.pdf")
    r = run(["export", "--format", "pdf", "--dossier", path, "--output", out], cwd=workdir())
    require_exit(check, r, 0)
    with open(out, "rb") as f:
        check.expect(f.read(5) == b"%PDF-", "a PDF file")
    info = pdf_tool(["pdfinfo", out])
    if info is None:
        check.skip("poppler-utils is not installed: the PDF's pages and words are not checked")
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))
    check.expect(pages >= 7, "cover, timeline, 5 articles and indexes", ">= 7", pages)
    check.expect(re.search(r"Title:\s+Research", info) is not None, "title metadata", "Research", info)
    text = pdf_tool(["pdftotext", "-layout", out, "-"])
    for words in ["Volodymyr Zelenskyy", "Mark Rutte", "Victory Plan", "Київ report", "MENAFN"]:
        check.expect(words in text, "the report says " + words)
    outline = pdf_tool(["pdftohtml", "-xml", "-i", "-stdout", "-q", out])
    items = re.findall(r"<item[^>]*>([^<]*)</item>", outline or "")
    check.expect(len(items) >= 5 + 3, "an outline entry per article and part", ">= 8", items)


@test("export: a damaged dossier is refused, named, and left as it was")
def _(check):
    path = new_dossier(check, "Damaged.dossier")
    with open(path, "rb") as f:
        data = f.read()
    with open(path, "wb") as f:
        f.write(data[:len(data) // 2])
    before = hashlib.sha256(open(path, "rb").read()).hexdigest()
    r = run(["export", "--format", "json", "--dossier", path, "--output", "-"], cwd=workdir())
    require_exit(check, r, 1)
    check.expect(path in r.stderr and "damaged" in r.stderr, "the message names the file and the reason", path, r.stderr)
    check.equal(hashlib.sha256(open(path, "rb").read()).hexdigest(), before, "file unchanged")
    text = os.path.join(TMP, "notes.dossier")
    with open(text, "w") as f:
        f.write("not a dossier")
    r = run(["export", "--format", "csv", "--dossier", text], cwd=workdir())
    require_exit(check, r, 1)
    check.expect("not a dossier" in r.stderr, "says it is not a dossier", "not a dossier", r.stderr)


@test("usage: export without --format, or with a dossier and articles, exits 2")
def _(check):
    r = run(["export"], cwd=workdir())
    require_exit(check, r, 2)
    r = run(["export", "--format", "csv", "--dossier", "x.dossier", SEEDS], cwd=workdir())
    require_exit(check, r, 2)
    r = run(["import", SEEDS], cwd=workdir())
    require_exit(check, r, 2)


# --------------------------------------------------------------------------

def main():
    global CLI
    if len(sys.argv) != 2:
        sys.stderr.write("usage: %s /path/to/dossier-cli\n" % sys.argv[0])
        return 2
    global TMP
    CLI = os.path.abspath(sys.argv[1])
    if not os.access(CLI, os.X_OK):
        print("1..1\nnot ok 1 - %s is an executable" % CLI)
        return 1
    TMP = tempfile.mkdtemp(prefix="dossier-cli-test-")
    try:
        ok = run_tests()
    finally:
        shutil.rmtree(TMP, ignore_errors=True)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
