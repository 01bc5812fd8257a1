#!/usr/bin/python3
"""Dossier analysis benchmark.

Builds a large, varied corpus of news articles from the real pages in
seeds/ (and tests/data/*.txt if present), runs
`dossier-cli analyze --jsonl` over it pinned to one CPU, and does the same
with a peer a user might pick instead (compromise + chrono-node on Node.js,
bench/peer/).  Prints a Markdown table with median wall time, MB/s and
peak RSS, the instructions per input byte (callgrind, one run on the
first MB of the corpus), the Dossier/peer throughput ratio and a verdict against the
targets (>= 50 MB/s on one core, >= 100x the peer, <= 500 MB peak RSS on
the 50 MB corpus).

Python 3 standard library only.  See bench/README.md.
"""

import argparse
import datetime
import hashlib
import json
import math
import os
import platform
import random
import re
import shutil
import statistics
import subprocess
import sys
import time

BENCH_DIR = os.path.dirname(os.path.abspath(__file__))
REPO_ROOT = os.path.dirname(BENCH_DIR)
PEER_DIR = os.path.join(BENCH_DIR, "peer")
DEFAULT_CLI = os.path.join(REPO_ROOT, "_build", "src", "cli", "dossier-cli")
BUILD_HINT = "build first: meson setup _build && ninja -C _build"

MB = 1_000_000  # input sizes, throughput and RSS are all in 10^6 bytes

TARGET_MBPS = 50.0
TARGET_RATIO = 100.0
TARGET_RSS_MB = 500.0

# Bump whenever the corpus generator changes, so stale corpora are rebuilt.
GENERATOR_VERSION = 1
MIN_FILE = 2_000
MAX_FILE = 10_000


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def die(msg, code=1):
    print(f"analyze.py: error: {msg}", file=sys.stderr, flush=True)
    sys.exit(code)


# --------------------------------------------------------------------------
# Corpus
# --------------------------------------------------------------------------

DATE_MARKER = re.compile(r"^(\s*date )(\d{4})-(\d{2})-(\d{2})(?=\s)")
PARA_SPLIT = re.compile(r"(?:\r?\n[ \t]*){2,}")
YEAR = re.compile(r"\b(19[5-9]\d|20[0-4]\d)\b")
# A small count followed by a lower-case word ("5 main points", "32 members").
# Day numbers ("October 17,", "3 October"), times and ordinals never match.
QUANTITY = re.compile(r"(?<![\w.,:/-])(\d{1,3})(?=\s+[a-z])")

# Names occurring in the seeds, and replacement pools.
SEED_FIRST = ["Volodymyr", "Vladimir", "Julianne", "Evgeniy", "Angela", "Mark", "Joe"]
SEED_LAST = {  # variant -> canonical
    "Zelenskyy": "Zelensky", "Zelenskyi": "Zelensky", "Zelensky": "Zelensky",
    "Maloletka": "Maloletka", "Skujins": "Skujins", "Rutte": "Rutte",
    "Putin": "Putin", "Biden": "Biden", "Smith": "Smith",
}
SEED_CITIES = ["Washington", "Brussels", "Moscow", "Kyiv"]
SEED_COUNTRIES = ["Australia", "Finland", "Sweden"]

FIRST_POOL = """Amara Anders Aiko Bogdan Camille Chen Dmitri Elena Emeka Farah
Gideon Hana Ingrid Jaroslav Kamala Keir Lars Leila Magnus Marta Mateus Nadia
Olaf Oksana Pavel Priya Rafael Rania Sanna Sergei Sofia Tariq Ursula Viktor
Wen Yusuf Zofia Andrzej Beatriz Carlos Dagny Esther Florin Greta Hamid Irena
Jonas Katarzyna Lorenzo Mei Nikolai Odile Petra Quentin Rosa Stefan Tomasz
Vesna Wojciech Ximena Yara""".split()
LAST_POOL = """Andersson Baptiste Castellanos Dąbrowski Eriksen Fischer Gallagher
Haddad Ivanova Jovanović Kowalczyk Lindqvist Moreau Nakamura Okafor Petrov
Quintero Rasmussen Schneider Takahashi Ulyanova Vasquez Wójcik Xu Yilmaz
Zimmermann Abramowicz Bergström Coutinho Dimitriou Esposito Fontaine Gruber
Horvath Iqbal Janssen Kuznetsov Laurent Marchetti Novak Oyelaran Pellegrini
Rosenberg Sørensen Tanaka Urquhart Vermeulen Whitfield Yamamoto Zelenko
Bianchi Carvalho Delacroix Ekström Ferreira Grabowski Halvorsen Ibrahim""".split()
CITY_POOL = """Vilnius Warsaw Tallinn Riga Prague Vienna Berlin Paris Madrid Lisbon
Rome Oslo Stockholm Helsinki Copenhagen Ottawa London Dublin Ankara Bucharest
Sofia Budapest Bratislava Ljubljana Zagreb Athens Reykjavik Tbilisi Chisinau
Geneva Strasbourg""".split()
COUNTRY_POOL = """Canada Norway Denmark Poland Estonia Latvia Lithuania Japan
Portugal Spain Italy Germany France Romania Czechia Slovakia Iceland
Netherlands Belgium Greece""".split()


