/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* What the researcher changes in the window's dossier, each kept at once
 * in the dossier file and each with its Undo: highlights and notes; the
 * one way of keeping a correction, applied by analysing the dossier
 * again, and the dialogs the corrections ask with (a line of text, a
 * choice among many); and what each highlight colour means.  The
 * corrections themselves are in dossier-window-entities.c,
 * dossier-window-articles.c and dossier-window-events.c. */
#include "config.h"

#include "dossier-window.h"
#include "dossier-window-private.h"

#include <glib/gi18n.h>
#include <string.h>


/* Highlights and notes. */

/* The researcher chose @colour for code points @start…@end of the
 * article read: a highlight, then its note and tags in the popover. */
void
_dossier_window_annotate (DossierWindow *self,
                          guint          colour,
                          gint64         start,
                          gint64         end,
                          DossierReader *reader)
{
  DossierArticle *article = dossier_reader_get_article (reader);
  g_autoptr(DossierAnnotation) annotation = NULL;
  g_autoptr(GError) error = NULL;

  if (article == NULL)
    return;
  annotation = dossier_article_create_annotation (article, start, end, colour);
  if (annotation == NULL)
    return;
  if (!dossier_corpus_add_annotation (self->corpus, annotation, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not save the highlight: %s"), error->message);
      _dossier_window_toast (self, message);
      return;
    }
  /* Go on with a note and tags. */
  dossier_reader_edit_annotation (reader, annotation);
}

void
_dossier_window_save_annotation (DossierWindow     *self,
                                 DossierAnnotation *annotation,
                                 DossierReader     *reader)
{
  g_autoptr(GError) error = NULL;

  if (!dossier_corpus_save_annotation (self->corpus, annotation, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not save the annotation: %s"), error->message);
      _dossier_window_toast (self, message);
    }
}

void
_dossier_window_delete_annotation (DossierWindow     *self,
                                   DossierAnnotation *annotation)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierAnnotation) kept = g_object_ref (annotation);

  if (!dossier_corpus_remove_annotation (self->corpus, annotation, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not delete the annotation: %s"), error->message);
      _dossier_window_toast (self, message);
      return;
    }
  g_set_object (&self->deleted, kept);
  _dossier_window_toast_with_action (self, _("Annotation deleted"), _("_Undo"), "win.undo-delete", NULL);
}

void
_dossier_window_undo_delete (DossierWindow *self)
{
  g_autoptr(DossierAnnotation) annotation = g_steal_pointer (&self->deleted);
  g_autoptr(GError) error = NULL;

  if (annotation == NULL)
    return;
  if (!dossier_corpus_add_annotation (self->corpus, annotation, &error))
    _dossier_window_toast (self, error->message);
}

/* Corrections: kept in the dossier at once, applied by analysing it
 * again; each can be undone from its toast. */

/* The dossier analysed again with its corrections: the researcher stays
 * where they were (the article, the place in it, the inspector's page);
 * @then_show_entity is shown if the entity shown is gone (merged into
 * it). */
void
_dossier_window_reanalyse (DossierWindow *self,
                           const char    *then_show_entity)
{
  DossierLoad *load = _dossier_window_begin_load (self, DOSSIER_LOAD_SAME_DOSSIER);

  load->then_show_entity = g_strdup (then_show_entity);
  _dossier_window_set_busy (self, TRUE);
  g_set_object (&self->importing, self->corpus);
  dossier_corpus_reanalyse_async (self->corpus, self->cancellable, _dossier_window_loaded, load);
}

/* Keeps @correction (of the article kept as @source, or 0) and analyses
 * the dossier again, with a toast saying @done with its Undo. */
void
_dossier_window_apply_correction (DossierWindow           *self,
                                  gint64                   source,
                                  const DossierCorrection *correction,
                                  const char              *done,
                                  const char              *then_show_entity)
{
  g_autoptr(GError) error = NULL;
  gint64 id = dossier_corpus_add_correction (self->corpus, source, correction, &error);

  if (id < 0)
    {
      g_autofree char *message = g_strdup_printf (_("Could not keep the correction: %s"), error->message);
      _dossier_window_toast (self, message);
      return;
    }
  _dossier_window_reanalyse (self, then_show_entity);
  _dossier_window_toast_with_action (self, done, _("_Undo"), "win.undo-correction", g_variant_new_int64 (id));
}

void
_dossier_window_undo_correction (DossierWindow *self,
                                 gint64         id)
{
  g_autoptr(GError) error = NULL;

  if (!dossier_corpus_remove_correction (self->corpus, id, &error))
    {
      _dossier_window_toast (self, error->message);
      return;
    }
  _dossier_window_reanalyse (self, NULL);
}

/* A question's answer goes to @answer, with @data. */
typedef struct
{
  DossierWindow *self;
  GtkWidget *entry;
  DossierTextAnswer answer;
  char *data;
} Question;

static void
on_question_response (AdwMessageDialog *dialog,
                      const char       *response,
                      Question         *question)
{
  if (g_strcmp0 (response, "apply") == 0)
    question->answer (question->self, gtk_editable_get_text (GTK_EDITABLE (question->entry)), question->data);
  g_object_unref (question->self);
  g_free (question->data);
  g_free (question);
}

/* A dialog asking for one line of text. */
void
_dossier_window_ask_text (DossierWindow     *self,
                          const char        *heading,
                          const char        *body,
                          const char        *initial,
                          const char        *apply_label,
                          DossierTextAnswer  answer,
                          const char        *data)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);
  Question *question = g_new0 (Question, 1);

  question->self = g_object_ref (self);
  question->entry = gtk_entry_new ();
  question->answer = answer;
  question->data = g_strdup (data);
  gtk_editable_set_text (GTK_EDITABLE (question->entry), initial != NULL ? initial : "");
  gtk_entry_set_activates_default (GTK_ENTRY (question->entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (question->entry), GTK_ACCESSIBLE_PROPERTY_LABEL, heading, -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), question->entry);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "apply", apply_label, NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "apply");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_question_response), question);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* A choice among many (the entity or the event another is merged into):
 * a search and a list, nothing chosen at first, so that Enter never
 * applies a choice the researcher did not make. */
