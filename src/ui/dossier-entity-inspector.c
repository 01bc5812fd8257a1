/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-entity-inspector.h"

#include <adwaita.h>
#include <glib/gi18n.h>

struct _DossierEntityInspector
{
  GtkWidget parent_instance;

  GtkWidget *stack;
  GtkWidget *scope_article;
  GtkWidget *list;            /* GtkListBox of entities */
  GtkWidget *detail_title;
  GtkWidget *detail_subtitle;
  GtkWidget *detail_aliases;
  GtkWidget *correct_button;
  GtkWidget *mentions;        /* GtkListBox of mentions */

  DossierAnalysis *analysis;
  DossierArticle *article;
  int entity;
};

enum {
  MENTION_ACTIVATED,
  FILTER_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (DossierEntityInspector, dossier_entity_inspector, GTK_TYPE_WIDGET)

static const char *
type_heading (DossierEntityType type)
{
  switch (type)
    {
    case DOSSIER_ENTITY_ORGANIZATION: return _("Organisations");
    case DOSSIER_ENTITY_PLACE: return _("Places");
    case DOSSIER_ENTITY_PERSON:
    default: return _("People");
    }
}

static void
clear_list_box (GtkWidget *list)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (list)) != NULL)
    gtk_list_box_remove (GTK_LIST_BOX (list), child);
}

typedef struct
{
  guint entity;
  guint count;
} Counted;

static int
compare_counted (gconstpointer a,
                 gconstpointer b)
{
  const Counted *ca = a, *cb = b;

  if (ca->count != cb->count)
    return ca->count > cb->count ? -1 : 1;
  return (int) ca->entity - (int) cb->entity;
}

static void
rebuild_list (DossierEntityInspector *self)
{
  gboolean article_only = gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->scope_article));
  g_autoptr(GArray) counted = g_array_new (FALSE, FALSE, sizeof (Counted));

  clear_list_box (self->list);
  if (self->analysis == NULL)
    return;

  if (article_only && self->article != NULL)
    {
      DossierDocument *document = dossier_article_get_document (self->article);
      g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
      GHashTableIter iter;
      gpointer key, value;

      for (guint m = 0; m < document->mentions->len; m++)
        {
          int entity = g_array_index (document->mentions, DossierMention, m).entity;
          if (entity < 0)
            continue;
          g_hash_table_insert (counts, GINT_TO_POINTER (entity + 1),
                               GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, GINT_TO_POINTER (entity + 1))) + 1));
        }
      g_hash_table_iter_init (&iter, counts);
      while (g_hash_table_iter_next (&iter, &key, &value))
        {
          Counted item = { GPOINTER_TO_INT (key) - 1, GPOINTER_TO_UINT (value) };
          g_array_append_val (counted, item);
        }
    }
  else if (!article_only)
    for (guint e = 0; e < dossier_analysis_get_n_entities (self->analysis); e++)
      {
        Counted item = { e, dossier_analysis_get_entity (self->analysis, e)->mentions };
        g_array_append_val (counted, item);
      }
  g_array_sort (counted, compare_counted);

  for (int type = DOSSIER_ENTITY_PERSON; type <= DOSSIER_ENTITY_PLACE; type++)
    {
      gboolean headed = FALSE;

      for (guint i = 0; i < counted->len; i++)
        {
          Counted *item = &g_array_index (counted, Counted, i);
          const DossierEntityRecord *entity = dossier_analysis_get_entity (self->analysis, item->entity);
          GtkWidget *row, *box, *name, *number;
          g_autofree char *count_text = NULL;
          g_autofree char *accessible = NULL;

          if ((int) entity->type != type)
            continue;
          if (!headed)
            {
              GtkWidget *heading = gtk_label_new (type_heading (type));
              GtkWidget *heading_row = gtk_list_box_row_new ();
              gtk_label_set_xalign (GTK_LABEL (heading), 0);
              gtk_widget_add_css_class (heading, "heading");
              gtk_widget_add_css_class (heading, "dim-label");
              gtk_widget_set_margin_top (heading, 12);
              gtk_widget_set_margin_start (heading, 6);
              gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (heading_row), heading);
              gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (heading_row), FALSE);
              gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (heading_row), FALSE);
              gtk_list_box_append (GTK_LIST_BOX (self->list), heading_row);
              headed = TRUE;
            }

          row = gtk_list_box_row_new ();
          box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
          gtk_widget_set_margin_start (box, 6);
          gtk_widget_set_margin_end (box, 6);
          gtk_widget_set_margin_top (box, 4);
          gtk_widget_set_margin_bottom (box, 4);
          name = gtk_label_new (entity->name);
          gtk_label_set_xalign (GTK_LABEL (name), 0);
          gtk_label_set_ellipsize (GTK_LABEL (name), PANGO_ELLIPSIZE_END);
          gtk_widget_set_hexpand (name, TRUE);
          gtk_widget_add_css_class (name, dossier_entity_type_to_string (entity->type));
          count_text = g_strdup_printf ("%u", item->count);
          number = gtk_label_new (count_text);
          gtk_widget_add_css_class (number, "dim-label");
          gtk_widget_add_css_class (number, "numeric");
          gtk_box_append (GTK_BOX (box), name);
          gtk_box_append (GTK_BOX (box), number);
          gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
          accessible = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u mention", "%s, %u mentions", item->count),
                                        entity->name, item->count);
          gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
          g_object_set_data (G_OBJECT (row), "entity", GUINT_TO_POINTER (item->entity + 1));
          gtk_list_box_append (GTK_LIST_BOX (self->list), row);
        }
    }
}

