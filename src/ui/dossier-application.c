/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-application.h"

#include <glib/gi18n.h>

#include "dossier-bench.h"
#include "dossier-palette.h"
#include "dossier-window.h"
#include "dossier-ui-resources.h"

struct _DossierApplication
{
  AdwApplication parent_instance;

  GSettings *settings;
};

G_DEFINE_FINAL_TYPE (DossierApplication, dossier_application, ADW_TYPE_APPLICATION)

/* Each window is closed as its close button closes it, so that one with
 * an untitled dossier may ask where to keep it; the application ends
 * with its last window. */
static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (user_data)));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
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

static void
dossier_application_activate (GApplication *application)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window == NULL)
    {
      DossierApplication *self = DOSSIER_APPLICATION (application);
      g_autofree char *last = g_settings_get_string (self->settings, "last-dossier");

      window = GTK_WINDOW (dossier_window_new (ADW_APPLICATION (application)));
      /* The dossier open last time; with none (or one gone), the sample.
       * Measured runs (bench/app.py) start as they ask. */
      if (!dossier_bench_start (application, DOSSIER_WINDOW (window)) &&
          (*last == '\0' || !dossier_window_open_last (DOSSIER_WINDOW (window), last)))
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
  show_timeline = g_settings_create_action (self->settings, "show-timeline");
  g_action_map_add_action (G_ACTION_MAP (application), sort_by);
  g_action_map_add_action (G_ACTION_MAP (application), show_timeline);

  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "win.show-inspector", inspector_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "app.show-timeline", timeline_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (application), "window.close", close_accels);
}

/* An application told to quit with its windows open (the benchmark's
 * runs) still keeps their last analyses in their dossier files. */
static void
dossier_application_shutdown (GApplication *application)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (application)); l != NULL; l = l->next)
    if (DOSSIER_IS_WINDOW (l->data))
      dossier_corpus_finish_keeping (dossier_window_get_corpus (l->data));
  G_APPLICATION_CLASS (dossier_application_parent_class)->shutdown (application);
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
  application_class->shutdown = dossier_application_shutdown;
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
