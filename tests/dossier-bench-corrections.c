/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* A large dossier's analyses without a window: opens a dossier file,
 * corrects the first article's publication date twice (each time until
 * the new analysis is in), then imports a folder into it; prints each
 * step's wall-clock and CPU time (all threads) and how many articles the
 * analysis took as the one before kept them.  The dossier file is
 * changed: give it a copy.  (G_MESSAGES_DEBUG=dossier-core makes the
 * analysis tell when each of its steps ended, but the debugging messages
 * of the events' decisions then take much of the time.)
 *
 * Usage: dossier-bench-corrections FILE.dossier [FOLDER] */

#include "config.h"

#include <stdio.h>
#include <sys/resource.h>

#include "dossier-article.h"
#include "dossier-corpus.h"
#include "dossier-store.h"

static double
cpu_ms (void)
{
  struct rusage usage;

  getrusage (RUSAGE_SELF, &usage);
  return (usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000.0 +
         (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000.0;
}

static void
report (const char    *step,
        DossierCorpus *corpus,
        gint64         start,
        double         cpu_start)
{
  DossierAnalysis *analysis = dossier_corpus_get_analysis (corpus);

  g_print ("%-8s %8.0f ms  cpu %8.0f ms  articles %u  taken as kept %u\n", step,
           (g_get_monotonic_time () - start) / 1000.0, cpu_ms () - cpu_start,
           g_list_model_get_n_items (G_LIST_MODEL (corpus)), dossier_analysis_get_n_reused (analysis));
}

int
main (int    argc,
      char **argv)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierStore) store = NULL;
  g_autoptr(DossierCorpus) corpus = NULL;
  const char *dates[] = { "2024-10-16", "2024-10-15" };
  gint64 start;
  double cpu_start;

  if (argc < 2)
    {
      g_printerr ("usage: %s FILE.dossier [FOLDER]\n", argv[0]);
      return 2;
    }
  store = dossier_store_open (argv[1], FALSE, &error);
  if (store == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  corpus = dossier_corpus_new ();
  start = g_get_monotonic_time ();
  cpu_start = cpu_ms ();
  if (!dossier_corpus_open (corpus, store, NULL, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  report ("open", corpus, start, cpu_start);

  for (guint i = 0; i < G_N_ELEMENTS (dates) && g_list_model_get_n_items (G_LIST_MODEL (corpus)) > 0; i++)
    {
      g_autoptr(DossierArticle) article = g_list_model_get_item (G_LIST_MODEL (corpus), 0);
      g_autoptr(DossierCorrection) correction = dossier_correction_new (DOSSIER_CORRECTION_PUBLISHED, NULL, dates[i]);
      const char *none[] = { NULL };

      start = g_get_monotonic_time ();
      cpu_start = cpu_ms ();
      if (dossier_corpus_add_correction (corpus, dossier_article_get_source_id (article), correction, &error) < 0 ||
          !dossier_corpus_import (corpus, none, NULL, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      report ("correct", corpus, start, cpu_start);
    }

  if (argc > 2)
    {
      const char *paths[] = { argv[2], NULL };

      start = g_get_monotonic_time ();
      cpu_start = cpu_ms ();
      if (!dossier_corpus_import (corpus, paths, NULL, NULL, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      report ("add", corpus, start, cpu_start);
    }
  return 0;
}
