/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The main window: the article sidebar (search, sort, entity filter), the
 * reader with its highlight switches, the entity inspector beside it and
 * the timeline below.  Behaviour lives in actions (win.*), which buttons,
 * menus and shortcuts point at. */

#include "config.h"

#include "dossier-window.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "dossier-article.h"
#include "dossier-annotation-list.h"
#include "dossier-entity-inspector.h"
#include "dossier-export.h"
#include "dossier-export-dialog.h"
#include "dossier-event.h"
#include "dossier-reader.h"
#include "dossier-source.h"
#include "dossier-timeline.h"

struct _DossierWindow
{
  AdwApplicationWindow parent_instance;

  GSettings *settings;
  DossierCorpus *corpus;
  gboolean showing_sample;
  gboolean read_only;        /* the dossier file may not be written */
  int entity_filter;
  GCancellable *cancellable;
  gboolean sort_by_outlet;
  DossierCorpus *importing;  /* the corpus an import is under way in */
  guint pulse_id;
  guint paste_count;

  GtkFilterListModel *filtered;
  GtkSortListModel *sorted;
  GtkSingleSelection *selection;
  GtkCustomFilter *filter;
  GtkCustomSorter *sorter;

  AdwWindowTitle *window_title;
  AdwToastOverlay *toasts;
  GtkWidget *sample_banner;
  GtkWidget *progress;
  GtkWidget *search_bar;
  GtkWidget *search_entry;
  GtkWidget *filter_bar;
  GtkWidget *filter_label;
  GtkWidget *article_list;
  GtkWidget *empty_list;
  GtkWidget *list_stack;
  GtkWidget *reader;
  GtkWidget *highlight_buttons[DOSSIER_N_HIGHLIGHTS];
  GtkWidget *inspector;
  GtkWidget *inspector_revealer;
  GtkWidget *side_stack;      /* entities | annotations */
  GtkWidget *annotation_list;
  GtkWidget *timeline;
  GtkWidget *timeline_box;
  GtkWidget *outer_paned;
  GtkWidget *vertical_paned;

  char *dossier_name;        /* shown as the window's title */
  char *delete_after_open;   /* an untitled dossier saved elsewhere, removed once that copy is open */
  GMenu *recent_section;
  DossierAnnotation *deleted;  /* the last deleted annotation, for Undo */
  char *colour_labels[DOSSIER_N_COLOURS];
};

G_DEFINE_FINAL_TYPE (DossierWindow, dossier_window, ADW_TYPE_APPLICATION_WINDOW)

static const char * const highlight_keys[DOSSIER_N_HIGHLIGHTS] = {
  "highlight-people", "highlight-organizations", "highlight-places", "highlight-dates", "highlight-quotes",
};

static void
toast (DossierWindow *self,
       const char    *message)
{
  AdwToast *notice = adw_toast_new (message);

  adw_toast_set_timeout (notice, 6);
  adw_toast_overlay_add_toast (self->toasts, notice);
}

static void remove_dossier_file (const char *path);
static gboolean select_article (DossierWindow *self,
                                guint          document);
static void load_colour_labels (DossierWindow *self);

static void
toast_with_action (DossierWindow *self,
                   const char    *message,
                   const char    *button,
                   const char    *action,
                   GVariant      *target)
{
  AdwToast *notice = adw_toast_new (message);

  adw_toast_set_timeout (notice, 8);
  adw_toast_set_button_label (notice, button);
  adw_toast_set_action_name (notice, action);
  if (target != NULL)
    adw_toast_set_action_target_value (notice, target);
  adw_toast_overlay_add_toast (self->toasts, notice);
}

static char *
display_title (DossierArticle *article)
{
  DossierDocument *document = dossier_article_get_document (article);
  DossierParagraph *first;
  GString *lead;

  if (document->title != NULL)
    return g_strdup (document->title);
  if (document->paragraphs->len == 0)
    return g_strdup (_("Untitled article"));

  /* No headline on the page: its first words stand in. */
  first = g_ptr_array_index (document->paragraphs, 0);
  lead = g_string_new (NULL);
  for (const char *p = first->text; *p && g_utf8_strlen (lead->str, -1) < 80; p = g_utf8_next_char (p))
    g_string_append_unichar (lead, g_utf8_get_char (p));
  if (lead->len < strlen (first->text))
    g_string_append (lead, "…");
  return g_string_free (lead, FALSE);
}

/* The sidebar row: title, then outlet · date · entities. */
static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *title = gtk_label_new (NULL);
  GtkWidget *meta = gtk_label_new (NULL);

  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_lines (GTK_LABEL (title), 3);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (meta), 0);
  gtk_label_set_ellipsize (GTK_LABEL (meta), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (meta, "dim-label");
  gtk_widget_add_css_class (meta, "caption");
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), meta);
  gtk_widget_add_css_class (box, "articlerow");
  gtk_list_item_set_child (item, box);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          gpointer                  user_data)
{
  DossierArticle *article = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  GtkWidget *title = gtk_widget_get_first_child (box);
  GtkWidget *meta = gtk_widget_get_next_sibling (title);
  DossierDocument *document = dossier_article_get_document (article);
  g_autofree char *title_text = display_title (article);
  g_autoptr(GString) line = g_string_new (NULL);
  const char *published = dossier_article_get_published (article);
  guint n = dossier_article_get_n_entities (article);

  gtk_label_set_text (GTK_LABEL (title), title_text);
  if (document->title == NULL)
    gtk_widget_add_css_class (title, "untitled");
  else
    gtk_widget_remove_css_class (title, "untitled");

  g_string_append (line, document->outlet ? document->outlet : _("Unknown outlet"));
  g_string_append (line, " · ");
  if (published != NULL)
    {
      DossierDate date;
      if (dossier_date_parse_iso (published, &date))
        {
          g_autoptr(GDateTime) time = g_date_time_new_local (date.year, date.month, date.day, 0, 0, 0);
          /* Translators: a short date (%b is the abbreviated month name), as
           * g_date_time_format () writes it. */
          g_autofree char *shown = g_date_time_format (time, C_("date format", "%e %b %Y"));
          g_string_append (line, g_strstrip (shown));
          if (document->published_from == DOSSIER_DATE_SOURCE_INFERRED)
            g_string_append (line, _(" (inferred)"));
        }
    }
  else
    g_string_append (line, _("No date"));
  g_string_append_printf (line, " · ");
  g_string_append_printf (line, g_dngettext (GETTEXT_PACKAGE, "%u entity", "%u entities", n), n);
  gtk_label_set_text (GTK_LABEL (meta), line->str);
}

static gboolean
article_matches (gpointer item,
                 gpointer user_data)
{
  DossierWindow *self = user_data;
  DossierArticle *article = item;
  DossierDocument *document = dossier_article_get_document (article);
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (self->entity_filter >= 0)
    {
      gboolean mentioned = FALSE;
      for (guint m = 0; m < document->mentions->len && !mentioned; m++)
        mentioned = g_array_index (document->mentions, DossierMention, m).entity == self->entity_filter;
      if (!mentioned)
        return FALSE;
    }

  if (query != NULL && *query != '\0')
    {
      g_autofree char *needle = g_utf8_casefold (query, -1);
      if (document->title != NULL)
        {
          g_autofree char *title = g_utf8_casefold (document->title, -1);
          if (strstr (title, needle) != NULL)
            return TRUE;
        }
      for (guint p = 0; p < document->paragraphs->len; p++)
        {
          DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);
          g_autofree char *text = g_utf8_casefold (paragraph->text, paragraph->len);
          if (strstr (text, needle) != NULL)
            return TRUE;
        }
      return FALSE;
    }
  return TRUE;
}

static int
compare_articles (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  DossierWindow *self = user_data;
  DossierDocument *da = dossier_article_get_document ((DossierArticle *) a);
  DossierDocument *db = dossier_article_get_document ((DossierArticle *) b);
  int result = 0;

  if (self->sort_by_outlet)
    {
      /* Outlets A–Z, unknown last. */
      if ((da->outlet == NULL) != (db->outlet == NULL))
        return da->outlet == NULL ? 1 : -1;
      result = g_strcmp0 (da->outlet, db->outlet);
    }
  if (result == 0)
    {
      /* Newest first; undated last. */
      if (dossier_date_is_set (&da->published) != dossier_date_is_set (&db->published))
        return dossier_date_is_set (&da->published) ? -1 : 1;
      result = -dossier_date_compare (&da->published, &db->published);
    }
  if (result == 0)
    result = (int) dossier_article_get_index ((DossierArticle *) a) - (int) dossier_article_get_index ((DossierArticle *) b);
  return result;
}

static void
update_title (DossierWindow *self)
{
  guint total = g_list_model_get_n_items (G_LIST_MODEL (self->corpus));
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  g_autofree char *subtitle = NULL;

  /* %'u groups the digits as the locale does: 10,000 here, 10.000 in German. */
  if (shown == total)
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u article", "%'u articles", total), total);
  else
    subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%'u of %'u article", "%'u of %'u articles", total),
                                shown, total);
  if (self->read_only)
    {
      /* Translators: the window's subtitle for a dossier file that cannot
       * be changed; %s is "5 articles". */
      char *marked = g_strdup_printf (_("Read-only · %s"), subtitle);
      g_free (subtitle);
      subtitle = marked;
    }
  adw_window_title_set_subtitle (self->window_title, subtitle);
  adw_window_title_set_title (self->window_title, self->dossier_name != NULL ? self->dossier_name : _("Dossier"));
  gtk_stack_set_visible_child (GTK_STACK (self->list_stack), shown > 0 ? gtk_widget_get_parent (self->article_list)
                                                                       : self->empty_list);
}

