#!/usr/bin/python3
"""Score `dossier-cli analyze --json` against the corroboration gold (bench/corroboration/gold.json).

One analysis per story (all of its articles together: linking is dossier-wide).
Prints one Markdown table (a row per story, then the overall, micro-averaged row);
--json adds the numbers as JSON, --verbose lists the misses.  See README.md in this folder.

Standard library only.  Exit status: 0 scored; 1 a dossier-cli run failed; 2 usage error,
missing texts or missing binary.
"""
import argparse
import datetime
import difflib
import hashlib
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, '..', '..'))
DEFAULT_CLI = os.path.normpath(os.path.join(HERE, '..', '..', '_build', 'src', 'cli', 'dossier-cli'))
DEFAULT_WORK = os.path.join(REPO, 'bench', 'work', 'corroboration')
DEFAULT_GOLD = os.path.join(HERE, 'gold.json')
README = os.path.join(HERE, 'README.md')

OVERLAP = 0.6      # share of the shorter string a longest common substring must cover


# ---------------------------------------------------------------- text helpers

_QUOTES = {ord(c): "'" for c in '\u2018\u2019\u201a\u201b\u2032\u00b4`'}
_QUOTES.update({ord(c): '"' for c in '\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb'})
_QUOTES.update({ord(c): '-' for c in '\u2010\u2011\u2012\u2013\u2014\u2015\u2212'})


def norm(s):
    """Whitespace, quotes and dashes normalised, case-folded (for comparing sentences and dates)."""
    s = unicodedata.normalize('NFKC', s or '').translate(_QUOTES)
    return re.sub(r'\s+', ' ', s).strip().casefold()


def overlaps(a, b, share=OVERLAP):
    """a contains b, b contains a, or their longest common substring covers `share` of the shorter."""
    a, b = norm(a), norm(b)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    short = min(len(a), len(b))
    m = difflib.SequenceMatcher(None, a, b, autojunk=False).find_longest_match(0, len(a), 0, len(b))
    return m.size >= share * short


def norm_mention(s):
    s = norm(s)
    s = re.sub(r"^the ", '', s)
    s = re.sub(r"'s$|'$", '', s)
    return s.strip(' .,;:"\'()')


def mention_matches(sys_text, gold_mentions):
    """Equal after normalisation, or one contains the other on word boundaries (the contained one
    at least 3 characters): "President Erdogan" matches "Erdogan"."""
    a = norm_mention(sys_text)
    if not a:
        return False
    for g in gold_mentions:
        b = norm_mention(g)
        if not b:
            continue
        if a == b:
            return True
        short, long_ = (a, b) if len(a) <= len(b) else (b, a)
        if len(short) >= 3 and re.search(r'(?<!\w)' + re.escape(short) + r'(?!\w)', long_):
            return True
    return False


def norm_outlet(s):
    s = unicodedata.normalize('NFKC', s or '').casefold().strip()
    s = re.sub(r'^the\s+', '', s)
    return re.sub(r'[\W_]+', '', s)


def outlet_right(sys_outlet, gold_outlet):
    a, b = norm_outlet(sys_outlet), norm_outlet(gold_outlet)
    return bool(a and b) and (a == b or a in b or b in a)


def date_agrees(sys_value, gold_value, precision):
    """The system value agrees with the gold one at the gold's precision (a coarser system value
    does not agree)."""
    if not sys_value:
        return False
    n = {'day': 10, 'month': 7, 'year': 4}[precision]
    v = str(sys_value)
    # An ISO week ("2019-W38", "last week") lies in the month of its Thursday: it agrees with a
    # gold month or year (the gold has no week precision), never with a gold day.
    week = re.fullmatch(r'(\d{4})-W(\d{2})', v)
    if week and precision != 'day':
        v = datetime.date.fromisocalendar(int(week.group(1)), int(week.group(2)), 4).isoformat()
    return len(v) >= n and v[:n] == gold_value[:n]


