/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* For bench/events.py: opens a folder of articles in a real window and,
 * once its events are in, drives the events' pane a step a frame — the
 * timeline zoomed and panned ("timeline"), or the chronology scrolled
 * ("chronology") — timing each frame's work from the frame clock's update
 * phase to its after-paint (layout and drawing).  Prints key=value lines.
 *
 * Usage: dossier-bench-events timeline|chronology FOLDER FRAMES EVENTS */

#include "config.h"

#include <adwaita.h>
#include <stdlib.h>

#include "dossier-chronology.h"
#include "dossier-timeline-pane.h"
#include "dossier-window.h"

typedef struct
{
  DossierWindow *window;
  DossierTimelinePane *pane;
  gboolean chronology;
  guint frames;
  guint expected;
  guint step;
  gint64 frame_start;
  GArray *work;              /* of double, ms */
  GArray *intervals;         /* of double, ms */
  gint64 last_frame_time;
  GMainLoop *loop;
} Bench;

static GtkWidget *
find_type (GtkWidget *root,
           GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (root, type))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return x < y ? -1 : x > y;
}

static double
quantile (GArray *values,
          double  q)
{
  if (values->len == 0)
    return 0;
  g_array_sort (values, compare_doubles);
  return g_array_index (values, double, MIN ((guint) (q * values->len), values->len - 1));
}

/* One step of the pan and zoom: in for a while, across, out again. */
static void
step_timeline (Bench *bench)
{
  DossierTimeline *timeline = dossier_timeline_pane_get_timeline (bench->pane);
  guint phase = bench->step % 120;

  if (phase < 30)
    dossier_timeline_zoom (timeline, 1.12);
  else if (phase < 60)
    dossier_timeline_pan (timeline, 40);
  else if (phase < 90)
    dossier_timeline_pan (timeline, -40);
  else
    dossier_timeline_zoom (timeline, 1 / 1.12);
}

/* One step of the scroll: a third of the view down, back up at the end. */
static void
step_chronology (Bench *bench)
{
  GtkColumnView *view = dossier_chronology_get_view (dossier_timeline_pane_get_chronology (bench->pane));
  GtkScrollable *scrollable = GTK_SCROLLABLE (view);
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (scrollable);
  double value = gtk_adjustment_get_value (adjustment) + gtk_adjustment_get_page_size (adjustment) / 3;

  if (value >= gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment))
    value = 0;
  gtk_adjustment_set_value (adjustment, value);
}

static void
on_update (GdkFrameClock *clock,
           Bench         *bench)
{
  bench->frame_start = g_get_monotonic_time ();
}

static void
on_after_paint (GdkFrameClock *clock,
                Bench         *bench)
{
  gint64 frame_time = gdk_frame_clock_get_frame_time (clock);
  double ms;

  if (bench->frame_start == 0)
    return;
  ms = (g_get_monotonic_time () - bench->frame_start) / 1000.0;
  g_array_append_val (bench->work, ms);
  if (bench->last_frame_time != 0)
    {
      double interval = (frame_time - bench->last_frame_time) / 1000.0;
      g_array_append_val (bench->intervals, interval);
    }
  bench->last_frame_time = frame_time;
  bench->frame_start = 0;
}

static gboolean
tick (GtkWidget     *widget,
      GdkFrameClock *clock,
      gpointer       user_data)
{
  Bench *bench = user_data;

  if (bench->step >= bench->frames)
    {
      g_main_loop_quit (bench->loop);
      return G_SOURCE_REMOVE;
    }
  if (bench->chronology)
    step_chronology (bench);
  else
    step_timeline (bench);
  bench->step++;
  return G_SOURCE_CONTINUE;
}

static gboolean
wait_for_events (gpointer user_data)
{
  Bench *bench = user_data;
  GListModel *events = dossier_timeline_pane_get_events (bench->pane);
  gboolean busy = TRUE;
  GdkFrameClock *clock;

  g_object_get (bench->window, "busy", &busy, NULL);
  if (busy || events == NULL || g_list_model_get_n_items (events) < bench->expected)
    return G_SOURCE_CONTINUE;

  dossier_timeline_pane_set_view (bench->pane, bench->chronology ? "chronology" : "timeline");
  if (!bench->chronology)
    dossier_timeline_show_all (dossier_timeline_pane_get_timeline (bench->pane));
  clock = gtk_widget_get_frame_clock (GTK_WIDGET (bench->window));
  g_signal_connect (clock, "update", G_CALLBACK (on_update), bench);
  g_signal_connect (clock, "after-paint", G_CALLBACK (on_after_paint), bench);
  gtk_widget_add_tick_callback (GTK_WIDGET (bench->pane), tick, bench, NULL);
  return G_SOURCE_REMOVE;
}

int
main (int   argc,
      char *argv[])
{
  Bench bench = { 0 };
  const char *paths[2] = { NULL, NULL };
  gint64 start;

  if (argc != 5)
    {
      g_printerr ("usage: %s timeline|chronology FOLDER FRAMES EVENTS\n", argv[0]);
      return 2;
    }
  gtk_init ();
  adw_init ();
  bench.chronology = g_str_equal (argv[1], "chronology");
  paths[0] = argv[2];
  bench.frames = (guint) atoi (argv[3]);
  bench.expected = (guint) atoi (argv[4]);
  bench.work = g_array_new (FALSE, FALSE, sizeof (double));
  bench.intervals = g_array_new (FALSE, FALSE, sizeof (double));
  bench.loop = g_main_loop_new (NULL, FALSE);

  bench.window = g_object_new (DOSSIER_TYPE_WINDOW, NULL);
  gtk_window_set_default_size (GTK_WINDOW (bench.window), 1400, 900);
  gtk_window_present (GTK_WINDOW (bench.window));
  bench.pane = DOSSIER_TIMELINE_PANE (find_type (GTK_WIDGET (bench.window), DOSSIER_TYPE_TIMELINE_PANE));
  start = g_get_monotonic_time ();
  dossier_window_import (bench.window, paths);
  g_timeout_add (20, wait_for_events, &bench);
  g_main_loop_run (bench.loop);

  g_print ("what=%s\n", bench.chronology ? "scrolled" : "panned and zoomed");
  g_print ("events=%u\n", g_list_model_get_n_items (dossier_timeline_pane_get_events (bench.pane)));
  g_print ("frames=%u\n", bench.work->len);
  g_print ("import_s=%.2f\n", (g_get_monotonic_time () - start) / 1e6);
  g_print ("median_ms=%.2f\n", quantile (bench.work, 0.5));
  g_print ("p95_ms=%.2f\n", quantile (bench.work, 0.95));
  g_print ("max_ms=%.2f\n", quantile (bench.work, 1.0));
  g_print ("interval_median_ms=%.2f\n", quantile (bench.intervals, 0.5));

  gtk_window_destroy (GTK_WINDOW (bench.window));
  g_array_unref (bench.work);
  g_array_unref (bench.intervals);
  g_main_loop_unref (bench.loop);
  return 0;
}
