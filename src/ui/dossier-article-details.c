/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-article-details.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dossier-ui-template.h"

struct _DossierArticleDetails
{
  GtkWidget parent_instance;

  GtkStack *stack;
  GtkWidget *fields;
  GtkWidget *title_row;
  GtkWidget *outlet_row;
  GtkWidget *author_row;
  GtkWidget *published_row;
  GtkLabel *published_reading;
  GtkWidget *source_row;
  GtkWidget *address_row;
  GtkWidget *address_button;
  GtkWidget *date_source_row;
  GtkWidget *remove_button;
  GtkWidget *corrected_marks[4];   /* beside the title, outlet, author, date */

  DossierArticle *article;
  DossierCorpus *corpus;
  gboolean read_only;
};

enum {
  PROP_0,
  PROP_ARTICLE,
  PROP_CORPUS,
  PROP_READ_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (DossierArticleDetails, dossier_article_details, GTK_TYPE_WIDGET)

/* The rows, their fields as win.edit-article names them, and the
 * corrections that change them. */
static const struct
{
  const char *field;
  DossierCorrectionKind kind;
} fields[] = {
  { "title", DOSSIER_CORRECTION_TITLE },
  { "outlet", DOSSIER_CORRECTION_OUTLET },
  { "author", DOSSIER_CORRECTION_AUTHOR },
  { "published", DOSSIER_CORRECTION_PUBLISHED },
};

static GtkWidget *
row_of (DossierArticleDetails *self,
        guint                  field)
{
  GtkWidget *rows[] = { self->title_row, self->outlet_row, self->author_row, self->published_row };

  return rows[field];
}

static char *
describe_date_source (DossierArticle *article)
{
  const DossierDocument *document = dossier_article_get_document (article);
  const char *from;

  if (!dossier_date_is_set (dossier_article_get_published_date (article)))
    return g_strdup (_("No date: the page states none"));
  switch (dossier_article_get_published_source (article))
    {
    case DOSSIER_DATE_SOURCE_MARKER: from = _("The page’s date marker"); break;
    case DOSSIER_DATE_SOURCE_TEXT: from = _("The page’s text"); break;
    case DOSSIER_DATE_SOURCE_METADATA: from = _("The page’s metadata"); break;
    case DOSSIER_DATE_SOURCE_INFERRED: from = _("Inferred from what other articles report"); break;
    case DOSSIER_DATE_SOURCE_USER: from = _("Set by you"); break;
    case DOSSIER_DATE_SOURCE_ADDRESS: from = _("The page’s address"); break;
    case DOSSIER_DATE_SOURCE_NONE:
    default: from = _("Unknown"); break;
    }
  if (document->published_evidence != NULL && dossier_article_get_published_source (article) != DOSSIER_DATE_SOURCE_USER)
    /* Translators: where an article's date came from, then the words that
     * said it: "The page's text: “Published 17 October 2024”". */
    return g_strdup_printf (_("%s: “%s”"), from, document->published_evidence);
  return g_strdup (from);
}

/* The publication date as it is typed, said back as the day it is read
 * as, and Apply only for a day. */
static void
on_published_changed (DossierArticleDetails *self,
                      GtkEditable           *row)
{
  const char *text = gtk_editable_get_text (row);
  DossierDate day;
  g_autofree char *reading = NULL;

  if (dossier_parse_day (text, &day))
    {
      g_autoptr(GDateTime) time = g_date_time_new_local (day.year, day.month, day.day, 0, 0, 0);
      g_autofree char *shown = time != NULL ? g_date_time_format (time, C_("date format", "%A, %-d %B %Y")) : NULL;

      reading = g_strdup_printf (_("Read as %s"), shown != NULL ? shown : text);
    }
  else
    reading = g_strdup (_("Write a day, as “24 October 2024” or 2024-10-24"));
  gtk_label_set_text (self->published_reading, reading);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, reading, -1);
}

