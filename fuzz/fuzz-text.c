/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-fuzz.h"

#include "dossier-analysis.h"
#include "dossier-clean.h"

int
dossier_fuzz_text (const guint8 *data,
                   gsize         size)
{
  /* Built once: the gazetteer is the same for every input. */
  static DossierGazetteer *gazetteer;
  g_autoptr(DossierAnalysis) analysis = NULL;
  g_autoptr(GError) error = NULL;
  DossierDocument *document;

  if (gazetteer == NULL)
    gazetteer = dossier_gazetteer_new_default ();

  document = dossier_clean_bytes (data, size, NULL, &error);
  g_assert ((document == NULL) != (error == NULL));
  if (document == NULL)
    return 0;
  document->source = g_strdup ("fuzz.txt");
  analysis = dossier_analysis_new (gazetteer);
  dossier_analysis_add_document (analysis, document);
  dossier_analysis_run (analysis);
  for (guint i = 0; i < dossier_analysis_get_n_events (analysis); i++)
    g_assert (dossier_analysis_get_event (analysis, i)->summary != NULL);
  return 0;
}
