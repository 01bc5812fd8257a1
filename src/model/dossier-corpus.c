/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The articles of a dossier, as a GListModel, with its entities, events,
 * annotations and corrections: the object itself, its lists, what it
 * keeps of each article's metadata as the cleaner read it, and what it
 * answers.  Its imports and analyses are in dossier-corpus-runs.c (on the
 * main thread) and dossier-corpus-import.c (on a worker); what the
 * researcher changes is in dossier-corpus-changes.c. */

#include "config.h"

#include "dossier-corpus.h"
#include "dossier-corpus-private.h"

#include "dossier-article.h"
#include "dossier-entity.h"
#include "dossier-event.h"

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_QUARK (dossier-corpus-error-quark, dossier_corpus_error)

G_DEFINE_FINAL_TYPE_WITH_CODE (DossierCorpus, dossier_corpus, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_N_ITEMS,
  PROP_ENTITIES,
  PROP_EVENTS,
  PROP_ANNOTATIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
removed_free (Removed *removed)
{
  dossier_stored_source_free (removed->source);
  g_ptr_array_unref (removed->annotations);
  g_ptr_array_unref (removed->corrections);
  g_free (removed);
}

gboolean
_dossier_corpus_has_id (GArray *ids,
                        gint64  id)
{
  for (guint i = 0; i < ids->len; i++)
    if (g_array_index (ids, gint64, i) == id)
      return TRUE;
  return FALSE;
}

static void
article_original_free (ArticleOriginal *original)
{
  g_free (original->title);
  g_free (original->outlet);
  g_free (original->author);
  g_free (original->published_evidence);
  g_free (original);
}

ArticleOriginal *
_dossier_corpus_article_original_new (const DossierDocument *document)
{
  ArticleOriginal *original = g_new0 (ArticleOriginal, 1);

  original->title = g_strdup (document->title);
  original->outlet = g_strdup (document->outlet);
  original->author = g_strdup (document->author);
  /* A date inferred from the others is inferred again at every analysis. */
  if (document->published_from != DOSSIER_DATE_SOURCE_INFERRED)
    {
      original->published = document->published;
      original->published_from = document->published_from;
      original->published_evidence = g_strdup (document->published_evidence);
    }
  else
    original->published = (DossierDate) DOSSIER_DATE_INIT;
  return original;
}

ArticleOriginal *
_dossier_corpus_article_original_copy (const ArticleOriginal *original)
{
  ArticleOriginal *copy = g_memdup2 (original, sizeof *original);

  copy->title = g_strdup (original->title);
  copy->outlet = g_strdup (original->outlet);
  copy->author = g_strdup (original->author);
  copy->published_evidence = g_strdup (original->published_evidence);
  return copy;
}

GHashTable *
_dossier_corpus_originals_new (void)
{
  return g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, (GDestroyNotify) article_original_free);
}

static GType
get_item_type (GListModel *model)
{
  return DOSSIER_TYPE_ARTICLE;
}

static guint
get_n_items (GListModel *model)
{
  return DOSSIER_CORPUS (model)->articles->len;
}

