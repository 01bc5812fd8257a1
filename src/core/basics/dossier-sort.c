/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-sort.h"

#include <string.h>

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

const void *
dossier_sorted_find (const void *table,
                     gsize       count,
                     gsize       size,
                     const char *name)
{
  gsize low = 0;
  gsize high = count;

  while (low < high)
    {
      gsize middle = low + (high - low) / 2;
      const void *element = (const char *) table + middle * size;
      const char *key = *(const char * const *) element;
      int order = (guchar) name[0] - (guchar) key[0];

      if (order == 0 && name[0] != '\0')
        order = strcmp (name + 1, key + 1);
      if (order == 0)
        return element;
      if (order < 0)
        high = middle;
      else
        low = middle + 1;
    }
  return NULL;
}
