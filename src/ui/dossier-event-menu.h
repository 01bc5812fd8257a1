/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The menu of one event, as the timeline's markers and the chronology's
 * rows offer it (a right click, a long press, Menu or Shift+F10): what
 * each outlet says of it (pane.compare-event, with the event's id), and
 * the researcher's corrections of it, which the window carries out
 * (win.rename-event, win.redate-event, win.merge-event,
 * win.split-event-source and win.hide-event, each with the event's key):
 * where the window has no such action the item is shown off. */

#pragma once

#include <gtk/gtk.h>

#include "dossier-event.h"

G_BEGIN_DECLS

GMenuModel *dossier_event_menu_new         (DossierEvent *event);
/* The key the researcher's corrections name @event by. */
char       *dossier_event_menu_dup_key     (DossierEvent *event);
/* Whether the researcher hid @event (it is then shown dimmed). */
gboolean    dossier_event_menu_is_hidden   (DossierEvent *event);

G_END_DECLS
