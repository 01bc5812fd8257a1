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
