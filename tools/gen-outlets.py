#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Dossier authors
"""Compiles data/outlets/outlets.tsv, the list of news outlets, into C.

The list gives each outlet its name as it writes itself, its other names,
the domains of its sites, its country (ISO 3166-1 alpha-2, checked against
Debian's iso-codes when --iso-codes is given) and its kind.  The output
holds three sorted tables for src/core/basics/dossier-outlets.c: the
outlets, their domains (for a lookup by domain suffix) and their names and
aliases under a normal form (for a lookup by name, without case).  A name
two outlets share (there are several "The Star"s) is kept, marked as
ambiguous: it says that a text names an outlet, not which.

    tools/gen-outlets.py --data data/outlets/outlets.tsv \
        --iso-codes /usr/share/iso-codes/json/iso_3166-1.json \
        --output dossier-outlets-data.c --output-header dossier-outlets-data.h
    tools/gen-outlets.py … --check --stats

Standard library only.  On any problem it prints `file:line: reason` for
each and exits with status 1, writing nothing.
"""

import argparse
import json
import os
import re
import sys
import tempfile
import unicodedata

KINDS = ('newspaper', 'broadcaster', 'agency', 'online', 'magazine')
# Codes that are not in ISO 3166-1 but are in common use for a country.
USER_ASSIGNED_ALPHA2 = {'XK'}
ALPHA2_RE = re.compile(r'^[A-Z]{2}$')
LABEL_RE = re.compile(r'^[a-z0-9]([a-z0-9-]*[a-z0-9])?$')
QUALIFIER_RE = re.compile(r' \([^()]+\)$')


def name_key(text):
    """The normal form names are compared in; src/core/basics/dossier-outlets.c
    computes the same: lower case, every character that is neither a letter nor
    a digit a space, spaces collapsed, a leading "the" dropped."""
    out = []
    for c in text:
        lower = c.lower()
        if len(lower) != 1:
            lower = c
        out.append(lower if lower.isalpha() or lower.isdigit() else ' ')
    words = ''.join(out).split()
    if len(words) > 1 and words[0] == 'the':
        words = words[1:]
    return ' '.join(words)


def c_string(text):
    out = []
    for byte in text.encode('utf-8'):
        c = chr(byte)
        if c in '"\\?':
            out.append('\\' + c)
        elif 0x20 <= byte < 0x7f:
            out.append(c)
        else:
            out.append('\\%03o' % byte)
    return '"' + ''.join(out) + '"'


def load_iso(path, errors):
    try:
        with open(path, encoding='utf-8') as f:
            data = json.load(f)
        return {e['alpha_2'] for e in data['3166-1']} | USER_ASSIGNED_ALPHA2
    except (OSError, ValueError, KeyError, TypeError) as e:
        errors.append('%s: cannot read ISO 3166-1 JSON: %s' % (path, e))
        return None


def check_text(where, value, what, errors):
    if value == '':
        errors.append('%s: empty %s' % (where, what))
        return False
    if value != value.strip() or '  ' in value:
        errors.append('%s: %s %r has stray spaces' % (where, what, value))
        return False
    if any(unicodedata.category(c).startswith('C') for c in value):
        errors.append('%s: %s %r has a control character' % (where, what, value))
        return False
    if unicodedata.normalize('NFC', value) != value:
        errors.append('%s: %s %r is not NFC' % (where, what, value))
        return False
    if '|' in value:
        errors.append('%s: %s %r holds a |' % (where, what, value))
        return False
    return True


def check_domain(where, domain, errors):
    labels = domain.split('.')
    if len(labels) < 2 or not all(LABEL_RE.match(l) for l in labels) or \
            not labels[-1].isalpha() or domain.startswith('www.'):
        errors.append('%s: %r is not a domain (lower case, no "www.", a letter top-level domain)'
                      % (where, domain))
        return False
    return True


