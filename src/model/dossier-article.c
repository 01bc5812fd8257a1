/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-article.h"

#include "dossier-id.h"

/* The article keeps its analysis alive, so it outlives a re-analysis
 * that replaced it in the corpus. */
struct _DossierArticle
{
  GObject parent_instance;

  DossierAnalysis *analysis;
  guint index;
  char *id;
  char *published;
  guint n_entities;
};

enum {
  PROP_0,
  PROP_ID,
  PROP_SOURCE,
  PROP_TITLE,
  PROP_OUTLET,
  PROP_AUTHOR,
  PROP_PUBLISHED,
  PROP_PUBLISHED_FROM,
  PROP_N_ENTITIES,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (DossierArticle, dossier_article, G_TYPE_OBJECT)

static DossierDocument *
document_of (DossierArticle *self)
{
  return dossier_analysis_get_document (self->analysis, self->index);
}

static void
dossier_article_finalize (GObject *object)
{
  DossierArticle *self = DOSSIER_ARTICLE (object);

  g_free (self->id);
  g_free (self->published);
  G_OBJECT_CLASS (dossier_article_parent_class)->finalize (object);
}

static void
dossier_article_dispose (GObject *object)
{
  DossierArticle *self = DOSSIER_ARTICLE (object);

  g_clear_pointer (&self->analysis, dossier_analysis_unref);
  G_OBJECT_CLASS (dossier_article_parent_class)->dispose (object);
}

static void
dossier_article_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DossierArticle *self = DOSSIER_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, dossier_article_get_id (self));
      break;
    case PROP_SOURCE:
      g_value_set_string (value, dossier_article_get_source (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, dossier_article_get_title (self));
      break;
    case PROP_OUTLET:
      g_value_set_string (value, dossier_article_get_outlet (self));
      break;
    case PROP_AUTHOR:
      g_value_set_string (value, dossier_article_get_author (self));
      break;
    case PROP_PUBLISHED:
      g_value_set_string (value, dossier_article_get_published (self));
      break;
    case PROP_PUBLISHED_FROM:
      g_value_set_string (value, dossier_article_get_published_from (self));
      break;
    case PROP_N_ENTITIES:
      g_value_set_uint (value, self->n_entities);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_article_class_init (DossierArticleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dossier_article_dispose;
  object_class->finalize = dossier_article_finalize;
  object_class->get_property = dossier_article_get_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, NULL,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_OUTLET] = g_param_spec_string ("outlet", NULL, NULL, NULL,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_AUTHOR] = g_param_spec_string ("author", NULL, NULL, NULL,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PUBLISHED] = g_param_spec_string ("published", NULL, NULL, NULL,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PUBLISHED_FROM] = g_param_spec_string ("published-from", NULL, NULL, NULL,
                                                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ENTITIES] = g_param_spec_uint ("n-entities", NULL, NULL, 0, G_MAXUINT, 0,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_article_init (DossierArticle *self)
{
}

DossierArticle *
dossier_article_new (DossierAnalysis *analysis,
                     guint            index)
{
  DossierArticle *self;
  DossierDocument *document;
  g_autoptr(GHashTable) entities = g_hash_table_new (NULL, NULL);

  g_return_val_if_fail (analysis != NULL, NULL);
  g_return_val_if_fail (index < dossier_analysis_get_n_documents (analysis), NULL);

  self = g_object_new (DOSSIER_TYPE_ARTICLE, NULL);
  self->analysis = dossier_analysis_ref (analysis);
  self->index = index;
  self->id = dossier_id_dup (DOSSIER_ID_ARTICLE, index);

  document = document_of (self);
  self->published = dossier_date_to_iso (&document->published);
  /* The day is the publication date; a time of day the page gives is kept
   * in the document but the date is what sorting and resolution use. */
  if (self->published != NULL && document->published.precision == DOSSIER_PRECISION_MINUTE)
    self->published[10] = '\0';
  for (guint m = 0; m < document->mentions->len; m++)
    g_hash_table_add (entities, GINT_TO_POINTER (g_array_index (document->mentions, DossierMention, m).entity + 1));
  self->n_entities = g_hash_table_size (entities);
  return self;
}

const char *
dossier_article_get_id (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return self->id;
}

guint
dossier_article_get_index (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), 0);
  return self->index;
}

const char *
dossier_article_get_source (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return document_of (self)->source;
}

const char *
dossier_article_get_title (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return document_of (self)->title;
}

const char *
dossier_article_get_outlet (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return document_of (self)->outlet;
}

const char *
dossier_article_get_author (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return document_of (self)->author;
}

const char *
dossier_article_get_published (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return self->published;
}

const char *
dossier_article_get_published_from (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return dossier_date_source_to_string (document_of (self)->published_from);
}

guint
dossier_article_get_n_entities (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), 0);
  return self->n_entities;
}

DossierDocument *
dossier_article_get_document (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return document_of (self);
}

DossierAnalysis *
dossier_article_get_analysis (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return self->analysis;
}
