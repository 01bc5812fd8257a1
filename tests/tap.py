# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Dossier authors
"""The TAP harness of the Python tests (test-cli.py, test-hostile.py).

A test is a function taking a Check, registered with @test("what it
shows"); run_tests() prints "1..N", then "ok K - ..." / "not ok K - ..."
(or "ok K - ... # SKIP reason") with "# ..." diagnostics, and returns
whether every test was ok.  Standard library only."""

import json
import sys
import traceback


class Failure(Exception):
    pass


class Skip(Exception):
    pass


def short(value, limit=600):
    if isinstance(value, str):
        s = repr(value)
    else:
        try:
            s = json.dumps(value, ensure_ascii=False)
        except (TypeError, ValueError):
            s = repr(value)
    if len(s) > limit:
        s = s[:limit] + "... (%d chars)" % len(s)
    return s


class Check:
    """Collects failed expectations of one test, with diagnostics."""

    def __init__(self):
        self.failures = []
        self.notes = []

    def expect(self, cond, what, expected=None, got=None):
        if not cond:
            msg = what
            if expected is not None or got is not None:
                msg += "\n  expected: %s\n  got:      %s" % (short(expected), short(got))
            self.failures.append(msg)
        return bool(cond)

    def equal(self, got, expected, what):
        return self.expect(got == expected, what, expected, got)

    def fail(self, what):
        self.failures.append(what)

    def require(self, cond, what, expected=None, got=None):
        """Like expect, but stops the test when it does not hold."""
        if not self.expect(cond, what, expected, got):
            raise Failure()

    def note(self, text):
        """Diagnostics shown when the test fails."""
        self.notes.append(text)

    def skip(self, reason):
        raise Skip(reason)


TESTS = []


def test(description):
    def register(fn):
        TESTS.append((description, fn))
        return fn
    return register


def diag(text):
    for line in str(text).splitlines() or [""]:
        print("# " + line)


def run_tests():
    print("1..%d" % len(TESTS))
    sys.stdout.flush()
    all_ok = True
    for number, (description, fn) in enumerate(TESTS, 1):
        check = Check()
        skipped = None
        try:
            fn(check)
        except Failure:
            pass
        except Skip as s:
            # TAP wants the reason on the directive's line.
            skipped = " ".join(str(s).split())
        except Exception:
            check.fail("exception in test:\n" + traceback.format_exc())
        ok = not check.failures
        all_ok = all_ok and ok
        if skipped is not None and ok:
            print("ok %d - %s # SKIP %s" % (number, description, skipped))
        else:
            print("%s %d - %s" % ("ok" if ok else "not ok", number, description))
        for f in check.failures:
            diag(f)
        if not ok:
            for n in check.notes:
                diag(n)
        sys.stdout.flush()
    return all_ok
