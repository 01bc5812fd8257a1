/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-article-row.h"

#include <glib/gi18n.h>

#include "dossier-search-match.h"
#include "dossier-ui-template.h"

struct _DossierArticleRow
{
  GtkWidget parent_instance;

  DossierArticle *article;
  /* The labels follow the article the list item holds. */
  GBindingGroup *bindings;

  char *search;

  GtkLabel *title;
  GtkLabel *meta;
  GtkLabel *match;
};

enum {
  PROP_0,
  PROP_ARTICLE,
  PROP_SEARCH,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (DossierArticleRow, dossier_article_row, GTK_TYPE_WIDGET)

/* Outlet · date · entities: "MENAFN · 20 Oct 2024 · 10 entities". */
static gboolean
source_to_meta (GBinding     *binding,
                const GValue *from,
                GValue       *to,
                gpointer      user_data)
{
  DossierArticle *article = DOSSIER_ARTICLE (g_binding_dup_source (binding));
  g_autoptr(GString) line = g_string_new (g_value_get_string (from));
  const char *published = dossier_article_get_published (article);
  guint n = dossier_article_get_n_entities (article);

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
          if (dossier_article_get_published_source (article) == DOSSIER_DATE_SOURCE_INFERRED)
            g_string_append (line, _(" (inferred)"));
        }
    }
  else
    g_string_append (line, _("No date"));
  g_string_append_printf (line, " · ");
  g_string_append_printf (line, g_dngettext (GETTEXT_PACKAGE, "%u entity", "%u entities", n), n);
  g_value_set_string (to, line->str);
  g_object_unref (article);
  return TRUE;
}

/* The words matched, in bold on a tint, as the reader marks a find. */
static PangoAttrList *
match_attributes (gsize start,
                  gsize end)
{
  PangoAttrList *attributes = pango_attr_list_new ();
  PangoAttribute *weight = pango_attr_weight_new (PANGO_WEIGHT_BOLD);
  PangoAttribute *underline = pango_attr_underline_new (PANGO_UNDERLINE_SINGLE);

  weight->start_index = underline->start_index = (guint) start;
  weight->end_index = underline->end_index = (guint) end;
  pango_attr_list_insert (attributes, weight);
  pango_attr_list_insert (attributes, underline);
  return attributes;
}

/* Shows where the search matched: the title's words marked, or, where
 * the text holds them, an excerpt around them below the row's details,
 * which screen readers hear as the row's description. */
static void
update_match (DossierArticleRow *self)
{
  const char *title = gtk_label_get_text (self->title);
  g_autofree char *excerpt = NULL;
  gsize start, end;

  if (self->article != NULL && self->search != NULL && *self->search != '\0' &&
      dossier_search_match_find (title, self->search, &start, &end))
    {
      g_autoptr(PangoAttrList) attributes = match_attributes (start, end);
      gtk_label_set_attributes (self->title, attributes);
    }
  else
    gtk_label_set_attributes (self->title, NULL);

  if (self->article != NULL && self->search != NULL && *self->search != '\0')
    excerpt = dossier_search_match_excerpt (self->article, self->search, 30, &start, &end);
  if (excerpt != NULL)
    {
      g_autoptr(PangoAttrList) attributes = match_attributes (start, end);

      gtk_label_set_text (self->match, excerpt);
      gtk_label_set_attributes (self->match, attributes);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->match), excerpt != NULL);
  /* GTK 4.8's list item reads its child's label: the description goes on
   * the item's widget too. */
  if (gtk_widget_get_parent (GTK_WIDGET (self)) != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (gtk_widget_get_parent (GTK_WIDGET (self))),
                                    GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, excerpt != NULL ? excerpt : "", -1);
}

static void
on_title_changed (DossierArticleRow *self,
                  GParamSpec        *pspec,
                  GtkLabel          *title)
{
  update_match (self);
}

static void
dossier_article_row_dispose (GObject *object)
{
  DossierArticleRow *self = DOSSIER_ARTICLE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_ARTICLE_ROW);
  dossier_widget_unparent_children (GTK_WIDGET (object));
  g_clear_object (&self->bindings);
  g_clear_object (&self->article);
  G_OBJECT_CLASS (dossier_article_row_parent_class)->dispose (object);
}

