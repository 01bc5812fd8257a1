/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* A writer for the crash-safety test: saves annotations to a dossier as
 * fast as it can and prints each one's id once its save has returned
 * (committed), until it is killed. */

#include <stdio.h>

#include "dossier-store.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(DossierStore) store = NULL;
  g_autoptr(GPtrArray) sources = NULL;
  g_autoptr(GError) error = NULL;
  gint64 source;

  if (argc != 2)
    {
      g_printerr ("usage: %s DOSSIER\n", argv[0]);
      return 2;
    }
  store = dossier_store_open (argv[1], FALSE, &error);
  if (store != NULL)
    sources = dossier_store_list_sources (store, &error);
  if (sources == NULL || sources->len == 0)
    {
      g_printerr ("%s\n", error != NULL ? error->message : "no sources");
      return 1;
    }
  source = ((DossierStoredSource *) g_ptr_array_index (sources, 0))->id;

  for (guint i = 0;; i++)
    {
      g_autoptr(DossierAnnotation) annotation = dossier_annotation_new (NULL, source);
      g_autofree char *note = g_strdup_printf ("note %u, with “quotes”, commas\nand a new line", i);
      DossierAnchor anchor = { "exact words", "before ", " after", i, i + 11 };
      const char *tags[] = { "burst", NULL };

      dossier_annotation_set_anchor (annotation, &anchor);
      dossier_annotation_set_note (annotation, note);
      dossier_annotation_set_tags (annotation, tags);
      dossier_annotation_set_colour (annotation, i % DOSSIER_N_COLOURS);
      if (!dossier_store_save_annotation (store, annotation, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      printf ("%s\n", dossier_annotation_get_id (annotation));
      fflush (stdout);
    }
  return 0;
}
