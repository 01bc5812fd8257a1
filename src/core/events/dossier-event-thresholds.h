/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Every threshold of the event builder, in one place: what it decides, why
 * it has the value it has, and what moving it does.  They were set by hand
 * on the sample dossier (seeds/) and checked on the pages of the Article
 * Extraction Benchmark; none is learnt.  Any change shows in
 * `bench/same-output.sh`, which is the way to see what it does to real
 * output before committing to it.
 *
 * Likeness is the cosine of two sentences' tf-idf weights (see
 * dossier-event-similarity.h): 0 when they share no term, 1 when they
 * have the same terms.  Two reports of one happening by different outlets
 * share its rare words and the entities they name, and rarely more: the
 * values below are low because a cosine of 0.3 already means much in
 * common. */

#pragma once

/* Joining two dated sentences into one event (dossier-event-clustering.c).
 * Dates that agree are most of the evidence, so the words need to agree
 * less the more precise the date is.
 *
 * SAME_DAY_SIMILARITY: both name the same day.  Two outlets rarely word a
 * happening alike, and one day holds few happenings of one story, so a
 * few shared rare words or names are enough.  It was 0.22 until synonyms
 * and pairs of words came in (they raise the likeness of true pairs).
 * Lower, and different happenings of one busy day merge (the same people
 * doing two things); higher, and reports of one happening in other words
 * stay apart, each an event of its own with one source.
 *
 * SAME_MONTH_SIMILARITY: both name the same month, week or year (a date
 * coarser than a day), which holds many more happenings: the words must
 * say more.  The same trade as above, one notch stricter.
 *
 * CONTAINED_SIMILARITY: one date lies within the other ("in July" and
 * "11 July").  That the dates agree at all says least here (a month holds
 * thirty days of news), so the words must agree most.  A year never
 * contains another date for this purpose (dates_agree ()).  Lower, and a
 * month's summary sentences swallow the days' events; higher, and "the
 * July summit" stays apart from "the summit on 11 July". */
#define SAME_DAY_SIMILARITY       0.12
#define SAME_MONTH_SIMILARITY     0.18
#define CONTAINED_SIMILARITY      0.25

/* UNDATED_SIMILARITY: a sentence with no date of its own, in an article
 * published after an event, joins that event as one more source
 * (dossier-event-builder.c).  With no date to agree on, the words are all
 * the evidence, hence the highest of the thresholds; the README's "Known
 * limits" tells of a line that falls short of it.  Lower, and background
 * sentences ("Ukraine has long sought membership") attach to whichever
 * event shares their names; higher, and only near-copies of an event's
 * sentence attach. */
#define UNDATED_SIMILARITY        0.34

/* UNDATED_REACH_DAYS: how many days after an event an undated sentence of
 * a later article may still report it.  About a year and a month: news
 * looks back at last year's happenings ("a year after the summit"), and
 * seldom further with the same words.  Lower, and later retrospectives no
 * longer count as sources; higher, and old events gather sentences that
 * merely share their names. */
#define UNDATED_REACH_DAYS        400

/* Inferring an undated article's publication date
 * (dossier-publication-inference.c).
 *
 * INFERENCE_SIMILARITY: how alike a sentence with an unresolved relative
 * date ("on Wednesday") must be to a dated article's sentence for that
 * sentence's day to count as the day it means.  Low (it was 0.22) since
 * the inference asks for INFERENCE_AGREEMENTS such days that one
 * publication date explains: a weak match alone decides nothing.  At 0.22
 * the sample's Euronews page lost the "victory plan" sentence as evidence.
 * Lower, and unrelated sentences become evidence, mostly harmlessly
 * since they must still agree on one day; higher, and fewer undated
 * articles get a date.
 *
 * INFERENCE_AGREEMENTS: how many relative dates, each matched to a
 * different event, must name their events' days when read against one
 * publication date.  One match could be chance ("on Monday" fits one day
 * in seven); two that fit the same day rarely are.  At 1, a single weak
 * match dates an article; at 3, short articles are seldom dated.
 *
 * INFERENCE_WINDOW_DAYS: the publication dates tried lie within this many
 * days of a matched event, since a relative date ("on Tuesday", "last
 * week") names a day within about a week of the article.  A wider window
 * only costs time; a narrower one misses "last week". */
