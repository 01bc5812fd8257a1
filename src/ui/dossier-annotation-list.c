/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-annotation-list.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <string.h>

#include "dossier-annotation-row.h"
#include "dossier-article.h"
#include "dossier-menu-row.h"
#include "dossier-ui-template.h"

struct _DossierAnnotationList
{
  GtkWidget parent_instance;

  GtkWidget *controls;            /* the search and the filters */
  GtkWidget *search_entry;
  GtkDropDown *colour_menu;       /* over colour_items */
  GtkDropDown *tag_menu;          /* over tag_items */
  GtkWidget *only_current_button;
  GtkWidget *whole_dossier_button;
  GtkWidget *stack;
  GtkListView *list_view;

  GtkStringList *colour_items;    /* "All colours", then one label per colour */
  GtkStringList *tag_items;       /* "All tags", then the tags, sorted */
  GtkFilter *filter;
  GtkSortListModel *sorted;
  GtkFilterListModel *shown;

  DossierCorpus *corpus;
  GSignalGroup *corpus_signals;      /* its articles change with an analysis */
  GSignalGroup *annotation_signals;  /* its annotations */
  DossierArticle *article;
  GPtrArray *rows;                /* the DossierAnnotationRows bound to an annotation */

  char *labels[DOSSIER_N_COLOURS];
  char *search;                   /* case-folded, NULL for none */
  int colour;
  char *tag;
  gboolean only_current;
  int current;
  /* Set while the lists of the drop-downs are rebuilt, when the
   * selection they report is not the user's. */
  gboolean updating_menus;
};

enum {
  PROP_0,
  PROP_CORPUS,
  PROP_ARTICLE,
  PROP_COLOUR_LABELS,
  N_PROPS
};

