/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-event-menu.h"

#include <glib/gi18n.h>

/* The corrections of events are made by the window (issue 17's curation):
 * an event is named there by a key a new analysis gives it again.  Until
 * the model gives events one, the event's id in this analysis stands in
 * for it; both come from the event, so the menu needs no change when it
 * does. */
char *
dossier_event_menu_dup_key (DossierEvent *event)
{
  char *key = NULL;

  g_return_val_if_fail (DOSSIER_IS_EVENT (event), NULL);

  if (g_object_class_find_property (G_OBJECT_GET_CLASS (event), "key") != NULL)
    g_object_get (event, "key", &key, NULL);
  return key != NULL ? key : g_strdup (dossier_event_get_id (event));
}

gboolean
dossier_event_menu_is_hidden (DossierEvent *event)
{
  gboolean hidden = FALSE;

  g_return_val_if_fail (DOSSIER_IS_EVENT (event), FALSE);

  if (g_object_class_find_property (G_OBJECT_GET_CLASS (event), "hidden") != NULL)
    g_object_get (event, "hidden", &hidden, NULL);
  return hidden;
}

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

  key = dossier_event_menu_dup_key (event);
  append (reports, _("What Each Outlet Says"), "pane.compare-event", dossier_event_get_id (event));
  append (corrections, _("_Rename Event…"), "win.rename-event", key);
  append (corrections, _("Change _Date…"), "win.redate-event", key);
  append (corrections, _("_Merge Into…"), "win.merge-event", key);
  append (corrections, _("_Split a Source Off…"), "win.split-event-source", key);
  append (corrections, _("_Hide Event"), "win.hide-event", key);
  g_menu_append_section (menu, NULL, G_MENU_MODEL (reports));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (corrections));
  return G_MENU_MODEL (menu);
}
