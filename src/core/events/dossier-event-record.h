/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* What the event builder makes: an event (a happening, with its date, its
 * participants, every sentence that reports it) and the links that made
 * its sources one event, each with its reasons. */

#pragma once

#include <glib.h>

#include "dossier-date.h"
#include "dossier-document.h"

G_BEGIN_DECLS

/* How a source's sentence is dated. */
typedef enum
{
  DOSSIER_DATED_BY_EXPRESSION,  /* a date expression of its own ("on Wednesday") */
  DOSSIER_DATED_IMPLICITLY,     /* it opens its article and tells its news: the publication day */
  DOSSIER_DATED_BY_CONTENT,     /* no date: it says what the event says, in an article published after */
  DOSSIER_DATED_BY_PREVIOUS,    /* "At the time, …": the date of the sentence before */
  DOSSIER_DATED_AS_SAYING,      /* a named speaker's words without a date: the day its article reports */
  DOSSIER_DATED_AS_CONTINUATION, /* no date: it goes on from the sentence before, in its paragraph */
} DossierSourceDating;

typedef struct
{
  guint document;
  guint paragraph;
  gsize start;               /* the sentence, bytes in the paragraph */
  gsize end;
  /* The date expression that dates it (bytes), or start == end when the
   * sentence carries no date and was matched to the event by its content
   * in an article published soon after, or dated implicitly. */
  gsize date_start;
  gsize date_end;
  DossierSourceDating dating;
} DossierEventSource;

/* Why two sources were taken for reports of one happening. */
typedef enum
{
  DOSSIER_LINK_DATE = 1 << 0,          /* their dates agree (always so for dated sources) */
  DOSSIER_LINK_WORDS = 1 << 1,         /* their words are alike (tf-idf cosine) */
  DOSSIER_LINK_PARTICIPANTS = 1 << 2,  /* they name the same people, organisations or places */
  DOSSIER_LINK_ACTION = 1 << 3,        /* they name one kind of action ("fired", "ouster") */
  DOSSIER_LINK_TOLD_AFTER = 1 << 4,    /* an undated sentence, in an article published after */
  DOSSIER_LINK_SAME_TIME = 1 << 5,     /* "At the time, …": dated by the sentence before */
  DOSSIER_LINK_CONTINUES = 1 << 6,     /* an undated sentence going on from the one before */
  DOSSIER_LINK_FIGURE = 1 << 7,        /* they give one figure (a toll, a count, a score) */
  DOSSIER_LINK_LAST = DOSSIER_LINK_FIGURE,
} DossierLinkReason;

#define DOSSIER_LINK_MAX_ENTITIES 3

typedef struct
{
  guint source_a;            /* indices into the event's sources */
  guint source_b;
  guint reasons;             /* DossierLinkReason flags */
  double similarity;
  int entities[DOSSIER_LINK_MAX_ENTITIES];  /* shared participants, -1 past the last */
  char *action_a;            /* the words that name one kind of action, or NULL */
  char *action_b;
} DossierEventLink;

typedef struct
{
  DossierDate date;
  char *summary;
  GArray *entities;          /* of int: entity indices, first-mentioned first */
  GArray *sources;           /* of DossierEventSource, in document order */
  GArray *links;             /* of DossierEventLink: the joins that made it one event */
  /* What the researcher's corrections did to it (dossier-event-
   * corrections.h): hidden from the timeline and the exports, and which
   * of its parts were changed (DossierEventCorrected flags). */
  gboolean hidden;
  guint corrected;
} DossierEventRecord;

void        dossier_event_record_free          (DossierEventRecord       *event);

/* How many distinct articles report @event; with @included (of gboolean,
 * per document, may be NULL) only those it includes count. */
guint       dossier_event_record_count_articles (const DossierEventRecord *event,
                                                 const gboolean           *included);
/* The distinct outlets that report @event, among @documents (of
 * DossierDocument*): the names of the named ones, in the order their
 * sources come (compared without case), and in @n_outlets their number,
 * where each article of an unknown outlet counts as an outlet of its own.
 * @included as above. */
GPtrArray  *dossier_event_record_dup_outlets   (const DossierEventRecord *event,
                                                 GPtrArray                *documents,
                                                 const gboolean           *included,
                                                 guint                    *n_outlets);

/* "date", "words", "participants", "action", "told-after", "same-time",
 * "continues". */
const char *dossier_link_reason_to_string      (DossierLinkReason         reason);
/* "expression", "implicit", "content", "previous". */
const char *dossier_source_dating_to_string    (DossierSourceDating       dating);

G_END_DECLS