def prf(tp_p, n_p, tp_r, n_r):
    p = tp_p / n_p if n_p else None
    r = tp_r / n_r if n_r else None
    f = 2 * p * r / (p + r) if p is not None and r is not None and (p + r) > 0 else (0.0 if p is not None and r is not None else None)
    return p, r, f


def short(s, n=90):
    s = re.sub(r'\s+', ' ', s or '').strip()
    return s if len(s) <= n else s[:n - 1] + '…'


# ---------------------------------------------------------------- inputs

def sha256(path):
    h = hashlib.sha256()
    with open(path, 'rb') as fh:
        for block in iter(lambda: fh.read(1 << 16), b''):
            h.update(block)
    return h.hexdigest()


def readme_hashes():
    """file -> sha256 from the README's table (rows holding a `sN/NN-…txt` name and a 64-hex digest)."""
    out = {}
    try:
        text = open(README, encoding='utf-8').read()
    except OSError:
        return out
    for line in text.splitlines():
        if not line.startswith('|'):
            continue
        f = re.search(r'\b(s\d+/\d\d-[^\s|`]+\.txt)\b', line)
        h = re.search(r'\b([0-9a-f]{64})\b', line)
        if f and h:
            out[f.group(1)] = h.group(1)
    return out


def check_texts(gold, work):
    missing, warnings = [], []
    from_readme = readme_hashes()
    for st in gold['stories']:
        for a in st['articles']:
            path = os.path.join(work, a['file'])
            if not os.path.isfile(path):
                missing.append(a['file'])
                continue
            digest = sha256(path)
            for where, want in (('gold.json', a.get('sha256')), ('README.md', from_readme.get(a['file']))):
                if want and want != digest:
                    warnings.append(f"{a['file']}: sha256 {digest[:12]}… differs from {where} ({want[:12]}…); "
                                    'the text is not the one the gold was made from')
    return missing, warnings


def run_cli(cli, paths, save_to=None):
    cmd = [cli, 'analyze', '--json'] + paths
    p = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    err = p.stderr.decode('utf-8', 'replace')
    # status 1: some inputs could not be read; the others are still analysed and printed,
    # and the unread ones score as articles with nothing found.
    if p.returncode not in (0, 1) or not p.stdout.strip():
        sys.stderr.write(err)
        raise RuntimeError(f'{os.path.basename(cli)} exited with status {p.returncode}')
    for line in err.splitlines():
        print('warning: ' + line, file=sys.stderr)
    if save_to:
        with open(save_to, 'wb') as fh:
            fh.write(p.stdout)
    return json.loads(p.stdout.decode('utf-8'))


# ---------------------------------------------------------------- scoring one story

