/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The window's dossier files: the sample, new and untitled ones, opening
 * one (chosen, or from the recent ones), saving one elsewhere, and what
 * leaves the window as files (exports).  A dossier is read and analysed
 * on a worker; every load, import and new analysis ends in
 * _dossier_window_loaded (), which shows the result. */

#include "config.h"

#include "dossier-window.h"
#include "dossier-window-private.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "dossier-export-dialog.h"
#include "dossier-source.h"

/* Where dossiers live that the researcher has not placed yet: the
 * sample, and new ones until "Save As". */
static char *
dossiers_dir (void)
{
  char *dir = g_build_filename (g_get_user_data_dir (), "dossier", NULL);

  g_mkdir_with_parents (dir, 0700);
  return dir;
}

static char *
sample_path (void)
{
  g_autofree char *dir = dossiers_dir ();
  return g_build_filename (dir, "Sample.dossier", NULL);
}

static gboolean
is_untitled (const char *path)
{
  g_autofree char *dir = dossiers_dir ();
  g_autofree char *parent = g_path_get_dirname (path);
  g_autofree char *sample = sample_path ();

  return g_strcmp0 (dir, parent) == 0 && g_strcmp0 (path, sample) != 0;
}

static char *
untitled_path (void)
{
  g_autofree char *dir = dossiers_dir ();

  for (guint n = 1;; n++)
    {
      /* Translators: the name of a new dossier file; %u counts them from 2. */
      g_autofree char *name = n == 1 ? g_strdup (_("Untitled Dossier"))
                                     : g_strdup_printf (_("Untitled Dossier %u"), n);
      g_autofree char *file = g_strconcat (name, ".dossier", NULL);
      char *path = g_build_filename (dir, file, NULL);

      if (!g_file_test (path, G_FILE_TEST_EXISTS))
        return path;
      g_free (path);
    }
}

static void
remove_dossier_file (const char *path)
{
  static const char *suffixes[] = { "", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_unlink (file);
    }
}

static void
update_recent_menu (DossierWindow *self)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-dossiers");

  g_menu_remove_all (self->recent_menu);
  for (guint i = 0; recent[i] != NULL && i < 8; i++)
    {
      g_autofree char *base = g_path_get_basename (recent[i]);
      g_autoptr(GMenuItem) item = NULL;

      if (!g_file_test (recent[i], G_FILE_TEST_EXISTS))
        continue;
      if (g_str_has_suffix (base, ".dossier"))
        base[strlen (base) - strlen (".dossier")] = '\0';
      item = g_menu_item_new (base, NULL);
      g_menu_item_set_action_and_target_value (item, "win.open-recent", g_variant_new_string (recent[i]));
      g_menu_append_item (self->recent_menu, item);
    }
}

static void
on_recent_changed (DossierWindow *self,
                   const char    *key,
                   GSettings     *settings)
{
  update_recent_menu (self);
}

/* The dossier reopens at the next start, and heads the recent ones. */
static void
remember (DossierWindow *self,
          const char    *path,
          gboolean       sample)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-dossiers");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) updated = NULL;
  guint n = 1;

  g_settings_set_string (self->settings, "last-dossier", sample ? "" : path);
  if (sample)
    return;
  g_strv_builder_add (builder, path);
  for (guint i = 0; recent[i] != NULL && n < 8; i++)
    if (g_strcmp0 (recent[i], path) != 0)
      {
        g_strv_builder_add (builder, recent[i]);
        n++;
      }
  updated = g_strv_builder_end (builder);
  g_settings_set_strv (self->settings, "recent-dossiers", (const char * const *) updated);
}

void
_dossier_window_files_init (DossierWindow *self)
{
  update_recent_menu (self);
  g_signal_connect_object (self->settings, "changed::recent-dossiers", G_CALLBACK (on_recent_changed), self,
                           G_CONNECT_SWAPPED);
}

/* Shows what a load, an import or a new analysis of @source (a
 * DossierCorpus) made: the corpus, if it is a new one, with toasts for
 * what could not be read; the article read stays the one shown. */
