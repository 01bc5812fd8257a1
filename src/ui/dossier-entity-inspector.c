/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-entity-inspector.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dossier-entity.h"
#include "dossier-source-row.h"
#include "dossier-ui-template.h"

struct _DossierEntityInspector
{
  GtkWidget parent_instance;

  GtkStack *stack;
  GtkToggleButton *scope_article;
  GtkWidget *search_entry;
  GtkDropDown *sort_choice;     /* mentions, name, articles */
  GtkListBox *list;             /* entities, under headings by type */
  GtkWidget *probably_same_box;
  GtkLabel *detail_title;
  GtkLabel *detail_subtitle;
  GtkLabel *detail_aliases;
  GtkMenuButton *correct_button;
  GtkListBox *mentions;         /* bound to mention_model */

  DossierCorpus *corpus;
  GSignalGroup *entity_signals; /* of the corpus's entities */
  DossierArticle *article;
  /* The entity shown, by its key: a key names the same entity in every
   * analysis of the dossier, an index only in the one it came from. */
  char *entity_key;
  GPtrArray *row_keys;          /* each row's entity key, NULL for a heading */
  GListModel *mention_model;    /* of DossierPassage, the entity shown's */
  GSimpleAction *type_action;   /* "entity.type": the type of the entity shown */
};

enum {
  PROP_0,
  PROP_CORPUS,
  PROP_ARTICLE,
  N_PROPS
};

enum {
  MENTION_ACTIVATED,
  FILTER_REQUESTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
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

typedef struct
{
  DossierEntity *entity;
  guint count;
} Counted;

static void
clear_counted (gpointer data)
{
  Counted *counted = data;

  g_clear_object (&counted->entity);
}

/* The orders of the list (the sort choice's items). */
enum
{
  SORT_BY_MENTIONS,
  SORT_BY_NAME,
  SORT_BY_ARTICLES,
};

static int
compare_counted (gconstpointer a,
                 gconstpointer b,
                 gpointer      user_data)
{
  const Counted *ca = a, *cb = b;
  guint ia = dossier_entity_get_index (ca->entity), ib = dossier_entity_get_index (cb->entity);
  guint order = GPOINTER_TO_UINT (user_data);

  if (order == SORT_BY_NAME)
    {
      g_autofree char *na = g_utf8_collate_key (dossier_entity_get_name (ca->entity), -1);
      g_autofree char *nb = g_utf8_collate_key (dossier_entity_get_name (cb->entity), -1);
      int by_name = strcmp (na, nb);

      if (by_name != 0)
        return by_name;
    }
  else if (order == SORT_BY_ARTICLES)
    {
      guint aa = dossier_entity_get_n_articles (ca->entity), ab = dossier_entity_get_n_articles (cb->entity);

      if (aa != ab)
        return aa > ab ? -1 : 1;
    }
  if (ca->count != cb->count)
    return ca->count > cb->count ? -1 : 1;
  return (int) ia - (int) ib;
}

/* Whether @entity's name or a way it is written holds @needle (case
 * folded); all do for no needle. */
static gboolean
entity_matches (DossierEntity *entity,
                const char    *needle)
{
  if (needle == NULL || *needle == '\0')
    return TRUE;
  {
    g_autofree char *name = g_utf8_casefold (dossier_entity_get_name (entity), -1);
    if (strstr (name, needle) != NULL)
      return TRUE;
  }
  for (guint a = 0; a < dossier_entity_get_n_aliases (entity); a++)
    {
      g_autofree char *alias = g_utf8_casefold (dossier_entity_get_alias (entity, a), -1);
      if (strstr (alias, needle) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* The entities the article names, with how often; in its analysis. */
static void
count_article (DossierArticle *article,
               GArray         *counted)
{
  GArray *marks = dossier_article_get_marks (article);
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  GHashTableIter iter;
  gpointer key, value;

  for (guint m = 0; m < marks->len; m++)
    {
      const DossierArticleMark *mark = &g_array_index (marks, DossierArticleMark, m);
      gpointer entity = GINT_TO_POINTER (mark->entity + 1);

      /* Names only: a quote's speaker is not a mention. */
      if (mark->mark > DOSSIER_MARK_PLACE || mark->entity < 0)
        continue;
      g_hash_table_insert (counts, entity, GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, entity)) + 1));
    }
  g_hash_table_iter_init (&iter, counts);
  while (g_hash_table_iter_next (&iter, &key, &value))
    {
      Counted item = { dossier_entity_new_for_article (article, GPOINTER_TO_INT (key) - 1), GPOINTER_TO_UINT (value) };
      g_array_append_val (counted, item);
    }
}

static void
count_dossier (DossierCorpus *corpus,
               GArray        *counted)
{
  GListModel *entities = dossier_corpus_get_entities (corpus);

  for (guint e = 0; e < g_list_model_get_n_items (entities); e++)
    {
      Counted item = { g_list_model_get_item (entities, e), 0 };

      item.count = dossier_entity_get_n_mentions (item.entity);
      g_array_append_val (counted, item);
    }
}

static void
append_heading (DossierEntityInspector *self,
                DossierEntityType       type)
{
  GtkWidget *heading = gtk_label_new (type_heading (type));
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_label_set_xalign (GTK_LABEL (heading), 0);
  gtk_widget_add_css_class (heading, "heading");
  gtk_widget_add_css_class (heading, "dim-label");
  gtk_widget_set_margin_top (heading, 12);
  gtk_widget_set_margin_start (heading, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), heading);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_append (self->list, row);
  g_ptr_array_add (self->row_keys, NULL);
}