static void
on_selection_changed (GtkSingleSelection *selection,
                      GParamSpec         *pspec,
                      DossierWindow      *self)
{
  DossierArticle *article = gtk_single_selection_get_selected_item (selection);

  dossier_reader_set_article (DOSSIER_READER (self->reader), article);
  dossier_entity_inspector_set_article (DOSSIER_ENTITY_INSPECTOR (self->inspector), article);
  dossier_annotation_list_set_current_article (DOSSIER_ANNOTATION_LIST (self->annotation_list),
                                              article != NULL ? (int) dossier_article_get_index (article) : -1);
}

static void
on_list_items_changed (GListModel    *model,
                       guint          position,
                       guint          removed,
                       guint          added,
                       DossierWindow *self)
{
  update_title (self);
}

/* What the open dossier's colours mean. */
static void
load_colour_labels (DossierWindow *self)
{
  DossierStore *store = dossier_corpus_get_store (self->corpus);

  for (guint c = 0; c < DOSSIER_N_COLOURS; c++)
    {
      g_free (self->colour_labels[c]);
      self->colour_labels[c] = store != NULL ? dossier_store_dup_colour_label (store, c)
                                             : g_strdup (dossier_colour_get_default_label (c));
    }
  dossier_reader_set_colour_labels (DOSSIER_READER (self->reader), (const char * const *) self->colour_labels);
  dossier_annotation_list_set_colour_labels (DOSSIER_ANNOTATION_LIST (self->annotation_list),
                                             (const char * const *) self->colour_labels);
}

static void
set_corpus (DossierWindow *self,
            DossierCorpus *corpus)
{
  g_set_object (&self->corpus, corpus);
  /* The inspector first: selecting an article asks it for the article's
   * entities, which must be the new analysis's. */
  dossier_entity_inspector_set_analysis (DOSSIER_ENTITY_INSPECTOR (self->inspector),
                                         dossier_corpus_get_analysis (corpus));
  gtk_filter_list_model_set_model (self->filtered, G_LIST_MODEL (corpus));
  dossier_timeline_set_events (DOSSIER_TIMELINE (self->timeline), dossier_corpus_get_events (corpus));
  dossier_reader_set_annotations (DOSSIER_READER (self->reader), dossier_corpus_get_annotations (corpus));
  dossier_annotation_list_set_corpus (DOSSIER_ANNOTATION_LIST (self->annotation_list), corpus);
  load_colour_labels (self);
  update_title (self);
}

static gboolean
pulse (gpointer user_data)
{
  DossierWindow *self = user_data;
  double progress = self->importing != NULL ? dossier_corpus_get_import_progress (self->importing) : -1;

  /* Files read so far; while the dossier is analysed, a pulse. */
  if (progress >= 0)
    gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress), progress);
  else
    gtk_progress_bar_pulse (GTK_PROGRESS_BAR (self->progress));
  return G_SOURCE_CONTINUE;
}

static void
import_busy (DossierWindow *self,
             gboolean       busy)
{
  gtk_widget_set_visible (self->progress, busy);
  if (busy && self->pulse_id == 0)
    self->pulse_id = g_timeout_add (100, pulse, self);
  else if (!busy)
    g_clear_handle_id (&self->pulse_id, g_source_remove);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", !busy && !self->read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import-folder", !busy && !self->read_only);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.paste-article", !busy && !self->read_only);
}

/* What changes a dossier is offered only where it can be kept. */
static void
set_read_only (DossierWindow *self,
               gboolean       read_only)
{
  static const char * const changing[] = {
    "win.highlight-selection", "win.colour-labels", "win.rename-entity", "win.retype-entity",
    "win.merge-entity", "win.split-entity", "win.set-published", "win.import", "win.import-folder",
    "win.paste-article",
  };

  self->read_only = read_only;
  for (gsize i = 0; i < G_N_ELEMENTS (changing); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), changing[i], !read_only);
  dossier_reader_set_read_only (DOSSIER_READER (self->reader), read_only);
}

static void
on_imported (GObject      *source,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(DossierWindow) self = user_data;
  DossierCorpus *corpus = DOSSIER_CORPUS (source);
  g_autoptr(GPtrArray) failures = NULL;
  g_autoptr(GError) error = NULL;
  guint before = g_list_model_get_n_items (G_LIST_MODEL (self->corpus));

  import_busy (self, FALSE);
  g_clear_object (&self->importing);
  if (!dossier_corpus_import_finish (corpus, result, &failures, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        toast (self, error->message);
      return;
    }
  if (corpus != self->corpus)
    set_corpus (self, corpus);
  else
    dossier_entity_inspector_set_analysis (DOSSIER_ENTITY_INSPECTOR (self->inspector),
                                           dossier_corpus_get_analysis (corpus));

  for (guint i = 0; failures != NULL && i < failures->len; i++)
    {
      GError *failure = g_ptr_array_index (failures, i);
      g_autofree char *message = g_strdup_printf (_("Could not import %s"), failure->message);
      toast (self, message);
    }

  /* An untitled dossier saved elsewhere is closed now: remove it. */
  if (self->delete_after_open != NULL)
    {
      remove_dossier_file (self->delete_after_open);
      g_clear_pointer (&self->delete_after_open, g_free);
    }

  update_title (self);
  dossier_timeline_show_default (DOSSIER_TIMELINE (self->timeline));
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

  g_menu_remove_all (self->recent_section);
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
      g_menu_append_item (self->recent_section, item);
    }
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
  g_free (self->dossier_name);
  self->dossier_name = sample ? g_strdup (_("Sample Dossier")) : dossier_store_dup_name (store);
  remember (self, dossier_store_get_path (store), sample);
  set_read_only (self, dossier_store_is_read_only (store));
  if (self->read_only)
    {
      g_autofree char *message =
        g_strdup_printf (_("“%s” is read-only: highlights and corrections cannot be saved in it"), self->dossier_name);
      toast_with_action (self, message, _("Save _As…"), "win.save-as", NULL);
    }
  g_clear_object (&self->deleted);

  import_busy (self, TRUE);
  g_set_object (&self->importing, corpus);
  if (then_import != NULL)
    {
      g_autoptr(GError) error = NULL;

      /* An empty dossier: nothing to read. */
      if (!dossier_corpus_open (corpus, store, NULL, NULL, &error))
        {
          import_busy (self, FALSE);
          toast (self, error->message);
          return;
        }
      dossier_corpus_import_async (corpus, then_import, self->cancellable, on_imported, g_object_ref (self));
    }
  else
    dossier_corpus_open_async (corpus, store, self->cancellable, on_imported, g_object_ref (self));
}

/* The corpus an import goes into.  The first import replaces the sample:
 * the researcher's dossier is theirs, a new one, kept as it grows. */
static DossierCorpus *
target_corpus (DossierWindow *self)
{
  g_autofree char *path = NULL;
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
      toast (self, error->message);
      return NULL;
    }
  self->showing_sample = FALSE;
  gtk_widget_set_visible (self->sample_banner, FALSE);
  g_free (self->dossier_name);
  self->dossier_name = dossier_store_dup_name (store);
  remember (self, path, FALSE);
  return g_steal_pointer (&corpus);
}

void
dossier_window_import (DossierWindow      *self,
                       const char * const *paths)
{
  g_autoptr(DossierCorpus) corpus = NULL;

  g_return_if_fail (DOSSIER_IS_WINDOW (self));

  corpus = target_corpus (self);
  if (corpus == NULL)
    return;
  import_busy (self, TRUE);
  g_set_object (&self->importing, corpus);
  dossier_corpus_import_async (corpus, paths, self->cancellable, on_imported, g_object_ref (self));
}

void
dossier_window_open_sample (DossierWindow *self)
{
  g_autofree char *seeds = dossier_source_get_seeds_dir ();
  const char *paths[] = { seeds, NULL };
  g_autofree char *path = sample_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierStore) store = NULL;

  g_return_if_fail (DOSSIER_IS_WINDOW (self));

  /* The sample is a dossier file too, so what is tried on it is kept. */
  store = dossier_store_open (path, TRUE, &error);
  if (store == NULL)
    {
      g_autoptr(DossierCorpus) corpus = dossier_corpus_new ();
      g_autofree char *message = g_strdup_printf (_("The sample is shown without being kept: %s"), error->message);

      toast (self, message);
      self->showing_sample = TRUE;
      import_busy (self, TRUE);
      g_set_object (&self->importing, corpus);
      dossier_corpus_import_async (corpus, paths, self->cancellable, on_imported, g_object_ref (self));
      return;
    }
  show_store (self, store, TRUE, dossier_store_count_sources (store) == 0 ? paths : NULL);
}

/* Opens the dossier file at @path; FALSE, with a toast saying why, when
 * it cannot be (the dossier open stays). */
