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
#include "dossier-ui-template.h"

typedef enum
{
  SCOPE_CURRENT,
  SCOPE_LIST,
  SCOPE_ALL,
  N_SCOPES
} Scope;

/* The Tables row, in the order of its items in the template: all of them
 * in a folder, or one of them in a file. */
static const struct
{
  DossierCsvTables table;
  const char *file;
} csv_tables[] = {
  { DOSSIER_CSV_ALL, NULL },
  { DOSSIER_CSV_ARTICLES, "articles" },
  { DOSSIER_CSV_ENTITIES, "entities" },
  { DOSSIER_CSV_MENTIONS, "mentions" },
  { DOSSIER_CSV_EVENTS, "events" },
  { DOSSIER_CSV_ANNOTATIONS, "annotations" },
};

/* The Contents rows and their switches, as the template names them. */
static const struct
{
  DossierExportContents flag;
  const char *row;
  const char *toggle;
} contents[] = {
  { DOSSIER_EXPORT_TEXT, "text_row", "text_switch" },
  { DOSSIER_EXPORT_HIGHLIGHTS, "highlights_row", "highlights_switch" },
  { DOSSIER_EXPORT_ANNOTATIONS, "annotations_row", "annotations_switch" },
  { DOSSIER_EXPORT_ENTITIES, "entities_row", "entities_switch" },
  { DOSSIER_EXPORT_TIMELINE, "timeline_row", "timeline_switch" },
  { DOSSIER_EXPORT_EVENTS, "events_row", "events_switch" },
};

#define N_CONTENTS G_N_ELEMENTS (contents)

/* The scope rows and their check buttons, in the order of Scope. */
static const char * const scope_ids[N_SCOPES][2] = {
  { "current_row", "current_check" },
  { "list_row", "list_check" },
  { "all_row", "all_check" },
};

struct _DossierExportDialog
{
  AdwWindow parent_instance;

  DossierCorpus *corpus;
  int current;
  GArray *selected;  /* ascending, without duplicates */
  GFile *folder;     /* where the chooser opens */
  char *name;        /* the dossier's, for the file's */

  GCancellable *cancellable;  /* of the export under way, or NULL */
  char *path;                 /* where it writes */
  int progress;               /* thousandths, set on the writer's thread */
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

/* The dossier's name: its file's, or the application's for an unsaved
 * one. */
static char *
dup_dossier_name (DossierExportDialog *self)
{
  DossierStore *store = dossier_corpus_get_store (self->corpus);
  char *name = self->name != NULL ? g_strdup (self->name) : store != NULL ? dossier_store_dup_name (store) : NULL;

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

/* The article's one name (its display title), as the window shows it. */
static char *
article_title (DossierExportDialog *self,
               int                  index)
{
  GListModel *articles = G_LIST_MODEL (self->corpus);

  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(DossierArticle) article = g_list_model_get_item (articles, i);

      if ((int) dossier_article_get_index (article) == index)
        return g_strdup (dossier_article_get_display_title (article));
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

  if (self->path != NULL)
    gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress_bar),
                                   g_atomic_int_get (&self->progress) / 1000.0);
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

/* Runs on the writer's thread; the dialog lives until the export ends. */
static void
on_export_progress (double   fraction,
                    gpointer user_data)
{
  DossierExportDialog *self = user_data;

  g_atomic_int_set (&self->progress, (int) (CLAMP (fraction, 0, 1) * 1000));
}

static void
on_export_done (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(DossierExportDialog) self = user_data;
  g_autofree char *path = g_steal_pointer (&self->path);
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  gboolean cancelled;
  gboolean ok = dossier_export_write_finish (result, &error);

  g_clear_object (&self->cancellable);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  /* Closed while it ran: nobody is left to tell. */
  if (self->disposed)
    return;

  set_busy (self, FALSE);
  if (ok)
    {
      g_signal_emit (self, signals[EXPORTED], 0, path);
      gtk_window_destroy (GTK_WINDOW (self));
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
  g_autoptr(DossierExportOptions) options = dossier_export_dialog_get_options (self);
  g_autofree char *basename = g_path_get_basename (path);
  g_autofree char *message = NULL;

  g_assert (self->path == NULL);

  self->path = g_strdup (path);
  self->progress = 0;
  self->cancellable = g_cancellable_new ();
  dossier_export_write_async (self->corpus, options, path, on_export_progress, self, self->cancellable,
                              on_export_done, g_object_ref (self));

  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress_bar), 0);
  /* Translators: shown while an export runs; %s is a file or folder name. */
  message = g_strdup_printf (_("Exporting to %s…"), basename);
  show_status (self, message, NULL, FALSE);
  set_busy (self, TRUE);
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

