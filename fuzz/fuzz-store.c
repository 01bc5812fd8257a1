/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-fuzz.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <glib/gstdio.h>

#include "dossier-store.h"

/* One file, rewritten for each input: in /dev/shm when there is one, so
 * SQLite's synchronous writes cost nothing. */
static char *store_dir;
static char *store_path;

static void
remove_file (const char *suffix)
{
  g_autofree char *path = g_strconcat (store_path, suffix, NULL);
  g_unlink (path);
}

static void
remove_store (void)
{
  remove_file ("");
  remove_file ("-wal");
  remove_file ("-shm");
  remove_file ("-journal");
  g_rmdir (store_dir);
}

int
dossier_fuzz_store (const guint8 *data,
                    gsize         size)
{
  g_autoptr(DossierStore) store = NULL;
  g_autoptr(GError) error = NULL;
  FILE *file;

  if (store_path == NULL)
    {
      g_autofree char *template = g_build_filename (g_file_test ("/dev/shm", G_FILE_TEST_IS_DIR) ? "/dev/shm" : g_get_tmp_dir (),
                                                    "dossier-fuzz-XXXXXX", NULL);
      store_dir = g_mkdtemp (g_steal_pointer (&template));
      g_assert_nonnull (store_dir);
      store_path = g_build_filename (store_dir, "fuzz.dossier", NULL);
      atexit (remove_store);
    }

  /* A log left by the last input would be read with this one. */
  remove_file ("-wal");
  remove_file ("-shm");
  remove_file ("-journal");
  file = fopen (store_path, "wb");
  g_assert_nonnull (file);
  g_assert_cmpuint (fwrite (data, 1, size, file), ==, size);
  g_assert_cmpint (fclose (file), ==, 0);

  store = dossier_store_open (store_path, FALSE, &error);
  g_assert ((store == NULL) != (error == NULL));
  if (store != NULL)
    {
      g_autoptr(GError) sources_error = NULL;
      g_autoptr(GError) annotations_error = NULL;
      g_autoptr(GError) corrections_error = NULL;
      g_autoptr(GPtrArray) sources = dossier_store_list_sources (store, &sources_error);
      g_autoptr(GPtrArray) annotations = dossier_store_list_annotations (store, &annotations_error);
      g_autoptr(GPtrArray) corrections = dossier_store_list_corrections (store, &corrections_error);

      /* A list, or an error saying why not. */
      g_assert ((sources == NULL) != (sources_error == NULL));
      g_assert ((annotations == NULL) != (annotations_error == NULL));
      g_assert ((corrections == NULL) != (corrections_error == NULL));
      dossier_store_count_sources (store);
      for (DossierColour colour = 0; colour < DOSSIER_N_COLOURS; colour++)
        g_free (dossier_store_dup_colour_label (store, colour));
      dossier_store_close (store);
    }
  return 0;
}