gboolean
dossier_window_open_dossier (DossierWindow *self,
                             const char    *path)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierStore) store = NULL;
  g_autofree char *sample = sample_path ();

  g_return_val_if_fail (DOSSIER_IS_WINDOW (self), FALSE);

  store = dossier_store_open (path, FALSE, &error);
  if (store == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("Could not open the dossier: %s"), error->message);
      toast (self, message);
      return FALSE;
    }
  show_store (self, store, g_strcmp0 (path, sample) == 0, NULL);
  return TRUE;
}

static void
new_dossier_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  g_autofree char *path = untitled_path ();
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierStore) store = dossier_store_open (path, TRUE, &error);

  if (store == NULL)
    {
      toast (self, error->message);
      return;
    }
  show_store (self, store, FALSE, NULL);
}

typedef gboolean (*DossierFileChosen) (DossierWindow *self,
                                       const char    *path);

static void
on_dossier_file_response (GtkNativeDialog *dialog,
                          int              response,
                          DossierWindow   *self)
{
  DossierFileChosen chosen = g_object_get_data (G_OBJECT (dialog), "dossier-file-chosen");

  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autofree char *path = file != NULL ? g_file_get_path (file) : NULL;

      if (path != NULL)
        chosen (self, path);
    }
  g_object_unref (dialog);
}

/* The native file chooser for a dossier file, to open (@suggested_name
 * NULL) or to save as; @chosen gets the path. */
static void
choose_dossier_file (DossierWindow     *self,
                     const char        *title,
                     const char        *accept_label,
                     const char        *suggested_name,
                     DossierFileChosen  chosen)
{
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, _("Dossiers"));
  gtk_file_filter_add_suffix (filter, "dossier");
  chooser = gtk_file_chooser_native_new (title, GTK_WINDOW (self),
                                         suggested_name != NULL ? GTK_FILE_CHOOSER_ACTION_SAVE
                                                                : GTK_FILE_CHOOSER_ACTION_OPEN,
                                         accept_label, _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  g_object_unref (filter);
  if (suggested_name != NULL)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), suggested_name);
  g_object_set_data (G_OBJECT (chooser), "dossier-file-chosen", chosen);
  g_signal_connect (chooser, "response", G_CALLBACK (on_dossier_file_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
open_dossier_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  choose_dossier_file (DOSSIER_WINDOW (widget), _("Open Dossier"), _("_Open"), NULL, dossier_window_open_dossier);
}

static void
open_recent_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  dossier_window_open_dossier (DOSSIER_WINDOW (widget), g_variant_get_string (parameter, NULL));
}

/* Saves the dossier at @path and goes on there; an untitled one is
 * removed from where it waited once the copy is open. */
gboolean
dossier_window_save_as (DossierWindow *self,
                        const char    *path)
{
  DossierStore *store = dossier_corpus_get_store (self->corpus);
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierStore) copy = NULL;
  g_autofree char *old_path = NULL;
  g_autofree char *target = NULL;

  g_return_val_if_fail (DOSSIER_IS_WINDOW (self), FALSE);

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
      toast (self, message);
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
save_as_action (GtkWidget  *widget,
                const char *action_name,
                GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  g_autofree char *name = g_strconcat (self->dossier_name != NULL ? self->dossier_name : _("Dossier"), ".dossier", NULL);

  if (dossier_corpus_get_store (self->corpus) != NULL)
    choose_dossier_file (self, _("Save Dossier As"), _("_Save"), name, dossier_window_save_as);
}

static void
on_recent_changed (GSettings     *settings,
                   const char    *key,
                   DossierWindow *self)
{
  update_recent_menu (self);
}

/* Annotations. */

static void
on_annotate (DossierReader *reader,
             guint          colour,
             gint64         start,
             gint64         end,
             DossierWindow *self)
{
  DossierArticle *article = dossier_reader_get_article (reader);
  DossierDocument *document;
  g_autofree char *text = NULL;
  g_autoptr(DossierAnnotation) annotation = NULL;
  g_autoptr(GError) error = NULL;
  DossierAnchor anchor = { 0 };

  if (article == NULL)
    return;
  document = dossier_article_get_document (article);
  text = dossier_document_get_text (document, NULL);
  if (!dossier_anchor_describe (&anchor, text, start, end))
    return;
  annotation = dossier_annotation_new (NULL, document->source_id);
  dossier_annotation_set_anchor (annotation, &anchor);
  dossier_anchor_clear (&anchor);
  dossier_annotation_set_document (annotation, (int) dossier_article_get_index (article));
  dossier_annotation_set_colour (annotation, colour);
  if (!dossier_corpus_add_annotation (self->corpus, annotation, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not save the highlight: %s"), error->message);
      toast (self, message);
      return;
    }
  /* Go on with a note and tags. */
  dossier_reader_edit_annotation (reader, annotation);
}

static void
on_annotation_changed (DossierReader     *reader,
                       DossierAnnotation *annotation,
                       DossierWindow     *self)
{
  g_autoptr(GError) error = NULL;

  if (!dossier_corpus_save_annotation (self->corpus, annotation, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not save the annotation: %s"), error->message);
      toast (self, message);
    }
}

/* Deletes @annotation, with a toast to undo it. */
void
dossier_window_delete_annotation (DossierWindow     *self,
                                  DossierAnnotation *annotation)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierAnnotation) kept = g_object_ref (annotation);

  g_return_if_fail (DOSSIER_IS_WINDOW (self));

  if (!dossier_corpus_remove_annotation (self->corpus, annotation, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not delete the annotation: %s"), error->message);
      toast (self, message);
      return;
    }
  g_set_object (&self->deleted, kept);
  toast_with_action (self, _("Annotation deleted"), _("_Undo"), "win.undo-delete", NULL);
}

static void
on_annotation_delete_requested (GtkWidget         *widget,
                                DossierAnnotation *annotation,
                                DossierWindow     *self)
{
  dossier_window_delete_annotation (self, annotation);
}

static void
undo_delete_action (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  g_autoptr(DossierAnnotation) annotation = g_steal_pointer (&self->deleted);
  g_autoptr(GError) error = NULL;

  if (annotation == NULL)
    return;
  if (!dossier_corpus_add_annotation (self->corpus, annotation, &error))
    toast (self, error->message);
}


/* Corrections: kept in the dossier at once, applied by analysing it
 * again; each can be undone from its toast. */

static void
apply_correction (DossierWindow           *self,
                  gint64                   source,
                  const DossierCorrection *correction,
                  const char              *done)
{
  g_autoptr(GError) error = NULL;
  gint64 id = dossier_corpus_add_correction (self->corpus, source, correction, &error);

  if (id < 0)
    {
      g_autofree char *message = g_strdup_printf (_("Could not keep the correction: %s"), error->message);
      toast (self, message);
      return;
    }
  import_busy (self, TRUE);
  g_set_object (&self->importing, self->corpus);
  dossier_corpus_reanalyse_async (self->corpus, self->cancellable, on_imported, g_object_ref (self));
  toast_with_action (self, done, _("_Undo"), "win.undo-correction", g_variant_new_int64 (id));
}

static void
undo_correction_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  g_autoptr(GError) error = NULL;

  if (!dossier_corpus_remove_correction (self->corpus, g_variant_get_int64 (parameter), &error))
    {
      toast (self, error->message);
      return;
    }
  import_busy (self, TRUE);
  g_set_object (&self->importing, self->corpus);
  dossier_corpus_reanalyse_async (self->corpus, self->cancellable, on_imported, g_object_ref (self));
}

static const DossierEntityRecord *
entity_by_key (DossierWindow *self,
               const char    *key)
{
  DossierAnalysis *analysis = dossier_corpus_get_analysis (self->corpus);

  for (guint e = 0; analysis != NULL && e < dossier_analysis_get_n_entities (analysis); e++)
    if (g_strcmp0 (dossier_analysis_get_entity (analysis, e)->key, key) == 0)
      return dossier_analysis_get_entity (analysis, e);
  return NULL;
}

typedef void (*TextAnswer) (DossierWindow *self,
                            const char    *answer,
                            gpointer       data);

typedef struct
{
  DossierWindow *self;
  GtkWidget *entry;
  TextAnswer answer;
  char *data;
} Question;

static void
on_question_response (AdwMessageDialog *dialog,
                      const char       *response,
                      Question         *question)
{
  if (g_strcmp0 (response, "apply") == 0)
    question->answer (question->self, gtk_editable_get_text (GTK_EDITABLE (question->entry)), question->data);
  g_object_unref (question->self);
  g_free (question->data);
  g_free (question);
}

/* A dialog asking for one line of text. */
static void
ask_text (DossierWindow *self,
          const char    *heading,
          const char    *body,
          const char    *initial,
          const char    *apply_label,
          TextAnswer     answer,
          const char    *data)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  Question *question = g_new0 (Question, 1);

  question->self = g_object_ref (self);
  question->entry = gtk_entry_new ();
  question->answer = answer;
  question->data = g_strdup (data);
  gtk_editable_set_text (GTK_EDITABLE (question->entry), initial != NULL ? initial : "");
  gtk_entry_set_activates_default (GTK_ENTRY (question->entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (question->entry), GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), question->entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "apply", apply_label, NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "apply");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_question_response), question);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
