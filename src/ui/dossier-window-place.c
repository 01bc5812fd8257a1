/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Where the researcher is in the window: the article read and where in
 * it, the inspector's page and the entity it shows, the sidebar's search
 * and entity filter, the annotation list's filters and the timeline's
 * range.  A new analysis of the same dossier (a correction, an import, a
 * copy saved elsewhere) keeps all of it: the article by its source in
 * the dossier file, the entity by its key — never by an index, which
 * names something else in the next analysis.  Another dossier starts
 * afresh, every piece of it.
 *
 * Each load captures the place when it begins (_dossier_window_begin_load
 * ()) and puts it back when it is done (_dossier_window_end_load ()), once
 * the sidebar's list, which filters and sorts a few items at a time, has
 * settled. */

#include "config.h"

#include "dossier-window.h"
#include "dossier-window-private.h"

#include <glib/gi18n.h>

static void
load_free (DossierLoad *load)
{
  g_clear_object (&load->self);
  g_free (load->side_page);
  g_free (load->entity_key);
  g_free (load->then_show_entity);
  g_free (load);
}

DossierLoad *
_dossier_window_begin_load (DossierWindow   *self,
                            DossierLoadKind  kind)
{
  DossierLoad *load = g_new0 (DossierLoad, 1);
  DossierArticle *article = dossier_reader_get_article (self->reader);

  load->self = g_object_ref (self);
  load->kind = kind;
  load->fresh = kind == DOSSIER_LOAD_OTHER_DOSSIER;
  load->n_before = g_list_model_get_n_items (G_LIST_MODEL (self->corpus));
  load->document = -1;
  load->reader_place = -1;
  if (article != NULL)
    {
      load->source_id = dossier_article_get_source_id (article);
      load->document = (int) dossier_article_get_index (article);
      load->reader_place = dossier_reader_get_place (self->reader);
    }
  load->side_page = g_strdup (adw_view_stack_get_visible_child_name (self->side_stack));
  load->entity_key = g_strdup (dossier_entity_inspector_get_entity_key (self->inspector));
  return load;
}

/* The position in the sidebar's list of the article with index @document,
 * or GTK_INVALID_LIST_POSITION. */
static guint
find_in_list (DossierWindow *self,
              guint          document)
{
  GListModel *list = G_LIST_MODEL (self->selection);

  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(DossierArticle) article = g_list_model_get_item (list, i);

      if (article != NULL && dossier_article_get_index (article) == document)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* The index now of the article the dossier keeps as @source_id (or, with
 * none, the one of index @document), or -1. */
static int
find_document (DossierWindow *self,
               gint64         source_id,
               int            document)
{
  if (source_id != 0)
    return dossier_corpus_find_source (self->corpus, source_id);
  return document >= 0 && (guint) document < g_list_model_get_n_items (G_LIST_MODEL (self->corpus)) ? document : -1;
}

/* When folded, the reader is the page in sight. */
void
_dossier_window_show_content (DossierWindow *self)
{
  adw_leaflet_set_visible_child (self->leaflet, self->content);
}

/* Selects the article with index @document; one the search or the entity
 * filter hides is shown again. */
gboolean
_dossier_window_select_article (DossierWindow *self,
                                guint          document)
{
  guint position = find_in_list (self, document);

  if (position == GTK_INVALID_LIST_POSITION)
    {
      gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
      g_object_set (self, "entity-filter", NULL, NULL);
      /* The list refilters at once: the filter only loosened. */
      position = find_in_list (self, document);
    }
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (self->article_list, "list.scroll-to-item", "u", position);
  return TRUE;
}

/* Every piece of the view that belongs to one dossier, as a new window
 * has it. */
void
_dossier_window_reset_view (DossierWindow *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
  g_object_set (self, "entity-filter", NULL, NULL);
  dossier_annotation_list_set_search (self->annotation_list, NULL);
  dossier_annotation_list_set_colour_filter (self->annotation_list, -1);
  dossier_annotation_list_set_tag_filter (self->annotation_list, NULL);
  dossier_annotation_list_set_only_current (self->annotation_list, FALSE);
  adw_view_stack_set_visible_child_name (self->side_stack, "entities");
  dossier_timeline_show_default (dossier_timeline_pane_get_timeline (self->timeline_pane));
  dossier_reader_set_show_removed (self->reader, FALSE);
}

static gboolean
list_is_settled (DossierWindow *self)
{
  return gtk_filter_list_model_get_pending (self->filtered) == 0 &&
         gtk_sort_list_model_get_pending (self->sorted) == 0;
}

/* The announcement of an import: how many articles arrived, and a button
 * to show the first of them. */
static void
announce_import (DossierWindow *self,
                 DossierLoad   *load)
{
  guint n_now = g_list_model_get_n_items (G_LIST_MODEL (self->corpus));
  guint n_new = n_now > load->n_before ? n_now - load->n_before : 0;
  g_autofree char *message = NULL;

  if (n_new == 0)
    return;
  /* Translators: a toast after an import; %u is how many. */
  message = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u article imported", "%u articles imported", n_new),
                             n_new);
  _dossier_window_toast_with_action (self, message, _("_Show"), "win.show-article",
                                     g_variant_new_uint32 (load->n_before));
}