enum {
  ANNOTATION_ACTIVATED,
  DELETE_REQUESTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (DossierAnnotationList, dossier_annotation_list, GTK_TYPE_WIDGET)

/* Case-folded and normalised, so "É" finds "é" whichever way it was typed. */
static char *
fold (const char *text)
{
  g_autofree char *folded = g_utf8_casefold (text, -1);
  return g_utf8_normalize (folded, -1, G_NORMALIZE_ALL);
}

static gboolean
contains_folded (const char *text,
                 const char *needle)
{
  g_autofree char *folded = NULL;

  if (text == NULL || *text == '\0')
    return FALSE;
  folded = fold (text);
  return folded != NULL && strstr (folded, needle) != NULL;
}

static const char *
colour_label (DossierAnnotationList *self,
              DossierColour          colour)
{
  return self->labels[colour] != NULL ? self->labels[colour] : dossier_colour_get_default_label (colour);
}

static DossierArticle *
annotation_article (DossierAnnotationList *self,
                    DossierAnnotation     *annotation)
{
  int document = dossier_annotation_get_document (annotation);

  if (self->corpus == NULL || document < 0 ||
      (guint) document >= g_list_model_get_n_items (G_LIST_MODEL (self->corpus)))
    return NULL;
  return g_list_model_get_item (G_LIST_MODEL (self->corpus), document);
}

/* What the colours mean, for the rows: "" where the default holds. */
static GStrv
dup_labels (DossierAnnotationList *self)
{
  GStrv labels = g_new0 (char *, DOSSIER_N_COLOURS + 1);

  for (guint c = 0; c < DOSSIER_N_COLOURS; c++)
    labels[c] = g_strdup (self->labels[c] != NULL ? self->labels[c] : "");
  return labels;
}

/* A row shows what it is bound to, and its article as the dossier has it
 * now (a new analysis makes new articles). */
static void
refresh_row (DossierAnnotationList *self,
             DossierAnnotationRow  *row)
{
  DossierAnnotation *annotation = dossier_annotation_row_get_annotation (row);
  g_autoptr(DossierArticle) article = annotation != NULL ? annotation_article (self, annotation) : NULL;

  dossier_annotation_row_set_article (row, article);
}

static void
refresh_rows (DossierAnnotationList *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    refresh_row (self, g_ptr_array_index (self->rows, i));
}

static void
refresh_row_labels (DossierAnnotationList *self)
{
  g_auto(GStrv) labels = dup_labels (self);

  for (guint i = 0; i < self->rows->len; i++)
    dossier_annotation_row_set_colour_labels (g_ptr_array_index (self->rows, i), (const char * const *) labels);
}

static int
compare_annotations (gconstpointer a,
                     gconstpointer b,
                     gpointer      user_data)
{
  DossierAnnotation *annotation_a = (DossierAnnotation *) a;
  DossierAnnotation *annotation_b = (DossierAnnotation *) b;
  /* Annotations of no article go last. */
  guint document_a = (guint) dossier_annotation_get_document (annotation_a);
  guint document_b = (guint) dossier_annotation_get_document (annotation_b);
  gint64 start_a = dossier_annotation_get_start (annotation_a);
  gint64 start_b = dossier_annotation_get_start (annotation_b);
  gint64 end_a = dossier_annotation_get_end (annotation_a);
  gint64 end_b = dossier_annotation_get_end (annotation_b);

  if (document_a != document_b)
    return document_a < document_b ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  if (start_a != start_b)
    return start_a < start_b ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  if (end_a != end_b)
    return end_a < end_b ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  return gtk_ordering_from_cmpfunc (g_strcmp0 (dossier_annotation_get_created (annotation_a),
                                               dossier_annotation_get_created (annotation_b)));
}

static gboolean
annotation_matches (gpointer item,
                    gpointer user_data)
{
  DossierAnnotationList *self = user_data;
  DossierAnnotation *annotation = item;
  const char * const *tags;

  if (self->colour >= 0 && (int) dossier_annotation_get_colour (annotation) != self->colour)
    return FALSE;
  if (self->tag != NULL && !dossier_annotation_has_tag (annotation, self->tag))
    return FALSE;
  if (self->only_current && (self->current < 0 || dossier_annotation_get_document (annotation) != self->current))
    return FALSE;
  if (self->search == NULL)
    return TRUE;

  if (contains_folded (dossier_annotation_get_note (annotation), self->search) ||
      contains_folded (dossier_annotation_get_quote (annotation), self->search))
    return TRUE;
  tags = dossier_annotation_get_tags (annotation);
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    if (contains_folded (tags[i], self->search))
      return TRUE;
  return FALSE;
}

static void
refilter (DossierAnnotationList *self)
{
  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
}

static gboolean
filters_active (DossierAnnotationList *self)
{
  return self->search != NULL || self->colour >= 0 || self->tag != NULL || self->only_current;
}

static void
update_page (DossierAnnotationList *self)
{
  guint n_all = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
  guint n_shown = g_list_model_get_n_items (G_LIST_MODEL (self->shown));

  /* With nothing to filter, the filters are only in the way; they stay
   * while one is set, or the user could not undo it. */
  gtk_widget_set_visible (self->controls, n_all > 0 || filters_active (self));
  if (n_all == 0)
    gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "empty");
  else if (n_shown == 0)
    gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "no-match");
  else
    gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "list");
}

static int
compare_tags (gconstpointer a,
              gconstpointer b)
{
  const char *tag_a = *(const char * const *) a, *tag_b = *(const char * const *) b;
  g_autofree char *folded_a = fold (tag_a);
  g_autofree char *folded_b = fold (tag_b);
  int result = g_utf8_collate (folded_a, folded_b);

  /* "Zelensky" among "membership" and "timing", whatever the locale does
   * with capitals. */
  return result != 0 ? result : strcmp (tag_a, tag_b);
}

static void
select_tag (DossierAnnotationList *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->tag_items));
  guint selected = 0;

  for (guint i = 1; self->tag != NULL && i < n; i++)
    if (g_strcmp0 (gtk_string_list_get_string (self->tag_items, i), self->tag) == 0)
      {
        selected = i;
        break;
      }
  self->updating_menus = TRUE;
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->tag_menu), selected);
  self->updating_menus = FALSE;
}