static void
append_entity (DossierEntityInspector *self,
               const Counted          *item)
{
  const char *name = dossier_entity_get_name (item->entity);
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = gtk_label_new (name);
  g_autofree char *count_text = g_strdup_printf ("%u", item->count);
  GtkWidget *number = gtk_label_new (count_text);
  g_autofree char *accessible = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s, %u mention", "%s, %u mentions",
                                                              item->count),
                                                 name, item->count);

  gtk_widget_set_margin_start (box, 6);
  gtk_widget_set_margin_end (box, 6);
  gtk_widget_set_margin_top (box, 4);
  gtk_widget_set_margin_bottom (box, 4);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, dossier_entity_type_to_string (dossier_entity_get_entity_type (item->entity)));
  gtk_widget_add_css_class (number, "dim-label");
  gtk_widget_add_css_class (number, "numeric");
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), number);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, accessible, -1);
  gtk_list_box_append (self->list, row);
  g_ptr_array_add (self->row_keys, g_strdup (dossier_entity_get_key (item->entity)));
}

static void
rebuild_list (DossierEntityInspector *self)
{
  gboolean article_only = gtk_toggle_button_get_active (self->scope_article);
  g_autoptr(GArray) counted = g_array_new (FALSE, FALSE, sizeof (Counted));
  GtkWidget *child;

  g_array_set_clear_func (counted, clear_counted);
  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->list))) != NULL)
    gtk_list_box_remove (self->list, child);
  g_ptr_array_set_size (self->row_keys, 0);
  if (self->corpus == NULL || g_list_model_get_n_items (G_LIST_MODEL (self->corpus)) == 0)
    return;

  if (article_only && self->article != NULL)
    count_article (self->article, counted);
  else if (!article_only)
    count_dossier (self->corpus, counted);
  {
    const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
    g_autofree char *needle = query != NULL && *query != '\0' ? g_utf8_casefold (query, -1) : NULL;

    for (guint i = counted->len; i > 0; i--)
      if (!entity_matches (g_array_index (counted, Counted, i - 1).entity, needle))
        g_array_remove_index (counted, i - 1);
  }
  g_array_sort_with_data (counted, compare_counted, GUINT_TO_POINTER (gtk_drop_down_get_selected (self->sort_choice)));

  for (int type = DOSSIER_ENTITY_PERSON; type <= DOSSIER_ENTITY_PLACE; type++)
    {
      gboolean headed = FALSE;

      for (guint i = 0; i < counted->len; i++)
        {
          const Counted *item = &g_array_index (counted, Counted, i);

          if ((int) dossier_entity_get_entity_type (item->entity) != type)
            continue;
          if (!headed)
            append_heading (self, type);
          headed = TRUE;
          append_entity (self, item);
        }
    }
}

