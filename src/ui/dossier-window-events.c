/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* What the researcher corrects in the events: a title, a date (typed as
 * articles write dates), two events that are one, a report that is
 * another happening, an event that is none (hidden, and shown again), a
 * sentence that tells one the analysis missed.  Each is a correction kept
 * in the dossier file and named by the event's key
 * (dossier_event_get_key ()), applied by analysing the dossier again, with
 * its Undo; the window's actions (win.rename-event …) call here, with the
 * key as their target, from whichever view shows the event. */

#include "config.h"

#include "dossier-window.h"
#include "dossier-window-private.h"

#include <glib/gi18n.h>
#include <stdlib.h>
#include <string.h>

#include "dossier-event.h"
#include "dossier-event-corrections.h"

/* The event of the present analysis @key names, or NULL. */
static DossierEvent *
dup_event (DossierWindow *self,
           const char    *key)
{
  GListModel *events = dossier_corpus_get_events (self->corpus);

  for (guint i = 0; key != NULL && i < g_list_model_get_n_items (events); i++)
    {
      g_autoptr(DossierEvent) event = g_list_model_get_item (events, i);

      if (g_strcmp0 (dossier_event_get_key (event), key) == 0)
        return g_steal_pointer (&event);
    }
  return NULL;
}

static void
correct_event (DossierWindow         *self,
               DossierCorrectionKind  kind,
               const char            *key,
               const char            *value,
               const char            *done)
{
  g_autoptr(DossierCorrection) correction = dossier_correction_new (kind, key, value);

  _dossier_window_apply_correction (self, 0, correction, done, NULL);
}

/* Retitle. */

static void
rename_answered (DossierWindow *self,
                 const char    *answer,
                 const char    *key)
{
  g_autofree char *title = g_strstrip (g_strdup (answer));
  g_autofree char *done = NULL;

  if (*title == '\0')
    return;
  /* Translators: a toast; %s is the event's new title. */
  done = g_strdup_printf (_("Event renamed “%s”"), title);
  correct_event (self, DOSSIER_CORRECTION_EVENT_TITLE, key, title, done);
}

void
_dossier_window_rename_event (DossierWindow *self,
                              const char    *key)
{
  g_autoptr(DossierEvent) event = dup_event (self, key);

  if (event == NULL)
    return;
  _dossier_window_ask_text (self, _("Rename Event"), _("The title it has on the timeline, in the lists and in the exports."),
                            dossier_event_get_summary (event), _("_Rename"), rename_answered, key);
}

/* Re-date: what is typed is read as articles write dates, and said back
 * as the day (or month, or year) it is, as it is typed. */

typedef struct
{
  DossierWindow *self;
  char *key;
  GtkWidget *entry;
  GtkWidget *reading;
  AdwMessageDialog *dialog;
  DossierDate date;
} DateAsked;

static void
date_asked_free (DateAsked *asked)
{
  g_object_unref (asked->self);
  g_free (asked->key);
  g_free (asked);
}

static void
on_event_date_typed (DateAsked *asked)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (asked->entry));
  gboolean valid = dossier_parse_date (text, &asked->date);
  g_autofree char *reading = NULL;

  if (valid)
    {
      g_autofree char *shown = dossier_date_format_readable (&asked->date);

      reading = g_strdup_printf (_("Read as %s"), shown);
      gtk_widget_remove_css_class (asked->reading, "error");
    }
  else
    {
      g_autofree char *stripped = g_strstrip (g_strdup (text));

      reading = g_strdup (*stripped == '\0'
                          ? _("Write a day, a month or a year, as “24 October 2024”, “October 2024” or 2024")
                          : _("Not a date Dossier can read: write it as “24 October 2024”, “October 2024” or 2024"));
      gtk_widget_add_css_class (asked->reading, "error");
    }
  gtk_label_set_text (GTK_LABEL (asked->reading), reading);
  gtk_accessible_update_property (GTK_ACCESSIBLE (asked->entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, reading, -1);
  adw_message_dialog_set_response_enabled (asked->dialog, "set", valid);
}