def score_story(st, doc, work):
    gold_events = {e['id']: e for e in st['events']}
    garts = st['articles']
    by_path = {os.path.realpath(os.path.join(work, a['file'])): i for i, a in enumerate(garts)}
    by_base = {os.path.basename(a['file']): i for i, a in enumerate(garts)}

    sys_art = {}            # system article id -> gold article index
    sys_art_obj = {}
    for a in doc.get('articles', []):
        f = a.get('file') or ''
        i = by_path.get(os.path.realpath(f))
        if i is None:
            i = by_base.get(os.path.basename(f))
        if i is not None:
            sys_art[a['id']] = i
            sys_art_obj[i] = a
    ents = {e['id']: e for e in doc.get('entities', [])}
    misses = {'events': [], 'wrong_events': [], 'article_pairs': [], 'pairs': [], 'wrong_links': [], 'dates': [], 'outlets': [], 'published': [], 'merges': [], 'entities': []}
    res = {}

    # --- reports and pairs
    reports = []            # (article index, event id, sentence)
    for i, a in enumerate(garts):
        for r in a['reports']:
            reports.append((i, r['event'], r['sentence']))
    gold_pairs = set()
    for x in range(len(reports)):
        for y in range(x + 1, len(reports)):
            if reports[x][1] == reports[y][1] and reports[x][0] != reports[y][0]:
                gold_pairs.add((x, y))

    def matched_reports(art_i, text):
        return {k for k, (i, _, s) in enumerate(reports) if i == art_i and overlaps(text, s)}

    sys_events = doc.get('events', [])
    # The same at the level of articles: a gold "article pair" is an event
    # and two articles that both report it; it is linked when one system
    # event holds a source of each that matches a report of that event.  A
    # system article pair is an event and two of its articles whose matched
    # reports share a gold event (right) or not (wrong).
    gold_article_pairs = set()
    for (x, y) in gold_pairs:
        gold_article_pairs.add((reports[x][1],) + tuple(sorted((reports[x][0], reports[y][0]))))
    linked_article_pairs = set()
    sys_article_pairs = {}   # (system event index, article, article) -> right?
    linked = set()
    sys_pairs = {}          # (srckey, srckey) -> correct?
    ev_right = 0
    ev_nothing = 0
    found_events = {}       # gold event id -> True (found with agreeing date) / system dates seen
    src_cache = {}
    for ev in sys_events:
        srcs = []
        seen = set()
        for s in ev.get('sources', []):
            i = sys_art.get(s.get('article'))
            if i is None:
                continue
            key = (i, s.get('paragraph'), s.get('start'), s.get('end'), s.get('text'))
            if key in seen:
                continue
            seen.add(key)
            if key not in src_cache:
                src_cache[key] = matched_reports(i, s.get('text', ''))
            srcs.append((key, src_cache[key]))
        any_match = False
        right = False
        for key, m in srcs:
            for k in m:
                any_match = True
                gid = reports[k][1]
                g = gold_events[gid]
                if date_agrees(ev.get('date'), g['date'], g['precision']):
                    right = True
                    found_events[gid] = True
                else:
                    if found_events.get(gid) is not True:
                        found_events.setdefault(gid, set()).add(ev.get('date'))
        ev_right += right
        ev_nothing += not any_match
        if not right:
            said = {reports[k][1] for _, m in srcs for k in m}
            first = srcs[0][0] if srcs else None
            misses['wrong_events'].append(
                f"{ev.get('date')} «{short(ev.get('summary') or '', 60)}» "
                + (f"({garts[first[0]]['file']}) " if first else '')
                + ('— reports ' + ', '.join(f"{g} (gold {gold_events[g]['date']})" for g in sorted(said))
                   if said else '— matches no gold report'))
        for x in range(len(srcs)):
            for y in range(x + 1, len(srcs)):
                (kx, mx), (ky, my) = srcs[x], srcs[y]
                if kx[0] == ky[0] or not mx or not my:
                    continue
                pk = tuple(sorted((kx, ky), key=repr))
                ok = any(reports[a][1] == reports[b][1] for a in mx for b in my)
                apk = (id(ev),) + tuple(sorted((kx[0], ky[0])))
                sys_article_pairs[apk] = sys_article_pairs.get(apk, False) or ok
                for a in mx:
                    for b in my:
                        if reports[a][1] == reports[b][1]:
                            linked_article_pairs.add((reports[a][1],) + tuple(sorted((kx[0], ky[0]))))
                if not ok and pk not in sys_pairs:
                    misses['wrong_links'].append(
                        f"{garts[kx[0]]['file']} «{kx[4][:50]}…» ({'/'.join(sorted({reports[a][1] for a in mx}))}) ↔ "
                        f"{garts[ky[0]]['file']} «{ky[4][:50]}…» ({'/'.join(sorted({reports[b][1] for b in my}))}), "
                        f"event {ev.get('date')}")
                sys_pairs[pk] = sys_pairs.get(pk, False) or ok
                for a in mx:
                    for b in my:
                        linked.add((min(a, b), max(a, b)))
    n_sys_pairs = len(sys_pairs)
    n_sys_pairs_ok = sum(sys_pairs.values())
    n_gold_pairs = len(gold_pairs)
    n_gold_linked = len(gold_pairs & linked)
    res['pairs'] = dict(gold=n_gold_pairs, linked=n_gold_linked, system=n_sys_pairs, system_right=n_sys_pairs_ok)
    res['article_pairs'] = dict(gold=len(gold_article_pairs), linked=len(gold_article_pairs & linked_article_pairs),
                                system=len(sys_article_pairs), system_right=sum(sys_article_pairs.values()))
    for (ev, i, j) in sorted(gold_article_pairs - linked_article_pairs):
        misses['article_pairs'].append(f"{ev}: {garts[i]['file']} ↔ {garts[j]['file']}")
    groups = {}             # (event, article, article) -> [pairs, linked, first unlinked pair]
    for (x, y) in sorted(gold_pairs):
        rx, ry = reports[x], reports[y]
        g = groups.setdefault((rx[1], rx[0], ry[0]), [0, 0, None])
        g[0] += 1
        if (x, y) in linked:
            g[1] += 1
        elif g[2] is None:
            g[2] = (rx[2], ry[2])
    for (ev, i, j), (n, k, ex) in sorted(groups.items(), key=lambda t: (t[0][0], t[0][1], t[0][2])):
        if k < n:
            misses['pairs'].append(f"{ev}: {garts[i]['file']} ↔ {garts[j]['file']}: {k}/{n} pairs linked; "
                                   f"e.g. «{short(ex[0], 50)}» ↔ «{short(ex[1], 50)}»")

    # --- events
    n_found = sum(1 for e in st['events'] if found_events.get(e['id']) is True)
    res['events'] = dict(gold=len(st['events']), found=n_found, system=len(sys_events),
                         system_right=ev_right, system_matching_nothing=ev_nothing)
    for e in st['events']:
        f = found_events.get(e['id'])
        if f is True:
            continue
        if f:
            why = 'reported, but dated ' + ', '.join(sorted(str(d) for d in f))
        else:
            why = 'no system event has a source matching its reports'
        misses['events'].append(f"{e['id']} {e['date']} {e['title']} — {why}")

    # --- dates
    d_gold = d_sys = d_right = 0
    for i, a in enumerate(garts):
        G = a['dates']
        sa = sys_art_obj.get(i)
        # The text's dates and those of its headline and captions (the gold lists both), in the
        # order of the input's lines where they are known.
        paragraphs = (sa or {}).get('paragraphs', [])

        def date_key(d):
            if 'in' in d:
                line = d.get('line') or (0 if d['in'] == 'title' else 10 ** 9)
                return (line, -1, d.get('start', 0))
            p = d.get('paragraph', 0)
            lines = paragraphs[p].get('lines') if p < len(paragraphs) else None
            return ((lines[0] if lines else p), p, d.get('start', 0))
        S = sorted((sa or {}).get('dates', []) + (sa or {}).get('headline_dates', []), key=date_key)
        d_gold += len(G)
        d_sys += len(S)
        # order-preserving alignment maximising the number of overlapping pairs
        n, m = len(G), len(S)
        dp = [[0] * (m + 1) for _ in range(n + 1)]
        for x in range(n - 1, -1, -1):
            for y in range(m - 1, -1, -1):
                best = max(dp[x + 1][y], dp[x][y + 1])
                if overlaps(G[x]['text'], S[y].get('text', '')):
                    best = max(best, 1 + dp[x + 1][y + 1])
                dp[x][y] = best
        x = y = 0
        pairs = []
        while x < n and y < m:
            if overlaps(G[x]['text'], S[y].get('text', '')) and dp[x][y] == 1 + dp[x + 1][y + 1]:
                pairs.append((x, y)); x += 1; y += 1
            elif dp[x + 1][y] >= dp[x][y + 1]:
                x += 1
            else:
                y += 1
        matched_g = {}
        for x, y in pairs:
            ok = date_agrees(S[y].get('value'), G[x]['value'], G[x]['precision'])
            d_right += ok
            matched_g[x] = (S[y], ok)
        for x, g in enumerate(G):
            if x not in matched_g:
                misses['dates'].append(f"{a['file']}: «{g['text']}» = {g['value']} — not found")
            elif not matched_g[x][1]:
                s = matched_g[x][0]
                misses['dates'].append(f"{a['file']}: «{g['text']}» = {g['value']} — system «{s.get('text')}» = {s.get('value')}")
        used = {y for _, y in pairs}
        for y, s in enumerate(S):
            if y not in used:
                misses['dates'].append(f"{a['file']}: system «{s.get('text')}» = {s.get('value')} — not in gold")
    res['dates'] = dict(gold=d_gold, system=d_sys, right=d_right)

    # --- outlets (and published dates, for information)
    o_right = 0
    undated = 0
    pub_known = pub_right = 0
    for i, a in enumerate(garts):
        sa = sys_art_obj.get(i) or {}
        if outlet_right(sa.get('outlet'), a['outlet']):
            o_right += 1
        else:
            misses['outlets'].append(f"{a['file']}: system {sa.get('outlet')!r}, gold {a['outlet']!r}")
        if not sa.get('published'):
            undated += 1
        if a.get('published'):
            gp = a['published']
            pub_known += 1
            if date_agrees(sa.get('published'), gp, {4: 'year', 7: 'month'}.get(len(gp), 'day')):
                pub_right += 1
            else:
                misses['published'].append(f"{a['file']}: system {sa.get('published')!r} "
                                           f"({sa.get('published_from')}), gold {gp} ({a.get('published_evidence')})")
        elif sa.get('published'):
            misses['published'].append(f"{a['file']}: system {sa.get('published')!r} ({sa.get('published_from')}), "
                                       'gold unknown (no date in the text)')
    res['outlets'] = dict(articles=len(garts), right=o_right, system_undated=undated,
                          published_known=pub_known, published_right=pub_right)

    # --- entities: per-article F1 and cross-outlet merges
    sys_mentions = {}       # gold article index -> [(entity id, text)]
    for a in doc.get('articles', []):
        i = sys_art.get(a['id'])
        if i is None:
            continue
        # The names its headline and captions give count as the text's do
        # (the gold lists them: "Entities" in the README).
        for mn in a.get('mentions', []) + a.get('headline_names', []):
            sys_mentions.setdefault(i, []).append((mn.get('entity'), mn.get('text', '')))
    e_gold = e_found = e_sys = e_sys_right = 0
    where = {}              # gold entity id -> {article index: mentions}
    for i, a in enumerate(garts):
        ms = sys_mentions.get(i, [])
        by_ent = {}
        for eid, t in ms:
            by_ent.setdefault(eid, []).append(t)
        for ge in a['entities']:
            where.setdefault(ge['id'], {})[i] = ge['mentions']
            e_gold += 1
            if any(ents.get(eid, {}).get('type') == ge['type'] and any(mention_matches(t, ge['mentions']) for t in texts)
                   for eid, texts in by_ent.items()):
                e_found += 1
            else:
                misses['entities'].append(f"{a['file']}: missed {ge['type']} {ge['name']!r} ({', '.join(ge['mentions'][:3])})")
        for eid, texts in by_ent.items():
            e_sys += 1
            typ = ents.get(eid, {}).get('type')
            if any(ge['type'] == typ and any(mention_matches(t, ge['mentions']) for t in texts) for ge in a['entities']):
                e_sys_right += 1
            else:
                misses['entities'].append(f"{a['file']}: extra {typ} {ents.get(eid, {}).get('name')!r} ({', '.join(sorted(set(texts))[:3])})")
    res['entities'] = dict(gold=e_gold, found=e_found, system=e_sys, system_right=e_sys_right)

    multi = {gid: arts for gid, arts in where.items() if len(arts) >= 2}
    merged = 0
    names = {}
    for a in garts:
        for ge in a['entities']:
            names[ge['id']] = ge['name']
    for gid, arts in multi.items():
        cands = None
        for i, gm in arts.items():
            here = {eid for eid, t in sys_mentions.get(i, []) if mention_matches(t, gm)}
            cands = here if cands is None else cands & here
        if cands:
            merged += 1
        else:
            misses['merges'].append(f"{gid} {names.get(gid)} (in {len(arts)} articles)")
    res['merges'] = dict(entities=len(multi), merged=merged)
    return res, misses