def word_re(words):
    words = sorted(words, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(map(re.escape, words)) + r")\b")


FIRST_RE = word_re(SEED_FIRST)
LAST_RE = word_re(SEED_LAST)
CITY_RE = word_re(SEED_CITIES)
COUNTRY_RE = word_re(SEED_COUNTRIES)


def read_seeds():
    paths = []
    for d, required in (("seeds", True), (os.path.join("tests", "data"), False)):
        full = os.path.join(REPO_ROOT, d)
        if not os.path.isdir(full):
            if required:
                die(f"seed directory missing: {full}")
            continue
        paths += [os.path.join(full, n) for n in sorted(os.listdir(full))
                  if n.endswith(".txt") and os.path.isfile(os.path.join(full, n))]
    seeds = []
    for p in paths:
        with open(p, "rb") as f:
            raw = f.read()
        text = raw.decode("utf-8", errors="surrogateescape")
        blocks = [b for b in PARA_SPLIT.split(text.strip("\r\n")) if b.strip()]
        if len(blocks) < 2 or len(raw) < 200:
            continue  # too small to vary; not a page
        seeds.append({"path": os.path.relpath(p, REPO_ROOT), "raw": raw,
                      "head": blocks[0], "body": blocks[1:]})
    if not seeds:
        die("no usable seed pages (*.txt) in seeds/ or tests/data/")
    return seeds


def corpus_key(seeds, size_mb, seed):
    h = hashlib.sha256()
    h.update(f"v{GENERATOR_VERSION} size={size_mb!r} seed={seed}\n".encode())
    for s in seeds:
        h.update(s["path"].encode() + b"\0" + hashlib.sha256(s["raw"]).digest())
    return h.hexdigest()