static void
on_event_date_response (AdwMessageDialog *dialog,
                        const char       *response,
                        DateAsked        *asked)
{
  g_autofree char *iso = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *done = NULL;

  if (g_strcmp0 (response, "set") != 0 || !dossier_date_is_set (&asked->date))
    return;
  iso = dossier_date_to_iso (&asked->date);
  shown = dossier_date_format_readable (&asked->date);
  /* Translators: a toast; %s is a date as "24 October 2024". */
  done = g_strdup_printf (_("Event moved to %s"), shown);
  correct_event (asked->self, DOSSIER_CORRECTION_EVENT_DATE, asked->key, iso, done);
}

void
_dossier_window_redate_event (DossierWindow *self,
                              const char    *key)
{
  g_autoptr(DossierEvent) event = dup_event (self, key);
  g_autofree char *body = NULL;
  g_autofree char *when = NULL;
  GtkWidget *box, *dialog;
  DateAsked *asked;

  if (event == NULL)
    return;
  asked = g_new0 (DateAsked, 1);
  asked->self = g_object_ref (self);
  asked->key = g_strdup (key);
  when = dossier_date_format_readable (dossier_event_get_calendar_date (event));
  /* Translators: %s is the event's title, %s its date now. */
  body = g_strdup_printf (_("“%s” is dated %s. When did it happen?"), dossier_event_get_summary (event), when);
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Change the Event’s Date"), body);
  asked->dialog = ADW_MESSAGE_DIALOG (dialog);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  asked->entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (asked->entry), _("24 October 2024"));
  gtk_entry_set_activates_default (GTK_ENTRY (asked->entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (asked->entry), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Date of the event"), -1);
  gtk_box_append (GTK_BOX (box), asked->entry);
  asked->reading = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (asked->reading), 0);
  gtk_label_set_wrap (GTK_LABEL (asked->reading), TRUE);
  gtk_widget_add_css_class (asked->reading, "caption");
  gtk_box_append (GTK_BOX (box), asked->reading);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "set", _("_Set"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "set", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "set");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "dossier-date-asked", asked, (GDestroyNotify) date_asked_free);
  g_signal_connect_swapped (asked->entry, "changed", G_CALLBACK (on_event_date_typed), asked);
  g_signal_connect (dialog, "response", G_CALLBACK (on_event_date_response), asked);
  if (dossier_event_get_date (event) != NULL)
    gtk_editable_set_text (GTK_EDITABLE (asked->entry), dossier_event_get_date (event));
  on_event_date_typed (asked);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Merge: another event it is one happening with, the nearest in time
 * first. */

static void
merge_chosen (DossierWindow *self,
              const char    *into_key,
              const char    *key)
{
  g_autoptr(DossierEvent) into = dup_event (self, into_key);
  /* Translators: a toast; %s is the title of the event merged into. */
  g_autofree char *done = g_strdup_printf (_("Merged into “%s”"), into != NULL ? dossier_event_get_summary (into) : "");

  correct_event (self, DOSSIER_CORRECTION_EVENT_MERGE, key, into_key, done);
}

typedef struct
{
  DossierEvent *event;
  int distance;      /* days between the two dates' starts */
} Near;

static int
compare_near (gconstpointer a,
              gconstpointer b)
{
  const Near *na = a, *nb = b;

  if (na->distance != nb->distance)
    return na->distance < nb->distance ? -1 : 1;
  return (int) dossier_event_get_index (na->event) - (int) dossier_event_get_index (nb->event);
}

static int
first_day (DossierEvent *event)
{
  int first = 0, last = 0;

  if (dossier_date_is_set (dossier_event_get_calendar_date (event)))
    dossier_date_get_span (dossier_event_get_calendar_date (event), &first, &last);
  return first;
}

