/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-annotation-list.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "dossier-article.h"
#include "dossier-date.h"

struct _DossierAnnotationList
{
  GtkWidget parent_instance;

  GtkWidget *controls;            /* the search and the filters */
  GtkWidget *search_entry;
  GtkWidget *colour_menu;         /* GtkDropDown over colour_items */
  GtkWidget *tag_menu;            /* GtkDropDown over tag_items */
  GtkWidget *only_current_button;
  GtkWidget *stack;
  GtkWidget *list_view;

  GtkStringList *colour_items;    /* "All colours", then one label per colour */
  GtkStringList *tag_items;       /* "All tags", then the tags, sorted */
  GtkFilter *filter;
  GtkSortListModel *sorted;
  GtkFilterListModel *shown;

  DossierCorpus *corpus;
  GPtrArray *rows;                /* Row *, those bound to an annotation */

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
  ANNOTATION_ACTIVATED,
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (DossierAnnotationList, dossier_annotation_list, GTK_TYPE_WIDGET)

/* The widgets of one row, kept on its box; bound to one annotation at a
 * time, whose changes it follows. */
typedef struct
{
  DossierAnnotationList *list;
  GtkWidget *bar;
  GtkWidget *quote;
  GtkWidget *note;
  GtkWidget *tags;
  GtkWidget *source;
  GtkWidget *orphaned;
  DossierAnnotation *annotation;
  gulong notify_id;
} Row;

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

/* What the sidebar calls the article: its outlet, else its headline, else
 * its first words. */
static char *
article_name (DossierArticle *article)
{
  DossierDocument *document = dossier_article_get_document (article);
  const char *text;
  const char *end;

  if (dossier_article_get_outlet (article) != NULL)
    return g_strdup (dossier_article_get_outlet (article));
  if (dossier_article_get_title (article) != NULL)
    return g_strdup (dossier_article_get_title (article));
  if (document->paragraphs->len == 0)
    return g_path_get_basename (dossier_article_get_source (article));
  text = ((DossierParagraph *) g_ptr_array_index (document->paragraphs, 0))->text;
  end = text;
  for (int n = 0; n < 40 && *end; n++)
    end = g_utf8_next_char (end);
  return *end ? g_strdup_printf ("%.*s…", (int) (end - text), text) : g_strdup (text);
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

static void
refresh_row (Row *row)
{
  DossierAnnotationList *self = row->list;
  DossierAnnotation *annotation = row->annotation;
  DossierColour colour;
  const char * const *tags;
  const char *note;
  const char *bar_classes[3] = { "colour-bar", NULL, NULL };
  g_autoptr(DossierArticle) article = NULL;
  g_autoptr(GString) source = g_string_new (NULL);
  g_autofree char *quote = NULL;
  GtkWidget *child;

  if (annotation == NULL)
    return;

  colour = dossier_annotation_get_colour (annotation);
  bar_classes[1] = dossier_colour_to_string (colour);
  gtk_widget_set_css_classes (row->bar, bar_classes);

  quote = quote_text (dossier_annotation_get_anchor (annotation)->exact);
  gtk_label_set_text (GTK_LABEL (row->quote), quote);

  note = dossier_annotation_get_note (annotation);
  gtk_label_set_text (GTK_LABEL (row->note), note);
  gtk_widget_set_visible (row->note, *note != '\0');

  while ((child = gtk_widget_get_first_child (row->tags)) != NULL)
    gtk_flow_box_remove (GTK_FLOW_BOX (row->tags), child);
  tags = dossier_annotation_get_tags (annotation);
  for (guint i = 0; tags != NULL && tags[i] != NULL; i++)
    {
      GtkWidget *label = gtk_label_new (tags[i]);

      gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
      gtk_label_set_max_width_chars (GTK_LABEL (label), 24);
      gtk_widget_add_css_class (label, "tag");
      gtk_flow_box_append (GTK_FLOW_BOX (row->tags), label);
      gtk_widget_set_focusable (gtk_widget_get_parent (label), FALSE);
    }
  gtk_widget_set_visible (row->tags, tags != NULL && tags[0] != NULL);

  /* The colour's meaning in words, for whoever cannot tell the colours
   * apart; then where the words come from. */
  g_string_append (source, colour_label (self, colour));
  article = annotation_article (self, annotation);
  if (article != NULL)
    {
      g_autofree char *name = article_name (article);
      g_autofree char *date = format_published (dossier_article_get_published (article));

      g_string_append_printf (source, " · %s", name);
      if (date != NULL)
        g_string_append_printf (source, " · %s", date);
    }
  else
    g_string_append_printf (source, " · %s", _("Article not in the dossier"));
  gtk_label_set_text (GTK_LABEL (row->source), source->str);

  gtk_widget_set_visible (row->orphaned, dossier_annotation_get_orphaned (annotation));
}

static void
refresh_rows (DossierAnnotationList *self)
{
  for (guint i = 0; i < self->rows->len; i++)
    refresh_row (g_ptr_array_index (self->rows, i));
}

static void
row_unbind (Row *row)
{
  if (row->annotation == NULL)
    return;
  g_clear_signal_handler (&row->notify_id, row->annotation);
  g_clear_object (&row->annotation);
  if (row->list->rows != NULL)
    g_ptr_array_remove_fast (row->list->rows, row);
}

static void
row_free (gpointer data)
{
  Row *row = data;

  row_unbind (row);
  g_free (row);
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
  const DossierAnchor *anchor_a, *anchor_b;

  if (document_a != document_b)
    return document_a < document_b ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  anchor_a = dossier_annotation_get_anchor (annotation_a);
  anchor_b = dossier_annotation_get_anchor (annotation_b);
  if (anchor_a->start != anchor_b->start)
    return anchor_a->start < anchor_b->start ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  if (anchor_a->end != anchor_b->end)
    return anchor_a->end < anchor_b->end ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
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
      contains_folded (dossier_annotation_get_anchor (annotation)->exact, self->search))
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
  guint selected = gtk_drop_down_get_selected (GTK_DROP_DOWN (self->colour_menu));

  for (guint i = 0; i < DOSSIER_N_COLOURS; i++)
    labels[i] = colour_label (self, i);
  self->updating_menus = TRUE;
  gtk_string_list_splice (self->colour_items, 1, g_list_model_get_n_items (G_LIST_MODEL (self->colour_items)) - 1, labels);
  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->colour_menu), selected);
  self->updating_menus = FALSE;
}

