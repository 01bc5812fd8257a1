/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-export-options.h"

#include <stdlib.h>

DossierExportOptions *
dossier_export_options_new (DossierExportFormat format)
{
  DossierExportOptions *options = g_new0 (DossierExportOptions, 1);

  options->format = format;
  options->contents = DOSSIER_EXPORT_EVERYTHING;
  options->tables = DOSSIER_CSV_ALL;
  for (guint c = 0; c < DOSSIER_N_COLOURS; c++)
    options->colour_labels[c] = g_strdup (dossier_colour_get_default_label (c));
  return options;
}

DossierExportOptions *
dossier_export_options_copy (const DossierExportOptions *options)
{
  DossierExportOptions *copy;

  g_return_val_if_fail (options != NULL, NULL);

  copy = g_new0 (DossierExportOptions, 1);
  copy->format = options->format;
  copy->contents = options->contents;
  copy->tables = options->tables;
  copy->title = g_strdup (options->title);
  if (options->articles != NULL)
    {
      copy->articles = g_array_sized_new (FALSE, FALSE, sizeof (guint), options->articles->len);
      g_array_append_vals (copy->articles, options->articles->data, options->articles->len);
    }
  if (options->annotations != NULL)
    {
      copy->annotations = g_ptr_array_new_with_free_func (g_object_unref);
      for (guint i = 0; i < options->annotations->len; i++)
        g_ptr_array_add (copy->annotations,
                         dossier_annotation_copy (g_ptr_array_index (options->annotations, i)));
    }
  for (guint c = 0; c < DOSSIER_N_COLOURS; c++)
    copy->colour_labels[c] = g_strdup (options->colour_labels[c]);
  return copy;
}

void
dossier_export_options_free (DossierExportOptions *options)
{
  if (options == NULL)
    return;
  g_free (options->title);
  g_clear_pointer (&options->articles, g_array_unref);
  g_clear_pointer (&options->annotations, g_ptr_array_unref);
  for (guint c = 0; c < DOSSIER_N_COLOURS; c++)
    g_free (options->colour_labels[c]);
  g_free (options);
}

static int
compare_indices (gconstpointer a,
                 gconstpointer b)
{
  guint ia = *(const guint *) a, ib = *(const guint *) b;

  return ia < ib ? -1 : ia > ib;
}

gboolean
dossier_export_options_includes (const DossierExportOptions *options,
                                 guint                       index)
{
  g_return_val_if_fail (options != NULL, FALSE);

  if (options->articles == NULL)
    return TRUE;
  return bsearch (&index, options->articles->data, options->articles->len, sizeof (guint),
                  compare_indices) != NULL;
}

void
dossier_export_options_sort_articles (GArray *articles)
{
  guint kept = 0;

  g_return_if_fail (articles != NULL);
  g_return_if_fail (g_array_get_element_size (articles) == sizeof (guint));

  g_array_sort (articles, compare_indices);
  for (guint i = 0; i < articles->len; i++)
    if (kept == 0 || g_array_index (articles, guint, i) != g_array_index (articles, guint, kept - 1))
      g_array_index (articles, guint, kept++) = g_array_index (articles, guint, i);
  g_array_set_size (articles, kept);
}
