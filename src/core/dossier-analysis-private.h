/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#pragma once

#include "dossier-analysis.h"

G_BEGIN_DECLS

/* (Re)finds a document's date expressions against its publication date. */
void _dossier_analysis_find_dates (DossierDocument *document);

/* Applies the researcher's corrections (of DossierCorrection*) to
 * resolved entities, renumbering them; see dossier-correction.h. */
void _dossier_corrections_apply (GPtrArray       *documents,
                                 GPtrArray       *entities,
                                 const GPtrArray *corrections);

/* Orders an entity's aliases (of char*), most frequent first by the
 * counts in @user_data (a GHashTable of surface → count), then by text. */
int _dossier_compare_aliases (gconstpointer a,
                              gconstpointer b,
                              gpointer      user_data);

G_END_DECLS
