#!/usr/bin/python3
"""Count the main thread's samples under given functions in a `perf script` dump.

    perf record -F 2000 --call-graph dwarf,16384 -o reopen.data _build/src/dossier   # with DOSSIER_BENCH=reopen:…
    perf script -i reopen.data -F tid,ip,sym,dso > reopen.txt
    bench/perf-under.py reopen.txt gtk_filter_list_model_set_model _dossier_timeline_rebuild …

A sample counts for a function when the function is anywhere on its stack (inclusive). The main
thread is the one with the lowest thread id. Standard library only.
"""
import collections
import sys


def main():
    if len(sys.argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    stacks, cur, tid = [], [], None
    with open(sys.argv[1], encoding='utf-8', errors='replace') as fh:
        for line in fh:
            line = line.rstrip()
            if not line:
                if cur:
                    stacks.append((tid, cur))
                cur = []
                continue
            if not line[0].isspace():
                tid, cur = line.split()[0], []
                continue
            parts = line.split(None, 1)
            cur.append(parts[1].split(' (')[0] if len(parts) > 1 else '?')
    if cur:
        stacks.append((tid, cur))
    if not stacks:
        print('no samples', file=sys.stderr)
        return 1
    main_tid = min({t for t, _ in stacks}, key=int)
    main_stacks = [set(s) for t, s in stacks if t == main_tid]
    counts = collections.Counter()
    for names in main_stacks:
        for wanted in sys.argv[2:]:
            if wanted in names:
                counts[wanted] += 1
    print(f'main thread ({main_tid}): {len(main_stacks)} samples')
    for wanted in sys.argv[2:]:
        print(f'{counts[wanted]:8d}  {wanted}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
