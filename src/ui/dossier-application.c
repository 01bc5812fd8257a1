/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-application.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "dossier-palette.h"
#include "dossier-window.h"
#include "dossier-ui-resources.h"

struct _DossierApplication
{
  AdwApplication parent_instance;

  GSettings *settings;
};

G_DEFINE_FINAL_TYPE (DossierApplication, dossier_application, ADW_TYPE_APPLICATION)

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

/* The About window says what the metainfo says: its name, summary,
 * developer, URLs and the notes of the current release. */
static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  GtkApplication *application = user_data;
  const char *developers[] = { _("The Dossier authors"), NULL };
  GtkWidget *about = adw_about_window_new ();

  adw_about_window_set_application_name (ADW_ABOUT_WINDOW (about), _("Dossier"));
  adw_about_window_set_application_icon (ADW_ABOUT_WINDOW (about), APP_ID);
  adw_about_window_set_version (ADW_ABOUT_WINDOW (about), PACKAGE_VERSION);
  adw_about_window_set_comments (ADW_ABOUT_WINDOW (about), _("Read the coverage of one story across outlets"));
  adw_about_window_set_developer_name (ADW_ABOUT_WINDOW (about), _("The Dossier authors"));
  adw_about_window_set_developers (ADW_ABOUT_WINDOW (about), developers);
  adw_about_window_set_website (ADW_ABOUT_WINDOW (about), PACKAGE_WEBSITE);
  adw_about_window_set_issue_url (ADW_ABOUT_WINDOW (about), PACKAGE_BUGREPORT);
  adw_about_window_set_release_notes_version (ADW_ABOUT_WINDOW (about), PACKAGE_VERSION);
  adw_about_window_set_release_notes (ADW_ABOUT_WINDOW (about),
                                      _("<p>The first release: import, cleaning, entities, dates, quotes and the "
                                        "timeline, in a window and on the command line.</p>"));
  /* Translators: your names, one per line, as "Name <email>" or "Name https://…". */
  adw_about_window_set_translator_credits (ADW_ABOUT_WINDOW (about), _("translator-credits"));
  adw_about_window_set_license_type (ADW_ABOUT_WINDOW (about), GTK_LICENSE_GPL_3_0);
  adw_about_window_set_copyright (ADW_ABOUT_WINDOW (about), _("© 2026 The Dossier authors"));
  gtk_window_set_transient_for (GTK_WINDOW (about), gtk_application_get_active_window (application));
  gtk_window_present (GTK_WINDOW (about));
}

/* Measurements for bench/app.py, asked for with DOSSIER_BENCH:
 * "startup" reports when the first frame and the first frame showing the
 * sample's articles were drawn, counted from DOSSIER_BENCH_T0 (the
 * CLOCK_MONOTONIC microseconds at which the script started the process);
 * "import:DIR" imports DIR and reports the time it took, the longest the
 * main loop went without running (its stall) and the peak memory.  Then
 * the application quits. */
typedef struct
{
  GApplication *application;
  DossierWindow *window;
  gint64 t0;
  gint64 first_frame;
  gint64 import_start;
  gint64 last_tick;
  gint64 longest_stall;
  guint tick_id;
} Bench;

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
on_bench_paint (GdkFrameClock *clock,
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
      g_signal_handlers_disconnect_by_func (clock, on_bench_paint, bench);
      g_application_quit (bench->application);
    }
}

static void
on_bench_map (GtkWidget *widget,
              Bench     *bench)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

  g_signal_connect (clock, "after-paint", G_CALLBACK (on_bench_paint), bench);
}

static gboolean
on_bench_tick (gpointer user_data)
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
start_bench_import (gpointer user_data)
{
  Bench *bench = user_data;
  const char *paths[] = { g_getenv ("DOSSIER_BENCH") + strlen ("import:"), NULL };

  bench->import_start = bench->last_tick = g_get_monotonic_time ();
  dossier_window_import (bench->window, paths);
  bench->tick_id = g_timeout_add (1, on_bench_tick, bench);
  return G_SOURCE_REMOVE;
}

static void
on_bench_import_map (GtkWidget *widget,
                     Bench     *bench)
{
  /* Half a second for the first frames to be drawn. */
  g_timeout_add (500, start_bench_import, bench);
}

static gboolean
start_bench (GApplication  *application,
             DossierWindow *window)
{
  const char *mode = g_getenv ("DOSSIER_BENCH");
  Bench *bench;

  if (mode == NULL)
    return FALSE;

  bench = g_new0 (Bench, 1);
  bench->application = application;
  bench->window = window;
  bench->t0 = g_ascii_strtoll (g_getenv ("DOSSIER_BENCH_T0") ? g_getenv ("DOSSIER_BENCH_T0") : "0", NULL, 10);
  g_object_set_data_full (G_OBJECT (window), "dossier-bench", bench, g_free);

  if (g_str_equal (mode, "startup"))
    {
      g_signal_connect (window, "map", G_CALLBACK (on_bench_map), bench);
      dossier_window_open_sample (window);
      return TRUE;
    }
  if (g_str_has_prefix (mode, "import:"))
    {
      /* As a person would: the window is up, then they import. */
      g_signal_connect (window, "map", G_CALLBACK (on_bench_import_map), bench);
      return TRUE;
    }
  return FALSE;
}

