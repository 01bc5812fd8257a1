/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The researcher's corrections of events: retitled, re-dated, merged into
 * another, a source split off, hidden, made from a sentence the analysis
 * did not take.  They are DossierCorrections (dossier-correction.h) of the
 * dossier's one list, applied after the events are built, in the order
 * they were made, after every analysis.
 *
 * An event is named by a key that a new analysis of the same articles
 * gives it again: the key of its first source, in the dossier's order
 * (the article added first, then the paragraph, then the position).  A
 * source's key is its article's identity and a digest of its sentence:
 *
 *   s<id>:<digest>   the article the dossier file keeps as source <id>
 *   a<n>:<digest>    the n-th article (1-based), outside a dossier file
 *
 * where <digest> is the first 16 hexadecimal digits of the SHA-256 of the
 * sentence's text and, after a line feed, the date expression that dates
 * it ("on Wednesday"; nothing for a sentence without one), so that a
 * sentence that tells two days is two keys.  A correction finds its event
 * as the one that has a source of that key, first or not: an event keeps
 * its corrections when the analysis adds a report before the first, and
 * an event merged into another is found in it.  A correction whose
 * sentence no longer reports an event (the article removed, its text
 * cleaned otherwise) does nothing. */

#pragma once

#include <glib.h>

#include "dossier-entity-recognizer.h"
#include "dossier-event-record.h"

G_BEGIN_DECLS

/* DossierEventRecord.corrected: what the researcher changed. */
typedef enum
{
  DOSSIER_EVENT_RETITLED = 1 << 0,
  DOSSIER_EVENT_REDATED = 1 << 1,
  DOSSIER_EVENT_MERGED = 1 << 2,     /* another event was merged into it */
  DOSSIER_EVENT_SPLIT = 1 << 3,      /* a source was split off it, or it is one split off */
  DOSSIER_EVENT_MADE = 1 << 4,       /* made from a sentence by the researcher */
} DossierEventCorrected;

/* The key of @source, a source of an event among @documents (of
 * DossierDocument*); of an event, the key of its first source. */
char    *dossier_event_source_dup_key      (GPtrArray                *documents,
                                            const DossierEventSource *source);
char    *dossier_event_record_dup_key      (const DossierEventRecord *event,
                                            GPtrArray                *documents);

/* The source an event made from the sentence around byte @offset of
 * paragraph @paragraph of document @document would have (its first
 * resolved date expression dating it), and in @date (may be NULL) the
 * date it would have: that expression's, else the article's publication
 * day.  FALSE when no sentence is there. */
gboolean dossier_event_source_for_sentence (GPtrArray                *documents,
                                            guint                     document,
                                            guint                     paragraph,
                                            gsize                     offset,
                                            DossierEventSource       *source,
                                            DossierDate              *date);

/* The index in @events (of DossierEventRecord*) of the event with a
 * source of key @key, or -1. */
int      dossier_event_find                (GPtrArray                *events,
                                            GPtrArray                *documents,
                                            const char               *key);

/* Applies the event corrections among @corrections (of DossierCorrection*,
 * in the order they were made; the others are left alone) to @events,
 * built from @documents whose mentions are resolved to @entities; the
 * events are sorted again by date.  Nothing changes without one. */
void     dossier_event_corrections_apply   (GPtrArray                *documents,
                                            GPtrArray                *entities,
                                            DossierEntityRecognizer  *recognizer,
                                            GPtrArray                *events,
                                            const GPtrArray          *corrections);

G_END_DECLS
