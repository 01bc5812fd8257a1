/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* make-seed-dossier PATH: a small dossier file for the store fuzzer's
 * corpus — two sources, annotations with notes and tags, corrections of
 * every kind, a colour label — folded into 512-byte pages so the whole
 * file is a few KiB and every byte the fuzzer mutates matters. */

#include <sqlite3.h>
#include <stdio.h>

#include "dossier-store.h"

static void
check (gboolean ok, GError *error)
{
  if (!ok)
    {
      g_printerr ("make-seed-dossier: %s\n", error != NULL ? error->message : "failed");
      exit (1);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(DossierStore) store = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autoptr(GPtrArray) contents = g_ptr_array_new ();
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  GError *error = NULL;
  sqlite3 *db = NULL;
  const char *tags[] = { "fact-check", "Київ", NULL };

  if (argc != 2)
    {
      g_printerr ("usage: make-seed-dossier PATH\n");
      return 2;
    }
  store = dossier_store_open (argv[1], TRUE, &error);
  check (store != NULL, error);

  g_ptr_array_add (names, (gpointer) "/home/researcher/a.txt");
  g_ptr_array_add (contents, g_bytes_new_static ("KYIV (AP) — Ukraine's president said on Monday that talks would resume.\n", 74));
  g_ptr_array_add (names, (gpointer) "https://example.org/news/b.html");
  g_ptr_array_add (contents, g_bytes_new_static ("<html><body><article><p>NATO met in Brussels on 17 October 2024.</p></article></body></html>", 92));
  check (dossier_store_add_sources (store, names, contents, NULL, ids, &error), error);

  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(DossierAnnotation) annotation = dossier_annotation_new (NULL, g_array_index (ids, gint64, i));
      DossierAnchor anchor = { .exact = (char *) "talks", .prefix = (char *) "said that ",
                               .suffix = (char *) " would", .start = 40, .end = 45 };

      dossier_annotation_set_anchor (annotation, &anchor);
      dossier_annotation_set_colour (annotation, i == 0 ? DOSSIER_COLOUR_RED : DOSSIER_COLOUR_BLUE);
      dossier_annotation_set_note (annotation, i == 0 ? "Denied later; see b" : NULL);
      dossier_annotation_set_tags (annotation, tags);
      dossier_annotation_set_orphaned (annotation, i == 1);
      check (dossier_store_save_annotation (store, annotation, &error), error);
    }
  {
    g_autoptr(DossierCorrection) published = dossier_correction_new (DOSSIER_CORRECTION_PUBLISHED, NULL, "2024-10-17");
    g_autoptr(DossierCorrection) rename = dossier_correction_new (DOSSIER_CORRECTION_RENAME, "person:zelenski", "Volodymyr Zelenskyy");
    g_autoptr(DossierCorrection) merge = dossier_correction_new (DOSSIER_CORRECTION_MERGE, "person:z", "person:zelenski");

    check (dossier_store_add_correction (store, g_array_index (ids, gint64, 0), published, &error) > 0, error);
    check (dossier_store_add_correction (store, 0, rename, &error) > 0, error);
    check (dossier_store_add_correction (store, 0, merge, &error) > 0, error);
  }
  check (dossier_store_set_colour_label (store, DOSSIER_COLOUR_RED, "Contradiction", &error), error);
  dossier_store_close (store);

  /* Small pages: the page size cannot change in WAL mode. */
  if (sqlite3_open (argv[1], &db) != SQLITE_OK ||
      sqlite3_exec (db, "PRAGMA journal_mode = DELETE; PRAGMA page_size = 512; VACUUM; PRAGMA journal_mode = WAL;",
                    NULL, NULL, NULL) != SQLITE_OK)
    {
      g_printerr ("make-seed-dossier: %s\n", sqlite3_errmsg (db));
      return 1;
    }
  sqlite3_close (db);
  return 0;
}
