/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-event-comparison.h"

#include <glib/gi18n.h>

#include "dossier-event-reports.h"
#include "dossier-ui-template.h"

struct _DossierEventComparison
{
  AdwWindow parent_instance;

  DossierEvent *event;
  DossierEventReports *reports;

  AdwWindowTitle *window_title;
  GtkLabel *title_label;
  GtkLabel *counts_label;
  GtkWidget *disagreements;
  GtkFlowBox *outlets;
  GtkWidget *links_heading;
  GtkListBox *links;
};

enum {
  PROP_0,
  PROP_EVENT,
  N_PROPS
};

enum {
  SOURCE_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (DossierEventComparison, dossier_event_comparison, ADW_TYPE_WINDOW)

static void
remove_children (GtkWidget *box,
                 GtkWidget *keep)
{
  GtkWidget *child = gtk_widget_get_first_child (box);

  while (child != NULL)
    {
      GtkWidget *next = gtk_widget_get_next_sibling (child);

      if (child != keep)
        {
          if (GTK_IS_FLOW_BOX (box))
            gtk_flow_box_remove (GTK_FLOW_BOX (box), child);
          else if (GTK_IS_LIST_BOX (box))
            gtk_list_box_remove (GTK_LIST_BOX (box), child);
          else
            gtk_box_remove (GTK_BOX (box), child);
        }
      child = next;
    }
}

static GtkWidget *
wrapped_label (const char *text,
               const char *style)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  if (style != NULL)
    gtk_widget_add_css_class (label, style);
  return label;
}

/* "Vellmar Herald ¶1": a report, as a link names it. */
static char *
name_report (DossierEventReports *reports,
             guint                index)
{
  const DossierEventReport *report = dossier_event_reports_get_report (reports, index);
  DossierArticle *article = dossier_passage_get_article (report->passage);
  const char *name = dossier_event_reports_group_is_named (reports, report->group)
                     ? dossier_event_reports_get_group_name (reports, report->group)
                     : dossier_article_get_display_title (article);

  /* Translators: a report in an article: who, and its paragraph. */
  return g_strdup_printf (_("%s ¶%u"), name, dossier_passage_get_paragraph (report->passage) + 1);
}

static void
on_report_clicked (GtkButton              *button,
                   DossierEventComparison *self)
{
  guint index = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "report"));
  g_autoptr(DossierEvent) event = g_object_ref (self->event);

  if (self->reports == NULL || index >= dossier_event_reports_get_n_reports (self->reports))
    return;
  g_signal_emit (self, signals[SOURCE_ACTIVATED], 0, event,
                 dossier_event_reports_get_report (self->reports, index)->passage);
}

/* A sentence to read, as a button that shows it in its article, with how
 * it is dated below it. */