static void
on_entity_row_activated (GtkListBox             *list,
                         GtkListBoxRow          *row,
                         DossierEntityInspector *self)
{
  guint entity = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "entity"));

  if (entity > 0)
    dossier_entity_inspector_show_entity (self, entity - 1);
}

static void
on_mention_row_activated (GtkListBox             *list,
                          GtkListBoxRow          *row,
                          DossierEntityInspector *self)
{
  guint document = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "document"));
  guint paragraph = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "paragraph"));
  guint start = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "start"));
  guint end = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "end"));

  g_signal_emit (self, signals[MENTION_ACTIVATED], 0, document, paragraph, start, end);
}

static void
on_back_clicked (GtkButton              *button,
                 DossierEntityInspector *self)
{
  self->entity = -1;
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "list");
}

static void
on_filter_clicked (GtkButton              *button,
                   DossierEntityInspector *self)
{
  if (self->entity >= 0)
    g_signal_emit (self, signals[FILTER_REQUESTED], 0, (guint) self->entity);
}

static void
on_scope_toggled (GtkToggleButton        *button,
                  DossierEntityInspector *self)
{
  rebuild_list (self);
}

static void
dossier_entity_inspector_dispose (GObject *object)
{
  DossierEntityInspector *self = DOSSIER_ENTITY_INSPECTOR (object);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL)
    gtk_widget_unparent (child);
  g_clear_pointer (&self->analysis, dossier_analysis_unref);
  g_clear_object (&self->article);
  G_OBJECT_CLASS (dossier_entity_inspector_parent_class)->dispose (object);
}

static void
dossier_entity_inspector_class_init (DossierEntityInspectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_entity_inspector_dispose;

  /**
   * DossierEntityInspector::mention-activated:
   * @document: index of the article in the analysis
   * @paragraph: paragraph index
   * @start: byte offset of the mention in the paragraph
   * @end: its end
   */
  signals[MENTION_ACTIVATED] = g_signal_new ("mention-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                             0, NULL, NULL, NULL, G_TYPE_NONE, 4,
                                             G_TYPE_UINT, G_TYPE_UINT, G_TYPE_UINT, G_TYPE_UINT);
  /**
   * DossierEntityInspector::filter-requested:
   * @entity: index of the entity whose articles to show
   */
  signals[FILTER_REQUESTED] = g_signal_new ("filter-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "inspector");
}

static GtkWidget *
scrolled (GtkWidget *child)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();

  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), child);
  gtk_widget_set_vexpand (scroller, TRUE);
  return scroller;
}

