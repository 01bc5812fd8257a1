/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-event-menu.h"

#include <glib/gi18n.h>

static void
append (GMenu      *section,
        const char *label,
        const char *action,
        const char *target)
{
  g_autoptr(GMenuItem) item = g_menu_item_new (label, NULL);

  g_menu_item_set_action_and_target_value (item, action, g_variant_new_string (target));
  g_menu_append_item (section, item);
}

GMenuModel *
dossier_event_menu_new (DossierEvent *event)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) reports = g_menu_new ();
  g_autoptr(GMenu) corrections = g_menu_new ();
  g_autofree char *key = NULL;

  g_return_val_if_fail (DOSSIER_IS_EVENT (event), NULL);

  /* The window makes the corrections; it finds the event again by its
   * key in every new analysis. */
  key = g_strdup (dossier_event_get_key (event));
  append (reports, _("What Each Outlet Says"), "pane.compare-event", dossier_event_get_id (event));
  append (corrections, _("_Rename Event…"), "win.rename-event", key);
  append (corrections, _("Change _Date…"), "win.redate-event", key);
  append (corrections, _("_Merge Into…"), "win.merge-event", key);
  append (corrections, _("_Split a Source Off…"), "win.split-event-source", key);
  if (dossier_event_get_hidden (event))
    append (corrections, _("Show Event _Again"), "win.unhide-event", key);
  else
    append (corrections, _("_Hide Event"), "win.hide-event", key);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (reports));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (corrections));
  return G_MENU_MODEL (menu);
}