def load(path, iso, errors):
    outlets = []
    seen_rows = set()
    with open(path, encoding='utf-8') as f:
        for number, line in enumerate(f, 1):
            line = line.rstrip('\n')
            where = '%s:%d' % (path, number)
            if not line.strip() or line.startswith('#'):
                continue
            fields = line.split('\t')
            if len(fields) != 5:
                errors.append('%s: %d fields, 5 expected (name, aliases, domains, country, kind)'
                              % (where, len(fields)))
                continue
            name, aliases, domains, country, kind = fields
            ok = check_text(where, name, 'name', errors)
            # "The Guardian (Nigeria)": the parentheses tell rows of one name
            # apart for the people who edit the list; the outlet's name is
            # what stands before them.
            qualifier = QUALIFIER_RE.search(name)
            if qualifier:
                name = name[:qualifier.start()]
            alias_list = [] if aliases == '-' else aliases.split('|')
            for alias in alias_list:
                ok = check_text(where, alias, 'alias', errors) and ok
                if alias == name:
                    errors.append('%s: alias %r repeats the name' % (where, alias))
                    ok = False
            domain_list = [] if domains == '-' else domains.split('|')
            for domain in domain_list:
                ok = check_domain(where, domain, errors) and ok
            if not domain_list:
                errors.append('%s: %s has no domain' % (where, name))
                ok = False
            if not ALPHA2_RE.match(country) or (iso is not None and country not in iso):
                errors.append('%s: %r is not an ISO 3166-1 alpha-2 code' % (where, country))
                ok = False
            if kind not in KINDS:
                errors.append('%s: kind %r is not one of %s' % (where, kind, ', '.join(KINDS)))
                ok = False
            if (fields[0], country) in seen_rows:
                errors.append('%s: %s (%s) is listed twice' % (where, fields[0], country))
                ok = False
            seen_rows.add((fields[0], country))
            if ok:
                outlets.append({'where': where, 'name': name, 'aliases': alias_list,
                                'domains': domain_list, 'country': country, 'kind': kind})
    return outlets


SECOND_LEVEL = {'com', 'co', 'org', 'net', 'gov', 'ac', 'edu', 'or', 'ne', 'go', 'info', 'biz'}


def letters(text):
    """Lower case letters and digits only, without their accents: "RFE/RL"
    and "rferl", "El País" and "elpais" alike."""
    decomposed = unicodedata.normalize('NFKD', text.lower())
    return ''.join(c for c in decomposed if c.isalnum() and c.isascii())


def site_name(outlet, domain):
    """The outlet's other name that @domain spells, where its name does not:
    "TimesLIVE" for timeslive.co.za, "WalesOnline" for walesonline.co.uk; a
    page from that site is that name's.  None where the name is the site's
    ("The Guardian", theguardian.com) or no other name is."""
    labels = domain.split('.')
    if len(labels) >= 3 and labels[-2] in SECOND_LEVEL:
        labels = labels[:-2]
    else:
        labels = labels[:-1]
    if not labels:
        return None
    label = labels[-1]
    name = letters(outlet['name'])
    if name == label:
        return None
    for alias in outlet['aliases']:
        # Not a short form of the name ("SCMP", "NZ Herald"), nor the name
        # a short form of it ("CNA", "Channel NewsAsia"): a brand of its own.
        # Nor capitals only, a call sign or an acronym ("KSDK", "TVNZ"): the
        # name stays.
        if letters(alias) == label and not is_subsequence(label, name) and not is_subsequence(name, label) \
                and alias != alias.upper():
            return alias
    return None


def is_subsequence(short, long):
    """Whether the letters of @short are found in @long in order."""
    rest = iter(long)
    return all(c in rest for c in short)


def build(outlets, errors):
    domains = {}
    for i, o in enumerate(outlets):
        for d in o['domains']:
            if d in domains:
                errors.append('%s: domain %s is already %s (%s)'
                              % (o['where'], d, outlets[domains[d]]['name'], outlets[domains[d]]['where']))
            else:
                domains[d] = i
    names = {}
    for i, o in enumerate(outlets):
        for surface in [o['name']] + o['aliases']:
            key = name_key(surface)
            if not key:
                errors.append('%s: %r has no letter or digit' % (o['where'], surface))
                continue
            names.setdefault(key, set()).add(i)
    return domains, names


HEADER = '''/* Generated by tools/gen-outlets.py from data/outlets/outlets.tsv: do not edit.
 * The tables src/core/basics/dossier-outlets.c searches. */

#pragma once

#include "dossier-outlets.h"

G_BEGIN_DECLS

typedef struct
{
  const char *key;  /* a domain, or a name's normal form (dossier_outlet_name_key ()) */
  int outlet;       /* index into _dossier_outlets; -1 for a name several outlets share */
  const char *site; /* a domain's: the outlet's other name that the domain spells ("TimesLIVE" for
                     * timeslive.co.za), where its name does not; NULL */
} DossierOutletKey;

extern const DossierOutlet _dossier_outlets[];
extern const guint _dossier_n_outlets;
/* Both sorted by strcmp () of their keys. */
extern const DossierOutletKey _dossier_outlet_domains[];
extern const guint _dossier_n_outlet_domains;
extern const DossierOutletKey _dossier_outlet_names[];
extern const guint _dossier_n_outlet_names;
/* "ad ae af … zw": the countries' two-letter top-level domains. */
extern const char _dossier_country_domains[];

G_END_DECLS
'''