def vary(text, rng, year_shift):
    """Deterministic surface variation: names, places, years, counts."""
    if rng.random() < 0.8:
        firsts = rng.sample(FIRST_POOL, len(SEED_FIRST))
        fmap = dict(zip(SEED_FIRST, firsts))
        canon = sorted(set(SEED_LAST.values()))
        lasts = dict(zip(canon, rng.sample(LAST_POOL, len(canon))))
        text = FIRST_RE.sub(lambda m: fmap[m.group(1)], text)
        text = LAST_RE.sub(lambda m: lasts[SEED_LAST[m.group(1)]], text)
    if rng.random() < 0.6:
        cmap = dict(zip(SEED_CITIES, rng.sample(CITY_POOL, len(SEED_CITIES))))
        text = CITY_RE.sub(lambda m: cmap[m.group(1)], text)
    if rng.random() < 0.5:
        kmap = dict(zip(SEED_COUNTRIES, rng.sample(COUNTRY_POOL, len(SEED_COUNTRIES))))
        text = COUNTRY_RE.sub(lambda m: kmap[m.group(1)], text)
    if year_shift:
        text = YEAR.sub(lambda m: str(int(m.group(1)) + year_shift), text)

    def quantity(m):
        n = int(m.group(1))
        if n <= 1 or rng.random() < 0.3:
            return m.group(1)
        return str(rng.randint(max(2, n // 2), n * 2 + 3))

    return QUANTITY.sub(quantity, text)


def make_article(i, seeds, pool, rng):
    s = seeds[i % len(seeds)]
    head, body = s["head"], list(s["body"])
    rng.shuffle(body)

    # Publication date: swap the seed's marker for another date, or (for
    # some pages without one) add a marker; shift in-text years to match.
    days = rng.randint(-9 * 365, 365)
    m = DATE_MARKER.match(head)
    if m:
        old = datetime.date(int(m.group(2)), int(m.group(3)), int(m.group(4)))
        new = old + datetime.timedelta(days=days)
        marker = f"{m.group(1)}{new.isoformat()}"
        rest = head[m.end():]
    else:
        old = datetime.date(2024, 10, 17)
        new = old + datetime.timedelta(days=days)
        marker = f" date {new.isoformat()}" if rng.random() < 0.3 else None
        rest = head if marker is None else " " + head.lstrip()
    year_shift = new.year - old.year

    # Article length: log-uniform in [2 KB, 10 KB]; pad with paragraphs
    # from the other pages ("related coverage"), trim if too long.
    target = int(math.exp(rng.uniform(math.log(MIN_FILE), math.log(MAX_FILE))))
    size = len(head.encode("utf-8", "surrogateescape")) + sum(
        len(b.encode("utf-8", "surrogateescape")) + 2 for b in body)
    misses = 0
    while size < target and misses < 30:
        b = rng.choice(pool)
        n = len(b.encode("utf-8", "surrogateescape")) + 2
        if size + n > MAX_FILE - 300:
            misses += 1
            continue
        body.insert(rng.randint(0, len(body)), b)
        size += n
    while size > MAX_FILE - 300 and len(body) > 1:
        b = body.pop(rng.randrange(len(body)))
        size -= len(b.encode("utf-8", "surrogateescape")) + 2

    sep = rng.choice(["\n\n", "\n\n", "\n\n\n", "\n\n\n\n"])
    text = sep.join([rest] + body) + "\n"
    text = vary(text, rng, year_shift)
    if marker is not None:
        text = marker + text  # after vary(): the marker already has its year
    return text.encode("utf-8", "surrogateescape")


def build_corpus(work, seeds, size_mb, seed):
    corpus = os.path.join(work, "corpus")
    stamp_path = os.path.join(work, "corpus.json")
    key = corpus_key(seeds, size_mb, seed)
    try:
        with open(stamp_path) as f:
            stamp = json.load(f)
        if stamp.get("key") == key and os.path.isdir(corpus):
            names = sorted(n for n in os.listdir(corpus) if n.endswith(".txt"))
            total = sum(os.path.getsize(os.path.join(corpus, n)) for n in names)
            if len(names) == stamp["files"] and total == stamp["bytes"]:
                log(f"corpus: reusing {corpus} ({len(names)} files, {total / MB:.1f} MB)")
                return corpus, stamp
    except (OSError, ValueError, KeyError):
        pass

    log(f"corpus: building {size_mb:g} MB from {len(seeds)} seed pages (seed {seed}) ...")
    t0 = time.monotonic()
    tmp = corpus + ".tmp"
    shutil.rmtree(tmp, ignore_errors=True)
    os.makedirs(tmp)
    pool = [b for s in seeds for b in s["body"] if len(b) >= 120]
    target = int(size_mb * MB)
    total, i, digests, sizes = 0, 0, set(), []
    while total < target:
        rng = random.Random(f"dossier-bench:{seed}:{i}")
        data = make_article(i, seeds, pool, rng)
        with open(os.path.join(tmp, f"a{i:06d}.txt"), "wb") as f:
            f.write(data)
        digests.add(hashlib.sha1(data).digest())
        sizes.append(len(data))
        total += len(data)
        i += 1
    shutil.rmtree(corpus, ignore_errors=True)
    os.rename(tmp, corpus)
    stamp = {
        "key": key, "generator": GENERATOR_VERSION, "size_mb": size_mb,
        "seed": seed, "files": i, "bytes": total, "unique": len(digests),
        "min_bytes": min(sizes), "max_bytes": max(sizes),
        "seeds": [s["path"] for s in seeds],
    }
    with open(stamp_path, "w") as f:
        json.dump(stamp, f, indent=1)
    log(f"corpus: {i} files, {total / MB:.1f} MB, {len(digests)} unique, "
        f"{min(sizes)}-{max(sizes)} bytes each, built in {time.monotonic() - t0:.1f} s")
    return corpus, stamp


def corpus_files(corpus):
    return [os.path.join(corpus, n) for n in sorted(os.listdir(corpus)) if n.endswith(".txt")]


def make_subset(work, corpus, peer_mb, name="peer-subset"):
    """Hard-link the first files of the corpus (>= peer_mb MB) into a folder."""
    files = corpus_files(corpus)
    sub = os.path.join(work, name)
    shutil.rmtree(sub, ignore_errors=True)
    os.makedirs(sub)
    total, n = 0, 0
    for p in files:
        if total >= peer_mb * MB:
            break
        dst = os.path.join(sub, os.path.basename(p))
        try:
            os.link(p, dst)
        except OSError:
            shutil.copyfile(p, dst)
        total += os.path.getsize(p)
        n += 1
    return sub, n, total


def warm_cache(files):
    for p in files:
        with open(p, "rb") as f:
            while f.read(1 << 20):
                pass


# --------------------------------------------------------------------------
# Measurement
# --------------------------------------------------------------------------

GNU_TIME = "/usr/bin/time"


def has_gnu_time():
    if not os.access(GNU_TIME, os.X_OK):
        return False
    try:
        r = subprocess.run([GNU_TIME, "-f", "%M", "true"], capture_output=True, text=True)
        return r.returncode == 0 and r.stderr.strip().isdigit()
    except OSError:
        return False


def run_measured(argv, cwd, out_path, err_path, cpu, use_gnu_time):
    """Run argv on one CPU, stdout to out_path. Returns (seconds, peak RSS KiB, rc)."""
    # Pin with taskset; without it, pin ourselves around the spawn (the child
    # inherits the mask).  No preexec_fn: it forces fork() of this process.
    own_mask = None
    if shutil.which("taskset"):
        argv = ["taskset", "-c", str(cpu)] + argv
    else:
        own_mask = os.sched_getaffinity(0)
    time_file = out_path + ".time"
    if use_gnu_time:
        argv = [GNU_TIME, "-f", "%e %M", "-o", time_file] + argv
    with open(out_path, "wb") as out, open(err_path, "wb") as err:
        if own_mask is not None:
            os.sched_setaffinity(0, {cpu})
        try:
            t0 = time.perf_counter()
            p = subprocess.Popen(argv, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out, stderr=err)
        finally:
            if own_mask is not None:
                os.sched_setaffinity(0, own_mask)
        try:
            _, status, ru = os.wait4(p.pid, 0)
        except BaseException:
            p.kill()
            p.wait()
            raise
        elapsed = time.perf_counter() - t0
        p.returncode = os.waitstatus_to_exitcode(status)
    rss_kib = ru.ru_maxrss  # fallback: the child's own rusage (Linux: KiB)
    if use_gnu_time:
        try:
            with open(time_file) as f:
                last = f.read().strip().splitlines()[-1].split()
            rss_kib = int(last[1])
        except (OSError, IndexError, ValueError):
            pass
        # GNU time exits with the command's status
    return elapsed, rss_kib, p.returncode


def check_jsonl(out_path, expected, what, err_path):
    n = 0
    with open(out_path, "rb") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except ValueError as e:
                die(f"{what}: output line {lineno} is not JSON ({e}); see {out_path}")
            if not isinstance(obj, dict):
                die(f"{what}: output line {lineno} is not a JSON object; see {out_path}")
            n += 1
    if n != expected:
        die(f"{what}: printed {n} articles for {expected} input files -- "
            f"refusing to report a failing run; see {out_path} and {err_path}")
    return n


def tail(path, n=20):
    try:
        with open(path, "rb") as f:
            lines = f.read().decode("utf-8", "replace").splitlines()
        return "\n".join(lines[-n:])
    except OSError:
        return ""


def bench(name, slug, argv, cwd, nfiles, nbytes, runs, cpu, use_gnu_time, runs_dir):
    """Run argv `runs` times; each run's output lands in runs_dir/<slug>.jsonl."""
    times, rss = [], []
    for r in range(1, runs + 1):
        out = os.path.join(runs_dir, f"{slug}.jsonl")
        err = os.path.join(runs_dir, f"{slug}.stderr")
        log(f"{name}: run {r}/{runs} over {nbytes / MB:.2f} MB ({nfiles} files) ...")
        secs, kib, rc = run_measured(argv, cwd, out, err, cpu, use_gnu_time)
        if rc != 0:
            die(f"{name}: exited with status {rc}; refusing to report a failing run.\n"
                f"command: {' '.join(argv)}\nstderr ({err}):\n{tail(err)}")
        check_jsonl(out, nfiles, name, err)
        log(f"{name}: run {r}/{runs}: {secs:.3f} s, {nbytes / MB / secs:.2f} MB/s, "
            f"peak RSS {kib * 1024 / MB:.1f} MB")
        times.append(secs)
        rss.append(kib)
    med = statistics.median(times)
    return {
        "tool": name, "mb": nbytes / MB, "runs": runs, "median_s": med,
        "mbps": nbytes / MB / med, "rss_mb": max(rss) * 1024 / MB, "articles": nfiles,
        "all_s": times,
    }


def callgrind_instructions(argv, cwd, runs_dir, slug):
    """Instructions one run of argv executes, as callgrind counts them."""
    out = os.path.join(runs_dir, f"{slug}.callgrind")
    r = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}"] + argv,
                       cwd=cwd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                       stderr=subprocess.PIPE, text=True)
    if r.returncode != 0:
        die(f"callgrind run of {' '.join(argv)} exited with status {r.returncode}:\n{r.stderr[-2000:]}")
    m = re.search(r"Collected : (\d+)", r.stderr)
    if not m:
        die(f"callgrind printed no instruction count for {' '.join(argv)}")
    return int(m.group(1))


def measure_instructions(cli, work, corpus, instr_mb, runs_dir):
    """Instructions per input byte of `analyze --jsonl` on the first instr_mb
    MB of the corpus, with and without the start-up (the same command on an
    empty folder: loading the program, its libraries and the gazetteer)."""
    sub, n, nbytes = make_subset(work, corpus, instr_mb, "instr-subset")
    empty = os.path.join(work, "empty")
    os.makedirs(empty, exist_ok=True)
    log(f"callgrind: analyze --jsonl over {nbytes / MB:.2f} MB ({n} files), and on an empty folder ...")
    total = callgrind_instructions([cli, "analyze", "--jsonl", sub], REPO_ROOT, runs_dir, "instr")
    startup = callgrind_instructions([cli, "analyze", "--jsonl", empty], REPO_ROOT, runs_dir, "instr-startup")
    return {"files": n, "bytes": nbytes, "total": total, "startup": startup,
            "per_byte": total / nbytes, "per_byte_work": (total - startup) / nbytes}


# --------------------------------------------------------------------------
# Peer (compromise + chrono-node)
# --------------------------------------------------------------------------

def ensure_peer():
    node = shutil.which("node")
    npm = shutil.which("npm")
    if not node or not npm:
        die("the peer needs Node.js and npm (Debian: apt install nodejs npm), "
            "or pass --skip-peer")
    mods = os.path.join(PEER_DIR, "node_modules")
    need = [os.path.join(mods, m, "package.json") for m in ("compromise", "chrono-node")]
    if not all(os.path.isfile(p) for p in need):
        log("peer: npm install --no-audit --no-fund in bench/peer ...")
        r = subprocess.run([npm, "install", "--no-audit", "--no-fund"], cwd=PEER_DIR,
                           stdout=sys.stderr, stderr=sys.stderr)
        if r.returncode != 0 or not all(os.path.isfile(p) for p in need):
            die("npm install failed in bench/peer (is the npm registry reachable?)")
    versions = {}
    for m in ("compromise", "chrono-node"):
        with open(os.path.join(mods, m, "package.json")) as f:
            versions[m] = json.load(f).get("version", "?")
    node_v = subprocess.run([node, "--version"], capture_output=True, text=True).stdout.strip()
    return node, versions, node_v


# --------------------------------------------------------------------------
# Report
# --------------------------------------------------------------------------

def machine_info(cpu):
    model = "unknown CPU"
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return (f"machine: nproc={len(os.sched_getaffinity(0))} ({os.cpu_count()} online), "
            f"CPU: {model}, kernel {platform.release()}, pinned to CPU {cpu}, "
            f"python {platform.python_version()}")


def print_report(rows, args, stamp, cli, peer_note, ratio, same_ratio, rss_method, instr=None):
    print(f"## Dossier analysis benchmark ({datetime.date.today().isoformat()})")
    print()
    print(machine_info(args.cpu))
    print(f"corpus: {stamp['files']} files, {stamp['bytes'] / MB:.1f} MB "
          f"({stamp['min_bytes']}-{stamp['max_bytes']} bytes/file, "
          f"{stamp['unique']} unique), seed {stamp['seed']}, built from "
          f"{len(stamp['seeds'])} real pages")
    print(f"cli: {cli}")
    print()
    print("| tool | input MB | runs | median s | MB/s | peak RSS MB | articles |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for r in rows:
        mb = f"{r['mb']:.2f}" + (" (subset)" if r.get("subset") else "")
        print(f"| {r['tool']} | {mb} | {r['runs']} | {r['median_s']:.3f} | "
              f"{r['mbps']:.{3 if r['mbps'] < 1 else 2}f} | {r['rss_mb']:.1f} | {r['articles']} |")
    print()
    print(f"MB = 10^6 bytes; wall time = median of runs; peak RSS = max over runs ({rss_method}); "
          f"every run pinned to one CPU and its JSONL checked (one object per input file).")
    if peer_note:
        print(peer_note)
    print()
    if instr is not None:
        print(f"instructions: {instr['per_byte']:.0f} per input byte "
              f"({instr['per_byte_work']:.0f} without the start-up of {instr['startup'] / 1e6:.1f} M) — "
              f"callgrind, one run of dossier-cli analyze --jsonl on the corpus's first "
              f"{instr['bytes'] / MB:.2f} MB ({instr['files']} files): {instr['total'] / 1e6:.1f} M instructions")
        print()
    elif args.instructions_mb > 0:
        print("instructions: not counted (valgrind is not installed)")
        print()
    dossier = rows[0]
    if ratio is not None:
        print(f"ratio: dossier is {ratio:.1f}× the peer (MB/s)"
              + (f"; on the identical subset: {same_ratio:.1f}×" if same_ratio else ""))
    checks = [f"{dossier['mbps']:.1f} MB/s {'≥' if dossier['mbps'] >= TARGET_MBPS else '<'} "
              f"{TARGET_MBPS:g} {'PASS' if dossier['mbps'] >= TARGET_MBPS else 'FAIL'}"]
    ok = dossier["mbps"] >= TARGET_MBPS
    if ratio is not None:
        checks.append(f"{ratio:.0f}× {'≥' if ratio >= TARGET_RATIO else '<'} "
                      f"{TARGET_RATIO:g}× {'PASS' if ratio >= TARGET_RATIO else 'FAIL'}")
        ok = ok and ratio >= TARGET_RATIO
    else:
        checks.append("ratio not measured (--skip-peer)")
    rss_ok = dossier["rss_mb"] <= TARGET_RSS_MB
    checks.append(f"RSS {dossier['rss_mb']:.0f} MB {'≤' if rss_ok else '>'} "
                  f"{TARGET_RSS_MB:g} MB {'PASS' if rss_ok else 'FAIL'}"
                  + ("" if abs(args.size_mb - 50) < 1e-9 else
                     f" (target is for 50 MB; this corpus is {args.size_mb:g} MB)"))
    ok = ok and rss_ok
    print(f"verdict: {'PASS' if ok else 'FAIL'} — " + "; ".join(checks))
    return ok


# --------------------------------------------------------------------------

def main():
    ap = argparse.ArgumentParser(
        description="Benchmark `dossier-cli analyze --jsonl` against a compromise + chrono-node peer.")
    ap.add_argument("--size-mb", type=float, default=50, help="corpus size in MB (10^6 bytes; default 50)")
    ap.add_argument("--peer-mb", type=float, default=5,
                    help="measure the peer on the first N MB of the corpus (default 5)")
    ap.add_argument("--runs", type=int, default=3, help="runs per tool; the median is reported (default 3)")
    ap.add_argument("--cli", default=DEFAULT_CLI,
                    help="dossier-cli binary (default: _build/src/cli/dossier-cli in the repo)")
    ap.add_argument("--skip-peer", action="store_true", help="do not install or run the npm peer")
    ap.add_argument("--seed", type=int, default=20241017, help="corpus RNG seed (default 20241017)")
    ap.add_argument("--cpu", type=int, default=None,
                    help="CPU to pin every run to (default: the first CPU this process may use, normally 0)")
    ap.add_argument("--work-dir", default=os.path.join(BENCH_DIR, "work"),
                    help="where the corpus and run outputs go (default bench/work, gitignored)")
    ap.add_argument("--strict", action="store_true", help="exit with status 3 if a target is missed")
    ap.add_argument("--instructions-mb", type=float, default=1,
                    help="count instructions with callgrind on the first N MB of the corpus "
                         "(default 1; 0 = do not count)")
    args = ap.parse_args()

    if args.size_mb <= 0 or args.peer_mb <= 0 or args.runs < 1 or args.instructions_mb < 0:
        die("--size-mb and --peer-mb must be > 0, --runs >= 1 and --instructions-mb >= 0", 2)
    allowed = sorted(os.sched_getaffinity(0))
    if args.cpu is None:
        args.cpu = allowed[0]
    elif args.cpu not in allowed:
        die(f"--cpu {args.cpu} is not usable here (allowed: {allowed})", 2)

    cli = os.path.abspath(args.cli)
    if not os.path.isfile(cli) or not os.access(cli, os.X_OK):
        die(f"dossier-cli not found or not executable at {cli}\n{BUILD_HINT}", 2)

    peer = None
    if not args.skip_peer:
        peer = ensure_peer()

    use_gnu_time = has_gnu_time()
    rss_method = "GNU time %M"
    if not use_gnu_time:
        log("note: /usr/bin/time not usable (Debian package `time`); using wait4() rusage for peak RSS")

    work = os.path.abspath(args.work_dir)
    runs_dir = os.path.join(work, "runs")
    os.makedirs(runs_dir, exist_ok=True)

    seeds = read_seeds()
    corpus, stamp = build_corpus(work, seeds, args.size_mb, args.seed)
    files = corpus_files(corpus)
    nbytes = sum(os.path.getsize(p) for p in files)
    warm_cache(files)
    if not use_gnu_time:
        # Linux keeps a process's RSS high-water mark across exec(), so a child
        # spawned directly from this script starts at this script's RSS.
        import resource
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024 / MB
        rss_method = (f"wait4() ru_maxrss fallback: an upper bound that can include this "
                      f"launcher's {own:.0f} MB; install package `time` for exact numbers")

    rows = []
    rows.append(bench("dossier-cli", "dossier", [cli, "analyze", "--jsonl", corpus], REPO_ROOT,
                      len(files), nbytes, args.runs, args.cpu, use_gnu_time, runs_dir))

    ratio = same_ratio = None
    peer_note = None
    if peer:
        node, versions, node_v = peer
        sub, sn, sbytes = make_subset(work, corpus, args.peer_mb)
        subset = sn < len(files)
        name = f"peer: compromise {versions['compromise']} + chrono-node {versions['chrono-node']} (node {node_v})"
        prow = bench(name, "peer", [node, os.path.join(PEER_DIR, "analyze.js"), sub], PEER_DIR,
                     sn, sbytes, args.runs, args.cpu, use_gnu_time, runs_dir)
        prow["subset"] = subset
        if subset:
            drow = bench("dossier-cli (peer's subset)", "dossier-subset",
                         [cli, "analyze", "--jsonl", sub], REPO_ROOT, sn, sbytes, args.runs, args.cpu, use_gnu_time, runs_dir)
            drow["subset"] = True
            rows.append(drow)
            same_ratio = drow["mbps"] / prow["mbps"]
            peer_note = (f"the peer is slow, so it ran on the first {sbytes / MB:.2f} MB ({sn} files) "
                         f"of the same corpus; throughput is per MB, so the ratio compares "
                         f"dossier's full-corpus MB/s with the peer's subset MB/s "
                         f"(dossier on the identical subset is shown too; its MB/s includes more "
                         f"relative start-up cost).")
        rows.append(prow)
        ratio = rows[0]["mbps"] / prow["mbps"]

    instr = None
    if args.instructions_mb > 0 and shutil.which("valgrind"):
        instr = measure_instructions(cli, work, corpus, args.instructions_mb, runs_dir)

    ok = print_report(rows, args, stamp, cli, peer_note, ratio, same_ratio, rss_method, instr)
    sys.exit(3 if args.strict and not ok else 0)


if __name__ == "__main__":
    try:
        main()
    except KeyboardInterrupt:
        sys.exit(130)
