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

guint32
dossier_name_hash (const char *name,
                   gsize       len)
{
  guint32 hash = 2166136261u;

  for (gsize i = 0; i < len; i++)
    hash = (hash ^ (guchar) name[i]) * 16777619u;
  return hash;
}

void
dossier_name_index_init (DossierNameIndex *index,
                         const void       *table,
                         gsize             count,
                         gsize             size)
{
  guint32 n_slots = 16;
  guint32 *slots;

  while (n_slots < 2 * count)
    n_slots *= 2;
  slots = g_new0 (guint32, n_slots);
  for (gsize i = 0; i < count; i++)
    {
      const char *name = *(const char * const *) (const void *) ((const char *) table + i * size);
      guint32 slot = dossier_name_hash (name, strlen (name)) & (n_slots - 1);

      /* Sorted without repeats, as dossier_sorted_find () needs: then both
       * find the same element. */
      g_assert (i == 0 || strcmp (*(const char * const *) (const void *) ((const char *) table + (i - 1) * size),
                                  name) < 0);
      while (slots[slot] != 0)
        slot = (slot + 1) & (n_slots - 1);
      slots[slot] = i + 1;
    }
  index->slots = slots;
  index->mask = n_slots - 1;
}

const void *
dossier_name_index_find (const DossierNameIndex *index,
                         const void             *table,
                         gsize                   size,
                         const char             *name,
                         gsize                   len)
{
  for (guint32 slot = dossier_name_hash (name, len) & index->mask; index->slots[slot] != 0;
       slot = (slot + 1) & index->mask)
    {
      const void *element = (const char *) table + (gsize) (index->slots[slot] - 1) * size;
      const char *key = *(const char * const *) element;

      if (strncmp (key, name, len) == 0 && key[len] == '\0')
        return element;
    }
  return NULL;
}
