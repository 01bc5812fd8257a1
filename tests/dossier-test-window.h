/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Shared by the tests of the window (test-window*.c): waiting for it as a
 * person waits, finding widgets as a person finds them, the sample
 * opened, files of a folder of the test's own. */

#pragma once

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "dossier-article.h"
#include "dossier-entity.h"
#include "dossier-reader.h"
#include "dossier-window.h"
#include "dossier-test-widgets.h"

/* GTK 4.8 under load sometimes draws one of its own inner widgets before
 * allocating it ("Trying to snapshot GtkGizmo … without a current
 * allocation", the same of a GtkPaned or a GtkBox), and fires a tooltip's
 * timeout after the window it was for is gone ("gdk_surface_get_device_
 * position" and "_gtk_widget_find_at_coords: assertion 'GDK_IS_SURFACE
 * (surface)' failed").  Neither is a
 * fault of Dossier's, and a window test's run should not depend on the
 * machine's load.  Every other warning and critical stays fatal — among
 * them a GtkTextView drawn without an allocation, the blank reader that
 * test-window-reader is about. */
static inline GLogWriterOutput
dossier_test_writer (GLogLevelFlags   level,
                     const GLogField *fields,
                     gsize            n_fields,
                     gpointer         user_data)
{
  const char *message = NULL;
  GLogWriterOutput written = g_log_writer_standard_streams (level, fields, n_fields, user_data);
  gboolean gtk_noise = FALSE;

  for (gsize i = 0; i < n_fields; i++)
    if (g_strcmp0 (fields[i].key, "MESSAGE") == 0)
      message = fields[i].value;
  if (message != NULL && (level & G_LOG_LEVEL_WARNING) && g_str_has_prefix (message, "Trying to snapshot Gtk") &&
      g_str_has_suffix (message, " without a current allocation"))
    gtk_noise = !g_str_has_prefix (message, "Trying to snapshot GtkTextView ");
  if (message != NULL && (level & G_LOG_LEVEL_CRITICAL) && strstr (message, "GDK_IS_SURFACE (surface)") != NULL &&
      (strstr (message, "gdk_surface_get_device_position") != NULL ||
       strstr (message, "_gtk_widget_find_at_coords") != NULL))
    gtk_noise = TRUE;
  if ((level & (G_LOG_LEVEL_WARNING | G_LOG_LEVEL_CRITICAL)) && !gtk_noise)
    g_abort ();
  return written;
}

/* After gtk_test_init (): warnings and criticals fatal, but GTK's noise
 * above. */
static inline void
dossier_test_keep_warnings_fatal (void)
{
  g_log_set_always_fatal (G_LOG_FATAL_MASK);
  g_log_set_writer_func (dossier_test_writer, NULL, NULL);
}

static inline void
wait_until (gboolean (*done) (gpointer),
            gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
      if (g_get_monotonic_time () > deadline)
        g_error ("timed out waiting");
    }
  /* Let layout and drawing settle. */
  for (int i = 0; i < 20; i++)
    g_main_context_iteration (NULL, FALSE);
}

/* Whether the window is done loading: its list shows the result and the
 * place is back. */
static inline gboolean
is_idle (gpointer data)
{
  gboolean busy = TRUE;

  g_object_get (data, "busy", &busy, NULL);
  return !busy;
}

static inline gboolean
has_articles (gpointer data)
{
  DossierWindow *window = data;
  return g_list_model_get_n_items (G_LIST_MODEL (dossier_window_get_corpus (window))) > 0 &&
         gtk_widget_get_visible (GTK_WIDGET (window)) && is_idle (window);
}

typedef struct
{
  GListModel *list;
  guint n;
} Count;

static inline gboolean
has_count (gpointer data)
{
  Count *count = data;
  return g_list_model_get_n_items (count->list) == count->n;
}

static inline gboolean
has_at_least (gpointer data)
{
  Count *count = data;
  return g_list_model_get_n_items (count->list) >= count->n;
}

/* A list that changes over a few frames (imports, analyses). */
static inline void
wait_for_items (GListModel *list,
                guint       n)
{
  Count count = { list, n };
  wait_until (has_count, &count);
}

typedef struct
{
  GType type;
  const char *label_text;
} WidgetQuery;

static inline gboolean
matches_query (GtkWidget     *widget,
               gconstpointer  data)
{
  const WidgetQuery *query = data;

  if (!G_TYPE_CHECK_INSTANCE_TYPE (widget, query->type))
    return FALSE;
  if (query->label_text == NULL)
    return TRUE;
  if (GTK_IS_LABEL (widget))
    return strstr (gtk_label_get_text (GTK_LABEL (widget)), query->label_text) != NULL;
  /* An entry by the words it shows while empty. */
  if (GTK_IS_EDITABLE (widget) && g_object_class_find_property (G_OBJECT_GET_CLASS (widget), "placeholder-text"))
    {
      g_autofree char *placeholder = NULL;

      g_object_get (widget, "placeholder-text", &placeholder, NULL);
      return placeholder != NULL && strstr (placeholder, query->label_text) != NULL;
    }
  return GTK_IS_BUTTON (widget) && gtk_button_get_label (GTK_BUTTON (widget)) != NULL &&
         strstr (gtk_button_get_label (GTK_BUTTON (widget)), query->label_text) != NULL;
}

