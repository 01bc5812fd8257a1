/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-sort.h"

int
dossier_compare_uint (gconstpointer a,
                      gconstpointer b)
{
  guint ua = *(const guint *) a, ub = *(const guint *) b;

  return ua < ub ? -1 : ua > ub;
}

int
dossier_compare_int (gconstpointer a,
                     gconstpointer b)
{
  int ia = *(const int *) a, ib = *(const int *) b;

  return ia < ib ? -1 : ia > ib;
}
