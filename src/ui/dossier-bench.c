/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-bench.h"
#include "dossier-window-private.h"

#include "dossier-article.h"
#include "dossier-correction.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

typedef struct
{
  GApplication *application;
  DossierWindow *window;
  char *import_path;
  char *dossier_path;       /* reopen:, correct:, add: the dossier file opened first */
  char *mode;               /* "reopen", "correct" or "add" */
  gint64 t0;
  gint64 action_start;
  DossierCorpus *corpus;    /* the corpus whose change ends the action (a weak pointer: reopening
                             * replaces it) */
  guint opened_items;
  gint64 first_frame;
  gint64 import_start;
  gint64 last_tick;
  gint64 longest_stall;
  guint tick_id;
  guint start_id;
} Bench;

/* The window is gone: nothing is left to measure. */
static void
bench_free (gpointer  data,
            GObject  *where_the_window_was)
{
  Bench *bench = data;

  g_clear_handle_id (&bench->tick_id, g_source_remove);
  g_clear_handle_id (&bench->start_id, g_source_remove);
  g_clear_weak_pointer (&bench->corpus);
  g_free (bench->import_path);
  g_free (bench->dossier_path);
  g_free (bench->mode);
  g_free (bench);
}

static long
peak_rss_kib (void)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL))
    return -1;
  line = strstr (status, "VmHWM:");
  return line ? strtol (line + 6, NULL, 10) : -1;
}

static void
on_startup_paint (GdkFrameClock *clock,
                  Bench         *bench)
{
  gint64 now = g_get_monotonic_time ();
  GListModel *articles = dossier_window_get_article_list (bench->window);

  if (bench->first_frame == 0)
    bench->first_frame = now;
  if (g_list_model_get_n_items (articles) > 0)
    {
      g_print ("first-frame-ms %.1f\n", (bench->first_frame - bench->t0) / 1000.0);
      g_print ("sample-shown-ms %.1f\n", (now - bench->t0) / 1000.0);
      g_signal_handlers_disconnect_by_func (clock, on_startup_paint, bench);
      g_application_quit (bench->application);
    }
}

static void
on_startup_map (GtkWidget *widget,
                Bench     *bench)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_signal_connect (clock, "after-paint", G_CALLBACK (on_startup_paint), bench);
}

