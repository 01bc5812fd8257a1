#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Dossier authors
"""Undated copies of the corroboration sets: each text without the store's
" date YYYY-MM-DD " marker at its start, the gold's report spans shifted to
match, under bench/work/sim/<set>/ (git-ignored), with the gold beside it as
bench/work/sim/gold-<set>.json.  Score one so:

    bench/corroboration/strip-markers.py
    bench/corroboration/score.py --work bench/work/sim/h17 --gold bench/work/sim/gold-h17.json

The sets are the development set ("dev", gold.json) and heldout.json …
heldout17.json ("h", "h2" … "h17"); their texts must have been gathered.
"""

import hashlib
import json
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SETS = [('dev', 'gold.json', 'corroboration')] + \
       [('h' + n, 'heldout%s.json' % n, 'heldout' + n) for n in [''] + [str(i) for i in range(2, 18)]]
MARKER = re.compile(r'^ date \d{4}-\d\d-\d\d ?')


def main():
    stripped = missing = 0
    for name, gold_file, work in SETS:
        gold = json.load(open(os.path.join(ROOT, 'bench/corroboration', gold_file), encoding='utf-8'))
        out = os.path.join(ROOT, 'bench/work/sim', name)
        for story in gold['stories']:
            kept = []
            for article in story['articles']:
                source = os.path.join(ROOT, 'bench/work', work, article['file'])
                if not os.path.isfile(source):
                    # A text the store no longer gives: the copy scores without it.
                    print('%s: not gathered; left out of bench/work/sim/%s' % (source, name), file=sys.stderr)
                    missing += 1
                    continue
                kept.append(article)
                text = open(source, encoding='utf-8').read()
                marker = MARKER.match(text)
                if marker:
                    cut = len(marker.group(0))
                    text = text[cut:]
                    stripped += 1
                    for report in article['reports']:
                        report['span'] = [report['span'][0] - cut, report['span'][1] - cut]
                path = os.path.join(out, article['file'])
                os.makedirs(os.path.dirname(path), exist_ok=True)
                with open(path, 'w', encoding='utf-8') as f:
                    f.write(text)
                article['sha256'] = hashlib.sha256(text.encode('utf-8')).hexdigest()
            story['articles'] = kept
        with open(os.path.join(ROOT, 'bench/work/sim', 'gold-%s.json' % name), 'w', encoding='utf-8') as f:
            json.dump(gold, f)
    print('%d texts lost their marker; copies in bench/work/sim/' % stripped)
    if missing:
        print('%d texts were not gathered and were left out' % missing)
    return 0


if __name__ == '__main__':
    sys.exit(main())