def render(outlets, domains, names, iso):
    lines = ['/* Generated by tools/gen-outlets.py from data/outlets/outlets.tsv: do not edit.',
             ' * See data/outlets/README.md for what the list is and where it comes from. */',
             '', '#include "dossier-outlets-data.h"', '']
    lines.append('const DossierOutlet _dossier_outlets[] = {')
    for o in outlets:
        lines.append('  { %s, %s, DOSSIER_OUTLET_%s },'
                     % (c_string(o['name']), c_string(o['country']), o['kind'].upper()))
    lines.append('};')
    lines.append('const guint _dossier_n_outlets = %d;' % len(outlets))
    lines.append('')
    # Sorted by their UTF-8 bytes, as strcmp () compares them.
    lines.append('const DossierOutletKey _dossier_outlet_domains[] = {')
    for d in sorted(domains, key=lambda s: s.encode('utf-8')):
        site = site_name(outlets[domains[d]], d)
        lines.append('  { %s, %d, %s },' % (c_string(d), domains[d], c_string(site) if site else 'NULL'))
    lines.append('};')
    lines.append('const guint _dossier_n_outlet_domains = %d;' % len(domains))
    lines.append('')
    lines.append('/* -1: a name several outlets share. */')
    lines.append('const DossierOutletKey _dossier_outlet_names[] = {')
    for k in sorted(names, key=lambda s: s.encode('utf-8')):
        which = names[k]
        lines.append('  { %s, %d, NULL },' % (c_string(k), next(iter(which)) if len(which) == 1 else -1))
    lines.append('};')
    lines.append('const guint _dossier_n_outlet_names = %d;' % len(names))
    lines.append('')
    # The countries' top-level domains: ISO 3166-1 codes, and those that
    # differ from them or are not a country's.
    codes = sorted({c.lower() for c in iso} - {'xk'} | {'uk', 'eu', 'ac'})
    lines.append('/* The top-level domains of countries (ISO 3166-1 codes, uk, eu, ac), sorted. */')
    lines.append('const char _dossier_country_domains[] = %s;' % c_string(' '.join(codes)))
    lines.append('')
    return '\n'.join(lines)


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    ap.add_argument('--data', required=True, help='data/outlets/outlets.tsv')
    ap.add_argument('--iso-codes', required=True,
                    help="Debian iso-codes' iso_3166-1.json: the countries and their domains")
    ap.add_argument('--output', help='C file to write')
    ap.add_argument('--output-header', help='its header, to write')
    ap.add_argument('--check', action='store_true', help='only check the list')
    ap.add_argument('--stats', action='store_true', help='print counts to standard error')
    args = ap.parse_args(argv)
    if not args.check and not (args.output and args.output_header):
        ap.error('--output and --output-header are required unless --check is given')

    errors = []
    iso = load_iso(args.iso_codes, errors)
    outlets = load(args.data, iso, errors)
    domains, names = build(outlets, errors)
    if errors:
        for message in errors:
            print(message, file=sys.stderr)
        print('gen-outlets: %d error(s)' % len(errors), file=sys.stderr)
        return 1
    if args.stats:
        countries = {o['country'] for o in outlets}
        print('%d outlets, %d countries, %d domains, %d names (%d shared by several outlets)'
              % (len(outlets), len(countries), len(domains), len(names),
                 sum(1 for k in names if len(names[k]) > 1)), file=sys.stderr)
        for kind in KINDS:
            print('  %-12s %5d' % (kind, sum(1 for o in outlets if o['kind'] == kind)), file=sys.stderr)
    if not args.check:
        for path, text in ((args.output, render(outlets, domains, names, iso)), (args.output_header, HEADER)):
            folder = os.path.dirname(os.path.abspath(path))
            with tempfile.NamedTemporaryFile('w', encoding='utf-8', dir=folder, delete=False) as f:
                f.write(text)
            os.replace(f.name, path)
    return 0


if __name__ == '__main__':
    sys.exit(main())