static gboolean
on_import_tick (gpointer user_data)
{
  Bench *bench = user_data;
  gint64 now = g_get_monotonic_time ();
  DossierCorpus *corpus = dossier_window_get_corpus (bench->window);

  bench->longest_stall = MAX (bench->longest_stall, now - bench->last_tick);
  bench->last_tick = now;
  if (g_list_model_get_n_items (G_LIST_MODEL (corpus)) > 0 &&
      g_list_model_get_n_items (dossier_window_get_article_list (bench->window)) > 0)
    {
      g_print ("articles %u\n", g_list_model_get_n_items (G_LIST_MODEL (corpus)));
      g_print ("import-s %.3f\n", (now - bench->import_start) / 1e6);
      g_print ("longest-stall-ms %.1f\n", bench->longest_stall / 1000.0);
      g_print ("peak-rss-kib %ld\n", peak_rss_kib ());
      bench->tick_id = 0;
      g_application_quit (bench->application);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static gboolean
start_import (gpointer user_data)
{
  Bench *bench = user_data;
  const char *paths[] = { bench->import_path, NULL };

  bench->start_id = 0;
  bench->import_start = bench->last_tick = g_get_monotonic_time ();
  dossier_window_import (bench->window, paths);
  bench->tick_id = g_timeout_add (1, on_import_tick, bench);
  return G_SOURCE_REMOVE;
}

static void
on_import_map (GtkWidget *widget,
               Bench     *bench)
{
  /* Half a second for the first frames to be drawn. */
  bench->start_id = g_timeout_add (500, start_import, bench);
}

/* Reopening, a correction and an import into a large dossier: the dossier
 * file is opened first (reopen: that is what is timed), then the
 * correction (a publication date fixed) or the import is started and timed
 * until its result is in the corpus and the next frame has been drawn. */
static void
on_action_paint (GdkFrameClock *clock,
                 Bench         *bench)
{
  gint64 now = g_get_monotonic_time ();
  DossierCorpus *corpus = dossier_window_get_corpus (bench->window);

  g_signal_handlers_disconnect_by_func (clock, on_action_paint, bench);
  g_print ("articles %u\n", g_list_model_get_n_items (G_LIST_MODEL (corpus)));
  g_print ("%s-ms %.1f\n", bench->mode, (now - bench->action_start) / 1000.0);
  g_print ("longest-stall-ms %.1f\n", bench->longest_stall / 1000.0);
  g_print ("peak-rss-kib %ld\n", peak_rss_kib ());
  g_application_quit (bench->application);
}

static void on_action_done (GListModel *corpus,
                            guint       position,
                            guint       removed,
                            guint       added,
                            Bench      *bench);

/* Another dossier opened is another corpus, set on the window when it is
 * analysed. */
static void
on_corpus_set (GObject    *window,
               GParamSpec *pspec,
               Bench      *bench)
{
  on_action_done (NULL, 0, 0, 0, bench);
}

static void
on_action_done (GListModel *corpus,
                guint       position,
                guint       removed,
                guint       added,
                Bench      *bench)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (bench->window));

  if (bench->corpus != NULL)
    g_signal_handlers_disconnect_by_func (bench->corpus, on_action_done, bench);
  g_signal_handlers_disconnect_by_func (bench->window, on_corpus_set, bench);
  g_clear_handle_id (&bench->tick_id, g_source_remove);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_action_paint), bench);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
}

static gboolean
on_action_tick (gpointer user_data)
{
  Bench *bench = user_data;
  gint64 now = g_get_monotonic_time ();

  bench->longest_stall = MAX (bench->longest_stall, now - bench->last_tick);
  bench->last_tick = now;
  return G_SOURCE_CONTINUE;
}

static void
start_action (Bench *bench)
{
  DossierCorpus *corpus = dossier_window_get_corpus (bench->window);

  bench->action_start = bench->last_tick = g_get_monotonic_time ();
  bench->longest_stall = 0;
  g_set_weak_pointer (&bench->corpus, corpus);
  g_signal_connect (corpus, "items-changed", G_CALLBACK (on_action_done), bench);
  g_signal_connect (bench->window, "notify::corpus", G_CALLBACK (on_corpus_set), bench);
  bench->tick_id = g_timeout_add (1, on_action_tick, bench);
  if (g_str_equal (bench->mode, "reopen"))
    dossier_window_open_dossier (bench->window, bench->dossier_path);
  else if (g_str_equal (bench->mode, "correct"))
    {
      g_autoptr(DossierArticle) article = g_list_model_get_item (G_LIST_MODEL (corpus), 0);
      g_autoptr(DossierCorrection) correction = dossier_correction_new (DOSSIER_CORRECTION_PUBLISHED, NULL,
                                                                         "2024-10-16");

      /* The toast the window's own date dialog shows. */
      g_autofree char *done = g_strdup_printf (_("Publication date set to %s; its dates are resolved again"),
                                               "16 October 2024");

      _dossier_window_apply_correction (bench->window, dossier_article_get_source_id (article), correction,
                                        done, NULL);
    }
  else
    {
      const char *paths[] = { bench->import_path, NULL };
      dossier_window_import (bench->window, paths);
    }
}

static gboolean
is_busy (DossierWindow *window)
{
  gboolean busy = FALSE;

  g_object_get (window, "busy", &busy, NULL);
  return busy;
}

/* A dossier shown from the results its last analysis kept still finds
 * again, in the background, what the next analysis reuses of each
 * article (DOSSIER_BENCH_AT_ONCE: the action does not wait for it, and
 * waits for it itself). */