typedef struct
{
  DossierWindow *self;
  AdwMessageDialog *dialog;
  GtkWidget *list;
  GtkWidget *search;
  GPtrArray *choices;     /* of DossierChoice* */
  DossierChoiceAnswer answer;
  char *data;
} Choosing;

void
dossier_choice_free (DossierChoice *choice)
{
  if (choice == NULL)
    return;
  g_free (choice->key);
  g_free (choice->title);
  g_free (choice->subtitle);
  g_free (choice);
}

DossierChoice *
dossier_choice_new (const char *key,
                    const char *title,
                    const char *subtitle)
{
  DossierChoice *choice = g_new0 (DossierChoice, 1);

  choice->key = g_strdup (key);
  choice->title = g_strdup (title);
  choice->subtitle = g_strdup (subtitle);
  return choice;
}

static void
choosing_free (Choosing *choosing)
{
  g_object_unref (choosing->self);
  g_ptr_array_unref (choosing->choices);
  g_free (choosing->data);
  g_free (choosing);
}

static gboolean
choice_matches (GtkListBoxRow *row,
                gpointer       user_data)
{
  Choosing *choosing = user_data;
  const char *query = gtk_editable_get_text (GTK_EDITABLE (choosing->search));
  DossierChoice *choice = g_ptr_array_index (choosing->choices, gtk_list_box_row_get_index (row));
  g_autofree char *needle = NULL;
  g_autofree char *title = NULL;

  if (query == NULL || *query == '\0')
    return TRUE;
  needle = g_utf8_casefold (query, -1);
  title = g_utf8_casefold (choice->title, -1);
  return strstr (title, needle) != NULL;
}

static void
on_choice_search_changed (Choosing *choosing)
{
  GtkListBoxRow *selected = gtk_list_box_get_selected_row (GTK_LIST_BOX (choosing->list));

  gtk_list_box_invalidate_filter (GTK_LIST_BOX (choosing->list));
  /* A choice the search hides is no choice any more. */
  if (selected != NULL && !choice_matches (selected, choosing))
    gtk_list_box_unselect_all (GTK_LIST_BOX (choosing->list));
}

static void
on_choice_selected (GtkListBox    *list,
                    GtkListBoxRow *row,
                    Choosing      *choosing)
{
  adw_message_dialog_set_response_enabled (choosing->dialog, "apply", row != NULL);
  adw_message_dialog_set_default_response (choosing->dialog, row != NULL ? "apply" : NULL);
}

static void
on_choice_response (AdwMessageDialog *dialog,
                    const char       *response,
                    Choosing         *choosing)
{
  GtkListBoxRow *row = gtk_list_box_get_selected_row (GTK_LIST_BOX (choosing->list));

  if (g_strcmp0 (response, "apply") == 0 && row != NULL)
    {
      DossierChoice *choice = g_ptr_array_index (choosing->choices, gtk_list_box_row_get_index (row));
      choosing->answer (choosing->self, choice->key, choosing->data);
    }
}

