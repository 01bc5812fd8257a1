/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The window's dossier files: the sample, new and untitled ones, opening
 * one (chosen, or from the recent ones), saving one elsewhere, and what
 * leaves the window as files (exports).  A dossier is read and analysed
 * on a worker; every load, import and new analysis ends in
 * _dossier_window_loaded (), which shows the result.
 *
 * A new dossier is no file until it holds an article: New Dossier shows
 * an empty one, and the first import makes its file.  Until the
 * researcher saves it in a folder of theirs it is kept in Dossier's own
 * folder (which the Flatpak's sandbox can write without asking), the
 * window's subtitle says so, and closing the window asks where to keep
 * it: Save As…, keep it there (it opens next time), or delete it. */

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
  /* The journal of a commit a crash cut short, and the log and index
   * older versions kept beside the file. */
  static const char *suffixes[] = { "", "-journal", "-wal", "-shm" };

  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    {
      g_autofree char *file = g_strconcat (path, suffixes[i], NULL);
      g_unlink (file);
    }
}

/* @path is no longer a dossier to open: moved, deleted, or replaced by a
 * copy saved elsewhere. */
static void
forget (DossierWindow *self,
        const char    *path)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-dossiers");
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_autofree char *last = g_settings_get_string (self->settings, "last-dossier");
  g_auto(GStrv) kept = NULL;
  gboolean changed = FALSE;

  for (guint i = 0; recent[i] != NULL; i++)
    if (g_strcmp0 (recent[i], path) != 0)
      g_strv_builder_add (builder, recent[i]);
    else
      changed = TRUE;
  kept = g_strv_builder_end (builder);
  if (changed)
    g_settings_set_strv (self->settings, "recent-dossiers", (const char * const *) kept);
  if (g_strcmp0 (last, path) == 0)
    g_settings_set_string (self->settings, "last-dossier", "");
}

/* The recent dossiers still where they were, up to eight; those gone are
 * forgotten, so that the menu never offers what cannot be opened. */