static void
dossier_entity_inspector_init (DossierEntityInspector *self)
{
  GtkWidget *list_page, *scope, *scope_all, *detail_page, *header, *back, *filter, *mentions_heading;

  self->entity = -1;
  self->stack = gtk_stack_new ();
  gtk_stack_set_transition_type (GTK_STACK (self->stack), GTK_STACK_TRANSITION_TYPE_SLIDE_LEFT_RIGHT);
  gtk_widget_set_parent (self->stack, GTK_WIDGET (self));

  /* The list of entities. */
  list_page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  scope = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  gtk_widget_add_css_class (scope, "linked");
  gtk_widget_set_halign (scope, GTK_ALIGN_CENTER);
  gtk_widget_set_margin_top (scope, 6);
  self->scope_article = gtk_toggle_button_new_with_label (_("This Article"));
  scope_all = gtk_toggle_button_new_with_label (_("Whole Dossier"));
  gtk_toggle_button_set_group (GTK_TOGGLE_BUTTON (scope_all), GTK_TOGGLE_BUTTON (self->scope_article));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->scope_article), TRUE);
  g_signal_connect (self->scope_article, "toggled", G_CALLBACK (on_scope_toggled), self);
  gtk_box_append (GTK_BOX (scope), self->scope_article);
  gtk_box_append (GTK_BOX (scope), scope_all);
  gtk_box_append (GTK_BOX (list_page), scope);

  self->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->list, "navigation-sidebar");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Entities"), -1);
  g_signal_connect (self->list, "row-activated", G_CALLBACK (on_entity_row_activated), self);
  gtk_box_append (GTK_BOX (list_page), scrolled (self->list));
  gtk_stack_add_named (GTK_STACK (self->stack), list_page, "list");

  /* One entity. */
  detail_page = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_margin_start (detail_page, 6);
  gtk_widget_set_margin_end (detail_page, 6);
  header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  gtk_widget_set_margin_top (header, 6);
  back = gtk_button_new_from_icon_name ("go-previous-symbolic");
  gtk_widget_set_tooltip_text (back, _("All Entities"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (back), GTK_ACCESSIBLE_PROPERTY_LABEL, _("All Entities"), -1);
  gtk_widget_add_css_class (back, "flat");
  g_signal_connect (back, "clicked", G_CALLBACK (on_back_clicked), self);
  self->detail_title = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->detail_title), 0);
  gtk_label_set_wrap (GTK_LABEL (self->detail_title), TRUE);
  gtk_widget_add_css_class (self->detail_title, "title-3");
  gtk_widget_set_hexpand (self->detail_title, TRUE);
  gtk_box_append (GTK_BOX (header), back);
  gtk_box_append (GTK_BOX (header), self->detail_title);
  /* Corrections: the window's actions, named by the entity's key. */
  self->correct_button = gtk_menu_button_new ();
  gtk_menu_button_set_icon_name (GTK_MENU_BUTTON (self->correct_button), "document-edit-symbolic");
  gtk_widget_set_tooltip_text (self->correct_button, _("Correct Entity"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->correct_button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Correct Entity"), -1);
  gtk_widget_add_css_class (self->correct_button, "flat");
  gtk_widget_set_valign (self->correct_button, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (header), self->correct_button);
  gtk_box_append (GTK_BOX (detail_page), header);

  self->detail_subtitle = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->detail_subtitle), 0);
  gtk_widget_add_css_class (self->detail_subtitle, "dim-label");
  gtk_box_append (GTK_BOX (detail_page), self->detail_subtitle);

  self->detail_aliases = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->detail_aliases), 0);
  gtk_label_set_wrap (GTK_LABEL (self->detail_aliases), TRUE);
  gtk_label_set_selectable (GTK_LABEL (self->detail_aliases), TRUE);
  gtk_box_append (GTK_BOX (detail_page), self->detail_aliases);

  filter = gtk_button_new_with_mnemonic (_("_Show Only Its Articles"));
  gtk_widget_set_halign (filter, GTK_ALIGN_START);
  g_signal_connect (filter, "clicked", G_CALLBACK (on_filter_clicked), self);
  gtk_box_append (GTK_BOX (detail_page), filter);

  mentions_heading = gtk_label_new (_("Mentions"));
  gtk_label_set_xalign (GTK_LABEL (mentions_heading), 0);
  gtk_widget_add_css_class (mentions_heading, "heading");
  gtk_box_append (GTK_BOX (detail_page), mentions_heading);

  self->mentions = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (self->mentions), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (self->mentions, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->mentions), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Mentions"), -1);
  g_signal_connect (self->mentions, "row-activated", G_CALLBACK (on_mention_row_activated), self);
  gtk_box_append (GTK_BOX (detail_page), scrolled (self->mentions));
  gtk_stack_add_named (GTK_STACK (self->stack), detail_page, "detail");
}

/* Rename, change the type, merge into another, or split an alias off:
 * each a correction kept with the dossier (the window's actions). */