static GtkWidget *
report_button (DossierEventComparison *self,
               guint                   index)
{
  const DossierEventReport *report = dossier_event_reports_get_report (self->reports, index);
  g_autofree char *words = dossier_passage_dup_words (report->passage);
  /* Translators: how a report is dated: "How it is dated: “on Sunday”",
   * "How it is dated: the day it was published". */
  g_autofree char *dated = g_strdup_printf (_("How it is dated: %s"), report->dated_by);
  g_autofree char *name = g_strdup_printf ("%s (%s)", words, dated);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *button = gtk_button_new ();

  gtk_box_append (GTK_BOX (box), wrapped_label (words, "sentence"));
  gtk_box_append (GTK_BOX (box), wrapped_label (dated, "caption"));
  gtk_widget_add_css_class (gtk_widget_get_last_child (box), "dim-label");
  gtk_button_set_child (GTK_BUTTON (button), box);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_add_css_class (button, "report");
  gtk_widget_set_tooltip_text (button, _("Show in the article"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL, name,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _("Show in the article"), -1);
  g_object_set_data (G_OBJECT (button), "report", GUINT_TO_POINTER (index));
  g_signal_connect (button, "clicked", G_CALLBACK (on_report_clicked), self);
  return button;
}

/* A card's lines wrap at a reading width, so that cards stand side by
 * side where the window is wide enough. */
static void
wrap_at_reading_width (GtkWidget *widget)
{
  if (GTK_IS_LABEL (widget))
    gtk_label_set_max_width_chars (GTK_LABEL (widget), 42);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    wrap_at_reading_width (child);
}

/* One outlet's card: its name, then each of its articles with its
 * sentences. */
static GtkWidget *
outlet_card (DossierEventComparison *self,
             guint                   group)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  const char *name = dossier_event_reports_get_group_name (self->reports, group);
  DossierArticle *last_article = NULL;

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "outlet");
  gtk_widget_set_valign (card, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (card), wrapped_label (name, "heading"));
  for (guint r = 0; r < dossier_event_reports_get_n_reports (self->reports); r++)
    {
      const DossierEventReport *report = dossier_event_reports_get_report (self->reports, r);
      DossierArticle *article;

      if (report->group != group)
        continue;
      article = dossier_passage_get_article (report->passage);
      if (last_article == NULL || dossier_article_get_index (article) != dossier_article_get_index (last_article))
        {
          const DossierDate *published = dossier_article_get_published_date (article);
          g_autofree char *day = dossier_date_is_set (published) ? dossier_date_format_readable (published) : NULL;
          g_autofree char *line = day != NULL ? g_strdup_printf ("%s · %s", dossier_article_get_display_title (article), day)
                                              : g_strdup (dossier_article_get_display_title (article));
          GtkWidget *title = wrapped_label (line, "caption");

          gtk_widget_add_css_class (title, "dim-label");
          gtk_box_append (GTK_BOX (card), title);
          last_article = article;
        }
      gtk_box_append (GTK_BOX (card), report_button (self, r));
    }
  gtk_accessible_update_property (GTK_ACCESSIBLE (card), GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
  wrap_at_reading_width (card);
  return card;
}

/* The first sentence's button below @widget. */
static GtkWidget *
find_report (GtkWidget *widget)
{
  if (GTK_IS_BUTTON (widget) && gtk_widget_has_css_class (widget, "report"))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_report (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static void
update (DossierEventComparison *self)
{
  g_autofree char *when = NULL;
  g_autofree char *counts = NULL;

  g_clear_object (&self->reports);
  remove_children (self->disagreements, gtk_widget_get_first_child (self->disagreements));
  remove_children (GTK_WIDGET (self->outlets), NULL);
  remove_children (GTK_WIDGET (self->links), NULL);
  if (self->event == NULL)
    return;

  self->reports = dossier_event_reports_new (self->event);
  when = dossier_date_format_readable (dossier_event_get_calendar_date (self->event));
  adw_window_title_set_subtitle (self->window_title, when);
  gtk_label_set_text (self->title_label, dossier_event_get_summary (self->event));
  counts = dossier_event_reports_dup_count_label (self->reports);
  {
    g_autofree char *line = g_strdup_printf ("%s · %s", when, counts);
    gtk_label_set_text (self->counts_label, line);
  }

  for (guint d = 0; d < dossier_event_reports_get_n_disagreements (self->reports); d++)
    {
      const DossierDisagreement *disagreement = dossier_event_reports_get_disagreement (self->reports, d);
      g_autofree char *text = g_strdup_printf (disagreement->kind == DOSSIER_DISAGREEMENT_DATE
                                               /* Translators: the days reports give one happening. */
                                               ? _("Different dates: %s")
                                               /* Translators: the numbers reports give one count. */
                                               : _("Different numbers: %s"),
                                               disagreement->what);

      gtk_box_append (GTK_BOX (self->disagreements), wrapped_label (text, NULL));
    }
  gtk_widget_set_visible (self->disagreements, dossier_event_reports_get_n_disagreements (self->reports) > 0);

  for (guint g = 0; g < dossier_event_reports_get_n_groups (self->reports); g++)
    gtk_flow_box_append (self->outlets, outlet_card (self, g));
  gtk_flow_box_set_max_children_per_line (self->outlets, CLAMP (dossier_event_reports_get_n_groups (self->reports), 1, 4));

  for (guint k = 0; k < dossier_event_reports_get_n_links (self->reports); k++)
    {
      const DossierEventReportLink *link = dossier_event_reports_get_link (self->reports, k);
      g_autofree char *a = name_report (self->reports, link->report_a);
      g_autofree char *b = name_report (self->reports, link->report_b);
      g_autofree char *title = g_strdup_printf ("%s ↔ %s", a, b);
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
      adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), link->why);
      adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 0);
      gtk_widget_add_css_class (row, "link");
      gtk_list_box_append (self->links, row);
    }
  if (dossier_event_reports_get_n_links (self->reports) == 0)
    {
      GtkWidget *row = adw_action_row_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row),
                                     dossier_event_reports_get_n_articles (self->reports) > 1
                                     ? _("Its reports were taken for one event by their dates and words alone")
                                     : _("One article reports it: there is nothing to compare it with"));
      gtk_list_box_append (self->links, row);
    }

  /* The keyboard starts on the first sentence, not in the title (a
   * selectable label focused shows all its text selected). */
  {
    GtkWidget *first = find_report (GTK_WIDGET (self->outlets));

    if (first != NULL)
      gtk_window_set_focus (GTK_WINDOW (self), first);
  }
}

