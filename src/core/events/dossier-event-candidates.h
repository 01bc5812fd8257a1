/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* What a sentence tells, and the event candidates of an article
 * (dossier-event-candidates.c). */

#pragma once

#include <glib.h>

#include "dossier-events-private.h"

G_BEGIN_DECLS

/* Whether the sentence [@start, @end) of paragraph @paragraph holds a
 * resolved date. */
gboolean              _dossier_event_sentence_has_date (DossierDocument *document,
                                                        guint            paragraph,
                                                        gsize            start,
                                                        gsize            end);

/* Whether the sentence [@start, @end) of paragraph @paragraph holds a date
 * that says when its happening may have been: any known one but a year
 * written alone ("after his 2022 defeat"), which dates something else.  A
 * relative date unresolved (in an article not yet dated: "when markets
 * closed on Friday") says nothing yet. */
gboolean              _dossier_event_dates_its_day (DossierDocument *document,
                                                    guint            paragraph,
                                                    gsize            start,
                                                    gsize            end);

/* Whether the @len bytes at @text are an aside above an article's lead: a
 * line wholly in brackets (a photo's caption, "(Reuters)") or of fewer than
 * six words (a kicker, "Updated"). */
gboolean              _dossier_event_is_aside (const char *text,
                                               gsize       len);

/* Whether @paragraph ends on a photo's credit in brackets ("… said in a
 * statement. (AP Photo/A Name, File)"): a caption, whatever its length;
 * none of its sentences reports a happening. */
gboolean              _dossier_event_paragraph_is_caption (DossierDocument *document,
                                                          guint            p);
/* Whether @date, in @text, bounds a state still to come ("until July 26,
 * 2030", "till Monday", "a term ending November 2024"), or, without
 * @state_only, names the time of a plan
 * ("by 2030", "elections for April 2029", "brought forward to April
 * 2029"): no happening's day. */
gboolean              _dossier_event_date_bounds_a_plan (const char               *text,
                                                         const DossierDateMention *date,
                                                         gboolean                  state_only);

/* Whether the first @len bytes of @text are words in capitals ("THE
 * HAGUE", "ST. JOHN'S"): a wire dateline's place. */
gboolean              _dossier_event_in_capitals (const char *text,
                                                  gsize       len);

/* Whether the @len bytes at @text tell of an earlier time than the news:
 * a past perfect ("had come out on top"), "previously", "earlier", "last
 * month", a life's story (_dossier_event_tells_life_story ()) — a story's
 * background, not its happening. */
gboolean              _dossier_event_tells_background (const char *text,
                                                       gsize       len);

/* Whether the @len bytes at @text tell a life's story ("raised in
 * Canada", "while an undergraduate", "her background as an engineer"):
 * who someone is, not what was done on the day. */
gboolean              _dossier_event_tells_life_story (const char *text,
                                                       gsize       len);

/* Where the @len bytes at @text say that someone spoke, outside words in
 * quotation marks: the end of its verb of speaking in the past ("Rubio
 * stated that …", "“…,” she told reporters"); 0 when none does. */
gsize                 _dossier_event_reported_speech (const char *text,
                                                      gsize       len);

/* _dossier_event_tells_background () and _dossier_event_reported_speech ()
 * of @sentence's whole text (@text, @len bytes), read once per analysis and
 * taken from what an earlier analysis kept of its article where it read
 * them (see _dossier_event_sentence_texts_keep ()). */
gboolean              _dossier_event_sentence_tells_background (DossierEventSentence *sentence,
                                                                const char           *text,
                                                                gsize                 len);
gsize                 _dossier_event_sentence_reported_speech  (DossierEventSentence *sentence,
                                                                const char           *text,
                                                                gsize                 len);
/* Whether @sentence (@span of @text, its paragraph's) is a photo's caption
 * as its dates are read ("… in this photo taken by …", a picture's day and
 * place closing it), and whether it holds a programme note ("will air",
 * "tune in"): read once per analysis and taken as
 * _dossier_event_sentence_tells_background () is. */
gboolean              _dossier_event_sentence_is_caption         (DossierEventSentence *sentence,
                                                                  const char           *text,
                                                                  const DossierSpan    *span);
/* … and whether it holds a programme note or tells that someone did not
 * answer the press ("declined to comment"): no happening, dated or not. */
gboolean              _dossier_event_sentence_has_programme_note (DossierEventSentence *sentence,
                                                                  const char           *text,
                                                                  const DossierSpan    *span);
/* Adds to the terms this analysis kept of each article (the vocabulary's
 * kept_made) what the texts of its sentences told it, as
 * _dossier_event_actions_keep () does their action words. */
void                  _dossier_event_sentence_texts_keep       (DossierVocabulary    *vocabulary);

/* Whether @sentence of document @d tells a happening: a verb of action, or
 * an action named with a person or an organisation ("Marstrand's
 * ouster"); and it asks nothing. */
gboolean              _dossier_event_tells_happening (DossierVocabulary    *vocabulary,
                                                      GPtrArray            *documents,
                                                      GPtrArray            *entities,
                                                      guint                 d,
                                                      DossierEventSentence *sentence);

