/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* How names compare (dossier-entity-keys.c): the keys that make one
 * entity of every spelling of a person's or an organisation's name. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A spelling-tolerant key for a surname: folded to ASCII as names are
 * transliterated (dossier_fold_to_ascii ()), lower case, y/j/i merged, an
 * e after a, o or u dropped (ä, ö, ü written ae, oe, ue) and doubled
 * letters collapsed, so that Zelensky, Zelenskyy, Zelenskyi and Zelenskiy
 * share one ("zelenski"), as do Kılıçdaroğlu and Kilicdaroglu, Støre,
 * Stoere and Store. */
char                    *dossier_person_surname_key     (const char              *surname,
                                                         gssize                   len);

/* The key an entity key kept by an older Dossier (in a correction) has
 * today: its name part folded again with today's rules.  Keys made today
 * come back unchanged. */
char                    *dossier_entity_key_refold      (const char              *key);

/* Whether the word of @len bytes at @word, a name of one word, is
 * followed by a number ("Game 5", "Round 3"): a thing numbered, no place —
 * unless it is a kind of place ("District 9", "Sector 4"). */
gboolean dossier_word_numbers_a_thing         (const char *word,
                                               gsize       len);

/* Whether the word of @len bytes at @word is the mark of a generation
 * after a name: "Jr", "Jr.", "Sr", "II", "III", "IV". */
gboolean dossier_word_marks_a_generation      (const char *word,
                                               gsize       len);

/* Whether the name of @len bytes at @name is written surname first, as
 * Korean and Chinese names are in English news: two words, a short one
 * and a given name of two syllables joined by a hyphen ("Park Geun-hye",
 * "Choi Soon-sil", "Tsai Ing-wen"). */
gboolean dossier_person_name_is_surname_first (const char *name,
                                               gsize       len);

/* The key of a person's name, the bytes [@start, @end) of @text:
 * "person:" and the surname key of its last word (of its first, where it
 * is written surname first). */
char *dossier_person_key              (const char *text,
                                       gsize       start,
                                       gsize       end);

/* The key of a place's name of @len bytes at @name (-1: nul-terminated):
 * "place:" and the name folded to ASCII, in small letters, so that a kind
 * word written either way ("Mango Island", "Mango island") and a dateline
 * in capitals compare alike. */
char *dossier_place_key               (const char *name,
                                       gssize      len);

/* The key of an organisation's name no list knows, the bytes [@start,
 * @end) of @text: folded to ASCII, without the dots of its abbreviations
 * and its apostrophes, in one spelling ("U.S. Geological Survey" and "US
 * Geological Survey" are one, "People's Democratic Party" and "Peoples
 * Democratic Party", "Labour Party" and "Labor Party"). */
char *dossier_organization_key        (const char *text,
                                       gsize       start,
                                       gsize       end);

/* An organisation's name as its key compares it, in place (see
 * dossier_organization_key ()). */
void  _dossier_organization_name_fold (char       *name);

G_END_DECLS
