/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* A GtkColumnView whose cells are single labels, made once per row shown
 * and bound to the event it holds: thousands of events scroll as a few
 * dozen rows.  What a cell says of an event comes from the model
 * (dossier-event-reports.h), counted as articles and outlets. */

#include "config.h"

#include "dossier-chronology.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dossier-event-menu.h"
#include "dossier-event-reports.h"
#include "dossier-ui-template.h"

struct _DossierChronology
{
  GtkWidget parent_instance;

  GListModel *events;
  DossierArticle *article;
  GHashTable *title_labels;    /* the Event column's labels alive, to mark the article's */

  GtkWidget *scrolled;
  GtkColumnView *view;
  GtkSingleSelection *selection;
  GtkSortListModel *sorted;
  GtkColumnViewColumn *date_column;
  GtkColumnViewColumn *title_column;
  GtkColumnViewColumn *outlets_column;
  GtkColumnViewColumn *sources_column;
  GtkWidget *menu;
};

enum {
  PROP_0,
  PROP_EVENTS,
  PROP_ARTICLE,
  N_PROPS
};

enum {
  EVENT_ACTIVATED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (DossierChronology, dossier_chronology, GTK_TYPE_WIDGET)

/* Sorting. */

static int
compare_dates (gconstpointer a,
               gconstpointer b,
               gpointer      user_data)
{
  int first_a, last_a, first_b, last_b;

  dossier_date_get_span (dossier_event_get_calendar_date ((DossierEvent *) a), &first_a, &last_a);
  dossier_date_get_span (dossier_event_get_calendar_date ((DossierEvent *) b), &first_b, &last_b);
  if (first_a != first_b)
    return first_a < first_b ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  if (last_a != last_b)
    return last_a < last_b ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  return gtk_ordering_from_cmpfunc ((int) dossier_event_get_index ((DossierEvent *) a) -
                                    (int) dossier_event_get_index ((DossierEvent *) b));
}

static int
compare_titles (gconstpointer a,
                gconstpointer b,
                gpointer      user_data)
{
  g_autofree char *key_a = g_utf8_collate_key (dossier_event_get_summary ((DossierEvent *) a), -1);
  g_autofree char *key_b = g_utf8_collate_key (dossier_event_get_summary ((DossierEvent *) b), -1);

  return gtk_ordering_from_cmpfunc (strcmp (key_a, key_b));
}

static int
compare_outlets (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  guint articles_a, outlets_a, articles_b, outlets_b;

  dossier_event_reports_count ((DossierEvent *) a, &articles_a, &outlets_a);
  dossier_event_reports_count ((DossierEvent *) b, &articles_b, &outlets_b);
  if (outlets_a != outlets_b)
    return outlets_a < outlets_b ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  if (articles_a != articles_b)
    return articles_a < articles_b ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  return compare_dates (a, b, user_data);
}

static int
compare_articles (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  guint articles_a, outlets_a, articles_b, outlets_b;

  dossier_event_reports_count ((DossierEvent *) a, &articles_a, &outlets_a);
  dossier_event_reports_count ((DossierEvent *) b, &articles_b, &outlets_b);
  if (articles_a != articles_b)
    return articles_a < articles_b ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  return compare_outlets (a, b, user_data);
}

static void
set_column_sorter (GtkColumnViewColumn *column,
                   GCompareDataFunc     compare)
{
  g_autoptr(GtkCustomSorter) sorter = gtk_custom_sorter_new (compare, NULL, NULL);

  gtk_column_view_column_set_sorter (column, GTK_SORTER (sorter));
}

/* The menu. */

static void
open_menu (DossierChronology *self,
           DossierEvent      *event,
           GtkWidget         *widget,
           double             x,
           double             y)
{
  g_autoptr(GMenuModel) model = dossier_event_menu_new (event);
  graphene_point_t point;

  if (x < 0 || y < 0)
    {
      x = gtk_widget_get_width (widget) / 2.0;
      y = gtk_widget_get_height (widget) / 2.0;
    }
  if (!gtk_widget_compute_point (widget, GTK_WIDGET (self), &GRAPHENE_POINT_INIT (x, y), &point))
    return;
  if (self->menu == NULL)
    {
      self->menu = gtk_popover_menu_new_from_model (model);
      gtk_widget_set_parent (self->menu, GTK_WIDGET (self));
      gtk_popover_set_position (GTK_POPOVER (self->menu), GTK_POS_BOTTOM);
    }
  else
    gtk_popover_menu_set_menu_model (GTK_POPOVER_MENU (self->menu), model);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &(GdkRectangle) { (int) point.x, (int) point.y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

/* The event of the row a cell's label is in, selected. */
static DossierEvent *
select_cell_event (DossierChronology *self,
                   GtkWidget         *cell)
{
  GtkListItem *item = g_object_get_data (G_OBJECT (cell), "list-item");

  if (item == NULL || gtk_list_item_get_item (item) == NULL)
    return NULL;
  gtk_single_selection_set_selected (self->selection, gtk_list_item_get_position (item));
  return gtk_list_item_get_item (item);
}

static void
on_cell_pressed (GtkGestureClick   *gesture,
                 int                n_press,
                 double             x,
                 double             y,
                 DossierChronology *self)
{
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  DossierEvent *event = select_cell_event (self, cell);

  if (event == NULL)
    return;
  gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  open_menu (self, event, cell, x, y);
}

static void
on_cell_long_pressed (GtkGestureLongPress *gesture,
                      double               x,
                      double               y,
                      DossierChronology   *self)
{
  GtkWidget *cell = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (gesture));
  DossierEvent *event = select_cell_event (self, cell);

  if (event != NULL)
    open_menu (self, event, cell, x, y);
}

/* Menu and Shift+F10 open the selected row's menu. */
static gboolean
on_key_pressed (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                DossierChronology     *self)
{
  DossierEvent *event = gtk_single_selection_get_selected_item (self->selection);
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (GTK_WIDGET (self)));

  if (!(keyval == GDK_KEY_Menu || (keyval == GDK_KEY_F10 && (state & GDK_SHIFT_MASK))) || event == NULL)
    return FALSE;
  open_menu (self, event, focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self)) ? focus
                                                                                           : GTK_WIDGET (self->view),
             -1, -1);
  return TRUE;
}