static void
dossier_event_comparison_dispose (GObject *object)
{
  DossierEventComparison *self = DOSSIER_EVENT_COMPARISON (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_EVENT_COMPARISON);
  g_clear_object (&self->reports);
  g_clear_object (&self->event);
  G_OBJECT_CLASS (dossier_event_comparison_parent_class)->dispose (object);
}

static void
dossier_event_comparison_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  DossierEventComparison *self = DOSSIER_EVENT_COMPARISON (object);

  switch (prop_id)
    {
    case PROP_EVENT:
      g_value_set_object (value, self->event);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_event_comparison_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  DossierEventComparison *self = DOSSIER_EVENT_COMPARISON (object);

  switch (prop_id)
    {
    case PROP_EVENT:
      dossier_event_comparison_set_event (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_event_comparison_class_init (DossierEventComparisonClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_event_comparison_dispose;
  object_class->get_property = dossier_event_comparison_get_property;
  object_class->set_property = dossier_event_comparison_set_property;

  properties[PROP_EVENT] = g_param_spec_object ("event", NULL, NULL, DOSSIER_TYPE_EVENT,
                                                G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DossierEventComparison::source-activated:
   * @event: the event
   * @source: the DossierPassage of the sentence chosen
   */
  signals[SOURCE_ACTIVATED] = g_signal_new ("source-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                            DOSSIER_TYPE_EVENT, DOSSIER_TYPE_PASSAGE);

  dossier_widget_class_set_template (widget_class, "dossier-event-comparison.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierEventComparison, window_title);
  gtk_widget_class_bind_template_child (widget_class, DossierEventComparison, title_label);
  gtk_widget_class_bind_template_child (widget_class, DossierEventComparison, counts_label);
  gtk_widget_class_bind_template_child (widget_class, DossierEventComparison, disagreements);
  gtk_widget_class_bind_template_child (widget_class, DossierEventComparison, outlets);
  gtk_widget_class_bind_template_child (widget_class, DossierEventComparison, links_heading);
  gtk_widget_class_bind_template_child (widget_class, DossierEventComparison, links);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_w, GDK_CONTROL_MASK, "window.close", NULL);
}

static void
dossier_event_comparison_init (DossierEventComparison *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

DossierEventComparison *
dossier_event_comparison_new (GtkWindow    *parent,
                              DossierEvent *event)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (event == NULL || DOSSIER_IS_EVENT (event), NULL);

  return g_object_new (DOSSIER_TYPE_EVENT_COMPARISON, "transient-for", parent, "destroy-with-parent", TRUE,
                       "event", event, NULL);
}

DossierEvent *
dossier_event_comparison_get_event (DossierEventComparison *self)
{
  g_return_val_if_fail (DOSSIER_IS_EVENT_COMPARISON (self), NULL);
  return self->event;
}

void
dossier_event_comparison_set_event (DossierEventComparison *self,
                                    DossierEvent           *event)
{
  g_return_if_fail (DOSSIER_IS_EVENT_COMPARISON (self));
  g_return_if_fail (event == NULL || DOSSIER_IS_EVENT (event));

  if (!g_set_object (&self->event, event))
    return;
  update (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENT]);
}
