/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* What the researcher changes in a dossier, kept at once in its file:
 * annotations, corrections, an article's address, an article kept
 * uncleaned, an article removed and put back (Undo). */

#include "config.h"

#include "dossier-corpus.h"
#include "dossier-corpus-private.h"

#include "dossier-article.h"

#include <glib/gi18n-lib.h>

gboolean
dossier_corpus_add_annotation (DossierCorpus      *self,
                               DossierAnnotation  *annotation,
                               GError            **error)
{
  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (annotation), FALSE);

  if (self->store != NULL && !dossier_store_save_annotation (self->store, annotation, error))
    return FALSE;
  g_list_store_append (self->annotations, annotation);
  return TRUE;
}

gboolean
dossier_corpus_save_annotation (DossierCorpus      *self,
                                DossierAnnotation  *annotation,
                                GError            **error)
{
  guint position;

  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (annotation), FALSE);

  if (self->store != NULL && !dossier_store_save_annotation (self->store, annotation, error))
    return FALSE;
  if (g_list_store_find (self->annotations, annotation, &position))
    g_list_model_items_changed (G_LIST_MODEL (self->annotations), position, 1, 1);
  return TRUE;
}

gboolean
dossier_corpus_remove_annotation (DossierCorpus      *self,
                                  DossierAnnotation  *annotation,
                                  GError            **error)
{
  guint position;

  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION (annotation), FALSE);

  if (self->store != NULL &&
      !dossier_store_delete_annotation (self->store, dossier_annotation_get_id (annotation), error))
    return FALSE;
  if (g_list_store_find (self->annotations, annotation, &position))
    g_list_store_remove (self->annotations, position);
  return TRUE;
}

GPtrArray *
dossier_corpus_get_corrections (DossierCorpus *self)
{
  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), NULL);
  return self->corrections;
}

/* Kept at once; it takes effect with the next analysis
 * (dossier_corpus_reanalyse_async ()).  Returns its id, or -1. */
gint64
dossier_corpus_add_correction (DossierCorpus            *self,
                               gint64                    source,
                               const DossierCorrection  *correction,
                               GError                  **error)
{
  DossierStoredCorrection *stored;
  static gint64 in_memory_id;
  gint64 id;

  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), -1);
  g_return_val_if_fail (correction != NULL, -1);

  if (self->store != NULL)
    id = dossier_store_add_correction (self->store, source, correction, error);
  else
    id = ++in_memory_id;
  if (id < 0)
    return -1;
  stored = g_new0 (DossierStoredCorrection, 1);
  stored->id = id;
  stored->source = source;
  stored->correction = dossier_correction_copy (correction);
  g_ptr_array_add (self->corrections, stored);
  return id;
}

gboolean
dossier_corpus_remove_correction (DossierCorpus  *self,
                                  gint64          id,
                                  GError        **error)
{
  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), FALSE);

  if (self->store != NULL && !dossier_store_remove_correction (self->store, id, error))
    return FALSE;
  for (guint i = 0; i < self->corrections->len; i++)
    if (((DossierStoredCorrection *) g_ptr_array_index (self->corrections, i))->id == id)
      {
        g_ptr_array_remove_index (self->corrections, i);
        break;
      }
  return TRUE;
}

static void
reload_at_next_analysis (DossierCorpus *self,
                         gint64         source)
{
  if (!_dossier_corpus_has_id (self->reload, source))
    g_array_append_val (self->reload, source);
}

static gboolean
check_store (DossierCorpus  *self,
             GError        **error)
{
  if (self->store != NULL)
    return TRUE;
  g_set_error_literal (error, DOSSIER_STORE_ERROR, DOSSIER_STORE_ERROR_FAILED,
                       _("This needs the dossier to be kept in a file"));
  return FALSE;
}

gboolean
dossier_corpus_set_source_address (DossierCorpus  *self,
                                   gint64          source,
                                   const char     *address,
                                   char          **previous,
                                   GError        **error)
{
  g_autoptr(DossierStoredSource) stored = NULL;

  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (source > 0, FALSE);

  if (!check_store (self, error))
    return FALSE;
  stored = dossier_store_read_source (self->store, source, error);
  if (stored == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error_literal (error, DOSSIER_STORE_ERROR, DOSSIER_STORE_ERROR_FAILED,
                             _("The article is no longer in the dossier"));
      return FALSE;
    }
  if (!dossier_store_set_source_address (self->store, source, address, error))
    return FALSE;
  if (previous != NULL)
    *previous = g_steal_pointer (&stored->address);
  reload_at_next_analysis (self, source);
  return TRUE;
}