/* _dossier_event_tells_happening () and _dossier_event_tells_in_past ()
 * both, from what its words told once (kept with its article's terms
 * across analyses): only whether it names a person or an organisation is
 * asked each time. */
gboolean              _dossier_event_tells_happening_in_past (DossierVocabulary    *vocabulary,
                                                              GPtrArray            *documents,
                                                              GPtrArray            *entities,
                                                              guint                 d,
                                                              DossierEventSentence *sentence);

/* Whether @sentence names a person or an organisation. */
gboolean              _dossier_event_sentence_names_actor (GPtrArray            *entities,
                                                           DossierEventSentence *sentence);

/* Whether @sentence tells what was done: a verb of action in the past
 * ("arrested", "won", "was shut"), where "believes", "remains" and "will
 * meet" tell a state or a plan. */
gboolean              _dossier_event_tells_in_past (DossierVocabulary    *vocabulary,
                                                    GPtrArray            *documents,
                                                    guint                 d,
                                                    DossierEventSentence *sentence);

/* @sentence of document @d as a candidate dated by the day @published,
 * the article's: news style dates what it tells without a date so. */
DossierEventCandidate _dossier_event_implicit_candidate (guint                 d,
                                                         DossierEventSentence *sentence,
                                                         const DossierDate    *published);

/* Appends the candidates of document @d to @candidates: a candidate for
 * each resolved date of each sentence that dates a happening, for a
 * sentence that takes the date of the one before it ("At the time, …"),
 * and for the article's opening sentence when it tells a happening
 * without a date of its own. */
void                  _dossier_event_collect_candidates (DossierVocabulary *vocabulary,
                                                         GPtrArray         *documents,
                                                         GPtrArray         *entities,
                                                         guint              d,
                                                         GArray            *candidates);

/* The candidates each article gave when they were last collected in one
 * analysis, with the publication date and the dates they were collected
 * from.  The rounds that date undated articles collect every dated
 * article's candidates again; an article whose publication date and dates
 * did not change since gives the same ones, since nothing else they are
 * made from (its paragraphs, sentences and quotes, the vocabulary, the
 * dossier's entities) changes within one analysis.  Valid for one
 * vocabulary only. */
typedef struct _DossierCollectedCandidates DossierCollectedCandidates;

DossierCollectedCandidates *_dossier_collected_candidates_new  (guint n_documents);
void                        _dossier_collected_candidates_free (DossierCollectedCandidates *collected);

/* Appends the candidates of document @d to @candidates as
 * _dossier_event_collect_candidates () does: those @collected holds for it
 * when its publication date and dates are still those they were collected
 * from (then TRUE), else collected anew and kept in @collected in their
 * place, each with a serial not given before (see DossierEventCandidate).
 * A NULL @collected keeps nothing. */
gboolean              _dossier_event_collect_candidates_keeping (DossierCollectedCandidates *collected,
                                                                 DossierVocabulary          *vocabulary,
                                                                 GPtrArray                  *documents,
                                                                 GPtrArray                  *entities,
                                                                 guint                       d,
                                                                 GArray                     *candidates);

/* The serials an article's candidates were given, collected with one
 * publication date and one set of dates; and the candidates, with the
 * place of each one's sentence among its article's sentences of the
 * vocabulary for its sentence, terms and entities (set NULL), or NULL. */
typedef struct
{
  DossierDate published;
  GArray *dates;   /* of DossierDateMention */
  guint first;     /* the first serial; the others follow */
  guint n;
  DossierEventCandidate *candidates;  /* their inherits_from counted from the first */
  guint *sentences;
} DossierSerialRange;

void _dossier_serial_range_clear (DossierSerialRange *range);

/* Whether @document's publication date and dates are @published and
 * @dates (of DossierDateMention), field by field. */
gboolean _dossier_event_document_dates_are (DossierDocument   *document,
                                            const DossierDate *published,
                                            const GArray      *dates);
/* Makes @collected keep the serials it gives and the candidates it
 * collects, for the next analysis (_dossier_collected_candidates_steal_serials
 * ()). */
void    _dossier_collected_candidates_keep_serials  (DossierCollectedCandidates  *collected);
/* Makes @collected give the candidates of an article the serials an
 * earlier analysis gave its candidates with the same publication date and
 * dates (@kept_serials: per document, of DossierSerialRange, or NULL where
 * none are to be taken; borrowed while @collected collects), and new ones
 * after @n_serials; and take the candidates kept with them, where they
 * were, rather than collect them.  Only where the candidates collected
 * are those (see DossierEventKeptClustering). */
void    _dossier_collected_candidates_take_serials  (DossierCollectedCandidates  *collected,
                                                     GArray                     **kept_serials,
                                                     guint                        n_serials);
/* The serials given or taken in @collected's analysis, per document (of
 * DossierSerialRange, or NULL), for the next; and the last given. */
GArray **_dossier_collected_candidates_steal_serials (DossierCollectedCandidates *collected,
                                                      guint                      *n_serials);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierCollectedCandidates, _dossier_collected_candidates_free)

G_END_DECLS