static GMenuModel *
correction_menu (const DossierEntityRecord *record)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) types = g_menu_new ();
  g_autoptr(GMenu) main_section = g_menu_new ();
  g_autoptr(GMenu) split = g_menu_new ();
  static const struct { DossierEntityType type; const char *label; } type_labels[] = {
    { DOSSIER_ENTITY_PERSON, N_("_Person") },
    { DOSSIER_ENTITY_ORGANIZATION, N_("_Organisation") },
    { DOSSIER_ENTITY_PLACE, N_("P_lace") },
  };

  {
    g_autoptr(GMenuItem) rename = g_menu_item_new (_("_Rename…"), NULL);
    g_autoptr(GMenuItem) merge = g_menu_item_new (_("_Merge Into…"), NULL);

    g_menu_item_set_action_and_target_value (rename, "win.rename-entity", g_variant_new_string (record->key));
    g_menu_append_item (main_section, rename);
    g_menu_item_set_action_and_target_value (merge, "win.merge-entity", g_variant_new_string (record->key));
    g_menu_append_item (main_section, merge);
  }
  for (guint t = 0; t < G_N_ELEMENTS (type_labels); t++)
    {
      g_autoptr(GMenuItem) item = NULL;

      if (type_labels[t].type == record->type)
        continue;
      item = g_menu_item_new (_(type_labels[t].label), NULL);
      g_menu_item_set_action_and_target_value (item, "win.retype-entity",
                                               g_variant_new ("(ss)", record->key,
                                                              dossier_entity_type_to_string (type_labels[t].type)));
      g_menu_append_item (types, item);
    }
  g_menu_append_submenu (main_section, _("Change _Type"), G_MENU_MODEL (types));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (main_section));

  /* An alias that names someone else ("Zelensky" the brother). */
  for (guint a = 0; record->aliases->len > 1 && a < record->aliases->len && a < 12; a++)
    {
      const char *alias = g_ptr_array_index (record->aliases, a);
      /* Translators: a menu item; %s is a name the entity is written as. */
      g_autofree char *label = g_strdup_printf (_("“%s” Is Someone Else"), alias);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target_value (item, "win.split-entity", g_variant_new ("(ss)", record->key, alias));
      g_menu_append_item (split, item);
    }
  if (g_menu_model_get_n_items (G_MENU_MODEL (split)) > 0)
    g_menu_append_section (menu, _("Split an Alias Off"), G_MENU_MODEL (split));
  return G_MENU_MODEL (menu);
}

GtkWidget *
dossier_entity_inspector_new (void)
{
  return g_object_new (DOSSIER_TYPE_ENTITY_INSPECTOR, NULL);
}

void
dossier_entity_inspector_set_analysis (DossierEntityInspector *self,
                                       DossierAnalysis        *analysis)
{
  g_return_if_fail (DOSSIER_IS_ENTITY_INSPECTOR (self));

  if (self->analysis == analysis)
    return;
  g_clear_pointer (&self->analysis, dossier_analysis_unref);
  self->analysis = analysis ? dossier_analysis_ref (analysis) : NULL;
  self->entity = -1;
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "list");
  rebuild_list (self);
}

void
dossier_entity_inspector_set_article (DossierEntityInspector *self,
                                      DossierArticle         *article)
{
  g_return_if_fail (DOSSIER_IS_ENTITY_INSPECTOR (self));

  if (!g_set_object (&self->article, article))
    return;
  /* An article of a newer analysis (after an import) brings it along. */
  if (article != NULL && dossier_article_get_analysis (article) != self->analysis)
    {
      dossier_entity_inspector_set_analysis (self, dossier_article_get_analysis (article));
      return;
    }
  if (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (self->scope_article)))
    rebuild_list (self);
}

/* "… the words before, **the mention**, the words after …" */
static char *
context_markup (DossierParagraph *paragraph,
                gsize             start,
                gsize             end)
{
  const char *text = paragraph->text;
  const char *from = text + start, *to = text + end;
  g_autofree char *before = NULL, *mention = NULL, *after = NULL;

  for (int n = 0; n < 60 && from > text; n++)
    from = g_utf8_prev_char (from);
  for (int n = 0; n < 60 && *to; n++)
    to = g_utf8_next_char (to);
  before = g_markup_escape_text (from, text + start - from);
  mention = g_markup_escape_text (text + start, end - start);
  after = g_markup_escape_text (text + end, to - (text + end));
  return g_strdup_printf ("%s%s<b>%s</b>%s%s", from > text ? "…" : "", before, mention, after, *to ? "…" : "");
}

