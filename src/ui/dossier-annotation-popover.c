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

struct _DossierAnnotationPopover
{
  GtkPopover parent_instance;

  DossierAnnotation *annotation;
  GtkWidget *colour_buttons[DOSSIER_N_COLOURS];
  GtkWidget *details;
  GtkWidget *note;
  GtkWidget *tags;
  GtkWidget *delete_button;
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

G_DEFINE_FINAL_TYPE (DossierAnnotationPopover, dossier_annotation_popover, GTK_TYPE_POPOVER)

static void
update_colour_buttons (DossierAnnotationPopover *self)
{
  for (guint c = 0; c < DOSSIER_N_COLOURS; c++)
    {
      gboolean current = self->annotation != NULL && dossier_annotation_get_colour (self->annotation) == c;
      const char *label = self->labels[c] != NULL ? self->labels[c] : dossier_colour_get_default_label (c);
      g_autofree char *description = current ? g_strdup_printf (_("%s (chosen)"), label) : g_strdup (label);

      if (current)
        gtk_widget_add_css_class (self->colour_buttons[c], "chosen");
      else
        gtk_widget_remove_css_class (self->colour_buttons[c], "chosen");
      /* The meaning is written on the colour: colour alone tells nothing. */
      gtk_button_set_label (GTK_BUTTON (self->colour_buttons[c]), label);
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->colour_buttons[c]), GTK_ACCESSIBLE_PROPERTY_LABEL,
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

static void
on_colour_clicked (GtkButton                *button,
                   DossierAnnotationPopover *self)
{
  guint colour = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (button), "colour"));

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
on_delete_clicked (GtkButton                *button,
                   DossierAnnotationPopover *self)
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
}

static void
dossier_annotation_popover_init (DossierAnnotationPopover *self)
{
  GtkWidget *box, *colours, *note_label, *tags_label, *scroller;

  gtk_widget_add_css_class (GTK_WIDGET (self), "annotation-popover");
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 8);
  colours = gtk_flow_box_new ();
  gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (colours), GTK_SELECTION_NONE);
  gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (colours), 3);
  gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (colours), 6);
  gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (colours), 6);
  for (guint c = 0; c < DOSSIER_N_COLOURS; c++)
    {
      GtkWidget *button = gtk_button_new ();
      gtk_widget_add_css_class (button, "annotation-colour");
      gtk_widget_add_css_class (button, dossier_colour_to_string (c));
      g_object_set_data (G_OBJECT (button), "colour", GUINT_TO_POINTER (c));
      g_signal_connect (button, "clicked", G_CALLBACK (on_colour_clicked), self);
      self->colour_buttons[c] = button;
      gtk_flow_box_append (GTK_FLOW_BOX (colours), button);
    }
  gtk_box_append (GTK_BOX (box), colours);

  self->details = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  note_label = gtk_label_new_with_mnemonic (_("_Note"));
  gtk_label_set_xalign (GTK_LABEL (note_label), 0);
  gtk_widget_add_css_class (note_label, "caption-heading");
  self->note = gtk_text_view_new ();
  gtk_text_view_set_wrap_mode (GTK_TEXT_VIEW (self->note), GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_accepts_tab (GTK_TEXT_VIEW (self->note), FALSE);
  gtk_widget_add_css_class (self->note, "annotation-note");
  gtk_label_set_mnemonic_widget (GTK_LABEL (note_label), self->note);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->note), GTK_ACCESSIBLE_RELATION_LABELLED_BY, note_label, NULL, -1);
  g_signal_connect_swapped (gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->note)), "changed",
                            G_CALLBACK (on_field_changed), self);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scroller), 72);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 200);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), self->note);
  gtk_widget_add_css_class (scroller, "card");
  gtk_widget_set_size_request (scroller, 280, -1);

  tags_label = gtk_label_new_with_mnemonic (_("_Tags"));
  gtk_label_set_xalign (GTK_LABEL (tags_label), 0);
  gtk_widget_add_css_class (tags_label, "caption-heading");
  self->tags = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (self->tags), _("Separated by commas"));
  gtk_label_set_mnemonic_widget (GTK_LABEL (tags_label), self->tags);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (self->tags), GTK_ACCESSIBLE_RELATION_LABELLED_BY, tags_label, NULL, -1);
  g_signal_connect_swapped (self->tags, "changed", G_CALLBACK (on_field_changed), self);

  self->delete_button = gtk_button_new_with_mnemonic (_("_Delete Annotation"));
  gtk_widget_add_css_class (self->delete_button, "destructive-action");
  gtk_widget_set_halign (self->delete_button, GTK_ALIGN_END);
  g_signal_connect (self->delete_button, "clicked", G_CALLBACK (on_delete_clicked), self);

  gtk_box_append (GTK_BOX (self->details), note_label);
  gtk_box_append (GTK_BOX (self->details), scroller);
  gtk_box_append (GTK_BOX (self->details), tags_label);
  gtk_box_append (GTK_BOX (self->details), self->tags);
  gtk_box_append (GTK_BOX (self->details), self->delete_button);
  gtk_box_append (GTK_BOX (box), self->details);
  gtk_popover_set_child (GTK_POPOVER (self), box);
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
