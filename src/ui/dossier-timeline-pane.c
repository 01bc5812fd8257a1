/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-timeline-pane.h"

#include <string.h>

#include "dossier-ui-template.h"

struct _DossierTimelinePane
{
  GtkWidget parent_instance;

  GListModel *events;
  DossierTimeline *timeline;
};

enum {
  PROP_0,
  PROP_EVENTS,
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

static void
on_source_activated (DossierTimelinePane *self,
                     DossierEvent        *event,
                     DossierPassage      *source,
                     DossierTimeline     *timeline)
{
  g_signal_emit (self, signals[SOURCE_ACTIVATED], 0, event, source);
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

  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_TIMELINE_PANE);
  dossier_widget_unparent_children (GTK_WIDGET (object));
  g_clear_object (&self->events);
  G_OBJECT_CLASS (dossier_timeline_pane_parent_class)->dispose (object);
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
  object_class->get_property = dossier_timeline_pane_get_property;
  object_class->set_property = dossier_timeline_pane_set_property;

  properties[PROP_EVENTS] = g_param_spec_object ("events", NULL, NULL, G_TYPE_LIST_MODEL,
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

  g_type_ensure (DOSSIER_TYPE_TIMELINE);
  dossier_widget_class_set_template (widget_class, "dossier-timeline-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierTimelinePane, timeline);
  gtk_widget_class_bind_template_callback (widget_class, on_source_activated);
  gtk_widget_class_set_css_name (widget_class, "timelinepane");
}

static void
dossier_timeline_pane_init (DossierTimelinePane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  share_timeline_actions (self);
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

  if (g_set_object (&self->events, events))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENTS]);
}
