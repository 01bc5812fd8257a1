/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Scanning UTF-8 text eight bytes at a time, and hashing it: the hot loops
 * of the core and the writers (finding a sentence's stop, a quote mark,
 * what a JSON string must escape, where ASCII ends, code points) skip most
 * of the text in whole words this way.
 *
 * A "mask" has the high bit of each byte of a word set where that byte
 * may be what was asked for.  It is exact up to its lowest set byte (the
 * first match in memory order on a little-endian machine, which is all
 * these loops need: they stop at the word and look at its bytes one by
 * one); bytes after a match may be flagged falsely. */

#pragma once

#include <glib.h>
#include <string.h>

G_BEGIN_DECLS

#define DOSSIER_BYTES_ONES  G_GUINT64_CONSTANT (0x0101010101010101)
#define DOSSIER_BYTES_HIGHS G_GUINT64_CONSTANT (0x8080808080808080)

static inline guint64
dossier_bytes_load (const char *bytes)
{
  guint64 word;

  memcpy (&word, bytes, 8);
  return word;
}

/* The bytes of @word that equal @byte. */
static inline guint64
dossier_bytes_equal (guint64 word,
                     guchar  byte)
{
  guint64 x = word ^ (DOSSIER_BYTES_ONES * byte);

  return (x - DOSSIER_BYTES_ONES) & ~x & DOSSIER_BYTES_HIGHS;
}

/* The bytes of @word below @limit (at most 0x80): control bytes for 0x20. */
static inline guint64
dossier_bytes_below (guint64 word,
                     guchar  limit)
{
  return (word - DOSSIER_BYTES_ONES * limit) & ~word & DOSSIER_BYTES_HIGHS;
}

/* The bytes of @word above ASCII. */
static inline guint64
dossier_bytes_high (guint64 word)
{
  return word & DOSSIER_BYTES_HIGHS;
}

/* The bytes of @word below @limit (at most 0x80), exactly: per byte,
 * without carries between bytes, so that every flagged byte is one that
 * was asked for (dossier_bytes_first () may be used on it). */
static inline guint64
dossier_bytes_below_exactly (guint64 word,
                             guchar  limit)
{
  return ~(((word & ~DOSSIER_BYTES_HIGHS) + DOSSIER_BYTES_ONES * (0x80 - limit)) | word) & DOSSIER_BYTES_HIGHS;
}

/* The bytes of @word that equal @byte (ASCII), exactly. */
static inline guint64
dossier_bytes_equal_exactly (guint64 word,
                             guchar  byte)
{
  return dossier_bytes_below_exactly (word ^ (DOSSIER_BYTES_ONES * byte), 1);
}

/* The bytes of @word above ASCII or below 0x20 (control bytes), exactly. */
static inline guint64
dossier_bytes_high_or_control (guint64 word)
{
  return (word | ~((word & ~DOSSIER_BYTES_HIGHS) + DOSSIER_BYTES_ONES * (0x80 - 0x20))) & DOSSIER_BYTES_HIGHS;
}

/* The index, in memory order, of the first byte flagged in @mask (not 0):
 * for the exact masks only, since the others may flag bytes falsely before
 * the first on a big-endian machine. */
static inline guint
dossier_bytes_first (guint64 mask)
{
#if G_BYTE_ORDER == G_LITTLE_ENDIAN
  return __builtin_ctzll (mask) / 8;
#else
  return __builtin_clzll (mask) / 8;
#endif
}

/* @word with ASCII capitals made small letters, bytes above ASCII left
 * alone: per byte, without carries between bytes. */
static inline guint64
dossier_bytes_ascii_down (guint64 word)
{
  guint64 low7 = word & ~DOSSIER_BYTES_HIGHS;
  guint64 from_a = low7 + DOSSIER_BYTES_ONES * (0x80 - 'A');
  guint64 past_z = low7 + DOSSIER_BYTES_ONES * (0x80 - 'Z' - 1);

  return word | (((from_a ^ past_z) & ~word & DOSSIER_BYTES_HIGHS) >> 2);
}

/* g_ascii_strdown (@text, @len): a copy of @text up to @len bytes or its
 * NUL (all of it when @len is -1), its ASCII capitals made small letters
 * eight bytes a step, where g_ascii_strdown () calls a function per byte
 * (the events lower a sentence for each of its dates). */
char *dossier_bytes_ascii_strdown (const char *text,
                                   gssize      len);

/* How many code points start in @word: every byte that is not a UTF-8
 * continuation byte (10xxxxxx). */
static inline guint
dossier_bytes_count_code_points (guint64 word)
{
  return 8 - __builtin_popcountll (word & ~(word << 1) & DOSSIER_BYTES_HIGHS);
}

/* The first position from @from on that holds a byte above ASCII, or @len. */
gsize   dossier_bytes_skip_ascii (const char *text,
                                  gsize       from,
                                  gsize       len);

/* FNV-1a over @len bytes: the hash of every open-addressed table of words
 * in the core. */
#define DOSSIER_HASH_INIT 2166136261u
#define DOSSIER_HASH_STEP(hash, byte) (((hash) ^ (guchar) (byte)) * 16777619u)

static inline guint32
dossier_hash_bytes (const char *bytes,
                    gsize       len)
{
  guint32 hash = DOSSIER_HASH_INIT;

  for (gsize i = 0; i < len; i++)
    hash = DOSSIER_HASH_STEP (hash, bytes[i]);
  return hash;
}

/* Feeds @checksum a text of @len bytes (-1: nul-terminated; NULL as
 * none), its length first, so that two fields never read as one. */
static inline void
dossier_checksum_add_text (GChecksum  *checksum,
                           const char *text,
                           gssize      len)
{
  gint64 size = text == NULL ? -1 : len < 0 ? (gint64) strlen (text) : len;

  g_checksum_update (checksum, (const guchar *) &size, sizeof size);
  if (size > 0)
    g_checksum_update (checksum, (const guchar *) text, (gsize) size);
}

/* Feeds @checksum a number. */
static inline void
dossier_checksum_add_int (GChecksum *checksum,
                          gint64     value)
{
  g_checksum_update (checksum, (const guchar *) &value, sizeof value);
}

G_END_DECLS