/* The entity @key names, in the dossier's present analysis, or NULL. */
static DossierEntity *
dup_entity (DossierEntityInspector *self,
            const char             *key)
{
  GListModel *entities = self->corpus != NULL ? dossier_corpus_get_entities (self->corpus) : NULL;

  for (guint e = 0; key != NULL && entities != NULL && e < g_list_model_get_n_items (entities); e++)
    {
      g_autoptr(DossierEntity) entity = g_list_model_get_item (entities, e);

      if (g_strcmp0 (dossier_entity_get_key (entity), key) == 0)
        return g_steal_pointer (&entity);
    }
  return NULL;
}

/* Back to the list of a new analysis's entities. */
static void
reset (DossierEntityInspector *self)
{
  g_clear_pointer (&self->entity_key, g_free);
  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_list_box_bind_model (self->mentions, NULL, NULL, NULL, NULL);
  g_clear_object (&self->mention_model);
  rebuild_list (self);
}

/* A new analysis of the same dossier (a correction, an import): the
 * entity shown stays shown, as the analysis now has it (renamed, with
 * more mentions); one that is gone (merged away) leaves the list. */
static void
on_entities_changed (DossierEntityInspector *self,
                     guint                   position,
                     guint                   removed,
                     guint                   added,
                     GListModel             *entities)
{
  g_autofree char *key = g_strdup (self->entity_key);

  reset (self);
  if (key != NULL)
    dossier_entity_inspector_show_entity_key (self, key);
}

static void
on_entity_row_activated (DossierEntityInspector *self,
                         GtkListBoxRow          *row,
                         GtkListBox             *list)
{
  int index = gtk_list_box_row_get_index (row);
  const char *key = index >= 0 && (guint) index < self->row_keys->len ? g_ptr_array_index (self->row_keys, index) : NULL;

  if (key != NULL)
    dossier_entity_inspector_show_entity_key (self, key);
}

static void
on_mention_row_activated (DossierEntityInspector *self,
                          GtkListBoxRow          *row,
                          GtkListBox             *list)
{
  g_autoptr(DossierPassage) mention = NULL;
  int index = gtk_list_box_row_get_index (row);

  if (self->mention_model == NULL || index < 0)
    return;
  mention = g_list_model_get_item (self->mention_model, index);
  if (mention != NULL)
    g_signal_emit (self, signals[MENTION_ACTIVATED], 0, mention);
}

static void
on_back_clicked (DossierEntityInspector *self,
                 GtkButton              *button)
{
  g_clear_pointer (&self->entity_key, g_free);
  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_widget_child_focus (GTK_WIDGET (self->list), GTK_DIR_TAB_FORWARD);
}

static void
on_filter_clicked (DossierEntityInspector *self,
                   GtkButton              *button)
{
  if (self->entity_key != NULL)
    g_signal_emit (self, signals[FILTER_REQUESTED], 0, self->entity_key);
}

static void
on_scope_toggled (DossierEntityInspector *self,
                  GtkToggleButton        *button)
{
  rebuild_list (self);
}

/* A type chosen in Change Type: the window's correction, when it is
 * another. */
static void
on_type_change_state (GSimpleAction          *action,
                      GVariant               *state,
                      DossierEntityInspector *self)
{
  g_autoptr(GVariant) now = g_action_get_state (G_ACTION (action));

  if (self->entity_key == NULL || g_variant_equal (now, state))
    return;
  gtk_widget_activate_action (GTK_WIDGET (self), "win.retype-entity", "(ss)", self->entity_key,
                              g_variant_get_string (state, NULL));
}

static void
on_search_changed (DossierEntityInspector *self,
                   GtkSearchEntry         *entry)
{
  rebuild_list (self);
}

static void
on_sort_changed (DossierEntityInspector *self,
                 GParamSpec             *pspec,
                 GtkDropDown            *choice)
{
  rebuild_list (self);
}

/* Rename, change the type, merge into another, or split an alias off:
 * each a correction kept with the dossier (the window's actions). */