/* Every tag in use, and the one filtered by even when no annotation has it
 * any more, so that the menu still says what hides the list. */
static void
update_tags (DossierAnnotationList *self)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) tags = g_ptr_array_new ();
  guint n_items = g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
  guint n_old = g_list_model_get_n_items (G_LIST_MODEL (self->tag_items));
  gboolean same;

  for (guint i = 0; i < n_items; i++)
    {
      g_autoptr(DossierAnnotation) annotation = g_list_model_get_item (G_LIST_MODEL (self->sorted), i);
      const char * const *item_tags = dossier_annotation_get_tags (annotation);

      for (guint t = 0; item_tags != NULL && item_tags[t] != NULL; t++)
        if (g_hash_table_add (seen, (gpointer) item_tags[t]))
          g_ptr_array_add (tags, (gpointer) item_tags[t]);
    }
  if (self->tag != NULL && g_hash_table_add (seen, self->tag))
    g_ptr_array_add (tags, self->tag);
  g_ptr_array_sort (tags, compare_tags);

  same = n_old == tags->len + 1;
  for (guint i = 0; same && i < tags->len; i++)
    same = g_strcmp0 (gtk_string_list_get_string (self->tag_items, i + 1), g_ptr_array_index (tags, i)) == 0;
  if (same)
    return;

  g_ptr_array_add (tags, NULL);
  self->updating_menus = TRUE;
  gtk_string_list_splice (self->tag_items, 1, n_old - 1, (const char * const *) tags->pdata);
  self->updating_menus = FALSE;
  select_tag (self);
}

static void
update_colour_items (DossierAnnotationList *self)
{
  const char *labels[DOSSIER_N_COLOURS + 1] = { NULL };
  guint selected = gtk_drop_down_get_selected (self->colour_menu);

  for (guint i = 0; i < DOSSIER_N_COLOURS; i++)
    labels[i] = colour_label (self, i);
  self->updating_menus = TRUE;
  gtk_string_list_splice (self->colour_items, 1, g_list_model_get_n_items (G_LIST_MODEL (self->colour_items)) - 1, labels);
  gtk_drop_down_set_selected (self->colour_menu, selected);
  self->updating_menus = FALSE;
}

static void
on_annotations_changed (DossierAnnotationList *self,
                        guint                  position,
                        guint                  removed,
                        guint                  added,
                        GListModel            *annotations)
{
  update_tags (self);
  update_page (self);
  /* A row the view keeps for the same annotation is not bound again:
   * what changed (its article after a new analysis) is shown here. */
  refresh_rows (self);
}

static void
on_articles_changed (DossierAnnotationList *self,
                     guint                  position,
                     guint                  removed,
                     guint                  added,
                     GListModel            *articles)
{
  refresh_rows (self);
}

static void
on_shown_changed (GListModel            *shown,
                  guint                  position,
                  guint                  removed,
                  guint                  added,
                  DossierAnnotationList *self)
{
  update_page (self);
}

static void
apply_search (DossierAnnotationList *self,
              const char            *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  g_autofree char *folded = *stripped != '\0' ? fold (stripped) : NULL;

  if (g_strcmp0 (folded, self->search) == 0)
    return;
  g_free (self->search);
  self->search = g_steal_pointer (&folded);
  refilter (self);
  update_page (self);
}

