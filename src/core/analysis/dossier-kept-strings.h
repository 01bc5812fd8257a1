/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The strings a kept result holds, one block of them each nul-ended, and
 * each field an offset into the block: measured first, then put. */

#pragma once

#include <string.h>

#include <glib.h>

G_BEGIN_DECLS

/* The offset that stands for NULL. */
#define DOSSIER_KEPT_NO_STRING G_MAXUINT32

/* Appends @text's length and nul to *@size, or fails past 4 GiB. */
static inline gboolean
dossier_kept_measure_string (const char *text,
                             gsize      *size)
{
  if (text != NULL)
    *size += strlen (text) + 1;
  return *size < DOSSIER_KEPT_NO_STRING;
}

/* Copies @text to @strings at *@used, moving *@used past it: its offset,
 * or DOSSIER_KEPT_NO_STRING for NULL. */
static inline guint32
dossier_kept_put_string (char       *strings,
                         gsize      *used,
                         const char *text)
{
  gsize len;
  guint32 at = (guint32) *used;

  if (text == NULL)
    return DOSSIER_KEPT_NO_STRING;
  len = strlen (text) + 1;
  memcpy (strings + *used, text, len);
  *used += len;
  return at;
}

G_END_DECLS
