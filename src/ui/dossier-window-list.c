/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The sidebar's list of articles: which it shows (the search and the
 * entity filter), in what order (newest first, or by outlet), and its
 * rows.  dossier-window.c makes the list's models and hands them these
 * functions. */

#include "config.h"

#include "dossier-window.h"
#include "dossier-window-private.h"

#include <string.h>

#include "dossier-article-row.h"

/* Whether the sidebar shows @item: it mentions the entity filtered by,
 * and the search's words are in its title or text. */
gboolean
_dossier_window_article_matches (gpointer item,
                                 gpointer user_data)
{
  DossierWindow *self = user_data;
  DossierArticle *article = item;
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));

  if (self->entity_filter != NULL && !dossier_article_mentions_entity_key (article, self->entity_filter))
    return FALSE;

  if (query != NULL && *query != '\0')
    {
      g_autofree char *needle = g_utf8_casefold (query, -1);

      if (dossier_article_get_title (article) != NULL)
        {
          g_autofree char *title = g_utf8_casefold (dossier_article_get_title (article), -1);
          if (strstr (title, needle) != NULL)
            return TRUE;
        }
      for (guint p = 0; p < dossier_article_get_n_paragraphs (article); p++)
        {
          g_autofree char *text = g_utf8_casefold (dossier_article_get_paragraph_text (article, p), -1);
          if (strstr (text, needle) != NULL)
            return TRUE;
        }
      return FALSE;
    }
  return TRUE;
}

/* Outlets as a person reads a list: "nj" before "VentureBeat", "Élysée"
 * among the E's. */
static int
compare_outlets (const char *a,
                 const char *b)
{
  g_autofree char *folded_a = NULL, *folded_b = NULL;
  int result;

  if (a == NULL || b == NULL)
    return g_strcmp0 (a, b);
  folded_a = g_utf8_casefold (a, -1);
  folded_b = g_utf8_casefold (b, -1);
  result = g_utf8_collate (folded_a, folded_b);
  return result != 0 ? result : g_strcmp0 (a, b);
}

int
_dossier_window_compare_articles (gconstpointer a,
                                  gconstpointer b,
                                  gpointer      user_data)
{
  DossierWindow *self = user_data;
  DossierArticle *article_a = (DossierArticle *) a;
  DossierArticle *article_b = (DossierArticle *) b;
  const DossierDate *date_a = dossier_article_get_published_date (article_a);
  const DossierDate *date_b = dossier_article_get_published_date (article_b);
  int result = 0;

  if (self->sort_by_outlet)
    {
      const char *outlet_a = dossier_article_get_outlet (article_a);
      const char *outlet_b = dossier_article_get_outlet (article_b);

      /* Outlets A–Z, unknown last. */
      if ((outlet_a == NULL) != (outlet_b == NULL))
        return outlet_a == NULL ? 1 : -1;
      result = compare_outlets (outlet_a, outlet_b);
    }
  if (result == 0)
    {
      /* Newest first; undated last. */
      if (dossier_date_is_set (date_a) != dossier_date_is_set (date_b))
        return dossier_date_is_set (date_a) ? -1 : 1;
      result = -dossier_date_compare (date_a, date_b);
    }
  if (result == 0)
    result = (int) dossier_article_get_index (article_a) - (int) dossier_article_get_index (article_b);
  return result;
}

/* The sidebar's rows, each a DossierArticleRow that follows the article
 * its list item holds. */
static void
on_row_setup (DossierWindow            *self,
              GtkListItem              *item,
              GtkSignalListItemFactory *factory)
{
  GtkWidget *row = dossier_article_row_new ();

  /* Where the search matched, as the events follow it (on_search_changed). */
  g_object_bind_property (self->timeline_pane, "search-text", row, "search", G_BINDING_SYNC_CREATE);
  gtk_list_item_set_child (item, row);
}

static void
on_row_bind (DossierWindow            *self,
             GtkListItem              *item,
             GtkSignalListItemFactory *factory)
{
  GtkWidget *row = gtk_list_item_get_child (item);

  dossier_article_row_set_article (DOSSIER_ARTICLE_ROW (row), gtk_list_item_get_item (item));
  /* GTK 4.8's list item has no label of its own: screen readers read the
   * row's, set on the item's widget. */
  if (gtk_widget_get_parent (row) != NULL)
    {
      g_autofree char *label = dossier_article_row_dup_accessible_label (DOSSIER_ARTICLE_ROW (row));

      gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (row)), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      label, -1);
    }
}

static void
on_row_unbind (DossierWindow            *self,
               GtkListItem              *item,
               GtkSignalListItemFactory *factory)
{
  dossier_article_row_set_article (DOSSIER_ARTICLE_ROW (gtk_list_item_get_child (item)), NULL);
}

/* The rows' factory callbacks, bound in the window's template. */
void
_dossier_window_class_list_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_callback (widget_class, on_row_setup);
  gtk_widget_class_bind_template_callback (widget_class, on_row_bind);
  gtk_widget_class_bind_template_callback (widget_class, on_row_unbind);
}