void
_dossier_window_loaded (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  g_autoptr(DossierWindow) self = user_data;
  DossierCorpus *corpus = DOSSIER_CORPUS (source);
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(GError) error = NULL;
  guint before = g_list_model_get_n_items (G_LIST_MODEL (self->corpus));

  _dossier_window_set_busy (self, FALSE);
  g_clear_object (&self->importing);
  if (!dossier_corpus_import_finish (corpus, result, &failures, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        _dossier_window_toast (self, error->message);
      return;
    }
  g_object_set (self, "corpus", corpus, NULL);

  for (guint i = 0; failures != NULL && i < failures->len; i++)
    {
      GError *failure = g_ptr_array_index (failures, i);
      g_autofree char *message = g_strdup_printf (_("Could not import %s"), failure->message);
      _dossier_window_toast (self, message);
    }

  /* An untitled dossier saved elsewhere is closed now: remove it. */
  if (self->delete_after_open != NULL)
    {
      remove_dossier_file (self->delete_after_open);
      g_clear_pointer (&self->delete_after_open, g_free);
    }

  dossier_timeline_show_default (dossier_timeline_pane_get_timeline (self->timeline_pane));
  /* A replaced analysis gives new article objects: show the current one. */
  if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
    {
      guint selected = gtk_single_selection_get_selected (self->selection);
      if (selected == GTK_INVALID_LIST_POSITION)
        selected = 0;
      gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
      gtk_single_selection_set_selected (self->selection, before == 0 ? 0 : selected);
    }
}

/* Shows @store's dossier: read and analysed on a worker; with @then_import,
 * those articles are added to it first (a new dossier). */
static void
show_store (DossierWindow      *self,
            DossierStore       *store,
            gboolean            sample,
            const char * const *then_import)
{
  g_autoptr(DossierCorpus) corpus = dossier_corpus_new ();
  g_autofree char *name = NULL;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  self->showing_sample = sample;
  gtk_widget_set_visible (self->sample_banner, sample && g_settings_get_boolean (self->settings, "show-sample-banner"));
  name = sample ? g_strdup (_("Sample Dossier")) : dossier_store_dup_name (store);
  g_object_set (self, "dossier-name", name, "read-only", dossier_store_is_read_only (store), NULL);
  remember (self, dossier_store_get_path (store), sample);
  if (self->read_only)
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” is read-only: highlights and corrections cannot be saved in it"), self->dossier_name);
      _dossier_window_toast_with_action (self, message, _("Save _As…"), "win.save-as", NULL);
    }
  g_clear_object (&self->deleted);

  _dossier_window_set_busy (self, TRUE);
  g_set_object (&self->importing, corpus);
  if (then_import != NULL)
    {
      g_autoptr(GError) error = NULL;

      /* An empty dossier: nothing to read. */
      if (!dossier_corpus_open (corpus, store, NULL, NULL, &error))
        {
          _dossier_window_set_busy (self, FALSE);
          _dossier_window_toast (self, error->message);
          return;
        }
      dossier_corpus_import_async (corpus, then_import, self->cancellable, _dossier_window_loaded,
                                   g_object_ref (self));
    }
  else
    dossier_corpus_open_async (corpus, store, self->cancellable, _dossier_window_loaded, g_object_ref (self));
}

/* The corpus an import goes into.  The first import replaces the sample:
 * the researcher's dossier is theirs, a new one, kept as it grows. */
DossierCorpus *
_dossier_window_dup_import_target (DossierWindow *self)
{
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierStore) store = NULL;
  g_autoptr(DossierCorpus) corpus = NULL;

  if (!self->showing_sample && dossier_corpus_get_store (self->corpus) != NULL)
    return g_object_ref (self->corpus);

  path = untitled_path ();
  store = dossier_store_open (path, TRUE, &error);
  corpus = dossier_corpus_new ();
  /* An empty dossier: nothing to read. */
  if (store == NULL || !dossier_corpus_open (corpus, store, NULL, NULL, &error))
    {
      _dossier_window_toast (self, error->message);
      return NULL;
    }
  self->showing_sample = FALSE;
  gtk_widget_set_visible (self->sample_banner, FALSE);
  name = dossier_store_dup_name (store);
  g_object_set (self, "dossier-name", name, NULL);
  remember (self, path, FALSE);
  return g_steal_pointer (&corpus);
}

void
_dossier_window_open_sample (DossierWindow *self)
{
  g_autofree char *seeds = dossier_source_get_seeds_dir ();
  const char *paths[] = { seeds, NULL };
  g_autofree char *path = sample_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierStore) store = NULL;

  /* The sample is a dossier file too, so what is tried on it is kept. */
  store = dossier_store_open (path, TRUE, &error);
  if (store == NULL)
    {
      g_autoptr(DossierCorpus) corpus = dossier_corpus_new ();
      g_autofree char *message = g_strdup_printf (_("The sample is shown without being kept: %s"), error->message);

      _dossier_window_toast (self, message);
      self->showing_sample = TRUE;
      _dossier_window_set_busy (self, TRUE);
      g_set_object (&self->importing, corpus);
      dossier_corpus_import_async (corpus, paths, self->cancellable, _dossier_window_loaded, g_object_ref (self));
      return;
    }
  show_store (self, store, TRUE, dossier_store_count_sources (store) == 0 ? paths : NULL);
}

gboolean
_dossier_window_open_dossier (DossierWindow *self,
                              const char    *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierStore) store = NULL;
  g_autofree char *sample = sample_path ();

  store = dossier_store_open (path, FALSE, &error);
  if (store == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not open the dossier: %s"), error->message);
      _dossier_window_toast (self, message);
      return FALSE;
    }
  show_store (self, store, g_strcmp0 (path, sample) == 0, NULL);
  return TRUE;
}

void
_dossier_window_new_dossier (DossierWindow *self)
{
  g_autofree char *path = untitled_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierStore) store = dossier_store_open (path, TRUE, &error);

  if (store == NULL)
    {
      _dossier_window_toast (self, error->message);
      return;
    }
  show_store (self, store, FALSE, NULL);
}