/* Cells. */

static gboolean
on_title_query_tooltip (GtkWidget  *label,
                        int         x,
                        int         y,
                        gboolean    keyboard,
                        GtkTooltip *tooltip,
                        gpointer    user_data)
{
  GtkListItem *item = g_object_get_data (G_OBJECT (label), "list-item");
  DossierEvent *event = item != NULL ? gtk_list_item_get_item (item) : NULL;

  if (event == NULL || !gtk_label_get_layout (GTK_LABEL (label)) ||
      !pango_layout_is_ellipsized (gtk_label_get_layout (GTK_LABEL (label))))
    return FALSE;
  gtk_tooltip_set_text (tooltip, dossier_event_get_summary (event));
  return TRUE;
}

static void
on_setup_cell (DossierChronology        *self,
               GtkListItem              *item,
               GtkSignalListItemFactory *factory)
{
  GtkWidget *label = gtk_label_new (NULL);
  GtkGesture *press = gtk_gesture_click_new ();
  GtkGesture *long_press = gtk_gesture_long_press_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  g_object_set_data (G_OBJECT (label), "list-item", item);
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (press), GDK_BUTTON_SECONDARY);
  g_signal_connect (press, "pressed", G_CALLBACK (on_cell_pressed), self);
  gtk_widget_add_controller (label, GTK_EVENT_CONTROLLER (press));
  gtk_gesture_single_set_touch_only (GTK_GESTURE_SINGLE (long_press), TRUE);
  g_signal_connect (long_press, "pressed", G_CALLBACK (on_cell_long_pressed), self);
  gtk_widget_add_controller (label, GTK_EVENT_CONTROLLER (long_press));
  gtk_list_item_set_child (item, label);
}

