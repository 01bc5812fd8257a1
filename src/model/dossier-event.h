/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* A dated happening and the sentences of every article that report it. */

#pragma once

#include <gio/gio.h>

#include "dossier-analysis.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_EVENT (dossier_event_get_type ())

G_DECLARE_FINAL_TYPE (DossierEvent, dossier_event, DOSSIER, EVENT, GObject)

DossierEvent             *dossier_event_new          (DossierAnalysis *analysis,
                                                      guint            index);
const char               *dossier_event_get_id       (DossierEvent    *self);
guint                     dossier_event_get_index    (DossierEvent    *self);
/* ISO 8601 at the event's precision ("2024-07", "2024-10-16"). */
const char               *dossier_event_get_date     (DossierEvent    *self);
DossierPrecision          dossier_event_get_precision (DossierEvent   *self);
/* The date with its precision, for dossier_date_format_readable () and
 * dossier_date_get_span (). */
const DossierDate        *dossier_event_get_calendar_date (DossierEvent *self);
const char               *dossier_event_get_summary  (DossierEvent    *self);
guint                     dossier_event_get_n_sources (DossierEvent   *self);
/* Every report of it (of DossierPassage): the sentence of each source, in
 * the order of the articles. */
GListModel               *dossier_event_list_sources (DossierEvent   *self);
/* The key the researcher's corrections name it by (dossier-event-
 * corrections.h: its first source's article and sentence), the same in
 * every analysis of the dossier; the target of the window's event
 * actions (win.rename-event …). */
const char               *dossier_event_get_key      (DossierEvent    *self);
/* Hidden by the researcher: in no export, and in the window only while
 * hidden events are shown (win.show-hidden-events). */
gboolean                  dossier_event_get_hidden   (DossierEvent    *self);
/* What the researcher changed (DossierEventCorrected flags); with the
 * title or the date among them, those are the researcher's. */
guint                     dossier_event_get_corrected (DossierEvent   *self);
gboolean                  dossier_event_is_retitled  (DossierEvent    *self);
gboolean                  dossier_event_is_redated   (DossierEvent    *self);
const DossierEventRecord *dossier_event_get_record   (DossierEvent    *self);
DossierAnalysis          *dossier_event_get_analysis (DossierEvent    *self);

G_END_DECLS