void
_dossier_window_update_recent_menu (DossierWindow *self)
{
  g_auto(GStrv) recent = g_settings_get_strv (self->settings, "recent-dossiers");
  guint shown = 0;

  g_menu_remove_all (self->recent_menu);
  for (guint i = 0; recent[i] != NULL; i++)
    {
      g_autofree char *base = g_path_get_basename (recent[i]);
      g_autoptr(GMenuItem) item = NULL;

      if (!g_file_test (recent[i], G_FILE_TEST_IS_REGULAR))
        {
          forget (self, recent[i]);
          continue;
        }
      if (shown++ == 8)
        break;
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
  _dossier_window_update_recent_menu (self);
}

/* The menu is made again as it opens: a file may have gone since. */
static void
on_menu_shown (DossierWindow *self,
               GtkWidget     *popover)
{
  _dossier_window_update_recent_menu (self);
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

  g_settings_set_string (self->settings, "last-dossier", sample || path == NULL ? "" : path);
  if (sample || path == NULL)
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
  _dossier_window_update_recent_menu (self);
  g_signal_connect_object (self->settings, "changed::recent-dossiers", G_CALLBACK (on_recent_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (gtk_menu_button_get_popover (GTK_MENU_BUTTON (self->menu_button)), "show",
                           G_CALLBACK (on_menu_shown), self, G_CONNECT_SWAPPED);
}

/* Shows what a load, an import or a new analysis of @source (a
 * DossierCorpus) made: the corpus, if it is a new one, with toasts for
 * what could not be read; the place is kept or the view reset, as the
 * DossierLoad @user_data says. */
void
_dossier_window_loaded (GObject      *source,
                        GAsyncResult *result,
                        gpointer      user_data)
{
  DossierLoad *load = user_data;
  g_autoptr(DossierWindow) self = g_object_ref (load->self);
  DossierCorpus *corpus = DOSSIER_CORPUS (source);
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(GError) error = NULL;

  /* Still busy until the place is put back (_dossier_window_end_load ()). */
  if (self->importing == corpus)
    g_clear_object (&self->importing);
  if (!dossier_corpus_import_finish (corpus, result, &failures, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        {
          _dossier_window_set_busy (self, FALSE);
          _dossier_window_toast (self, error->message);
        }
      _dossier_window_end_load (load, FALSE);
      return;
    }
  g_object_set (self, "corpus", corpus, NULL);

  /* What could not be read first; then the texts the dossier already
   * has, which are no failure: reported, not added twice. */
  for (guint i = 0; failures != NULL && i < failures->len; i++)
    {
      GError *failure = g_ptr_array_index (failures, i);
      g_autofree char *message = NULL;

      if (g_error_matches (failure, DOSSIER_CORPUS_ERROR, DOSSIER_CORPUS_ERROR_DUPLICATE))
        continue;
      message = g_strdup_printf (_("Could not import %s"), failure->message);
      _dossier_window_toast (self, message);
    }
  for (guint i = 0; failures != NULL && i < failures->len; i++)
    {
      GError *failure = g_ptr_array_index (failures, i);
      g_autofree char *message = NULL;

      if (!g_error_matches (failure, DOSSIER_CORPUS_ERROR, DOSSIER_CORPUS_ERROR_DUPLICATE))
        continue;
      /* Translators: a toast; %s says which text and where the dossier
       * has it ("a.txt: already in the dossier, as “Title”"). */
      message = g_strdup_printf (_("Not added again: %s"), failure->message);
      _dossier_window_toast (self, message);
    }

  /* An untitled dossier saved elsewhere is closed now: remove it. */
  if (self->delete_after_open != NULL)
    {
      remove_dossier_file (self->delete_after_open);
      forget (self, self->delete_after_open);
      g_clear_pointer (&self->delete_after_open, g_free);
    }
  _dossier_window_end_load (load, TRUE);
}

/* Shows @store's dossier: read and analysed on a worker; with @then_import,
 * those articles are added to it first (the sample, made). */
static void
show_store (DossierWindow      *self,
            DossierStore       *store,
            gboolean            sample,
            const char * const *then_import,
            DossierLoadKind     kind)
{
  g_autoptr(DossierCorpus) corpus = dossier_corpus_new ();
  g_autofree char *name = NULL;
  DossierLoad *load;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();

  load = _dossier_window_begin_load (self, kind);
  self->showing_sample = sample;
  self->untitled = !sample && is_untitled (dossier_store_get_path (store));
  self->asked_to_save = FALSE;
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
          g_clear_object (&self->importing);
          _dossier_window_toast (self, error->message);
          _dossier_window_end_load (load, FALSE);
          return;
        }
      dossier_corpus_import_async (corpus, then_import, self->cancellable, _dossier_window_loaded, load);
    }
  else
    dossier_corpus_open_async (corpus, store, self->cancellable, _dossier_window_loaded, load);
}

/* The corpus an import goes into.  The first import into the sample or a
 * new dossier makes a dossier file of the researcher's own, kept as it
 * grows: then @fresh says that the view starts afresh (the sample's place
 * means nothing there). */
DossierCorpus *
_dossier_window_dup_import_target (DossierWindow *self,
                                   gboolean      *fresh)
{
  g_autofree char *path = NULL;
  g_autofree char *name = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierStore) store = NULL;
  g_autoptr(DossierCorpus) corpus = NULL;

  *fresh = FALSE;
  if (!self->showing_sample && dossier_corpus_get_store (self->corpus) != NULL)
    return g_object_ref (self->corpus);

  path = untitled_path ();
  store = dossier_store_open (path, TRUE, &error);
  corpus = dossier_corpus_new ();
  /* An empty dossier: nothing to read. */
  if (store == NULL || !dossier_corpus_open (corpus, store, NULL, NULL, &error))
    {
      _dossier_window_toast (self, error->message);
      if (store != NULL)
        remove_dossier_file (path);
      return NULL;
    }
  *fresh = self->showing_sample;
  self->showing_sample = FALSE;
  self->untitled = TRUE;
  self->asked_to_save = FALSE;
  gtk_widget_set_visible (self->sample_banner, FALSE);
  name = dossier_store_dup_name (store);
  g_object_set (self, "dossier-name", name, "read-only", FALSE, NULL);
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
      DossierLoad *load = _dossier_window_begin_load (self, DOSSIER_LOAD_OTHER_DOSSIER);

      _dossier_window_toast (self, message);
      self->showing_sample = TRUE;
      self->untitled = FALSE;
      _dossier_window_set_busy (self, TRUE);
      g_set_object (&self->importing, corpus);
      dossier_corpus_import_async (corpus, paths, self->cancellable, _dossier_window_loaded, load);
      return;
    }
  show_store (self, store, TRUE, dossier_store_count_sources (store) == 0 ? paths : NULL,
              DOSSIER_LOAD_OTHER_DOSSIER);
}

