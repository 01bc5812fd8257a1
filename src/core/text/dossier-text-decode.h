/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Turns the bytes of a saved or pasted page into UTF-8 text with "\n" line
 * endings: UTF-8 with or without a byte-order mark, UTF-16 with a BOM (or
 * without one when the NUL pattern makes it unmistakable), and Latin-1 (as
 * Windows-1252) for anything that is not valid UTF-8, with a warning.  Empty,
 * binary and oversized input is refused with a DOSSIER_CORE_ERROR. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define DOSSIER_TEXT_DEFAULT_MAX_SIZE ((gsize) 64 * 1024 * 1024)

typedef struct
{
  char *text;             /* UTF-8, NUL-terminated, LF line endings */
  gsize len;
  const char *encoding;   /* static: "UTF-8", "UTF-8 (BOM)", "UTF-16LE", "UTF-16BE", "Windows-1252" */
  char *warning;          /* NULL, or why the text may not be what the author wrote */
} DossierDecodedText;

/* @max_size 0 means DOSSIER_TEXT_DEFAULT_MAX_SIZE. */
gboolean dossier_text_decode       (const guint8       *bytes,
                                    gsize               len,
                                    gsize               max_size,
                                    DossierDecodedText *result,
                                    GError            **error);
void     dossier_decoded_text_clear (DossierDecodedText *result);

G_END_DECLS
