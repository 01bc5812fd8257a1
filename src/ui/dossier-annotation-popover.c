/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The popover over selected words: a colour to highlight them in (each
 * colour with the meaning the researcher gave it), then a note and tags.
 * It edits the annotation it is given and says so ("changed"); the
 * window saves.  For new words it offers the colours only
 * ("colour-chosen"), and edits the annotation the window then makes. */

#include "config.h"

#include "dossier-annotation-popover.h"

#include <glib/gi18n.h>

#include "dossier-ui-template.h"

struct _DossierAnnotationPopover
{
  GtkPopover parent_instance;

  DossierAnnotation *annotation;
  GtkWidget *colour_buttons[DOSSIER_N_COLOURS];
  GtkWidget *details;
  GtkWidget *note;
  GtkWidget *tags;
  char *labels[DOSSIER_N_COLOURS];
  gboolean loading;
  gboolean dirty;
};

enum {
  COLOUR_CHOSEN,
  CHANGED,
  DELETE_REQUESTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* The template's colour buttons, in the order of DossierColour. */
static const char * const colour_ids[DOSSIER_N_COLOURS] = {
  "colour_yellow", "colour_green", "colour_blue", "colour_red", "colour_purple",
};

G_DEFINE_FINAL_TYPE (DossierAnnotationPopover, dossier_annotation_popover, GTK_TYPE_POPOVER)

static void
update_colour_buttons (DossierAnnotationPopover *self)
{
  for (guint c = 0; c < DOSSIER_N_COLOURS; c++)
    {
      gboolean current = self->annotation != NULL && dossier_annotation_get_colour (self->annotation) == c;
      const char *label = self->labels[c] != NULL ? self->labels[c] : dossier_colour_get_default_label (c);
      /* Translators: a highlight colour's name for screen readers, and
       * whether it is the one chosen: "Indigo, chosen". */
      g_autofree char *description = current ? g_strdup_printf (_("%s, chosen"), dossier_colour_get_name (c))
                                             : g_strdup (dossier_colour_get_name (c));

      if (current)
        gtk_widget_add_css_class (self->colour_buttons[c], "chosen");
      else
        gtk_widget_remove_css_class (self->colour_buttons[c], "chosen");
      /* The meaning is written on the colour: colour alone tells nothing.
       * A screen reader says it, then the colour and whether it is the one
       * chosen. */
      gtk_button_set_label (GTK_BUTTON (self->colour_buttons[c]), label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->colour_buttons[c]), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                      description, -1);
    }
}

/* What the fields say, into the annotation. */
static void
commit (DossierAnnotationPopover *self)
{
  GtkTextBuffer *buffer;
  GtkTextIter start, end;
  g_autofree char *note = NULL;
  g_auto(GStrv) tags = NULL;

  if (self->annotation == NULL || !self->dirty)
    return;
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->note));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  note = gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
  tags = g_strsplit (gtk_editable_get_text (GTK_EDITABLE (self->tags)), ",", -1);
  dossier_annotation_set_note (self->annotation, g_strstrip (note));
  dossier_annotation_set_tags (self->annotation, (const char * const *) tags);
  self->dirty = FALSE;
  g_signal_emit (self, signals[CHANGED], 0, self->annotation);
}

/* A colour button: the words are highlighted in it, or the annotation
 * takes it. */
static void
choose_colour_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DossierAnnotationPopover *self = DOSSIER_ANNOTATION_POPOVER (widget);
  DossierColour colour = dossier_colour_from_string (g_variant_get_string (parameter, NULL));

  if (self->annotation == NULL)
    {
      g_signal_emit (self, signals[COLOUR_CHOSEN], 0, colour);
      return;
    }
  commit (self);
  if (dossier_annotation_get_colour (self->annotation) != colour)
    {
      dossier_annotation_set_colour (self->annotation, colour);
      g_signal_emit (self, signals[CHANGED], 0, self->annotation);
    }
  update_colour_buttons (self);
}

static void
on_field_changed (DossierAnnotationPopover *self)
{
  if (!self->loading)
    self->dirty = TRUE;
}

static void
on_delete_clicked (DossierAnnotationPopover *self,
                   GtkButton                *button)
{
  g_autoptr(DossierAnnotation) annotation = self->annotation != NULL ? g_object_ref (self->annotation) : NULL;

  if (annotation == NULL)
    return;
  self->dirty = FALSE;
  gtk_popover_popdown (GTK_POPOVER (self));
  g_signal_emit (self, signals[DELETE_REQUESTED], 0, annotation);
}

