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

/* Tab and Shift+Tab leave a list for the widget after or before it,
 * rather than walking its rows one by one (GTK 4.8's lists and list
 * boxes give every row a tab stop, so a hundred names stood between the
 * reader and the timeline); the arrow keys walk the rows.  While the focus
 * moves on, the list takes none, so the window's own traversal goes past
 * it from the row that had the focus. */
static inline gboolean
dossier_list_leave_on_tab (GtkEventControllerKey *controller,
                           guint                  keyval,
                           guint                  keycode,
                           GdkModifierType        state,
                           GtkWidget             *list)
{
  GtkWidget *root = GTK_WIDGET (gtk_widget_get_root (list));
  GtkDirectionType direction;

  if (keyval == GDK_KEY_ISO_Left_Tab || (keyval == GDK_KEY_Tab && (state & GDK_SHIFT_MASK)))
    direction = GTK_DIR_TAB_BACKWARD;
  else if (keyval == GDK_KEY_Tab || keyval == GDK_KEY_KP_Tab)
    direction = GTK_DIR_TAB_FORWARD;
  else
    return FALSE;
  if (root == NULL || (state & GDK_CONTROL_MASK))
    return FALSE;
  gtk_widget_set_can_focus (list, FALSE);
  if (!gtk_widget_child_focus (root, direction))
    gtk_widget_child_focus (root, direction);  /* round again from the top */
  gtk_widget_set_can_focus (list, TRUE);
  return TRUE;
}

static inline void
dossier_list_set_single_tab_stop (GtkWidget *list)
{
  GtkEventController *keys = gtk_event_controller_key_new ();

  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (dossier_list_leave_on_tab), list);
  gtk_widget_add_controller (list, keys);
  /* Tests find it by this name, to press Tab in the list. */
  gtk_event_controller_set_name (keys, "dossier-tab-leaves");
}

/* GTK 4.8 names a button with a mnemonic twice to screen readers: by its
 * label property, underscore and all ("_Show All Articles"), and by the
 * label inside it that it is labelled by ("Show All Articles").  The first
 * goes, below @root, so that the name is said once, as it reads. */
static inline void
dossier_widget_name_buttons_once (GtkWidget *root)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (GTK_IS_BUTTON (child) && gtk_button_get_label (GTK_BUTTON (child)) != NULL &&
          gtk_button_get_use_underline (GTK_BUTTON (child)))
        gtk_accessible_reset_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL);
      dossier_widget_name_buttons_once (child);
    }
}

G_END_DECLS
