/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-menu-row.h"

#include "dossier-ui-template.h"

struct _DossierMenuRow
{
  GtkWidget parent_instance;

  gboolean checked;

  GtkWidget *dot;
  GtkLabel *label;
  GtkWidget *check;
};

enum {
  PROP_0,
  PROP_CHECKED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (DossierMenuRow, dossier_menu_row, GTK_TYPE_WIDGET)

static void
dossier_menu_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), DOSSIER_TYPE_MENU_ROW);
  dossier_widget_unparent_children (GTK_WIDGET (object));
  G_OBJECT_CLASS (dossier_menu_row_parent_class)->dispose (object);
}

static void
dossier_menu_row_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  DossierMenuRow *self = DOSSIER_MENU_ROW (object);

  switch (prop_id)
    {
    case PROP_CHECKED:
      g_value_set_boolean (value, self->checked);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_menu_row_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  DossierMenuRow *self = DOSSIER_MENU_ROW (object);

  switch (prop_id)
    {
    case PROP_CHECKED:
      if (self->checked == g_value_get_boolean (value))
        break;
      self->checked = g_value_get_boolean (value);
      gtk_widget_set_opacity (self->check, self->checked ? 1 : 0);
      g_object_notify_by_pspec (object, pspec);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_menu_row_class_init (DossierMenuRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = dossier_menu_row_dispose;
  object_class->get_property = dossier_menu_row_get_property;
  object_class->set_property = dossier_menu_row_set_property;

  /* The item is the one chosen: its check mark shows (in the open menu). */
  properties[PROP_CHECKED] = g_param_spec_boolean ("checked", NULL, NULL, FALSE,
                                                   G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                   G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  dossier_widget_class_set_template (widget_class, "dossier-menu-row.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierMenuRow, dot);
  gtk_widget_class_bind_template_child (widget_class, DossierMenuRow, label);
  gtk_widget_class_bind_template_child (widget_class, DossierMenuRow, check);
  gtk_widget_class_set_css_name (widget_class, "menurow");
}

static void
dossier_menu_row_init (DossierMenuRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_set_opacity (self->check, 0);
}

GtkWidget *
dossier_menu_row_new (gboolean in_list)
{
  DossierMenuRow *self = g_object_new (DOSSIER_TYPE_MENU_ROW, NULL);

  if (in_list)
    {
      /* The open menu is as wide as its longest item needs. */
      gtk_label_set_ellipsize (self->label, PANGO_ELLIPSIZE_NONE);
      gtk_widget_set_hexpand (GTK_WIDGET (self->label), TRUE);
      gtk_widget_set_visible (self->check, TRUE);
    }
  return GTK_WIDGET (self);
}

void
dossier_menu_row_set_label (DossierMenuRow *self,
                            const char     *label)
{
  g_return_if_fail (DOSSIER_IS_MENU_ROW (self));
  gtk_label_set_text (self->label, label);
}

void
dossier_menu_row_set_colour (DossierMenuRow *self,
                             const char     *colour)
{
  const char *classes[] = { "colour-dot", colour, NULL };

  g_return_if_fail (DOSSIER_IS_MENU_ROW (self));

  gtk_widget_set_css_classes (self->dot, classes);
  gtk_widget_set_visible (self->dot, colour != NULL);
}