static void
dossier_article_row_finalize (GObject *object)
{
  g_free (DOSSIER_ARTICLE_ROW (object)->search);
  G_OBJECT_CLASS (dossier_article_row_parent_class)->finalize (object);
}

static void
dossier_article_row_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  DossierArticleRow *self = DOSSIER_ARTICLE_ROW (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;
    case PROP_SEARCH:
      g_value_set_string (value, self->search);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_article_row_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  DossierArticleRow *self = DOSSIER_ARTICLE_ROW (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      dossier_article_row_set_article (self, g_value_get_object (value));
      break;
    case PROP_SEARCH:
      dossier_article_row_set_search (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_article_row_class_init (DossierArticleRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_article_row_dispose;
  object_class->finalize = dossier_article_row_finalize;
  object_class->get_property = dossier_article_row_get_property;
  object_class->set_property = dossier_article_row_set_property;

  properties[PROP_ARTICLE] = g_param_spec_object ("article", NULL, NULL, DOSSIER_TYPE_ARTICLE,
                                                  G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                  G_PARAM_STATIC_STRINGS);
  /* The sidebar's search: where it matched is shown. */
  properties[PROP_SEARCH] = g_param_spec_string ("search", NULL, NULL, NULL,
                                                 G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                 G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  dossier_widget_class_set_template (widget_class, "dossier-article-row.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierArticleRow, title);
  gtk_widget_class_bind_template_child (widget_class, DossierArticleRow, meta);
  gtk_widget_class_bind_template_child (widget_class, DossierArticleRow, match);
  gtk_widget_class_set_css_name (widget_class, "articlerow");
}

static void
dossier_article_row_init (DossierArticleRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->bindings = g_binding_group_new ();
  g_binding_group_bind (self->bindings, "display-title", self->title, "label", G_BINDING_SYNC_CREATE);
  g_binding_group_bind_full (self->bindings, "display-source", self->meta, "label", G_BINDING_SYNC_CREATE,
                             source_to_meta, NULL, NULL, NULL);
  g_signal_connect_object (self->title, "notify::label", G_CALLBACK (on_title_changed), self, G_CONNECT_SWAPPED);
}

GtkWidget *
dossier_article_row_new (void)
{
  return g_object_new (DOSSIER_TYPE_ARTICLE_ROW, NULL);
}

DossierArticle *
dossier_article_row_get_article (DossierArticleRow *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE_ROW (self), NULL);
  return self->article;
}

void
dossier_article_row_set_article (DossierArticleRow *self,
                                 DossierArticle    *article)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE_ROW (self));
  g_return_if_fail (article == NULL || DOSSIER_IS_ARTICLE (article));

  if (!g_set_object (&self->article, article))
    return;
  g_binding_group_set_source (self->bindings, article);
  /* A headline made of the lead's words is set apart. */
  if (article != NULL && dossier_article_is_untitled (article))
    gtk_widget_add_css_class (GTK_WIDGET (self->title), "untitled");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->title), "untitled");
  update_match (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
}

const char *
dossier_article_row_get_search (DossierArticleRow *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE_ROW (self), NULL);
  return self->search;
}

void
dossier_article_row_set_search (DossierArticleRow *self,
                                const char        *search)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE_ROW (self));

  if (g_strcmp0 (self->search, search) == 0)
    return;
  g_free (self->search);
  self->search = g_strdup (search);
  update_match (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SEARCH]);
}

/* What a screen reader says for the row: its title (marked when it is no
 * headline of the page's), then its outlet, date and entities. */
char *
dossier_article_row_dup_accessible_label (DossierArticleRow *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE_ROW (self), NULL);

  if (self->article == NULL)
    return g_strdup ("");
  if (dossier_article_is_untitled (self->article))
    /* Translators: how a screen reader names an article without a
     * headline: its first words, then its outlet, date and entities. */
    return g_strdup_printf (_("No headline: %s; %s"), gtk_label_get_text (self->title), gtk_label_get_text (self->meta));
  /* Translators: how a screen reader names an article: its title, then
   * its outlet, date and entities. */
  return g_strdup_printf (C_("article row", "%s; %s"), gtk_label_get_text (self->title), gtk_label_get_text (self->meta));
}