static void
set_cell (GtkListItem *item,
          const char  *text,
          gboolean     markup)
{
  GtkWidget *label = gtk_list_item_get_child (item);
  DossierEvent *event = gtk_list_item_get_item (item);

  if (markup)
    gtk_label_set_markup (GTK_LABEL (label), text);
  else
    gtk_label_set_text (GTK_LABEL (label), text);
  /* Events the researcher hid, shown when asked for, dimmed. */
  if (event != NULL && dossier_event_get_hidden (event))
    gtk_widget_add_css_class (label, "dim-label");
  else
    gtk_widget_remove_css_class (label, "dim-label");
}

static void
on_bind_date (DossierChronology        *self,
              GtkListItem              *item,
              GtkSignalListItemFactory *factory)
{
  DossierEvent *event = gtk_list_item_get_item (item);
  g_autofree char *date = dossier_date_format_readable (dossier_event_get_calendar_date (event));

  set_cell (item, date, FALSE);
}

/* The events of the article read, their titles in bold. */
static void
mark_title (DossierChronology *self,
            GtkWidget         *label)
{
  GtkListItem *item = g_object_get_data (G_OBJECT (label), "list-item");
  DossierEvent *event = item != NULL ? gtk_list_item_get_item (item) : NULL;
  gboolean reported = event != NULL && self->article != NULL &&
                      dossier_article_get_analysis (self->article) == dossier_event_get_analysis (event) &&
                      dossier_event_reports_include_article (event, dossier_article_get_index (self->article));

  if (reported == gtk_widget_has_css_class (label, "in-article"))
    return;
  if (reported)
    gtk_widget_add_css_class (label, "in-article");
  else
    gtk_widget_remove_css_class (label, "in-article");
  gtk_accessible_update_property (GTK_ACCESSIBLE (label), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                  reported ? _("Reported by the article shown") : "", -1);
}

static void
forget_title_label (gpointer  data,
                    GObject  *where_the_label_was)
{
  g_hash_table_remove (((DossierChronology *) data)->title_labels, where_the_label_was);
}

static void
on_bind_title (DossierChronology        *self,
               GtkListItem              *item,
               GtkSignalListItemFactory *factory)
{
  DossierEvent *event = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);

  set_cell (item, dossier_event_get_summary (event), FALSE);
  if (!g_hash_table_contains (self->title_labels, label))
    {
      g_hash_table_add (self->title_labels, label);
      g_object_weak_ref (G_OBJECT (label), forget_title_label, self);
    }
  mark_title (self, label);
  /* The whole title where it is cut, asked for only when shown. */
  if (!gtk_widget_get_has_tooltip (label))
    {
      gtk_widget_set_has_tooltip (label, TRUE);
      g_signal_connect (label, "query-tooltip", G_CALLBACK (on_title_query_tooltip), NULL);
    }
}

/* "4 · Gulf Press, MENAFN": how many outlets, and those named. */
static void
on_bind_outlets (DossierChronology        *self,
                 GtkListItem              *item,
                 GtkSignalListItemFactory *factory)
{
  DossierEvent *event = gtk_list_item_get_item (item);
  const char *names = dossier_event_reports_get_outlet_names (event);
  g_autofree char *escaped = names != NULL ? g_markup_escape_text (names, -1) : NULL;
  g_autofree char *text = NULL;
  guint n_outlets;

  dossier_event_reports_count (event, NULL, &n_outlets);
  if (escaped != NULL)
    /* Translators: the Outlets cell of the chronology: how many outlets
     * report an event, then those whose names are known. */
    text = g_strdup_printf (C_("chronology", "<b>%u</b> · %s"), n_outlets, escaped);
  else
    text = g_strdup_printf ("<b>%u</b>", n_outlets);
  set_cell (item, text, TRUE);
}

/* "3 articles": reports counted in articles, never in sentences. */
static void
on_bind_sources (DossierChronology        *self,
                 GtkListItem              *item,
                 GtkSignalListItemFactory *factory)
{
  DossierEvent *event = gtk_list_item_get_item (item);
  g_autofree char *text = NULL;
  guint n_articles;

  dossier_event_reports_count (event, &n_articles, NULL);
  text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u article", "%u articles", n_articles), n_articles);
  set_cell (item, text, FALSE);
}

