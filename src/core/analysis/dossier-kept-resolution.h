/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* What the entity resolution of a whole dossier was given and what it
 * made, kept from one analysis to the next.  The resolver reads only, of
 * each article in turn, its mentions (place, type, key and name), its
 * paragraphs (their text, where the mentions are) and its quotes'
 * speakers (the mention or the key named), with the gazetteer; it sets
 * each mention's entity, may replace its key, name and type, sets each
 * quote's speaker entity and makes the entities.  Where the next analysis gives it
 * the same — the same articles' paragraphs (by their digest), in the same
 * order, with the same mentions and speakers — what it made then is put
 * back without resolving again: a correction of one article's date leaves
 * every mention as it was.  Never changed once made: the next analysis,
 * and the one that reuses it, share it. */

#pragma once

#include <glib.h>

#include "dossier-entity-resolver.h"

G_BEGIN_DECLS

typedef struct _DossierKeptResolution DossierKeptResolution;

/* dossier_entities_resolve () on @documents, or, where @kept (may be NULL)
 * was made from the same input, what it made put back.  Returns what is
 * kept of this resolution, a new reference (@kept's where it was taken);
 * NULL where an article has no paragraphs digest or the dossier is too
 * large to keep (4 GiB of names). */
DossierKeptResolution *dossier_kept_resolution_resolve (GPtrArray             *documents,
                                                        DossierGazetteer      *gazetteer,
                                                        GPtrArray             *entities,
                                                        DossierKeptResolution *kept);
DossierKeptResolution *dossier_kept_resolution_ref     (DossierKeptResolution *kept);
void                   dossier_kept_resolution_unref   (DossierKeptResolution *kept);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierKeptResolution, dossier_kept_resolution_unref)

G_END_DECLS
