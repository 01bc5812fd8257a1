/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-annotation-row.h"

#include <glib/gi18n.h>

#include "dossier-date.h"
#include "dossier-ui-template.h"

struct _DossierAnnotationRow
{
  GtkWidget parent_instance;

  DossierAnnotation *annotation;
  GSignalGroup *annotation_signals;  /* the annotation shown changes */
  DossierArticle *article;
  GStrv colour_labels;

  GtkWidget *bar;
  GtkLabel *quote;
  GtkLabel *note;
  GtkFlowBox *tags;
  GtkLabel *source;
  GtkWidget *orphaned;
};

enum {
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (DossierAnnotationRow, dossier_annotation_row, GTK_TYPE_WIDGET)

/* What the annotation list calls the article: its outlet, else its
 * display title (the one name it goes by everywhere). */
static char *
article_name (DossierArticle *article)
{
  if (dossier_article_get_outlet (article) != NULL)
    return g_strdup (dossier_article_get_outlet (article));
  return g_strdup (dossier_article_get_display_title (article));
}

/* "12 Mar 2024", "March 2024" or "2024", as precise as the article says. */
static char *
format_published (const char *published)
{
  DossierDate date;
  g_autoptr(GDateTime) time = NULL;
  const char *format;

  if (published == NULL || !dossier_date_parse_iso (published, &date))
    return NULL;
  switch (date.precision)
    {
    case DOSSIER_PRECISION_YEAR:
      return g_strdup_printf ("%d", date.year);
    case DOSSIER_PRECISION_MONTH:
      time = g_date_time_new_local (date.year, date.month, 1, 0, 0, 0);
      /* Translators: a month and year as g_date_time_format () writes them. */
      format = C_("date format", "%B %Y");
      break;
    case DOSSIER_PRECISION_WEEK:
    case DOSSIER_PRECISION_DAY:
    case DOSSIER_PRECISION_MINUTE:
      time = g_date_time_new_local (date.year, date.month, date.day, 0, 0, 0);
      format = C_("date format", "%e %b %Y");
      break;
    case DOSSIER_PRECISION_NONE:
    default:
      return NULL;
    }
  if (time == NULL)
    return NULL;
  return g_strstrip (g_date_time_format (time, format));
}

/* The quote on one line of words: a highlight may span paragraphs. */
static char *
quote_text (const char *exact)
{
  g_autofree char *flat = g_strdup (exact != NULL ? exact : "");

  for (char *c = flat; *c; c++)
    if (*c == '\n' || *c == '\t' || *c == '\r')
      *c = ' ';
  /* Translators: the quoted words of an annotation. */
  return g_strdup_printf (_("“%s”"), g_strstrip (flat));
}

/* What a screen reader says for the row, in the list that holds it: its
 * meaning, its words, its note and where it is (GTK 4.8's list items have
 * no label of their own: it is set on the item's widget). */
char *
dossier_annotation_row_dup_accessible_label (DossierAnnotationRow *self)
{
  g_autoptr(GString) label = g_string_new (NULL);
  const char *note;

  g_return_val_if_fail (DOSSIER_IS_ANNOTATION_ROW (self), NULL);

  if (self->annotation == NULL)
    return g_strdup ("");
  /* The source line begins with the meaning: "Claim · Gulf Press · 17 Oct 2024". */
  g_string_append_printf (label, "%s: %s", gtk_label_get_text (self->source), gtk_label_get_text (self->quote));
  note = dossier_annotation_get_note (self->annotation);
  if (note[0] != '\0')
    {
      g_string_append (label, "; ");
      /* Translators: the note of a highlight. */
      g_string_append_printf (label, _("Note: %s"), note);
    }
  if (dossier_annotation_get_orphaned (self->annotation))
    g_string_append_printf (label, "; %s", _("orphaned: the words are no longer in the article"));
  return g_string_free (g_steal_pointer (&label), FALSE);
}

static void
update_accessible_label (DossierAnnotationRow *self)
{
  GtkWidget *item = gtk_widget_get_parent (GTK_WIDGET (self));
  g_autofree char *label = dossier_annotation_row_dup_accessible_label (self);

  if (item != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (item), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
}

static void
refresh (DossierAnnotationRow *self)
{
  DossierAnnotation *annotation = self->annotation;
  DossierColour colour;
  const char * const *tags;
  const char *note;
  const char *label;
  const char *bar_classes[3] = { "colour-bar", NULL, NULL };
  g_autoptr(GString) source = g_string_new (NULL);
  g_autofree char *quote = NULL;
  GtkWidget *child;

  if (annotation == NULL)
    return;

  colour = dossier_annotation_get_colour (annotation);
  bar_classes[1] = dossier_colour_to_string (colour);
  gtk_widget_set_css_classes (self->bar, bar_classes);

  quote = quote_text (dossier_annotation_get_quote (annotation));
  gtk_label_set_text (self->quote, quote);

  note = dossier_annotation_get_note (annotation);
  gtk_label_set_text (self->note, note);
  gtk_widget_set_visible (GTK_WIDGET (self->note), *note != '\0');

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->tags))) != NULL)
    gtk_flow_box_remove (self->tags, child);
  tags = dossier_annotation_get_tags (annotation);
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      GtkWidget *tag = gtk_label_new (tags[i]);

      gtk_label_set_ellipsize (GTK_LABEL (tag), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (tag), 24);
      gtk_widget_add_css_class (tag, "tag");
      gtk_flow_box_append (self->tags, tag);
      gtk_widget_set_focusable (gtk_widget_get_parent (tag), FALSE);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->tags), tags != NULL && tags[0] != NULL);

  /* The colour's meaning in words, for whoever cannot tell the colours
   * apart; then where the words come from. */
  label = self->colour_labels != NULL && g_strv_length (self->colour_labels) > colour &&
          *self->colour_labels[colour] != '\0'
          ? self->colour_labels[colour] : dossier_colour_get_default_label (colour);
  g_string_append (source, label);
  if (self->article != NULL)
    {
      g_autofree char *name = article_name (self->article);
      g_autofree char *date = format_published (dossier_article_get_published (self->article));

      g_string_append_printf (source, " · %s", name);
      if (date != NULL)
        g_string_append_printf (source, " · %s", date);
    }
  else
    g_string_append_printf (source, " · %s", _("Article not in the dossier"));
  gtk_label_set_text (self->source, source->str);

  gtk_widget_set_visible (self->orphaned, dossier_annotation_get_orphaned (annotation));
  update_accessible_label (self);
}

