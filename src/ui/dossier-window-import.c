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

#include "dossier-page-address.h"
#include "dossier-text-decode.h"

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

/* What a browser gives with a selection, read from the clipboard or from
 * a drop, one format after the other: the selection's HTML, the page's
 * address (dossier-page-address.c says which browser offers what), and
 * its plain text, which is read where the HTML holds no article. */
typedef struct
{
  DossierWindow *self;
  GdkClipboard *clipboard;     /* read from this… */
  GdkDrop *drop;               /* …or this, finished once read */
  GdkContentFormats *formats;
  GPtrArray *steps;            /* of const char *: the MIME types still to read */
  const char *reading;         /* the one being read */
  GBytes *html;
  char *address;
  char *text;
} BrowserPaste;

static void
browser_paste_free (BrowserPaste *paste)
{
  if (paste->drop != NULL)
    gdk_drop_finish (paste->drop, GDK_ACTION_COPY);
  g_object_unref (paste->self);
  g_clear_object (&paste->clipboard);
  g_clear_object (&paste->drop);
  gdk_content_formats_unref (paste->formats);
  g_ptr_array_unref (paste->steps);
  g_clear_pointer (&paste->html, g_bytes_unref);
  g_free (paste->address);
  g_free (paste->text);
  g_free (paste);
}

/* What was read, as one article of the window's dossier. */
static void
browser_paste_import (BrowserPaste *paste)
{
  DossierWindow *self = paste->self;
  g_autoptr(DossierCorpus) corpus = NULL;
  g_autofree char *name = NULL;
  gboolean fresh = FALSE;
  DossierLoad *load;

  if (paste->html == NULL && (paste->text == NULL || *paste->text == '\0'))
    {
      _dossier_window_toast (self, paste->drop != NULL ? _("What was dropped holds no text to add as an article")
                                                       : _("The clipboard holds no text to paste as an article"));
      return;
    }
  name = g_strdup_printf (_("Pasted article %u"), ++self->paste_count);
  corpus = _dossier_window_dup_import_target (self, &fresh);
  if (corpus == NULL)
    return;
  load = begin_import (self, corpus, DOSSIER_LOAD_PASTE, fresh);
  if (corpus != self->corpus)
    load->n_before = 0;
  dossier_corpus_import_page_async (corpus, paste->html, paste->text, paste->address, name, self->cancellable,
                                    _dossier_window_loaded, load);
}

static void browser_paste_next (BrowserPaste *paste);

static void
on_paste_spliced (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  BrowserPaste *paste = user_data;
  g_autoptr(GError) error = NULL;
  gssize size = g_output_stream_splice_finish (G_OUTPUT_STREAM (source), result, &error);
  g_autoptr(GBytes) bytes = NULL;

  if (size < 0)
    {
      g_debug ("%s could not be read: %s", paste->reading, error->message);
      browser_paste_next (paste);
      return;
    }
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (source));
  if (g_bytes_get_size (bytes) > DOSSIER_TEXT_DEFAULT_MAX_SIZE)
    g_debug ("%s is too large to be read (%" G_GSIZE_FORMAT " bytes)", paste->reading, g_bytes_get_size (bytes));
  else if (g_str_equal (paste->reading, "text/html"))
    paste->html = g_steal_pointer (&bytes);
  else if (paste->address == NULL)
    paste->address = dossier_page_address_from_data (paste->reading, g_bytes_get_data (bytes, NULL),
                                                     g_bytes_get_size (bytes));
  browser_paste_next (paste);
}

static void
on_paste_stream (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  BrowserPaste *paste = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GOutputStream) memory = NULL;

  stream = paste->drop != NULL ? gdk_drop_read_finish (GDK_DROP (source), result, NULL, &error)
                               : gdk_clipboard_read_finish (GDK_CLIPBOARD (source), result, NULL, &error);
  if (stream == NULL)
    {
      g_debug ("%s could not be read: %s", paste->reading, error->message);
      browser_paste_next (paste);
      return;
    }
  memory = g_memory_output_stream_new_resizable ();
  g_output_stream_splice_async (memory, stream,
                                G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT, paste->self->cancellable, on_paste_spliced, paste);
}

static void
on_paste_text (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  BrowserPaste *paste = user_data;
  g_autoptr(GError) error = NULL;

  if (paste->drop != NULL)
    {
      const GValue *value = gdk_drop_read_value_finish (GDK_DROP (source), result, &error);

      if (value != NULL && G_VALUE_HOLDS_STRING (value))
        paste->text = g_value_dup_string (value);
    }
  else
    paste->text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  if (error != NULL)
    g_debug ("the text could not be read: %s", error->message);
  browser_paste_import (paste);
  browser_paste_free (paste);
}

