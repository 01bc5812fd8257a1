#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: 2026 The Dossier authors
"""Compiles the action lexicon of the event linker from WordNet 3.0.

Reports of one happening name its action in different words: "fired",
"ousted", "removed", "his ouster"; "won", "victory"; "the quake", "the
earthquake".  From Debian's wordnet-base (/usr/share/wordnet) this writes a
table of English words (and verbs of a word and a particle, "take_over"),
each with its *action classes*: the WordNet verb
synsets it can mean (its first senses), their direct hypernyms (unless too
general to tell happenings apart: "change", "move", "make"; and not for
verbs of telling, thinking or feeling, all of which are "inform" or
"think" at the next level up), and for nouns
of acts, events and phenomena, their own synset and those of the verbs they
derive from ("ouster" -> oust -> remove).  Two words name the same kind of
action when their classes meet.  Irregular verb forms (verb.exc: "won",
"struck") are kept so that the library can find a form's lemma.

    tools/gen-action-lexicon.py --wordnet /usr/share/wordnet --output OUT.c
"""

import argparse
import collections
import os
import sys

# Senses per word considered: WordNet orders senses by frequency, and the
# rare ones only add false matches.
VERB_SENSES = 5
NOUN_SENSES = 3
# A hypernym with more direct hyponyms than this ("change", "be", "move",
# "make", "put") says nothing about which happening a verb reports.
GENERAL_HYPONYMS = 60
# Noun lexicographer files of happenings: acts, communication (speech acts:
# "resignation", "announcement"), events, phenomena, possession ("win"),
# processes, states.
NOUN_FILES = {4, 10, 11, 19, 21, 22, 26}
# Verb lexicographer files of telling, thinking, feeling, perceiving and
# being (verb.cognition, verb.communication, verb.emotion, verb.perception,
# verb.stative): their synsets keep no hypernym, which would make every
# statement one kind of action ("update" and "announce" are both "inform");
# a verdict or a declaration ("convicted", "declared") still meets itself.
TELLING_FILES = {31, 32, 37, 39, 42}
# Verbs of two words whose second is one of these particles are kept
# whole ("take_over" = buy out, "step_down" = resign, "break_out"): the
# verb alone often names another action ("take", "step").
PARTICLES = {"over", "down", "out", "off", "up", "back", "away", "aside"}
# The id of a noun synset is its offset with this bit, so it never meets a
# verb synset's.
NOUN_BIT = 1 << 31

NOTICE = """WordNet 3.0 Copyright 2006 by Princeton University.  All rights reserved.
THIS SOFTWARE AND DATABASE IS PROVIDED "AS IS" AND PRINCETON UNIVERSITY
MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED.  (The full
licence: /usr/share/doc/wordnet-base/copyright, or data/ACTIONS.md.)"""


def read_index(path):
    index = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split()
            n_pointers = int(fields[3])
            rest = fields[4 + n_pointers:]
            index[fields[0]] = [int(offset) for offset in rest[2:]]
    return index


def read_data(path):
    data = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith(" "):
                continue
            body = line.partition("|")[0].split()
            offset = int(body[0])
            lexfile = int(body[1])
            n_words = int(body[3], 16)
            i = 4 + 2 * n_words
            n_pointers = int(body[i])
            i += 1
            pointers = []
            for _ in range(n_pointers):
                pointers.append((body[i], int(body[i + 1]), body[i + 2]))
                i += 4
            data[offset] = (lexfile, pointers)
    return data


def read_exceptions(path):
    exceptions = []
    with open(path, encoding="latin-1") as f:
        for line in f:
            fields = line.split()
            if len(fields) >= 2 and "_" not in fields[0] and "_" not in fields[1]:
                exceptions.append((fields[0], fields[1]))
    return exceptions


def c_string(text):
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def name_slots(names):
    """The hash index of a sorted table (DossierNameIndex of
    src/core/basics/dossier-sort.h): per slot the index + 1 of the name
    whose FNV-1a hash leads there (linear probing), 0 for an empty slot;
    at most half full."""
    size = 16
    while size < 2 * len(names):
        size *= 2
    slots = [0] * size
    if len(set(names)) != len(names):
        raise SystemExit("gen-action-lexicon: a name twice in a table looked up by name")
    for index, name in enumerate(names):
        h = 2166136261
        for byte in name.encode("utf-8"):
            h = ((h ^ byte) * 16777619) & 0xFFFFFFFF
        slot = h & (size - 1)
        while slots[slot] != 0:
            slot = (slot + 1) & (size - 1)
        slots[slot] = index + 1
    return slots


