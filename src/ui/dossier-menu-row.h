/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* An item of the annotation list's filter menus: a dot in the colour it
 * names (for a colour), its label, and in the open menu a check mark on
 * the chosen one. */

#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define DOSSIER_TYPE_MENU_ROW (dossier_menu_row_get_type ())

G_DECLARE_FINAL_TYPE (DossierMenuRow, dossier_menu_row, DOSSIER, MENU_ROW, GtkWidget)

/* With @in_list, as a row of the open menu: as wide as its label, with a
 * check mark; without, as the button shows the choice. */
GtkWidget *dossier_menu_row_new        (gboolean        in_list);
void       dossier_menu_row_set_label  (DossierMenuRow *self,
                                        const char     *label);
/* The colour its dot shows ("yellow", as CSS names it), or NULL for none. */
void       dossier_menu_row_set_colour (DossierMenuRow *self,
                                        const char     *colour);

G_END_DECLS