  if (self->chooser != NULL || self->path != NULL)
    return;

  /* A folder of tables is saved as a new name too: the writer makes the
   * folder, or replaces the tables in one that is there. */
  self->chooser = GTK_NATIVE_DIALOG (gtk_file_chooser_native_new (_("Export"), GTK_WINDOW (self),
                                                                  GTK_FILE_CHOOSER_ACTION_SAVE,
                                                                  _("_Export"), _("_Cancel")));
  chooser = GTK_FILE_CHOOSER (self->chooser);
  gtk_native_dialog_set_modal (self->chooser, TRUE);
  gtk_file_chooser_set_current_name (chooser, name);
  /* The folder the window chose (beside the dossier, or the
   * researcher's documents for one kept in Dossier's own folder); without
   * one, beside the dossier file. */
  if (self->folder != NULL)
    gtk_file_chooser_set_current_folder (chooser, self->folder, NULL);
  else if (store != NULL)
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

/* Which articles: each choice says what it holds; those that hold none
 * cannot be chosen. */
static void
fill_scopes (DossierExportDialog *self)
{
  char *subtitles[N_SCOPES] = { NULL };

  subtitles[SCOPE_CURRENT] = self->current >= 0 ? article_title (self, self->current)
                                                : g_strdup (_("No article is open"));
  subtitles[SCOPE_LIST] = self->selected != NULL ? count_articles (self->selected->len) : g_strdup (_("No list"));
  subtitles[SCOPE_ALL] = count_articles (g_list_model_get_n_items (G_LIST_MODEL (self->corpus)));
  for (guint s = 0; s < N_SCOPES; s++)
    {
      adw_action_row_set_subtitle (ADW_ACTION_ROW (self->scope_rows[s]), subtitles[s]);
      /* The radio button is what a screen reader lands on: the row names
       * it by its title (a label of its own as well made "This article
       * This article"); its subtitle describes it. */
      gtk_accessible_update_property (GTK_ACCESSIBLE (self->scope_checks[s]),
                                      GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitles[s], -1);
    }
  for (guint s = 0; s < N_SCOPES; s++)
    g_free (subtitles[s]);
  gtk_widget_set_sensitive (self->scope_rows[SCOPE_CURRENT], self->current >= 0);
  gtk_widget_set_sensitive (self->scope_rows[SCOPE_LIST], self->selected != NULL && self->selected->len > 0);
  gtk_check_button_set_active (GTK_CHECK_BUTTON (self->scope_checks[SCOPE_ALL]), TRUE);
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
  fill_scopes (self);
  update_format (self);
  update_tables (self);
}

static void
dossier_export_dialog_dispose (GObject *object)
{
  DossierExportDialog *self = DOSSIER_EXPORT_DIALOG (object);

  /* An export under way finishes cleaning up on its thread; its result
   * is dropped. */
  self->disposed = TRUE;
  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_EXPORT_DIALOG);
  if (self->cancellable != NULL)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->progress_id, g_source_remove);
  if (self->chooser != NULL)
    {
      gtk_native_dialog_destroy (self->chooser);
      g_clear_object (&self->chooser);
    }
  g_clear_object (&self->corpus);
  g_clear_object (&self->folder);
  G_OBJECT_CLASS (dossier_export_dialog_parent_class)->dispose (object);
}

