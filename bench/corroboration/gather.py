#!/usr/bin/python3
"""Rebuild the corroboration texts (bench/work/corroboration/<story>/<nn>-<domain>.txt) from saved
answers of the `search` tool (corpus "pages"), and check them against the sha256 in gold.json.

    bench/corroboration/gather.py ANSWER.json [ANSWER.json …]     # write what the answers hold
    bench/corroboration/gather.py --check                          # only check what is there

An ANSWER.json is the JSON the search tool returned for one of the queries in README.md (it has a
"results" list of {"url", "excerpt"}); a result is used when its URL is an article's URL in
gold.json.  Each file is the "excerpt" verbatim, UTF-8, plus one final newline.
Standard library only.  Exit status 0 when every text is present and matches, 1 otherwise.
"""
import argparse
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, '..', '..'))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('answers', nargs='*', help='saved search-tool answers (JSON)')
    ap.add_argument('--work', default=os.path.join(REPO, 'bench', 'work', 'corroboration'))
    ap.add_argument('--gold', default=os.path.join(HERE, 'gold.json'))
    ap.add_argument('--check', action='store_true', help='write nothing, only check')
    args = ap.parse_args()

    gold = json.load(open(args.gold, encoding='utf-8'))
    by_url = {}
    for st in gold['stories']:
        for a in st['articles']:
            by_url[a['url']] = a

    written = 0
    if not args.check:
        for path in args.answers:
            doc = json.load(open(path, encoding='utf-8'))
            for r in doc.get('results', []):
                a = by_url.get(r.get('url'))
                if a is None or 'excerpt' not in r:
                    continue
                data = (r['excerpt'] + '\n').encode('utf-8')
                if hashlib.sha256(data).hexdigest() != a['sha256']:
                    print(f"{a['file']}: the answer in {path} differs from the gathered text (sha256); not written",
                          file=sys.stderr)
                    continue
                out = os.path.join(args.work, a['file'])
                os.makedirs(os.path.dirname(out), exist_ok=True)
                with open(out, 'wb') as fh:
                    fh.write(data)
                written += 1

    missing = bad = 0
    for a in by_url.values():
        p = os.path.join(args.work, a['file'])
        if not os.path.isfile(p):
            missing += 1
            print(f"missing: {a['file']}  ({a['url']})")
            continue
        if hashlib.sha256(open(p, 'rb').read()).hexdigest() != a['sha256']:
            bad += 1
            print(f"sha256 differs: {a['file']}")
    total = len(by_url)
    print(f'{written} written; {total - missing - bad}/{total} texts present and matching'
          + (f'; {missing} missing' if missing else '') + (f'; {bad} differing' if bad else ''))
    return 0 if not missing and not bad else 1


if __name__ == '__main__':
    sys.exit(main())
