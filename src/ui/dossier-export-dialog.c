/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The export dialog: a modal window where the researcher picks a format
 * (PDF report, CSV tables, JSON), which articles go in (the one open, the
 * sidebar's list, the whole dossier) and what the export holds, then a
 * place to write it.  The choices become an immutable
 * DossierExportOptions; dossier_export_write () runs on a worker thread
 * with a reference to the analysis and copies of the annotations, so the
 * dialog can show its progress and cancel it.  A cancelled or failed
 * export leaves what was at the path as it was (the writers replace files
 * atomically); the dialog then stays open and says what happened. */

#include "config.h"

#include "dossier-export-dialog.h"

#include <glib/gi18n.h>
#include <string.h>

#include "dossier-article.h"
#include "dossier-export.h"

typedef enum
{
  SCOPE_CURRENT,
  SCOPE_LIST,
  SCOPE_ALL,
  N_SCOPES
} Scope;

/* The Tables row: all of them in a folder, or one of them in a file. */
static const struct
{
  DossierCsvTables table;
  const char *label;
  const char *file;
} csv_tables[] = {
  { DOSSIER_CSV_ALL, N_("All tables"), NULL },
  { DOSSIER_CSV_ARTICLES, N_("Articles"), "articles" },
  { DOSSIER_CSV_ENTITIES, N_("Entities"), "entities" },
  { DOSSIER_CSV_MENTIONS, N_("Mentions"), "mentions" },
  { DOSSIER_CSV_EVENTS, N_("Events"), "events" },
  { DOSSIER_CSV_ANNOTATIONS, N_("Annotations"), "annotations" },
};

static const struct
{
  DossierExportContents flag;
  const char *title;
  const char *subtitle;
} contents[] = {
  { DOSSIER_EXPORT_TEXT, N_("Article text"), N_("Each article in full") },
  { DOSSIER_EXPORT_HIGHLIGHTS, N_("Entity highlights"), N_("People, organisations, places and dates marked in the text") },
  { DOSSIER_EXPORT_ANNOTATIONS, N_("Annotations and notes"), N_("Your highlights with their notes and tags") },
  { DOSSIER_EXPORT_ENTITIES, N_("Entity index"), N_("Who and what is named, and where") },
  { DOSSIER_EXPORT_TIMELINE, N_("Timeline"), N_("The timeline of events as a figure") },
  { DOSSIER_EXPORT_EVENTS, N_("Events with sources"), N_("Each dated event with the sentences reporting it") },
};

#define N_CONTENTS G_N_ELEMENTS (contents)

/* What a worker thread needs; the dialog reads the progress. */
typedef struct
{
  DossierAnalysis *analysis;
  DossierExportOptions *options;
  char *path;
  int progress;  /* thousandths, atomic */
} ExportJob;

struct _DossierExportDialog
{
  AdwWindow parent_instance;

  DossierCorpus *corpus;
  int current;
  GArray *selected;  /* ascending, without duplicates */

  GCancellable *cancellable;  /* of the export under way, or NULL */
  ExportJob *job;
  guint progress_id;
  gboolean disposed;
  GtkNativeDialog *chooser;

  GtkWidget *page;
  GtkWidget *format_row;
  GtkWidget *tables_row;
  GtkWidget *scope_rows[N_SCOPES];
  GtkWidget *scope_checks[N_SCOPES];
  GtkWidget *contents_group;
  GtkWidget *contents_rows[N_CONTENTS];
  GtkWidget *contents_switches[N_CONTENTS];
  GtkWidget *status_bar;
  GtkWidget *status_icon;
  GtkWidget *status_label;
  GtkWidget *detail_label;
  GtkWidget *progress_bar;
};

enum
{
  PROP_0,
  PROP_CORPUS,
  PROP_CURRENT,
  PROP_SELECTED,
  N_PROPS
};

enum
{
  EXPORTED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (DossierExportDialog, dossier_export_dialog, ADW_TYPE_WINDOW)

static void
export_job_free (gpointer data)
{
  ExportJob *job = data;

  g_clear_pointer (&job->analysis, dossier_analysis_unref);
  g_clear_pointer (&job->options, dossier_export_options_free);
  g_free (job->path);
  g_free (job);
}

/* The dossier's name: its file's, or the application's for an unsaved
 * one. */
static char *
dup_dossier_name (DossierExportDialog *self)
{
  DossierStore *store = dossier_corpus_get_store (self->corpus);
  char *name = store != NULL ? dossier_store_dup_name (store) : NULL;

  if (name == NULL || *name == '\0')
    {
      g_free (name);
      name = g_strdup ("Dossier");
    }
  return name;
}

static DossierExportFormat
get_format (DossierExportDialog *self)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->format_row));

  return selected <= DOSSIER_EXPORT_JSON ? (DossierExportFormat) selected : DOSSIER_EXPORT_PDF;
}