void
_dossier_window_merge_event (DossierWindow *self,
                             const char    *key)
{
  GListModel *events = dossier_corpus_get_events (self->corpus);
  g_autoptr(DossierEvent) event = dup_event (self, key);
  g_autoptr(GArray) near = g_array_new (FALSE, FALSE, sizeof (Near));
  g_autoptr(GPtrArray) choices = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_choice_free);
  g_autofree char *body = NULL;
  int day;

  if (event == NULL)
    return;
  day = first_day (event);
  for (guint i = 0; i < g_list_model_get_n_items (events); i++)
    {
      Near item = { g_list_model_get_item (events, i), 0 };

      if (dossier_event_get_index (item.event) == dossier_event_get_index (event) ||
          dossier_event_get_hidden (item.event))
        {
          g_object_unref (item.event);
          continue;
        }
      item.distance = abs (first_day (item.event) - day);
      g_array_append_val (near, item);
    }
  g_array_sort (near, compare_near);
  for (guint i = 0; i < near->len; i++)
    {
      DossierEvent *other = g_array_index (near, Near, i).event;
      g_autofree char *when = dossier_date_format_readable (dossier_event_get_calendar_date (other));
      guint n = dossier_event_get_n_sources (other);
      /* Translators: under an event in the merge dialog: its date and how
       * many sentences report it ("17 October 2024 · 3 reports"). */
      g_autofree char *subtitle = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u report", "%s · %u reports", n),
                                                   when, n);

      g_ptr_array_add (choices, dossier_choice_new (dossier_event_get_key (other), dossier_event_get_summary (other),
                                                    subtitle));
      g_object_unref (other);
    }
  body = g_strdup_printf (_("Every report of “%s” becomes a report of the event chosen."),
                          dossier_event_get_summary (event));
  _dossier_window_choose (self, _("Merge Into Another Event"), body, _("The event it is part of"), choices,
                          _("_Merge"), merge_chosen, key);
}

/* What a report says, as the split dialog lists it: its outlet (or
 * title) and its sentence. */
static DossierChoice *
source_choice (GPtrArray                *documents,
               const char               *key,
               guint                     index,
               const DossierEventSource *source)
{
  DossierDocument *document = g_ptr_array_index (documents, source->document);
  DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, source->paragraph);
  g_autofree char *name = dossier_document_dup_display_title (document, NULL);
  g_autofree char *sentence = g_strndup (paragraph->text + source->start, source->end - source->start);
  g_autofree char *target = g_strdup_printf ("%s|%u", key, index);

  return dossier_choice_new (target, document->outlet != NULL ? document->outlet : name, g_strstrip (sentence));
}

static void
split_chosen (DossierWindow *self,
              const char    *target,
              const char    *key)
{
  _dossier_window_split_event_source (self, target);
}

/* Split a source off.  @target is the event's key, and the report to
 * split off is chosen in a dialog; or "KEY|INDEX", the index of the
 * report in the event's sources (dossier_event_list_sources ()). */