void
dossier_entity_inspector_show_entity (DossierEntityInspector *self,
                                      guint                   entity)
{
  const DossierEntityRecord *record;
  g_autoptr(GString) aliases = g_string_new (NULL);
  g_autofree char *subtitle = NULL;

  g_return_if_fail (DOSSIER_IS_ENTITY_INSPECTOR (self));
  g_return_if_fail (self->analysis != NULL && entity < dossier_analysis_get_n_entities (self->analysis));

  self->entity = entity;
  record = dossier_analysis_get_entity (self->analysis, entity);
  gtk_label_set_text (GTK_LABEL (self->detail_title), record->name);
  {
    g_autoptr(GMenuModel) menu = correction_menu (record);
    gtk_menu_button_set_menu_model (GTK_MENU_BUTTON (self->correct_button), menu);
  }
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u mention in %u article",
                                           "%s · %u mentions in %u articles", record->mentions),
                              type_heading (record->type), record->mentions, record->documents->len);
  gtk_label_set_text (GTK_LABEL (self->detail_subtitle), subtitle);
  g_string_append (aliases, _("Also written: "));
  for (guint a = 0; a < record->aliases->len; a++)
    g_string_append_printf (aliases, "%s%s", a ? ", " : "", (const char *) g_ptr_array_index (record->aliases, a));
  g_string_append_printf (aliases, "\n%s", _("In: "));
  for (guint d = 0; d < record->documents->len; d++)
    {
      DossierDocument *document = dossier_analysis_get_document (self->analysis, g_array_index (record->documents, guint, d));
      const char *name = document->outlet ? document->outlet : document->title ? document->title : document->source;
      g_string_append_printf (aliases, "%s%s", d ? "; " : "", name);
    }
  gtk_label_set_text (GTK_LABEL (self->detail_aliases), aliases->str);

  clear_list_box (self->mentions);
  for (guint d = 0; d < record->documents->len; d++)
    {
      guint index = g_array_index (record->documents, guint, d);
      DossierDocument *document = dossier_analysis_get_document (self->analysis, index);
      const char *name = document->outlet ? document->outlet : document->title ? document->title : document->source;

      for (guint m = 0; m < document->mentions->len; m++)
        {
          DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
          DossierParagraph *paragraph;
          GtkWidget *row, *box, *source, *context;
          g_autofree char *markup = NULL;

          if (mention->entity != (int) entity)
            continue;
          paragraph = g_ptr_array_index (document->paragraphs, mention->paragraph);
          row = gtk_list_box_row_new ();
          box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
          gtk_widget_set_margin_start (box, 8);
          gtk_widget_set_margin_end (box, 8);
          gtk_widget_set_margin_top (box, 6);
          gtk_widget_set_margin_bottom (box, 6);
          source = gtk_label_new (name);
          gtk_label_set_xalign (GTK_LABEL (source), 0);
          gtk_label_set_ellipsize (GTK_LABEL (source), PANGO_ELLIPSIZE_END);
          gtk_widget_add_css_class (source, "caption-heading");
          markup = context_markup (paragraph, mention->start, mention->end);
          context = gtk_label_new (NULL);
          gtk_label_set_markup (GTK_LABEL (context), markup);
          gtk_label_set_wrap (GTK_LABEL (context), TRUE);
          gtk_label_set_xalign (GTK_LABEL (context), 0);
          gtk_box_append (GTK_BOX (box), source);
          gtk_box_append (GTK_BOX (box), context);
          gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
          g_object_set_data (G_OBJECT (row), "document", GUINT_TO_POINTER (index));
          g_object_set_data (G_OBJECT (row), "paragraph", GUINT_TO_POINTER (mention->paragraph));
          g_object_set_data (G_OBJECT (row), "start", GUINT_TO_POINTER ((guint) mention->start));
          g_object_set_data (G_OBJECT (row), "end", GUINT_TO_POINTER ((guint) mention->end));
          gtk_list_box_append (GTK_LIST_BOX (self->mentions), row);
        }
    }
  gtk_stack_set_visible_child_name (GTK_STACK (self->stack), "detail");
}

int
dossier_entity_inspector_get_entity (DossierEntityInspector *self)
{
  g_return_val_if_fail (DOSSIER_IS_ENTITY_INSPECTOR (self), -1);
  return self->entity;
}
