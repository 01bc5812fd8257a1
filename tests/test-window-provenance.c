/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Where an article came from, in the window (issue 16): a page copied in
 * a browser and pasted — its HTML and its address, as Firefox and
 * Chromium put them on the clipboard — is read through the HTML reader,
 * named by its address's site, shown with Open Original and kept in the
 * dossier file; an address is set by the researcher and undone; a text in
 * which no article was told apart is kept or removed, and a removal
 * undone.  Runs under Xvfb (see tests/meson.build). */

#include "config.h"

#include "dossier-store.h"
#include "dossier-test-window.h"

static char *data_home;

/* A selection of a story page as a browser copies it: the story, with the
 * site's menu and a list of other stories around it. */
static const char harbour_html[] =
  "<meta http-equiv=\"content-type\" content=\"text/html; charset=utf-8\">"
  "<nav><ul><li><a href=\"/en/\">Home</a></li><li><a href=\"/en/world\">World</a></li>"
  "<li><a href=\"/en/europe\">Europe</a></li></ul></nav>"
  "<article><h1>Harbour reopens after storm</h1>"
  "<p>The harbour of the town reopened on Friday after the storm closed it for a week, the port authority "
  "said in a statement on its website.</p>"
  "<p>Ships waiting offshore were allowed in one by one, officials said, and the ferry to the islands will "
  "sail again on Monday.</p></article>"
  "<aside><h2>Most read</h2><ul><li><a href=\"/en/a\">Ministers meet in Brussels</a></li>"
  "<li><a href=\"/en/b\">Rail strike called off</a></li></ul></aside>";

/* What the same copy gives as plain text: the menu words too. */
static const char harbour_text[] =
  "Home\nWorld\nEurope\nHarbour reopens after storm\n"
  "The harbour of the town reopened on Friday after the storm closed it for a week, the port authority said in "
  "a statement on its website.\n"
  "Ships waiting offshore were allowed in one by one, officials said, and the ferry to the islands will sail "
  "again on Monday.\nMost read\nMinisters meet in Brussels\nRail strike called off\n";

static const char harbour_address[] = "https://www.dw.com/en/harbour-reopens-after-storm/a-70527313";

static const char bridge_html[] =
  "<meta charset='utf-8'><div class=\"story\"><h1>Bridge repairs finished early</h1>"
  "<p>Repairs to the old river bridge were finished on Wednesday, two weeks earlier than planned, the city "
  "council said in a statement.</p>"
  "<p>The bridge will open to traffic again on Saturday morning, the council said.</p></div>";

static const char bridge_address[] = "https://www.reuters.com/world/europe/bridge-repairs-finished-early-2024-10-16/";

/* Firefox writes text/x-moz-url-priv as UTF-16 in the machine's order,
 * without a mark (widget/gtk/nsClipboard.cpp). */
static GBytes *
as_utf16 (const char *text)
{
  glong n = 0;
  gunichar2 *units = g_utf8_to_utf16 (text, -1, NULL, &n, NULL);

  return g_bytes_new_take (units, (gsize) n * sizeof (gunichar2));
}

/* The clipboard as a browser leaves it: @html as text/html, @address in
 * @address_format, and @text. */
static void
copy_from_browser (GtkWidget  *widget,
                   const char *html,
                   const char *address_format,
                   GBytes     *address,
                   const char *text)
{
  g_autoptr(GBytes) markup = g_bytes_new (html, strlen (html));
  GdkContentProvider *providers[3];
  g_autoptr(GdkContentProvider) content = NULL;
  guint n = 0;

  providers[n++] = gdk_content_provider_new_for_bytes ("text/html", markup);
  providers[n++] = gdk_content_provider_new_for_bytes (address_format, address);
  if (text != NULL)
    providers[n++] = gdk_content_provider_new_typed (G_TYPE_STRING, text);
  content = gdk_content_provider_new_union (providers, n);
  g_assert_true (gdk_clipboard_set_content (gtk_widget_get_clipboard (widget), content));
}

