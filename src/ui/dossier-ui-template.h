/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Composite widgets take their templates from the UI library's own
 * resource bundle.  A static library's resources are not registered by a
 * constructor the linker keeps (a test links no application), so the
 * template is read from the bundle itself rather than from the global
 * resource namespace. */

#pragma once

#include <gtk/gtk.h>

#include "dossier-ui-resources.h"

G_BEGIN_DECLS

static inline void
dossier_widget_class_set_template (GtkWidgetClass *widget_class,
                                   const char     *name)
{
  g_autofree char *path = g_strconcat ("/io/github/dossierapp/Dossier/", name, NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = g_resource_lookup_data (dossier_ui_get_resource (), path,
                                                    G_RESOURCE_LOOKUP_FLAGS_NONE, &error);

  g_assert_no_error (error);
  gtk_widget_class_set_template (widget_class, bytes);
}

/* What gtk_widget_dispose_template () leaves: a template's children that
 * are not bound to the instance.  For widgets that lay out their
 * children themselves (not GtkBox and friends), in dispose. */
static inline void
dossier_widget_unparent_children (GtkWidget *widget)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (widget)) != NULL)
    gtk_widget_unparent (child);
}

G_END_DECLS