gboolean
dossier_corpus_keep_uncleaned (DossierCorpus  *self,
                               gint64          source,
                               gboolean        kept,
                               GError        **error)
{
  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (source > 0, FALSE);

  if (!check_store (self, error) || !dossier_store_set_source_kept_uncleaned (self->store, source, kept, error))
    return FALSE;
  for (guint i = 0; i < self->articles->len; i++)
    {
      DossierArticle *article = g_ptr_array_index (self->articles, i);

      if (dossier_article_get_source_id (article) == source)
        dossier_article_set_kept_uncleaned (article, kept);
    }
  return TRUE;
}

gboolean
dossier_corpus_remove_source (DossierCorpus  *self,
                              gint64          source,
                              GError        **error)
{
  g_autoptr(DossierStoredSource) stored = NULL;
  Removed *removed;

  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), FALSE);
  g_return_val_if_fail (source > 0, FALSE);

  if (!check_store (self, error))
    return FALSE;
  stored = dossier_store_read_source (self->store, source, error);
  if (stored == NULL)
    {
      if (error != NULL && *error == NULL)
        g_set_error_literal (error, DOSSIER_STORE_ERROR, DOSSIER_STORE_ERROR_FAILED,
                             _("The article is no longer in the dossier"));
      return FALSE;
    }
  /* The file drops its annotations and corrections with it. */
  if (!dossier_store_remove_source (self->store, source, error))
    return FALSE;

  removed = g_new0 (Removed, 1);
  removed->source = g_steal_pointer (&stored);
  removed->annotations = g_ptr_array_new_with_free_func (g_object_unref);
  removed->corrections = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_stored_correction_free);
  for (guint i = g_list_model_get_n_items (G_LIST_MODEL (self->annotations)); i > 0; i--)
    {
      g_autoptr(DossierAnnotation) annotation = g_list_model_get_item (G_LIST_MODEL (self->annotations), i - 1);

      if (dossier_annotation_get_source (annotation) == source)
        {
          g_ptr_array_insert (removed->annotations, 0, g_object_ref (annotation));
          g_list_store_remove (self->annotations, i - 1);
        }
    }
  for (guint i = 0; i < self->corrections->len;)
    {
      DossierStoredCorrection *correction = g_ptr_array_index (self->corrections, i);

      if (correction->source == source)
        g_ptr_array_add (removed->corrections, g_ptr_array_steal_index (self->corrections, i));
      else
        i++;
    }
  /* Undo reaches back a few removals, not the whole session's bytes. */
  if (self->removed->len >= MAX_REMOVED_KEPT)
    g_ptr_array_remove_index (self->removed, 0);
  g_ptr_array_add (self->removed, removed);
  reload_at_next_analysis (self, source);
  return TRUE;
}

gboolean
dossier_corpus_restore_source (DossierCorpus  *self,
                               gint64          source,
                               gint64         *restored,
                               GError        **error)
{
  Removed *removed = NULL;
  gint64 id = 0;
  guint at;

  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), FALSE);

  for (at = 0; at < self->removed->len; at++)
    if (((Removed *) g_ptr_array_index (self->removed, at))->source->id == source)
      {
        removed = g_ptr_array_index (self->removed, at);
        break;
      }
  if (removed == NULL)
    {
      g_set_error_literal (error, DOSSIER_STORE_ERROR, DOSSIER_STORE_ERROR_FAILED,
                           _("The article can no longer be put back"));
      return FALSE;
    }
  if (!check_store (self, error) || !dossier_store_restore_source (self->store, removed->source, &id, error))
    return FALSE;

  /* Its annotations and corrections come back with it, under its id. */
  for (guint i = 0; i < removed->annotations->len; i++)
    {
      DossierAnnotation *annotation = g_ptr_array_index (removed->annotations, i);

      dossier_annotation_set_source (annotation, id);
      if (dossier_store_save_annotation (self->store, annotation, NULL))
        g_list_store_append (self->annotations, annotation);
    }
  for (guint i = 0; i < removed->corrections->len; i++)
    {
      DossierStoredCorrection *correction = g_ptr_array_index (removed->corrections, i);
      gint64 correction_id = dossier_store_add_correction (self->store, id, correction->correction, NULL);

      if (correction_id < 0)
        continue;
      correction->id = correction_id;
      correction->source = id;
      g_ptr_array_add (self->corrections, g_ptr_array_steal_index (removed->corrections, i--));
    }
  g_ptr_array_remove_index (self->removed, at);
  reload_at_next_analysis (self, id);
  if (restored != NULL)
    *restored = id;
  return TRUE;
}

const DossierStoredCorrection *
dossier_corpus_find_article_correction (DossierCorpus         *self,
                                        gint64                 source,
                                        DossierCorrectionKind  kind)
{
  const DossierStoredCorrection *found = NULL;

  g_return_val_if_fail (DOSSIER_IS_CORPUS (self), NULL);

  for (guint i = 0; source != 0 && i < self->corrections->len; i++)
    {
      const DossierStoredCorrection *stored = g_ptr_array_index (self->corrections, i);

      if (stored->source == source && stored->correction->kind == kind)
        found = stored;
    }
  return found;
}