void
_dossier_window_split_event_source (DossierWindow *self,
                                    const char    *target)
{
  const char *bar = target != NULL ? strrchr (target, '|') : NULL;
  g_autofree char *key = NULL;
  g_autoptr(DossierEvent) event = NULL;
  g_autoptr(GPtrArray) documents = NULL;
  const DossierEventRecord *record;
  g_autofree char *source_key = NULL;
  g_autofree char *done = NULL;
  DossierAnalysis *analysis;
  char *end = NULL;
  guint64 index = 0;

  if (target == NULL)
    return;
  key = bar != NULL ? g_strndup (target, bar - target) : g_strdup (target);
  event = dup_event (self, key);
  if (bar != NULL)
    {
      index = g_ascii_strtoull (bar + 1, &end, 10);
      if (end == bar + 1 || *end != '\0')
        return;
    }
  if (event == NULL)
    return;
  record = dossier_event_get_record (event);
  if (index >= record->sources->len)
    return;
  if (record->sources->len < 2)
    {
      _dossier_window_toast (self, _("The event has this report alone: there is nothing to split it from"));
      return;
    }
  analysis = dossier_event_get_analysis (event);
  documents = g_ptr_array_new ();
  for (guint d = 0; d < dossier_analysis_get_n_documents (analysis); d++)
    g_ptr_array_add (documents, dossier_analysis_get_document (analysis, d));

  /* Which report: asked, nothing chosen at first. */
  if (bar == NULL)
    {
      g_autoptr(GPtrArray) choices = g_ptr_array_new_with_free_func ((GDestroyNotify) dossier_choice_free);
      g_autofree char *body = NULL;

      for (guint i = 0; i < record->sources->len; i++)
        g_ptr_array_add (choices, source_choice (documents, key, i,
                                                 &g_array_index (record->sources, DossierEventSource, i)));
      /* Translators: %s is the event's title. */
      body = g_strdup_printf (_("The report chosen leaves “%s” and becomes an event of its own."),
                              dossier_event_get_summary (event));
      _dossier_window_choose (self, _("Split a Report Off"), body, _("The reports of the event"), choices,
                              _("_Split Off"), split_chosen, key);
      return;
    }

  source_key = dossier_event_source_dup_key (documents, &g_array_index (record->sources, DossierEventSource, index));
  {
    const DossierEventSource *source = &g_array_index (record->sources, DossierEventSource, index);
    DossierDocument *document = g_ptr_array_index (documents, source->document);
    g_autofree char *name = dossier_document_dup_display_title (document, NULL);

    /* Translators: a toast; %s is the outlet or the title of the article
     * whose report became an event of its own. */
    done = g_strdup_printf (_("The report of %s is an event of its own"),
                            document->outlet != NULL ? document->outlet : name);
  }
  correct_event (self, DOSSIER_CORRECTION_EVENT_SPLIT, key, source_key, done);
}

void
_dossier_window_hide_event (DossierWindow *self,
                            const char    *key,
                            gboolean       hidden)
{
  g_autoptr(DossierEvent) event = dup_event (self, key);
  g_autofree char *done = NULL;

  if (event == NULL || dossier_event_get_hidden (event) == hidden)
    return;
  /* Translators: toasts; %s is the event's title. */
  done = hidden ? g_strdup_printf (_("“%s” hidden"), dossier_event_get_summary (event))
                : g_strdup_printf (_("“%s” shown again"), dossier_event_get_summary (event));
  correct_event (self, DOSSIER_CORRECTION_EVENT_HIDDEN, key, hidden ? "true" : "false", done);
}

/* The sentence the selection in the reader starts in: an event of its
 * own. */
void
_dossier_window_new_event_from_selection (DossierWindow *self)
{
  DossierArticle *article = dossier_reader_get_article (self->reader);
  g_autofree char *key = NULL;
  gint64 start = 0, end = 0;
  int reported = -1;

  if (article == NULL || !dossier_reader_get_selection (self->reader, &start, &end))
    {
      _dossier_window_toast (self, _("Select words of the sentence that tells the event first"));
      return;
    }
  key = dossier_article_dup_sentence_key (article, start, &reported);
  if (key == NULL)
    {
      _dossier_window_toast (self, _("No event can be made there: select words of a sentence that names its date, "
                                     "or set the article’s publication date first"));
      return;
    }
  if (reported >= 0)
    {
      g_autoptr(DossierEvent) event = dossier_event_new (dossier_article_get_analysis (article), (guint) reported);
      /* Translators: a toast; %s is the title of an event. */
      g_autofree char *message = g_strdup_printf (_("The sentence already reports “%s”"), dossier_event_get_summary (event));

      _dossier_window_toast (self, message);
      return;
    }
  correct_event (self, DOSSIER_CORRECTION_EVENT_NEW, key, "", _("The sentence is an event of its own"));
}