typedef struct
{
  DossierWindow *window;
  guint n;
} Articles;

static gboolean
has_n_articles (gpointer data)
{
  Articles *articles = data;

  return g_list_model_get_n_items (G_LIST_MODEL (dossier_window_get_corpus (articles->window))) == articles->n &&
         is_idle (articles->window);
}

static void
wait_for_articles (DossierWindow *window,
                   guint          n)
{
  Articles articles = { window, n };

  settle (50);
  wait_until (has_n_articles, &articles);
  settle (100);
}

/* The article of the window's dossier titled @title. */
static DossierArticle *
article_titled (DossierWindow *window,
                const char    *title)
{
  GListModel *articles = G_LIST_MODEL (dossier_window_get_corpus (window));

  for (guint i = 0; i < g_list_model_get_n_items (articles); i++)
    {
      g_autoptr(DossierArticle) article = g_list_model_get_item (articles, i);

      if (g_strcmp0 (dossier_article_get_title (article), title) == 0)
        return g_steal_pointer (&article);
    }
  return NULL;
}

/* The Open Original button under the reader's headline, or NULL. */
static GtkWidget *
open_original_button (DossierWindow *window)
{
  return find_widget (GTK_WIDGET (dossier_reader_get_text_view (window_reader (window))), GTK_TYPE_BUTTON,
                      "_Open Original");
}

static const char *
action_target_string (GtkWidget *button)
{
  GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));

  return target != NULL && g_variant_is_of_type (target, G_VARIANT_TYPE_STRING) ? g_variant_get_string (target, NULL)
                                                                                   : NULL;
}

/* Pasted from Firefox and from Chromium: each page's HTML, not its text,
 * named by its address's site and dated by it, shown with where it came
 * from, and all of it in the dossier file when it is opened again. */
