/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Undated sentences joining events, and happenings two outlets tell
 * without a date (dossier-event-undated.c). */

#pragma once

#include <glib.h>

#include "dossier-events-private.h"
#include "dossier-event-similarity.h"

G_BEGIN_DECLS

/* Sentences without a date that say what an event says, in articles
 * published after it, join it as sources (appended to @candidates, in
 * the cluster they join, with their @links).  The sentences' rarest terms
 * are counted into @rare_terms (made for @vocabulary), where the
 * corroboration that follows takes them. */
void _dossier_event_attach_undated (DossierVocabulary *vocabulary,
                                    GPtrArray         *documents,
                                    GPtrArray         *entities,
                                    DossierRareTerms  *rare_terms,
                                    GArray            *candidates,
                                    GArray            *links);

/* Sentences without a date that tell a past happening no event took
 * become an event where articles of two outlets or more, published within
 * CORROBORATION_REACH_DAYS, tell the same (participants and kind of
 * action); dated implicitly, by the first.  Appended to @candidates, each
 * group a cluster of its own, with the links that joined them. */
void _dossier_event_corroborate_undated (DossierVocabulary *vocabulary,
                                         GPtrArray         *documents,
                                         GPtrArray         *entities,
                                         DossierRareTerms  *rare_terms,
                                         GArray            *candidates,
                                         GArray            *links);

/* Whether @text (@len bytes) quotes someone the story met, not one who
 * acts in it: a name given with an age (", 52,") or as a bystander (", a
 * resident of …", "resident Khaled Ali"): colour, not news. */
gboolean _dossier_event_quotes_a_bystander (const char *text,
                                            gsize       len);
/* The same of @sentence (@text, its @len bytes), read once and kept with
 * its article's terms (DOSSIER_SENTENCE_BYSTANDER_READ): the same text. */
gboolean _dossier_event_sentence_quotes_a_bystander (DossierEventSentence *sentence,
                                                     const char           *text,
                                                     gsize                 len);

/* _dossier_event_tells_background () of what @sentence (@text, its
 * bytes) says before its verb of speaking ends (@spoken bytes, its
 * _dossier_event_sentence_reported_speech ()), read once and kept with
 * its article's terms (DOSSIER_SENTENCE_SAYING_BACKGROUND_READ). */
gboolean _dossier_event_saying_tells_background (DossierEventSentence *sentence,
                                                 const char           *text,
                                                 gsize                 spoken);

/* A sentence without a date of its own that goes on, in its paragraph,
 * from a sentence an event holds ("The board dismissed Tomas Reyl on
 * Monday. It accused him of hiding losses."), and that no event holds,
 * joins that event, unless told as background, a week or more before
 * its article: it tells more of the same happening (dated
 * DOSSIER_DATED_AS_CONTINUATION, linked DOSSIER_LINK_CONTINUES).  Not a
 * sentence opening on a quotation mark, or inside one that opened before
 * it: a bare quote goes on with someone's words, not with the happening. */
void _dossier_event_attach_continuations (DossierVocabulary *vocabulary,
                                          GPtrArray         *documents,
                                          GArray            *candidates,
                                          GArray            *links);

G_END_DECLS
