/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Sets of words and phrases the cleaner looks lines up in, made to be
 * asked about every word of every line: a set of short words packed into
 * integers, an index of phrases by their first word, sorted lists searched
 * by halves, and a test for any of several phrases in a text.  The lists
 * themselves are the callers'. */

#pragma once

#include <string.h>

#include <glib.h>

G_BEGIN_DECLS

/* A set of words of up to eight bytes, each packed into an integer and
 * kept as a 32-bit fingerprint of it, in an open-addressing table: the
 * function-word test runs for every word of every line, and a binary
 * search over strings mispredicts at every step.  The table is small
 * enough to stay in the first-level cache beside the line being read (a
 * larger one, of whole keys, cost a tenth of the cleaner's time in cache
 * misses); two words share a fingerprint once in four thousand million. */
#define WORD_SET_BITS 11
/* Under half full with the function words of eight languages (they share
 * many): most words are no function word, and a miss that probes an
 * empty slot or two is the common case. */
#define WORD_SET_SIZE (1 << WORD_SET_BITS)

typedef struct
{
  guint32 keys[WORD_SET_SIZE];   /* fingerprints; 0 for an empty slot */
  guint8 values[WORD_SET_SIZE];  /* what the word is, as bits; never 0 for a word */
} WordSet;

/* The furniture phrases by first word: a phrase can only start at a word
 * equal to its first word, and most words of a line start none.  An
 * open-addressing table keyed by _dossier_first_word_hash () gives each
 * first word its run of phrases in the sorted list, with no binary search. */
#define FIRST_WORD_BITS 10  /* _dossier_first_word_hash () gives ten bits */

typedef struct
{
  guint16 first;  /* index of the run's first phrase */
  guint8 count;   /* 0 for an empty slot */
  guint8 len;     /* of the first word */
} FirstWordSlot;

typedef struct
{
  FirstWordSlot slots[1 << FIRST_WORD_BITS];
} FirstWordIndex;

/* The slot of @key (in its high bits) and its fingerprint (the next 32),
 * from one multiplication.  A fingerprint is never 0, which marks an
 * empty slot. */
static inline guint
_dossier_word_set_slot (guint64  key,
                        guint32 *fingerprint)
{
  guint64 mixed = key * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15);

  *fingerprint = (guint32) (mixed >> (32 - WORD_SET_BITS)) | 1;
  return (guint) (mixed >> (64 - WORD_SET_BITS));
}

/* The hash of a word of @len (at least one) bytes from its first two
 * bytes, its last and its length: enough to tell most words apart without
 * a pass over each. */
static inline guint
_dossier_first_word_hash (const char *word,
                          gsize       len)
{
  guint32 key = (guint32) (guchar) word[0] |
                (guint32) (guchar) word[len > 1 ? 1 : 0] << 8 |
                (guint32) (guchar) word[len - 1] << 16 |
                (guint32) MIN (len, 255) << 24;

  return (key * 2654435761u) >> (32 - FIRST_WORD_BITS);
}

/* A hash of the @len bytes at @word, for tables of whole words. */
static inline guint
_dossier_word_hash (const char *word,
                    gsize       len)
{
  guint32 hash = 2166136261u;

  for (gsize i = 0; i < len; i++)
    hash = (hash ^ (guchar) word[i]) * 16777619u;
  return hash ^ (hash >> 15);
}

/* The run of phrases whose first word is the @len bytes at @word, or NULL. */
static inline const FirstWordSlot *
_dossier_first_word_index_lookup (const FirstWordIndex *index,
                                  const char * const   *phrases,
                                  const char           *word,
                                  gsize                 len)
{
  for (guint slot = _dossier_first_word_hash (word, len); index->slots[slot].count != 0;
       slot = (slot + 1) % G_N_ELEMENTS (index->slots))
    {
      const FirstWordSlot *run = &index->slots[slot];

      if (run->len == len && memcmp (phrases[run->first], word, len) == 0)
        return run;
    }
  return NULL;
}

/* The value of the word packed into @key as pack_word () packs it in
 * @set, or 0 when it is not there. */
static inline guint
_dossier_word_set_lookup_key (const WordSet *set,
                              guint64        key)
{
  guint32 fingerprint;

  for (guint slot = _dossier_word_set_slot (key, &fingerprint); set->keys[slot] != 0;
       slot = (slot + 1) % WORD_SET_SIZE)
    if (set->keys[slot] == fingerprint)
      return set->values[slot];
  return 0;
}

/* g_str_has_prefix (@text, @prefix), inline: it measures both strings
 * first, and most lines differ from every prefix at the first byte. */
static inline gboolean
_dossier_has_prefix (const char *text,
                     const char *prefix)
{
  for (; *prefix != '\0'; text++, prefix++)
    if (*text != *prefix)
      return FALSE;
  return TRUE;
}

/* g_ascii_tolower () is a function call; the cleaner folds every byte of
 * most lines. */
static inline char
_dossier_ascii_lower (char c)
{
  return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

void      _dossier_word_set_clear        (WordSet            *set);
/* Adds the @n_words @words (of one to eight bytes) to @set with the bits
 * of @value, which a word already there adds to its own. */
void      _dossier_word_set_add          (WordSet            *set,
                                          const char * const *words,
                                          gsize               n_words,
                                          guint               value);
void      _dossier_first_word_index_init (FirstWordIndex     *index,
                                          const char * const *phrases,
                                          gsize               n_phrases);

/* Whether the @len bytes at @word are one of the @n_list words of @list,
 * which is sorted by byte. */
gboolean  _dossier_in_list_len           (const char         *word,
                                          gsize               len,
                                          const char * const *list,
                                          gsize               n_list);
gboolean  _dossier_in_list               (const char         *word,
                                          const char * const *list,
                                          gsize               n_list);

char     *_dossier_ascii_lower_copy      (char               *out,
                                          const char         *text,
                                          gsize               len);
/* g_ascii_strdown (@text, @len), eight bytes a step where it calls a
 * function per byte. */
char     *_dossier_ascii_strdown         (const char         *text,
                                          gssize              len);
gboolean  _dossier_contains_any_phrase   (const char         *text,
                                          const char * const *phrases,
                                          gsize               n_phrases);

G_END_DECLS