static GMenuModel *
correction_menu (DossierEntity *entity)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) types = g_menu_new ();
  g_autoptr(GMenu) main_section = g_menu_new ();
  g_autoptr(GMenu) split = g_menu_new ();
  const char *key = dossier_entity_get_key (entity);
  guint n_aliases = dossier_entity_get_n_aliases (entity);
  static const struct { DossierEntityType type; const char *label; } type_labels[] = {
    { DOSSIER_ENTITY_PERSON, N_("_Person") },
    { DOSSIER_ENTITY_ORGANIZATION, N_("_Organisation") },
    { DOSSIER_ENTITY_PLACE, N_("P_lace") },
  };

  {
    g_autoptr(GMenuItem) rename = g_menu_item_new (_("_Rename…"), NULL);
    g_autoptr(GMenuItem) merge = g_menu_item_new (_("_Merge Into…"), NULL);

    g_menu_item_set_action_and_target_value (rename, "win.rename-entity", g_variant_new_string (key));
    g_menu_append_item (main_section, rename);
    g_menu_item_set_action_and_target_value (merge, "win.merge-entity", g_variant_new_string (key));
    g_menu_append_item (main_section, merge);
  }
  {
    /* "Victory" of "the Victory Plan": no name at all. */
    g_autoptr(GMenuItem) not_a_name = g_menu_item_new (_("_Not a Name"), NULL);

    g_menu_item_set_action_and_target_value (not_a_name, "win.not-a-name", g_variant_new_string (key));
    g_menu_append_item (main_section, not_a_name);
  }
  /* Every type, the present one marked (entity.type's state): choosing
   * another is win.retype-entity. */
  for (guint t = 0; t < G_N_ELEMENTS (type_labels); t++)
    {
      g_autoptr(GMenuItem) item = g_menu_item_new (_(type_labels[t].label), NULL);

      g_menu_item_set_action_and_target_value (item, "entity.type",
                                               g_variant_new_string (dossier_entity_type_to_string (type_labels[t].type)));
      g_menu_append_item (types, item);
    }
  g_menu_append_submenu (main_section, _("Change _Type"), G_MENU_MODEL (types));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (main_section));

  /* An alias that names someone else ("Zelensky" the brother). */
  for (guint a = 0; n_aliases > 1 && a < n_aliases && a < 12; a++)
    {
      const char *alias = dossier_entity_get_alias (entity, a);
      /* Translators: a menu item; %s is a name the entity is written as. */
      g_autofree char *label = g_strdup_printf (_("“%s” Is Someone Else"), alias);
      g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

      g_menu_item_set_action_and_target_value (item, "win.split-entity", g_variant_new ("(ss)", key, alias));
      g_menu_append_item (split, item);
    }
  if (g_menu_model_get_n_items (G_MENU_MODEL (split)) > 0)
    g_menu_append_section (menu, _("Split an Alias Off"), G_MENU_MODEL (split));
  return G_MENU_MODEL (menu);
}

/* Spellings the analysis took for this person, each with why and a
 * button that keeps it apart (win.keep-apart, a correction). */
static void
show_probably_same (DossierEntityInspector *self,
                    DossierEntity          *entity)
{
  g_auto(GStrv) spellings = dossier_entity_dup_probably_same (entity);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (self->probably_same_box)) != NULL)
    gtk_box_remove (GTK_BOX (self->probably_same_box), child);
  gtk_widget_set_visible (self->probably_same_box, spellings[0] != NULL);
  for (guint i = 0; spellings[i] != NULL; i++)
    {
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
      GtkWidget *texts = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
      /* Translators: %s is a name as one outlet spells it, taken for the
       * person the inspector shows. */
      g_autofree char *heading = g_strdup_printf (_("Probably the same person: “%s”"), spellings[i]);
      GtkWidget *title = gtk_label_new (heading);
      GtkWidget *reason = gtk_label_new (_("The surname is one letter from this person’s, the given name agrees, and "
                                           "that spelling is rare: at most twice, in one article. Taken for a "
                                           "misspelling."));
      GtkWidget *split = gtk_button_new_with_mnemonic (_("_Split"));
      /* Translators: what a screen reader says of the Split button; %s is
       * the spelling kept apart. */
      g_autofree char *split_label = g_strdup_printf (_("Split “%s” Off as Another Person"), spellings[i]);

      gtk_label_set_xalign (GTK_LABEL (title), 0);
      gtk_label_set_wrap (GTK_LABEL (title), TRUE);
      gtk_widget_add_css_class (title, "heading");
      gtk_label_set_xalign (GTK_LABEL (reason), 0);
      gtk_label_set_wrap (GTK_LABEL (reason), TRUE);
      gtk_widget_add_css_class (reason, "caption");
      gtk_widget_add_css_class (reason, "dim-label");
      gtk_box_append (GTK_BOX (texts), title);
      gtk_box_append (GTK_BOX (texts), reason);
      gtk_widget_set_hexpand (texts, TRUE);
      gtk_box_append (GTK_BOX (row), texts);
      gtk_widget_set_valign (split, GTK_ALIGN_CENTER);
      gtk_widget_set_tooltip_text (split, split_label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (split), GTK_ACCESSIBLE_PROPERTY_LABEL, split_label,
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, gtk_label_get_text (GTK_LABEL (reason)), -1);
      gtk_actionable_set_action_name (GTK_ACTIONABLE (split), "win.keep-apart");
      gtk_actionable_set_action_target (GTK_ACTIONABLE (split), "(ss)", dossier_entity_get_key (entity), spellings[i]);
      gtk_box_append (GTK_BOX (row), split);
      gtk_box_append (GTK_BOX (self->probably_same_box), row);
    }
}

