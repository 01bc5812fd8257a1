/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-timeline-pane.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dossier-event-menu.h"
#include "dossier-event-reports.h"
#include "dossier-ui-template.h"

struct _DossierTimelinePane
{
  GtkWidget parent_instance;

  GListModel *events;          /* every event of the dossier */
  DossierArticle *article;
  char *search_text;
  char *search_folded;         /* the search, without case */
  char *entity_filter;
  GtkFilterListModel *filtered;
  GtkCustomFilter *filter;
  gboolean filtering;          /* the filter has its function: an entity or a search is set */
  DossierEventComparison *comparison;  /* weak: the window open, if any */

  GtkWidget *header;
  GtkWidget *switcher;
  GtkLabel *summary;
  GtkWidget *clear_filter;
  GtkWidget *zoom_buttons;
  AdwViewStack *stack;
  DossierTimeline *timeline;
  DossierChronology *chronology;
};

enum {
  PROP_0,
  PROP_EVENTS,
  PROP_SHOWN_EVENTS,
  PROP_ARTICLE,
  PROP_SEARCH_TEXT,
  PROP_ENTITY_FILTER,
  PROP_VIEW,
  N_PROPS
};

enum {
  SOURCE_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (DossierTimelinePane, dossier_timeline_pane, GTK_TYPE_WIDGET)

#define TIMELINE_PREFIX "timeline."

/* The events shown: those that name the entity filtered by, and whose
 * titles or sentences hold the words searched for. */
static gboolean
event_matches (gpointer item,
               gpointer user_data)
{
  DossierTimelinePane *self = user_data;
  DossierEvent *event = item;

  if (self->entity_filter != NULL && !dossier_event_reports_name_entity (event, self->entity_filter))
    return FALSE;
  return self->search_folded == NULL || dossier_event_reports_contain_words (event, self->search_folded);
}

/* The name of the entity filtered by, from the events' analysis. */
static const char *
entity_name (DossierTimelinePane *self)
{
  g_autoptr(DossierEvent) event = NULL;
  DossierAnalysis *analysis;

  if (self->entity_filter == NULL || self->events == NULL || g_list_model_get_n_items (self->events) == 0)
    return NULL;
  event = g_list_model_get_item (self->events, 0);
  analysis = dossier_event_get_analysis (event);
  for (guint e = 0; e < dossier_analysis_get_n_entities (analysis); e++)
    if (g_strcmp0 (dossier_analysis_get_entity (analysis, e)->key, self->entity_filter) == 0)
      return dossier_analysis_get_entity (analysis, e)->name;
  return NULL;
}

/* "11 events", "3 of 11 events · naming Mark Rutte · with “victory”". */
static void
update_summary (DossierTimelinePane *self)
{
  guint total = self->events != NULL ? g_list_model_get_n_items (self->events) : 0;
  guint shown = g_list_model_get_n_items (G_LIST_MODEL (self->filtered));
  g_autoptr(GString) text = g_string_new (NULL);
  const char *name = entity_name (self);

  if (shown == total)
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%'u event", "%'u events", total), total);
  else
    g_string_append_printf (text, g_dngettext (GETTEXT_PACKAGE, "%'u of %'u event", "%'u of %'u events", total),
                            shown, total);
  if (name != NULL)
    {
      g_string_append (text, " · ");
      /* Translators: the events shown name this entity. */
      g_string_append_printf (text, _("naming %s"), name);
    }
  if (self->search_folded != NULL)
    {
      g_string_append (text, " · ");
      /* Translators: the events shown hold these words. */
      g_string_append_printf (text, _("with “%s”"), self->search_text);
    }
  gtk_label_set_text (self->summary, text->str);
  gtk_widget_set_visible (self->clear_filter, self->entity_filter != NULL);
}

static void
refilter (DossierTimelinePane *self,
          gboolean             stricter)
{
  gboolean filtering = self->entity_filter != NULL || self->search_folded != NULL;

  /* With nothing to filter by, no function: the list then passes every
   * event through without asking each, and is read by position at no
   * cost (a large dossier's timeline reads all of it). */
  if (filtering != self->filtering)
    {
      self->filtering = filtering;
      gtk_custom_filter_set_filter_func (self->filter, filtering ? event_matches : NULL, filtering ? self : NULL,
                                         NULL);
    }
  else if (filtering)
    gtk_filter_changed (GTK_FILTER (self->filter), stricter ? GTK_FILTER_CHANGE_MORE_STRICT
                                                            : GTK_FILTER_CHANGE_DIFFERENT);
}

static void
on_shown_changed (DossierTimelinePane *self,
                  guint                position,
                  guint                removed,
                  guint                added,
                  GListModel          *model)
{
  update_summary (self);
}

/* What each outlet says follows its event into the events given now (a
 * new analysis makes new ones): the event with the same key, found again;
 * where there is none (merged away, another dossier) it closes. */
static void
follow_compared_event (DossierTimelinePane *self)
{
  const char *key;
  DossierEvent *shown;

  if (self->comparison == NULL)
    return;
  shown = dossier_event_comparison_get_event (self->comparison);
  /* A new analysis gives the same event the same key. */
  key = shown != NULL ? dossier_event_get_key (shown) : NULL;
  for (guint i = 0; shown != NULL && self->events != NULL && i < g_list_model_get_n_items (self->events); i++)
    {
      g_autoptr(DossierEvent) event = g_list_model_get_item (self->events, i);

      if (event == shown)
        return;
      if (key == NULL)
        continue;
      if (g_strcmp0 (dossier_event_get_key (event), key) == 0)
        {
          dossier_event_comparison_set_event (self->comparison, event);
          return;
        }
    }
  gtk_window_close (GTK_WINDOW (self->comparison));
}

static void
on_events_changed (DossierTimelinePane *self,
                   guint                position,
                   guint                removed,
                   guint                added,
                   GListModel          *model)
{
  follow_compared_event (self);
}

static void
on_source_activated (DossierTimelinePane *self,
                     DossierEvent        *event,
                     DossierPassage      *source,
                     gpointer             emitter)
{
  g_signal_emit (self, signals[SOURCE_ACTIVATED], 0, event, source);
}

static void
on_event_activated (DossierTimelinePane *self,
                    DossierEvent        *event,
                    DossierChronology   *chronology)
{
  dossier_timeline_pane_compare_event (self, event);
}

static void
on_view_changed (DossierTimelinePane *self,
                 GParamSpec          *pspec,
                 AdwViewStack        *stack)
{
  /* Zooming is the timeline's. */
  gtk_widget_set_visible (self->zoom_buttons, g_strcmp0 (adw_view_stack_get_visible_child_name (stack), "timeline") == 0);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_VIEW]);
}