static void
on_search_changed (DossierAnnotationList *self,
                   GtkSearchEntry        *entry)
{
  apply_search (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_stop_search (DossierAnnotationList *self,
                GtkSearchEntry        *entry)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
on_colour_selected (DossierAnnotationList *self,
                    GParamSpec            *pspec,
                    GtkDropDown           *menu)
{
  guint selected = gtk_drop_down_get_selected (menu);
  int colour = selected == 0 || selected == GTK_INVALID_LIST_POSITION ? -1 : (int) selected - 1;

  if (self->updating_menus || colour == self->colour)
    return;
  self->colour = colour;
  refilter (self);
  update_page (self);
}

static void
on_tag_selected (DossierAnnotationList *self,
                 GParamSpec            *pspec,
                 GtkDropDown           *menu)
{
  guint selected = gtk_drop_down_get_selected (menu);
  const char *tag = NULL;

  if (self->updating_menus)
    return;
  if (selected != 0 && selected != GTK_INVALID_LIST_POSITION)
    tag = gtk_string_list_get_string (self->tag_items, selected);
  if (g_strcmp0 (tag, self->tag) == 0)
    return;
  g_free (self->tag);
  self->tag = g_strdup (tag);
  refilter (self);
  /* A tag no annotation has any more leaves the menu with the filter. */
  update_tags (self);
  update_page (self);
}

static void
on_only_current_toggled (DossierAnnotationList *self,
                         GtkToggleButton       *button)
{
  gboolean only = gtk_toggle_button_get_active (button);

  if (only == self->only_current)
    return;
  self->only_current = only;
  refilter (self);
  update_page (self);
}

static void
on_show_all_clicked (DossierAnnotationList *self,
                     GtkButton             *button)
{
  dossier_annotation_list_set_search (self, NULL);
  dossier_annotation_list_set_colour_filter (self, -1);
  dossier_annotation_list_set_tag_filter (self, NULL);
  dossier_annotation_list_set_only_current (self, FALSE);
}

static void
on_activate (DossierAnnotationList *self,
             guint                  position,
             GtkListView           *list_view)
{
  g_autoptr(DossierAnnotation) annotation = g_list_model_get_item (G_LIST_MODEL (self->shown), position);

  if (annotation != NULL)
    g_signal_emit (self, signals[ANNOTATION_ACTIVATED], 0, annotation);
}

static void
on_row_delete_requested (DossierAnnotationList *self,
                         DossierAnnotation     *annotation,
                         DossierAnnotationRow  *row)
{
  g_signal_emit (self, signals[DELETE_REQUESTED], 0, annotation);
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           DossierAnnotationList    *self)
{
  GtkWidget *row = dossier_annotation_row_new ();

  g_signal_connect_object (row, "delete-requested", G_CALLBACK (on_row_delete_requested), self, G_CONNECT_SWAPPED);
  gtk_list_item_set_child (item, row);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          DossierAnnotationList    *self)
{
  DossierAnnotationRow *row = DOSSIER_ANNOTATION_ROW (gtk_list_item_get_child (item));
  g_auto(GStrv) labels = dup_labels (self);

  dossier_annotation_row_set_colour_labels (row, (const char * const *) labels);
  dossier_annotation_row_set_annotation (row, gtk_list_item_get_item (item));
  refresh_row (self, row);
  g_ptr_array_add (self->rows, row);
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            DossierAnnotationList    *self)
{
  DossierAnnotationRow *row = DOSSIER_ANNOTATION_ROW (gtk_list_item_get_child (item));

  dossier_annotation_row_set_annotation (row, NULL);
  dossier_annotation_row_set_article (row, NULL);
  g_ptr_array_remove_fast (self->rows, row);
}

/* The drop-downs' items: a label, after a dot of the colour it names in
 * the colour menu; in the open menu, a check mark on the chosen one. */
static void
setup_menu_item (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  in_list)
{
  GtkWidget *row = dossier_menu_row_new (in_list != NULL);

  if (in_list != NULL)
    g_object_bind_property (item, "selected", row, "checked", G_BINDING_SYNC_CREATE);
  gtk_list_item_set_child (item, row);
}

static void
bind_colour_item (GtkSignalListItemFactory *factory,
                  GtkListItem              *item,
                  gpointer                  user_data)
{
  DossierMenuRow *row = DOSSIER_MENU_ROW (gtk_list_item_get_child (item));
  guint position = gtk_list_item_get_position (item);

  dossier_menu_row_set_label (row, gtk_string_object_get_string (gtk_list_item_get_item (item)));
  /* "All colours", then the colours in their order. */
  dossier_menu_row_set_colour (row, position > 0 && position <= DOSSIER_N_COLOURS
                                    ? dossier_colour_to_string (position - 1) : NULL);
}

static void
bind_tag_item (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               gpointer                  user_data)
{
  DossierMenuRow *row = DOSSIER_MENU_ROW (gtk_list_item_get_child (item));

  dossier_menu_row_set_label (row, gtk_string_object_get_string (gtk_list_item_get_item (item)));
  dossier_menu_row_set_colour (row, NULL);
}

static void
set_menu_factories (GtkDropDown *menu,
                    GCallback    bind)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) list_factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_menu_item), NULL);
  g_signal_connect (factory, "bind", bind, NULL);
  g_signal_connect (list_factory, "setup", G_CALLBACK (setup_menu_item), GINT_TO_POINTER (TRUE));
  g_signal_connect (list_factory, "bind", bind, NULL);
  gtk_drop_down_set_factory (menu, factory);
  gtk_drop_down_set_list_factory (menu, list_factory);
}

