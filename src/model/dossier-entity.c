/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-entity.h"

#include "dossier-characters.h"

#include "dossier-code-points.h"
#include "dossier-id.h"
#include "dossier-passage.h"

struct _DossierEntity
{
  GObject parent_instance;

  DossierAnalysis *analysis;
  guint index;
  char *id;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_ENTITY_TYPE,
  PROP_N_MENTIONS,
  PROP_N_ARTICLES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (DossierEntity, dossier_entity, G_TYPE_OBJECT)

static void
dossier_entity_dispose (GObject *object)
{
  DossierEntity *self = DOSSIER_ENTITY (object);

  g_clear_pointer (&self->analysis, dossier_analysis_unref);
  G_OBJECT_CLASS (dossier_entity_parent_class)->dispose (object);
}

static void
dossier_entity_finalize (GObject *object)
{
  DossierEntity *self = DOSSIER_ENTITY (object);

  g_free (self->id);
  G_OBJECT_CLASS (dossier_entity_parent_class)->finalize (object);
}

static void
dossier_entity_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DossierEntity *self = DOSSIER_ENTITY (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_NAME:
      g_value_set_string (value, dossier_entity_get_name (self));
      break;
    case PROP_ENTITY_TYPE:
      g_value_set_string (value, dossier_entity_type_to_string (dossier_entity_get_entity_type (self)));
      break;
    case PROP_N_MENTIONS:
      g_value_set_uint (value, dossier_entity_get_n_mentions (self));
      break;
    case PROP_N_ARTICLES:
      g_value_set_uint (value, dossier_entity_get_n_articles (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_entity_class_init (DossierEntityClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dossier_entity_dispose;
  object_class->finalize = dossier_entity_finalize;
  object_class->get_property = dossier_entity_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ENTITY_TYPE] = g_param_spec_string ("entity-type", NULL, NULL, NULL,
                                                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_MENTIONS] = g_param_spec_uint ("n-mentions", NULL, NULL, 0, G_MAXUINT, 0,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ARTICLES] = g_param_spec_uint ("n-articles", NULL, NULL, 0, G_MAXUINT, 0,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_entity_init (DossierEntity *self)
{
}

DossierEntity *
dossier_entity_new (DossierAnalysis *analysis,
                    guint            index)
{
  DossierEntity *self;

  g_return_val_if_fail (analysis != NULL, NULL);
  g_return_val_if_fail (index < dossier_analysis_get_n_entities (analysis), NULL);

  self = g_object_new (DOSSIER_TYPE_ENTITY, NULL);
  self->analysis = dossier_analysis_ref (analysis);
  self->index = index;
  self->id = dossier_id_dup (DOSSIER_ID_ENTITY, index);
  return self;
}

DossierEntity *
dossier_entity_new_for_article (DossierArticle *article,
                                guint           index)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (article), NULL);
  return dossier_entity_new (dossier_article_get_analysis (article), index);
}

const char *
dossier_entity_get_id (DossierEntity *self)
{
  g_return_val_if_fail (DOSSIER_IS_ENTITY (self), NULL);
  return self->id;
}

guint
dossier_entity_get_index (DossierEntity *self)
{
  g_return_val_if_fail (DOSSIER_IS_ENTITY (self), 0);
  return self->index;
}

const DossierEntityRecord *
dossier_entity_get_record (DossierEntity *self)
{
  g_return_val_if_fail (DOSSIER_IS_ENTITY (self), NULL);
  return dossier_analysis_get_entity (self->analysis, self->index);
}

const char *
dossier_entity_get_name (DossierEntity *self)
{
  return dossier_entity_get_record (self)->name;
}

const char *
dossier_entity_get_key (DossierEntity *self)
{
  return dossier_entity_get_record (self)->key;
}

guint
dossier_entity_get_n_aliases (DossierEntity *self)
{
  return dossier_entity_get_record (self)->aliases->len;
}

const char *
dossier_entity_get_alias (DossierEntity *self,
                          guint          alias)
{
  const DossierEntityRecord *record = dossier_entity_get_record (self);

  g_return_val_if_fail (alias < record->aliases->len, NULL);
  return g_ptr_array_index (record->aliases, alias);
}

DossierEntityType
dossier_entity_get_entity_type (DossierEntity *self)
{
  return dossier_entity_get_record (self)->type;
}

guint
dossier_entity_get_n_mentions (DossierEntity *self)
{
  return dossier_entity_get_record (self)->mentions;
}

guint
dossier_entity_get_n_articles (DossierEntity *self)
{
  return dossier_entity_get_record (self)->documents->len;
}

char **
dossier_entity_dup_probably_same (DossierEntity *self)
{
  const DossierEntityRecord *record = dossier_entity_get_record (self);
  GStrvBuilder *builder = g_strv_builder_new ();
  char **spellings;

  for (guint i = 0; record->probably_same != NULL && i < record->probably_same->len; i++)
    g_strv_builder_add (builder, g_ptr_array_index (record->probably_same, i));
  spellings = g_strv_builder_end (builder);
  g_strv_builder_unref (builder);
  return spellings;
}

/* Edits to make @a @b (Levenshtein), on code points. */
static guint
edit_distance (const gunichar *a,
               glong           la,
               const gunichar *b,
               glong           lb)
{
  g_autofree guint *row = g_new (guint, lb + 1);

  for (glong j = 0; j <= lb; j++)
    row[j] = (guint) j;
  for (glong i = 1; i <= la; i++)
    {
      guint diagonal = row[0];

      row[0] = (guint) i;
      for (glong j = 1; j <= lb; j++)
        {
          guint above = row[j];

          row[j] = MIN (MIN (row[j] + 1, row[j - 1] + 1), diagonal + (a[i - 1] != b[j - 1]));
          diagonal = above;
        }
    }
  return row[lb];
}

static char *
comparable (const char *name)
{
  g_autofree char *ascii = dossier_fold_to_ascii (name, -1);

  return g_utf8_casefold (ascii, -1);
}

double
dossier_name_similarity (const char *a,
                         const char *b)
{
  g_autofree char *fa = NULL, *fb = NULL;
  g_autofree gunichar *ua = NULL, *ub = NULL;
  g_auto(GStrv) words_a = NULL, words_b = NULL;
  glong la, lb;
  guint shared = 0, n_a = 0, n_b = 0;
  double by_letters, by_words;

  g_return_val_if_fail (a != NULL && b != NULL, 0);

  fa = comparable (a);
  fb = comparable (b);
  ua = g_utf8_to_ucs4_fast (fa, -1, &la);
  ub = g_utf8_to_ucs4_fast (fb, -1, &lb);
  if (la == 0 || lb == 0)
    return 0;
  by_letters = 1.0 - (double) edit_distance (ua, la, ub, lb) / MAX (la, lb);

  words_a = g_regex_split_simple ("[^[:alnum:]]+", fa, 0, 0);
  words_b = g_regex_split_simple ("[^[:alnum:]]+", fb, 0, 0);
  for (guint i = 0; words_a[i] != NULL; i++)
    {
      if (words_a[i][0] == '\0')
        continue;
      n_a++;
      for (guint j = 0; words_b[j] != NULL; j++)
        if (g_strcmp0 (words_a[i], words_b[j]) == 0)
          {
            shared++;
            break;
          }
    }
  for (guint j = 0; words_b[j] != NULL; j++)
    n_b += words_b[j][0] != '\0';
  by_words = n_a > 0 && n_b > 0 ? (double) shared / MIN (n_a, n_b) : 0;
  /* A whole word in common ranks above letters alike, a little less than
   * the same name. */
  return MAX (by_letters, 0.9 * by_words);
}

DossierAnalysis *
dossier_entity_get_analysis (DossierEntity *self)
{
  g_return_val_if_fail (DOSSIER_IS_ENTITY (self), NULL);
  return self->analysis;
}

GListModel *
dossier_entity_list_articles (DossierEntity *self)
{
  const DossierEntityRecord *record = dossier_entity_get_record (self);
  GListStore *articles = g_list_store_new (DOSSIER_TYPE_ARTICLE);

  for (guint d = 0; d < record->documents->len; d++)
    {
      g_autoptr(DossierArticle) article = dossier_article_new (self->analysis,
                                                               g_array_index (record->documents, guint, d));
      g_list_store_append (articles, article);
    }
  return G_LIST_MODEL (articles);
}

GListModel *
dossier_entity_list_mentions (DossierEntity *self)
{
  const DossierEntityRecord *record = dossier_entity_get_record (self);
  GListStore *mentions = g_list_store_new (DOSSIER_TYPE_PASSAGE);

  for (guint d = 0; d < record->documents->len; d++)
    {
      guint index = g_array_index (record->documents, guint, d);
      DossierDocument *document = dossier_analysis_get_document (self->analysis, index);
      g_autoptr(DossierArticle) article = dossier_article_new (self->analysis, index);
      DossierCodePointCursor cursor = DOSSIER_CODE_POINT_CURSOR_INIT;

      for (guint m = 0; m < document->mentions->len; m++)
        {
          DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);
          DossierParagraph *paragraph;
          g_autoptr(DossierPassage) passage = NULL;
          guint start;

          if (mention->entity != (int) self->index)
            continue;
          paragraph = g_ptr_array_index (document->paragraphs, mention->paragraph);
          start = (guint) dossier_code_points (&cursor, paragraph, mention->start);
          passage = dossier_passage_new (article, mention->paragraph, start,
                                         (guint) dossier_code_points (&cursor, paragraph, mention->end));
          g_list_store_append (mentions, passage);
        }
    }
  return G_LIST_MODEL (mentions);
}
