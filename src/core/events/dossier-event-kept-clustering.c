/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-event-kept-clustering.h"

#include <string.h>

#include "dossier-entity-resolver.h"
#include "dossier-event-candidates.h"

void
_dossier_kept_summaries_free (DossierKeptSummaries *summaries)
{
  if (summaries == NULL)
    return;
  g_clear_pointer (&summaries->dates, g_array_unref);
  for (guint k = 0; summaries->summaries != NULL && k < summaries->summaries->len; k++)
    g_free (g_array_index (summaries->summaries, DossierKeptSummary, k).summary);
  g_clear_pointer (&summaries->summaries, g_array_unref);
  g_free (summaries);
}

void
dossier_event_kept_clustering_free (DossierEventKeptClustering *kept)
{
  if (kept == NULL)
    return;
  g_clear_pointer (&kept->vocabulary, dossier_event_kept_vocabulary_unref);
  g_clear_pointer (&kept->decisions, _dossier_pair_decisions_free);
  for (guint d = 0; d < kept->n_documents; d++)
    {
      g_free (kept->digests[d]);
      if (kept->serials[d] != NULL)
        {
          for (guint r = 0; r < kept->serials[d]->len; r++)
            _dossier_serial_range_clear (&g_array_index (kept->serials[d], DossierSerialRange, r));
          g_array_unref (kept->serials[d]);
        }
    }
  g_free (kept->digests);
  g_free (kept->serials);
  for (guint e = 0; e < kept->n_entities; e++)
    {
      g_free (kept->entity_keys[e]);
      g_free (kept->entity_names[e]);
    }
  g_free (kept->entity_keys);
  g_free (kept->entity_types);
  g_free (kept->entity_names);
  for (guint d = 0; kept->summaries != NULL && d < kept->n_documents; d++)
    _dossier_kept_summaries_free (kept->summaries[d]);
  g_free (kept->summaries);
  g_free (kept);
}

gboolean
_dossier_event_kept_clustering_fits (const DossierEventKeptClustering *kept,
                                     const DossierEventKeptVocabulary *vocabulary,
                                     GPtrArray                        *documents,
                                     GPtrArray                        *entities)
{
  if (kept == NULL || kept->decisions == NULL || vocabulary == NULL || kept->vocabulary != vocabulary ||
      kept->n_documents != documents->len || kept->n_entities != entities->len)
    return FALSE;
  for (guint e = 0; e < entities->len; e++)
    {
      const DossierEntityRecord *entity = g_ptr_array_index (entities, e);

      if (entity->type != kept->entity_types[e] || g_strcmp0 (entity->key, kept->entity_keys[e]) != 0)
        return FALSE;
    }
  return TRUE;
}

gboolean
_dossier_event_kept_clustering_names_fit (const DossierEventKeptClustering *kept,
                                          GPtrArray                        *entities)
{
  g_return_val_if_fail (kept->n_entities == entities->len, FALSE);

  for (guint e = 0; e < entities->len; e++)
    if (g_strcmp0 (((const DossierEntityRecord *) g_ptr_array_index (entities, e))->name, kept->entity_names[e]) != 0)
      return FALSE;
  return TRUE;
}

void
_dossier_event_kept_clustering_take (DossierEventKeptClustering *kept,
                                     DossierCollectedCandidates *collected,
                                     GPtrArray                  *documents)
{
  g_autofree GArray **serials = g_new0 (GArray *, MAX (documents->len, 1u));

  for (guint d = 0; d < documents->len; d++)
    {
      const char *digest = ((DossierDocument *) g_ptr_array_index (documents, d))->analysis_digest;

      if (digest != NULL && g_strcmp0 (digest, kept->digests[d]) == 0)
        serials[d] = kept->serials[d];
    }
  _dossier_collected_candidates_take_serials (collected, serials, kept->n_serials);
}

DossierEventKeptClustering *
_dossier_event_kept_clustering_new (DossierCollectedCandidates  *collected,
                                    DossierPairDecisions       **decisions,
                                    DossierEventKeptVocabulary  *vocabulary,
                                    GPtrArray                   *documents,
                                    GPtrArray                   *entities)
{
  DossierEventKeptClustering *kept;
  guint n_serials, in_use = 0;
  GArray **serials = _dossier_collected_candidates_steal_serials (collected, &n_serials);

  kept = g_new0 (DossierEventKeptClustering, 1);
  kept->n_documents = documents->len;
  kept->serials = serials;
  kept->digests = g_new0 (char *, MAX (documents->len, 1u));
  for (guint d = 0; d < documents->len; d++)
    {
      kept->digests[d] = g_strdup (((DossierDocument *) g_ptr_array_index (documents, d))->analysis_digest);
      for (guint r = 0; serials[d] != NULL && r < serials[d]->len; r++)
        in_use += g_array_index (serials[d], DossierSerialRange, r).n;
    }
  if (n_serials > 2 * in_use + 4096)
    {
      dossier_event_kept_clustering_free (kept);
      return NULL;
    }
  kept->vocabulary = dossier_event_kept_vocabulary_ref (vocabulary);
  kept->decisions = g_steal_pointer (decisions);
  kept->n_serials = n_serials;
  kept->n_entities = entities->len;
  kept->entity_keys = g_new (char *, MAX (entities->len, 1u));
  kept->entity_types = g_new (DossierEntityType, MAX (entities->len, 1u));
  kept->entity_names = g_new (char *, MAX (entities->len, 1u));
  for (guint e = 0; e < entities->len; e++)
    {
      const DossierEntityRecord *entity = g_ptr_array_index (entities, e);

      kept->entity_keys[e] = g_strdup (entity->key);
      kept->entity_types[e] = entity->type;
      kept->entity_names[e] = g_strdup (entity->name);
    }
  return kept;
}
