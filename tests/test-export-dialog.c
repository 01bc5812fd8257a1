/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The export dialog over the sample dossier, driven through its widgets:
 * it opens on the whole dossier with everything in it, CSV shows its
 * tables and one table becomes one file, a whole set of tables a folder,
 * the PDF is a PDF, "This article" and "Articles in the list" export
 * those articles, a failure is told in the dialog with its path, a
 * cancelled export leaves the old file, and every control is labelled.
 * Runs under Xvfb (see tests/meson.build). */

#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "dossier-export-dialog.h"
#include "dossier-test-widgets.h"

static DossierCorpus *corpus;

static void
wait_until (gboolean (*done) (gpointer),
            gpointer   data)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while (!done (data))
    {
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
      if (g_get_monotonic_time () > deadline)
        g_error ("timed out waiting");
    }
}

static gboolean
is_set (gpointer data)
{
  return *(gpointer *) data != NULL;
}

static gboolean
is_null (gpointer data)
{
  return *(gpointer *) data == NULL;
}

static gboolean
is_row_titled (GtkWidget     *widget,
               gconstpointer  title)
{
  return ADW_IS_PREFERENCES_ROW (widget) &&
         g_strcmp0 (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget)), title) == 0;
}

static gboolean
is_of_type (GtkWidget     *widget,
            gconstpointer  type)
{
  return G_TYPE_CHECK_INSTANCE_TYPE (widget, GPOINTER_TO_SIZE (type));
}

/* The preferences row titled @title. */
static GtkWidget *
find_row (GtkWidget  *root,
          const char *title)
{
  return dossier_test_find_descendant (root, is_row_titled, title);
}

static GtkWidget *
find_child_of_type (GtkWidget *root,
                    GType      type)
{
  return dossier_test_find_descendant (root, is_of_type, GSIZE_TO_POINTER (type));
}

static GtkWidget *
row (DossierExportDialog *dialog,
     const char          *title)
{
  GtkWidget *found = find_row (GTK_WIDGET (dialog), title);

  if (found == NULL)
    g_error ("no row \"%s\"", title);
  return found;
}

/* Picks @item of the combo row @title, as choosing it in its popover does. */
static void
choose (DossierExportDialog *dialog,
        const char          *title,
        const char          *item)
{
  AdwComboRow *combo = ADW_COMBO_ROW (row (dialog, title));
  GListModel *model = adw_combo_row_get_model (combo);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), item) == 0)
      {
        adw_combo_row_set_selected (combo, i);
        return;
      }
  g_error ("no \"%s\" in \"%s\"", item, title);
}

/* Activates the row @title, as a click or Space on it does. */
static void
activate_row (DossierExportDialog *dialog,
              const char          *title)
{
  GtkWidget *target = row (dialog, title);

  g_assert_true (gtk_widget_is_sensitive (target));
  g_assert_true (gtk_widget_activate (target));
}

static GtkWidget *
switch_of (DossierExportDialog *dialog,
           const char          *title)
{
  return find_child_of_type (row (dialog, title), GTK_TYPE_SWITCH);
}

static gboolean
switch_on (gpointer data)
{
  return gtk_switch_get_active (GTK_SWITCH (data));
}

static DossierExportDialog *
open_dialog (int     current,
             GArray *selected)
{
  DossierExportDialog *dialog = dossier_export_dialog_new (NULL, corpus, current, selected);

  gtk_window_present (GTK_WINDOW (dialog));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  return dialog;
}

typedef struct
{
  DossierExportDialog *dialog;
  char *path;
} Export;

static void
on_exported (DossierExportDialog *dialog,
             const char          *path,
             Export              *export)
{
  g_assert_null (export->path);
  export->path = g_strdup (path);
}

/* Exports to @path and waits until the dialog says it is done and has
 * closed; returns the path written. */
static char *
export_and_wait (DossierExportDialog *dialog,
                 const char          *path)
{
  Export export = { dialog, NULL };

  g_signal_connect (dialog, "exported", G_CALLBACK (on_exported), &export);
  g_object_add_weak_pointer (G_OBJECT (dialog), (gpointer *) &export.dialog);
  dossier_export_dialog_export_to (dialog, path);
  wait_until (is_set, &export.path);
  /* It closes once the export is written. */
  wait_until (is_null, &export.dialog);
  return export.path;
}

static char *
temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("dossier-export-dialog-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);
      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        remove_tree (child);
      else
        g_unlink (child);
    }
  g_rmdir (path);
}