rename_answered (DossierWindow *self,
                 const char    *answer,
                 gpointer       data)
{
  g_autoptr(DossierCorrection) correction = NULL;
  g_autofree char *name = g_strstrip (g_strdup (answer));
  g_autofree char *done = NULL;

  if (*name == '\0')
    return;
  correction = dossier_correction_new (DOSSIER_CORRECTION_RENAME, data, name);
  done = g_strdup_printf (_("Renamed to %s"), name);
  apply_correction (self, 0, correction, done);
}

static void
rename_entity_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  const DossierEntityRecord *entity = entity_by_key (self, g_variant_get_string (parameter, NULL));

  if (entity == NULL)
    return;
  ask_text (self, _("Rename Entity"), _("The name shown for it everywhere in this dossier."),
            entity->name, _("_Rename"), rename_answered, entity->key);
}

static void
retype_entity_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  const char *key, *type;
  g_autoptr(DossierCorrection) correction = NULL;
  g_autofree char *done = NULL;
  const DossierEntityRecord *entity;

  g_variant_get (parameter, "(&s&s)", &key, &type);
  entity = entity_by_key (self, key);
  if (entity == NULL)
    return;
  correction = dossier_correction_new (DOSSIER_CORRECTION_RETYPE, key, type);
  done = g_strdup_printf (_("%s is now a %s"), entity->name,
                          g_str_equal (type, "person") ? _("person")
                          : g_str_equal (type, "organization") ? _("organisation") : _("place"));
  apply_correction (self, 0, correction, done);
}

static void
split_entity_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  const char *key, *alias;
  g_autoptr(DossierCorrection) correction = NULL;
  g_autofree char *done = NULL;

  g_variant_get (parameter, "(&s&s)", &key, &alias);
  correction = dossier_correction_new (DOSSIER_CORRECTION_SPLIT, key, alias);
  done = g_strdup_printf (_("“%s” is now an entity of its own"), alias);
  apply_correction (self, 0, correction, done);
}

typedef struct
{
  DossierWindow *self;
  char *key;
  GtkWidget *choice;
  GPtrArray *keys;
} Merge;

static void
on_merge_response (AdwMessageDialog *dialog,
                   const char       *response,
                   Merge            *merge)
{
  guint chosen = gtk_drop_down_get_selected (GTK_DROP_DOWN (merge->choice));

  if (g_strcmp0 (response, "merge") == 0 && chosen < merge->keys->len)
    {
      const DossierEntityRecord *into = entity_by_key (merge->self, g_ptr_array_index (merge->keys, chosen));
      g_autoptr(DossierCorrection) correction = dossier_correction_new (DOSSIER_CORRECTION_MERGE, merge->key,
                                                                         g_ptr_array_index (merge->keys, chosen));
      g_autofree char *done = g_strdup_printf (_("Merged into %s"), into != NULL ? into->name : "");
      apply_correction (merge->self, 0, correction, done);
    }
  g_object_unref (merge->self);
  g_free (merge->key);
  g_ptr_array_unref (merge->keys);
  g_free (merge);
}

static void
merge_entity_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  DossierAnalysis *analysis = dossier_corpus_get_analysis (self->corpus);
  const DossierEntityRecord *entity = entity_by_key (self, g_variant_get_string (parameter, NULL));
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  Merge *merge;

  if (entity == NULL)
    return;
  merge = g_new0 (Merge, 1);
  merge->self = g_object_ref (self);
  merge->key = g_strdup (entity->key);
  merge->keys = g_ptr_array_new_with_free_func (g_free);
  /* Those of the same type first, then the others. */
  for (int pass = 0; pass < 2; pass++)
    for (guint e = 0; e < dossier_analysis_get_n_entities (analysis); e++)
      {
        const DossierEntityRecord *other = dossier_analysis_get_entity (analysis, e);
        if (other == entity || (other->type == entity->type) != (pass == 0))
          continue;
        gtk_string_list_append (names, other->name);
        g_ptr_array_add (merge->keys, g_strdup (other->key));
      }
  merge->choice = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (merge->choice), TRUE);
  gtk_drop_down_set_expression (GTK_DROP_DOWN (merge->choice),
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (merge->choice), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The entity it is part of"), -1);
  body = g_strdup_printf (_("Every mention of %s becomes a mention of the entity chosen."), entity->name);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Merge Into Another Entity"), body);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), merge->choice);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "merge", _("_Merge"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "merge", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_merge_response), merge);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
published_answered (DossierWindow *self,
                    const char    *answer,
                    gpointer       data)
{
  DossierArticle *article = dossier_reader_get_article (DOSSIER_READER (self->reader));
  g_autofree char *text = g_strstrip (g_strdup (answer));
  g_autoptr(DossierCorrection) correction = NULL;
  g_autofree char *done = NULL;
  DossierDate date;

  if (article == NULL)
    return;
  if (!dossier_date_parse_iso (text, &date) || date.precision < DOSSIER_PRECISION_DAY)
    {
      toast (self, _("A publication date is a day, written as YYYY-MM-DD"));
      return;
    }
  correction = dossier_correction_new (DOSSIER_CORRECTION_PUBLISHED, NULL, text);
  done = g_strdup_printf (_("Publication date set to %s; its dates are resolved again"), text);
  apply_correction (self, dossier_article_get_document (article)->source_id, correction, done);
}

static void
set_published_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  DossierArticle *article = dossier_reader_get_article (DOSSIER_READER (self->reader));

  if (article == NULL)
    return;
  ask_text (self, _("Set Publication Date"),
            _("“On Wednesday” and other relative dates in the article are resolved against it."),
            dossier_article_get_published (article), _("_Set"), published_answered, NULL);
}

static void
on_annotation_activated (DossierAnnotationList *list,
                         DossierAnnotation     *annotation,
                         DossierWindow         *self)
{
  int document = dossier_annotation_get_document (annotation);

  if (document < 0 || !select_article (self, (guint) document))
    return;
  if (dossier_annotation_get_orphaned (annotation))
    {
      toast (self, _("The words of this annotation are no longer in the article; it is kept with its note"));
      return;
    }
  dossier_reader_show_annotation (DOSSIER_READER (self->reader), annotation);
  gtk_widget_grab_focus (GTK_WIDGET (dossier_reader_get_text_view (DOSSIER_READER (self->reader))));
}

static void
open_exported (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  g_autoptr(GFile) file = g_file_new_for_path (g_variant_get_string (parameter, NULL));
  g_autofree char *uri = g_file_get_uri (file);

  gtk_show_uri (GTK_WINDOW (widget), uri, GDK_CURRENT_TIME);
}

static void
on_exported (DossierExportDialog *dialog,
             const char          *path,
             DossierWindow       *self)
{
  g_autofree char *name = g_path_get_basename (path);
  /* Translators: a toast after an export; %s is the file or folder written. */
  g_autofree char *message = g_strdup_printf (_("Exported to %s"), name);

  toast_with_action (self, message, _("_Open"), "win.open-exported", g_variant_new_string (path));
}

static void
export_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  DossierArticle *current = dossier_reader_get_article (DOSSIER_READER (self->reader));
  GListModel *list = G_LIST_MODEL (self->selection);
  g_autoptr(GArray) shown = g_array_new (FALSE, FALSE, sizeof (guint));
  DossierExportDialog *dialog;

  if (dossier_corpus_get_analysis (self->corpus) == NULL ||
      g_list_model_get_n_items (G_LIST_MODEL (self->corpus)) == 0)
    {
      toast (self, _("There is nothing to export yet: import articles first"));
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
  g_signal_connect_object (dialog, "exported", G_CALLBACK (on_exported), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}


/* What each highlight colour means in this dossier, named by the
 * researcher ("Claim", "Contradiction"). */
typedef struct
{
  DossierWindow *self;
  GtkWidget *rows[DOSSIER_N_COLOURS];
} ColourLabels;

static void
on_colour_labels_response (AdwMessageDialog *dialog,
                           const char       *response,
                           ColourLabels     *labels)
{
  DossierStore *store = dossier_corpus_get_store (labels->self->corpus);

  if (g_strcmp0 (response, "save") == 0 && store != NULL)
    {
      for (guint c = 0; c < DOSSIER_N_COLOURS; c++)
        {
          g_autofree char *label = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (labels->rows[c]))));
          g_autoptr(GError) error = NULL;

          if (*label == '\0')
            continue;
          if (!dossier_store_set_colour_label (store, c, label, &error))
            {
              toast (labels->self, error->message);
              break;
            }
        }
      load_colour_labels (labels->self);
    }
  g_object_unref (labels->self);
  g_free (labels);
}

static void
colour_labels_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  static const char *colour_names[DOSSIER_N_COLOURS] = { N_("Yellow"), N_("Green"), N_("Blue"), N_("Red"), N_("Purple") };
  ColourLabels *labels;
  GtkWidget *dialog, *list;

  if (dossier_corpus_get_store (self->corpus) == NULL)
    return;
  labels = g_new0 (ColourLabels, 1);
  labels->self = g_object_ref (self);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint c = 0; c < DOSSIER_N_COLOURS; c++)
    {
      GtkWidget *row = adw_entry_row_new ();
      GtkWidget *swatch = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(colour_names[c]));
      gtk_editable_set_text (GTK_EDITABLE (row), self->colour_labels[c] != NULL ? self->colour_labels[c] : "");
      gtk_widget_add_css_class (swatch, "colour-swatch");
      gtk_widget_add_css_class (swatch, dossier_colour_to_string (c));
      gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
      adw_entry_row_add_prefix (ADW_ENTRY_ROW (row), swatch);
      labels->rows[c] = row;
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Colour Meanings"),
                                   _("What each highlight colour stands for in this dossier. The names are "
                                     "shown in the highlight popover, the annotations list and the exports."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_colour_labels_response), labels);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