static void
on_delete_clicked (DossierAnnotationRow *self,
                   GtkButton            *button)
{
  /* The row may be unbound by the handler; the annotation must outlive it. */
  g_autoptr(DossierAnnotation) annotation = self->annotation ? g_object_ref (self->annotation) : NULL;

  if (annotation != NULL)
    g_signal_emit (self, signals[DELETE_REQUESTED], 0, annotation);
}

static void
dossier_annotation_row_dispose (GObject *object)
{
  DossierAnnotationRow *self = DOSSIER_ANNOTATION_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_ANNOTATION_ROW);
  dossier_widget_unparent_children (GTK_WIDGET (object));
  g_clear_object (&self->annotation_signals);
  g_clear_object (&self->annotation);
  g_clear_object (&self->article);
  G_OBJECT_CLASS (dossier_annotation_row_parent_class)->dispose (object);
}

static void
dossier_annotation_row_finalize (GObject *object)
{
  DossierAnnotationRow *self = DOSSIER_ANNOTATION_ROW (object);

  g_strfreev (self->colour_labels);
  G_OBJECT_CLASS (dossier_annotation_row_parent_class)->finalize (object);
}

static void
dossier_annotation_row_class_init (DossierAnnotationRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_annotation_row_dispose;
  object_class->finalize = dossier_annotation_row_finalize;

  /**
   * DossierAnnotationRow::delete-requested:
   * @annotation: the DossierAnnotation of the row
   */
  signals[DELETE_REQUESTED] = g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 1, DOSSIER_TYPE_ANNOTATION);

  dossier_widget_class_set_template (widget_class, "dossier-annotation-row.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierAnnotationRow, bar);
  gtk_widget_class_bind_template_child (widget_class, DossierAnnotationRow, quote);
  gtk_widget_class_bind_template_child (widget_class, DossierAnnotationRow, note);
  gtk_widget_class_bind_template_child (widget_class, DossierAnnotationRow, tags);
  gtk_widget_class_bind_template_child (widget_class, DossierAnnotationRow, source);
  gtk_widget_class_bind_template_child (widget_class, DossierAnnotationRow, orphaned);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_clicked);
  gtk_widget_class_set_css_name (widget_class, "annotationrow");
}

static void
dossier_annotation_row_init (DossierAnnotationRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->annotation_signals = g_signal_group_new (DOSSIER_TYPE_ANNOTATION);
  g_signal_group_connect_object (self->annotation_signals, "notify", G_CALLBACK (refresh), self, G_CONNECT_SWAPPED);
}

GtkWidget *
dossier_annotation_row_new (void)
{
  return g_object_new (DOSSIER_TYPE_ANNOTATION_ROW, NULL);
}

DossierAnnotation *
dossier_annotation_row_get_annotation (DossierAnnotationRow *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION_ROW (self), NULL);
  return self->annotation;
}

void
dossier_annotation_row_set_annotation (DossierAnnotationRow *self,
                                       DossierAnnotation    *annotation)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION_ROW (self));
  g_return_if_fail (annotation == NULL || DOSSIER_IS_ANNOTATION (annotation));

  if (!g_set_object (&self->annotation, annotation))
    return;
  g_signal_group_set_target (self->annotation_signals, annotation);
  refresh (self);
}

void
dossier_annotation_row_set_article (DossierAnnotationRow *self,
                                    DossierArticle       *article)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION_ROW (self));
  g_return_if_fail (article == NULL || DOSSIER_IS_ARTICLE (article));

  g_set_object (&self->article, article);
  /* A new analysis may keep the article object's place: shown again. */
  refresh (self);
}

void
dossier_annotation_row_set_colour_labels (DossierAnnotationRow *self,
                                          const char * const   *labels)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION_ROW (self));

  g_strfreev (self->colour_labels);
  self->colour_labels = g_strdupv ((char **) labels);
  refresh (self);
}
