/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Every threshold of the event builder, in one place: what it decides, why
 * it has its value, and what moving it does.  They were set by hand on the
 * sample dossier (seeds/); none is learnt, and where the history does not
 * say why a value was chosen, this says so.
 *
 * "Measured" below means: one value changed at a time, and the events of
 * `dossier-cli analyze --json` compared, on the seeds (10 events, 4 told by
 * several articles, 5 sources joined by content, 1 date inferred) and on
 * the 181 pages of the Article Extraction Benchmark analysed as one
 * dossier (847 events, 83 told by several articles, 15 sources by
 * content, none inferred).  The benchmark's pages are mostly unrelated,
 * but a few tell the same story (a band's tour, a kidnapping, a plague
 * case), so both lost and spurious links show there.  To see what a
 * change does before making it, run bench/same-output.sh.
 *
 * Likeness is the cosine of two sentences' tf-idf weights
 * (dossier-event-similarity.h): 0 when they share no term, 1 when they
 * have the same terms.  Reports of one happening by two outlets share its
 * rare words and the entities they name, seldom much more, so the values
 * are low: the pairs of the sample's events score 0.13 to 0.30. */

#pragma once

/* Joining two dated sentences into one event (dossier-event-clustering.c).
 * Dates that agree are most of the evidence, so the more precise the
 * agreement, the less the words need to agree.
 *
 * SAME_DAY_SIMILARITY: both name the same day.  A day holds few
 * happenings of one story, and outlets word them differently, so a few
 * shared rare words or names suffice.  It was 0.22 until synonyms and
 * pairs of words came in.  Measured: at 0.22 the sample's Victory Plan
 * event splits in three (10 events become 12) and the benchmark's change
 * (28 gone, 63 new); at 0.08, 53 benchmark events merge into others.
 * Lower merges different happenings of a busy day (the same people doing
 * two things); higher leaves reports of one happening in other words
 * apart, each an event with one source.
 *
 * SAME_MONTH_SIMILARITY: both name the same month, week or year, which
 * hold many more happenings: the words must say more.  Measured: at 0.25
 * one of the sample's events splits; at 0.12, 59 benchmark events merge
 * into others.  Note that two sentences naming the same year compare
 * against this value too (only containment refuses years).
 *
 * CONTAINED_SIMILARITY: one date lies within the other ("in July" and
 * "11 July"), which says least, so the words must agree most.  A year
 * contains nothing for this purpose.  Measured: from 0.18 to 0.35 nothing
 * of the sample changes and one to three benchmark events do; the reason
 * for 0.25 is not recorded. */
/* Joining two sentences that name one day by what they share rather than
 * by their words (dossier-event-clustering.c): two outlets seldom report
 * a happening in the same words ("Ankara fired the governor", "the
 * governor's ouster"), but they name its participants and its kind of
 * action.  Sentences of one day that share at least LINK_SHARED_ACTORS
 * people or organisations, or LINK_SHARED_PARTICIPANTS entities of any
 * kind (a place alone is shared by most sentences of a story), and whose
 * action words meet in the WordNet lexicon (dossier-event-actions.h) are
 * one happening.  Raising either asks for more of a story's cast to
 * appear in both reports; a place and a person, or two people, are what
 * two reports of one happening almost always share. */
#define LINK_SHARED_ACTORS         1
#define LINK_SHARED_PARTICIPANTS   2

/* LINK_MIN_SIMILARITY: even so, the two sentences must share a little
 * more than that: a word can be read as a verb and a noun ("team",
 * "deal", "last"), and WordNet relates far-apart senses ("fill" and
 * "ground"), so a shared name and a chance meeting of words would join
 * unrelated sentences of one day.  Reports of one happening that share a
 * participant share its name's weight at least, and measure 0.05 and
 * more; chance pairs on the benchmark pages 0.01 to 0.04. */
#define LINK_MIN_SIMILARITY        0.05

#define SAME_DAY_SIMILARITY        0.12
#define SAME_MONTH_SIMILARITY      0.18
#define CONTAINED_SIMILARITY       0.25

