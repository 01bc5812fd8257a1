/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The menu of one event, as the timeline's markers and the chronology's
 * rows offer it (a right click, a long press, Menu or Shift+F10): what
 * each outlet says of it (pane.compare-event, with the event's id), and
 * the researcher's corrections of it, which the window carries out
 * (win.rename-event, win.redate-event, win.merge-event,
 * win.split-event-source, win.hide-event or, for a hidden event,
 * win.unhide-event, each with the event's key). */

#pragma once

#include <gtk/gtk.h>

#include "dossier-event.h"

G_BEGIN_DECLS

GMenuModel *dossier_event_menu_new (DossierEvent *event);

G_END_DECLS
