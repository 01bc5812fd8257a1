/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Publication dates inferred for articles that state none, from the
 * events that dated articles report. */

#pragma once

#include <glib.h>

#include "dossier-events-private.h"

G_BEGIN_DECLS

typedef struct _DossierDaysNews DossierDaysNews;

/* Gives each of @documents without a publication date the day that best
 * explains its unresolved relative dates and its opening sentence by the
 * happenings they report, among @dated_candidates (the clustered
 * candidates of the dated documents, whose mentions name @entities): a
 * sentence sharing participants and kind of action with a dated one
 * weighs 2, one merely alike in words 1, and INFERENCE_AGREEMENTS is
 * needed.  Sets published, published_from (DOSSIER_DATE_SOURCE_INFERRED)
 * and published_evidence, and resolves the document's dates again.
 * Documents with nothing to go by are left undated.  With @second_hand
 * (some of @dated_candidates are of articles themselves dated by
 * inference), an opening sentence counts only where it also shares words
 * with the happening (INFERENCE_SIMILARITY), and a relative date that
 * reports no dated happening may report what a dated article tells as its
 * day's news, without a date (through @days_news, kept from one call to
 * the next of one analysis).  Returns whether any was dated. */
gboolean _dossier_publication_dates_infer (DossierVocabulary *vocabulary,
                                           GPtrArray         *documents,
                                           GPtrArray         *entities,
                                           GArray            *dated_candidates,
                                           gboolean           second_hand,
                                           DossierDaysNews   *days_news);

DossierDaysNews *_dossier_days_news_new  (void);
void             _dossier_days_news_free (DossierDaysNews *days_news);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (DossierDaysNews, _dossier_days_news_free)

/* For articles still undated that name days without a year ("February
 * 25"): the year the dossier's dates point to, and the day from which its
 * relative dates of a day ("Tuesday", "Saturday's") all name days from
 * its first day on, if there is one within INFERENCE_WINDOW_DAYS of its
 * last — else the year alone.  Published dates so set are inferred, with
 * their evidence; returns whether any was.  The articles so dated to the
 * day are appended to @dated (guint indices), when given. */
gboolean _dossier_publication_dates_from_own_days (GPtrArray *documents,
                                                   GArray    *dated);

/* A date an article's page states (DOSSIER_DATE_SOURCE_TEXT) far from the
 * days the rest of the dossier was published (more than
 * DOUBTED_DATE_DAYS from the middle day of at least DOUBT_QUORUM others
 * that lie within a week of it) is likely the site's "today" above the
 * story, not the story's: such articles are made undated for the
 * inference, their dates kept in the returned array (free with
 * g_array_unref (), after _dossier_publication_dates_settle ()). */
GArray *_dossier_publication_dates_doubt  (GPtrArray *documents);

/* Where the dossier's articles known to the day were all published within
 * a week (INFERENCE_WINDOW_DAYS; INFERENCE_AGREEMENTS of them at least), an
 * article still not known to the day whose weekdays or "yesterday" nothing
 * else could read is taken to be of that week: the day from the first of
 * them to the one after the last where its weekdays lie nearest.  Inferred,
 * with its evidence; returns whether any was so dated. */
gboolean _dossier_publication_dates_from_the_dossiers_week (GPtrArray *documents);

/* The articles of @dated (guint indices), dated by their own days in a
 * year read from the rest of the dossier, made undated again, to be read
 * against the articles dated since: what dated articles report is better
 * evidence than a year borrowed ("on Dec. 9" read in 2016, where the
 * others date the story's Friday to March 2017).  As with
 * _dossier_publication_dates_doubt (), settle them afterwards. */
GArray *_dossier_publication_dates_doubt_own_days (GPtrArray *documents,
                                                   GArray    *dated);

/* For each article _dossier_publication_dates_doubt () made undated: the
 * inferred date stays, its evidence saying which date it replaces; where
 * nothing was inferred, the page's date comes back. */
void    _dossier_publication_dates_settle (GPtrArray *documents,
                                           GArray    *doubted);

G_END_DECLS