static void
on_annotations_changed (GListModel            *annotations,
                        guint                  position,
                        guint                  removed,
                        guint                  added,
                        DossierAnnotationList *self)
{
  update_tags (self);
  update_page (self);
  /* A row the view keeps for the same annotation is not bound again:
   * what changed (its article after a new analysis) is shown here. */
  refresh_rows (self);
}

static void
on_articles_changed (GListModel            *articles,
                     guint                  position,
                     guint                  removed,
                     guint                  added,
                     DossierAnnotationList *self)
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
on_search_changed (GtkSearchEntry        *entry,
                   DossierAnnotationList *self)
{
  apply_search (self, gtk_editable_get_text (GTK_EDITABLE (entry)));
}

static void
on_stop_search (GtkSearchEntry        *entry,
                DossierAnnotationList *self)
{
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
}

static void
on_colour_selected (GtkDropDown           *menu,
                    GParamSpec            *pspec,
                    DossierAnnotationList *self)
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
on_tag_selected (GtkDropDown           *menu,
                 GParamSpec            *pspec,
                 DossierAnnotationList *self)
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
on_only_current_toggled (GtkToggleButton       *button,
                         DossierAnnotationList *self)
{
  gboolean only = gtk_toggle_button_get_active (button);

  if (only == self->only_current)
    return;
  self->only_current = only;
  refilter (self);
  update_page (self);
}

