/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* What the researcher changes in the window's dossier, each kept at once
 * in the dossier file and each with its Undo: highlights and notes; the
 * corrections (rename an entity, change its type, merge it into another,
 * split an alias off, set an article's publication date), applied by
 * analysing the dossier again; an article's address; an article kept as
 * it is or removed; and what each highlight colour means. */

#include "config.h"

#include "dossier-window.h"
#include "dossier-window-private.h"

#include <glib/gi18n.h>

#include "dossier-entity.h"
#include "dossier-page-address.h"
#include "dossier-ui-template.h"

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
static void
reanalyse (DossierWindow *self,
           const char    *then_show_entity)
{
  DossierLoad *load = _dossier_window_begin_load (self, DOSSIER_LOAD_SAME_DOSSIER);

  load->then_show_entity = g_strdup (then_show_entity);
  _dossier_window_set_busy (self, TRUE);
  g_set_object (&self->importing, self->corpus);
  dossier_corpus_reanalyse_async (self->corpus, self->cancellable, _dossier_window_loaded, load);
}

static void
apply_correction (DossierWindow           *self,
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
  reanalyse (self, then_show_entity);
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
  reanalyse (self, NULL);
}

/* The entity corrections name by @key, or NULL. */
static DossierEntity *
dup_entity (DossierWindow *self,
            const char    *key)
{
  return dossier_corpus_dup_entity (self->corpus, key);
}

typedef void (*TextAnswer) (DossierWindow *self,
                            const char    *answer,
                            const char    *data);

/* A question's answer goes to @answer, with @data. */
typedef struct
{
  DossierWindow *self;
  GtkWidget *entry;
  TextAnswer answer;
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
static void
ask_text (DossierWindow *self,
          const char    *heading,
          const char    *body,
          const char    *initial,
          const char    *apply_label,
          TextAnswer     answer,
          const char    *data)
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

static void
rename_answered (DossierWindow *self,
                 const char    *answer,
                 const char    *key)
{
  g_autoptr(DossierCorrection) correction = NULL;
  g_autofree char *name = g_strstrip (g_strdup (answer));
  g_autofree char *done = NULL;

  if (*name == '\0')
    return;
  correction = dossier_correction_new (DOSSIER_CORRECTION_RENAME, key, name);
  done = g_strdup_printf (_("Renamed to %s"), name);
  apply_correction (self, 0, correction, done, NULL);
}

void
_dossier_window_rename_entity (DossierWindow *self,
                               const char    *key)
{
  g_autoptr(DossierEntity) entity = dup_entity (self, key);

  if (entity == NULL)
    return;
  ask_text (self, _("Rename Entity"), _("The name shown for it everywhere in this dossier."),
            dossier_entity_get_name (entity), _("_Rename"), rename_answered, dossier_entity_get_key (entity));
}

void
_dossier_window_retype_entity (DossierWindow *self,
                               const char    *key,
                               const char    *type)
{
  g_autoptr(DossierEntity) entity = dup_entity (self, key);
  g_autoptr(DossierCorrection) correction = NULL;
  g_autofree char *done = NULL;

  if (entity == NULL)
    return;
  correction = dossier_correction_new (DOSSIER_CORRECTION_RETYPE, key, type);
  done = g_strdup_printf (_("%s is now a %s"), dossier_entity_get_name (entity),
                          g_str_equal (type, "person") ? _("person")
                          : g_str_equal (type, "organization") ? _("organisation") : _("place"));
  apply_correction (self, 0, correction, done, NULL);
}

void
_dossier_window_split_entity (DossierWindow *self,
                              const char    *key,
                              const char    *alias)
{
  g_autoptr(DossierCorrection) correction = dossier_correction_new (DOSSIER_CORRECTION_SPLIT, key, alias);
  g_autofree char *done = g_strdup_printf (_("“%s” is now an entity of its own"), alias);

  apply_correction (self, 0, correction, done, NULL);
}

/* The merge dialog's choice: the keys of the entities it lists, in its
 * order. */
typedef struct
{
  DossierWindow *self;
  char *key;
  GtkWidget *choice;
  GPtrArray *keys;
} Merge;

static void
on_merge_response (AdwMessageDialog *dialog,
                   const char       *response,
                   Merge            *merge)
{
  guint chosen = gtk_drop_down_get_selected (GTK_DROP_DOWN (merge->choice));

  if (g_strcmp0 (response, "merge") == 0 && chosen < merge->keys->len)
    {
      const char *into_key = g_ptr_array_index (merge->keys, chosen);
      g_autoptr(DossierEntity) into = dup_entity (merge->self, into_key);
      g_autoptr(DossierCorrection) correction = dossier_correction_new (DOSSIER_CORRECTION_MERGE, merge->key,
                                                                         into_key);
      g_autofree char *done = g_strdup_printf (_("Merged into %s"), into != NULL ? dossier_entity_get_name (into) : "");
      apply_correction (merge->self, 0, correction, done, into_key);
    }
  g_object_unref (merge->self);
  g_free (merge->key);
  g_ptr_array_unref (merge->keys);
  g_free (merge);
}

void
_dossier_window_merge_entity (DossierWindow *self,
                              const char    *key)
{
  GListModel *entities = dossier_corpus_get_entities (self->corpus);
  g_autoptr(DossierEntity) entity = dup_entity (self, key);
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autofree char *body = NULL;
  GtkWidget *dialog;
  Merge *merge;

  if (entity == NULL)
    return;
  merge = g_new0 (Merge, 1);
  merge->self = g_object_ref (self);
  merge->key = g_strdup (dossier_entity_get_key (entity));
  merge->keys = g_ptr_array_new_with_free_func (g_free);
  /* Those of the same type first, then the others. */
  for (int pass = 0; pass < 2; pass++)
    for (guint e = 0; e < g_list_model_get_n_items (entities); e++)
      {
        g_autoptr(DossierEntity) other = g_list_model_get_item (entities, e);

        if (dossier_entity_get_index (other) == dossier_entity_get_index (entity) ||
            (dossier_entity_get_entity_type (other) == dossier_entity_get_entity_type (entity)) != (pass == 0))
          continue;
        gtk_string_list_append (names, dossier_entity_get_name (other));
        g_ptr_array_add (merge->keys, g_strdup (dossier_entity_get_key (other)));
      }
  merge->choice = gtk_drop_down_new (G_LIST_MODEL (g_object_ref (names)), NULL);
  gtk_drop_down_set_enable_search (GTK_DROP_DOWN (merge->choice), TRUE);
  gtk_drop_down_set_expression (GTK_DROP_DOWN (merge->choice),
                                gtk_property_expression_new (GTK_TYPE_STRING_OBJECT, NULL, "string"));
  gtk_accessible_update_property (GTK_ACCESSIBLE (merge->choice), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("The entity it is part of"), -1);
  body = g_strdup_printf (_("Every mention of %s becomes a mention of the entity chosen."),
                          dossier_entity_get_name (entity));
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Merge Into Another Entity"), body);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), merge->choice);
  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"), "merge", _("_Merge"), NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "merge", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect (dialog, "response", G_CALLBACK (on_merge_response), merge);
  gtk_window_present (GTK_WINDOW (dialog));
}

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
      apply_correction (self, dossier_article_get_source_id (article), correction, done, NULL);
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
  reanalyse (self, NULL);
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
  reanalyse (self, NULL);
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
  reanalyse (self, NULL);
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