static void
on_apply (DossierArticleDetails *self,
          AdwEntryRow           *row)
{
  for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
    if (row_of (self, f) == GTK_WIDGET (row) && self->article != NULL)
      gtk_widget_activate_action (GTK_WIDGET (self), "win.edit-article", "(xss)",
                                  dossier_article_get_source_id (self->article), fields[f].field,
                                  gtk_editable_get_text (GTK_EDITABLE (row)));
}

static void
show_article (DossierArticleDetails *self)
{
  DossierArticle *article = self->article;
  const char *values[4];
  g_autofree char *published = NULL;
  g_autofree char *date_source = NULL;
  gint64 source;

  if (article == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }
  source = dossier_article_get_source_id (article);
  if (dossier_date_is_set (dossier_article_get_published_date (article)))
    {
      DossierDate day = *dossier_article_get_published_date (article);

      if (day.precision > DOSSIER_PRECISION_DAY)
        day.precision = DOSSIER_PRECISION_DAY;
      published = dossier_date_format_readable (&day);
    }
  values[0] = dossier_article_get_title (article);
  values[1] = dossier_article_get_outlet (article);
  values[2] = dossier_article_get_author (article);
  values[3] = published;
  for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
    {
      gboolean corrected = self->corpus != NULL && source != 0 &&
                           dossier_corpus_find_article_correction (self->corpus, source, fields[f].kind) != NULL;

      gtk_editable_set_text (GTK_EDITABLE (row_of (self, f)), values[f] != NULL ? values[f] : "");
      gtk_widget_set_visible (self->corrected_marks[f], corrected);
      /* Corrections need the dossier file that keeps them. */
      gtk_widget_set_sensitive (row_of (self, f), !self->read_only && source != 0);
    }
  on_published_changed (self, GTK_EDITABLE (self->published_row));
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->source_row),
                               dossier_article_get_source (article) != NULL ? dossier_article_get_source (article) : "");
  /* Set in its dialog (win.set-address, on the article read: the one
   * shown here). */
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->address_row),
                               dossier_article_get_address (article) != NULL ? dossier_article_get_address (article)
                                                                            : _("Unknown"));
  gtk_widget_set_visible (self->address_button, source != 0 && !self->read_only);
  date_source = describe_date_source (article);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->date_source_row), date_source);
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->remove_button), "x", source);
  gtk_widget_set_visible (self->remove_button, source != 0 && !self->read_only);
  gtk_stack_set_visible_child_name (self->stack, "details");
}

static void
on_corrections_changed (DossierArticleDetails *self,
                        guint                  position,
                        guint                  removed,
                        guint                  added,
                        GListModel            *articles)
{
  show_article (self);
}

static void
dossier_article_details_dispose (GObject *object)
{
  DossierArticleDetails *self = DOSSIER_ARTICLE_DETAILS (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_ARTICLE_DETAILS);
  dossier_widget_unparent_children (GTK_WIDGET (object));
  g_clear_object (&self->article);
  g_clear_object (&self->corpus);
  G_OBJECT_CLASS (dossier_article_details_parent_class)->dispose (object);
}