void
_dossier_window_choose (DossierWindow       *self,
                        const char          *heading,
                        const char          *body,
                        const char          *list_label,
                        GPtrArray           *choices,
                        const char          *apply_label,
                        DossierChoiceAnswer  answer,
                        const char          *data)
{
  Choosing *choosing = g_new0 (Choosing, 1);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  choosing->self = g_object_ref (self);
  choosing->dialog = ADW_MESSAGE_DIALOG (dialog);
  choosing->choices = g_ptr_array_ref (choices);
  choosing->answer = answer;
  choosing->data = g_strdup (data);

  choosing->search = gtk_search_entry_new ();
  g_object_set (choosing->search, "placeholder-text", _("Search"), NULL);
  gtk_accessible_update_property (GTK_ACCESSIBLE (choosing->search), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Search the list"), -1);
  gtk_box_append (GTK_BOX (box), choosing->search);

  choosing->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (choosing->list), GTK_SELECTION_SINGLE);
  gtk_widget_add_css_class (choosing->list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (choosing->list), GTK_ACCESSIBLE_PROPERTY_LABEL, list_label, -1);
  for (guint i = 0; i < choices->len; i++)
    {
      DossierChoice *choice = g_ptr_array_index (choices, i);
      GtkWidget *row = adw_action_row_new ();
      g_autofree char *label = g_strdup_printf ("%s, %s", choice->title, choice->subtitle);
      g_autofree char *escaped = g_markup_escape_text (choice->title, -1);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), escaped);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), choice->subtitle);
      adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 2);
      gtk_accessible_update_property (GTK_ACCESSIBLE (row), GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
      gtk_list_box_append (GTK_LIST_BOX (choosing->list), row);
    }
  gtk_list_box_set_filter_func (GTK_LIST_BOX (choosing->list), choice_matches, choosing, NULL);
  gtk_list_box_unselect_all (GTK_LIST_BOX (choosing->list));
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), choosing->list);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_min_content_height (GTK_SCROLLED_WINDOW (scrolled), 240);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scrolled), 360);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scrolled), TRUE);
  gtk_box_append (GTK_BOX (box), scrolled);

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "apply", apply_label, NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "apply", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (dialog), "apply", FALSE);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "dossier-choosing", choosing, (GDestroyNotify) choosing_free);
  g_signal_connect_swapped (choosing->search, "search-changed", G_CALLBACK (on_choice_search_changed), choosing);
  g_signal_connect (choosing->list, "row-selected", G_CALLBACK (on_choice_selected), choosing);
  g_signal_connect (dialog, "response", G_CALLBACK (on_choice_response), choosing);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (choosing->search);
}

/* What each highlight colour means in this dossier, named by the
 * researcher ("Claim", "Contradiction"). */
typedef struct
{
  DossierWindow *self;
  GtkWidget *rows[DOSSIER_N_COLOURS];
} ColourLabels;

static void
on_colour_labels_response (AdwMessageDialog *dialog,
                           const char       *response,
                           ColourLabels     *labels)
{
  DossierWindow *self = labels->self;
  DossierStore *store = dossier_corpus_get_store (self->corpus);

  if (g_strcmp0 (response, "save") == 0 && store != NULL)
    {
      g_auto(GStrv) saved = NULL;

      for (guint c = 0; c < DOSSIER_N_COLOURS; c++)
        {
          g_autofree char *label = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (labels->rows[c]))));
          g_autoptr(GError) error = NULL;

          if (*label == '\0')
            continue;
          if (!dossier_store_set_colour_label (store, c, label, &error))
            {
              _dossier_window_toast (self, error->message);
              break;
            }
        }
      saved = _dossier_window_dup_colour_labels (self->corpus);
      g_object_set (self, "colour-labels", saved, NULL);
    }
  g_object_unref (self);
  g_free (labels);
}

void
_dossier_window_edit_colour_labels (DossierWindow *self)
{
  ColourLabels *labels;
  GtkWidget *dialog, *list;

  if (dossier_corpus_get_store (self->corpus) == NULL)
    return;
  labels = g_new0 (ColourLabels, 1);
  labels->self = g_object_ref (self);
  list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint c = 0; c < DOSSIER_N_COLOURS; c++)
    {
      GtkWidget *row = adw_entry_row_new ();
      GtkWidget *swatch = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), dossier_colour_get_name (c));
      gtk_editable_set_text (GTK_EDITABLE (row), self->colour_labels != NULL && self->colour_labels[c] != NULL
                                                   ? self->colour_labels[c] : "");
      gtk_widget_add_css_class (swatch, "colour-swatch");
      gtk_widget_add_css_class (swatch, dossier_colour_to_string (c));
      gtk_widget_set_valign (swatch, GTK_ALIGN_CENTER);
      adw_entry_row_add_prefix (ADW_ENTRY_ROW (row), swatch);
      labels->rows[c] = row;
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Colour Meanings"),
                                   _("What each highlight colour stands for in this dossier. The names are "
                                     "shown in the highlight popover, the annotations list and the exports."));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "save", _("_Save"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_colour_labels_response), labels);
  gtk_window_present (GTK_WINDOW (dialog));
}