static void
dossier_export_dialog_finalize (GObject *object)
{
  DossierExportDialog *self = DOSSIER_EXPORT_DIALOG (object);

  g_clear_pointer (&self->selected, g_array_unref);
  g_free (self->name);
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

  dossier_widget_class_set_template (widget_class, "dossier-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierExportDialog, page);
  gtk_widget_class_bind_template_child (widget_class, DossierExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, DossierExportDialog, tables_row);
  gtk_widget_class_bind_template_child (widget_class, DossierExportDialog, contents_group);
  gtk_widget_class_bind_template_child (widget_class, DossierExportDialog, status_bar);
  gtk_widget_class_bind_template_child (widget_class, DossierExportDialog, status_icon);
  gtk_widget_class_bind_template_child (widget_class, DossierExportDialog, status_label);
  gtk_widget_class_bind_template_child (widget_class, DossierExportDialog, detail_label);
  gtk_widget_class_bind_template_child (widget_class, DossierExportDialog, progress_bar);
  for (guint s = 0; s < N_SCOPES; s++)
    {
      gtk_widget_class_bind_template_child_full (widget_class, scope_ids[s][0], FALSE,
                                                 G_STRUCT_OFFSET (DossierExportDialog, scope_rows) +
                                                 s * sizeof (GtkWidget *));
      gtk_widget_class_bind_template_child_full (widget_class, scope_ids[s][1], FALSE,
                                                 G_STRUCT_OFFSET (DossierExportDialog, scope_checks) +
                                                 s * sizeof (GtkWidget *));
    }
  for (guint c = 0; c < N_CONTENTS; c++)
    {
      gtk_widget_class_bind_template_child_full (widget_class, contents[c].row, FALSE,
                                                 G_STRUCT_OFFSET (DossierExportDialog, contents_rows) +
                                                 c * sizeof (GtkWidget *));
      gtk_widget_class_bind_template_child_full (widget_class, contents[c].toggle, FALSE,
                                                 G_STRUCT_OFFSET (DossierExportDialog, contents_switches) +
                                                 c * sizeof (GtkWidget *));
    }
  gtk_widget_class_bind_template_callback (widget_class, update_format);
  gtk_widget_class_bind_template_callback (widget_class, update_tables);

  gtk_widget_class_install_action (widget_class, "export.choose", NULL, choose_action);
  gtk_widget_class_install_action (widget_class, "export.cancel", NULL, cancel_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "export.cancel", NULL);
}

static void
dossier_export_dialog_init (DossierExportDialog *self)
{
  self->current = -1;
  gtk_widget_init_template (GTK_WIDGET (self));
  dossier_widget_name_buttons_once (GTK_WIDGET (self));
  /* Without the text, there is nothing to highlight in. */
  g_signal_connect_object (self->contents_switches[0], "notify::active", G_CALLBACK (update_format), self,
                           G_CONNECT_SWAPPED);
  /* Each switch is named by its row's title; its subtitle says more. */
  for (guint c = 0; c < N_CONTENTS; c++)
    gtk_accessible_update_property (GTK_ACCESSIBLE (self->contents_switches[c]), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION,
                                    adw_action_row_get_subtitle (ADW_ACTION_ROW (self->contents_rows[c])), -1);
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
  g_return_if_fail (self->path == NULL);

  complete = complete_path (self, path);
  start_export (self, complete);
}

/* Where the chooser opens. */
void
dossier_export_dialog_set_folder (DossierExportDialog *self,
                                  GFile               *folder)
{
  g_return_if_fail (DOSSIER_IS_EXPORT_DIALOG (self));
  g_return_if_fail (folder == NULL || G_IS_FILE (folder));

  g_set_object (&self->folder, folder);
}

GFile *
dossier_export_dialog_get_folder (DossierExportDialog *self)
{
  g_return_val_if_fail (DOSSIER_IS_EXPORT_DIALOG (self), NULL);
  return self->folder;
}

/* The dossier's name as the window shows it, for the report's title and
 * the file's name. */
void
dossier_export_dialog_set_name (DossierExportDialog *self,
                                const char          *name)
{
  g_return_if_fail (DOSSIER_IS_EXPORT_DIALOG (self));

  g_free (self->name);
  self->name = g_strdup (name);
}

void
dossier_export_dialog_choose_chronology (DossierExportDialog *self)
{
  g_return_if_fail (DOSSIER_IS_EXPORT_DIALOG (self));

  adw_combo_row_set_selected (ADW_COMBO_ROW (self->format_row), DOSSIER_EXPORT_PDF);
  for (guint c = 0; c < N_CONTENTS; c++)
    gtk_switch_set_active (GTK_SWITCH (self->contents_switches[c]),
                           contents[c].flag == DOSSIER_EXPORT_TIMELINE || contents[c].flag == DOSSIER_EXPORT_EVENTS);
  for (guint t = 0; t < G_N_ELEMENTS (csv_tables); t++)
    if (csv_tables[t].table == DOSSIER_CSV_EVENTS)
      adw_combo_row_set_selected (ADW_COMBO_ROW (self->tables_row), t);
  if (self->selected != NULL && self->selected->len > 0 &&
      self->selected->len < g_list_model_get_n_items (G_LIST_MODEL (self->corpus)))
    gtk_check_button_set_active (GTK_CHECK_BUTTON (self->scope_checks[SCOPE_LIST]), TRUE);
}