static void
on_activate (DossierChronology *self,
             guint              position,
             GtkColumnView     *view)
{
  g_autoptr(DossierEvent) event = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  if (event != NULL)
    g_signal_emit (self, signals[EVENT_ACTIVATED], 0, event);
}

/* GObject. */

static void
dossier_chronology_dispose (GObject *object)
{
  DossierChronology *self = DOSSIER_CHRONOLOGY (object);

  g_clear_pointer (&self->menu, gtk_widget_unparent);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_CHRONOLOGY);
  dossier_widget_unparent_children (GTK_WIDGET (object));
  g_clear_object (&self->events);
  g_clear_object (&self->article);
  if (self->title_labels != NULL)
    {
      GHashTableIter iter;
      gpointer label;

      g_hash_table_iter_init (&iter, self->title_labels);
      while (g_hash_table_iter_next (&iter, &label, NULL))
        g_object_weak_unref (label, forget_title_label, self);
      g_clear_pointer (&self->title_labels, g_hash_table_unref);
    }
  G_OBJECT_CLASS (dossier_chronology_parent_class)->dispose (object);
}

static void
dossier_chronology_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DossierChronology *self = DOSSIER_CHRONOLOGY (object);

  switch (prop_id)
    {
    case PROP_EVENTS:
      g_value_set_object (value, self->events);
      break;
    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_chronology_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  DossierChronology *self = DOSSIER_CHRONOLOGY (object);

  switch (prop_id)
    {
    case PROP_EVENTS:
      dossier_chronology_set_events (self, g_value_get_object (value));
      break;
    case PROP_ARTICLE:
      dossier_chronology_set_article (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_chronology_size_allocate (GtkWidget *widget,
                                  int        width,
                                  int        height,
                                  int        baseline)
{
  DossierChronology *self = DOSSIER_CHRONOLOGY (widget);

  gtk_widget_size_allocate (self->scrolled, &(GtkAllocation) { 0, 0, width, height }, baseline);
  if (self->menu != NULL)
    gtk_popover_present (GTK_POPOVER (self->menu));
}

static void
dossier_chronology_measure (GtkWidget      *widget,
                            GtkOrientation  orientation,
                            int             for_size,
                            int            *minimum,
                            int            *natural,
                            int            *minimum_baseline,
                            int            *natural_baseline)
{
  gtk_widget_measure (DOSSIER_CHRONOLOGY (widget)->scrolled, orientation, for_size, minimum, natural, NULL, NULL);
}

static void
dossier_chronology_class_init (DossierChronologyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_chronology_dispose;
  object_class->get_property = dossier_chronology_get_property;
  object_class->set_property = dossier_chronology_set_property;
  widget_class->measure = dossier_chronology_measure;
  widget_class->size_allocate = dossier_chronology_size_allocate;

  properties[PROP_EVENTS] = g_param_spec_object ("events", NULL, NULL, G_TYPE_LIST_MODEL,
                                                 G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                 G_PARAM_STATIC_STRINGS);
  /* The article read: the titles of the events it reports are bold. */
  properties[PROP_ARTICLE] = g_param_spec_object ("article", NULL, NULL, DOSSIER_TYPE_ARTICLE,
                                                  G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                  G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DossierChronology::event-activated:
   * @event: the event of the row activated
   */
  signals[EVENT_ACTIVATED] = g_signal_new ("event-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                           0, NULL, NULL, NULL, G_TYPE_NONE, 1, DOSSIER_TYPE_EVENT);

  dossier_widget_class_set_template (widget_class, "dossier-chronology.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierChronology, scrolled);
  gtk_widget_class_bind_template_child (widget_class, DossierChronology, view);
  gtk_widget_class_bind_template_child (widget_class, DossierChronology, selection);
  gtk_widget_class_bind_template_child (widget_class, DossierChronology, sorted);
  gtk_widget_class_bind_template_child (widget_class, DossierChronology, date_column);
  gtk_widget_class_bind_template_child (widget_class, DossierChronology, title_column);
  gtk_widget_class_bind_template_child (widget_class, DossierChronology, outlets_column);
  gtk_widget_class_bind_template_child (widget_class, DossierChronology, sources_column);
  gtk_widget_class_bind_template_callback (widget_class, on_setup_cell);
  gtk_widget_class_bind_template_callback (widget_class, on_bind_date);
  gtk_widget_class_bind_template_callback (widget_class, on_bind_title);
  gtk_widget_class_bind_template_callback (widget_class, on_bind_outlets);
  gtk_widget_class_bind_template_callback (widget_class, on_bind_sources);
  gtk_widget_class_bind_template_callback (widget_class, on_activate);
  gtk_widget_class_set_css_name (widget_class, "chronology");
}

/* The rows are made once the chronology is first shown: GTK makes a row
 * for up to 200 events as soon as its view has them, and a large
 * dossier's import or reopening would wait for rows no one sees. */
static void
on_first_map (DossierChronology *self)
{
  g_signal_handlers_disconnect_by_func (self, on_first_map, self);
  gtk_column_view_set_model (self->view, GTK_SELECTION_MODEL (self->selection));
}

static void
dossier_chronology_init (DossierChronology *self)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  self->title_labels = g_hash_table_new (NULL, NULL);
  gtk_widget_init_template (GTK_WIDGET (self));

  set_column_sorter (self->date_column, compare_dates);
  set_column_sorter (self->title_column, compare_titles);
  set_column_sorter (self->outlets_column, compare_outlets);
  set_column_sorter (self->sources_column, compare_articles);
  gtk_sort_list_model_set_sorter (self->sorted, gtk_column_view_get_sorter (self->view));
  gtk_column_view_sort_by_column (self->view, self->date_column, GTK_SORT_ASCENDING);

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (on_key_pressed), self);
  gtk_widget_add_controller (GTK_WIDGET (self->view), keys);
  dossier_list_set_single_tab_stop (GTK_WIDGET (self->view));
  gtk_column_view_set_model (self->view, NULL);
  g_signal_connect (self, "map", G_CALLBACK (on_first_map), self);
}

GtkWidget *
dossier_chronology_new (void)
{
  return g_object_new (DOSSIER_TYPE_CHRONOLOGY, NULL);
}

GListModel *
dossier_chronology_get_events (DossierChronology *self)
{
  g_return_val_if_fail (DOSSIER_IS_CHRONOLOGY (self), NULL);
  return self->events;
}

void
dossier_chronology_set_events (DossierChronology *self,
                               GListModel        *events)
{
  g_return_if_fail (DOSSIER_IS_CHRONOLOGY (self));
  g_return_if_fail (events == NULL || G_IS_LIST_MODEL (events));

  if (g_set_object (&self->events, events))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EVENTS]);
}

GListModel *
dossier_chronology_get_rows (DossierChronology *self)
{
  g_return_val_if_fail (DOSSIER_IS_CHRONOLOGY (self), NULL);
  return G_LIST_MODEL (self->selection);
}

GtkColumnView *
dossier_chronology_get_view (DossierChronology *self)
{
  g_return_val_if_fail (DOSSIER_IS_CHRONOLOGY (self), NULL);
  return self->view;
}

DossierArticle *
dossier_chronology_get_article (DossierChronology *self)
{
  g_return_val_if_fail (DOSSIER_IS_CHRONOLOGY (self), NULL);
  return self->article;
}

void
dossier_chronology_set_article (DossierChronology *self,
                                DossierArticle    *article)
{
  GHashTableIter iter;
  gpointer label;

  g_return_if_fail (DOSSIER_IS_CHRONOLOGY (self));
  g_return_if_fail (article == NULL || DOSSIER_IS_ARTICLE (article));

  if (!g_set_object (&self->article, article))
    return;
  g_hash_table_iter_init (&iter, self->title_labels);
  while (g_hash_table_iter_next (&iter, &label, NULL))
    mark_title (self, label);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
}