# ---------------------------------------------------------------- gold check

def resolve_spans(stories, work):
    """The gold keeps no third-party text: a report is a span of code points of its article's
    saved text ("span": [start, end]); the sentence is read from the text here."""
    for st in stories:
        for a in st['articles']:
            text = open(os.path.join(work, a['file']), encoding='utf-8').read()
            for r in a['reports']:
                start, end = r['span']
                r['sentence'] = text[start:end]


def check_gold(stories, work):
    """Every report sentence (>= 30 characters), date text (in order) and mention is in its text;
    every report names an event of its story; every event has a report."""
    problems = []
    for st in stories:
        ids = {e['id'] for e in st['events']}
        used = set()
        for a in st['articles']:
            try:
                text = norm(open(os.path.join(work, a['file']), encoding='utf-8').read())
            except OSError as e:
                problems.append(f"{a['file']}: {e}")
                continue
            for r in a['reports']:
                used.add(r['event'])
                if r['event'] not in ids:
                    problems.append(f"{a['file']}: report of unknown event {r['event']}")
                if len(r['sentence']) < 30:
                    problems.append(f"{a['file']}: report shorter than 30 characters: {r['sentence']!r}")
                if norm(r['sentence']) not in text:
                    problems.append(f"{a['file']}: report not in the text: {r['sentence']!r}")
            pos = 0
            for d in a['dates']:
                i = text.find(norm(d['text']), pos)
                if i < 0:
                    problems.append(f"{a['file']}: date text not in the text (after the previous one): {d['text']!r}")
                else:
                    pos = i + 1
                if {'day': 10, 'month': 7, 'year': 4}.get(d['precision']) != len(d['value']):
                    problems.append(f"{a['file']}: date value {d['value']} does not have precision {d['precision']}")
            for e in a['entities']:
                if e['type'] not in ('person', 'organization', 'place'):
                    problems.append(f"{a['file']}: entity {e['id']} has type {e['type']!r}")
                for m in e['mentions']:
                    if norm(m) not in text:
                        problems.append(f"{a['file']}: mention of {e['id']} not in the text: {m!r}")
        for e in ids - used:
            problems.append(f"{st['id']}: event {e} has no report")
    return problems


