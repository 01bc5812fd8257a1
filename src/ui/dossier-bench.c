/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-bench.h"

#include <stdlib.h>
#include <string.h>

typedef struct
{
  GApplication *application;
  DossierWindow *window;
  char *import_path;
  gint64 t0;
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
  g_free (bench->import_path);
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

gboolean
dossier_bench_start (GApplication  *application,
                     DossierWindow *window)
{
  const char *mode = g_getenv ("DOSSIER_BENCH");
  const char *t0 = g_getenv ("DOSSIER_BENCH_T0");
  Bench *bench;

  g_return_val_if_fail (G_IS_APPLICATION (application), FALSE);
  g_return_val_if_fail (DOSSIER_IS_WINDOW (window), FALSE);

  if (mode == NULL || !(g_str_equal (mode, "startup") || g_str_has_prefix (mode, "import:")))
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
  else
    {
      /* As a person would: the window is up, then they import. */
      bench->import_path = g_strdup (mode + strlen ("import:"));
      g_signal_connect (window, "map", G_CALLBACK (on_import_map), bench);
    }
  return TRUE;
}