/* Sentences without a date of their own (dossier-event-builder.c).
 *
 * UNDATED_SIMILARITY: a sentence without a date, in an article published
 * after an event, joins the event it is most like as one more source when
 * the likeness reaches this.  With no date to agree on, the words are all
 * the evidence, hence the highest threshold.  Measured: at 0.40 the
 * sample keeps 3 of its 5 such sources, the benchmark 7 of 15; at 0.30
 * the benchmark gets 25, at 0.25 40: about half of the new ones true
 * (the same testimony, the same plague case), half chance (an address
 * in Los Angeles joins a concert date there).  The README's "Known
 * limits" tells of a true report ("summer summit") that falls short of
 * it.
 *
 * UNDATED_REACH_DAYS: how many days after an event such a sentence may
 * still report it: a little over a year (the reason for 400 is not
 * recorded).  Measured: at 30 the sample loses a report 78 days after the
 * July summit ("We made a decision in Washington …"); at 2000 one more
 * benchmark sentence joins an older event. */
#define UNDATED_SIMILARITY         0.34
#define UNDATED_REACH_DAYS         400

/* REPORTING_REACH_DAYS: a sentence without a date that names an event's
 * participants and its kind of action (LINK_SHARED_*, with
 * LINK_MIN_SIMILARITY) reports it when the event lies at most this many
 * days before the article: "The court overturned the ruling" in a report
 * of the next day.  Any number of an article's sentences may so report
 * one event.  A week holds the follow-ups of a happening; older ones are
 * background, which the stricter UNDATED_SIMILARITY handles. */
#define REPORTING_REACH_DAYS       7

/* CORROBORATION_REACH_DAYS: how far apart the publication days of two
 * articles may be for their undated sentences to tell one happening
 * (dossier-event-builder.c, corroborate_undated_happenings ()). */
#define CORROBORATION_REACH_DAYS   2

/* REPORTED_REACH_DAYS: a sentence dated by the day a third party reported
 * it ("Ghosn has fled Japan and arrived in Lebanon, a TV channel reported
 * on Tuesday") tells a happening of that day or up to this many days
 * before, as a sentence dated by its article's day does within
 * REPORTING_REACH_DAYS (dossier-event-clustering.c): the report is the
 * morning's, the arrival the evening's before. */
#define REPORTED_REACH_DAYS        1

/* SAYING_REACH_DAYS: a named speaker's words without a date, told by one
 * article only, are of the day of that article's main happening where it
 * lies at most this many days before the article's publication ("Orbán
 * congratulated Erdoğan" in the paper of the morning after the runoff),
 * else of the day it was published (dossier-event-undated.c).  One day:
 * the reactions of the evening, reported the next morning; further back,
 * an article's statements are of later days than what it reports (an
 * eruption on Saturday, the ministers' words on Monday). */
#define SAYING_REACH_DAYS          1

/* DOUBTED_DATE_DAYS, DOUBT_QUORUM: a date an article's page states more
 * than DOUBTED_DATE_DAYS from the middle day of the dossier's published
 * days, where at least DOUBT_QUORUM articles lie within a week of that
 * middle, is inferred again (dossier-publication-inference.c): pages
 * show the site's date of the day above the story ("• Saturday, 23
 * November 2024" on a story of 2021).  Two suffice: of three dated
 * articles, two published within a week outvote one years away. */
#define DOUBTED_DATE_DAYS          60
#define DOUBT_QUORUM               2

/* Inferring an undated article's publication date
 * (dossier-publication-inference.c).
 *
 * INFERENCE_SIMILARITY: how alike a sentence with an unresolved relative
 * date ("on Wednesday") must be to a dated article's sentence for that
 * sentence's day to count as the day it names.  Low, since it decides
 * nothing alone (see INFERENCE_AGREEMENTS); it was 0.22 until the sample's
 * "on Wednesday" (the Victory Plan) fell short of it.  Measured: at 0.22
 * the sample's evidence loses "on Wednesday" (still dated, by Thursday's
 * two matches); at 0.10 a benchmark page (the Davis Cup) is dated from
 * two weak matches.
 *
 * INFERENCE_AGREEMENTS: how many relative dates, matched to different
 * events, must name their events' days when read from one publication
 * date.  One weekday fits one day in seven; two fitting one day rarely
 * happen by chance.  Measured: at 1, a Davis Cup page of the benchmark is
 * dated 14 November from one "on Wednesday" matched to 20 November (read
 * as a coming Wednesday); at 3 the sample still has its three.
 *
 * INFERENCE_WINDOW_DAYS: the publication dates tried lie within this many
 * days of a matched event, since a relative date ("on Tuesday", "last
 * week") names a day within about a week of its article.  Of the days
 * that explain most matches, the earliest is kept.  Measured: 3 or 14
 * change nothing on either dossier. */