static void
on_show_all_clicked (GtkButton             *button,
                     DossierAnnotationList *self)
{
  dossier_annotation_list_set_search (self, NULL);
  dossier_annotation_list_set_colour_filter (self, -1);
  dossier_annotation_list_set_tag_filter (self, NULL);
  dossier_annotation_list_set_only_current (self, FALSE);
}

static void
on_activate (GtkListView           *list_view,
             guint                  position,
             DossierAnnotationList *self)
{
  g_autoptr(DossierAnnotation) annotation = g_list_model_get_item (G_LIST_MODEL (self->shown), position);

  if (annotation != NULL)
    g_signal_emit (self, signals[ANNOTATION_ACTIVATED], 0, annotation);
}

static void
on_delete_clicked (GtkButton *button,
                   Row       *row)
{
  /* The row may be unbound by the handler; the annotation must outlive it. */
  g_autoptr(DossierAnnotation) annotation = row->annotation ? g_object_ref (row->annotation) : NULL;

  if (annotation != NULL)
    g_signal_emit (row->list, signals[DELETE_REQUESTED], 0, annotation);
}

static GtkWidget *
caption_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  return label;
}

static void
setup_row (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           DossierAnnotationList    *self)
{
  Row *row = g_new0 (Row, 1);
  GtkWidget *box, *content, *delete_button;

  row->list = self;
  box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 10);
  gtk_widget_add_css_class (box, "annotation-row");

  row->bar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_add_css_class (row->bar, "colour-bar");
  gtk_box_append (GTK_BOX (box), row->bar);

  content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  gtk_widget_set_hexpand (content, TRUE);
  gtk_box_append (GTK_BOX (box), content);

  row->quote = caption_label ();
  gtk_label_set_lines (GTK_LABEL (row->quote), 2);
  gtk_label_set_ellipsize (GTK_LABEL (row->quote), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (row->quote, "quote");
  gtk_box_append (GTK_BOX (content), row->quote);

  delete_button = gtk_button_new_from_icon_name ("user-trash-symbolic");
  gtk_widget_add_css_class (delete_button, "flat");
  gtk_widget_add_css_class (delete_button, "delete-button");
  gtk_widget_set_valign (delete_button, GTK_ALIGN_START);
  gtk_widget_set_tooltip_text (delete_button, _("Delete Annotation"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (delete_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Delete Annotation"), -1);
  g_signal_connect (delete_button, "clicked", G_CALLBACK (on_delete_clicked), row);

  row->note = caption_label ();
  gtk_widget_add_css_class (row->note, "note");
  gtk_box_append (GTK_BOX (content), row->note);

  row->tags = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (row->tags), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (row->tags), 12);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (row->tags), 4);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (row->tags), 4);
  gtk_widget_set_can_focus (row->tags, FALSE);
  gtk_widget_set_can_target (row->tags, FALSE);
  gtk_widget_add_css_class (row->tags, "tags");
  gtk_box_append (GTK_BOX (content), row->tags);

  row->source = caption_label ();
  gtk_label_set_lines (GTK_LABEL (row->source), 2);
  gtk_label_set_ellipsize (GTK_LABEL (row->source), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (row->source, "caption");
  gtk_widget_add_css_class (row->source, "dim-label");
  gtk_box_append (GTK_BOX (content), row->source);

  row->orphaned = caption_label ();
  gtk_label_set_text (GTK_LABEL (row->orphaned), _("Orphaned — the words are no longer in the article"));
  gtk_widget_add_css_class (row->orphaned, "caption");
  gtk_widget_add_css_class (row->orphaned, "warning");
  gtk_widget_set_visible (row->orphaned, FALSE);
  gtk_box_append (GTK_BOX (content), row->orphaned);
  gtk_box_append (GTK_BOX (box), delete_button);

  g_object_set_data_full (G_OBJECT (box), "dossier-annotation-row", row, row_free);
  gtk_list_item_set_child (item, box);
}

static void
bind_row (GtkSignalListItemFactory *factory,
          GtkListItem              *item,
          DossierAnnotationList    *self)
{
  Row *row = g_object_get_data (G_OBJECT (gtk_list_item_get_child (item)), "dossier-annotation-row");

  row_unbind (row);
  row->annotation = g_object_ref (gtk_list_item_get_item (item));
  row->notify_id = g_signal_connect_swapped (row->annotation, "notify", G_CALLBACK (refresh_row), row);
  g_ptr_array_add (self->rows, row);
  refresh_row (row);
}

static void
unbind_row (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            DossierAnnotationList    *self)
{
  row_unbind (g_object_get_data (G_OBJECT (gtk_list_item_get_child (item)), "dossier-annotation-row"));
}

/* The drop-downs' items: a label, after a dot of the colour it names in
 * the colour menu. */
static void
setup_menu_item (GtkSignalListItemFactory *factory,
                 GtkListItem              *item,
                 gpointer                  user_data)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *dot = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *label = gtk_label_new (NULL);

  gtk_widget_add_css_class (dot, "colour-dot");
  gtk_widget_set_valign (dot, GTK_ALIGN_CENTER);
  gtk_widget_set_visible (dot, FALSE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_box_append (GTK_BOX (box), dot);
  gtk_box_append (GTK_BOX (box), label);
  gtk_list_item_set_child (item, box);
}

static void
bind_menu_item (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                gpointer                  colours)
{
  GtkWidget *dot = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *label = gtk_widget_get_next_sibling (dot);
  guint position = gtk_list_item_get_position (item);

  gtk_label_set_text (GTK_LABEL (label), gtk_string_object_get_string (gtk_list_item_get_item (item)));
  if (colours != NULL && position > 0 && position <= DOSSIER_N_COLOURS)
    {
      const char *classes[] = { "colour-dot", dossier_colour_to_string (position - 1), NULL };

      gtk_widget_set_css_classes (dot, classes);
      gtk_widget_set_visible (dot, TRUE);
    }
  else
    gtk_widget_set_visible (dot, FALSE);
}

/* In the open menu, a check mark says which is chosen. */
static void
on_menu_item_selected (GtkListItem *item,
                       GParamSpec  *pspec,
                       GtkWidget   *check)
{
  gtk_widget_set_opacity (check, gtk_list_item_get_selected (item) ? 1 : 0);
}

static void
setup_menu_list_item (GtkSignalListItemFactory *factory,
                      GtkListItem              *item,
                      gpointer                  user_data)
{
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");
  GtkWidget *label;

  setup_menu_item (factory, item, user_data);
  /* The open menu is as wide as its longest item needs. */
  label = gtk_widget_get_last_child (gtk_list_item_get_child (item));
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_NONE);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_box_append (GTK_BOX (gtk_list_item_get_child (item)), check);
  g_signal_connect_object (item, "notify::selected", G_CALLBACK (on_menu_item_selected), check, 0);
  on_menu_item_selected (item, NULL, check);
}