def c_slots(out, symbol, slots):
    out.append("static const guint32 %s_slots[] = {" % symbol)
    for i in range(0, len(slots), 12):
        out.append("  " + " ".join("%d," % n for n in slots[i:i + 12]))
    out.append("};")
    out.append("const DossierNameIndex %s_index = { %s_slots, %d };" % (symbol, symbol, len(slots) - 1))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--wordnet", default="/usr/share/wordnet")
    parser.add_argument("--output", required=True)
    args = parser.parse_args()

    try:
        verb_index = read_index(os.path.join(args.wordnet, "index.verb"))
        noun_index = read_index(os.path.join(args.wordnet, "index.noun"))
        verbs = read_data(os.path.join(args.wordnet, "data.verb"))
        nouns = read_data(os.path.join(args.wordnet, "data.noun"))
        exceptions = read_exceptions(os.path.join(args.wordnet, "verb.exc"))
    except OSError as error:
        sys.exit("gen-action-lexicon: %s (install Debian's wordnet-base)" % error)

    hyponyms = collections.Counter()
    for lexfile, pointers in verbs.values():
        for symbol, target, pos in pointers:
            if symbol == "@" and pos == "v":
                hyponyms[target] += 1

    def verb_classes(offset):
        classes = {offset}
        if verbs[offset][0] in TELLING_FILES:
            return classes
        for symbol, target, pos in verbs[offset][1]:
            if symbol == "@" and pos == "v" and hyponyms[target] <= GENERAL_HYPONYMS:
                classes.add(target)
        return classes

    verb_lexicon = collections.defaultdict(set)
    noun_lexicon = collections.defaultdict(set)
    for lemma, offsets in verb_index.items():
        verb, _, particle = lemma.partition("_")
        if "_" in lemma and (particle not in PARTICLES or not verb.isalpha() or not verb.isascii()):
            continue
        if "_" not in lemma and (not lemma.isalpha() or not lemma.isascii()):
            continue
        for offset in offsets[:VERB_SENSES]:
            verb_lexicon[lemma] |= verb_classes(offset)
    for lemma, offsets in noun_index.items():
        if "_" in lemma or not lemma.isalpha() or not lemma.isascii():
            continue
        for offset in offsets[:NOUN_SENSES]:
            lexfile, pointers = nouns[offset]
            if lexfile not in NOUN_FILES:
                continue
            derived = [target for symbol, target, pos in pointers if symbol == "+" and pos == "v"]
            if not derived and lexfile not in (11, 19):
                continue
            noun_lexicon[lemma].add(offset | NOUN_BIT)
            for target in derived:
                noun_lexicon[lemma] |= verb_classes(target)

    # Which of a word's readings is the commoner, by the sense counts of
    # the tagged corpus WordNet ships (cntlist.rev): "moon", "film", "team"
    # and "key" are nouns far more often than verbs, and unless written as
    # a verb ("mooned", "filming") they name no action.
    counts = collections.Counter()
    with open(os.path.join(args.wordnet, "cntlist.rev"), encoding="latin-1") as f:
        for line in f:
            fields = line.split()
            if len(fields) < 3 or "%" not in fields[0]:
                continue
            lemma, _, rest = fields[0].partition("%")
            kind = rest[:1]
            if kind in ("1", "2"):
                counts[(lemma, kind)] += int(fields[2])

    # Dense class numbers, in order of first use: a smaller table.  Each
    # lemma has its verb readings' classes, then its nouns', each part in
    # ascending order of number, so that the reader merges them.
    numbers = {}
    lemmas = sorted(set(verb_lexicon) | set(noun_lexicon))
    starts = []
    noun_starts = []
    classes = []
    noun_dominant = []
    for lemma in lemmas:
        starts.append(len(classes))
        classes += sorted(numbers.setdefault(synset, len(numbers)) for synset in sorted(verb_lexicon.get(lemma, ())))
        noun_starts.append(len(classes))
        classes += sorted(numbers.setdefault(synset, len(numbers)) for synset in sorted(noun_lexicon.get(lemma, ())))
        noun_dominant.append(1 if counts[(lemma, "1")] > counts[(lemma, "2")] else 0)
    starts.append(len(classes))
    known = set(lemmas)
    exceptions = sorted((form, lemma) for form, lemma in exceptions if lemma in known and form.isascii())

    out = ["/* Generated by tools/gen-action-lexicon.py from WordNet 3.0 (Debian's",
           " * wordnet-base): do not edit.", " *"]
    out += [" * " + line if line else " *" for line in NOTICE.splitlines()]
    out += [" */", "", '#include "dossier-action-lexicon-data.h"', ""]
    out.append("const char * const dossier_action_lemmas[] = {")
    out += ["  %s," % c_string(lemma) for lemma in lemmas]
    out.append("};")
    out.append("const guint32 dossier_action_lemma_starts[] = {")
    for i in range(0, len(starts), 12):
        out.append("  " + " ".join("%d," % n for n in starts[i:i + 12]))
    out.append("};")
    out.append("const guint32 dossier_action_noun_starts[] = {")
    for i in range(0, len(noun_starts), 12):
        out.append("  " + " ".join("%d," % n for n in noun_starts[i:i + 12]))
    out.append("};")
    out.append("const guint8 dossier_action_noun_dominant[] = {")
    for i in range(0, len(noun_dominant), 24):
        out.append("  " + " ".join("%d," % n for n in noun_dominant[i:i + 24]))
    out.append("};")
    out.append("const guint32 dossier_action_classes[] = {")
    for i in range(0, len(classes), 12):
        out.append("  " + " ".join("%d," % n for n in classes[i:i + 12]))
    out.append("};")
    out.append("const guint dossier_action_n_lemmas = %d;" % len(lemmas))
    out.append("")
    out.append("/* Irregular verb forms and their lemmas, by form. */")
    out.append("const char * const dossier_action_irregular[][2] = {")
    out += ["  { %s, %s }," % (c_string(form), c_string(lemma)) for form, lemma in exceptions]
    out.append("};")
    out.append("const guint dossier_action_n_irregular = %d;" % len(exceptions))
    out.append("")
    out.append("/* Their hash indexes: words are looked up by the thousand. */")
    c_slots(out, "dossier_action_lemma", name_slots(lemmas))
    c_slots(out, "dossier_action_irregular", name_slots([form for form, lemma in exceptions]))
    out.append("")
    with open(args.output, "w", encoding="utf-8") as f:
        f.write("\n".join(out))
    print("gen-action-lexicon: %d words, %d classes, %d irregular forms" % (len(lemmas), len(numbers), len(exceptions)),
          file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