static void
test_paste_from_browsers (void)
{
  DossierWindow *window = open_sample ();
  g_autoptr(GBytes) firefox_address = as_utf16 (harbour_address);
  g_autoptr(GBytes) chromium_address = g_bytes_new_static (bridge_address, strlen (bridge_address));
  g_autoptr(DossierArticle) harbour = NULL;
  g_autoptr(DossierArticle) bridge = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;
  DossierReader *reader;
  GtkWidget *button;

  copy_from_browser (GTK_WIDGET (window), harbour_html, "text/x-moz-url-priv", firefox_address, harbour_text);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.paste-article", NULL));
  wait_for_articles (window, 1);

  harbour = article_titled (window, "Harbour reopens after storm");
  g_assert_nonnull (harbour);
  /* The story's paragraphs, not the menu and the other stories the text
   * copy holds. */
  g_assert_cmpuint (dossier_article_get_n_paragraphs (harbour), ==, 2);
  g_assert_true (g_str_has_prefix (dossier_article_get_paragraph_text (harbour, 0), "The harbour of the town"));
  g_assert_true (g_str_has_prefix (dossier_article_get_paragraph_text (harbour, 1), "Ships waiting offshore"));
  g_assert_cmpstr (dossier_article_get_address (harbour), ==, harbour_address);
  g_assert_cmpstr (dossier_article_get_outlet (harbour), ==, "DW");
  g_assert_nonnull (dossier_article_get_added (harbour));

  /* The reader shows it, with where it came from and Open Original. */
  reader = window_reader (window);
  g_assert_true (dossier_reader_get_article (reader) != NULL);
  g_assert_cmpstr (dossier_article_get_title (dossier_reader_get_article (reader)), ==, "Harbour reopens after storm");
  text = reader_text (reader);
  g_assert_nonnull (strstr (text, "from www.dw.com/en/harbour-reopens-after-storm/a-70527313"));
  g_assert_nonnull (strstr (text, "Added "));
  g_assert_null (strstr (text, "Most read"));
  button = open_original_button (window);
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "win.open-original");
  g_assert_cmpstr (action_target_string (button), ==, harbour_address);
  g_assert_true (gtk_widget_get_mapped (button));
  save_snapshot (GTK_WIDGET (window), "paste-from-firefox");

  /* From Chromium: its source address, as bytes. */
  copy_from_browser (GTK_WIDGET (window), bridge_html, "chromium/x-source-url", chromium_address, NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.paste-article", NULL));
  wait_for_articles (window, 2);
  bridge = article_titled (window, "Bridge repairs finished early");
  g_assert_nonnull (bridge);
  g_assert_cmpstr (dossier_article_get_address (bridge), ==, bridge_address);
  g_assert_cmpstr (dossier_article_get_outlet (bridge), ==, "Reuters");
  /* The day in the address dates it, and "on Wednesday" counts from it. */
  g_assert_cmpstr (dossier_article_get_published (bridge), ==, "2024-10-16");
  g_assert_cmpstr (dossier_article_get_published_from (bridge), ==, "address");
  g_assert_cmpstr (action_target_string (open_original_button (window)), ==, bridge_address);

  /* Opened again from its file, without the window. */
  path = g_strdup (dossier_store_get_path (dossier_corpus_get_store (dossier_window_get_corpus (window))));
  gtk_window_destroy (GTK_WINDOW (window));
  settle (50);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(DossierStore) store = dossier_store_open (path, FALSE, &error);
    g_autoptr(DossierCorpus) corpus = dossier_corpus_new ();
    g_autoptr(DossierArticle) first = NULL;
    g_autoptr(DossierArticle) second = NULL;

    g_assert_no_error (error);
    g_assert_true (dossier_corpus_open (corpus, store, NULL, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 2);
    first = g_list_model_get_item (G_LIST_MODEL (corpus), 0);
    second = g_list_model_get_item (G_LIST_MODEL (corpus), 1);
    g_assert_cmpstr (dossier_article_get_title (first), ==, "Harbour reopens after storm");
    g_assert_cmpuint (dossier_article_get_n_paragraphs (first), ==, 2);
    g_assert_cmpstr (dossier_article_get_address (first), ==, harbour_address);
    g_assert_cmpstr (dossier_article_get_outlet (first), ==, "DW");
    g_assert_cmpstr (dossier_article_get_added (first), ==, dossier_article_get_added (harbour));
    g_assert_cmpstr (dossier_article_get_title (second), ==, "Bridge repairs finished early");
    g_assert_cmpstr (dossier_article_get_address (second), ==, bridge_address);
    g_assert_cmpstr (dossier_article_get_published (second), ==, "2024-10-16");
  }
}

/* A drop from a browser is read as its paste is: the HTML and the page's
 * address the drop offers. */
static void
test_drop_from_browser (void)
{
  /* GTK offers no way to drive a drop from a test without a second
   * process on the display; the drop target is checked to be there and
   * to take what browsers offer. */
  DossierWindow *window = open_sample ();
  GListModel *controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  GtkDropTargetAsync *drop = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET_ASYNC (controller) &&
          gdk_content_formats_contain_mime_type (gtk_drop_target_async_get_formats (GTK_DROP_TARGET_ASYNC (controller)),
                                                 "text/html"))
        drop = GTK_DROP_TARGET_ASYNC (controller);
    }
  g_object_unref (controllers);
  g_assert_nonnull (drop);
  {
    GdkContentFormats *formats = gtk_drop_target_async_get_formats (drop);

    g_assert_true (gdk_content_formats_contain_gtype (formats, GDK_TYPE_FILE_LIST));
    g_assert_true (gdk_content_formats_contain_mime_type (formats, "text/html"));
    g_assert_true (gdk_content_formats_contain_mime_type (formats, "text/x-moz-url-priv"));
    g_assert_true (gdk_content_formats_contain_mime_type (formats, "chromium/x-source-url"));
  }
  gtk_window_destroy (GTK_WINDOW (window));
}