highlight_selection_action (GtkWidget  *widget,
                            const char *action_name,
                            GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);

  if (!dossier_reader_offer_highlight (DOSSIER_READER (self->reader)))
    toast (self, _("Select words in the article to highlight them"));
}

static void
on_file_chooser_response (GtkNativeDialog *dialog,
                          int              response,
                          DossierWindow   *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
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
        dossier_window_import (self, (const char * const *) paths->pdata);
    }
  g_object_unref (dialog);
}

static void
choose_files (DossierWindow        *self,
              GtkFileChooserAction  action)
{
  GtkFileChooserNative *chooser;
  GtkFileFilter *filter;

  chooser = gtk_file_chooser_native_new (action == GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER ? _("Import Folder")
                                                                                         : _("Import Articles"),
                                         GTK_WINDOW (self), action, _("_Import"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (chooser), TRUE);
  if (action == GTK_FILE_CHOOSER_ACTION_OPEN)
    {
      filter = gtk_file_filter_new ();
      gtk_file_filter_set_name (filter, _("Articles (text, Markdown, HTML)"));
      gtk_file_filter_add_mime_type (filter, "text/plain");
      gtk_file_filter_add_mime_type (filter, "text/markdown");
      gtk_file_filter_add_mime_type (filter, "text/html");
      gtk_file_filter_add_suffix (filter, "txt");
      gtk_file_filter_add_suffix (filter, "md");
      gtk_file_filter_add_suffix (filter, "html");
      gtk_file_filter_add_suffix (filter, "htm");
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
      g_object_unref (filter);
    }
  g_signal_connect (chooser, "response", G_CALLBACK (on_file_chooser_response), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
import_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  choose_files (DOSSIER_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_OPEN);
}

static void
import_folder_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  choose_files (DOSSIER_WINDOW (widget), GTK_FILE_CHOOSER_ACTION_SELECT_FOLDER);
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

  if (text == NULL || *text == '\0')
    {
      toast (self, _("The clipboard holds no text to paste as an article"));
      return;
    }
  name = g_strdup_printf (_("Pasted article %u"), ++self->paste_count);
  corpus = target_corpus (self);
  if (corpus == NULL)
    return;
  import_busy (self, TRUE);
  g_set_object (&self->importing, corpus);
  dossier_corpus_import_text_async (corpus, text, name, self->cancellable, on_imported, g_object_ref (self));
}

static void
paste_article_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (widget);

  gdk_clipboard_read_text_async (clipboard, NULL, on_clipboard_text, g_object_ref (widget));
}

static void
search_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);

  gtk_search_bar_set_search_mode (GTK_SEARCH_BAR (self->search_bar), TRUE);
  gtk_widget_grab_focus (self->search_entry);
}

static void
clear_filter_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  dossier_window_set_entity_filter (DOSSIER_WINDOW (widget), -1);
}

/* The timeline's zoom, for the buttons above it and the shortcuts. */
static void
timeline_action (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *parameter)
{
  DossierTimeline *timeline = DOSSIER_TIMELINE (DOSSIER_WINDOW (widget)->timeline);

  if (g_str_equal (action_name, "win.timeline-zoom-in"))
    dossier_timeline_zoom (timeline, 1.5);
  else if (g_str_equal (action_name, "win.timeline-zoom-out"))
    dossier_timeline_zoom (timeline, 1 / 1.5);
  else if (g_str_equal (action_name, "win.timeline-show-default"))
    dossier_timeline_show_default (timeline);
  else
    dossier_timeline_show_all (timeline);
}

static void
text_size_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DossierWindow *self = DOSSIER_WINDOW (widget);
  double scale = g_settings_get_double (self->settings, "reader-text-scale");

  if (g_str_equal (action_name, "win.text-larger"))
    scale = MIN (scale * 1.1, 2.5);
  else if (g_str_equal (action_name, "win.text-smaller"))
    scale = MAX (scale / 1.1, 0.6);
  else
    scale = 1.0;
  g_settings_set_double (self->settings, "reader-text-scale", scale);
}

static void
on_text_scale_changed (GSettings     *settings,
                       const char    *key,
                       DossierWindow *self)
{
  dossier_reader_set_text_scale (DOSSIER_READER (self->reader), g_settings_get_double (settings, key));
}

static void
on_search_changed (GtkSearchEntry *entry,
                   DossierWindow  *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_sort_changed (GSettings     *settings,
                 const char    *key,
                 DossierWindow *self)
{
  g_autofree char *sort_by = g_settings_get_string (settings, "sort-by");

  /* Read once here, not in every comparison of a sort. */
  self->sort_by_outlet = g_strcmp0 (sort_by, "outlet") == 0;
  gtk_sorter_changed (GTK_SORTER (self->sorter), GTK_SORTER_CHANGE_DIFFERENT);
}

static void
on_highlight_toggled (GtkToggleButton *button,
                      DossierWindow   *self)
{
  for (int h = 0; h < DOSSIER_N_HIGHLIGHTS; h++)
    if (self->highlight_buttons[h] == GTK_WIDGET (button))
      dossier_reader_set_highlight (DOSSIER_READER (self->reader), h, gtk_toggle_button_get_active (button));
}

static void
on_show_removed_toggled (GtkToggleButton *button,
                         DossierWindow   *self)
{
  dossier_reader_set_show_removed (DOSSIER_READER (self->reader), gtk_toggle_button_get_active (button));
}

static void
on_entity_activated (DossierReader *reader,
                     guint          entity,
                     DossierWindow *self)
{
  g_settings_set_boolean (self->settings, "show-inspector", TRUE);
  adw_view_stack_set_visible_child_name (ADW_VIEW_STACK (self->side_stack), "entities");
  dossier_entity_inspector_show_entity (DOSSIER_ENTITY_INSPECTOR (self->inspector), entity);
}

static void
on_mention_activated (DossierEntityInspector *inspector,
                      guint                   document,
                      guint                   paragraph,
                      guint                   start,
                      guint                   end,
                      DossierWindow          *self)
{
  dossier_window_show_source (self, document, paragraph, start, end);
}

static void
on_filter_requested (DossierEntityInspector *inspector,
                     guint                   entity,
                     DossierWindow          *self)
{
  dossier_window_set_entity_filter (self, entity);
}

static void
on_source_activated (DossierTimeline *timeline,
                     DossierEvent    *event,
                     guint            source_index,
                     DossierWindow   *self)
{
  const DossierEventRecord *record = dossier_event_get_record (event);
  const DossierEventSource *source = &g_array_index (record->sources, DossierEventSource, source_index);

  dossier_window_show_source (self, source->document, source->paragraph, source->start, source->end);
}

static void
on_banner_closed (GtkButton     *button,
                  DossierWindow *self)
{
  gtk_widget_set_visible (self->sample_banner, FALSE);
  g_settings_set_boolean (self->settings, "show-sample-banner", FALSE);
}

static gboolean
on_drop (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         DossierWindow *self)
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
  dossier_window_import (self, (const char * const *) paths->pdata);
  return TRUE;
}

static void
dossier_window_dispose (GObject *object)
{
  DossierWindow *self = DOSSIER_WINDOW (object);

  g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->pulse_id, g_source_remove);
  g_clear_object (&self->cancellable);
  g_clear_object (&self->selection);
  g_clear_object (&self->corpus);
  g_clear_object (&self->importing);
  g_clear_object (&self->deleted);
  g_clear_object (&self->recent_section);
  g_clear_object (&self->settings);
  g_clear_pointer (&self->dossier_name, g_free);
  g_clear_pointer (&self->delete_after_open, g_free);
  for (guint c = 0; c < DOSSIER_N_COLOURS; c++)
    g_clear_pointer (&self->colour_labels[c], g_free);
  G_OBJECT_CLASS (dossier_window_parent_class)->dispose (object);
}