static DossierCsvTables
get_tables (DossierExportDialog *self)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->tables_row));

  return selected < G_N_ELEMENTS (csv_tables) ? csv_tables[selected].table : DOSSIER_CSV_ALL;
}

static Scope
get_scope (DossierExportDialog *self)
{
  for (guint s = 0; s < N_SCOPES; s++)
    if (gtk_check_button_get_active (GTK_CHECK_BUTTON (self->scope_checks[s])))
      return s;
  return SCOPE_ALL;
}

static char *
article_title (DossierExportDialog *self,
               int                  index)
{
  GListModel *articles = G_LIST_MODEL (self->corpus);

  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(DossierArticle) article = g_list_model_get_item (articles, i);

      if ((int) dossier_article_get_index (article) != index)
        continue;
      if (dossier_article_get_title (article) != NULL && *dossier_article_get_title (article) != '\0')
        return g_strdup (dossier_article_get_title (article));
      if (dossier_article_get_source (article) != NULL)
        return g_path_get_basename (dossier_article_get_source (article));
      break;
    }
  return g_strdup (_("Untitled article"));
}

static char *
count_articles (guint n)
{
  return g_strdup_printf (ngettext ("%u article", "%u articles", n), n);
}

/* Each format reads some of the contents switches: the PDF all of them
 * (highlights only with the text they are in); JSON always holds the text,
 * the entities and the events, and leaves out only the annotations; CSV
 * has its tables instead. */
static void
update_format (DossierExportDialog *self)
{
  static const char *subtitles[] = {
    N_("A report to read, print and share"),
    N_("Tables for spreadsheets and statistics"),
    N_("Everything as data, annotations as W3C Web Annotations"),
  };
  DossierExportFormat format = get_format (self);
  gboolean with_text = gtk_switch_get_active (GTK_SWITCH (self->contents_switches[0]));

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->format_row), _(subtitles[format]));
  gtk_widget_set_visible (self->tables_row, format == DOSSIER_EXPORT_CSV);
  gtk_widget_set_visible (self->contents_group, format != DOSSIER_EXPORT_CSV);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->contents_group),
                                         format == DOSSIER_EXPORT_JSON
                                           ? _("JSON always holds the text, entities and events")
                                           : NULL);
  for (guint c = 0; c < N_CONTENTS; c++)
    {
      gboolean relevant;

      if (format == DOSSIER_EXPORT_PDF)
        relevant = contents[c].flag != DOSSIER_EXPORT_HIGHLIGHTS || with_text;
      else
        relevant = contents[c].flag == DOSSIER_EXPORT_ANNOTATIONS;
      gtk_widget_set_sensitive (self->contents_rows[c], relevant);
    }
}

static void
update_tables (DossierExportDialog *self)
{
  adw_action_row_set_subtitle (ADW_ACTION_ROW (self->tables_row),
                               get_tables (self) == DOSSIER_CSV_ALL ? _("A folder of CSV files, one per table")
                                                                    : _("One CSV file"));
}

static gboolean
update_progress (gpointer user_data)
{
  DossierExportDialog *self = user_data;

  if (self->job != NULL)
    gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress_bar),
                                   g_atomic_int_get (&self->job->progress) / 1000.0);
  return G_SOURCE_CONTINUE;
}

/* The bar below the choices: what is being written, or what went wrong
 * (@detail, the error's own words, on a line of its own). */
static void
show_status (DossierExportDialog *self,
             const char          *message,
             const char          *detail,
             gboolean             error)
{
  gtk_label_set_text (GTK_LABEL (self->status_label), message);
  gtk_label_set_text (GTK_LABEL (self->detail_label), detail);
  gtk_widget_set_visible (self->detail_label, detail != NULL);
  gtk_widget_set_visible (self->status_icon, error);
  if (error)
    gtk_widget_add_css_class (self->status_label, "error");
  else
    gtk_widget_remove_css_class (self->status_label, "error");
  gtk_widget_set_visible (self->status_bar, TRUE);
}