/* What the inspector calls an article: its outlet, else its display
 * title (the one name it goes by everywhere). */
static const char *
article_name (DossierArticle *article)
{
  if (dossier_article_get_outlet (article) != NULL)
    return dossier_article_get_outlet (article);
  return dossier_article_get_display_title (article);
}

static GtkWidget *
create_mention_row (gpointer item,
                    gpointer user_data)
{
  DossierPassage *mention = item;
  const char *name = article_name (dossier_passage_get_article (mention));
  GtkWidget *source = dossier_source_row_new (mention, name, TRUE);
  GtkWidget *row = gtk_list_box_row_new ();
  g_autofree char *words = dossier_passage_dup_words (mention);
  /* Translators: how a screen reader names a mention in the inspector:
   * the article, then the words. */
  g_autofree char *label = g_strdup_printf (C_("mention row", "%s: %s"), name, words);

  gtk_widget_set_margin_start (source, 8);
  gtk_widget_set_margin_end (source, 8);
  gtk_widget_set_margin_top (source, 6);
  gtk_widget_set_margin_bottom (source, 6);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), source);
  gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, dossier_passage_get_text (mention), -1);
  return row;
}

static void
dossier_entity_inspector_dispose (GObject *object)
{
  DossierEntityInspector *self = DOSSIER_ENTITY_INSPECTOR (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_ENTITY_INSPECTOR);
  dossier_widget_unparent_children (GTK_WIDGET (object));
  g_clear_object (&self->entity_signals);
  g_clear_object (&self->corpus);
  g_clear_object (&self->article);
  g_clear_object (&self->mention_model);
  g_clear_object (&self->type_action);
  g_clear_pointer (&self->entity_key, g_free);
  G_OBJECT_CLASS (dossier_entity_inspector_parent_class)->dispose (object);
}

static void
dossier_entity_inspector_finalize (GObject *object)
{
  DossierEntityInspector *self = DOSSIER_ENTITY_INSPECTOR (object);

  g_ptr_array_unref (self->row_keys);
  G_OBJECT_CLASS (dossier_entity_inspector_parent_class)->finalize (object);
}

