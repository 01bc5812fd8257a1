/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-event-kept-terms.h"

DossierEventKeptTerms *
dossier_event_kept_terms_ref (DossierEventKeptTerms *kept)
{
  g_return_val_if_fail (kept != NULL, NULL);

  g_atomic_ref_count_inc (&kept->ref_count);
  return kept;
}

void
dossier_event_kept_terms_unref (DossierEventKeptTerms *kept)
{
  if (kept == NULL || !g_atomic_ref_count_dec (&kept->ref_count))
    return;
  g_free (kept->digest);
  g_free (kept->sentences);
  g_free (kept->mentions);
  g_free (kept->met);
  g_free (kept->offsets);
  g_free (kept->hashes);
  g_free (kept->text);
  g_free (kept->action_flags);
  g_free (kept->action_first);
  g_free (kept->action_met);
  g_free (kept->action_text);
  g_free (kept->text_flags);
  g_free (kept->spoken);
  g_free (kept->planned_at);
  g_free (kept->planned_len);
  g_free (kept);
}

GHashTable *
dossier_event_kept_terms_table_new (void)
{
  return g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) dossier_event_kept_terms_unref);
}