static GtkWidget *
menu_new (GtkStringList *items,
          gboolean       colours,
          const char    *accessible_label)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkListItemFactory *list_factory = gtk_signal_list_item_factory_new ();
  GtkWidget *menu;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_menu_item), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_menu_item), GINT_TO_POINTER (colours));
  g_signal_connect (list_factory, "setup", G_CALLBACK (setup_menu_list_item), NULL);
  g_signal_connect (list_factory, "bind", G_CALLBACK (bind_menu_item), GINT_TO_POINTER (colours));
  menu = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (items)), NULL);
  gtk_drop_down_set_factory (GTK_DROP_DOWN (menu), factory);
  gtk_drop_down_set_list_factory (GTK_DROP_DOWN (menu), list_factory);
  g_object_unref (factory);
  g_object_unref (list_factory);
  gtk_widget_set_hexpand (menu, TRUE);
  gtk_widget_set_tooltip_text (menu, accessible_label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (menu), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible_label, -1);
  return menu;
}

static void
disconnect_corpus (DossierAnnotationList *self)
{
  if (self->corpus == NULL)
    return;
  g_signal_handlers_disconnect_by_data (self->corpus, self);
  g_signal_handlers_disconnect_by_data (dossier_corpus_get_annotations (self->corpus), self);
  g_clear_object (&self->corpus);
}