static void
compare_event_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DossierTimelinePane *self = DOSSIER_TIMELINE_PANE (widget);
  const char *id = g_variant_get_string (parameter, NULL);

  for (guint i = 0; self->events != NULL && i < g_list_model_get_n_items (self->events); i++)
    {
      g_autoptr(DossierEvent) event = g_list_model_get_item (self->events, i);

      if (g_strcmp0 (dossier_event_get_id (event), id) == 0)
        {
          dossier_timeline_pane_compare_event (self, event);
          return;
        }
    }
}

static void
activate_timeline_action (GSimpleAction *action,
                          GVariant      *parameter,
                          gpointer       user_data)
{
  DossierTimelinePane *self = user_data;
  g_autofree char *name = g_strconcat (TIMELINE_PREFIX, g_action_get_name (G_ACTION (action)), NULL);

  gtk_widget_activate_action_variant (GTK_WIDGET (self->timeline), name, parameter);
}

/* The buttons above the timeline are not inside it, where its actions
 * would reach them: the pane offers the timeline's own actions under the
 * same names, each handing its activation to the timeline. */
static void
share_timeline_actions (DossierTimelinePane *self)
{
  GtkWidgetClass *timeline_class = GTK_WIDGET_GET_CLASS (self->timeline);
  g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();
  const char *name;
  const GVariantType *parameter_type;
  const char *property_name;
  GType owner;

  for (guint i = 0;
       gtk_widget_class_query_action (timeline_class, i, &owner, &name, &parameter_type, &property_name);
       i++)
    {
      g_autoptr(GSimpleAction) action = NULL;

      if (!g_str_has_prefix (name, TIMELINE_PREFIX) || property_name != NULL)
        continue;
      action = g_simple_action_new (name + strlen (TIMELINE_PREFIX), parameter_type);
      g_signal_connect_object (action, "activate", G_CALLBACK (activate_timeline_action), self, 0);
      g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
    }
  gtk_widget_insert_action_group (GTK_WIDGET (self), "timeline", G_ACTION_GROUP (group));
}

static void
dossier_timeline_pane_dispose (GObject *object)
{
  DossierTimelinePane *self = DOSSIER_TIMELINE_PANE (object);

  if (self->comparison != NULL)
    {
      g_object_remove_weak_pointer (G_OBJECT (self->comparison), (gpointer *) &self->comparison);
      gtk_window_destroy (GTK_WINDOW (self->comparison));
      self->comparison = NULL;
    }
  if (self->events != NULL)
    g_signal_handlers_disconnect_by_func (self->events, on_events_changed, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_TIMELINE_PANE);
  dossier_widget_unparent_children (GTK_WIDGET (object));
  g_clear_object (&self->filtered);
  g_clear_object (&self->events);
  g_clear_object (&self->article);
  G_OBJECT_CLASS (dossier_timeline_pane_parent_class)->dispose (object);
}

