/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* What each outlet says of one event, in a window beside the main one:
 * the event's date and title, how many articles and outlets report it,
 * where their reports disagree (the days they give it, the numbers they
 * give one count), the sentences side by side, one card per outlet, each
 * with how it is dated, and why the analysis took them for one happening
 * (DossierEventReports).  Choosing a sentence emits ::source-activated, to
 * show it in its article. */

#pragma once

#include <adwaita.h>

#include "dossier-event.h"
#include "dossier-passage.h"

G_BEGIN_DECLS

#define DOSSIER_TYPE_EVENT_COMPARISON (dossier_event_comparison_get_type ())

G_DECLARE_FINAL_TYPE (DossierEventComparison, dossier_event_comparison, DOSSIER, EVENT_COMPARISON, AdwWindow)

DossierEventComparison *dossier_event_comparison_new       (GtkWindow              *parent,
                                                            DossierEvent           *event);
DossierEvent           *dossier_event_comparison_get_event (DossierEventComparison *self);
void                    dossier_event_comparison_set_event (DossierEventComparison *self,
                                                            DossierEvent           *event);

G_END_DECLS
