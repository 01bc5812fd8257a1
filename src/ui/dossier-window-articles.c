/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Corrections of articles: the publication date, the title and the
 * other details, the address an article came from, a text kept as it is
 * or an article removed from the dossier; each with its Undo. */

#include "config.h"

#include "dossier-window.h"
#include "dossier-window-private.h"

#include <glib/gi18n.h>

#include "dossier-page-address.h"
#include "dossier-ui-template.h"

/* The publication date asked for: what was typed, read as the analysis
 * reads dates in articles and shown as the day it is as it is typed; the
 * dates the article names, offered; Set only for a day. */
typedef struct
{
  DossierWindow *self;
  gint64 source_id;            /* the article, by its source in the dossier file… */
  int document;                /* …or its index outside one */
  GtkWidget *entry;
  GtkWidget *reading;          /* the day the entry says, or what is wrong */
  AdwMessageDialog *dialog;
  DossierDate day;
} DateQuestion;

static void
date_question_free (DateQuestion *question)
{
  g_object_unref (question->self);
  g_free (question);
}

static void
on_date_typed (DateQuestion *question)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (question->entry));
  gboolean valid = dossier_parse_day (text, &question->day);
  g_autofree char *reading = NULL;

  if (valid)
    {
      g_autoptr(GDateTime) time = g_date_time_new_local (question->day.year, question->day.month, question->day.day,
                                                         0, 0, 0);
      /* Translators: the day a typed date is read as, as
       * g_date_time_format () writes it: "Thursday, 24 October 2024". */
      g_autofree char *day = time != NULL ? g_date_time_format (time, C_("date format", "%A, %-d %B %Y")) : NULL;

      reading = g_strdup_printf (_("Read as %s"), day != NULL ? day : text);
      gtk_widget_remove_css_class (question->reading, "error");
    }
  else
    {
      g_autofree char *stripped = g_strstrip (g_strdup (text));

      reading = g_strdup (*stripped == '\0'
                          ? _("Write a day, as “24 October 2024” or 2024-10-24")
                          : _("Not a day Dossier can read: write it as “24 October 2024” or 2024-10-24"));
      gtk_widget_add_css_class (question->reading, "error");
    }
  gtk_label_set_text (GTK_LABEL (question->reading), reading);
  gtk_accessible_update_property (GTK_ACCESSIBLE (question->entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, reading, -1);
  /* The dialog stays open until the answer is a day. */
  adw_message_dialog_set_response_enabled (question->dialog, "set", valid);
}

static void
on_named_day_clicked (GtkButton    *button,
                      DateQuestion *question)
{
  gtk_editable_set_text (GTK_EDITABLE (question->entry), g_object_get_data (G_OBJECT (button), "iso"));
  gtk_widget_grab_focus (question->entry);
}

static void
on_date_response (AdwMessageDialog *dialog,
                  const char       *response,
                  DateQuestion     *question)
{
  DossierWindow *self = question->self;
  int document;
  g_autoptr(DossierArticle) article = NULL;
  g_autoptr(DossierCorrection) correction = NULL;
  g_autofree char *iso = NULL;
  g_autofree char *shown = NULL;
  g_autofree char *done = NULL;

  if (g_strcmp0 (response, "set") != 0 || !dossier_date_is_set (&question->day))
    return;
  document = question->source_id != 0 ? dossier_corpus_find_source (self->corpus, question->source_id)
                                       : question->document;
  if (document >= 0 && (guint) document < g_list_model_get_n_items (G_LIST_MODEL (self->corpus)))
    article = g_list_model_get_item (G_LIST_MODEL (self->corpus), document);
  if (article != NULL)
    {
      iso = dossier_date_to_iso (&question->day);
      shown = dossier_date_format_readable (&question->day);
      correction = dossier_correction_new (DOSSIER_CORRECTION_PUBLISHED, NULL, iso);
      done = g_strdup_printf (_("Publication date set to %s; its dates are resolved again"), shown);
      _dossier_window_apply_correction (self, dossier_article_get_source_id (article), correction, done, NULL);
    }
}