static void
dossier_timeline_pane_finalize (GObject *object)
{
  DossierTimelinePane *self = DOSSIER_TIMELINE_PANE (object);

  g_free (self->search_text);
  g_free (self->search_folded);
  g_free (self->entity_filter);
  G_OBJECT_CLASS (dossier_timeline_pane_parent_class)->finalize (object);
}

static void
dossier_timeline_pane_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  DossierTimelinePane *self = DOSSIER_TIMELINE_PANE (object);

  switch (prop_id)
    {
    case PROP_EVENTS:
      g_value_set_object (value, self->events);
      break;
    case PROP_SHOWN_EVENTS:
      g_value_set_object (value, self->filtered);
      break;
    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;
    case PROP_SEARCH_TEXT:
      g_value_set_string (value, self->search_text);
      break;
    case PROP_ENTITY_FILTER:
      g_value_set_string (value, self->entity_filter);
      break;
    case PROP_VIEW:
      g_value_set_string (value, dossier_timeline_pane_get_view (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_timeline_pane_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  DossierTimelinePane *self = DOSSIER_TIMELINE_PANE (object);

  switch (prop_id)
    {
    case PROP_EVENTS:
      dossier_timeline_pane_set_events (self, g_value_get_object (value));
      break;
    case PROP_ARTICLE:
      if (g_set_object (&self->article, g_value_get_object (value)))
        g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_SEARCH_TEXT:
      {
        const char *text = g_value_get_string (value);
        gboolean stricter = text != NULL && self->search_text != NULL && strstr (text, self->search_text) != NULL;

        if (g_strcmp0 (self->search_text, text) == 0)
          break;
        g_free (self->search_text);
        g_free (self->search_folded);
        self->search_text = g_strdup (text);
        self->search_folded = text != NULL && *text != '\0' ? g_utf8_casefold (text, -1) : NULL;
        refilter (self, stricter);
        update_summary (self);
        g_object_notify_by_pspec (object, pspec);
      }
      break;
    case PROP_ENTITY_FILTER:
      if (g_strcmp0 (self->entity_filter, g_value_get_string (value)) == 0)
        break;
      g_free (self->entity_filter);
      self->entity_filter = g_value_dup_string (value);
      refilter (self, FALSE);
      update_summary (self);
      g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_VIEW:
      dossier_timeline_pane_set_view (self, g_value_get_string (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_timeline_pane_class_init (DossierTimelinePaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_timeline_pane_dispose;
  object_class->finalize = dossier_timeline_pane_finalize;
  object_class->get_property = dossier_timeline_pane_get_property;
  object_class->set_property = dossier_timeline_pane_set_property;

  properties[PROP_EVENTS] = g_param_spec_object ("events", NULL, NULL, G_TYPE_LIST_MODEL,
                                                 G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                 G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOWN_EVENTS] = g_param_spec_object ("shown-events", NULL, NULL, G_TYPE_LIST_MODEL,
                                                       G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* The article read: its events are marked. */
  properties[PROP_ARTICLE] = g_param_spec_object ("article", NULL, NULL, DOSSIER_TYPE_ARTICLE,
                                                  G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                  G_PARAM_STATIC_STRINGS);
  /* The sidebar's search: only events whose words hold it are shown. */
  properties[PROP_SEARCH_TEXT] = g_param_spec_string ("search-text", NULL, NULL, NULL,
                                                      G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                      G_PARAM_STATIC_STRINGS);
  /* The key of the entity the sidebar is filtered by: only events that
   * name it are shown. */
  properties[PROP_ENTITY_FILTER] = g_param_spec_string ("entity-filter", NULL, NULL, NULL,
                                                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                        G_PARAM_STATIC_STRINGS);
  properties[PROP_VIEW] = g_param_spec_string ("view", NULL, NULL, "timeline",
                                               G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                               G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DossierTimelinePane::source-activated:
   * @event: the event
   * @source: the DossierPassage of the source chosen
   */
  signals[SOURCE_ACTIVATED] = g_signal_new ("source-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                            DOSSIER_TYPE_EVENT, DOSSIER_TYPE_PASSAGE);

  gtk_widget_class_install_action (widget_class, "pane.compare-event", "s", compare_event_action);
  gtk_widget_class_install_property_action (widget_class, "pane.show-view", "view");

  g_type_ensure (DOSSIER_TYPE_TIMELINE);
  g_type_ensure (DOSSIER_TYPE_CHRONOLOGY);
  dossier_widget_class_set_template (widget_class, "dossier-timeline-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierTimelinePane, header);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelinePane, switcher);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelinePane, summary);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelinePane, clear_filter);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelinePane, zoom_buttons);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelinePane, stack);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelinePane, timeline);
  gtk_widget_class_bind_template_child (widget_class, DossierTimelinePane, chronology);
  gtk_widget_class_bind_template_callback (widget_class, on_source_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_event_activated);
  gtk_widget_class_set_css_name (widget_class, "timelinepane");
}

static void
dossier_timeline_pane_init (DossierTimelinePane *self)
{
  self->filter = gtk_custom_filter_new (NULL, NULL, NULL);
  /* Not incremental: the timeline lays every event out again when its
   * list changes, once is enough. */
  self->filtered = gtk_filter_list_model_new (NULL, GTK_FILTER (self->filter));
  g_signal_connect_object (self->filtered, "items-changed", G_CALLBACK (on_shown_changed), self, G_CONNECT_SWAPPED);

  gtk_widget_init_template (GTK_WIDGET (self));
  share_timeline_actions (self);
  g_signal_connect_object (self->stack, "notify::visible-child-name", G_CALLBACK (on_view_changed), self,
                           G_CONNECT_SWAPPED);
  dossier_widget_name_buttons_once (GTK_WIDGET (self));
  update_summary (self);
}

GtkWidget *
dossier_timeline_pane_new (void)
{
  return g_object_new (DOSSIER_TYPE_TIMELINE_PANE, NULL);
}

DossierTimeline *
dossier_timeline_pane_get_timeline (DossierTimelinePane *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_PANE (self), NULL);
  return self->timeline;
}

DossierChronology *
dossier_timeline_pane_get_chronology (DossierTimelinePane *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_PANE (self), NULL);
  return self->chronology;
}

GListModel *
dossier_timeline_pane_get_events (DossierTimelinePane *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_PANE (self), NULL);
  return self->events;
}

void
dossier_timeline_pane_set_events (DossierTimelinePane *self,
                                  GListModel          *events)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_PANE (self));
  g_return_if_fail (events == NULL || G_IS_LIST_MODEL (events));

  if (self->events == events)
    return;
  if (self->events != NULL)
    g_signal_handlers_disconnect_by_func (self->events, on_events_changed, self);
  g_set_object (&self->events, events);
  if (events != NULL)
    g_signal_connect_object (events, "items-changed", G_CALLBACK (on_events_changed), self, G_CONNECT_SWAPPED);
  gtk_filter_list_model_set_model (self->filtered, events);
  follow_compared_event (self);
  update_summary (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENTS]);
}

GListModel *
dossier_timeline_pane_get_shown_events (DossierTimelinePane *self)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_PANE (self), NULL);
  return G_LIST_MODEL (self->filtered);
}

const char *
dossier_timeline_pane_get_view (DossierTimelinePane *self)
{
  const char *name;

  g_return_val_if_fail (DOSSIER_IS_TIMELINE_PANE (self), NULL);

  name = self->stack != NULL ? adw_view_stack_get_visible_child_name (self->stack) : NULL;
  return name != NULL ? name : "timeline";
}

void
dossier_timeline_pane_set_view (DossierTimelinePane *self,
                                const char          *view)
{
  g_return_if_fail (DOSSIER_IS_TIMELINE_PANE (self));
  g_return_if_fail (view != NULL);

  if (g_strcmp0 (view, "timeline") == 0 || g_strcmp0 (view, "chronology") == 0)
    adw_view_stack_set_visible_child_name (self->stack, view);
}

static void
on_comparison_source_activated (DossierTimelinePane    *self,
                                DossierEvent           *event,
                                DossierPassage         *source,
                                DossierEventComparison *comparison)
{
  g_signal_emit (self, signals[SOURCE_ACTIVATED], 0, event, source);
}

DossierEventComparison *
dossier_timeline_pane_compare_event (DossierTimelinePane *self,
                                     DossierEvent        *event)
{
  g_return_val_if_fail (DOSSIER_IS_TIMELINE_PANE (self), NULL);
  g_return_val_if_fail (DOSSIER_IS_EVENT (event), NULL);

  if (self->comparison == NULL)
    {
      GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

      self->comparison = dossier_event_comparison_new (GTK_IS_WINDOW (root) ? GTK_WINDOW (root) : NULL, event);
      g_object_add_weak_pointer (G_OBJECT (self->comparison), (gpointer *) &self->comparison);
      g_signal_connect_object (self->comparison, "source-activated", G_CALLBACK (on_comparison_source_activated),
                               self, G_CONNECT_SWAPPED);
    }
  else
    dossier_event_comparison_set_event (self->comparison, event);
  gtk_window_present (GTK_WINDOW (self->comparison));
  return self->comparison;
}