/* The first widget of @type below @root, or of those the first labelled
 * with @label_text. */
static inline GtkWidget *
find_widget (GtkWidget  *root,
             GType       type,
             const char *label_text)
{
  WidgetQuery query = { type, label_text };

  return dossier_test_find_descendant (root, matches_query, &query);
}

/* What a click does; gtk_widget_activate() on a button waits for its
 * pressed animation before it clicks. */
static inline void
click (GtkWidget *button)
{
  g_assert_true (GTK_IS_BUTTON (button));
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
}

static inline char *
reader_text (DossierReader *reader)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (dossier_reader_get_text_view (reader));
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static inline DossierWindow *
open_sample (void)
{
  DossierWindow *window = g_object_new (DOSSIER_TYPE_WINDOW, NULL);
  g_autofree char *sample = g_build_filename (g_get_user_data_dir (), "dossier", "Sample.dossier", NULL);

  /* Each test starts on the sample as it is shipped, with nothing a test
   * before it did to it. */
  g_unlink (sample);
  gtk_window_set_default_size (GTK_WINDOW (window), 1300, 850);
  gtk_window_present (GTK_WINDOW (window));
  dossier_window_open_sample (window);
  wait_until (has_articles, window);
  return window;
}

/* The key of the entity named @name in the window's dossier. */
static inline char *
find_entity (DossierWindow *window,
             const char    *name)
{
  GListModel *entities = dossier_corpus_get_entities (dossier_window_get_corpus (window));

  for (guint e = 0; e < g_list_model_get_n_items (entities); e++)
    {
      g_autoptr(DossierEntity) entity = g_list_model_get_item (entities, e);

      if (g_strcmp0 (dossier_entity_get_name (entity), name) == 0)
        return g_strdup (dossier_entity_get_key (entity));
    }
  g_error ("no entity %s", name);
  return NULL;
}

static inline void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR) && !g_file_test (child, G_FILE_TEST_IS_SYMLINK))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}


/* The newest toplevel window of @type shown now (a dialog), or NULL. */
static inline GtkWidget *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();  /* GTK's own */
  GtkWidget *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (window))
        found = window;
    }
  return found;
}

/* Lets the main loop run a while: the frames, idles and timeouts due. */
static inline void
settle (guint milliseconds)
{
  gint64 until = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < until)
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/* A file of @contents in @dir named @name; its path. */
static inline char *
write_file (const char *dir,
            const char *name,
            const char *contents)
{
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

/* Waits until the window has finished what it was doing (a load, an
 * import, a new analysis). */
static inline void
wait_idle (DossierWindow *window)
{
  settle (50);
  wait_until (is_idle, window);
}

static inline DossierReader *
window_reader (DossierWindow *window)
{
  return DOSSIER_READER (find_widget (GTK_WIDGET (window), DOSSIER_TYPE_READER, NULL));
}

/* With DOSSIER_TEST_SNAPSHOTS set to a folder, @widget as drawn now is
 * saved there as @name.png: what a test saw, for a person to look at. */
static inline void
save_snapshot (GtkWidget  *widget,
               const char *name)
{
  const char *folder = g_getenv ("DOSSIER_TEST_SNAPSHOTS");
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *file = NULL;
  g_autofree char *path = NULL;
  GtkSnapshot *snapshot;
  GskRenderNode *node;
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);

  if (folder == NULL || width <= 0 || height <= 0)
    return;
  gtk_test_widget_wait_for_draw (widget);
  paintable = gtk_widget_paintable_new (widget);
  snapshot = gtk_snapshot_new ();
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    return;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  gsk_render_node_unref (node);
  g_mkdir_with_parents (folder, 0755);
  file = g_strconcat (name, ".png", NULL);
  path = g_build_filename (folder, file, NULL);
  gdk_texture_save_to_png (texture, path);
}

/* Selects the article whose display title starts with @prefix. */
static inline DossierArticle *
select_titled (DossierWindow *window,
               const char    *prefix)
{
  GListModel *list = dossier_window_get_article_list (window);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(DossierArticle) article = g_list_model_get_item (list, i);

      if (g_str_has_prefix (dossier_article_get_display_title (article), prefix))
        {
          gtk_single_selection_set_selected (GTK_SINGLE_SELECTION (list), i);
          settle (20);
          return article;
        }
    }
  g_error ("no article titled %s…", prefix);
  return NULL;
}