static void
set_busy (DossierExportDialog *self,
          gboolean             busy)
{
  gtk_widget_set_sensitive (self->page, !busy);
  gtk_widget_set_visible (self->progress_bar, busy);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "export.choose", !busy);
  if (busy && self->progress_id == 0)
    self->progress_id = g_timeout_add (50, update_progress, self);
  else if (!busy)
    g_clear_handle_id (&self->progress_id, g_source_remove);
}

/* Runs on a worker thread. */
static void
on_export_progress (double   fraction,
                    gpointer user_data)
{
  ExportJob *job = user_data;

  g_atomic_int_set (&job->progress, (int) (CLAMP (fraction, 0, 1) * 1000));
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportJob *job = task_data;
  GError *error = NULL;

  if (dossier_export_write (job->analysis, job->options, job->path, on_export_progress, job, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_export_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  DossierExportDialog *self = DOSSIER_EXPORT_DIALOG (source);
  ExportJob *job = g_task_get_task_data (G_TASK (result));
  g_autofree char *path = g_strdup (job->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean cancelled;
  gboolean ok = g_task_propagate_boolean (G_TASK (result), &error);

  self->job = NULL;
  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  /* Closed while it ran: nobody is left to tell. */
  if (self->disposed)
    return;

  set_busy (self, FALSE);
  if (ok)
    {
      g_object_ref (self);
      g_signal_emit (self, signals[EXPORTED], 0, path);
      gtk_window_destroy (GTK_WINDOW (self));
      g_object_unref (self);
      return;
    }

  cancelled = g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  if (cancelled)
    message = g_strdup_printf (_("Export cancelled: %s is unchanged"), path);
  else
    message = g_strdup_printf (_("Could not export to %s"), path);
  show_status (self, message, cancelled ? NULL : error->message, !cancelled);
}

static void
start_export (DossierExportDialog *self,
              const char          *path)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *message = NULL;
  ExportJob *job;

  g_assert (self->job == NULL);

  job = g_new0 (ExportJob, 1);
  job->analysis = dossier_analysis_ref (dossier_corpus_get_analysis (self->corpus));
  job->options = dossier_export_dialog_get_options (self);
  job->path = g_strdup (path);

  self->cancellable = g_cancellable_new ();
  self->job = job;
  task = g_task_new (self, self->cancellable, on_export_done, NULL);
  g_task_set_source_tag (task, start_export);
  g_task_set_task_data (task, job, export_job_free);

  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress_bar), 0);
  /* Translators: shown while an export runs; %s is a file or folder name. */
  message = g_strdup_printf (_("Exporting to %s…"), basename);
  show_status (self, message, NULL, FALSE);
  set_busy (self, TRUE);
  g_task_run_in_thread (task, export_thread);
}

/* The name the chooser suggests: "Name.pdf", "Name-csv" (a folder),
 * "Name-mentions.csv" (one table), "Name.json". */
static char *
suggested_name (DossierExportDialog *self)
{
  g_autofree char *name = dup_dossier_name (self);
  DossierExportFormat format = get_format (self);
  guint table = adw_combo_row_get_selected (ADW_COMBO_ROW (self->tables_row));

  if (format == DOSSIER_EXPORT_CSV && table > 0 && table < G_N_ELEMENTS (csv_tables))
    return g_strdup_printf ("%s-%s.csv", name, csv_tables[table].file);
  return dossier_export_default_name (format, name);
}

/* A file name typed without an extension gets the format's; one CSV table
 * must end in ".csv", or the writer takes the path for a folder. */
static char *
complete_path (DossierExportDialog *self,
               const char          *path)
{
  static const char *extensions[] = { ".pdf", ".csv", ".json" };
  DossierExportFormat format = get_format (self);
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *lower = g_utf8_strdown (basename, -1);

  if (format == DOSSIER_EXPORT_CSV && get_tables (self) == DOSSIER_CSV_ALL)
    return g_strdup (path);
  if (g_str_has_suffix (lower, extensions[format]))
    return g_strdup (path);
  if (format == DOSSIER_EXPORT_CSV || strchr (basename, '.') == NULL)
    return g_strconcat (path, extensions[format], NULL);
  return g_strdup (path);
}