static void
test_defaults (void)
{
  DossierExportDialog *dialog = open_dialog (-1, NULL);
  g_autoptr(DossierExportOptions) options = dossier_export_dialog_get_options (dialog);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Export");
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));

  /* A PDF of the whole dossier with everything in it. */
  g_assert_cmpint (options->format, ==, DOSSIER_EXPORT_PDF);
  g_assert_null (options->articles);
  g_assert_cmpint (options->contents, ==, DOSSIER_EXPORT_EVERYTHING);
  g_assert_cmpint (options->tables, ==, DOSSIER_CSV_ALL);
  g_assert_cmpstr (options->title, ==, "Dossier");
  /* The annotations are copies, for the writer's thread. */
  g_assert_nonnull (options->annotations);
  g_assert_cmpuint (options->annotations->len, ==, 1);
  {
    g_autoptr(DossierAnnotation) live = g_list_model_get_item (dossier_corpus_get_annotations (corpus), 0);
    DossierAnnotation *copy = g_ptr_array_index (options->annotations, 0);

    g_assert_true (copy != live);
    g_assert_cmpstr (dossier_annotation_get_note (copy), ==, dossier_annotation_get_note (live));
  }
  for (guint c = 0; c < DOSSIER_N_COLOURS; c++)
    g_assert_nonnull (options->colour_labels[c]);

  /* No article open, no list: only the whole dossier can be chosen. */
  g_assert_false (gtk_widget_is_sensitive (row (dialog, "This article")));
  g_assert_false (gtk_widget_is_sensitive (row (dialog, "Articles in the list")));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row (dialog, "Whole dossier"))), ==, "5 articles");

  /* Every content applies to the PDF; no CSV tables are offered. */
  g_assert_true (gtk_widget_is_sensitive (row (dialog, "Timeline")));
  g_assert_false (gtk_widget_is_visible (row (dialog, "Tables")));

  /* Without the text, there is nothing to highlight in. */
  gtk_switch_set_active (GTK_SWITCH (switch_of (dialog, "Article text")), FALSE);
  g_assert_false (gtk_widget_is_sensitive (row (dialog, "Entity highlights")));
  /* The switch turns on at the end of its animation. */
  activate_row (dialog, "Article text");
  wait_until (switch_on, switch_of (dialog, "Article text"));
  g_assert_true (gtk_widget_is_sensitive (row (dialog, "Entity highlights")));

  /* JSON always holds the text and entities; the timeline is a figure. */
  choose (dialog, "Format", "JSON");
  g_assert_false (gtk_widget_is_sensitive (row (dialog, "Timeline")));
  g_assert_false (gtk_widget_is_sensitive (row (dialog, "Article text")));
  g_assert_true (gtk_widget_is_sensitive (row (dialog, "Annotations and notes")));

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static void
test_csv_one_table (void)
{
  DossierExportDialog *dialog = open_dialog (-1, NULL);
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "notes", NULL);
  g_autofree char *expected = g_build_filename (dir, "notes.csv", NULL);
  g_autofree char *written = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;

  choose (dialog, "Format", "CSV tables");
  g_assert_true (gtk_widget_is_visible (row (dialog, "Tables")));
  g_assert_false (gtk_widget_is_visible (row (dialog, "Timeline")));
  choose (dialog, "Tables", "Annotations");
  {
    g_autoptr(DossierExportOptions) options = dossier_export_dialog_get_options (dialog);
    g_assert_cmpint (options->format, ==, DOSSIER_EXPORT_CSV);
    g_assert_cmpint (options->tables, ==, DOSSIER_CSV_ANNOTATIONS);
  }

  /* A name typed without ".csv" gets it: one table is one file. */
  written = export_and_wait (dialog, path);
  g_assert_cmpstr (written, ==, expected);
  g_assert_true (g_file_get_contents (written, &contents, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (contents, "id,"));
  g_assert_nonnull (strstr (contents, "Check this claim"));

  remove_tree (dir);
}

static void
test_csv_folder (void)
{
  static const char * const tables[] = { "articles", "entities", "mentions", "events", "annotations" };
  DossierExportDialog *dialog = open_dialog (-1, NULL);
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "Dossier-csv", NULL);
  g_autofree char *written = NULL;

  choose (dialog, "Format", "CSV tables");
  written = export_and_wait (dialog, path);
  g_assert_cmpstr (written, ==, path);
  for (guint t = 0; t < G_N_ELEMENTS (tables); t++)
    {
      g_autofree char *name = g_strconcat (tables[t], ".csv", NULL);
      g_autofree char *file = g_build_filename (path, name, NULL);
      g_assert_true (g_file_test (file, G_FILE_TEST_IS_REGULAR));
    }

  remove_tree (dir);
}

