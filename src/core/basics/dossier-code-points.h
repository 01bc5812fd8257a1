/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Byte offsets in a paragraph as the Unicode code points the exports
 * give, counted from the nearest point already counted: a paragraph's
 * spans come mostly in order.  Before a paragraph's first byte above
 * ASCII, bytes are code points and need no counting; after it, bytes are
 * counted eight at a time.  Shared by the model, the JSON and CSV writers
 * and the reader: the one place bytes become code points. */

#pragma once

#include <glib.h>

#include "dossier-document.h"

G_BEGIN_DECLS

typedef struct
{
  const char *text;
  gsize ascii_end;
  gsize byte;
  glong offset;
} DossierCodePointCursor;

#define DOSSIER_CODE_POINT_CURSOR_INIT { NULL, 0, 0, 0 }

glong dossier_code_points (DossierCodePointCursor *cursor,
                           const DossierParagraph *paragraph,
                           gsize                   bytes);

G_END_DECLS
