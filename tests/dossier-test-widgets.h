/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Shared by the window tests: a widget found in the tree the way a person
 * finds it on screen, by what it is, says or does. */

#pragma once

#include <gtk/gtk.h>

typedef gboolean (*DossierTestWidgetMatch) (GtkWidget     *widget,
                                            gconstpointer  data);

/* The first widget below @root, depth first in the tree's order, that
 * @match takes, or NULL. */
static inline GtkWidget *
dossier_test_find_descendant (GtkWidget              *root,
                              DossierTestWidgetMatch  match,
                              gconstpointer           data)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (match (child, data))
        return child;
      found = dossier_test_find_descendant (child, match, data);
      if (found != NULL)
        return found;
    }
  return NULL;
}
