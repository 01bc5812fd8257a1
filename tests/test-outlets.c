/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Outlets: the list's lookups by site and by name, and the outlet the
 * cleaner names from what a page shows, on small pages of our own.  The
 * outlets of the pages are made up ("The Millbrook Courier"), except where
 * a test asks the list about an outlet it must know. */

#include <string.h>

#include "dossier-clean.h"
#include "dossier-html.h"
#include "dossier-outlets.h"

/* Three paragraphs of a made-up story, the article of every page. */
#define STORY \
  "The town council voted on Tuesday to rebuild the old stone bridge over the river, ending a dispute that had lasted for almost ten years.\n" \
  "Residents had complained for a long time that the bridge was too narrow for the buses that take their children to school in the next valley.\n" \
  "The work is expected to start in the spring and to take about eighteen months, the council said in a statement after the meeting.\n"

static DossierDocument *
clean_with (const char *text,
            const char *address,
            const char *file_name)
{
  DossierCleanOptions options = { 0 };
  g_autoptr(GError) error = NULL;
  DossierDocument *document;

  options.address = address;
  options.file_name = file_name;
  document = dossier_clean_text (text, strlen (text), &options, &error);
  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

static DossierDocument *
clean (const char *text)
{
  return clean_with (text, NULL, NULL);
}

static void
test_find_by_host (void)
{
  const DossierOutlet *bbc = dossier_outlet_find_by_host ("bbc.co.uk");

  g_assert_nonnull (bbc);
  g_assert_cmpstr (bbc->name, ==, "BBC");
  g_assert_cmpint (bbc->kind, ==, DOSSIER_OUTLET_BROADCASTER);
  /* Any host on the site, in any case, with a port. */
  g_assert_true (dossier_outlet_find_by_host ("www.bbc.co.uk") == bbc);
  g_assert_true (dossier_outlet_find_by_host ("news.bbc.co.uk") == bbc);
  g_assert_true (dossier_outlet_find_by_host ("WWW.BBC.CO.UK:443") == bbc);
  g_assert_true (dossier_outlet_find_by_host ("www.bbc.com") == bbc);
  /* A label boundary: "notbbc.co.uk" is no site of the BBC. */
  g_assert_null (dossier_outlet_find_by_host ("notbbc.co.uk"));
  g_assert_null (dossier_outlet_find_by_host ("co.uk"));
  g_assert_null (dossier_outlet_find_by_host ("www.millbrook-courier.com"));
  /* The longest listed domain wins over its parent's. */
  g_assert_cmpstr (dossier_outlet_find_by_host ("timesofindia.indiatimes.com")->name, ==, "The Times of India");
  g_assert_cmpstr (dossier_outlet_find_by_host ("economictimes.indiatimes.com")->name, ==, "The Economic Times");
  g_assert_cmpstr (dossier_outlet_find_by_host ("www.dw.com")->name, ==, "DW");
  g_assert_cmpstr (dossier_outlet_find_by_host ("edition.cnn.com")->name, ==, "CNN");
}

/* A site named after a brand of its own gives the outlet that name; a
 * short form of the name ("SCMP") or capitals only do not. */
static void
test_site_names (void)
{
  const char *site = NULL;
  const DossierOutlet *outlet = dossier_outlet_find_site ("www.walesonline.co.uk", &site);

  g_assert_nonnull (outlet);
  g_assert_cmpstr (outlet->name, ==, "Western Mail");
  g_assert_cmpstr (site, ==, "WalesOnline");
  g_assert_nonnull (dossier_outlet_find_site ("www.scmp.com", &site));
  g_assert_cmpstr (site, ==, "South China Morning Post");
  g_assert_nonnull (dossier_outlet_find_site ("www.bbc.co.uk", &site));
  g_assert_cmpstr (site, ==, "BBC");
}

static void
test_find_by_name (void)
{
  gboolean shared = TRUE;
  const DossierOutlet *dw = dossier_outlet_find_by_name ("Deutsche Welle", -1, &shared);

  g_assert_nonnull (dw);
  g_assert_false (shared);
  g_assert_cmpstr (dw->name, ==, "DW");
  g_assert_cmpstr (dw->country, ==, "DE");
  /* Case, punctuation and a leading "The" aside. */
  g_assert_true (dossier_outlet_find_by_name ("DEUTSCHE WELLE", -1, NULL) == dw);
  g_assert_cmpstr (dossier_outlet_find_by_name ("the new york times", -1, NULL)->name, ==, "The New York Times");
  g_assert_cmpstr (dossier_outlet_find_by_name ("Agence France Presse", -1, NULL)->name, ==, "AFP");
  g_assert_cmpint (dossier_outlet_find_by_name ("Agence France-Presse", -1, NULL)->kind, ==, DOSSIER_OUTLET_AGENCY);
  /* A name several outlets have names none of them. */
  g_assert_null (dossier_outlet_find_by_name ("The Star", -1, &shared));
  g_assert_true (shared);
  g_assert_null (dossier_outlet_find_by_name ("The Millbrook Courier", -1, &shared));
  g_assert_false (shared);
  g_assert_null (dossier_outlet_find_by_name ("", -1, NULL));
  {
    g_autofree char *key = dossier_outlet_name_key ("  The  Daily-Example, Ltd.", -1);
    g_assert_cmpstr (key, ==, "daily example ltd");
  }
}

static void
test_addresses (void)
{
  struct { const char *text; const char *host; } cases[] = {
    { "https://www.dw.com/en/some-story/a-123", "www.dw.com" },
    { "http://User@News.Example.com:8080/x?y=1", "news.example.com" },
    { "www.millbrook-courier.com/news", "www.millbrook-courier.com" },
    { "millbrook-courier.com", "millbrook-courier.com" },
    { "example.co.uk/story", "example.co.uk" },
    { "https://web.archive.org/web/20240101000000/https://www.example-news.org/a", "www.example-news.org" },
    /* Not addresses: abbreviations, file names, words. */
    { "U.S.", NULL },
    { "p.m.", NULL },
    { "report.final", NULL },
    { "node.js", NULL },
    { "hello", NULL },
    { "millbrook-courier.com is a site", NULL },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *host = dossier_address_get_host (cases[i].text, -1);
      g_assert_cmpstr (host, ==, cases[i].host);
    }
  g_assert_true (dossier_host_is_platform ("www.youtube.com"));
  g_assert_true (dossier_host_is_platform ("t.co"));
  g_assert_false (dossier_host_is_platform ("www.dw.com"));
  /* An outlet's site under a platform's domain, in a regional edition,
   * is the outlet's; the platform's own pages are not. */
  g_assert_true (dossier_host_is_platform ("www.yahoo.com"));
  g_assert_false (dossier_host_is_platform ("sg.news.yahoo.com"));
  g_assert_cmpstr (dossier_outlet_find_by_host ("sg.news.yahoo.com")->name, ==, "Yahoo News");
  {
    g_autofree char *a = dossier_host_display_name ("www.millbrook-courier.com");
    g_autofree char *b = dossier_host_display_name ("edition.example.co.uk");
    g_autofree char *c = dossier_host_display_name ("example.news");
    g_assert_cmpstr (a, ==, "millbrook-courier.com");
    g_assert_cmpstr (b, ==, "example.co.uk");
    g_assert_cmpstr (c, ==, "example.news");
  }
  {
    g_autofree char *blog = dossier_host_display_name ("www.someone.blogspot.com");
    g_autofree char *blog_uk = dossier_host_display_name ("someone.blogspot.co.uk");
    g_autofree char *hosted = dossier_host_display_name ("someone.wordpress.com");
    g_assert_cmpstr (blog, ==, "someone.blogspot.com");
    g_assert_cmpstr (blog_uk, ==, "someone.blogspot.co.uk");
    g_assert_cmpstr (hosted, ==, "someone.wordpress.com");
  }
}

/* A page whose foot says whose it is. */
static void
test_copyright_line (void)
{
  g_autoptr(DossierDocument) document = clean (
    "Home\nNews\nSport\nWeather\n"
    "Council votes to rebuild the old bridge\n"
    STORY
    "Most read\n"
    "Privacy Policy\n"
    "© 2024 The Millbrook Courier. All rights reserved.\n");

  g_assert_cmpstr (document->outlet, ==, "The Millbrook Courier");
  g_assert_nonnull (strstr (document->outlet_evidence, "copyright"));
  /* The owner of a copyright line is matched against the list. */
  {
    g_autoptr(DossierDocument) listed = clean (
      "Council votes to rebuild the old bridge\n" STORY "Copyright 2023 Deutsche Welle. All rights reserved.\n");
    g_assert_cmpstr (listed->outlet, ==, "DW");
  }
}

/* Wire copy with no furniture keeps its "Source(s):" line as filed, and
 * the agency it names is the outlet; a page's plea for its own outlet
 * ("… access to X") names it where the list knows X. */
static void
test_source_line_and_plea (void)
{
  g_autoptr(DossierDocument) wire = clean (STORY "Source(s): Xinhua News Agency\n");
  g_autoptr(DossierDocument) plea = clean (
    "Home\nNews\nSport\n"
    "Readers like you keep news free: help keep free access to The Irish Times.\n"
    "Council votes to rebuild the old bridge\n"
    STORY
    "Privacy Policy\n");

  g_assert_cmpstr (wire->outlet, ==, "Xinhua");
  g_assert_nonnull (strstr (wire->outlet_evidence, "source line"));
  g_assert_cmpstr (plea->outlet, ==, "The Irish Times");
}

/* The address a researcher pasted above the page. */
static void
test_address_line (void)
{
  g_autoptr(DossierDocument) unknown = clean (
    "https://www.millbrook-courier.com/local/2024/10/17/bridge-vote\n"
    "Council votes to rebuild the old bridge\n" STORY);
  g_autoptr(DossierDocument) listed = clean (
    "Council votes to rebuild the old bridge\n" STORY
    "Source: https://www.theguardian.com/uk-news/2024/oct/17/bridge-vote\n");
  /* A link in the middle of a page is another page's address. */
  g_autoptr(DossierDocument) link = clean (
    "Council votes to rebuild the old bridge\n"
    "The town council voted on Tuesday to rebuild the old stone bridge over the river, ending a dispute that had lasted for almost ten years.\n"
    "https://www.bbc.co.uk/news/uk-england-12345678\n"
    "Residents had complained for a long time that the bridge was too narrow for the buses that take their children to school in the next valley.\n"
    "The work is expected to start in the spring and to take about eighteen months, the council said in a statement after the meeting.\n"
    "Comments\n");

  /* A site the list does not know is named by its domain, as it is. */
  g_assert_cmpstr (unknown->outlet, ==, "millbrook-courier.com");
  g_assert_cmpstr (unknown->address, ==, "https://www.millbrook-courier.com/local/2024/10/17/bridge-vote");
  g_assert_nonnull (strstr (unknown->outlet_evidence, "not in the list"));
  g_assert_cmpstr (listed->outlet, ==, "The Guardian");
  g_assert_null (link->outlet);
}

/* A masthead in the page's head and again in its foot. */
static void
test_header_and_footer (void)
{
  g_autoptr(DossierDocument) document = clean (
    "Millbrook Gazette\nHome\nLocal\nSport\n"
    "Council votes to rebuild the old bridge\n"
    STORY
    "Latest News\nHome\nLocal\n"
    "Millbrook Gazette\n"
    "Contact us\n");
  /* Menus repeat their entries too: "Home", "Local" and "Latest News"
   * are no outlet. */
  g_autoptr(DossierDocument) menus = clean (
    "Home\nLocal\nLatest News\n"
    "Council votes to rebuild the old bridge\n"
    STORY
    "Home\nLocal\nLatest News\n");

  g_assert_cmpstr (document->outlet, ==, "Millbrook Gazette");
  g_assert_null (menus->outlet);
}

/* A wire story on a page with a name of its own. */
static void
test_wire_credit_and_own_name (void)
{
  g_autoptr(DossierDocument) own = clean (
    "Millbrook Gazette\n"
    "Council votes to rebuild the old bridge\n"
    "MILLBROOK (Reuters) - " STORY
    "Follow Millbrook Gazette on Twitter\n"
    "© 2024 Millbrook Gazette\n");
  g_autoptr(DossierDocument) wire_only = clean (
    "Council votes to rebuild the old bridge\n"
    "MILLBROOK (Reuters) - " STORY);
  g_autoptr(DossierDocument) on_a_site = clean_with (
    "Council votes to rebuild the old bridge\n"
    "MILLBROOK (Reuters) - " STORY,
    "https://www.millbrook-courier.com/world/bridge", NULL);

  /* A staff story written with an agency's help is no agency's copy. */
  g_autoptr(DossierDocument) helped = clean (
    "Council votes to rebuild the old bridge\n"
    "By Jane Example with AP\n" STORY
    "The Associated Press contributed to this report.\n");

  g_assert_cmpstr (own->outlet, ==, "Millbrook Gazette");
  g_assert_null (helped->outlet);
  /* A page that says nothing of itself is the agency's copy. */
  g_assert_cmpstr (wire_only->outlet, ==, "Reuters");
  /* A site that carries the agency's story is the outlet. */
  g_assert_cmpstr (on_a_site->outlet, ==, "millbrook-courier.com");
}

/* The prose names outlets as sources; none of them is the page's. */
static void
test_quoted_outlet (void)
{
  g_autoptr(DossierDocument) document = clean (
    "Council votes to rebuild the old bridge\n"
    "The town council voted on Tuesday to rebuild the old stone bridge, the BBC reported, ending a dispute that had lasted for almost ten years.\n"
    "\"It is a day for the whole valley,\" the mayor told the BBC after the vote, adding that the buses would soon cross the river again.\n"
    "The work is expected to start in the spring and to take about eighteen months, Reuters and the Financial Times reported later.\n");

  g_assert_null (document->outlet);
  g_assert_null (document->outlet_evidence);
}

/* An address the caller gives, and a file named after its site. */
static void
test_given_address_and_file_name (void)
{
  const char *page = "Council votes to rebuild the old bridge\n" STORY;
  g_autoptr(DossierDocument) given = clean_with (page, "https://www.tinytown-post.com/a/1", NULL);
  g_autoptr(DossierDocument) listed_file = clean_with (page, NULL, "saved/03-www.dw.com.txt");
  g_autoptr(DossierDocument) unknown_file = clean_with (page, NULL, "/home/me/pages/12-example-news.com.html");
  g_autoptr(DossierDocument) mirrored = clean_with (page, NULL, "mirror/www.abc.net.au/news/2024/story.html");
  g_autoptr(DossierDocument) plain_name = clean_with (page, NULL, "notes/bridge vote.txt");
  /* The page's own name, when it is the site's, reads better than the
   * domain. */
  g_autoptr(DossierDocument) named = clean_with ("Council votes to rebuild the old bridge\n" STORY
                                                 "© 2024 Example News Network\n",
                                                 NULL, "07-examplenews.com.txt");

  g_assert_cmpstr (given->outlet, ==, "tinytown-post.com");
  g_assert_cmpstr (given->address, ==, "https://www.tinytown-post.com/a/1");
  g_assert_cmpstr (listed_file->outlet, ==, "DW");
  g_assert_nonnull (strstr (listed_file->outlet_evidence, "file"));
  g_assert_null (listed_file->address);
  g_assert_cmpstr (unknown_file->outlet, ==, "example-news.com");
  g_assert_cmpstr (mirrored->outlet, ==, "ABC News");
  g_assert_null (plain_name->outlet);
  g_assert_cmpstr (named->outlet, ==, "Example News Network");
}

/* A saved page's canonical link names its site. */
static void
test_html_canonical_link (void)
{
  static const char page[] =
    "<!doctype html><html><head><title>Council votes to rebuild the old bridge</title>"
    "<link rel=\"canonical\" href=\"https://www.irishtimes.com/news/bridge-vote\">"
    "</head><body><article><h1>Council votes to rebuild the old bridge</h1>"
    "<p>The town council voted on Tuesday to rebuild the old stone bridge over the river, ending a dispute that had lasted for almost ten years.</p>"
    "<p>Residents had complained for a long time that the bridge was too narrow for the buses that take their children to school in the next valley.</p>"
    "<p>The work is expected to start in the spring and to take about eighteen months, the council said in a statement after the meeting.</p>"
    "</article></body></html>";
  g_autoptr(GError) error = NULL;
  g_autoptr(DossierDocument) document = dossier_html_clean ((const guint8 *) page, strlen (page), NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (document->outlet, ==, "The Irish Times");
  g_assert_cmpstr (document->address, ==, "https://www.irishtimes.com/news/bridge-vote");
}

static void
test_credit_after_byline (void)
{
  /* A station's credit in a dateline with its state, under a standfirst
   * and a byline: "MILLBROOK COUNTY, Ark. (KMBK) -". */
  g_autoptr(DossierDocument) station = clean (
    "Council votes to rebuild the old bridge\n"
    "The town council voted to rebuild the old stone bridge over the river after years of dispute.\n"
    "By Newsdesk Staff\n"
    "MILLBROOK COUNTY, Ark. (KMBK) - " STORY);

  g_assert_cmpstr (station->outlet, ==, "KMBK");
  g_assert_nonnull (strstr (station->outlet_evidence, "dateline"));
}

static void
assert_address_date (const char *address,
                     const char *expected)
{
  DossierDate date = DOSSIER_DATE_INIT;
  gboolean found = dossier_address_find_date (address, &date);

  if (expected == NULL)
    {
      g_assert_false (found);
      return;
    }
  g_assert_true (found);
  {
    g_autofree char *iso = dossier_date_to_iso (&date);
    g_assert_cmpstr (iso, ==, expected);
  }
}

static void
test_date_in_address (void)
{
  assert_address_date ("https://www.example-news.com/world/2024/10/15/council-votes/", "2024-10-15");
  assert_address_date ("https://example.org/politics/2024-10-15-council-votes", "2024-10-15");
  assert_address_date ("https://example.org/story/20241015/council-votes.html", "2024-10-15");
  assert_address_date ("https://example.org/news/council-votes-19-Oct-2024", "2024-10-19");
  assert_address_date ("https://example.org/news/oct-19-2024-council-votes", "2024-10-19");
  /* No day: a month only, an article number, a host name, a query. */
  assert_address_date ("https://example.org/2024/10/council-votes", NULL);
  assert_address_date ("https://example.org/news/article-202410151234", NULL);
  assert_address_date ("https://2024-10-15.example.org/news", NULL);
  assert_address_date ("https://example.org/news/council?date=2024-10-15", NULL);
  assert_address_date ("https://example.org/2024/13/45/nothing", NULL);
  /* Two different days say nothing sure. */
  assert_address_date ("https://example.org/2024/10/15/recap-of-2024-09-01", NULL);

  /* The cleaner takes it where the page says nothing of its date, and
   * says where it came from. */
  {
    g_autoptr(DossierDocument) document =
      clean_with ("Council votes to rebuild the old bridge\n" STORY,
                  "https://www.millbrook-courier.com/news/2024/10/15/bridge", NULL);

    g_assert_cmpint (document->published_from, ==, DOSSIER_DATE_SOURCE_ADDRESS);
    g_assert_cmpstr (dossier_date_source_to_string (document->published_from), ==, "address");
    {
      g_autofree char *iso = dossier_date_to_iso (&document->published);
      g_assert_cmpstr (iso, ==, "2024-10-15");
    }
  }
  /* A date the page states wins. */
  {
    g_autoptr(DossierDocument) document =
      clean_with ("Council votes to rebuild the old bridge\nPublished: 16 October 2024\n" STORY,
                  "https://www.millbrook-courier.com/news/2024/10/15/bridge", NULL);

    g_assert_cmpint (document->published_from, ==, DOSSIER_DATE_SOURCE_TEXT);
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/outlets/list/by-host", test_find_by_host);
  g_test_add_func ("/outlets/list/site-names", test_site_names);
  g_test_add_func ("/outlets/list/by-name", test_find_by_name);
  g_test_add_func ("/outlets/list/addresses", test_addresses);
  g_test_add_func ("/outlets/page/copyright-line", test_copyright_line);
  g_test_add_func ("/outlets/page/address-line", test_address_line);
  g_test_add_func ("/outlets/page/header-and-footer", test_header_and_footer);
  g_test_add_func ("/outlets/page/wire-credit-and-own-name", test_wire_credit_and_own_name);
  g_test_add_func ("/outlets/page/quoted-outlet", test_quoted_outlet);
  g_test_add_func ("/outlets/page/given-address-and-file-name", test_given_address_and_file_name);
  g_test_add_func ("/outlets/page/html-canonical-link", test_html_canonical_link);
  g_test_add_func ("/outlets/page/date-in-address", test_date_in_address);
  g_test_add_func ("/outlets/page/credit-after-byline", test_credit_after_byline);
  g_test_add_func ("/outlets/page/source-line-and-plea", test_source_line_and_plea);

  return g_test_run ();
}