static void
dossier_annotation_list_dispose (GObject *object)
{
  DossierAnnotationList *self = DOSSIER_ANNOTATION_LIST (object);

  /* The models outlive the widgets they would update. */
  g_clear_object (&self->corpus_signals);
  g_clear_object (&self->annotation_signals);
  g_clear_object (&self->corpus);
  g_clear_object (&self->article);
  if (self->shown != NULL)
    g_signal_handlers_disconnect_by_data (self->shown, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_ANNOTATION_LIST);
  dossier_widget_unparent_children (GTK_WIDGET (object));
  if (self->sorted != NULL)
    gtk_sort_list_model_set_model (self->sorted, NULL);
  g_clear_object (&self->shown);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filter);
  G_OBJECT_CLASS (dossier_annotation_list_parent_class)->dispose (object);
}

static void
dossier_annotation_list_finalize (GObject *object)
{
  DossierAnnotationList *self = DOSSIER_ANNOTATION_LIST (object);

  for (guint i = 0; i < DOSSIER_N_COLOURS; i++)
    g_free (self->labels[i]);
  g_free (self->search);
  g_free (self->tag);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  G_OBJECT_CLASS (dossier_annotation_list_parent_class)->finalize (object);
}

static void
dossier_annotation_list_get_property (GObject    *object,
                                      guint       prop_id,
                                      GValue     *value,
                                      GParamSpec *pspec)
{
  DossierAnnotationList *self = DOSSIER_ANNOTATION_LIST (object);

  switch (prop_id)
    {
    case PROP_CORPUS:
      g_value_set_object (value, self->corpus);
      break;
    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;
    case PROP_COLOUR_LABELS:
      g_value_take_boxed (value, dup_labels (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_annotation_list_set_property (GObject      *object,
                                      guint         prop_id,
                                      const GValue *value,
                                      GParamSpec   *pspec)
{
  DossierAnnotationList *self = DOSSIER_ANNOTATION_LIST (object);

  switch (prop_id)
    {
    case PROP_CORPUS:
      dossier_annotation_list_set_corpus (self, g_value_get_object (value));
      break;
    case PROP_ARTICLE:
      dossier_annotation_list_set_article (self, g_value_get_object (value));
      break;
    case PROP_COLOUR_LABELS:
      dossier_annotation_list_set_colour_labels (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_annotation_list_class_init (DossierAnnotationListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_annotation_list_dispose;
  object_class->finalize = dossier_annotation_list_finalize;
  object_class->get_property = dossier_annotation_list_get_property;
  object_class->set_property = dossier_annotation_list_set_property;

  properties[PROP_CORPUS] = g_param_spec_object ("corpus", NULL, NULL, DOSSIER_TYPE_CORPUS,
                                                 G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                 G_PARAM_STATIC_STRINGS);
  /* The article being read, for "This Article". */
  properties[PROP_ARTICLE] = g_param_spec_object ("article", NULL, NULL, DOSSIER_TYPE_ARTICLE,
                                                  G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                  G_PARAM_STATIC_STRINGS);
  /* What each DossierColour means, DOSSIER_N_COLOURS of them ("" for the
   * default). */
  properties[PROP_COLOUR_LABELS] = g_param_spec_boxed ("colour-labels", NULL, NULL, G_TYPE_STRV,
                                                       G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                       G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DossierAnnotationList::annotation-activated:
   * @annotation: the DossierAnnotation of the row activated
   *
   * Asks for the annotation to be shown in its article.
   */
  signals[ANNOTATION_ACTIVATED] = g_signal_new ("annotation-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                                0, NULL, NULL, NULL, G_TYPE_NONE, 1, DOSSIER_TYPE_ANNOTATION);
  /**
   * DossierAnnotationList::delete-requested:
   * @annotation: the DossierAnnotation whose delete button was clicked
   */
  signals[DELETE_REQUESTED] = g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 1, DOSSIER_TYPE_ANNOTATION);

  dossier_widget_class_set_template (widget_class, "dossier-annotation-list.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierAnnotationList, controls);
  gtk_widget_class_bind_template_child (widget_class, DossierAnnotationList, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DossierAnnotationList, colour_menu);
  gtk_widget_class_bind_template_child (widget_class, DossierAnnotationList, tag_menu);
  gtk_widget_class_bind_template_child (widget_class, DossierAnnotationList, colour_items);
  gtk_widget_class_bind_template_child (widget_class, DossierAnnotationList, tag_items);
  gtk_widget_class_bind_template_child (widget_class, DossierAnnotationList, only_current_button);
  gtk_widget_class_bind_template_child (widget_class, DossierAnnotationList, whole_dossier_button);
  gtk_widget_class_bind_template_child (widget_class, DossierAnnotationList, stack);
  gtk_widget_class_bind_template_child (widget_class, DossierAnnotationList, list_view);
  gtk_widget_class_bind_template_callback (widget_class, on_only_current_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_stop_search);
  gtk_widget_class_bind_template_callback (widget_class, on_colour_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_tag_selected);
  gtk_widget_class_bind_template_callback (widget_class, on_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_show_all_clicked);
  gtk_widget_class_set_css_name (widget_class, "annotationlist");
}

static void
dossier_annotation_list_init (DossierAnnotationList *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  GtkNoSelection *selection;

  self->colour = -1;
  self->current = -1;
  self->rows = g_ptr_array_new ();
  self->corpus_signals = g_signal_group_new (DOSSIER_TYPE_CORPUS);
  g_signal_group_connect_object (self->corpus_signals, "items-changed", G_CALLBACK (on_articles_changed), self,
                                 G_CONNECT_SWAPPED);
  self->annotation_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_object (self->annotation_signals, "items-changed", G_CALLBACK (on_annotations_changed),
                                 self, G_CONNECT_SWAPPED);

  gtk_widget_init_template (GTK_WIDGET (self));

  gtk_string_list_append (self->colour_items, _("All colours"));
  gtk_string_list_append (self->tag_items, _("All tags"));
  set_menu_factories (self->colour_menu, G_CALLBACK (bind_colour_item));
  set_menu_factories (self->tag_menu, G_CALLBACK (bind_tag_item));
  update_colour_items (self);

  /* The annotations, by article and position, filtered. */
  self->sorted = gtk_sort_list_model_new (NULL, GTK_SORTER (gtk_custom_sorter_new (compare_annotations, NULL, NULL)));
  self->filter = GTK_FILTER (gtk_custom_filter_new (annotation_matches, self, NULL));
  self->shown = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->sorted)), g_object_ref (self->filter));
  g_signal_connect (self->shown, "items-changed", G_CALLBACK (on_shown_changed), self);

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), self);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->shown)));
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (selection);
  dossier_list_set_single_tab_stop (GTK_WIDGET (self->list_view));

  update_page (self);
}

GtkWidget *
dossier_annotation_list_new (void)
{
  return g_object_new (DOSSIER_TYPE_ANNOTATION_LIST, NULL);
}

void
dossier_annotation_list_set_corpus (DossierAnnotationList *self,
                                    DossierCorpus         *corpus)
{
  GListModel *annotations;

  g_return_if_fail (DOSSIER_IS_ANNOTATION_LIST (self));
  g_return_if_fail (corpus == NULL || DOSSIER_IS_CORPUS (corpus));

  if (!g_set_object (&self->corpus, corpus))
    return;
  annotations = corpus ? dossier_corpus_get_annotations (corpus) : NULL;
  /* The models follow first, so that the handlers see them up to date. */
  gtk_sort_list_model_set_model (self->sorted, annotations);
  g_signal_group_set_target (self->annotation_signals, annotations);
  g_signal_group_set_target (self->corpus_signals, corpus);
  update_tags (self);
  update_page (self);
  refresh_rows (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CORPUS]);
}