static void
dossier_window_class_init (DossierWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_window_dispose;

  gtk_widget_class_install_action (widget_class, "win.new-dossier", NULL, new_dossier_action);
  gtk_widget_class_install_action (widget_class, "win.open-dossier", NULL, open_dossier_action);
  gtk_widget_class_install_action (widget_class, "win.open-recent", "s", open_recent_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.undo-delete", NULL, undo_delete_action);
  gtk_widget_class_install_action (widget_class, "win.highlight-selection", NULL, highlight_selection_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, export_action);
  gtk_widget_class_install_action (widget_class, "win.colour-labels", NULL, colour_labels_action);
  gtk_widget_class_install_action (widget_class, "win.open-exported", "s", open_exported);
  gtk_widget_class_install_action (widget_class, "win.rename-entity", "s", rename_entity_action);
  gtk_widget_class_install_action (widget_class, "win.retype-entity", "(ss)", retype_entity_action);
  gtk_widget_class_install_action (widget_class, "win.merge-entity", "s", merge_entity_action);
  gtk_widget_class_install_action (widget_class, "win.split-entity", "(ss)", split_entity_action);
  gtk_widget_class_install_action (widget_class, "win.set-published", NULL, set_published_action);
  gtk_widget_class_install_action (widget_class, "win.undo-correction", "x", undo_correction_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, import_action);
  gtk_widget_class_install_action (widget_class, "win.import-folder", NULL, import_folder_action);
  gtk_widget_class_install_action (widget_class, "win.paste-article", NULL, paste_article_action);
  gtk_widget_class_install_action (widget_class, "win.search", NULL, search_action);
  gtk_widget_class_install_action (widget_class, "win.clear-filter", NULL, clear_filter_action);
  gtk_widget_class_install_action (widget_class, "win.timeline-zoom-in", NULL, timeline_action);
  gtk_widget_class_install_action (widget_class, "win.timeline-zoom-out", NULL, timeline_action);
  gtk_widget_class_install_action (widget_class, "win.timeline-show-default", NULL, timeline_action);
  gtk_widget_class_install_action (widget_class, "win.timeline-show-all", NULL, timeline_action);
  gtk_widget_class_install_action (widget_class, "win.text-larger", NULL, text_size_action);
  gtk_widget_class_install_action (widget_class, "win.text-smaller", NULL, text_size_action);
  gtk_widget_class_install_action (widget_class, "win.text-normal", NULL, text_size_action);
  /* Ctrl+± sizes the reader's text; with the timeline focused, its own
   * bindings zoom it instead. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_plus, GDK_CONTROL_MASK, "win.text-larger", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_equal, GDK_CONTROL_MASK, "win.text-larger", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_minus, GDK_CONTROL_MASK, "win.text-smaller", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_0, GDK_CONTROL_MASK, "win.text-normal", NULL);

  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK, "win.import", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_n, GDK_CONTROL_MASK, "win.new-dossier", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_s, GDK_CONTROL_MASK | GDK_SHIFT_MASK, "win.save-as", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_h, GDK_CONTROL_MASK, "win.highlight-selection", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_e, GDK_CONTROL_MASK, "win.export", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_o, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.import-folder", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_v, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "win.paste-article", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "win.search", NULL);
}

/* A key as aria-keyshortcuts names it: letters and digits as the upper-case
 * character, other keys by their key name ("Minus", "Plus", "F9"). */
static char *
aria_key_name (guint key)
{
  gunichar c = gdk_keyval_to_unicode (key);
  char *name;

  if (g_unichar_isalnum (c))
    {
      name = g_new0 (char, 7);  /* six bytes of UTF-8 at most, and the NUL */
      g_unichar_to_utf8 (g_unichar_toupper (c), name);
      return name;
    }
  name = g_strdup (gdk_keyval_name (key));
  name[0] = g_ascii_toupper (name[0]);
  return name;
}

/* An icon-only button says what it does in its tooltip and to screen
 * readers; the tooltip adds its shortcut as the user's keyboard names it
 * ("Strg+O" in German), the accessible tree gets the shortcut on its own. */
static void
describe_icon_button (GtkWidget  *button,
                      const char *label,
                      const char *accelerator)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  if (accelerator != NULL)
    {
      guint key;
      GdkModifierType modifiers;
      g_autofree char *shortcut = NULL;
      g_autofree char *tooltip = NULL;
      g_autofree char *aria = NULL;
      g_autofree char *aria_key = NULL;

      gtk_accelerator_parse (accelerator, &key, &modifiers);
      shortcut = gtk_accelerator_get_label (key, modifiers);
      /* Translators: a button's tooltip: what it does, then its shortcut. */
      tooltip = g_strdup_printf (C_("tooltip with shortcut", "%s (%s)"), label, shortcut);
      gtk_widget_set_tooltip_text (button, tooltip);
      /* ARIA's form, names not translated: "Control+O", "Control+Minus", "F9". */
      aria_key = aria_key_name (key);
      aria = g_strdup_printf ("%s%s", modifiers & GDK_CONTROL_MASK ? "Control+" : "", aria_key);
      gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_KEY_SHORTCUTS, aria, -1);
    }
  else
    gtk_widget_set_tooltip_text (button, label);
}

static GtkWidget *
icon_button (const char *icon,
             const char *label,
             const char *accelerator,
             const char *action)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  describe_icon_button (button, label, accelerator);
  if (action != NULL)
    gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
  return button;
}

static GtkWidget *
icon_toggle (const char *icon,
             const char *label,
             const char *accelerator)
{
  GtkWidget *button = gtk_toggle_button_new ();

  gtk_button_set_icon_name (GTK_BUTTON (button), icon);
  describe_icon_button (button, label, accelerator);
  return button;
}

static GMenuModel *
primary_menu (GMenu *recent)
{
  GMenu *menu = g_menu_new ();
  GMenu *dossier = g_menu_new ();
  GMenu *import = g_menu_new ();
  GMenu *view = g_menu_new ();
  GMenu *text = g_menu_new ();
  GMenu *sort = g_menu_new ();
  GMenu *help = g_menu_new ();

  g_menu_append (dossier, _("_New Dossier"), "win.new-dossier");
  g_menu_append (dossier, _("_Open Dossier…"), "win.open-dossier");
  g_menu_append_submenu (dossier, _("Open _Recent"), G_MENU_MODEL (recent));
  g_menu_append (dossier, _("_Save As…"), "win.save-as");
  g_menu_append (dossier, _("_Export…"), "win.export");
  g_menu_append (dossier, _("_Colour Meanings…"), "win.colour-labels");
  g_menu_append (import, _("_Import Articles…"), "win.import");
  g_menu_append (import, _("Import _Folder…"), "win.import-folder");
  g_menu_append (import, _("_Paste as Article"), "win.paste-article");
  g_menu_append (sort, _("Sort by _Date"), "app.sort-by::date");
  g_menu_append (sort, _("Sort by _Outlet"), "app.sort-by::outlet");
  g_menu_append (view, _("Show _Timeline"), "app.show-timeline");
  g_menu_append (view, _("Show _Entities and Annotations"), "app.show-inspector");
  g_menu_append (text, _("_Larger Text"), "win.text-larger");
  g_menu_append (text, _("_Smaller Text"), "win.text-smaller");
  g_menu_append (text, _("_Normal Text Size"), "win.text-normal");
  g_menu_append (help, _("_Keyboard Shortcuts"), "win.show-help-overlay");
  g_menu_append (help, _("_About Dossier"), "app.about");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (dossier));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (import));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (sort));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (view));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (text));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (help));
  g_object_unref (dossier);
  g_object_unref (import);
  g_object_unref (sort);
  g_object_unref (view);
  g_object_unref (text);
  g_object_unref (help);
  return G_MENU_MODEL (menu);
}

