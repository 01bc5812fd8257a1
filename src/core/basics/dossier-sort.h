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

G_END_DECLS
