/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Save As without a window, for check-document-portal.py: opens SOURCE
 * and writes its copy to TARGET as the window's Save As does
 * (dossier_store_save_copy ()).  Exit status 0, or 1 with the reason. */

#include "dossier-store.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(DossierStore) store = NULL;
  g_autoptr(GError) error = NULL;

  if (argc != 3)
    {
      g_printerr ("usage: %s SOURCE TARGET\n", argv[0]);
      return 2;
    }
  store = dossier_store_open (argv[1], FALSE, &error);
  if (store == NULL || !dossier_store_save_copy (store, argv[2], &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  dossier_store_close (store);
  return 0;
}