static void
on_chooser_response (GtkNativeDialog     *chooser,
                     int                  response,
                     DossierExportDialog *self)
{
  g_autoptr(GFile) file = NULL;
  g_autofree char *path = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  if (file != NULL)
    path = g_file_get_path (file);
  gtk_native_dialog_destroy (chooser);
  g_clear_object (&self->chooser);

  if (path != NULL)
    dossier_export_dialog_export_to (self, path);
}

static void
add_filter (GtkFileChooser *chooser,
            const char     *name,
            const char     *mime_type,
            const char     *suffix)
{
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_suffix (filter, suffix);
  gtk_file_chooser_add_filter (chooser, filter);
}

static void
choose_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DossierExportDialog *self = DOSSIER_EXPORT_DIALOG (widget);
  DossierExportFormat format = get_format (self);
  DossierStore *store = dossier_corpus_get_store (self->corpus);
  g_autofree char *name = suggested_name (self);
  GtkFileChooser *chooser;

  if (self->chooser != NULL || self->job != NULL)
    return;

  /* A folder of tables is saved as a new name too: the writer makes the
   * folder, or replaces the tables in one that is there. */
  self->chooser = GTK_NATIVE_DIALOG (gtk_file_chooser_native_new (_("Export"), GTK_WINDOW (self),
                                                                  GTK_FILE_CHOOSER_ACTION_SAVE,
                                                                  _("_Export"), _("_Cancel")));
  chooser = GTK_FILE_CHOOSER (self->chooser);
  gtk_native_dialog_set_modal (self->chooser, TRUE);
  gtk_file_chooser_set_current_name (chooser, name);
  if (store != NULL)
    {
      g_autoptr(GFile) file = g_file_new_for_path (dossier_store_get_path (store));
      g_autoptr(GFile) folder = g_file_get_parent (file);

      if (folder != NULL)
        gtk_file_chooser_set_current_folder (chooser, folder, NULL);
    }
  if (format == DOSSIER_EXPORT_PDF)
    add_filter (chooser, _("PDF documents"), "application/pdf", "pdf");
  else if (format == DOSSIER_EXPORT_JSON)
    add_filter (chooser, _("JSON files"), "application/json", "json");
  else if (get_tables (self) != DOSSIER_CSV_ALL)
    add_filter (chooser, _("CSV files"), "text/csv", "csv");

  g_signal_connect (self->chooser, "response", G_CALLBACK (on_chooser_response), self);
  gtk_native_dialog_show (self->chooser);
}

/* Cancel (the button, Escape) stops an export under way, or else closes
 * the dialog. */
static void
cancel_action (GtkWidget  *widget,
               const char *action_name,
               GVariant   *parameter)
{
  DossierExportDialog *self = DOSSIER_EXPORT_DIALOG (widget);

  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  else
    gtk_window_close (GTK_WINDOW (self));
}

static void
on_format_changed (DossierExportDialog *self)
{
  update_format (self);
}

static void
on_tables_changed (DossierExportDialog *self)
{
  update_tables (self);
}

static void
on_text_toggled (DossierExportDialog *self)
{
  update_format (self);
}

static GtkWidget *
new_group (const char *title)
{
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  return group;
}

static GtkWidget *
new_combo_row (const char         *title,
               const char * const *items)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkStringList) model = gtk_string_list_new (items);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_combo_row_set_model (ADW_COMBO_ROW (row), G_LIST_MODEL (model));
  return row;
}

static GtkWidget *
new_scope_row (DossierExportDialog *self,
               Scope                scope,
               const char          *title,
               const char          *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *check = gtk_check_button_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  /* A long headline is cut short rather than wrapped. */
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), 1);
  gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (check), GTK_ACCESSIBLE_PROPERTY_LABEL, title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle, -1);
  if (scope > 0)
    gtk_check_button_set_group (GTK_CHECK_BUTTON (check), GTK_CHECK_BUTTON (self->scope_checks[0]));
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), check);
  self->scope_rows[scope] = row;
  self->scope_checks[scope] = check;
  return row;
}