static void
dossier_entity_inspector_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  DossierEntityInspector *self = DOSSIER_ENTITY_INSPECTOR (object);

  switch (prop_id)
    {
    case PROP_CORPUS:
      g_value_set_object (value, self->corpus);
      break;
    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_entity_inspector_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  DossierEntityInspector *self = DOSSIER_ENTITY_INSPECTOR (object);

  switch (prop_id)
    {
    case PROP_CORPUS:
      dossier_entity_inspector_set_corpus (self, g_value_get_object (value));
      break;
    case PROP_ARTICLE:
      dossier_entity_inspector_set_article (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_entity_inspector_class_init (DossierEntityInspectorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_entity_inspector_dispose;
  object_class->finalize = dossier_entity_inspector_finalize;
  object_class->get_property = dossier_entity_inspector_get_property;
  object_class->set_property = dossier_entity_inspector_set_property;

  properties[PROP_CORPUS] = g_param_spec_object ("corpus", NULL, NULL, DOSSIER_TYPE_CORPUS,
                                                 G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                 G_PARAM_STATIC_STRINGS);
  properties[PROP_ARTICLE] = g_param_spec_object ("article", NULL, NULL, DOSSIER_TYPE_ARTICLE,
                                                  G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                  G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * DossierEntityInspector::mention-activated:
   * @mention: the DossierPassage of the mention chosen
   */
  signals[MENTION_ACTIVATED] = g_signal_new ("mention-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                             0, NULL, NULL, NULL, G_TYPE_NONE, 1, DOSSIER_TYPE_PASSAGE);
  /**
   * DossierEntityInspector::filter-requested:
   * @key: the key of the entity whose articles to show
   */
  signals[FILTER_REQUESTED] = g_signal_new ("filter-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  dossier_widget_class_set_template (widget_class, "dossier-entity-inspector.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierEntityInspector, stack);
  gtk_widget_class_bind_template_child (widget_class, DossierEntityInspector, scope_article);
  gtk_widget_class_bind_template_child (widget_class, DossierEntityInspector, search_entry);
  gtk_widget_class_bind_template_child (widget_class, DossierEntityInspector, sort_choice);
  gtk_widget_class_bind_template_child (widget_class, DossierEntityInspector, probably_same_box);
  gtk_widget_class_bind_template_child (widget_class, DossierEntityInspector, list);
  gtk_widget_class_bind_template_child (widget_class, DossierEntityInspector, detail_title);
  gtk_widget_class_bind_template_child (widget_class, DossierEntityInspector, detail_subtitle);
  gtk_widget_class_bind_template_child (widget_class, DossierEntityInspector, detail_aliases);
  gtk_widget_class_bind_template_child (widget_class, DossierEntityInspector, correct_button);
  gtk_widget_class_bind_template_child (widget_class, DossierEntityInspector, mentions);
  gtk_widget_class_bind_template_callback (widget_class, on_entity_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_mention_row_activated);
  gtk_widget_class_bind_template_callback (widget_class, on_back_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_filter_clicked);
  gtk_widget_class_bind_template_callback (widget_class, on_scope_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_search_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_sort_changed);
  gtk_widget_class_set_css_name (widget_class, "inspector");
}

static void
dossier_entity_inspector_init (DossierEntityInspector *self)
{
  self->row_keys = g_ptr_array_new_with_free_func (g_free);
  self->entity_signals = g_signal_group_new (G_TYPE_LIST_MODEL);
  g_signal_group_connect_object (self->entity_signals, "items-changed", G_CALLBACK (on_entities_changed), self,
                                 G_CONNECT_SWAPPED);
  gtk_widget_init_template (GTK_WIDGET (self));
  {
    g_autoptr(GSimpleActionGroup) group = g_simple_action_group_new ();

    self->type_action = g_simple_action_new_stateful ("type", G_VARIANT_TYPE_STRING, g_variant_new_string (""));
    g_signal_connect_object (self->type_action, "change-state", G_CALLBACK (on_type_change_state), self, 0);
    g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (self->type_action));
    gtk_widget_insert_action_group (GTK_WIDGET (self), "entity", G_ACTION_GROUP (group));
  }
  dossier_list_set_single_tab_stop (GTK_WIDGET (self->list));
  dossier_list_set_single_tab_stop (GTK_WIDGET (self->mentions));
}

GtkWidget *
dossier_entity_inspector_new (void)
{
  return g_object_new (DOSSIER_TYPE_ENTITY_INSPECTOR, NULL);
}

DossierCorpus *
dossier_entity_inspector_get_corpus (DossierEntityInspector *self)
{
  g_return_val_if_fail (DOSSIER_IS_ENTITY_INSPECTOR (self), NULL);
  return self->corpus;
}

void
dossier_entity_inspector_set_corpus (DossierEntityInspector *self,
                                     DossierCorpus          *corpus)
{
  g_return_if_fail (DOSSIER_IS_ENTITY_INSPECTOR (self));
  g_return_if_fail (corpus == NULL || DOSSIER_IS_CORPUS (corpus));

  if (!g_set_object (&self->corpus, corpus))
    return;
  /* A new analysis of the dossier lists its entities afresh. */
  g_signal_group_set_target (self->entity_signals, corpus != NULL ? dossier_corpus_get_entities (corpus) : NULL);
  reset (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CORPUS]);
}

DossierArticle *
dossier_entity_inspector_get_article (DossierEntityInspector *self)
{
  g_return_val_if_fail (DOSSIER_IS_ENTITY_INSPECTOR (self), NULL);
  return self->article;
}

void
dossier_entity_inspector_set_article (DossierEntityInspector *self,
                                      DossierArticle         *article)
{
  g_return_if_fail (DOSSIER_IS_ENTITY_INSPECTOR (self));
  g_return_if_fail (article == NULL || DOSSIER_IS_ARTICLE (article));

  if (!g_set_object (&self->article, article))
    return;
  if (gtk_toggle_button_get_active (self->scope_article))
    rebuild_list (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ARTICLE]);
}

/* Shows the entity @key names, with its aliases and mentions; FALSE
 * when the dossier has no such entity. */
gboolean
dossier_entity_inspector_show_entity_key (DossierEntityInspector *self,
                                          const char             *key)
{
  g_autoptr(DossierEntity) record = NULL;
  g_autoptr(GListModel) articles = NULL;
  g_autoptr(GMenuModel) menu = NULL;
  g_autoptr(GString) aliases = g_string_new (NULL);
  g_autofree char *subtitle = NULL;
  guint mentions, n_articles;

  g_return_val_if_fail (DOSSIER_IS_ENTITY_INSPECTOR (self), FALSE);
  g_return_val_if_fail (key != NULL, FALSE);

  record = dup_entity (self, key);
  if (record == NULL)
    return FALSE;
  if (self->entity_key != key)
    {
      g_free (self->entity_key);
      self->entity_key = g_strdup (key);
    }
  gtk_label_set_text (self->detail_title, dossier_entity_get_name (record));
  g_simple_action_set_state (self->type_action,
                             g_variant_new_string (dossier_entity_type_to_string (dossier_entity_get_entity_type (record))));
  menu = correction_menu (record);
  gtk_menu_button_set_menu_model (self->correct_button, menu);

  mentions = dossier_entity_get_n_mentions (record);
  n_articles = dossier_entity_get_n_articles (record);
  subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u mention in %u article",
                                           "%s · %u mentions in %u articles", mentions),
                              type_heading (dossier_entity_get_entity_type (record)), mentions, n_articles);
  gtk_label_set_text (self->detail_subtitle, subtitle);
  g_string_append (aliases, _("Also written: "));
  for (guint a = 0; a < dossier_entity_get_n_aliases (record); a++)
    g_string_append_printf (aliases, "%s%s", a ? ", " : "", dossier_entity_get_alias (record, a));
  g_string_append_printf (aliases, "\n%s", _("In: "));
  articles = dossier_entity_list_articles (record);
  for (guint d = 0; d < g_list_model_get_n_items (articles); d++)
    {
      g_autoptr(DossierArticle) article = g_list_model_get_item (articles, d);
      g_string_append_printf (aliases, "%s%s", d ? "; " : "", article_name (article));
    }
  gtk_label_set_text (self->detail_aliases, aliases->str);
  show_probably_same (self, record);

  g_clear_object (&self->mention_model);
  self->mention_model = dossier_entity_list_mentions (record);
  gtk_list_box_bind_model (self->mentions, self->mention_model, create_mention_row, NULL, NULL);
  gtk_stack_set_visible_child_name (self->stack, "detail");
  return TRUE;
}

/* The key of the entity shown, or NULL while the list is. */
const char *
dossier_entity_inspector_get_entity_key (DossierEntityInspector *self)
{
  g_return_val_if_fail (DOSSIER_IS_ENTITY_INSPECTOR (self), NULL);
  return self->entity_key;
}

/* Whether the list is of the article read (TRUE) or of the whole dossier. */
gboolean
dossier_entity_inspector_get_article_only (DossierEntityInspector *self)
{
  g_return_val_if_fail (DOSSIER_IS_ENTITY_INSPECTOR (self), FALSE);
  return gtk_toggle_button_get_active (self->scope_article);
}
