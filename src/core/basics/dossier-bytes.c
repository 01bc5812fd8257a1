/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-bytes.h"

gsize
dossier_bytes_skip_ascii (const char *text,
                          gsize       from,
                          gsize       len)
{
  gsize i = from;

  while (i + 8 <= len && !dossier_bytes_high (dossier_bytes_load (text + i)))
    i += 8;
  while (i < len && (guchar) text[i] < 0x80)
    i++;
  return i;
}

char *
dossier_bytes_ascii_strdown (const char *text,
                             gssize      len)
{
  gsize n = len < 0 ? strlen (text) : strnlen (text, (gsize) len);
  char *lower = g_malloc (n + 1);
  gsize i = 0;

  for (; i + 8 <= n; i += 8)
    {
      guint64 word = dossier_bytes_ascii_down (dossier_bytes_load (text + i));

      memcpy (lower + i, &word, 8);
    }
  for (; i < n; i++)
    lower[i] = text[i] >= 'A' && text[i] <= 'Z' ? text[i] + ('a' - 'A') : text[i];
  lower[n] = '\0';
  return lower;
}