DossierCorpus *
dossier_annotation_list_get_corpus (DossierAnnotationList *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION_LIST (self), NULL);
  return self->corpus;
}

void
dossier_annotation_list_set_colour_labels (DossierAnnotationList *self,
                                           const char * const    *labels)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION_LIST (self));

  for (guint i = 0; i < DOSSIER_N_COLOURS; i++)
    {
      g_free (self->labels[i]);
      self->labels[i] = labels != NULL && labels[i] != NULL && *labels[i] != '\0' ? g_strdup (labels[i]) : NULL;
      /* A shorter list leaves the rest to their defaults. */
      if (labels != NULL && labels[i] == NULL)
        labels = NULL;
    }
  update_colour_items (self);
  refresh_row_labels (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_COLOUR_LABELS]);
}

DossierArticle *
dossier_annotation_list_get_article (DossierAnnotationList *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION_LIST (self), NULL);
  return self->article;
}

void
dossier_annotation_list_set_article (DossierAnnotationList *self,
                                     DossierArticle        *article)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION_LIST (self));
  g_return_if_fail (article == NULL || DOSSIER_IS_ARTICLE (article));

  if (!g_set_object (&self->article, article))
    return;
  dossier_annotation_list_set_current_article (self, article != NULL ? (int) dossier_article_get_index (article) : -1);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
}

