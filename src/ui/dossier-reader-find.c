/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Find in the article: the reader's find bar (Ctrl+F with the reader
 * focused), every match of its words marked, the one gone to apart, and
 * the reader.find, reader.find-next and reader.find-previous actions.
 * See dossier-reader-private.h for the reader's other files. */

#include "config.h"

#include "dossier-reader.h"
#include "dossier-reader-private.h"

#include <glib/gi18n.h>

/* The actions are the reader's own: the widget is always one. */
#define READER(widget) ((DossierReader *) (widget))

static void
show_find_count (DossierReader *self)
{
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->find_entry));
  g_autofree char *count = NULL;

  if (query == NULL || *query == '\0')
    count = g_strdup ("");
  else if (self->find_matches->len == 0)
    count = g_strdup (_("No matches"));
  else
    /* Translators: the match gone to, of how many in the article: "3 of 12". */
    count = g_strdup_printf (_("%d of %u"), self->find_current + 1, self->find_matches->len);
  gtk_label_set_text (self->find_count, count);
  /* A screen reader hears how many as the words are typed. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->find_entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, count, -1);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.find-next", self->find_matches->len > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "reader.find-previous", self->find_matches->len > 0);
}

/* Goes to match @index: marked apart from the others, the cursor at it,
 * in sight. */
static void
go_to_match (DossierReader *self,
             int            index)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self->buffer);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->find_current_tag, &start, &end);
  self->find_current = index;
  if (index >= 0 && (guint) index < self->find_matches->len)
    {
      const FindMatch *match = &g_array_index (self->find_matches, FindMatch, index);

      gtk_text_buffer_get_iter_at_offset (buffer, &start, match->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &end, match->end);
      gtk_text_buffer_apply_tag (buffer, self->find_current_tag, &start, &end);
      gtk_text_buffer_place_cursor (buffer, &start);
      gtk_text_view_scroll_to_iter (self->view, &start, 0.1, FALSE, 0.0, 0.0);
    }
  show_find_count (self);
}

/* Every match of the words in the find bar marked, from the cursor on. */
void
_dossier_reader_find_all (DossierReader *self)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self->buffer);
  const char *query = self->find_bar != NULL && gtk_search_bar_get_search_mode (self->find_bar)
                      ? gtk_editable_get_text (GTK_EDITABLE (self->find_entry)) : NULL;
  GtkTextIter start, end, cursor;
  int from = 0, first = -1;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->find_tag, &start, &end);
  gtk_text_buffer_remove_tag (buffer, self->find_current_tag, &start, &end);
  g_array_set_size (self->find_matches, 0);
  self->find_current = -1;
  if (query != NULL && *query != '\0')
    {
      GtkTextIter at = start, match_start, match_end;

      gtk_text_buffer_get_iter_at_mark (buffer, &cursor, gtk_text_buffer_get_insert (buffer));
      from = gtk_text_iter_get_offset (&cursor);
      while (gtk_text_iter_forward_search (&at, query, GTK_TEXT_SEARCH_CASE_INSENSITIVE | GTK_TEXT_SEARCH_TEXT_ONLY,
                                           &match_start, &match_end, NULL))
        {
          FindMatch match = { gtk_text_iter_get_offset (&match_start), gtk_text_iter_get_offset (&match_end) };

          gtk_text_buffer_apply_tag (buffer, self->find_tag, &match_start, &match_end);
          if (first < 0 && match.start >= from)
            first = (int) self->find_matches->len;
          g_array_append_val (self->find_matches, match);
          at = match_end;
        }
    }
  if (self->find_matches->len > 0)
    go_to_match (self, first >= 0 ? first : 0);
  else
    show_find_count (self);
}

static void
on_find_changed (DossierReader  *self,
                 GtkSearchEntry *entry)
{
  _dossier_reader_find_all (self);
}

static void
step_match (DossierReader *self,
            int            step)
{
  int n = (int) self->find_matches->len;

  if (n == 0)
    return;
  go_to_match (self, ((self->find_current < 0 ? (step > 0 ? -1 : 0) : self->find_current) + step + n) % n);
}

static void
on_find_next (DossierReader  *self,
              GtkSearchEntry *entry)
{
  step_match (self, 1);
}

static void
on_find_previous (DossierReader  *self,
                  GtkSearchEntry *entry)
{
  step_match (self, -1);
}