#define INFERENCE_SIMILARITY       0.15
/* OPENING_MIN_SIMILARITY: an undated article's opening sentence that
 * shares participants and a kind of action with a dated report (checked
 * strictly, and found by its cast as well as by its rarest words) dates
 * the article with fewer words in common than LINK_MIN_SIMILARITY asks:
 * in a dossier of one story its cast is named in most sentences and
 * weighs little ("Keller-Sutter … the deal for UBS to buy Credit Suisse"
 * and "UBS will take over Credit Suisse, … said on Sunday" measure 0.046
 * beside a few more sentences on the deal).  Measured: at 0.03 the first
 * held-out set dates one more article (its date F1 0.806 -> 0.836), the
 * development and second held-out sets do not change; 0.02 changes
 * nothing more. */
#define OPENING_MIN_SIMILARITY     0.03
#define INFERENCE_AGREEMENTS       2
/* INFERENCE_CORROBORATED_ARTICLES: a relative date whose sentence is as
 * alike (INFERENCE_SIMILARITY) to a happening this many dated articles or
 * more report counts as two agreements: a story's main happening is no
 * chance match.  Measured: at 3 (or 4) one more article of the
 * development set is dated (its article-pair recall 0.617 -> 0.646) and
 * the first held-out set loses a wrong event; at 2 the development set's
 * event precision falls to 0.849. */
#define INFERENCE_CORROBORATED_ARTICLES 3
#define INFERENCE_WINDOW_DAYS      7
/* INFERENCE_MONTH_DAY_REACH_DAYS: how far back a day named by its month and
 * day without a year ("on June 8") may lie from the publication day tried;
 * of 106 such days in the development sets' dated articles (counted from the
 * gold files: their dates beside their articles' publication days) none lay more
 * than half a year back (two lay nine months ahead: a referendum's date
 * announced in January). */
#define INFERENCE_MONTH_DAY_REACH_DAYS 183
/* INFERENCE_ROUNDS: how many more times the undated articles are read
 * against the dated ones after some were dated (each round clusters the
 * dated articles' sentences again).  One more round dated two of the
 * held-out set's undated articles by what an inferred one reports (a
 * "Sunday" another article dates); a second changed nothing there or on
 * the development set then.  Since the day's news of dated articles
 * anchors an undated article's weekdays in these rounds (stop 36), an
 * article so dated dates others in a second: with the markers stripped,
 * the development set's link F1 0.420 → 0.517. */
#define INFERENCE_ROUNDS           2

/* ELAPSED_MAX_DAYS: an article read in a borrowed year that says "after
 * 17 days" or "17 days after the collapse" was written that long after the
 * first day it names at least (dossier-publication-inference.c); longer
 * spans ("after 200 days in office") are as often of other things. */
#define ELAPSED_MAX_DAYS           60
/* ELAPSED_SLACK_DAYS: … and within this many days after that span. */
#define ELAPSED_SLACK_DAYS         2

/* WEEK_SHARED_NAMES: an undated article none of whose weekdays names a
 * day the dated articles name is still read in their week when it names
 * this many of their people, organisations and places (a follow-up
 * reporting the next days of the same story); else it may be another
 * story.  Measured: of the seven sets, one article reaches this test (a
 * follow-up on a flood naming the city, the country and the Red Crescent:
 * 3; one of its people, 1). */
#define WEEK_SHARED_NAMES          3

/* INFERENCE_REACH_DAYS: the latest publication day, after a happening,
 * from which a relative date is read as naming it: "on May 14" in an
 * article of 29 May; a weekday a week at most, but a month and day may be
 * told weeks later.  Days farther away are not read at all, which keeps
 * the inference linear in a dossier of many stories over many months. */
#define INFERENCE_REACH_DAYS       31