static void
dossier_article_details_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  DossierArticleDetails *self = DOSSIER_ARTICLE_DETAILS (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;
    case PROP_CORPUS:
      g_value_set_object (value, self->corpus);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_article_details_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  DossierArticleDetails *self = DOSSIER_ARTICLE_DETAILS (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      dossier_article_details_set_article (self, g_value_get_object (value));
      break;
    case PROP_CORPUS:
      dossier_article_details_set_corpus (self, g_value_get_object (value));
      break;
    case PROP_READ_ONLY:
      dossier_article_details_set_read_only (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_article_details_class_init (DossierArticleDetailsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_article_details_dispose;
  object_class->get_property = dossier_article_details_get_property;
  object_class->set_property = dossier_article_details_set_property;

  properties[PROP_ARTICLE] = g_param_spec_object ("article", NULL, NULL, DOSSIER_TYPE_ARTICLE,
                                                  G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                  G_PARAM_STATIC_STRINGS);
  properties[PROP_CORPUS] = g_param_spec_object ("corpus", NULL, NULL, DOSSIER_TYPE_CORPUS,
                                                 G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                 G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_ONLY] = g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                                                     G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                     G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  dossier_widget_class_set_template (widget_class, "dossier-article-details.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierArticleDetails, stack);
  gtk_widget_class_bind_template_child (widget_class, DossierArticleDetails, fields);
  gtk_widget_class_bind_template_child (widget_class, DossierArticleDetails, title_row);
  gtk_widget_class_bind_template_child (widget_class, DossierArticleDetails, outlet_row);
  gtk_widget_class_bind_template_child (widget_class, DossierArticleDetails, author_row);
  gtk_widget_class_bind_template_child (widget_class, DossierArticleDetails, published_row);
  gtk_widget_class_bind_template_child (widget_class, DossierArticleDetails, published_reading);
  gtk_widget_class_bind_template_child (widget_class, DossierArticleDetails, source_row);
  gtk_widget_class_bind_template_child (widget_class, DossierArticleDetails, address_row);
  gtk_widget_class_bind_template_child (widget_class, DossierArticleDetails, address_button);
  gtk_widget_class_bind_template_child (widget_class, DossierArticleDetails, date_source_row);
  gtk_widget_class_bind_template_child (widget_class, DossierArticleDetails, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, on_apply);
  gtk_widget_class_bind_template_callback (widget_class, on_published_changed);
  gtk_widget_class_set_css_name (widget_class, "articledetails");
}

static void
dossier_article_details_init (DossierArticleDetails *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  /* The target first: the action takes one. */
  gtk_actionable_set_action_target (GTK_ACTIONABLE (self->remove_button), "x", (gint64) 0);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->remove_button), "win.remove-article");
  /* A field the researcher corrected says so. */
  for (guint f = 0; f < G_N_ELEMENTS (fields); f++)
    {
      GtkWidget *mark = gtk_image_new_from_icon_name ("document-edit-symbolic");

      gtk_widget_set_tooltip_text (mark, _("Corrected by you"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (mark), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Corrected by you"), -1);
      gtk_widget_add_css_class (mark, "dim-label");
      gtk_widget_set_visible (mark, FALSE);
      adw_entry_row_add_suffix (ADW_ENTRY_ROW (row_of (self, f)), mark);
      self->corrected_marks[f] = mark;
    }
  show_article (self);
}

GtkWidget *
dossier_article_details_new (void)
{
  return g_object_new (DOSSIER_TYPE_ARTICLE_DETAILS, NULL);
}

DossierArticle *
dossier_article_details_get_article (DossierArticleDetails *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE_DETAILS (self), NULL);
  return self->article;
}

void
dossier_article_details_set_article (DossierArticleDetails *self,
                                     DossierArticle        *article)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE_DETAILS (self));
  g_return_if_fail (article == NULL || DOSSIER_IS_ARTICLE (article));

  if (!g_set_object (&self->article, article))
    return;
  show_article (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
}

void
dossier_article_details_set_corpus (DossierArticleDetails *self,
                                    DossierCorpus         *corpus)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE_DETAILS (self));
  g_return_if_fail (corpus == NULL || DOSSIER_IS_CORPUS (corpus));

  if (self->corpus == corpus)
    return;
  if (self->corpus != NULL)
    g_signal_handlers_disconnect_by_data (self->corpus, self);
  g_set_object (&self->corpus, corpus);
  /* A new analysis (after a correction): what is corrected now. */
  if (corpus != NULL)
    g_signal_connect_object (corpus, "items-changed", G_CALLBACK (on_corrections_changed), self, G_CONNECT_SWAPPED);
  show_article (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CORPUS]);
}

void
dossier_article_details_set_read_only (DossierArticleDetails *self,
                                       gboolean               read_only)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE_DETAILS (self));

  read_only = !!read_only;
  if (self->read_only == read_only)
    return;
  self->read_only = read_only;
  show_article (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
}