/* The path the native chooser was answered with, or NULL; the chooser is
 * done with. */
static char *
take_chosen_path (GtkNativeDialog *chooser,
                  int              response)
{
  g_autoptr(GFile) file = NULL;
  char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);
  g_object_unref (chooser);
  return path;
}

/* The native file chooser for a dossier file, to open (@suggested_name
 * NULL) or to save as. */
static GtkNativeDialog *
new_dossier_chooser (DossierWindow *self,
                     const char    *title,
                     const char    *accept_label,
                     const char    *suggested_name)
{
  GtkFileChooserNative *chooser;
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Dossiers"));
  gtk_file_filter_add_suffix (filter, "dossier");
  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self),
                                         suggested_name != NULL ? GTK_FILE_CHOOSER_ACTION_SAVE
                                                                : GTK_FILE_CHOOSER_ACTION_OPEN,
                                         accept_label, _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (suggested_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name);
  return GTK_NATIVE_DIALOG (chooser);
}

static void
on_open_chosen (DossierWindow   *self,
                int              response,
                GtkNativeDialog *chooser)
{
  g_autofree char *path = take_chosen_path (chooser, response);

  if (path != NULL)
    _dossier_window_open_dossier (self, path);
}

void
_dossier_window_choose_dossier (DossierWindow *self)
{
  GtkNativeDialog *chooser = new_dossier_chooser (self, _("Open Dossier"), _("_Open"), NULL);

  g_signal_connect_object (chooser, "response", G_CALLBACK (on_open_chosen), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (chooser);
}

/* Saves the dossier at @path and goes on there; an untitled one is
 * removed from where it waited once the copy is open. */
gboolean
_dossier_window_save_as (DossierWindow *self,
                         const char    *path)
{
  DossierStore *store = dossier_corpus_get_store (self->corpus);
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierStore) copy = NULL;
  g_autofree char *old_path = NULL;
  g_autofree char *target = NULL;

  if (store == NULL)
    return FALSE;
  target = g_str_has_suffix (path, ".dossier") ? g_strdup (path) : g_strconcat (path, ".dossier", NULL);
  if (g_strcmp0 (target, dossier_store_get_path (store)) == 0)
    return TRUE;
  old_path = g_strdup (dossier_store_get_path (store));
  if (!dossier_store_save_copy (store, target, &error) ||
      (copy = dossier_store_open (target, FALSE, &error)) == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not save the dossier: %s"), error->message);
      _dossier_window_toast (self, message);
      return FALSE;
    }
  if (is_untitled (old_path))
    {
      g_free (self->delete_after_open);
      self->delete_after_open = g_steal_pointer (&old_path);
    }
  show_store (self, copy, FALSE, NULL);
  return TRUE;
}

static void
on_save_as_chosen (DossierWindow   *self,
                   int              response,
                   GtkNativeDialog *chooser)
{
  g_autofree char *path = take_chosen_path (chooser, response);

  if (path != NULL)
    _dossier_window_save_as (self, path);
}

void
_dossier_window_choose_save_as (DossierWindow *self)
{
  g_autofree char *name = g_strconcat (self->dossier_name != NULL ? self->dossier_name : _("Dossier"), ".dossier", NULL);
  GtkNativeDialog *chooser;

  if (dossier_corpus_get_store (self->corpus) == NULL)
    return;
  chooser = new_dossier_chooser (self, _("Save Dossier As"), _("_Save"), name);
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_save_as_chosen), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (chooser);
}

static void
on_exported (DossierWindow       *self,
             const char          *path,
             DossierExportDialog *dialog)
{
  g_autofree char *name = g_path_get_basename (path);
  /* Translators: a toast after an export; %s is the file or folder written. */
  g_autofree char *message = g_strdup_printf (_("Exported to %s"), name);

  _dossier_window_toast_with_action (self, message, _("_Open"), "win.open-exported", g_variant_new_string (path));
}

/* The export dialog, over the article read and the sidebar's list. */
void
_dossier_window_export (DossierWindow *self)
{
  DossierArticle *current = dossier_reader_get_article (self->reader);
  GListModel *list = G_LIST_MODEL (self->selection);
  g_autoptr(GArray) shown = g_array_new (FALSE, FALSE, sizeof (guint));
  DossierExportDialog *dialog;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->corpus)) == 0)
    {
      _dossier_window_toast (self, _("There is nothing to export yet: import articles first"));
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(DossierArticle) article = g_list_model_get_item (list, i);
      guint index = dossier_article_get_index (article);
      g_array_append_val (shown, index);
    }
  dialog = dossier_export_dialog_new (GTK_WINDOW (self), self->corpus,
                                      current != NULL ? (int) dossier_article_get_index (current) : -1, shown);
  g_signal_connect_object (dialog, "exported", G_CALLBACK (on_exported), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_dossier_window_open_exported (DossierWindow *self,
                               const char    *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *uri = g_file_get_uri (file);

  gtk_show_uri (GTK_WINDOW (self), uri, GDK_CURRENT_TIME);
}
