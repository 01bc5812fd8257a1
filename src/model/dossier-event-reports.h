/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* What each outlet says of one event.  An event's sources are sentences;
 * a researcher counts corroboration in articles and outlets, so here the
 * reports are counted that way (a second sentence of one article adds no
 * article, a second article of one outlet no outlet), grouped by outlet,
 * each with how it is dated, beside the reasons the analysis linked them
 * and where they disagree: the day they give the happening, and the
 * numbers they give one count ("52.1%" and "52.14%", "at least 10 dead"
 * and "12 dead").
 *
 * The dossier_event_reports_count () family answers the same questions of
 * an event without building the whole comparison: the timeline and the
 * chronology ask them of every event they show. */

#pragma once

#include <gio/gio.h>

#include "dossier-event.h"
#include "dossier-passage.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_EVENT_REPORTS (dossier_event_reports_get_type ())

G_DECLARE_FINAL_TYPE (DossierEventReports, dossier_event_reports, DOSSIER, EVENT_REPORTS, GObject)

typedef enum
{
  DOSSIER_DISAGREEMENT_DATE,    /* the reports give different days for it */
  DOSSIER_DISAGREEMENT_NUMBER,  /* they give one count different numbers */
} DossierDisagreementKind;

/* One report: a sentence of one article. */
typedef struct
{
  DossierPassage *passage;
  guint group;               /* its outlet's group */
  /* The date its own words give the happening (precision NONE for a
   * sentence dated by its article's day or by what it says), and how it
   * is dated, in words: "“on Wednesday”", "the day it was published". */
  DossierDate date;
  char *dated_by;
} DossierEventReport;

/* Why two reports of different articles were taken for one happening. */
typedef struct
{
  guint report_a;
  guint report_b;
  guint reasons;             /* DossierLinkReason flags */
  /* "the same date, the same participants (Mark Rutte), one kind of
   * action (fired ~ ouster)" */
  char *why;
} DossierEventReportLink;

/* Where reports disagree: "52.14% (Gulf Press) · 52.1% (MENAFN)". */
typedef struct
{
  DossierDisagreementKind kind;
  char *what;
} DossierDisagreement;

DossierEventReports       *dossier_event_reports_new              (DossierEvent        *event);
/* The reports of @record, an event of @analysis or one the researcher
 * would make of its sources (two events merged). */
DossierEventReports       *dossier_event_reports_new_for_record   (DossierAnalysis          *analysis,
                                                                   const DossierEventRecord *record);

guint                      dossier_event_reports_get_n_articles   (DossierEventReports *self);
guint                      dossier_event_reports_get_n_outlets    (DossierEventReports *self);
/* "3 articles, 2 outlets". */
char                      *dossier_event_reports_dup_count_label  (DossierEventReports *self);

/* The reports, article by article as the dossier orders them. */
guint                      dossier_event_reports_get_n_reports    (DossierEventReports *self);
const DossierEventReport  *dossier_event_reports_get_report       (DossierEventReports *self,
                                                                   guint                report);
/* The outlets, in the order their first report comes: each a named
 * outlet, or one article of an outlet not known (which counts as an
 * outlet of its own).  Its name: the outlet's, else "Unknown outlet". */
guint                      dossier_event_reports_get_n_groups     (DossierEventReports *self);
const char                *dossier_event_reports_get_group_name   (DossierEventReports *self,
                                                                   guint                group);
gboolean                   dossier_event_reports_group_is_named   (DossierEventReports *self,
                                                                   guint                group);
guint                      dossier_event_reports_get_n_links      (DossierEventReports *self);
const DossierEventReportLink *dossier_event_reports_get_link      (DossierEventReports *self,
                                                                   guint                link);
guint                      dossier_event_reports_get_n_disagreements (DossierEventReports *self);
const DossierDisagreement *dossier_event_reports_get_disagreement (DossierEventReports *self,
                                                                   guint                disagreement);

/* The same counts for @event, kept on it once made: the distinct articles
 * and outlets that report it (an article of an outlet not known counts as
 * an outlet of its own). */
void                       dossier_event_reports_count            (DossierEvent        *event,
                                                                   guint               *n_articles,
                                                                   guint               *n_outlets);
/* Makes those counts now (an import's worker does, for every event it
 * makes, so that the window showing them does not). */
void                       dossier_event_reports_prepare          (DossierEvent        *event);
/* "3 articles, 2 outlets" for @event. */
char                      *dossier_event_reports_dup_event_counts (DossierEvent        *event);
/* The names of the outlets known among them, "Gulf Press, MENAFN", or
 * NULL when none is named. */
const char                *dossier_event_reports_get_outlet_names (DossierEvent        *event);
/* Whether @event's reports name the entity @key names: among its
 * participants or in one of its sentences. */
gboolean                   dossier_event_reports_name_entity      (DossierEvent        *event,
                                                                   const char          *key);
/* Whether its title or one of its sentences holds @folded (a string
 * g_utf8_casefold () made). */
gboolean                   dossier_event_reports_contain_words    (DossierEvent        *event,
                                                                   const char          *folded);
/* Whether article @document of its analysis reports it. */
gboolean                   dossier_event_reports_include_article  (DossierEvent        *event,
                                                                   guint                document);

/* Why two reports were linked: "the same date, the same participants
 * (Mark Rutte), one kind of action (fired ~ ouster)", as the window and
 * dossier-cli timeline say it.  Free with g_free (). */
char *dossier_event_link_describe (DossierAnalysis        *analysis,
                                   const DossierEventLink *link);

G_END_DECLS
