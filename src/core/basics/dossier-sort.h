/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Comparison functions for g_array_sort () and qsort () of plain numbers. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

int dossier_compare_uint (gconstpointer a,
                          gconstpointer b);
int dossier_compare_int  (gconstpointer a,
                          gconstpointer b);

G_END_DECLS