static void
dossier_annotation_list_dispose (GObject *object)
{
  DossierAnnotationList *self = DOSSIER_ANNOTATION_LIST (object);
  GtkWidget *child;

  /* The models outlive the widgets they would update. */
  disconnect_corpus (self);
  if (self->shown != NULL)
    g_signal_handlers_disconnect_by_data (self->shown, self);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  if (self->sorted != NULL)
    gtk_sort_list_model_set_model (self->sorted, NULL);
  g_clear_object (&self->shown);
  g_clear_object (&self->sorted);
  g_clear_object (&self->filter);
  g_clear_object (&self->colour_items);
  g_clear_object (&self->tag_items);
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
dossier_annotation_list_class_init (DossierAnnotationListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_annotation_list_dispose;
  object_class->finalize = dossier_annotation_list_finalize;

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

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "annotationlist");
}

static void
dossier_annotation_list_init (DossierAnnotationList *self)
{
  const char *no_tags[] = { _("All tags"), NULL };
  const char *no_colours[] = { _("All colours"), NULL };
  GtkWidget *box, *scope, *scope_all, *filters, *scroller, *empty, *no_match, *show_all;
  GtkListItemFactory *factory;
  GtkNoSelection *selection;

  self->colour = -1;
  self->current = -1;
  self->rows = g_ptr_array_new ();

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (box, GTK_WIDGET (self));

  /* The search and the filters. */
  self->controls = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (self->controls, "annotation-filters");

  /* The scope, as the entity inspector shows it. */
  scope = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (scope, "linked");
  gtk_widget_set_halign (scope, GTK_ALIGN_CENTER);
  self->only_current_button = gtk_toggle_button_new_with_label (_("This Article"));
  gtk_widget_set_tooltip_text (self->only_current_button, _("Only the annotations of the article being read"));
  scope_all = gtk_toggle_button_new_with_label (_("Whole Dossier"));
  gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (scope_all), GTK_TOGGLE_BUTTON (self->only_current_button));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (scope_all), TRUE);
  g_signal_connect (self->only_current_button, "toggled", G_CALLBACK (on_only_current_toggled), self);
  gtk_box_append (GTK_BOX (scope), self->only_current_button);
  gtk_box_append (GTK_BOX (scope), scope_all);
  gtk_box_append (GTK_BOX (self->controls), scope);

  self->search_entry = gtk_search_entry_new ();
  g_object_set (self->search_entry, "placeholder-text", _("Search notes, quotes and tags"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->search_entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search Annotations"), -1);
  g_signal_connect (self->search_entry, "search-changed", G_CALLBACK (on_search_changed), self);
  g_signal_connect (self->search_entry, "stop-search", G_CALLBACK (on_stop_search), self);
  gtk_box_append (GTK_BOX (self->controls), self->search_entry);

  filters = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_box_set_homogeneous (GTK_BOX (filters), TRUE);
  self->colour_items = gtk_string_list_new (no_colours);
  self->colour_menu = menu_new (self->colour_items, TRUE, _("Filter by Colour"));
  g_signal_connect (self->colour_menu, "notify::selected", G_CALLBACK (on_colour_selected), self);
  gtk_box_append (GTK_BOX (filters), self->colour_menu);
  self->tag_items = gtk_string_list_new (no_tags);
  self->tag_menu = menu_new (self->tag_items, FALSE, _("Filter by Tag"));
  g_signal_connect (self->tag_menu, "notify::selected", G_CALLBACK (on_tag_selected), self);
  gtk_box_append (GTK_BOX (filters), self->tag_menu);
  gtk_box_append (GTK_BOX (self->controls), filters);
  gtk_box_append (GTK_BOX (box), self->controls);
  update_colour_items (self);

  /* The annotations, by article and position, filtered. */
  self->sorted = gtk_sort_list_model_new (NULL, GTK_SORTER (gtk_custom_sorter_new (compare_annotations, NULL, NULL)));
  self->filter = GTK_FILTER (gtk_custom_filter_new (annotation_matches, self, NULL));
  self->shown = gtk_filter_list_model_new (G_LIST_MODEL (g_object_ref (self->sorted)), g_object_ref (self->filter));
  g_signal_connect (self->shown, "items-changed", G_CALLBACK (on_shown_changed), self);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row), self);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row), self);
  g_signal_connect (factory, "unbind", G_CALLBACK (unbind_row), self);
  selection = gtk_no_selection_new (G_LIST_MODEL (g_object_ref (self->shown)));
  self->list_view = gtk_list_view_new (GTK_SELECTION_MODEL (selection), factory);
  gtk_list_view_set_single_click_activate (GTK_LIST_VIEW (self->list_view), TRUE);
  gtk_list_view_set_show_separators (GTK_LIST_VIEW (self->list_view), TRUE);
  gtk_widget_add_css_class (self->list_view, "annotations");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Annotations"), -1);
  g_signal_connect (self->list_view, "activate", G_CALLBACK (on_activate), self);

  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->list_view);

  /* No annotation yet, and none that the filters let through. */
  empty = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (empty), "document-edit-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (empty), _("No Annotations"));
  adw_status_page_set_description (ADW_STATUS_PAGE (empty), _("Select text in an article to highlight it"));
  gtk_widget_add_css_class (empty, "compact");

  no_match = adw_status_page_new ();
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (no_match), "edit-find-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (no_match), _("No Matching Annotations"));
  adw_status_page_set_description (ADW_STATUS_PAGE (no_match), _("Try other words or filters"));
  gtk_widget_add_css_class (no_match, "compact");
  show_all = gtk_button_new_with_mnemonic (_("_Show All Annotations"));
  gtk_widget_set_halign (show_all, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (show_all, "pill");
  g_signal_connect (show_all, "clicked", G_CALLBACK (on_show_all_clicked), self);
  adw_status_page_set_child (ADW_STATUS_PAGE (no_match), show_all);

  self->stack = gtk_stack_new ();
  gtk_widget_set_vexpand (self->stack, TRUE);
  gtk_stack_add_named (GTK_STACK (self->stack), scroller, "list");
  gtk_stack_add_named (GTK_STACK (self->stack), empty, "empty");
  gtk_stack_add_named (GTK_STACK (self->stack), no_match, "no-match");
  gtk_box_append (GTK_BOX (box), self->stack);

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

  if (self->corpus == corpus)
    return;
  disconnect_corpus (self);
  self->corpus = corpus ? g_object_ref (corpus) : NULL;
  annotations = corpus ? dossier_corpus_get_annotations (corpus) : NULL;
  /* The models follow first, so that the handlers see them up to date. */
  gtk_sort_list_model_set_model (self->sorted, annotations);
  if (corpus != NULL)
    {
      g_signal_connect (annotations, "items-changed", G_CALLBACK (on_annotations_changed), self);
      g_signal_connect (corpus, "items-changed", G_CALLBACK (on_articles_changed), self);
    }
  update_tags (self);
  update_page (self);
  refresh_rows (self);
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
    }
  update_colour_items (self);
  refresh_rows (self);
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

  gtk_drop_down_set_selected (GTK_DROP_DOWN (self->colour_menu), colour + 1);
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
    {
      /* The other button of the group: "Whole Dossier". */
      GtkWidget *scope_all = gtk_widget_get_next_sibling (self->only_current_button);
      gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (scope_all), TRUE);
    }
}
