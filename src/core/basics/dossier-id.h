/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The ids articles, entities and events carry outside the core — in the
 * JSON, the CSV, annotation targets and the CLI's options: a letter for the
 * kind and the item's 1-based number ("a1", "e12", "v3").  Inside, items
 * are 0-based indices; these functions are the one place that adds the 1. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  DOSSIER_ID_ARTICLE = 'a',
  DOSSIER_ID_ENTITY = 'e',
  DOSSIER_ID_EVENT = 'v',
} DossierIdKind;

/* Room for any id: a letter, ten digits and the NUL. */
#define DOSSIER_ID_SIZE 16

/* The number in the id of the item at 0-based @index: 3 for "a3", what
 * people see where an id is shown in their words ("Article 3", "A3").
 * An index of an array is below G_MAXUINT, so its number fits a guint. */
guint       dossier_id_number (guint         index);
/* Writes the id of the item at 0-based @index into @buffer and returns
 * it.  Without printf: an article writes an id for every mention. */
const char *dossier_id_format (char          buffer[DOSSIER_ID_SIZE],
                               DossierIdKind kind,
                               guint         index);
char       *dossier_id_dup    (DossierIdKind kind,
                               guint         index);
/* The 0-based index an id names, when it is of @kind and its number is
 * 1 to @count; FALSE for anything else. */
gboolean    dossier_id_parse  (const char   *id,
                               DossierIdKind kind,
                               guint         count,
                               guint        *index);

G_END_DECLS