gboolean
_dossier_window_open_dossier (DossierWindow *self,
                              const char    *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierStore) store = NULL;
  g_autofree char *sample = sample_path ();
  DossierStore *open = dossier_corpus_get_store (self->corpus);

  if (!g_file_test (path, G_FILE_TEST_EXISTS))
    {
      g_autofree char *name = g_path_get_basename (path);
      /* Translators: %s is a dossier file's name. */
      g_autofree char *message = g_strdup_printf (_("“%s” is no longer where it was: it was moved or deleted"), name);

      forget (self, path);
      _dossier_window_toast (self, message);
      return FALSE;
    }
  store = dossier_store_open (path, FALSE, &error);
  if (store == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not open the dossier: %s"), error->message);
      _dossier_window_toast (self, message);
      return FALSE;
    }
  show_store (self, store, g_strcmp0 (path, sample) == 0, NULL,
              open != NULL && g_strcmp0 (dossier_store_get_path (open), path) == 0 ? DOSSIER_LOAD_SAME_DOSSIER
                                                                                  : DOSSIER_LOAD_OTHER_DOSSIER);
  return TRUE;
}

/* At start: the dossier open last time, unless it is gone or an untitled
 * one that never got an article (from a version that made the file at
 * once, and then crashed), which is removed. */
gboolean
_dossier_window_open_last (DossierWindow *self,
                           const char    *path)
{
  if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
    {
      forget (self, path);
      return FALSE;
    }
  if (is_untitled (path))
    {
      g_autoptr(DossierStore) store = dossier_store_open (path, FALSE, NULL);

      if (store != NULL && !dossier_store_is_read_only (store) && dossier_store_count_sources (store) == 0)
        {
          dossier_store_close (store);
          remove_dossier_file (path);
          forget (self, path);
          return FALSE;
        }
    }
  return _dossier_window_open_dossier (self, path);
}