static void
dossier_window_init (DossierWindow *self)
{
  static const struct { const char *label; const char *css; const char *tooltip; } highlights[DOSSIER_N_HIGHLIGHTS] = {
    { N_("People"), "person", N_("Highlight people") },
    { N_("Organisations"), "organization", N_("Highlight organisations") },
    { N_("Places"), "place", N_("Highlight places") },
    { N_("Dates"), "date", N_("Highlight dates") },
    { N_("Quotes"), "quote", N_("Highlight quotes") },
  };
  GtkWidget *toolbar_box, *header, *menu_button, *import_button, *search_toggle, *inspector_toggle;
  GtkWidget *content, *sidebar, *list_scroller, *empty, *main_box, *highlight_bar, *removed_toggle;
  GtkWidget *reader_row, *timeline_header, *timeline_title, *banner_label, *banner_import, *banner_close;
  GtkWidget *filter_clear;
  GtkListItemFactory *factory;
  GtkDropTarget *drop;
  g_autoptr(GMenuModel) menu = NULL;

  self->settings = g_settings_new (SCHEMA_ID);
  self->recent_section = g_menu_new ();
  menu = primary_menu (self->recent_section);
  update_recent_menu (self);
  g_signal_connect (self->settings, "changed::recent-dossiers", G_CALLBACK (on_recent_changed), self);
  self->cancellable = g_cancellable_new ();
  self->entity_filter = -1;
  self->corpus = dossier_corpus_new ();

  gtk_window_set_title (GTK_WINDOW (self), _("Dossier"));
#if DEVELOPMENT_PROFILE
  /* The striped header bar that tells a development build from a release. */
  gtk_widget_add_css_class (GTK_WIDGET (self), "devel");
#endif
  gtk_window_set_default_size (GTK_WINDOW (self), g_settings_get_int (self->settings, "window-width"),
                               g_settings_get_int (self->settings, "window-height"));
  if (g_settings_get_boolean (self->settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  g_settings_bind (self->settings, "window-width", self, "default-width", G_SETTINGS_BIND_SET);
  g_settings_bind (self->settings, "window-height", self, "default-height", G_SETTINGS_BIND_SET);
  g_settings_bind (self->settings, "window-maximized", self, "maximized", G_SETTINGS_BIND_SET);

  toolbar_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  /* Header bar. */
  header = adw_header_bar_new ();
  self->window_title = ADW_WINDOW_TITLE (adw_window_title_new (_("Dossier"), NULL));
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), GTK_WIDGET (self->window_title));
  import_button = icon_button ("document-open-symbolic", _("Import Articles"), "<Control>o", "win.import");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), import_button);
  search_toggle = icon_toggle ("system-search-symbolic", _("Search Articles"), "<Control>f");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), search_toggle);
  menu_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (menu_button), "open-menu-symbolic");
  gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (menu_button), menu);
  gtk_menu_button_set_primary (GTK_MENU_BUTTON (menu_button), TRUE);
  gtk_widget_set_tooltip_text (menu_button, _("Main Menu"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu_button), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Main Menu"), -1);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), menu_button);
  adw_header_bar_pack_end (ADW_HEADER_BAR (header),
                           icon_button ("document-send-symbolic", _("Export"), "<Control>e", "win.export"));
  inspector_toggle = icon_toggle ("sidebar-show-right-symbolic", _("Show Entities and Annotations"), "F9");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (inspector_toggle), "app.show-inspector");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), inspector_toggle);
  gtk_box_append (GTK_BOX (toolbar_box), header);

  /* The sample banner (AdwBanner needs libadwaita 1.3). */
  self->sample_banner = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_add_css_class (self->sample_banner, "sample-banner");
  banner_label = gtk_label_new (_("This is the sample dossier: five articles on NATO and Ukraine, October 2024. "
                                  "Import your own articles, drop files here or paste a page with Ctrl+Shift+V."));
  gtk_label_set_wrap (GTK_LABEL (banner_label), TRUE);
  gtk_label_set_width_chars (GTK_LABEL (banner_label), 40);
  gtk_label_set_xalign (GTK_LABEL (banner_label), 0);
  gtk_widget_set_hexpand (banner_label, TRUE);
  banner_import = gtk_button_new_with_mnemonic (_("_Import…"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (banner_import), "win.import");
  gtk_widget_set_valign (banner_import, GTK_ALIGN_CENTER);
  banner_close = icon_button ("window-close-symbolic", _("Dismiss"), NULL, NULL);
  gtk_widget_add_css_class (banner_close, "flat");
  gtk_widget_set_valign (banner_close, GTK_ALIGN_CENTER);
  g_signal_connect (banner_close, "clicked", G_CALLBACK (on_banner_closed), self);
  gtk_box_append (GTK_BOX (self->sample_banner), banner_label);
  gtk_box_append (GTK_BOX (self->sample_banner), banner_import);
  gtk_box_append (GTK_BOX (self->sample_banner), banner_close);
  gtk_widget_set_visible (self->sample_banner, FALSE);
  gtk_box_append (GTK_BOX (toolbar_box), self->sample_banner);

  self->progress = gtk_progress_bar_new ();
  gtk_widget_add_css_class (self->progress, "osd");
  gtk_widget_set_visible (self->progress, FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Importing"), -1);
  gtk_box_append (GTK_BOX (toolbar_box), self->progress);

  /* Sidebar. */
  sidebar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (sidebar, "article-sidebar");
  self->search_bar = gtk_search_bar_new ();
  self->search_entry = gtk_search_entry_new ();
  g_object_set (self->search_entry, "placeholder-text", _("Search titles and text"), NULL);
  gtk_search_bar_set_child (GTK_SEARCH_BAR (self->search_bar), self->search_entry);
  gtk_search_bar_connect_entry (GTK_SEARCH_BAR (self->search_bar), GTK_EDITABLE (self->search_entry));
  g_object_bind_property (search_toggle, "active", self->search_bar, "search-mode-enabled",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_signal_connect (self->search_entry, "search-changed", G_CALLBACK (on_search_changed), self);
  gtk_box_append (GTK_BOX (sidebar), self->search_bar);

  self->filter_bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_add_css_class (self->filter_bar, "entity-filter");
  self->filter_label = gtk_label_new (NULL);
  gtk_label_set_ellipsize (GTK_LABEL (self->filter_label), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (self->filter_label), 0);
  gtk_widget_set_hexpand (self->filter_label, TRUE);
  filter_clear = icon_button ("edit-clear-symbolic", _("Show All Articles"), NULL, "win.clear-filter");
  gtk_widget_add_css_class (filter_clear, "flat");
  gtk_box_append (GTK_BOX (self->filter_bar), self->filter_label);
  gtk_box_append (GTK_BOX (self->filter_bar), filter_clear);
  gtk_widget_set_visible (self->filter_bar, FALSE);
  gtk_box_append (GTK_BOX (sidebar), self->filter_bar);

  self->filter = gtk_custom_filter_new (article_matches, self, NULL);
  self->sorter = gtk_custom_sorter_new (compare_articles, self, NULL);
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (self->filtered), GTK_SORTER (self->sorter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (self->sorted));
  gtk_single_selection_set_autoselect (self->selection, TRUE);
  g_signal_connect (self->selection, "notify::selected-item", G_CALLBACK (on_selection_changed), self);
  g_signal_connect (self->sorted, "items-changed", G_CALLBACK (on_list_items_changed), self);
  g_signal_connect (self->settings, "changed::sort-by", G_CALLBACK (on_sort_changed), self);
  on_sort_changed (self->settings, "sort-by", self);
  /* Sorting and filtering thousands of articles in one go would stall the
   * window; incremental models spread it over frames. */
  gtk_sort_list_model_set_incremental (self->sorted, TRUE);
  gtk_filter_list_model_set_incremental (self->filtered, TRUE);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), NULL);
  self->article_list = gtk_list_view_new (GTK_SELECTION_MODEL (g_object_ref (self->selection)), factory);
  gtk_widget_add_css_class (self->article_list, "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->article_list), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Articles"), -1);
  list_scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (list_scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (list_scroller), self->article_list);
  empty = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "edit-find-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Articles"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty), _("Import articles, or change the search"));
  gtk_widget_add_css_class (empty, "compact");
  self->empty_list = empty;
  self->list_stack = gtk_stack_new ();
  gtk_stack_add_child (GTK_STACK (self->list_stack), list_scroller);
  gtk_stack_add_child (GTK_STACK (self->list_stack), empty);
  gtk_widget_set_vexpand (self->list_stack, TRUE);
  gtk_box_append (GTK_BOX (sidebar), self->list_stack);

  /* Reader with its highlight switches, and the inspector beside it. */
  main_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  highlight_bar = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_add_css_class (highlight_bar, "highlight-bar");
  for (int h = 0; h < DOSSIER_N_HIGHLIGHTS; h++)
    {
      GtkWidget *toggle = gtk_toggle_button_new_with_label (_(highlights[h].label));
      gtk_widget_add_css_class (toggle, "highlight-toggle");
      gtk_widget_add_css_class (toggle, highlights[h].css);
      gtk_widget_set_tooltip_text (toggle, _(highlights[h].tooltip));
      g_settings_bind (self->settings, highlight_keys[h], toggle, "active", G_SETTINGS_BIND_DEFAULT);
      g_signal_connect (toggle, "toggled", G_CALLBACK (on_highlight_toggled), self);
      self->highlight_buttons[h] = toggle;
      gtk_box_append (GTK_BOX (highlight_bar), toggle);
    }
  removed_toggle = gtk_toggle_button_new_with_mnemonic (_("Show _Removed Text"));
  gtk_widget_set_tooltip_text (removed_toggle, _("Show what the cleaning removed from the page, to check it"));
  gtk_widget_set_hexpand (removed_toggle, TRUE);
  gtk_widget_set_halign (removed_toggle, GTK_ALIGN_END);
  g_signal_connect (removed_toggle, "toggled", G_CALLBACK (on_show_removed_toggled), self);
  gtk_box_append (GTK_BOX (highlight_bar), removed_toggle);
  {
    g_autoptr(GMenu) article_menu = g_menu_new ();
    GtkWidget *article_button = gtk_menu_button_new ();

    g_menu_append (article_menu, _("_Highlight Selection"), "win.highlight-selection");
    g_menu_append (article_menu, _("Set _Publication Date…"), "win.set-published");
    gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (article_button), "view-more-symbolic");
    gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (article_button), G_MENU_MODEL (article_menu));
    describe_icon_button (article_button, _("Article Menu"), NULL);
    gtk_box_append (GTK_BOX (highlight_bar), article_button);
  }
  gtk_box_append (GTK_BOX (main_box), highlight_bar);

  reader_row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  self->reader = dossier_reader_new ();
  gtk_widget_set_hexpand (self->reader, TRUE);
  gtk_widget_set_vexpand (self->reader, TRUE);
  g_signal_connect (self->reader, "entity-activated", G_CALLBACK (on_entity_activated), self);
  g_signal_connect (self->reader, "annotate", G_CALLBACK (on_annotate), self);
  g_signal_connect (self->reader, "annotation-changed", G_CALLBACK (on_annotation_changed), self);
  g_signal_connect (self->reader, "annotation-delete-requested", G_CALLBACK (on_annotation_delete_requested), self);
  g_signal_connect (self->settings, "changed::reader-text-scale", G_CALLBACK (on_text_scale_changed), self);
  on_text_scale_changed (self->settings, "reader-text-scale", self);
  for (int h = 0; h < DOSSIER_N_HIGHLIGHTS; h++)
    dossier_reader_set_highlight (DOSSIER_READER (self->reader), h,
                                  gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->highlight_buttons[h])));
  gtk_box_append (GTK_BOX (reader_row), self->reader);

  self->inspector = dossier_entity_inspector_new ();
  gtk_widget_set_size_request (self->inspector, 280, -1);
  g_signal_connect (self->inspector, "mention-activated", G_CALLBACK (on_mention_activated), self);
  g_signal_connect (self->inspector, "filter-requested", G_CALLBACK (on_filter_requested), self);
  self->annotation_list = dossier_annotation_list_new ();
  g_signal_connect (self->annotation_list, "annotation-activated", G_CALLBACK (on_annotation_activated), self);
  g_signal_connect (self->annotation_list, "delete-requested", G_CALLBACK (on_annotation_delete_requested), self);
  {
    GtkWidget *side = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
    GtkWidget *switcher = adw_view_switcher_new ();
    AdwViewStackPage *page;

    self->side_stack = adw_view_stack_new ();
    page = adw_view_stack_add_titled (ADW_VIEW_STACK (self->side_stack), self->inspector, "entities", _("Entities"));
    adw_view_stack_page_set_icon_name (page, "system-users-symbolic");
    page = adw_view_stack_add_titled (ADW_VIEW_STACK (self->side_stack), self->annotation_list, "annotations",
                                      _("Annotations"));
    adw_view_stack_page_set_icon_name (page, "document-edit-symbolic");
    adw_view_switcher_set_stack (ADW_VIEW_SWITCHER (switcher), ADW_VIEW_STACK (self->side_stack));
    adw_view_switcher_set_policy (ADW_VIEW_SWITCHER (switcher), ADW_VIEW_SWITCHER_POLICY_WIDE);
    gtk_widget_add_css_class (switcher, "side-switcher");
    gtk_box_append (GTK_BOX (side), switcher);
    gtk_widget_set_vexpand (self->side_stack, TRUE);
    gtk_box_append (GTK_BOX (side), self->side_stack);
    gtk_widget_set_size_request (side, 300, -1);

    self->inspector_revealer = gtk_revealer_new ();
    gtk_revealer_set_transition_type (GTK_REVEALER (self->inspector_revealer), GTK_REVEALER_TRANSITION_TYPE_SLIDE_LEFT);
    gtk_revealer_set_child (GTK_REVEALER (self->inspector_revealer), side);
  }
  gtk_widget_add_css_class (self->inspector_revealer, "inspector-pane");
  g_settings_bind (self->settings, "show-inspector", self->inspector_revealer, "reveal-child", G_SETTINGS_BIND_GET);
  gtk_box_append (GTK_BOX (reader_row), self->inspector_revealer);
  gtk_box_append (GTK_BOX (main_box), reader_row);

  /* The timeline below. */
  self->timeline_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (self->timeline_box, "timeline-pane");
  timeline_header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_add_css_class (timeline_header, "timeline-header");
  timeline_title = gtk_label_new (_("Timeline"));
  gtk_widget_add_css_class (timeline_title, "heading");
  gtk_widget_set_hexpand (timeline_title, TRUE);
  gtk_label_set_xalign (GTK_LABEL (timeline_title), 0);
  gtk_box_append (GTK_BOX (timeline_header), timeline_title);
  self->timeline = dossier_timeline_new ();
  {
    GtkWidget *zoom_out = icon_button ("zoom-out-symbolic", _("Zoom Out"), NULL, "win.timeline-zoom-out");
    GtkWidget *zoom_in = icon_button ("zoom-in-symbolic", _("Zoom In"), NULL, "win.timeline-zoom-in");
    GtkWidget *fit_month = icon_button ("zoom-original-symbolic", _("Show the Main Month"), NULL,
                                        "win.timeline-show-default");
    GtkWidget *fit_all = icon_button ("zoom-fit-best-symbolic", _("Show All Events"), NULL, "win.timeline-show-all");
    GtkWidget *zooms = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

    gtk_widget_add_css_class (zooms, "linked");
    gtk_box_append (GTK_BOX (zooms), zoom_out);
    gtk_box_append (GTK_BOX (zooms), zoom_in);
    gtk_box_append (GTK_BOX (zooms), fit_month);
    gtk_box_append (GTK_BOX (zooms), fit_all);
    gtk_box_append (GTK_BOX (timeline_header), zooms);
  }
  gtk_box_append (GTK_BOX (self->timeline_box), timeline_header);
  gtk_widget_set_vexpand (self->timeline, TRUE);
  g_signal_connect (self->timeline, "source-activated", G_CALLBACK (on_source_activated), self);
  gtk_box_append (GTK_BOX (self->timeline_box), self->timeline);
  g_settings_bind (self->settings, "show-timeline", self->timeline_box, "visible", G_SETTINGS_BIND_GET);

  self->vertical_paned = gtk_paned_new (GTK_ORIENTATION_VERTICAL);
  gtk_paned_set_start_child (GTK_PANED (self->vertical_paned), main_box);
  gtk_paned_set_end_child (GTK_PANED (self->vertical_paned), self->timeline_box);
  gtk_paned_set_resize_end_child (GTK_PANED (self->vertical_paned), FALSE);
  gtk_paned_set_shrink_end_child (GTK_PANED (self->vertical_paned), FALSE);

  self->outer_paned = gtk_paned_new (GTK_ORIENTATION_HORIZONTAL);
  gtk_paned_set_start_child (GTK_PANED (self->outer_paned), sidebar);
  gtk_paned_set_end_child (GTK_PANED (self->outer_paned), self->vertical_paned);
  gtk_paned_set_resize_start_child (GTK_PANED (self->outer_paned), FALSE);
  gtk_paned_set_shrink_start_child (GTK_PANED (self->outer_paned), FALSE);
  gtk_paned_set_position (GTK_PANED (self->outer_paned), g_settings_get_int (self->settings, "sidebar-width"));
  g_settings_bind (self->settings, "sidebar-width", self->outer_paned, "position", G_SETTINGS_BIND_SET);
  gtk_widget_set_size_request (sidebar, 240, -1);

  content = self->outer_paned;
  gtk_widget_set_vexpand (content, TRUE);
  self->toasts = ADW_TOAST_OVERLAY (adw_toast_overlay_new ());
  adw_toast_overlay_set_child (self->toasts, content);
  gtk_box_append (GTK_BOX (toolbar_box), GTK_WIDGET (self->toasts));
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (self), toolbar_box);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (on_drop), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  set_corpus (self, self->corpus);
}