/* The publication date of the article read, as the researcher knows it. */
void
_dossier_window_set_published (DossierWindow *self)
{
  DossierArticle *article = dossier_reader_get_article (self->reader);
  DateQuestion *question;
  GtkWidget *box, *dialog;
  g_autoptr(GArray) days = NULL;

  if (article == NULL)
    return;
  question = g_new0 (DateQuestion, 1);
  question->self = g_object_ref (self);
  question->source_id = dossier_article_get_source_id (article);
  question->document = (int) dossier_article_get_index (article);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Set Publication Date"),
                                   _("“On Wednesday” and other relative dates in the article are counted from it."));
  question->dialog = ADW_MESSAGE_DIALOG (dialog);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);

  question->entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (question->entry), _("24 October 2024"));
  gtk_entry_set_activates_default (GTK_ENTRY (question->entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (question->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Publication date"), -1);
  gtk_box_append (GTK_BOX (box), question->entry);
  question->reading = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (question->reading), 0);
  gtk_label_set_wrap (GTK_LABEL (question->reading), TRUE);
  gtk_widget_add_css_class (question->reading, "caption");
  gtk_box_append (GTK_BOX (box), question->reading);

  /* The days the article names: a publication date is often one of them. */
  days = dossier_article_list_named_days (article);
  if (days->len > 0)
    {
      GtkWidget *heading = gtk_label_new (_("Days the article names"));
      GtkWidget *flow = gtk_flow_box_new ();

      gtk_label_set_xalign (GTK_LABEL (heading), 0);
      gtk_widget_add_css_class (heading, "heading");
      gtk_widget_set_margin_top (heading, 6);
      gtk_box_append (GTK_BOX (box), heading);
      gtk_flow_box_set_selection_mode (GTK_FLOW_BOX (flow), GTK_SELECTION_NONE);
      gtk_flow_box_set_max_children_per_line (GTK_FLOW_BOX (flow), 3);
      gtk_flow_box_set_column_spacing (GTK_FLOW_BOX (flow), 6);
      gtk_flow_box_set_row_spacing (GTK_FLOW_BOX (flow), 6);
      gtk_accessible_update_property (GTK_ACCESSIBLE (flow), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Days the article names"), -1);
      for (guint d = 0; d < days->len && d < 9; d++)
        {
          const DossierDate *day = &g_array_index (days, DossierDate, d);
          g_autofree char *label = dossier_date_format_readable (day);
          GtkWidget *button = gtk_button_new_with_label (label);

          g_object_set_data_full (G_OBJECT (button), "iso", dossier_date_to_iso (day), g_free);
          g_signal_connect (button, "clicked", G_CALLBACK (on_named_day_clicked), question);
          gtk_flow_box_append (GTK_FLOW_BOX (flow), button);
          gtk_widget_set_focusable (gtk_widget_get_parent (button), FALSE);
        }
      gtk_box_append (GTK_BOX (box), flow);
      dossier_widget_name_buttons_once (flow);
    }

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "set", _("_Set"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "set", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "set");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  /* The question lives as long as the dialog whose widgets call on it. */
  g_object_set_data_full (G_OBJECT (dialog), "dossier-question", question, (GDestroyNotify) date_question_free);
  g_signal_connect_swapped (question->entry, "changed", G_CALLBACK (on_date_typed), question);
  g_signal_connect (dialog, "response", G_CALLBACK (on_date_response), question);
  if (dossier_article_get_published (article) != NULL)
    gtk_editable_set_text (GTK_EDITABLE (question->entry), dossier_article_get_published (article));
  on_date_typed (question);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* The article kept as @source (0: the article read), or NULL. */
static DossierArticle *
dup_article (DossierWindow *self,
             gint64         source)
{
  int document;

  if (source == 0)
    {
      DossierArticle *article = dossier_reader_get_article (self->reader);
      return article != NULL ? g_object_ref (article) : NULL;
    }
  document = dossier_corpus_find_source (self->corpus, source);
  if (document < 0 || (guint) document >= g_list_model_get_n_items (G_LIST_MODEL (self->corpus)))
    return NULL;
  return g_list_model_get_item (G_LIST_MODEL (self->corpus), document);
}

/* One of an article's details as the researcher knows it: "title",
 * "outlet", "author" or "published" (a day, as articles write it). */
void
_dossier_window_edit_article (DossierWindow *self,
                              gint64         source,
                              const char    *field,
                              const char    *value)
{
  g_autoptr(DossierArticle) article = dup_article (self, source);
  g_autoptr(DossierCorrection) correction = NULL;
  g_autofree char *text = g_strstrip (g_strdup (value != NULL ? value : ""));
  g_autofree char *done = NULL;
  const char *before = NULL;
  DossierCorrectionKind kind;

  if (article == NULL || dossier_article_get_source_id (article) == 0)
    return;
  if (g_str_equal (field, "title"))
    {
      kind = DOSSIER_CORRECTION_TITLE;
      before = dossier_article_get_title (article);
      done = *text != '\0' ? g_strdup_printf (_("Title set to “%s”"), text) : g_strdup (_("Title removed"));
    }
  else if (g_str_equal (field, "outlet"))
    {
      kind = DOSSIER_CORRECTION_OUTLET;
      before = dossier_article_get_outlet (article);
      done = *text != '\0' ? g_strdup_printf (_("Outlet set to %s"), text) : g_strdup (_("Outlet removed"));
    }
  else if (g_str_equal (field, "author"))
    {
      kind = DOSSIER_CORRECTION_AUTHOR;
      before = dossier_article_get_author (article);
      done = *text != '\0' ? g_strdup_printf (_("Author set to %s"), text) : g_strdup (_("Author removed"));
    }
  else if (g_str_equal (field, "published"))
    {
      DossierDate day;
      g_autofree char *shown = NULL;

      if (!dossier_parse_day (text, &day))
        {
          _dossier_window_toast (self, _("Not a day Dossier can read: write it as “24 October 2024” or 2024-10-24"));
          return;
        }
      g_free (text);
      text = dossier_date_to_iso (&day);
      kind = DOSSIER_CORRECTION_PUBLISHED;
      before = dossier_article_get_published (article);
      shown = dossier_date_format_readable (&day);
      done = g_strdup_printf (_("Publication date set to %s; its dates are resolved again"), shown);
    }
  else
    return;
  /* Nothing changed: nothing to keep. */
  if (g_strcmp0 (before != NULL ? before : "", text) == 0)
    return;
  correction = dossier_correction_new (kind, NULL, text);
  _dossier_window_apply_correction (self, dossier_article_get_source_id (article), correction, done, NULL);
}

/* Where an article came from, as the researcher knows it: an address
 * typed, read as it is typed, kept in the dossier file, the article read
 * again with it (its site may name the outlet, a day in it date the
 * article); undone from its toast. */
typedef struct
{
  DossierWindow *self;
  gint64 source_id;
  GtkWidget *entry;
  GtkWidget *reading;
  AdwMessageDialog *dialog;
  char *address;               /* what the entry says, as it is kept, or NULL */
} AddressQuestion;

static void
address_question_free (AddressQuestion *question)
{
  g_object_unref (question->self);
  g_free (question->address);
  g_free (question);
}

static void
on_address_typed (AddressQuestion *question)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (question->entry));
  g_autofree char *stripped = g_strstrip (g_strdup (text));
  g_autofree char *reading = NULL;

  g_free (question->address);
  question->address = dossier_page_address_parse_typed (text);
  if (question->address != NULL)
    {
      reading = g_strdup_printf (_("Kept as %s"), question->address);
      gtk_widget_remove_css_class (question->reading, "error");
    }
  else
    {
      reading = g_strdup (*stripped == '\0'
                          ? _("Write the page’s address, as https://www.example.com/news/story, or its site, "
                              "as example.com")
                          : _("Not an address Dossier can keep: write it with http:// or https://, or a site’s "
                              "name as example.com"));
      gtk_widget_add_css_class (question->reading, "error");
    }
  gtk_label_set_text (GTK_LABEL (question->reading), reading);
  gtk_accessible_update_property (GTK_ACCESSIBLE (question->entry), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, reading, -1);
  adw_message_dialog_set_response_enabled (question->dialog, "set", question->address != NULL);
}

/* Kept, the article read again with it, and Undo offered with what was
 * there before. */
static void
change_address (DossierWindow *self,
                gint64         source,
                const char    *address,
                gboolean       undoing)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *previous = NULL;

  if (!dossier_corpus_set_source_address (self->corpus, source, address, &previous, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not keep the address: %s"), error->message);
      _dossier_window_toast (self, message);
      return;
    }
  _dossier_window_reanalyse (self, NULL);
  if (undoing)
    return;
  {
    /* Translators: the address an article was given, in a toast. */
    g_autofree char *done = g_strdup_printf (_("Address set to %s; the article is read again with it"), address);

    _dossier_window_toast_with_action (self, done, _("_Undo"), "win.undo-address",
                                       g_variant_new ("(xs)", source, previous != NULL ? previous : ""));
  }
}

static void
on_address_response (AdwMessageDialog *dialog,
                     const char       *response,
                     AddressQuestion  *question)
{
  if (g_strcmp0 (response, "set") == 0 && question->address != NULL)
    change_address (question->self, question->source_id, question->address, FALSE);
}

/* The address of the article read, as the researcher knows it. */
void
_dossier_window_set_address (DossierWindow *self)
{
  DossierArticle *article = dossier_reader_get_article (self->reader);
  AddressQuestion *question;
  GtkWidget *box, *dialog;

  if (article == NULL)
    return;
  if (dossier_article_get_source_id (article) == 0)
    {
      _dossier_window_toast (self, _("An address can be kept only with an article of a dossier file"));
      return;
    }
  question = g_new0 (AddressQuestion, 1);
  question->self = g_object_ref (self);
  question->source_id = dossier_article_get_source_id (article);

  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Set Address"),
                                   _("Where the article was on the web. Its site names the outlet when the page "
                                     "does not, and a day in it dates an article that states none."));
  question->dialog = ADW_MESSAGE_DIALOG (dialog);
  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  question->entry = gtk_entry_new ();
  gtk_entry_set_placeholder_text (GTK_ENTRY (question->entry), _("https://www.example.com/news/story"));
  gtk_entry_set_input_purpose (GTK_ENTRY (question->entry), GTK_INPUT_PURPOSE_URL);
  gtk_entry_set_activates_default (GTK_ENTRY (question->entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (question->entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Address"), -1);
  gtk_box_append (GTK_BOX (box), question->entry);
  question->reading = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (question->reading), 0);
  gtk_label_set_wrap (GTK_LABEL (question->reading), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (question->reading), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (question->reading, "caption");
  gtk_box_append (GTK_BOX (box), question->reading);

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), box);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "set", _("_Set"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "set", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "set");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_object_set_data_full (G_OBJECT (dialog), "dossier-question", question, (GDestroyNotify) address_question_free);
  g_signal_connect_swapped (question->entry, "changed", G_CALLBACK (on_address_typed), question);
  g_signal_connect (dialog, "response", G_CALLBACK (on_address_response), question);
  if (dossier_article_get_address (article) != NULL)
    gtk_editable_set_text (GTK_EDITABLE (question->entry), dossier_article_get_address (article));
  on_address_typed (question);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_dossier_window_undo_address (DossierWindow *self,
                              gint64         source,
                              const char    *address)
{
  change_address (self, source, address != NULL && *address != '\0' ? address : NULL, TRUE);
}

/* A text the cleaner told no article apart in: kept as it is, and the
 * reader's notice goes. */
void
_dossier_window_keep_uncleaned (DossierWindow *self,
                                gint64         source)
{
  g_autoptr(GError) error = NULL;

  if (!dossier_corpus_keep_uncleaned (self->corpus, source, TRUE, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not keep the article: %s"), error->message);
      _dossier_window_toast (self, message);
    }
}

/* An article out of the dossier, with its highlights and corrections;
 * Undo puts them back.  @source 0 is the article read. */
void
_dossier_window_remove_article (DossierWindow *self,
                                gint64         source)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *done = NULL;
  DossierArticle *article = NULL;
  int document;

  if (source == 0 && dossier_reader_get_article (self->reader) != NULL)
    source = dossier_article_get_source_id (dossier_reader_get_article (self->reader));
  document = source != 0 ? dossier_corpus_find_source (self->corpus, source) : -1;
  if (document < 0)
    {
      _dossier_window_toast (self, _("Only an article of a dossier file can be removed"));
      return;
    }
  article = g_list_model_get_item (G_LIST_MODEL (self->corpus), (guint) document);
  /* Translators: a toast, with the article's title. */
  done = g_strdup_printf (_("“%s” removed"), dossier_article_get_display_title (article));
  g_object_unref (article);
  if (!dossier_corpus_remove_source (self->corpus, source, &error))
    {
      g_autofree char *message = g_strdup_printf (_("Could not remove the article: %s"), error->message);
      _dossier_window_toast (self, message);
      return;
    }
  _dossier_window_reanalyse (self, NULL);
  _dossier_window_toast_with_action (self, done, _("_Undo"), "win.undo-remove-article", g_variant_new_int64 (source));
}

void
_dossier_window_undo_remove_article (DossierWindow *self,
                                     gint64         source)
{
  g_autoptr(GError) error = NULL;

  if (!dossier_corpus_restore_source (self->corpus, source, NULL, &error))
    {
      _dossier_window_toast (self, error->message);
      return;
    }
  _dossier_window_reanalyse (self, NULL);
}