/* An empty dossier, no file yet: the first import makes it. */
void
_dossier_window_new_dossier (DossierWindow *self)
{
  g_autoptr(DossierCorpus) corpus = dossier_corpus_new ();
  DossierLoad *load;

  g_cancellable_cancel (self->cancellable);
  g_clear_object (&self->cancellable);
  self->cancellable = g_cancellable_new ();
  _dossier_window_set_busy (self, FALSE);
  g_clear_object (&self->importing);

  load = _dossier_window_begin_load (self, DOSSIER_LOAD_OTHER_DOSSIER);
  self->showing_sample = FALSE;
  self->untitled = TRUE;
  self->asked_to_save = FALSE;
  gtk_widget_set_visible (self->sample_banner, FALSE);
  g_clear_object (&self->deleted);
  g_object_set (self, "dossier-name", _("Untitled Dossier"), "read-only", FALSE, NULL);
  /* Nothing to open next time until it holds something. */
  remember (self, NULL, FALSE);
  g_object_set (self, "corpus", corpus, NULL);
  _dossier_window_end_load (load, TRUE);
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

/* The folder of the researcher's documents (the home folder without
 * one): where a chooser opens for what is not in a folder of theirs yet. */
static GFile *
documents_folder (void)
{
  const char *documents = g_get_user_special_dir (G_USER_DIRECTORY_DOCUMENTS);

  if (documents != NULL && g_file_test (documents, G_FILE_TEST_IS_DIR))
    return g_file_new_for_path (documents);
  return g_file_new_for_path (g_get_home_dir ());
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
  DossierStore *store = dossier_corpus_get_store (self->corpus);
  g_autoptr(GFile) folder = NULL;

  gtk_file_filter_set_name (filter, _("Dossiers"));
  gtk_file_filter_add_suffix (filter, "dossier");
  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self),
                                         suggested_name != NULL ? GTK_FILE_CHOOSER_ACTION_SAVE
                                                                : GTK_FILE_CHOOSER_ACTION_OPEN,
                                         accept_label, _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  if (suggested_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name);
  /* Beside the dossier open, unless it is kept in Dossier's own folder. */
  if (store != NULL && !self->untitled && !self->showing_sample)
    {
      g_autoptr(GFile) file = g_file_new_for_path (dossier_store_get_path (store));
      folder = g_file_get_parent (file);
    }
  else
    folder = documents_folder ();
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (chooser), folder, NULL);
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

/* Saves the dossier at @path and goes on there, where the researcher
 * was; an untitled one is removed from where it waited once the copy is
 * open. */
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
  show_store (self, copy, FALSE, NULL, DOSSIER_LOAD_SAME_DOSSIER);
  return TRUE;
}

static void
on_save_as_chosen (DossierWindow   *self,
                   int              response,
                   GtkNativeDialog *chooser)
{
  gboolean then_close = GPOINTER_TO_INT (g_object_get_data (G_OBJECT (chooser), "then-close"));
  g_autofree char *path = take_chosen_path (chooser, response);

  if (path == NULL || !_dossier_window_save_as (self, path))
    return;
  if (then_close)
    {
      /* The copy is made and whole on the disk: the window may go. */
      self->asked_to_save = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
}

static void
choose_save_as (DossierWindow *self,
                gboolean       then_close)
{
  g_autofree char *name = g_strconcat (self->dossier_name != NULL ? self->dossier_name : _("Dossier"), ".dossier", NULL);
  GtkNativeDialog *chooser;

  if (dossier_corpus_get_store (self->corpus) == NULL)
    {
      _dossier_window_toast (self, _("There is nothing to save yet: import articles first"));
      return;
    }
  chooser = new_dossier_chooser (self, _("Save Dossier As"), _("_Save"), name);
  g_object_set_data (G_OBJECT (chooser), "then-close", GINT_TO_POINTER (then_close));
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_save_as_chosen), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (chooser);
}

void
_dossier_window_choose_save_as (DossierWindow *self)
{
  choose_save_as (self, FALSE);
}

static void
on_keep_response (AdwMessageDialog *dialog,
                  const char       *response,
                  DossierWindow    *self)
{
  DossierStore *store = dossier_corpus_get_store (self->corpus);

  if (g_strcmp0 (response, "save") == 0)
    choose_save_as (self, TRUE);
  else if (g_strcmp0 (response, "keep") == 0)
    {
      self->asked_to_save = TRUE;
      gtk_window_close (GTK_WINDOW (self));
    }
  else if (g_strcmp0 (response, "delete") == 0 && store != NULL)
    {
      g_autofree char *path = g_strdup (dossier_store_get_path (store));

      self->asked_to_save = TRUE;
      g_cancellable_cancel (self->cancellable);
      dossier_store_close (store);
      remove_dossier_file (path);
      forget (self, path);
      gtk_window_close (GTK_WINDOW (self));
    }
}