DossierWindow *
dossier_window_new (AdwApplication *application)
{
  return g_object_new (DOSSIER_TYPE_WINDOW, "application", application, NULL);
}

DossierCorpus *
dossier_window_get_corpus (DossierWindow *self)
{
  g_return_val_if_fail (DOSSIER_IS_WINDOW (self), NULL);
  return self->corpus;
}

GListModel *
dossier_window_get_article_list (DossierWindow *self)
{
  g_return_val_if_fail (DOSSIER_IS_WINDOW (self), NULL);
  return G_LIST_MODEL (self->selection);
}

/* Selects the article at @document (its index in the analysis); one
 * hidden by the search or the entity filter is shown again. */
static gboolean
select_article (DossierWindow *self,
                guint          document)
{
  GListModel *list = G_LIST_MODEL (self->selection);

  for (int attempt = 0; attempt < 2; attempt++)
    {
      guint n = g_list_model_get_n_items (list);

      for (guint i = 0; i < n; i++)
        {
          g_autoptr(DossierArticle) article = g_list_model_get_item (list, i);
          if (dossier_article_get_index (article) == document)
            {
              gtk_single_selection_set_selected (self->selection, i);
              gtk_widget_activate_action (self->article_list, "list.scroll-to-item", "u", i);
              return TRUE;
            }
        }
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      dossier_window_set_entity_filter (self, -1);
    }
  return FALSE;
}

void
dossier_window_show_source (DossierWindow *self,
                            guint          document,
                            guint          paragraph,
                            gsize          start,
                            gsize          end)
{
  g_return_if_fail (DOSSIER_IS_WINDOW (self));

  if (!select_article (self, document))
    return;
  dossier_reader_show_span (DOSSIER_READER (self->reader), paragraph, start, end);
  gtk_widget_grab_focus (GTK_WIDGET (dossier_reader_get_text_view (DOSSIER_READER (self->reader))));
}

void
dossier_window_set_entity_filter (DossierWindow *self,
                                  int            entity)
{
  g_return_if_fail (DOSSIER_IS_WINDOW (self));

  if (self->entity_filter == entity)
    return;
  self->entity_filter = entity;
  if (entity >= 0)
    {
      DossierAnalysis *analysis = dossier_corpus_get_analysis (self->corpus);
      g_autofree char *text = g_strdup_printf (_("Articles that mention %s"),
                                               dossier_analysis_get_entity (analysis, entity)->name);
      gtk_label_set_text (GTK_LABEL (self->filter_label), text);
    }
  gtk_widget_set_visible (self->filter_bar, entity >= 0);
  gtk_filter_changed (GTK_FILTER (self->filter), entity >= 0 ? GTK_FILTER_CHANGE_MORE_STRICT
                                                              : GTK_FILTER_CHANGE_LESS_STRICT);
  update_title (self);
}