# ---------------------------------------------------------------- report

def numbers(r):
    p = r['pairs']; e = r['events']; d = r['dates']; o = r['outlets']; en = r['entities']; mg = r['merges']
    pp, pr, pf = prf(p['system_right'], p['system'], p['linked'], p['gold'])
    ap = r['article_pairs']
    app, apr, apf = prf(ap['system_right'], ap['system'], ap['linked'], ap['gold'])
    ep = e['system_right'] / e['system'] if e['system'] else None
    er = e['found'] / e['gold'] if e['gold'] else None
    dp, dr, df = prf(d['right'], d['system'], d['right'], d['gold'])
    np_, nr, nf = prf(en['system_right'], en['system'], en['found'], en['gold'])
    return {
        'pair_precision': pp, 'pair_recall': pr, 'pair_f1': pf,
        'article_pair_precision': app, 'article_pair_recall': apr, 'article_pair_f1': apf,
        'event_recall': er, 'event_precision': ep,
        'system_events': e['system'], 'system_events_matching_nothing': e['system_matching_nothing'],
        'date_precision': dp, 'date_recall': dr, 'date_f1': df,
        'outlet_accuracy': o['right'] / o['articles'] if o['articles'] else None,
        'cross_outlet_entities_merged': mg['merged'] / mg['entities'] if mg['entities'] else None,
        'entity_precision': np_, 'entity_recall': nr, 'entity_f1': nf,
        'articles_without_published_date': o['system_undated'],
        'counts': r,
    }