/* Closing the window of an untitled dossier that holds articles asks
 * where to keep it; TRUE while it asks (the window stays). */
gboolean
_dossier_window_close_request (DossierWindow *self)
{
  DossierStore *store = dossier_corpus_get_store (self->corpus);
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (!self->untitled || self->asked_to_save || store == NULL || self->read_only ||
      g_list_model_get_n_items (G_LIST_MODEL (self->corpus)) == 0)
    return FALSE;
  body = g_strdup_printf (_("“%s” is kept in Dossier’s own folder, where it opens next time. Save it in a "
                            "folder of yours to find it, copy it or send it."),
                          self->dossier_name);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Save the New Dossier?"), body);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "cancel", _("_Cancel"),
                                    "delete", _("_Delete It"),
                                    "keep", _("_Keep It There"),
                                    "save", _("_Save As…"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "delete", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (on_keep_response), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return TRUE;
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

/* The export dialog, over the article read and the sidebar's list; its
 * chooser opens beside the dossier, or in the researcher's documents for
 * one kept in Dossier's own folder. */
/* The export dialog over the window, for what it shows; NULL, with a
 * word why, when there is nothing to export. */
static DossierExportDialog *
open_export_dialog (DossierWindow *self)
{
  DossierArticle *current = dossier_reader_get_article (self->reader);
  GListModel *list = G_LIST_MODEL (self->selection);
  g_autoptr(GArray) shown = g_array_new (FALSE, FALSE, sizeof (guint));
  DossierStore *store = dossier_corpus_get_store (self->corpus);
  g_autoptr(GFile) folder = NULL;
  DossierExportDialog *dialog;

  if (g_list_model_get_n_items (G_LIST_MODEL (self->corpus)) == 0)
    {
      _dossier_window_toast (self, _("There is nothing to export yet: import articles first"));
      return NULL;
    }
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(DossierArticle) article = g_list_model_get_item (list, i);
      guint index = dossier_article_get_index (article);
      g_array_append_val (shown, index);
    }
  if (store != NULL && !self->untitled && !self->showing_sample)
    {
      g_autoptr(GFile) file = g_file_new_for_path (dossier_store_get_path (store));
      folder = g_file_get_parent (file);
    }
  else
    folder = documents_folder ();
  dialog = dossier_export_dialog_new (GTK_WINDOW (self), self->corpus,
                                      current != NULL ? (int) dossier_article_get_index (current) : -1, shown);
  dossier_export_dialog_set_folder (dialog, folder);
  if (self->dossier_name != NULL)
    dossier_export_dialog_set_name (dialog, self->dossier_name);
  g_signal_connect_object (dialog, "exported", G_CALLBACK (on_exported), self, G_CONNECT_SWAPPED);
  return dialog;
}

void
_dossier_window_export (DossierWindow *self)
{
  DossierExportDialog *dialog = open_export_dialog (self);

  if (dialog != NULL)
    gtk_window_present (GTK_WINDOW (dialog));
}

/* The export dialog, set to export the chronology (its figure and the
 * table of events with every source). */
void
_dossier_window_export_chronology (DossierWindow *self)
{
  DossierExportDialog *dialog = open_export_dialog (self);

  if (dialog == NULL)
    return;
  dossier_export_dialog_choose_chronology (dialog);
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

static void
on_original_shown (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(DossierWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!gtk_show_uri_full_finish (GTK_WINDOW (source), result, &error) &&
      !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    {
      g_autofree char *message = g_strdup_printf (_("Could not open the original: %s"), error->message);
      _dossier_window_toast (self, message);
    }
}

/* The page an article came from, in the researcher's browser; in the
 * Flatpak GIO asks the OpenURI portal, which needs no permission. */
void
_dossier_window_open_original (DossierWindow *self,
                               const char    *uri)
{
  gtk_show_uri_full (GTK_WINDOW (self), uri, GDK_CURRENT_TIME, NULL, on_original_shown, g_object_ref (self));
}