static void
test_pdf (void)
{
  DossierExportDialog *dialog = open_dialog (0, NULL);
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *written = NULL;
  g_autofree char *contents = NULL;
  gsize length = 0;

  written = export_and_wait (dialog, path);
  g_assert_cmpstr (written, ==, path);
  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_cmpuint (length, >, 1000);
  g_assert_true (g_str_has_prefix (contents, "%PDF"));

  remove_tree (dir);
}

static void
test_scope (void)
{
  g_autoptr(GArray) selected = g_array_new (FALSE, FALSE, sizeof (guint));
  guint indices[] = { 3, 1, 3 };
  DossierExportDialog *dialog;

  /* The sidebar's list, in its sort order, with a repeat. */
  g_array_append_vals (selected, indices, G_N_ELEMENTS (indices));
  dialog = open_dialog (2, selected);

  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row (dialog, "Articles in the list"))), ==,
                   "2 articles");
  activate_row (dialog, "This article");
  {
    g_autoptr(DossierExportOptions) options = dossier_export_dialog_get_options (dialog);
    g_assert_nonnull (options->articles);
    g_assert_cmpuint (options->articles->len, ==, 1);
    g_assert_cmpuint (g_array_index (options->articles, guint, 0), ==, 2);
  }

  activate_row (dialog, "Articles in the list");
  {
    g_autoptr(DossierExportOptions) options = dossier_export_dialog_get_options (dialog);
    g_assert_nonnull (options->articles);
    g_assert_cmpuint (options->articles->len, ==, 2);
    g_assert_cmpuint (g_array_index (options->articles, guint, 0), ==, 1);
    g_assert_cmpuint (g_array_index (options->articles, guint, 1), ==, 3);
  }

  activate_row (dialog, "Whole dossier");
  {
    g_autoptr(DossierExportOptions) options = dossier_export_dialog_get_options (dialog);
    g_assert_null (options->articles);
  }

  gtk_window_destroy (GTK_WINDOW (dialog));
}

static gboolean
status_shown (gpointer data)
{
  GtkWidget *label = data;
  GtkWidget *bar = find_child_of_type (gtk_widget_get_parent (label), GTK_TYPE_PROGRESS_BAR);

  /* The export is over and the dialog says how it went. */
  return gtk_widget_is_visible (label) && !gtk_widget_get_visible (bar) &&
         *gtk_label_get_text (GTK_LABEL (label)) != '\0';
}

static GtkWidget *
status_label (DossierExportDialog *dialog)
{
  GtkWidget *bar = find_child_of_type (GTK_WIDGET (dialog), GTK_TYPE_PROGRESS_BAR);

  g_assert_nonnull (bar);
  return find_child_of_type (gtk_widget_get_parent (bar), GTK_TYPE_LABEL);
}

static void
on_not_exported (DossierExportDialog *dialog,
                 const char          *path)
{
  g_error ("exported %s", path);
}

static void
test_failure_named (void)
{
  DossierExportDialog *dialog = open_dialog (-1, NULL);
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "missing", "folder", "report.json", NULL);
  GtkWidget *label = status_label (dialog);

  g_signal_connect (dialog, "exported", G_CALLBACK (on_not_exported), NULL);
  choose (dialog, "Format", "JSON");
  dossier_export_dialog_export_to (dialog, path);
  wait_until (status_shown, label);

  /* Said in the dialog, with the path; it stays open to try again. */
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), path));
  g_assert_true (gtk_widget_has_css_class (label, "error"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (dialog)));
  g_assert_true (gtk_widget_is_sensitive (row (dialog, "Format")));

  gtk_window_destroy (GTK_WINDOW (dialog));
  remove_tree (dir);
}

static void
test_cancel_keeps_old_file (void)
{
  DossierExportDialog *dialog = open_dialog (-1, NULL);
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = g_build_filename (dir, "report.pdf", NULL);
  g_autofree char *contents = NULL;
  GtkWidget *label = status_label (dialog);

  g_assert_true (g_file_set_contents (path, "old report", -1, NULL));
  g_signal_connect (dialog, "exported", G_CALLBACK (on_not_exported), NULL);
  dossier_export_dialog_export_to (dialog, path);
  /* Cancel (the button, Escape) stops the export under way. */
  gtk_widget_activate_action (GTK_WIDGET (dialog), "export.cancel", NULL);
  wait_until (status_shown, label);

  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)), "cancelled"));
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, "old report");

  /* With nothing under way, Cancel closes the dialog. */
  {
    gpointer alive = dialog;

    g_object_add_weak_pointer (G_OBJECT (dialog), &alive);
    gtk_widget_activate_action (GTK_WIDGET (dialog), "export.cancel", NULL);
    wait_until (is_null, &alive);
  }

  remove_tree (dir);
}