/* Reads the next format, and the text last. */
static void
browser_paste_next (BrowserPaste *paste)
{
  if (paste->steps->len > 0)
    {
      const char *mime_types[2] = { g_ptr_array_steal_index (paste->steps, 0), NULL };

      paste->reading = mime_types[0];
      if (paste->drop != NULL)
        gdk_drop_read_async (paste->drop, mime_types, G_PRIORITY_DEFAULT, paste->self->cancellable,
                             on_paste_stream, paste);
      else
        gdk_clipboard_read_async (paste->clipboard, mime_types, G_PRIORITY_DEFAULT, paste->self->cancellable,
                                  on_paste_stream, paste);
      return;
    }
  if (!gdk_content_formats_contain_gtype (paste->formats, G_TYPE_STRING) &&
      !gdk_content_formats_contain_mime_type (paste->formats, "text/plain") &&
      !gdk_content_formats_contain_mime_type (paste->formats, "text/plain;charset=utf-8"))
    {
      browser_paste_import (paste);
      browser_paste_free (paste);
    }
  else if (paste->drop != NULL)
    gdk_drop_read_value_async (paste->drop, G_TYPE_STRING, G_PRIORITY_DEFAULT, paste->self->cancellable,
                               on_paste_text, paste);
  else
    gdk_clipboard_read_text_async (paste->clipboard, paste->self->cancellable, on_paste_text, paste);
}

/* Reads what a browser gave, from @clipboard or @drop, and imports it. */
static void
browser_paste_start (DossierWindow *self,
                     GdkClipboard  *clipboard,
                     GdkDrop       *drop)
{
  BrowserPaste *paste = g_new0 (BrowserPaste, 1);
  const char * const *address_formats = dossier_page_address_formats ();

  paste->self = g_object_ref (self);
  paste->clipboard = clipboard != NULL ? g_object_ref (clipboard) : NULL;
  paste->drop = drop != NULL ? g_object_ref (drop) : NULL;
  paste->formats = gdk_content_formats_ref (drop != NULL ? gdk_drop_get_formats (drop)
                                                         : gdk_clipboard_get_formats (clipboard));
  paste->steps = g_ptr_array_new ();
  if (gdk_content_formats_contain_mime_type (paste->formats, "text/html"))
    g_ptr_array_add (paste->steps, (gpointer) "text/html");
  /* The page's address, from the first format that gives it. */
  for (guint i = 0; address_formats[i] != NULL; i++)
    if (gdk_content_formats_contain_mime_type (paste->formats, address_formats[i]))
      g_ptr_array_add (paste->steps, (gpointer) address_formats[i]);
  browser_paste_next (paste);
}

/* The clipboard's content as one article: a page selected and copied in a
 * browser (its HTML and address where the browser gives them), or text. */
void
_dossier_window_paste_article (DossierWindow *self)
{
  browser_paste_start (self, gtk_widget_get_clipboard (GTK_WIDGET (self)), NULL);
}

static void
on_dropped_files (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(DossierWindow) self = user_data;
  g_autoptr(GError) error = NULL;
  GdkDrop *drop = GDK_DROP (source);
  const GValue *value = gdk_drop_read_value_finish (drop, result, &error);
  g_autoptr(GPtrArray) paths = g_ptr_array_new_with_free_func (g_free);
  GSList *files;

  if (value != NULL && G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    {
      files = gdk_file_list_get_files (g_value_get_boxed (value));
      for (GSList *l = files; l != NULL; l = l->next)
        {
          char *path = g_file_get_path (l->data);
          if (path != NULL)
            g_ptr_array_add (paths, path);
        }
      g_slist_free (files);
    }
  /* Addresses of pages on the web (a dragged link) are no files: what
   * came with them is read as a browser's selection. */
  if (paths->len == 0)
    {
      browser_paste_start (self, NULL, drop);
      return;
    }
  g_ptr_array_add (paths, NULL);
  _dossier_window_import_paths (self, (const char * const *) paths->pdata);
  gdk_drop_finish (drop, GDK_ACTION_COPY);
}

static gboolean
on_drop (DossierWindow      *self,
         GdkDrop            *drop,
         double              x,
         double              y,
         GtkDropTargetAsync *target)
{
  GdkContentFormats *formats = gdk_drop_get_formats (drop);

  if (self->read_only || self->busy)
    return FALSE;
  /* A selection dragged from a browser is read as its paste is; files
   * (from Files, or saved pages) are imported. */
  if (gdk_content_formats_contain_gtype (formats, GDK_TYPE_FILE_LIST) &&
      !gdk_content_formats_contain_mime_type (formats, "text/html"))
    gdk_drop_read_value_async (drop, GDK_TYPE_FILE_LIST, G_PRIORITY_DEFAULT, self->cancellable, on_dropped_files,
                               g_object_ref (self));
  else
    browser_paste_start (self, NULL, drop);
  return TRUE;
}

/* Files, and selections from a browser, dropped anywhere on the window are
 * imported. */
void
_dossier_window_import_init (DossierWindow *self)
{
  GdkContentFormatsBuilder *builder = gdk_content_formats_builder_new ();
  const char * const *address_formats = dossier_page_address_formats ();
  GtkDropTargetAsync *drop;

  gdk_content_formats_builder_add_gtype (builder, GDK_TYPE_FILE_LIST);
  gdk_content_formats_builder_add_gtype (builder, G_TYPE_STRING);
  gdk_content_formats_builder_add_mime_type (builder, "text/html");
  for (guint i = 0; address_formats[i] != NULL; i++)
    gdk_content_formats_builder_add_mime_type (builder, address_formats[i]);
  drop = gtk_drop_target_async_new (gdk_content_formats_builder_free_to_formats (builder),
                                    GDK_ACTION_COPY);
  g_signal_connect_object (drop, "drop", G_CALLBACK (on_drop), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}