static void
on_closed (GtkPopover *popover)
{
  DossierAnnotationPopover *self = DOSSIER_ANNOTATION_POPOVER (popover);

  commit (self);
  g_clear_object (&self->annotation);
}

static void
dossier_annotation_popover_dispose (GObject *object)
{
  DossierAnnotationPopover *self = DOSSIER_ANNOTATION_POPOVER (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_ANNOTATION_POPOVER);
  g_clear_object (&self->annotation);
  G_OBJECT_CLASS (dossier_annotation_popover_parent_class)->dispose (object);
}

static void
dossier_annotation_popover_finalize (GObject *object)
{
  DossierAnnotationPopover *self = DOSSIER_ANNOTATION_POPOVER (object);

  for (guint c = 0; c < DOSSIER_N_COLOURS; c++)
    g_free (self->labels[c]);
  G_OBJECT_CLASS (dossier_annotation_popover_parent_class)->finalize (object);
}

static void
dossier_annotation_popover_class_init (DossierAnnotationPopoverClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkPopoverClass *popover_class = GTK_POPOVER_CLASS (klass);

  object_class->dispose = dossier_annotation_popover_dispose;
  object_class->finalize = dossier_annotation_popover_finalize;
  popover_class->closed = on_closed;

  signals[COLOUR_CHOSEN] = g_signal_new ("colour-chosen", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                         0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT);
  signals[CHANGED] = g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                   0, NULL, NULL, NULL, G_TYPE_NONE, 1, DOSSIER_TYPE_ANNOTATION);
  signals[DELETE_REQUESTED] = g_signal_new ("delete-requested", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                            0, NULL, NULL, NULL, G_TYPE_NONE, 1, DOSSIER_TYPE_ANNOTATION);

  gtk_widget_class_install_action (widget_class, "annotation.choose-colour", "s", choose_colour_action);

  dossier_widget_class_set_template (widget_class, "dossier-annotation-popover.ui");
  for (guint c = 0; c < DOSSIER_N_COLOURS; c++)
    gtk_widget_class_bind_template_child_full (widget_class, colour_ids[c], FALSE,
                                               G_STRUCT_OFFSET (DossierAnnotationPopover, colour_buttons) +
                                               c * sizeof (GtkWidget *));
  gtk_widget_class_bind_template_child (widget_class, DossierAnnotationPopover, details);
  gtk_widget_class_bind_template_child (widget_class, DossierAnnotationPopover, note);
  gtk_widget_class_bind_template_child (widget_class, DossierAnnotationPopover, tags);
  gtk_widget_class_bind_template_callback (widget_class, on_field_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_delete_clicked);
}

static void
dossier_annotation_popover_init (DossierAnnotationPopover *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->note)), "changed",
                           G_CALLBACK (on_field_changed), self, G_CONNECT_SWAPPED);
  update_colour_buttons (self);
}

GtkWidget *
dossier_annotation_popover_new (void)
{
  return g_object_new (DOSSIER_TYPE_ANNOTATION_POPOVER, NULL);
}

void
dossier_annotation_popover_set_labels (DossierAnnotationPopover *self,
                                       const char * const       *labels)
{
  g_return_if_fail (DOSSIER_IS_ANNOTATION_POPOVER (self));

  for (guint c = 0; c < DOSSIER_N_COLOURS; c++)
    {
      g_free (self->labels[c]);
      self->labels[c] = g_strdup (labels != NULL ? labels[c] : NULL);
    }
  update_colour_buttons (self);
}

void
dossier_annotation_popover_edit (DossierAnnotationPopover *self,
                                 DossierAnnotation        *annotation)
{
  g_autofree char *tags = NULL;

  g_return_if_fail (DOSSIER_IS_ANNOTATION_POPOVER (self));

  commit (self);
  g_set_object (&self->annotation, annotation);
  self->loading = TRUE;
  gtk_widget_set_visible (self->details, annotation != NULL);
  if (annotation != NULL)
    {
      tags = g_strjoinv (", ", (char **) dossier_annotation_get_tags (annotation));
      gtk_text_buffer_set_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->note)),
                                dossier_annotation_get_note (annotation), -1);
      gtk_editable_set_text (GTK_EDITABLE (self->tags), tags);
    }
  self->loading = FALSE;
  self->dirty = FALSE;
  update_colour_buttons (self);
  if (annotation != NULL)
    gtk_widget_grab_focus (self->note);
}

DossierAnnotation *
dossier_annotation_popover_get_annotation (DossierAnnotationPopover *self)
{
  g_return_val_if_fail (DOSSIER_IS_ANNOTATION_POPOVER (self), NULL);
  return self->annotation;
}
