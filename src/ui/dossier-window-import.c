/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Articles into the window's dossier: files and folders chosen or
 * dropped on the window, and text pasted from the clipboard.  The first
 * import replaces the sample with a new dossier of the researcher's own
 * (_dossier_window_dup_import_target ()). */

#include "config.h"

#include "dossier-window.h"
#include "dossier-window-private.h"

#include <glib/gi18n.h>

/* The load of an import into @corpus: the place is kept, unless the
 * import began a new dossier. */
static DossierLoad *
begin_import (DossierWindow   *self,
              DossierCorpus   *corpus,
              DossierLoadKind  kind,
              gboolean         fresh)
{
  DossierLoad *load = _dossier_window_begin_load (self, kind);

  load->fresh = fresh;
  if (fresh)
    load->n_before = 0;
  _dossier_window_set_busy (self, TRUE);
  g_set_object (&self->importing, corpus);
  return load;
}

void
_dossier_window_import_paths (DossierWindow      *self,
                              const char * const *paths)
{
  gboolean fresh = FALSE;
  g_autoptr(DossierCorpus) corpus = _dossier_window_dup_import_target (self, &fresh);
  DossierLoad *load;

  if (corpus == NULL)
    return;
  load = begin_import (self, corpus, DOSSIER_LOAD_IMPORT, fresh);
  if (corpus != self->corpus)
    load->n_before = 0;
  dossier_corpus_import_async (corpus, paths, self->cancellable, _dossier_window_loaded, load);
}

static void
on_articles_chosen (DossierWindow   *self,
                    int              response,
                    GtkNativeDialog *chooser)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (chooser));
      g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

      for (guint i = 0; i < g_list_model_get_n_items (files); i++)
        {
          g_autoptr(GFile) file = g_list_model_get_item (files, i);
          char *path = g_file_get_path (file);
          if (path != NULL)
            g_ptr_array_add (paths, path);
        }
      g_ptr_array_add (paths, NULL);
      if (paths->len > 1)
        _dossier_window_import_paths (self, (const char * const *) paths->pdata);
    }
  g_object_unref (chooser);
}

/* The native chooser for articles (text, Markdown, HTML), or with
 * @folder for folders of them. */
void
_dossier_window_choose_articles (DossierWindow *self,
                                 gboolean       folder)
{
  GtkFileChooserAction action = folder ? GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER : GTK_FILE_CHOOSER_ACTION_OPEN;
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (folder ? _("Import Folder") : _("Import Articles"),
                                         GTK_WINDOW (self), action, _("_Import"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  if (!folder)
    {
      g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

      gtk_file_filter_set_name (filter, _("Articles (text, Markdown, HTML)"));
      gtk_file_filter_add_mime_type (filter, "text/plain");
      gtk_file_filter_add_mime_type (filter, "text/markdown");
      gtk_file_filter_add_mime_type (filter, "text/html");
      gtk_file_filter_add_suffix (filter, "txt");
      gtk_file_filter_add_suffix (filter, "md");
      gtk_file_filter_add_suffix (filter, "html");
      gtk_file_filter_add_suffix (filter, "htm");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
    }
  g_signal_connect_object (chooser, "response", G_CALLBACK (on_articles_chosen), self, G_CONNECT_SWAPPED);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
on_clipboard_text (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(DossierWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_autoptr(DossierCorpus) corpus = NULL;
  g_autofree char *name = NULL;
  gboolean fresh = FALSE;
  DossierLoad *load;

  if (text == NULL || *text == '\0')
    {
      _dossier_window_toast (self, _("The clipboard holds no text to paste as an article"));
      return;
    }
  name = g_strdup_printf (_("Pasted article %u"), ++self->paste_count);
  corpus = _dossier_window_dup_import_target (self, &fresh);
  if (corpus == NULL)
    return;
  load = begin_import (self, corpus, DOSSIER_LOAD_PASTE, fresh);
  if (corpus != self->corpus)
    load->n_before = 0;
  dossier_corpus_import_text_async (corpus, text, name, self->cancellable, _dossier_window_loaded, load);
}

/* The clipboard's text as one article: a page selected and copied. */
void
_dossier_window_paste_article (DossierWindow *self)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (self));

  gdk_clipboard_read_text_async (clipboard, NULL, on_clipboard_text, g_object_ref (self));
}

static gboolean
on_drop (DossierWindow *self,
         const GValue  *value,
         double         x,
         double         y,
         GtkDropTarget *target)
{
  GSList *files;
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  files = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = files; l != NULL; l = l->next)
    {
      char *path = g_file_get_path (l->data);
      if (path != NULL)
        g_ptr_array_add (paths, path);
    }
  g_slist_free (files);
  if (paths->len == 0)
    return FALSE;
  g_ptr_array_add (paths, NULL);
  _dossier_window_import_paths (self, (const char * const *) paths->pdata);
  return TRUE;
}

/* Files dropped anywhere on the window are imported. */
void
_dossier_window_import_init (DossierWindow *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect_object (drop, "drop", G_CALLBACK (on_drop), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}