static void
type_address (AdwMessageDialog *dialog,
              const char       *text)
{
  GtkWidget *entry = find_widget (GTK_WIDGET (dialog), GTK_TYPE_ENTRY, NULL);

  g_assert_nonnull (entry);
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
  settle (20);
}

/* Set Address: read as it is typed, Set only for an address; the article
 * is read again with it (its outlet from the site) and the change undone
 * from its toast. */
static void
test_set_address (void)
{
  DossierWindow *window = open_sample ();
  g_autoptr(GBytes) firefox_address = as_utf16 (harbour_address);
  AdwMessageDialog *dialog;
  DossierArticle *read;

  copy_from_browser (GTK_WIDGET (window), harbour_html, "text/x-moz-url-priv", firefox_address, harbour_text);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.paste-article", NULL));
  wait_for_articles (window, 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.set-address", NULL));
  settle (50);
  dialog = ADW_MESSAGE_DIALOG (find_toplevel (ADW_TYPE_MESSAGE_DIALOG));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Set Address");
  /* It starts with the address the article has. */
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "set"));
  type_address (dialog, "the harbour page");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "set"));
  g_assert_nonnull (find_widget (GTK_WIDGET (dialog), GTK_TYPE_LABEL, "Not an address Dossier can keep"));
  type_address (dialog, "ftp://example.com/harbour");
  g_assert_false (adw_message_dialog_get_response_enabled (dialog, "set"));
  type_address (dialog, "www.bbc.co.uk/news/harbour");
  g_assert_true (adw_message_dialog_get_response_enabled (dialog, "set"));
  g_assert_nonnull (find_widget (GTK_WIDGET (dialog), GTK_TYPE_LABEL, "Kept as https://www.bbc.co.uk/news/harbour"));
  adw_message_dialog_response (dialog, "set");
  wait_idle (window);
  settle (100);

  read = dossier_reader_get_article (window_reader (window));
  g_assert_nonnull (read);
  g_assert_cmpstr (dossier_article_get_address (read), ==, "https://www.bbc.co.uk/news/harbour");
  g_assert_cmpstr (dossier_article_get_outlet (read), ==, "BBC");
  g_assert_nonnull (find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "Address set to https://www.bbc.co.uk/news/harbour"));

  /* Undone: the browser's address again. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-address", "(xs)",
                                             dossier_article_get_source_id (read), harbour_address));
  wait_idle (window);
  settle (100);
  read = dossier_reader_get_article (window_reader (window));
  g_assert_cmpstr (dossier_article_get_address (read), ==, harbour_address);
  g_assert_cmpstr (dossier_article_get_outlet (read), ==, "DW");
  gtk_window_destroy (GTK_WINDOW (window));
}

static gboolean
notice_shown (DossierWindow *window)
{
  GtkWidget *revealer = find_widget (GTK_WIDGET (window_reader (window)), GTK_TYPE_REVEALER, NULL);

  return revealer != NULL && gtk_revealer_get_reveal_child (GTK_REVEALER (revealer));
}

/* A text in which no article was told apart: the reader says so, with
 * Keep (remembered in the file) and Remove Article (undone from its
 * toast, with the article's highlight). */