static gpointer
get_item (GListModel *model,
          guint       position)
{
  DossierCorpus *self = DOSSIER_CORPUS (model);

  if (position >= self->articles->len)
    return NULL;
  return g_object_ref (g_ptr_array_index (self->articles, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = get_item_type;
  iface->get_n_items = get_n_items;
  iface->get_item = get_item;
}

static void
dossier_corpus_dispose (GObject *object)
{
  DossierCorpus *self = DOSSIER_CORPUS (object);

  g_clear_object (&self->running);
  g_clear_pointer (&self->articles, g_ptr_array_unref);
  g_clear_object (&self->entities);
  g_clear_object (&self->events);
  g_clear_object (&self->annotations);
  g_clear_pointer (&self->corrections, g_ptr_array_unref);
  g_clear_pointer (&self->originals, g_hash_table_unref);
  g_clear_object (&self->store);
  g_clear_pointer (&self->analysis, dossier_analysis_unref);
  g_clear_pointer (&self->reload, g_array_unref);
  g_clear_pointer (&self->removed, g_ptr_array_unref);
  G_OBJECT_CLASS (dossier_corpus_parent_class)->dispose (object);
}

static void
dossier_corpus_finalize (GObject *object)
{
  DossierCorpus *self = DOSSIER_CORPUS (object);

  g_mutex_clear (&self->keeping);
  g_mutex_clear (&self->keeping_lock);
  g_cond_clear (&self->kept_cond);
  g_free (self->kept_version);
  G_OBJECT_CLASS (dossier_corpus_parent_class)->finalize (object);
}

static void
dossier_corpus_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  DossierCorpus *self = DOSSIER_CORPUS (object);

  switch (prop_id)
    {
    case PROP_N_ITEMS:
      g_value_set_uint (value, self->articles->len);
      break;
    case PROP_ENTITIES:
      g_value_set_object (value, self->entities);
      break;
    case PROP_EVENTS:
      g_value_set_object (value, self->events);
      break;
    case PROP_ANNOTATIONS:
      g_value_set_object (value, self->annotations);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_corpus_class_init (DossierCorpusClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dossier_corpus_dispose;
  object_class->finalize = dossier_corpus_finalize;
  object_class->get_property = dossier_corpus_get_property;

  properties[PROP_N_ITEMS] = g_param_spec_uint ("n-items", NULL, NULL, 0, G_MAXUINT, 0,
                                                G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The lists live as long as the corpus; their items change. */
  properties[PROP_ENTITIES] = g_param_spec_object ("entities", NULL, NULL, G_TYPE_LIST_MODEL,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_EVENTS] = g_param_spec_object ("events", NULL, NULL, G_TYPE_LIST_MODEL,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_ANNOTATIONS] = g_param_spec_object ("annotations", NULL, NULL, G_TYPE_LIST_MODEL,
                                                      G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_corpus_init (DossierCorpus *self)
{
  self->analysis = NULL;
  self->articles = g_ptr_array_new_with_free_func (g_object_unref);
  self->entities = g_list_store_new (DOSSIER_TYPE_ENTITY);
  self->events = g_list_store_new (DOSSIER_TYPE_EVENT);
  self->annotations = g_list_store_new (DOSSIER_TYPE_ANNOTATION);
  self->corrections = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_stored_correction_free);
  self->originals = _dossier_corpus_originals_new ();
  self->reload = g_array_new (FALSE, FALSE, sizeof (gint64));
  self->removed = g_ptr_array_new_with_free_func ((GDestroyNotify) removed_free);
  g_mutex_init (&self->keeping);
  g_mutex_init (&self->keeping_lock);
  g_cond_init (&self->kept_cond);
}

DossierCorpus *
dossier_corpus_new (void)
{
  return g_object_new (DOSSIER_TYPE_CORPUS, NULL);
}

/* NULL until something was imported. */
DossierAnalysis *
dossier_corpus_get_analysis (DossierCorpus *self)
{
  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), NULL);
  return self->analysis;
}

GListModel *
dossier_corpus_get_entities (DossierCorpus *self)
{
  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), NULL);
  return G_LIST_MODEL (self->entities);
}

DossierEntity *
dossier_corpus_dup_entity (DossierCorpus *self,
                           const char    *key)
{
  GListModel *entities;

  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), NULL);

  entities = G_LIST_MODEL (self->entities);
  for (guint e = 0; key != NULL && e < g_list_model_get_n_items (entities); e++)
    {
      g_autoptr(DossierEntity) entity = g_list_model_get_item (entities, e);

      if (g_strcmp0 (dossier_entity_get_key (entity), key) == 0)
        return g_steal_pointer (&entity);
    }
  return NULL;
}

GListModel *
dossier_corpus_get_events (DossierCorpus *self)
{
  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), NULL);
  return G_LIST_MODEL (self->events);
}

GListModel *
dossier_corpus_get_annotations (DossierCorpus *self)
{
  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), NULL);
  return G_LIST_MODEL (self->annotations);
}

DossierStore *
dossier_corpus_get_store (DossierCorpus *self)
{
  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), NULL);
  return self->store;
}

/* The article whose source the dossier keeps with @id, or -1. */
int
dossier_corpus_find_source (DossierCorpus *self,
                            gint64         source)
{
  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), -1);

  for (guint i = 0; self->analysis != NULL && i < dossier_analysis_get_n_documents (self->analysis); i++)
    if (dossier_analysis_get_document (self->analysis, i)->source_id == source)
      return (int) i;
  return -1;
}

/* The number of articles changed (replace_analysis ()). */
void
_dossier_corpus_notify_n_items (DossierCorpus *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_ITEMS]);
}
