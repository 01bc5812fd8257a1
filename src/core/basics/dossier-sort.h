/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Comparison functions for g_array_sort () and qsort () of plain numbers,
 * and the search of tables sorted by name. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

int dossier_compare_uint (gconstpointer a,
                          gconstpointer b);
int dossier_compare_int  (gconstpointer a,
                          gconstpointer b);

/* The element of @table (@count elements of @size bytes, sorted in
 * strcmp () order of their first member, a string) whose name is @name,
 * or NULL: a bisection, most probes settled by the first byte. */
const void *dossier_sorted_find (const void *table,
                                 gsize       count,
                                 gsize       size,
                                 const char *name);

/* A hash index of such a table, for look-ups that come by the thousand
 * (every word of a text): a name is hashed once (FNV-1a) instead of
 * compared at every step of a bisection.  Per slot, an element's index
 * + 1 (0 for an empty slot); a name's first slot is its hash & @mask.
 * Generated tables come with theirs (the generators compute the same
 * hash); dossier_name_index_init () makes one for a table of the code. */
typedef struct
{
  const guint32 *slots;
  guint32 mask;
} DossierNameIndex;

guint32     dossier_name_hash       (const char             *name,
                                     gsize                   len);
/* Makes @index for @table (as for dossier_sorted_find ()); its memory is
 * never freed: it is for constant tables, made once per process. */
void        dossier_name_index_init (DossierNameIndex       *index,
                                     const void             *table,
                                     gsize                   count,
                                     gsize                   size);
/* The element of @table named by the @len bytes at @name, or NULL: what
 * dossier_sorted_find () finds for that name. */
const void *dossier_name_index_find (const DossierNameIndex *index,
                                     const void             *table,
                                     gsize                   size,
                                     const char             *name,
                                     gsize                   len);

G_END_DECLS