static void
dossier_application_activate (GApplication *application)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window == NULL)
    {
      DossierApplication *self = DOSSIER_APPLICATION (application);
      g_autofree char *last = g_settings_get_string (self->settings, "last-dossier");

      window = GTK_WINDOW (dossier_window_new (ADW_APPLICATION (application)));
      /* The dossier open last time; with none (or one gone), the sample. */
      if (!start_bench (application, DOSSIER_WINDOW (window)) &&
          (*last == '\0' || !g_file_test (last, G_FILE_TEST_EXISTS) ||
           !dossier_window_open_dossier (DOSSIER_WINDOW (window), last)))
        dossier_window_open_sample (DOSSIER_WINDOW (window));
    }
  gtk_window_present (window);
}

static void
dossier_application_open (GApplication  *application,
                          GFile        **files,
                          int            n_files,
                          const char    *hint)
{
  DossierWindow *window = dossier_window_new (ADW_APPLICATION (application));
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  gboolean opened = FALSE;

  /* A dossier file is opened (the first one given); articles are imported. */
  for (int i = 0; i < n_files; i++)
    {
      char *path = g_file_get_path (files[i]);
      if (path == NULL)
        continue;
      if (!opened && g_str_has_suffix (path, ".dossier"))
        {
          opened = dossier_window_open_dossier (window, path);
          g_free (path);
        }
      else
        g_ptr_array_add (paths, path);
    }
  g_ptr_array_add (paths, NULL);
  if (paths->len > 1)
    dossier_window_import (window, (const char * const *) paths->pdata);
  else if (!opened)
    dossier_window_open_sample (window);
  gtk_window_present (GTK_WINDOW (window));
}

static void
dossier_application_startup (GApplication *application)
{
  DossierApplication *self = DOSSIER_APPLICATION (application);
  static const GActionEntry entries[] = {
    { "quit", quit_action },
    { "about", about_action },
  };
  static const char *quit_accels[] = { "<Control>q", NULL };
  static const char *inspector_accels[] = { "F9", NULL };
  static const char *timeline_accels[] = { "<Control>t", NULL };
  static const char *close_accels[] = { "<Control>w", NULL };
  g_autoptr(GAction) sort_by = NULL;
  g_autoptr(GAction) show_inspector = NULL;
  g_autoptr(GAction) show_timeline = NULL;
  g_autoptr(GtkCssProvider) palette = gtk_css_provider_new ();
  g_autofree char *palette_css = dossier_palette_dup_css ();

  G_APPLICATION_CLASS (dossier_application_parent_class)->startup (application);

  /* The palette's colours, beside style.css (which AdwApplication loads). */
  gtk_css_provider_load_from_data (palette, palette_css, -1);
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (palette),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);

  self->settings = g_settings_new (SCHEMA_ID);
  g_action_map_add_action_entries (G_ACTION_MAP (application), entries, G_N_ELEMENTS (entries), application);
  sort_by = g_settings_create_action (self->settings, "sort-by");
  show_inspector = g_settings_create_action (self->settings, "show-inspector");
  show_timeline = g_settings_create_action (self->settings, "show-timeline");
  g_action_map_add_action (G_ACTION_MAP (application), sort_by);
  g_action_map_add_action (G_ACTION_MAP (application), show_inspector);
  g_action_map_add_action (G_ACTION_MAP (application), show_timeline);

  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.show-inspector", inspector_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.show-timeline", timeline_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "window.close", close_accels);
}

static void
dossier_application_dispose (GObject *object)
{
  DossierApplication *self = DOSSIER_APPLICATION (object);

  g_clear_object (&self->settings);
  G_OBJECT_CLASS (dossier_application_parent_class)->dispose (object);
}

static void
dossier_application_class_init (DossierApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *application_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = dossier_application_dispose;
  application_class->activate = dossier_application_activate;
  application_class->open = dossier_application_open;
  application_class->startup = dossier_application_startup;
}

static void
dossier_application_init (DossierApplication *self)
{
  /* Resources in a static library are not registered by a constructor the
   * linker keeps, so register them by hand before startup looks for
   * style.css and the shortcuts window. */
  g_resources_register (dossier_ui_get_resource ());
}

DossierApplication *
dossier_application_new (void)
{
  return g_object_new (DOSSIER_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/dossierapp/Dossier",
                       NULL);
}