static void
test_uncleaned_kept_or_removed (void)
{
  DossierWindow *window = open_sample ();
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  g_autoptr(DossierArticle) menus = NULL;
  g_autofree char *path = NULL;
  DossierReader *reader = window_reader (window);
  GtkWidget *keep, *remove;
  gint64 source;

  gdk_clipboard_set_text (clipboard, "Home\nNews\nSport\nWeather\nSign in\nSubscribe\n");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.paste-article", NULL));
  wait_for_articles (window, 1);
  menus = g_object_ref (dossier_reader_get_article (reader));
  g_assert_true (dossier_article_get_uncleaned (menus));
  g_assert_true (notice_shown (window));
  g_assert_nonnull (find_widget (GTK_WIDGET (reader), GTK_TYPE_LABEL, "could not tell an article apart"));
  save_snapshot (GTK_WIDGET (window), "uncleaned-notice");
  keep = find_widget (GTK_WIDGET (reader), GTK_TYPE_BUTTON, "_Keep");
  g_assert_nonnull (keep);
  click (keep);
  settle (50);
  g_assert_true (dossier_article_get_kept_uncleaned (menus));
  g_assert_false (notice_shown (window));

  /* A second one, removed, and put back with its highlight. */
  gdk_clipboard_set_text (clipboard, "Log in\nRegister\nMenu\nSearch\nTerms\nContact us\n");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.paste-article", NULL));
  wait_for_articles (window, 2);
  g_assert_true (notice_shown (window));
  source = dossier_article_get_source_id (dossier_reader_get_article (reader));
  {
    DossierArticle *read = dossier_reader_get_article (reader);
    g_autoptr(DossierAnnotation) highlight = dossier_article_create_annotation (read, 0, 6, DOSSIER_COLOUR_RED);
    g_autoptr(GError) error = NULL;

    g_assert_true (dossier_corpus_add_annotation (dossier_window_get_corpus (window), highlight, &error));
    g_assert_no_error (error);
  }
  remove = find_widget (GTK_WIDGET (reader), GTK_TYPE_BUTTON, "_Remove Article");
  g_assert_nonnull (remove);
  click (remove);
  wait_for_articles (window, 1);
  g_assert_nonnull (find_widget (GTK_WIDGET (window), GTK_TYPE_LABEL, "removed"));
  g_assert_cmpuint (g_list_model_get_n_items (dossier_corpus_get_annotations (dossier_window_get_corpus (window))),
                    ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo-remove-article", "x", source));
  wait_for_articles (window, 2);
  g_assert_cmpuint (g_list_model_get_n_items (dossier_corpus_get_annotations (dossier_window_get_corpus (window))),
                    ==, 1);

  /* From the article menu too: the article read. */
  select_titled (window, "Log in");
  g_assert_cmpint (dossier_article_get_source_id (dossier_reader_get_article (reader)), ==, source);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.remove-article", "x", (gint64) 0));
  wait_for_articles (window, 1);

  /* Kept stays kept in the file. */
  path = g_strdup (dossier_store_get_path (dossier_corpus_get_store (dossier_window_get_corpus (window))));
  gtk_window_destroy (GTK_WINDOW (window));
  settle (50);
  {
    g_autoptr(GError) error = NULL;
    g_autoptr(DossierStore) store = dossier_store_open (path, FALSE, &error);
    g_autoptr(DossierCorpus) corpus = dossier_corpus_new ();
    g_autoptr(DossierArticle) first = NULL;

    g_assert_true (dossier_corpus_open (corpus, store, NULL, NULL, &error));
    g_assert_no_error (error);
    g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (corpus)), ==, 1);
    first = g_list_model_get_item (G_LIST_MODEL (corpus), 0);
    g_assert_true (dossier_article_get_uncleaned (first));
    g_assert_true (dossier_article_get_kept_uncleaned (first));
  }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  data_home = g_dir_make_tmp ("dossier-test-provenance-XXXXXX", NULL);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  g_setenv ("HOME", data_home, TRUE);
  g_setenv ("XDG_CONFIG_HOME", data_home, TRUE);
  gtk_test_init (&argc, &argv, NULL);
  dossier_test_keep_warnings_fatal ();
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);

  g_test_add_func ("/window-provenance/paste-from-browsers", test_paste_from_browsers);
  g_test_add_func ("/window-provenance/drop-from-browser", test_drop_from_browser);
  g_test_add_func ("/window-provenance/set-address", test_set_address);
  g_test_add_func ("/window-provenance/uncleaned-kept-or-removed", test_uncleaned_kept_or_removed);

  status = g_test_run ();
  remove_tree (data_home);
  g_free (data_home);
  return status;
}