static gboolean
is_preparing (DossierCorpus *corpus)
{
  DossierAnalysis *analysis = dossier_corpus_get_analysis (corpus);

  return g_getenv ("DOSSIER_BENCH_AT_ONCE") == NULL && analysis != NULL &&
         dossier_analysis_is_finding_kept (analysis);
}

/* The dossier opened before a correction or an import is fully shown. */
static gboolean
on_opened_tick (gpointer user_data)
{
  Bench *bench = user_data;
  DossierCorpus *corpus = dossier_window_get_corpus (bench->window);

  if (dossier_corpus_get_import_progress (corpus) < 0 && g_list_model_get_n_items (G_LIST_MODEL (corpus)) > 0 &&
      g_list_model_get_n_items (dossier_window_get_article_list (bench->window)) > 0 &&
      !is_busy (bench->window) &&
      g_list_model_get_n_items (G_LIST_MODEL (corpus)) == bench->opened_items &&
      !is_preparing (corpus))
    {
      bench->tick_id = 0;
      start_action (bench);
      return G_SOURCE_REMOVE;
    }
  bench->opened_items = g_list_model_get_n_items (G_LIST_MODEL (corpus));
  return G_SOURCE_CONTINUE;
}

static gboolean
start_open (gpointer user_data)
{
  Bench *bench = user_data;

  bench->start_id = 0;
  if (g_str_equal (bench->mode, "reopen"))
    {
      start_action (bench);
      return G_SOURCE_REMOVE;
    }
  dossier_window_open_dossier (bench->window, bench->dossier_path);
  bench->tick_id = g_timeout_add (50, on_opened_tick, bench);
  return G_SOURCE_REMOVE;
}

static void
on_action_map (GtkWidget *widget,
               Bench     *bench)
{
  bench->start_id = g_timeout_add (500, start_open, bench);
}

gboolean
dossier_bench_start (GApplication  *application,
                     DossierWindow *window)
{
  const char *mode = g_getenv ("DOSSIER_BENCH");
  const char *t0 = g_getenv ("DOSSIER_BENCH_T0");
  Bench *bench;

  g_return_val_if_fail (G_IS_APPLICATION (application), FALSE);
  g_return_val_if_fail (DOSSIER_IS_WINDOW (window), FALSE);

  if (mode == NULL || !(g_str_equal (mode, "startup") || g_str_has_prefix (mode, "import:") ||
                        g_str_has_prefix (mode, "reopen:") || g_str_has_prefix (mode, "correct:") ||
                        g_str_has_prefix (mode, "add:")))
    return FALSE;

  bench = g_new0 (Bench, 1);
  bench->application = application;
  bench->window = window;
  bench->t0 = g_ascii_strtoll (t0 != NULL ? t0 : "0", NULL, 10);
  g_object_weak_ref (G_OBJECT (window), bench_free, bench);

  if (g_str_equal (mode, "startup"))
    {
      g_signal_connect (window, "map", G_CALLBACK (on_startup_map), bench);
      dossier_window_open_sample (window);
    }
  else if (!g_str_has_prefix (mode, "import:"))
    {
      /* reopen:FILE, correct:FILE, add:FILE:FOLDER */
      g_auto(GStrv) parts = g_strsplit (mode, ":", 3);

      bench->mode = g_strdup (parts[0]);
      bench->dossier_path = g_strdup (parts[1]);
      bench->import_path = g_strdup (parts[1] != NULL ? parts[2] : NULL);
      g_signal_connect (window, "map", G_CALLBACK (on_action_map), bench);
    }
  else
    {
      /* As a person would: the window is up, then they import. */
      bench->import_path = g_strdup (mode + strlen ("import:"));
      g_signal_connect (window, "map", G_CALLBACK (on_import_map), bench);
    }
  return TRUE;
}