/* Paths are long and have no spaces to wrap at; the researcher may want
 * to copy one. */
static GtkWidget *
new_status_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  return label;
}

static void
build_contents (DossierExportDialog *self)
{
  g_autofree char *current_title = NULL;
  g_autofree char *list_count = NULL;
  g_autofree char *all_count = NULL;
  const char *formats[] = { _("PDF report"), _("CSV tables"), _("JSON"), NULL };
  const char *tables[G_N_ELEMENTS (csv_tables) + 1] = { NULL };
  GtkWidget *box, *header, *cancel, *export, *group, *status, *text;
  guint n_all = g_list_model_get_n_items (G_LIST_MODEL (self->corpus));

  gtk_window_set_title (GTK_WINDOW (self), _("Export"));
  gtk_window_set_default_size (GTK_WINDOW (self), 500, 680);

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);

  header = adw_header_bar_new ();
  adw_header_bar_set_show_start_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  cancel = gtk_button_new_with_mnemonic (_("_Cancel"));
  gtk_actionable_set_action_name (GTK_ACTIONABLE (cancel), "export.cancel");
  adw_header_bar_pack_start (ADW_HEADER_BAR (header), cancel);
  export = gtk_button_new_with_mnemonic (_("_Export…"));
  gtk_widget_add_css_class (export, "suggested-action");
  gtk_actionable_set_action_name (GTK_ACTIONABLE (export), "export.choose");
  adw_header_bar_pack_end (ADW_HEADER_BAR (header), export);
  gtk_box_append (GTK_BOX (box), header);
  gtk_window_set_default_widget (GTK_WINDOW (self), export);

  self->page = adw_preferences_page_new ();
  gtk_widget_set_vexpand (self->page, TRUE);

  /* Format, and for CSV which tables; the row says it all, so the group
   * has no title of its own. */
  group = adw_preferences_group_new ();
  self->format_row = new_combo_row (_("Format"), formats);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->format_row);
  for (guint t = 0; t < G_N_ELEMENTS (csv_tables); t++)
    tables[t] = _(csv_tables[t].label);
  self->tables_row = new_combo_row (_("Tables"), tables);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group), self->tables_row);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->page), ADW_PREFERENCES_GROUP (group));

  /* Which articles. */
  group = new_group (_("Articles"));
  current_title = self->current >= 0 ? article_title (self, self->current) : g_strdup (_("No article is open"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             new_scope_row (self, SCOPE_CURRENT, _("This article"), current_title));
  list_count = self->selected != NULL ? count_articles (self->selected->len) : g_strdup (_("No list"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             new_scope_row (self, SCOPE_LIST, _("Articles in the list"), list_count));
  all_count = count_articles (n_all);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (group),
                             new_scope_row (self, SCOPE_ALL, _("Whole dossier"), all_count));
  gtk_widget_set_sensitive (self->scope_rows[SCOPE_CURRENT], self->current >= 0);
  gtk_widget_set_sensitive (self->scope_rows[SCOPE_LIST], self->selected != NULL && self->selected->len > 0);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->scope_checks[SCOPE_ALL]), TRUE);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->page), ADW_PREFERENCES_GROUP (group));

  /* What goes in. */
  self->contents_group = new_group (_("Contents"));
  for (guint c = 0; c < N_CONTENTS; c++)
    {
      GtkWidget *row = adw_action_row_new ();
      GtkWidget *toggle = gtk_switch_new ();

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _(contents[c].title));
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), _(contents[c].subtitle));
      gtk_switch_set_active (GTK_SWITCH (toggle), TRUE);
      gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (toggle),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL, _(contents[c].title),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, _(contents[c].subtitle), -1);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
      adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self->contents_group), row);
      self->contents_rows[c] = row;
      self->contents_switches[c] = toggle;
    }
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (self->page), ADW_PREFERENCES_GROUP (self->contents_group));
  gtk_box_append (GTK_BOX (box), self->page);

  /* Progress while an export runs; what went wrong when it failed.  It
   * stays below the choices, in sight however far they are scrolled. */
  self->status_bar = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_visible (self->status_bar, FALSE);
  gtk_box_append (GTK_BOX (self->status_bar), gtk_separator_new (GTK_ORIENTATION_HORIZONTAL));
  status = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  gtk_widget_set_margin_start (status, 18);
  gtk_widget_set_margin_end (status, 18);
  gtk_widget_set_margin_top (status, 12);
  gtk_widget_set_margin_bottom (status, 12);
  self->status_icon = gtk_image_new_from_icon_name ("dialog-error-symbolic");
  gtk_widget_add_css_class (self->status_icon, "error");
  gtk_widget_set_valign (self->status_icon, GTK_ALIGN_START);
  gtk_box_append (GTK_BOX (status), self->status_icon);
  text = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_hexpand (text, TRUE);
  self->status_label = new_status_label ();
  gtk_box_append (GTK_BOX (text), self->status_label);
  self->detail_label = new_status_label ();
  gtk_widget_add_css_class (self->detail_label, "dim-label");
  gtk_box_append (GTK_BOX (text), self->detail_label);
  self->progress_bar = gtk_progress_bar_new ();
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->progress_bar), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Export progress"), -1);
  gtk_box_append (GTK_BOX (text), self->progress_bar);
  gtk_box_append (GTK_BOX (status), text);
  gtk_box_append (GTK_BOX (self->status_bar), status);
  gtk_box_append (GTK_BOX (box), self->status_bar);

  adw_window_set_content (ADW_WINDOW (self), box);

  g_signal_connect_object (self->format_row, "notify::selected", G_CALLBACK (on_format_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->tables_row, "notify::selected", G_CALLBACK (on_tables_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->contents_switches[0], "notify::active", G_CALLBACK (on_text_toggled), self,
                           G_CONNECT_SWAPPED);
  update_format (self);
  update_tables (self);
}

static int
compare_indices (gconstpointer a,
                 gconstpointer b)
{
  guint ia = *(const guint *) a, ib = *(const guint *) b;

  return ia < ib ? -1 : ia > ib;
}

static void
set_selected (DossierExportDialog *self,
              GArray              *selected)
{
  guint kept = 0;

  if (selected == NULL)
    return;
  g_return_if_fail (g_array_get_element_size (selected) == sizeof (guint));

  /* The sidebar's order is its sort's; the export wants ascending
   * indices. */
  self->selected = g_array_sized_new (FALSE, FALSE, sizeof (guint), selected->len);
  g_array_append_vals (self->selected, selected->data, selected->len);
  g_array_sort (self->selected, compare_indices);
  for (guint i = 0; i < self->selected->len; i++)
    if (kept == 0 || g_array_index (self->selected, guint, i) != g_array_index (self->selected, guint, kept - 1))
      g_array_index (self->selected, guint, kept++) = g_array_index (self->selected, guint, i);
  g_array_set_size (self->selected, kept);
}

static void
dossier_export_dialog_constructed (GObject *object)
{
  DossierExportDialog *self = DOSSIER_EXPORT_DIALOG (object);

  G_OBJECT_CLASS (dossier_export_dialog_parent_class)->constructed (object);

  if (self->corpus == NULL)
    self->corpus = dossier_corpus_new ();
  build_contents (self);
}

static void
dossier_export_dialog_dispose (GObject *object)
{
  DossierExportDialog *self = DOSSIER_EXPORT_DIALOG (object);

  /* An export under way finishes cleaning up on its thread; its result
   * is dropped. */
  self->disposed = TRUE;
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  if (self->chooser != NULL)
    {
      gtk_native_dialog_destroy (self->chooser);
      g_clear_object (&self->chooser);
    }
  g_clear_object (&self->corpus);
  G_OBJECT_CLASS (dossier_export_dialog_parent_class)->dispose (object);
}

static void
dossier_export_dialog_finalize (GObject *object)
{
  DossierExportDialog *self = DOSSIER_EXPORT_DIALOG (object);

  g_clear_pointer (&self->selected, g_array_unref);
  G_OBJECT_CLASS (dossier_export_dialog_parent_class)->finalize (object);
}

static void
dossier_export_dialog_get_property (GObject    *object,
                                    guint       prop_id,
                                    GValue     *value,
                                    GParamSpec *pspec)
{
  DossierExportDialog *self = DOSSIER_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CORPUS:
      g_value_set_object (value, self->corpus);
      break;
    case PROP_CURRENT:
      g_value_set_int (value, self->current);
      break;
    case PROP_SELECTED:
      g_value_set_boxed (value, self->selected);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_export_dialog_set_property (GObject      *object,
                                    guint         prop_id,
                                    const GValue *value,
                                    GParamSpec   *pspec)
{
  DossierExportDialog *self = DOSSIER_EXPORT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_CORPUS:
      self->corpus = g_value_dup_object (value);
      break;
    case PROP_CURRENT:
      self->current = g_value_get_int (value);
      break;
    case PROP_SELECTED:
      set_selected (self, g_value_get_boxed (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_export_dialog_class_init (DossierExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dossier_export_dialog_constructed;
  object_class->dispose = dossier_export_dialog_dispose;
  object_class->finalize = dossier_export_dialog_finalize;
  object_class->get_property = dossier_export_dialog_get_property;
  object_class->set_property = dossier_export_dialog_set_property;

  properties[PROP_CORPUS] =
    g_param_spec_object ("corpus", NULL, NULL, DOSSIER_TYPE_CORPUS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_CURRENT] =
    g_param_spec_int ("current", NULL, NULL, -1, G_MAXINT, -1,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED] =
    g_param_spec_boxed ("selected", NULL, NULL, G_TYPE_ARRAY,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[EXPORTED] =
    g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_install_action (widget_class, "export.choose", NULL, choose_action);
  gtk_widget_class_install_action (widget_class, "export.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "export.cancel", NULL);
}

static void
dossier_export_dialog_init (DossierExportDialog *self)
{
  self->current = -1;
}

DossierExportDialog *
dossier_export_dialog_new (GtkWindow     *parent,
                           DossierCorpus *corpus,
                           int            current,
                           GArray        *selected)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (DOSSIER_IS_CORPUS (corpus), NULL);

  return g_object_new (DOSSIER_TYPE_EXPORT_DIALOG,
                       "transient-for", parent,
                       "modal", TRUE,
                       "destroy-with-parent", TRUE,
                       "corpus", corpus,
                       "current", MAX (current, -1),
                       "selected", selected,
                       NULL);
}

DossierExportOptions *
dossier_export_dialog_get_options (DossierExportDialog *self)
{
  DossierExportOptions *options;
  DossierStore *store;
  GListModel *annotations;
  Scope scope;

  g_return_val_if_fail (DOSSIER_IS_EXPORT_DIALOG (self), NULL);

  options = dossier_export_options_new (get_format (self));
  options->title = dup_dossier_name (self);
  options->tables = get_tables (self);
  options->contents = 0;
  for (guint c = 0; c < N_CONTENTS; c++)
    if (gtk_switch_get_active (GTK_SWITCH (self->contents_switches[c])))
      options->contents |= contents[c].flag;

  scope = get_scope (self);
  if (scope == SCOPE_CURRENT && self->current >= 0)
    {
      guint index = self->current;

      options->articles = g_array_sized_new (FALSE, FALSE, sizeof (guint), 1);
      g_array_append_val (options->articles, index);
    }
  else if (scope == SCOPE_LIST && self->selected != NULL)
    {
      options->articles = g_array_sized_new (FALSE, FALSE, sizeof (guint), self->selected->len);
      g_array_append_vals (options->articles, self->selected->data, self->selected->len);
    }

  /* Copies: the writer reads them on its thread while the researcher may
   * go on annotating. */
  annotations = dossier_corpus_get_annotations (self->corpus);
  options->annotations = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < g_list_model_get_n_items (annotations); i++)
    {
      g_autoptr(DossierAnnotation) annotation = g_list_model_get_item (annotations, i);
      g_ptr_array_add (options->annotations, dossier_annotation_copy (annotation));
    }

  store = dossier_corpus_get_store (self->corpus);
  if (store != NULL)
    for (guint c = 0; c < DOSSIER_N_COLOURS; c++)
      {
        g_free (options->colour_labels[c]);
        options->colour_labels[c] = dossier_store_dup_colour_label (store, c);
      }
  return options;
}

void
dossier_export_dialog_export_to (DossierExportDialog *self,
                                 const char          *path)
{
  g_autofree char *complete = NULL;

  g_return_if_fail (DOSSIER_IS_EXPORT_DIALOG (self));
  g_return_if_fail (path != NULL);
  g_return_if_fail (self->job == NULL);

  complete = complete_path (self, path);
  start_export (self, complete);
}