void
dossier_annotation_list_set_current_article (DossierAnnotationList *self,
                                             int                    document)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION_LIST (self));

  if (document < 0)
    document = -1;
  if (self->current == document)
    return;
  self->current = document;
  if (self->only_current)
    {
      refilter (self);
      update_page (self);
    }
}

GListModel *
dossier_annotation_list_get_shown (DossierAnnotationList *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION_LIST (self), NULL);
  return G_LIST_MODEL (self->shown);
}

void
dossier_annotation_list_set_search (DossierAnnotationList *self,
                                    const char            *text)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION_LIST (self));

  if (g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (self->search_entry)), text ? text : "") != 0)
    gtk_editable_set_text (GTK_EDITABLE (self->search_entry), text ? text : "");
  /* The entry reports its change a moment later; the filter follows now. */
  apply_search (self, text);
}

void
dossier_annotation_list_set_colour_filter (DossierAnnotationList *self,
                                           int                    colour)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION_LIST (self));
  g_return_if_fail (colour >= -1 && colour < DOSSIER_N_COLOURS);

  gtk_drop_down_set_selected (self->colour_menu, colour + 1);
}

void
dossier_annotation_list_set_tag_filter (DossierAnnotationList *self,
                                        const char            *tag)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION_LIST (self));

  if (tag != NULL && *tag == '\0')
    tag = NULL;
  if (g_strcmp0 (tag, self->tag) == 0)
    return;
  g_free (self->tag);
  self->tag = g_strdup (tag);
  refilter (self);
  update_tags (self);
  select_tag (self);
  update_page (self);
}

void
dossier_annotation_list_set_only_current (DossierAnnotationList *self,
                                          gboolean               only)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION_LIST (self));

  if (only)
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->only_current_button), TRUE);
  else if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->only_current_button)))
    gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->whole_dossier_button), TRUE);
}