/* Finding which sentences may be alike without comparing every pair
 * (dossier-event-similarity.c, dossier-event-clustering.c).  They buy time
 * with completeness: a pair that shares none of the rarest terms looked up
 * is never compared, whatever its likeness.
 *
 * BUCKET_ALL_PAIRS: the candidates of one day (or week, month, year) are
 * compared pair by pair up to this many (256² / 2, about 33 000
 * comparisons); in a bigger bucket only those sharing one of their
 * CLUSTER_RARE_TERMS rarest terms are.  Measured: comparing every pair
 * changes nothing on either dossier; at 16 the benchmark's events change
 * (16 gone, 38 new), so the blocking does lose pairs.  Higher costs
 * time on a story's big day (a 10 MB page of dated asides names one day
 * tens of thousands of times).
 *
 * CLUSTER_RARE_TERMS, BLOCKING_RARE_TERMS: how many of a sentence's
 * rarest terms (in fewest sentences, but in two at least) it is looked up
 * by: in a big bucket, and when an undated sentence or a relative date
 * looks for the events it may tell.  Measured: BLOCKING_RARE_TERMS at 3
 * loses the sample's inferred date and 3 of its 5 sources by content; at
 * 30 nothing changes.  CLUSTER_RARE_TERMS matters only in buckets above
 * BUCKET_ALL_PAIRS.
 *
 * MAX_POSTING: a term in more candidate sentences than this ("Ukraine" in
 * a dossier on Ukraine) is not looked up: it would bring back most of the
 * dossier.  Measured: 50 or 5000 change nothing on either dossier, nor
 * 100 or 400 on the seeds, the AEB pages, tests/data and the corroboration
 * set; on the 1,731-article benchmark corpus, made of five pages' text, 100
 * takes 16% less time than 400. */
#define BUCKET_ALL_PAIRS           256
#define CLUSTER_RARE_TERMS         6
#define BLOCKING_RARE_TERMS        8
#define MAX_POSTING                100

/* MIN_TERM_BYTES: shorter words are no terms (dossier-event-terms.c):
 * "of", "to" and the like, which the list of ignored words need not hold.
 * Measured: at 4 ("war", "law", "cup" lost) the benchmark's events change
 * (37 gone, 43 new); at 2, hardly (2 gone, 4 new). */
#define MIN_TERM_BYTES             3

/* Choosing the sentence that tells an event on the timeline
 * (dossier-event-builder.c): each dated source scores the sum of its
 * likeness to the others (the most central tells the common story), and:
 *
 * OPENING_DATE_BONUS: a sentence whose date opens it (starts within
 * OPENING_DATE_BYTES of its start: "On 16 October, X did Y") gains this,
 * about the likeness of one or two more sources: its main clause is what
 * happened that day.  Measured: at 0, two of the sample's summaries
 * become what was said instead of what was done.
 *
 * QUOTATION_PENALTY: a sentence that opens with a quotation loses this:
 * it tells what was said, not what happened.  Measured: at 0, one
 * summary of each dossier changes.
 *
 * LENGTH_PENALTY_BYTES: a sentence loses its length divided by this, so
 * that of sentences otherwise alike the shorter wins: small beside any
 * difference of likeness (a 1 000-byte sentence loses 0.01). */
#define OPENING_DATE_BONUS         0.3
#define OPENING_DATE_BYTES         3
#define QUOTATION_PENALTY          0.3
#define LENGTH_PENALTY_BYTES       100000.0

/* The summary of an event (dossier-event-summary.c).
 *
 * SUMMARY_MAX_CHARACTERS: a longer summary is cut at a word at least three
 * characters short of this and ends in "…": one line of the timeline and
 * of the PDF's list of events.
 *
 * SUMMARY_OPENER_DATE_BYTES, SUMMARY_OPENER_BYTES: "During a press
 * conference on Thursday, he …": an opening phrase goes, up to its comma,
 * when its date starts within the first of these and its comma within
 * the second; a longer phrase is more than a time and a place.
 *
 * SUMMARY_ASIDE_BYTES: how far back from a date the comma that opens an
 * aside ("Faye, who took office in April, …") is looked for.
 *
 * SUMMARY_MAIN_CLAUSE_SPACES: a trailing clause (", which …", " — …") is
 * cut only when this many spaces, six words, come before it, so that a
 * summary keeps a subject, a verb and what it is about ("Karl Voss, who
 * drafted the law, announced …" keeps its aside).
 *
 * The reasons for these four values are not recorded; they fit the
 * sample's sentences. */
#define SUMMARY_MAX_CHARACTERS     120
#define SUMMARY_OPENER_DATE_BYTES  40
#define SUMMARY_OPENER_BYTES       60
#define SUMMARY_ASIDE_BYTES        80
#define SUMMARY_MAIN_CLAUSE_SPACES 5