static void
check_labelled (GtkWidget *root,
                GType      type,
                guint     *n_checked)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL; child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        {
          GtkWidget *parent_row = gtk_widget_get_ancestor (child, ADW_TYPE_ACTION_ROW);
          const char *subtitle = adw_action_row_get_subtitle (ADW_ACTION_ROW (parent_row));

          /* Named by its row's title, once: a label of its own besides
           * made screen readers say "This article This article". */
          g_assert_true (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_RELATION_LABELLED_BY));
          g_assert_false (gtk_test_accessible_has_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_LABEL));
          /* Described by its subtitle. */
          gtk_test_accessible_assert_property (GTK_ACCESSIBLE (child), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, subtitle);
          (*n_checked)++;
        }
      check_labelled (child, type, n_checked);
    }
}

static void
test_controls_labelled (void)
{
  g_autoptr(GArray) selected = g_array_new (FALSE, FALSE, sizeof (guint));
  DossierExportDialog *dialog = open_dialog (0, selected);
  guint n_switches = 0, n_checks = 0;

  check_labelled (GTK_WIDGET (dialog), GTK_TYPE_SWITCH, &n_switches);
  check_labelled (GTK_WIDGET (dialog), GTK_TYPE_CHECK_BUTTON, &n_checks);
  g_assert_cmpuint (n_switches, ==, 6);
  g_assert_cmpuint (n_checks, ==, 3);
  /* The rows name themselves by their titles. */
  g_assert_true (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (row (dialog, "Format")),
                                                   GTK_ACCESSIBLE_RELATION_LABELLED_BY));
  g_assert_true (gtk_test_accessible_has_relation (GTK_ACCESSIBLE (row (dialog, "Tables")),
                                                   GTK_ACCESSIBLE_RELATION_LABELLED_BY));
  /* An empty list has nothing to export. */
  g_assert_false (gtk_widget_is_sensitive (row (dialog, "Articles in the list")));
  gtk_test_accessible_assert_property (GTK_ACCESSIBLE (find_child_of_type (GTK_WIDGET (dialog), GTK_TYPE_PROGRESS_BAR)),
                                       GTK_ACCESSIBLE_PROPERTY_LABEL, "Export progress");

  gtk_window_destroy (GTK_WINDOW (dialog));
}

/* A highlight with a note on article 1, as the reader makes them. */
static void
annotate_sample (void)
{
  DossierAnalysis *analysis = dossier_corpus_get_analysis (corpus);
  DossierDocument *document = dossier_analysis_get_document (analysis, 1);
  g_autofree char *text = dossier_document_get_text (document, NULL);
  g_autoptr(DossierAnnotation) annotation = NULL;
  g_autoptr(GError) error = NULL;
  DossierAnchor anchor = { 0 };
  gint64 length = g_utf8_strlen (text, -1);

  g_assert_cmpint (length, >, 20);
  g_assert_true (dossier_anchor_describe (&anchor, text, 0, 20));
  annotation = dossier_annotation_new (NULL, 1);
  dossier_annotation_set_anchor (annotation, &anchor);
  dossier_annotation_set_document (annotation, 1);
  dossier_annotation_set_note (annotation, "Check this claim");
  dossier_anchor_clear (&anchor);
  g_assert_true (dossier_corpus_add_annotation (corpus, annotation, &error));
  g_assert_no_error (error);
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *seeds = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) failures = NULL;
  int status;

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  seeds = g_test_build_filename (G_TEST_DIST, "..", "seeds", NULL);
  corpus = dossier_corpus_new ();
  {
    const char *paths[] = { seeds, NULL };
    g_assert_true (dossier_corpus_import (corpus, paths, &failures, NULL, &error));
  }
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 5);
  annotate_sample ();

  g_test_add_func ("/export-dialog/defaults", test_defaults);
  g_test_add_func ("/export-dialog/csv-one-table", test_csv_one_table);
  g_test_add_func ("/export-dialog/csv-folder", test_csv_folder);
  g_test_add_func ("/export-dialog/pdf", test_pdf);
  g_test_add_func ("/export-dialog/scope", test_scope);
  g_test_add_func ("/export-dialog/failure-named", test_failure_named);
  g_test_add_func ("/export-dialog/cancel-keeps-old-file", test_cancel_keeps_old_file);
  g_test_add_func ("/export-dialog/controls-labelled", test_controls_labelled);

  status = g_test_run ();
  g_clear_object (&corpus);
  return status;
}