def add(a, b):
    out = {}
    for k, v in a.items():
        out[k] = {kk: vv + b[k][kk] for kk, vv in v.items()}
    return out


def fmt(x, pct=True):
    if x is None:
        return '–'
    return f'{x:.3f}'


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--cli', default=DEFAULT_CLI, help='dossier-cli binary (default: %(default)s)')
    ap.add_argument('--work', default=DEFAULT_WORK, help='folder holding the story folders s1/ … (default: %(default)s)')
    ap.add_argument('--gold', default=DEFAULT_GOLD, help='gold file (default: %(default)s)')
    ap.add_argument('--from-json', metavar='DIR', help='read DIR/<story>.json (saved `analyze --json` output) instead of running the CLI')
    ap.add_argument('--save-json', metavar='DIR', help='also save each story\'s `analyze --json` output as DIR/<story>.json')
    ap.add_argument('--stories', help='comma-separated story ids (default: all)')
    ap.add_argument('--json', action='store_true', help='print the numbers as JSON too')
    ap.add_argument('--verbose', action='store_true', help='list the misses')
    ap.add_argument('--skip-missing', action='store_true',
                    help='leave out the stories whose texts could not all be gathered (instead of stopping)')
    ap.add_argument('--check-gold', action='store_true', help='only check the gold against the texts (after editing it)')
    args = ap.parse_args()

    try:
        gold = json.load(open(args.gold, encoding='utf-8'))
    except (OSError, ValueError) as e:
        print(f'score.py: cannot read the gold {args.gold}: {e}', file=sys.stderr)
        return 2
    stories = gold['stories']
    if args.stories:
        want = set(args.stories.split(','))
        unknown = want - {s['id'] for s in stories}
        if unknown:
            print(f'score.py: unknown stories: {", ".join(sorted(unknown))}', file=sys.stderr)
            return 2
        stories = [s for s in stories if s['id'] in want]

    work = os.path.abspath(args.work)
    missing, warnings = check_texts({'stories': stories}, work)
    if missing and args.skip_missing:
        # A page the store no longer gives: its story is left out, and said so.
        gone = {m.split('/')[0] for m in missing}
        print(f"warning: {len(missing)} texts missing ({', '.join(missing)}); stories left out: "
              f"{', '.join(sorted(gone))}", file=sys.stderr)
        stories = [s for s in stories if not any(a['file'] in missing for a in s['articles'])]
        missing = []
    if missing:
        print(f'score.py: {len(missing)} of the texts are missing under {work} (first: {missing[0]}).\n'
              'The texts are third-party pages and are not in the repository: gather them again as\n'
              f'{os.path.relpath(README)} explains ("Gathering the texts"), then run this again.', file=sys.stderr)
        return 2
    for w in warnings:
        print('warning: ' + w, file=sys.stderr)
    resolve_spans(stories, work)
    if args.check_gold:
        problems = check_gold(stories, work)
        for p in problems:
            print(p)
        print(f"gold: {len(stories)} stories, {sum(len(s['articles']) for s in stories)} articles, "
              f"{sum(len(s['events']) for s in stories)} events: {len(problems)} problems")
        return 1 if problems else 0
    if not args.from_json and not (os.path.isfile(args.cli) and os.access(args.cli, os.X_OK)):
        print(f'score.py: no dossier-cli at {args.cli} (build it: meson setup _build && ninja -C _build, or pass --cli)',
              file=sys.stderr)
        return 2
    if args.save_json:
        os.makedirs(args.save_json, exist_ok=True)

    rows = []
    all_misses = []
    total = None
    for st in stories:
        if args.from_json:
            try:
                doc = json.load(open(os.path.join(args.from_json, st['id'] + '.json'), encoding='utf-8'))
            except (OSError, ValueError) as e:
                print(f'score.py: {e}', file=sys.stderr)
                return 2
        else:
            paths = [os.path.join(work, a['file']) for a in st['articles']]
            try:
                doc = run_cli(args.cli, paths, os.path.join(args.save_json, st['id'] + '.json') if args.save_json else None)
            except (RuntimeError, ValueError) as e:
                print(f'score.py: story {st["id"]}: {e}', file=sys.stderr)
                return 1
        r, misses = score_story(st, doc, work)
        rows.append((st, r))
        all_misses.append((st, misses))
        total = r if total is None else add(total, r)

    head = ('| story | arts | pair P | pair R | pair F1 | art-pair P | art-pair R | art-pair F1 | event R | event P '
            '| sys events (none matched) | date P | date R | date F1 | outlet acc | x-outlet merged | entity P '
            '| entity R | entity F1 |')
    print(head)
    print('|' + '---|' * 19)
    out = {'stories': {}, 'overall': None}
    for st, r in rows + [({'id': 'all', 'articles': [None] * sum(len(s['articles']) for s, _ in rows)}, total)]:
        n = numbers(r)
        if st['id'] == 'all':
            out['overall'] = n
        else:
            out['stories'][st['id']] = n
        label = '**all**' if st['id'] == 'all' else st['id']
        print(f"| {label} | {len(st['articles'])} | {fmt(n['pair_precision'])} | {fmt(n['pair_recall'])} | {fmt(n['pair_f1'])} "
              f"| {fmt(n['article_pair_precision'])} | {fmt(n['article_pair_recall'])} | {fmt(n['article_pair_f1'])} "
              f"| {fmt(n['event_recall'])} | {fmt(n['event_precision'])} | {n['system_events']} ({n['system_events_matching_nothing']}) "
              f"| {fmt(n['date_precision'])} | {fmt(n['date_recall'])} | {fmt(n['date_f1'])} | {fmt(n['outlet_accuracy'])} "
              f"| {fmt(n['cross_outlet_entities_merged'])} | {fmt(n['entity_precision'])} | {fmt(n['entity_recall'])} | {fmt(n['entity_f1'])} |")
    c = total
    print()
    print(f"counts: gold article pairs {c['article_pairs']['gold']} (linked {c['article_pairs']['linked']}), system "
          f"article pairs {c['article_pairs']['system']} (right {c['article_pairs']['system_right']}); "
          f"gold pairs {c['pairs']['gold']} (linked {c['pairs']['linked']}), system pairs {c['pairs']['system']} "
          f"(right {c['pairs']['system_right']}); gold events {c['events']['gold']} (found {c['events']['found']}), "
          f"system events {c['events']['system']} (right {c['events']['system_right']}, matching no gold report "
          f"{c['events']['system_matching_nothing']}); gold dates {c['dates']['gold']}, system dates {c['dates']['system']} "
          f"(right {c['dates']['right']}); outlets right {c['outlets']['right']}/{c['outlets']['articles']}; "
          f"articles without a published date {c['outlets']['system_undated']}/{c['outlets']['articles']}; "
          f"published date right where the gold knows it {c['outlets']['published_right']}/{c['outlets']['published_known']}; "
          f"cross-outlet entities merged {c['merges']['merged']}/{c['merges']['entities']}; gold entities "
          f"{c['entities']['gold']} (found {c['entities']['found']}), system entities {c['entities']['system']} "
          f"(right {c['entities']['system_right']})")
    if args.verbose:
        for st, misses in all_misses:
            print(f"\n## {st['id']} — {st['title']}")
            for kind, title in (('events', 'gold events not found'),
                                ('article_pairs', 'gold article pairs not linked (no system event holds a report of each)'),
                                ('pairs', 'gold sentence pairs not linked'),
                                ('wrong_links', 'system links between reports of different gold events'),
                                ('wrong_events', 'system events not right (no report of a gold event on its date)'), ('dates', 'dates wrong, missed or extra'), ('outlets', 'wrong outlets'),
                                ('published', 'publication dates (information, not scored)'),
                                ('merges', 'cross-outlet entities not merged'),
                                ('entities', 'entities missed or extra (per article; a wrong type is both)')):
                items = misses[kind]
                print(f"\n### {title} ({len(items)})")
                for it in items:
                    print('- ' + it)
    if args.json:
        print()
        print(json.dumps(out, ensure_ascii=False, indent=1))
    return 0


if __name__ == '__main__':
    sys.exit(main())