static void
on_find_activate (DossierReader  *self,
                  GtkSearchEntry *entry)
{
  step_match (self, 1);
}

/* Closed: no match stays marked. */
static void
on_find_mode_changed (DossierReader *self,
                      GParamSpec    *pspec,
                      GtkSearchBar  *bar)
{
  _dossier_reader_find_all (self);
  if (!gtk_search_bar_get_search_mode (bar) && gtk_widget_get_mapped (GTK_WIDGET (self->view)))
    gtk_widget_grab_focus (GTK_WIDGET (self->view));
}

static void
find_action (GtkWidget  *widget,
             const char *action_name,
             GVariant   *parameter)
{
  DossierReader *self = READER (widget);
  GtkTextIter start, end;

  /* The words selected are what to find. */
  if (gtk_text_buffer_get_selection_bounds (GTK_TEXT_BUFFER (self->buffer), &start, &end) &&
      gtk_text_iter_get_line (&start) == gtk_text_iter_get_line (&end))
    {
      g_autofree char *words = gtk_text_iter_get_visible_text (&start, &end);
      gtk_editable_set_text (GTK_EDITABLE (self->find_entry), words);
    }
  gtk_search_bar_set_search_mode (self->find_bar, TRUE);
  gtk_widget_grab_focus (self->find_entry);
  gtk_editable_select_region (GTK_EDITABLE (self->find_entry), 0, -1);
}

static void
find_next_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *parameter)
{
  DossierReader *self = READER (widget);

  if (!gtk_search_bar_get_search_mode (self->find_bar))
    {
      find_action (widget, action_name, parameter);
      return;
    }
  step_match (self, 1);
}

static void
find_previous_action (GtkWidget  *widget,
                      const char *action_name,
                      GVariant   *parameter)
{
  DossierReader *self = READER (widget);

  if (!gtk_search_bar_get_search_mode (self->find_bar))
    {
      find_action (widget, action_name, parameter);
      return;
    }
  step_match (self, -1);
}

/* The find bar's widgets and callbacks, and the reader.find* actions. */
void
_dossier_reader_class_find_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, DossierReader, find_bar);
  gtk_widget_class_bind_template_child (widget_class, DossierReader, find_entry);
  gtk_widget_class_bind_template_child (widget_class, DossierReader, find_count);
  gtk_widget_class_bind_template_callback (widget_class, on_find_changed);
  gtk_widget_class_bind_template_callback (widget_class, on_find_activate);
  gtk_widget_class_bind_template_callback (widget_class, on_find_next);
  gtk_widget_class_bind_template_callback (widget_class, on_find_previous);
  gtk_widget_class_bind_template_callback (widget_class, on_find_mode_changed);

  /* Find in the article: with the reader focused, Ctrl+F finds in it
   * (elsewhere the window's Ctrl+F searches the articles). */
  gtk_widget_class_install_action (widget_class, "reader.find", NULL, find_action);
  gtk_widget_class_install_action (widget_class, "reader.find-next", NULL, find_next_action);
  gtk_widget_class_install_action (widget_class, "reader.find-previous", NULL, find_previous_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "reader.find", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK, "reader.find-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_g, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                                       "reader.find-previous", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F3, 0, "reader.find-next", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_F3, GDK_SHIFT_MASK, "reader.find-previous", NULL);
}

/* The matches' tags and the find bar joined to its entry, once the
 * template is built. */
void
_dossier_reader_find_init (DossierReader *self)
{
  /* Matches of Find: the yellow of a marker pen, the one gone to in a
   * stronger orange with its words bold; apart from the entities' tints
   * and the highlight colours (lime, cyan, indigo, red, pink). */
  self->find_tag = gtk_text_buffer_create_tag (GTK_TEXT_BUFFER (self->buffer), "find-match",
                                               "background-rgba", &(GdkRGBA) { 0.96, 0.83, 0.18, 0.45 }, NULL);
  self->find_current_tag = gtk_text_buffer_create_tag (GTK_TEXT_BUFFER (self->buffer), "find-current",
                                                       "background-rgba", &(GdkRGBA) { 1.0, 0.47, 0.0, 0.55 },
                                                       "weight", PANGO_WEIGHT_BOLD, NULL);
  gtk_search_bar_connect_entry (self->find_bar, GTK_EDITABLE (self->find_entry));
  gtk_search_bar_set_key_capture_widget (self->find_bar, NULL);
  show_find_count (self);
}