/* Puts the view where @load found it, or starts it afresh, now that the
 * list has settled. */
static void
restore (DossierWindow *self,
         DossierLoad   *load)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->corpus));

  if (load->kind == DOSSIER_LOAD_PASTE && n > load->n_before)
    {
      /* The pasted article, to read it. */
      _dossier_window_select_article (self, load->n_before);
      _dossier_window_show_content (self);
    }
  else if (load->fresh)
    {
      if (g_list_model_get_n_items (G_LIST_MODEL (self->selection)) > 0)
        gtk_single_selection_set_selected (self->selection, 0);
    }
  else
    {
      int document = find_document (self, load->source_id, load->document);

      if (document >= 0 && _dossier_window_select_article (self, (guint) document))
        dossier_reader_set_place (self->reader, load->reader_place);
      if (load->side_page != NULL)
        adw_view_stack_set_visible_child_name (self->side_stack, load->side_page);
      /* The entity shown stays shown (renamed, retyped); one merged away
       * gives its place to the one it went into. */
      if (load->entity_key != NULL &&
          g_strcmp0 (dossier_entity_inspector_get_entity_key (self->inspector), load->entity_key) != 0 &&
          !dossier_entity_inspector_show_entity_key (self->inspector, load->entity_key) &&
          load->then_show_entity != NULL)
        dossier_entity_inspector_show_entity_key (self->inspector, load->then_show_entity);
    }
  if (load->kind == DOSSIER_LOAD_IMPORT)
    announce_import (self, load);
}

static gboolean
restore_when_settled (gpointer user_data)
{
  DossierWindow *self = user_data;
  DossierLoad *load = self->restoring;

  self->restore_id = 0;
  if (load == NULL || !list_is_settled (self))
    return G_SOURCE_REMOVE;
  self->restoring = NULL;
  restore (self, load);
  load_free (load);
  /* The window shows what the load made: it is no longer busy, unless
   * another load began meanwhile. */
  if (self->importing == NULL)
    _dossier_window_set_busy (self, FALSE);
  return G_SOURCE_REMOVE;
}

/* Once the list models have done their work (and said so, which they do
 * before their items are all in place): at the next idle, before the next
 * frame is drawn — where drawing is slow (software GL), the busy pulse
 * redraws the window all the time, and an idle of lower priority never
 * came: the window stayed busy. */
static void
on_list_pending (DossierWindow *self)
{
  if (self->restoring != NULL && list_is_settled (self) && self->restore_id == 0)
    self->restore_id = g_idle_add_full (G_PRIORITY_HIGH_IDLE, restore_when_settled, self, NULL);
}

/* The load is over: with @done, its result is shown and the place is put
 * back (or the view reset); without (it failed or was cancelled), the
 * view stays as it is. */
void
_dossier_window_end_load (DossierLoad *load,
                          gboolean     done)
{
  g_autoptr(DossierWindow) self = g_object_ref (load->self);

  if (!done)
    {
      load_free (load);
      return;
    }
  if (load->fresh)
    _dossier_window_reset_view (self);
  if (self->restoring != NULL)
    load_free (self->restoring);
  /* The window keeps it now: it holds the window no longer, or a window
   * closed meanwhile would outlive its destruction. */
  g_clear_object (&load->self);
  self->restoring = load;
  on_list_pending (self);
}

void
_dossier_window_place_init (DossierWindow *self)
{
  g_signal_connect_object (self->filtered, "notify::pending", G_CALLBACK (on_list_pending), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->sorted, "notify::pending", G_CALLBACK (on_list_pending), self,
                           G_CONNECT_SWAPPED);
}

void
_dossier_window_place_dispose (DossierWindow *self)
{
  g_clear_handle_id (&self->restore_id, g_source_remove);
  g_clear_pointer (&self->restoring, load_free);
}
