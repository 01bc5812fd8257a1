/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-gazetteer.h"

#include "dossier-core-error.h"

#include <string.h>

/* Generated at build time by tools/gen-gazetteer.py. */
extern const char dossier_gazetteer_data[];
extern const gsize dossier_gazetteer_data_len;

struct _DossierGazetteer
{
  gatomicrefcount ref_count;
  char *storage;               /* one copy of the data; entries point into it */
  GArray *entries;             /* of DossierGazetteerEntry */
  GHashTable *tables[DOSSIER_GAZETTEER_N_KINDS];  /* surface → entry index + 1 */
  guint max_words;
};

static const char * const kind_names[DOSSIER_GAZETTEER_N_KINDS] = {
  "place", "organization", "demonym", "title", "given-name", "name-variant", "not-name",
};

static int
kind_from_name (const char *name)
{
  for (int i = 0; i < DOSSIER_GAZETTEER_N_KINDS; i++)
    if (strcmp (name, kind_names[i]) == 0)
      return i;
  return -1;
}

DossierGazetteer *
dossier_gazetteer_new_from_data (const char *data,
                                 gsize       len,
                                 GError    **error)
{
  g_autoptr(DossierGazetteer) gazetteer = g_new0 (DossierGazetteer, 1);
  char *line, *next;
  guint line_number = 0;

  g_atomic_ref_count_init (&gazetteer->ref_count);
  gazetteer->storage = g_strndup (data, len);
  gazetteer->entries = g_array_new (FALSE, FALSE, sizeof (DossierGazetteerEntry));
  for (int i = 0; i < DOSSIER_GAZETTEER_N_KINDS; i++)
    gazetteer->tables[i] = g_hash_table_new (g_str_hash, g_str_equal);

  for (line = gazetteer->storage; line != NULL && *line != '\0'; line = next)
    {
      char *fields[4] = { NULL };
      char *p = line;
      int kind;
      guint words = 1;

      line_number++;
      next = strchr (line, '\n');
      if (next != NULL)
        *next++ = '\0';
      if (*line == '#' || *line == '\0')
        continue;

      for (int f = 0; f < 4; f++)
        {
          fields[f] = p;
          p = strchr (p, '\t');
          if (p == NULL)
            {
              if (f != 3)
                {
                  g_set_error (error, DOSSIER_CORE_ERROR, DOSSIER_CORE_ERROR_ENCODING,
                               "gazetteer line %u: expected 4 tab-separated fields", line_number);
                  return NULL;
                }
              break;
            }
          *p++ = '\0';
        }

      kind = kind_from_name (fields[0]);
      if (kind < 0 || fields[1][0] == '\0')
        {
          g_set_error (error, DOSSIER_CORE_ERROR, DOSSIER_CORE_ERROR_ENCODING,
                       "gazetteer line %u: unknown kind “%s”", line_number, fields[0]);
          return NULL;
        }

      /* The first record of a surface wins: files list the most likely
       * reading first. */
      if (g_hash_table_contains (gazetteer->tables[kind], fields[1]))
        continue;

      {
        DossierGazetteerEntry entry = { fields[1], fields[2], fields[3] };
        g_array_append_val (gazetteer->entries, entry);
        g_hash_table_insert (gazetteer->tables[kind], fields[1],
                             GUINT_TO_POINTER (gazetteer->entries->len));
      }

      for (const char *c = fields[1]; *c; c++)
        if (*c == ' ')
          words++;
      gazetteer->max_words = MAX (gazetteer->max_words, words);
    }

  return g_steal_pointer (&gazetteer);
}

DossierGazetteer *
dossier_gazetteer_new_default (void)
{
  g_autoptr(GError) error = NULL;
  DossierGazetteer *gazetteer;

  gazetteer = dossier_gazetteer_new_from_data (dossier_gazetteer_data, dossier_gazetteer_data_len, &error);
  /* The data is generated and validated at build time. */
  g_assert_no_error (error);
  return gazetteer;
}

DossierGazetteer *
dossier_gazetteer_ref (DossierGazetteer *gazetteer)
{
  g_return_val_if_fail (gazetteer != NULL, NULL);

  g_atomic_ref_count_inc (&gazetteer->ref_count);
  return gazetteer;
}

void
dossier_gazetteer_unref (DossierGazetteer *gazetteer)
{
  if (gazetteer == NULL || !g_atomic_ref_count_dec (&gazetteer->ref_count))
    return;

  for (int i = 0; i < DOSSIER_GAZETTEER_N_KINDS; i++)
    g_clear_pointer (&gazetteer->tables[i], g_hash_table_unref);
  g_clear_pointer (&gazetteer->entries, g_array_unref);
  g_free (gazetteer->storage);
  g_free (gazetteer);
}

const DossierGazetteerEntry *
dossier_gazetteer_lookup (const DossierGazetteer *gazetteer,
                          DossierGazetteerKind    kind,
                          const char             *surface,
                          gsize                   len)
{
  char buffer[128];
  guint index;

  g_return_val_if_fail (gazetteer != NULL, NULL);
  g_return_val_if_fail (kind < DOSSIER_GAZETTEER_N_KINDS, NULL);

  if (len == 0 || len >= sizeof buffer)
    return NULL;
  memcpy (buffer, surface, len);
  buffer[len] = '\0';
  index = GPOINTER_TO_UINT (g_hash_table_lookup (gazetteer->tables[kind], buffer));
  if (index == 0)
    return NULL;
  return &g_array_index (gazetteer->entries, DossierGazetteerEntry, index - 1);
}

guint
dossier_gazetteer_get_max_words (const DossierGazetteer *gazetteer)
{
  g_return_val_if_fail (gazetteer != NULL, 0);

  return gazetteer->max_words;
}

guint
dossier_gazetteer_get_size (const DossierGazetteer *gazetteer,
                            DossierGazetteerKind    kind)
{
  g_return_val_if_fail (gazetteer != NULL, 0);
  g_return_val_if_fail (kind < DOSSIER_GAZETTEER_N_KINDS, 0);

  return g_hash_table_size (gazetteer->tables[kind]);
}
