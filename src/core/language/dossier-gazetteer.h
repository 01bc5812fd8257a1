/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The general knowledge the analysis draws on: countries (from Debian's
 * iso-codes at build time), cities and regions, organisations, person
 * titles, given names and their transliterations, demonyms, and capitalised
 * words that are never names.  The data and its sources are in
 * data/gazetteer/; tools/gen-gazetteer.py compiles it into the library.
 * A gazetteer is immutable once built and may be shared between threads. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  DOSSIER_GAZETTEER_PLACE,
  DOSSIER_GAZETTEER_ORGANIZATION,
  DOSSIER_GAZETTEER_DEMONYM,
  DOSSIER_GAZETTEER_TITLE,
  DOSSIER_GAZETTEER_GIVEN_NAME,
  DOSSIER_GAZETTEER_NAME_VARIANT,
  DOSSIER_GAZETTEER_NOT_NAME,
  DOSSIER_GAZETTEER_N_KINDS,
} DossierGazetteerKind;

typedef struct
{
  const char *surface;
  const char *canonical;   /* the name, country or variant group it stands for */
  const char *class;       /* "country", "city", "international", "person-title", "f", … */
} DossierGazetteerEntry;

typedef struct _DossierGazetteer DossierGazetteer;

/* The gazetteer compiled into Dossier. */
DossierGazetteer            *dossier_gazetteer_new_default   (void);
/* One from records "kind\tsurface\tcanonical\tclass\n", for tests. */
DossierGazetteer            *dossier_gazetteer_new_from_data (const char             *data,
                                                              gsize                   len,
                                                              GError                **error);
DossierGazetteer            *dossier_gazetteer_ref           (DossierGazetteer       *gazetteer);
void                         dossier_gazetteer_unref         (DossierGazetteer       *gazetteer);

/* Exact, case-sensitive lookup of @len bytes at @surface. */
const DossierGazetteerEntry *dossier_gazetteer_lookup        (const DossierGazetteer *gazetteer,
                                                              DossierGazetteerKind    kind,
                                                              const char             *surface,
                                                              gsize                   len);
/* The first of @kinds, in order, that @surface has an entry in; that kind
 * goes to @found_kind.  One lookup instead of one per kind. */
const DossierGazetteerEntry *dossier_gazetteer_lookup_kinds  (const DossierGazetteer     *gazetteer,
                                                              const DossierGazetteerKind *kinds,
                                                              guint                       n_kinds,
                                                              const char                 *surface,
                                                              gsize                       len,
                                                              DossierGazetteerKind       *found_kind);
/* The words of the longest surface, in any kind, whose first word is
 * @word (0 if none): multi-word lookups from there can stop at it. */
guint                        dossier_gazetteer_get_phrase_words (const DossierGazetteer *gazetteer,
                                                                 const char             *word,
                                                                 gsize                   len);
/* The longest surface in any kind, in words, to bound multi-word lookups. */
guint                        dossier_gazetteer_get_max_words (const DossierGazetteer *gazetteer);
guint                        dossier_gazetteer_get_size      (const DossierGazetteer *gazetteer,
                                                              DossierGazetteerKind    kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierGazetteer, dossier_gazetteer_unref)

G_END_DECLS
