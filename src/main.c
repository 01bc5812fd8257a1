/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <signal.h>

#include "dossier-application.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(DossierApplication) application = NULL;

  setlocale (LC_ALL, "");
  /* A write past a file size limit fails with an error the window shows
   * (the disk is full), instead of killing the app mid-write. */
  signal (SIGXFSZ, SIG_IGN);
  /* The analyses run on worker threads, each of which glibc would give a
   * heap of its own that memory freed in another cannot refill: two heaps
   * keep a large dossier's peak some 35 MB lower (bench/README.md, "In
   * the window after both"). */
#ifdef M_ARENA_MAX
  mallopt (M_ARENA_MAX, 2);
#endif
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  application = dossier_application_new ();
  return g_application_run (G_APPLICATION (application), argc, argv);
}