#define INFERENCE_SIMILARITY      0.15
#define INFERENCE_AGREEMENTS      2
#define INFERENCE_WINDOW_DAYS     7

/* Finding which candidates may be alike without comparing all pairs
 * (dossier-event-similarity.c, dossier-event-clustering.c).  These cost or
 * save time; they change output only in a dossier large enough to reach
 * them, where a pair sharing none of either's rarest words is not
 * compared.
 *
 * BUCKET_ALL_PAIRS: candidates of one day (or week, month, year) are
 * compared pair by pair up to this many (256² / 2 ≈ 33 000 comparisons);
 * above, only those that share one of their CLUSTER_RARE_TERMS rarest
 * terms.  Higher costs time on big days; lower risks missing a pair that
 * shares only common words (which rarely pass the thresholds anyway).
 *
 * CLUSTER_RARE_TERMS, BLOCKING_RARE_TERMS: how many of a sentence's rarest
 * terms (those in fewest sentences, but in two at least) it is looked up
 * by: in a big day's bucket, and when an undated sentence or a relative
 * date looks for the events it may report.  A likeness above the
 * thresholds needs shared rare words, so a few suffice; more find more
 * pairs at more cost.
 *
 * MAX_POSTING: a term in more candidate sentences than this is not rare
 * enough to find pairs by ("Ukraine" in a dossier on Ukraine): looking it
 * up would bring back most of the dossier. */
#define BUCKET_ALL_PAIRS          256
#define CLUSTER_RARE_TERMS        6
#define BLOCKING_RARE_TERMS       8
#define MAX_POSTING               400

/* MIN_TERM_BYTES: shorter words are no terms (dossier-event-terms.c):
 * "of", "to", "UN" as a word (its entity is a term of its own).  Every
 * term of three letters or more counts; lowering it adds noise from
 * abbreviations and particles. */
#define MIN_TERM_BYTES            3

/* Choosing the sentence that stands for an event, whose summary the
 * timeline shows (dossier-event-builder.c).  Each dated source scores the
 * sum of its likeness to the others (the most central tells the common
 * story), adjusted:
 *
 * OPENING_DATE_BONUS: for a sentence that opens with its date ("On 16
 * October, X did Y"), which is about that date in its main clause.  Worth
 * about two more sources' likeness; a "date opens the sentence" when it
 * starts within OPENING_DATE_BYTES of its start ("On ").
 *
 * QUOTATION_PENALTY: for a sentence that opens with a quotation, which is
 * about what was said rather than what happened.
 *
 * LENGTH_PENALTY_BYTES: a sentence loses its length divided by this, so
 * that of sentences otherwise alike the shorter wins; small enough never
 * to outweigh a difference in likeness (a 1 000-byte sentence loses 0.01). */
#define OPENING_DATE_BONUS        0.3
#define OPENING_DATE_BYTES        3
#define QUOTATION_PENALTY         0.3
#define LENGTH_PENALTY_BYTES      100000.0

/* The summary of an event (dossier-event-summary.c).
 *
 * SUMMARY_MAX_CHARACTERS: longer summaries are cut at a word before this
 * many characters less three, and end in "…": a line of the timeline and
 * of the PDF's event list.
 *
 * SUMMARY_OPENER_DATE_BYTES, SUMMARY_OPENER_BYTES: "During a press
 * conference on Thursday, he …": an opening phrase goes, up to its comma,
 * when its date starts within the first of these and its comma within
 * the second; a longer phrase is more than a time and place.
 *
 * SUMMARY_ASIDE_BYTES: how far back from a date the comma that opens an
 * aside ("Faye, who took office in April, …") is looked for.
 *
 * SUMMARY_MAIN_CLAUSE_SPACES: a trailing clause (", which …", " — …") is
 * cut only when this many spaces, six words, come before it, so that a
 * summary keeps a subject, a verb and what it is about. */
#define SUMMARY_MAX_CHARACTERS     120
#define SUMMARY_OPENER_DATE_BYTES  40
#define SUMMARY_OPENER_BYTES       60
#define SUMMARY_ASIDE_BYTES        80
#define SUMMARY_MAIN_CLAUSE_SPACES 5
