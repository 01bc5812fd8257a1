/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-event-kept-vocabulary.h"

DossierEventKeptVocabulary *
dossier_event_kept_vocabulary_ref (DossierEventKeptVocabulary *kept)
{
  g_return_val_if_fail (kept != NULL, NULL);

  g_atomic_ref_count_inc (&kept->ref_count);
  return kept;
}

void
dossier_event_kept_vocabulary_unref (DossierEventKeptVocabulary *kept)
{
  if (kept == NULL || !g_atomic_ref_count_dec (&kept->ref_count))
    return;
  for (guint d = 0; d < kept->n_documents; d++)
    dossier_event_kept_terms_unref (kept->articles[d]);
  g_free (kept->articles);
  g_free (kept->first_sentence);
  g_free (kept->first_value);
  g_free (kept->entity_values);
  g_free (kept->document_frequency);
  g_free (kept->idf);
  g_free (kept->first_term);
  g_free (kept->first_entity);
  g_free (kept->terms);
  g_free (kept->entities);
  g_free (kept->norms);
  g_free (kept->rare_counted);
  g_free (kept->rare_terms);
  g_free (kept);
}
