/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Saved web pages: what a reader keeps of small pages of our own, each
 * built to exercise one rule of the HTML importer. */

#include "dossier-core-error.h"
#include "dossier-html.h"
#include "dossier-test-util.h"

#define PARAGRAPH_A "The city council voted on Tuesday to close the old harbour bridge to heavy traffic after engineers found cracks in two of its supports."
#define PARAGRAPH_B "Mayor Anna Lindqvist said the closure would last at least six months while the supports are replaced, and that buses would be rerouted."
#define PARAGRAPH_C "Hauliers warned that the detour would add forty minutes to every crossing and asked the council to pay for a temporary ferry."

static DossierDocument *
clean_html (const char *html)
{
  g_autoptr(GError) error = NULL;
  DossierDocument *document = dossier_html_clean ((const guint8 *) html, strlen (html), NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

static void
assert_body (DossierDocument *document)
{
  g_assert_true (document->is_html);
  g_assert_nonnull (dossier_test_find_paragraph (document, "The city council voted on Tuesday"));
  g_assert_nonnull (dossier_test_find_paragraph (document, "Mayor Anna Lindqvist said"));
  g_assert_nonnull (dossier_test_find_paragraph (document, "Hauliers warned"));
}

static void
test_div_only_body (void)
{
  /* No <article>, no <p>: the body is in <div>s, beside a menu. */
  g_autoptr(DossierDocument) document = clean_html (
    "<html><head><title>Harbour bridge closed | Coastal Times</title></head><body>"
    "<div class=\"site-menu\"><div>Home</div><div>News</div><div>Sport</div><div>Weather</div></div>"
    "<div id=\"content\"><div class=\"headline\">Harbour bridge closed to lorries</div>"
    "<div>" PARAGRAPH_A "</div><div>" PARAGRAPH_B "</div><div>" PARAGRAPH_C "</div></div>"
    "<div class=\"footer-links\">Privacy Policy</div></body></html>");

  assert_body (document);
  g_assert_false (dossier_test_body_contains (document, "Sport"));
  g_assert_false (dossier_test_body_contains (document, "Privacy Policy"));
  g_assert_cmpuint (document->paragraphs->len, ==, 3);
}

static void
test_comments_longer_than_article (void)
{
  g_autoptr(GString) html = g_string_new (
    "<!DOCTYPE html><html><body><header><nav><a href=\"/\">Home</a></nav></header>"
    "<h1>Harbour bridge closed to lorries</h1>"
    "<div class=\"story\"><p>" PARAGRAPH_A "</p><p>" PARAGRAPH_B "</p><p>" PARAGRAPH_C "</p></div>"
    "<section id=\"comments\"><h2>42 comments</h2>");

  for (int i = 0; i < 12; i++)
    g_string_append_printf (html, "<div class=\"comment\"><p>Reader %d wrote: I have driven across that bridge "
                            "every morning for twenty years and never once felt it move, so I think the "
                            "council is overreacting as usual and should publish the engineers' report.</p></div>", i);
  g_string_append (html, "</section></body></html>");

  {
    g_autoptr(DossierDocument) document = clean_html (html->str);
    assert_body (document);
    g_assert_false (dossier_test_body_contains (document, "wrote:"));
    g_assert_false (dossier_test_body_contains (document, "42 comments"));
  }
}

static void
test_json_ld_metadata (void)
{
  g_autoptr(DossierDocument) document = clean_html (
    "<html><head><title>Bridge - Coastal Times</title>"
    "<meta property=\"og:title\" content=\"Not the headline\">"
    "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":["
    "{\"@type\":\"WebSite\",\"name\":\"Coastal Times website\"},"
    "{\"@type\":\"NewsArticle\",\"headline\":\"Harbour bridge closed to lorries\","
    "\"datePublished\":\"2025-02-11T09:30:00+01:00\","
    "\"author\":[{\"@type\":\"Person\",\"name\":\"Maja Holm\"},{\"@type\":\"Person\",\"name\":\"Erik Sand\"}],"
    "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Coastal Times\"}}]}</script>"
    "</head><body><article><p>" PARAGRAPH_A "</p><p>" PARAGRAPH_B "</p><p>" PARAGRAPH_C "</p></article>"
    "</body></html>");

  assert_body (document);
  g_assert_cmpstr (document->title, ==, "Harbour bridge closed to lorries");
  g_assert_cmpstr (document->author, ==, "Maja Holm and Erik Sand");
  g_assert_cmpstr (document->outlet, ==, "Coastal Times");
  g_assert_cmpint (document->published_from, ==, DOSSIER_DATE_SOURCE_METADATA);
  dossier_test_assert_date (&document->published, "2025-02-11T09:30");
  /* "on Tuesday" resolves against the page's own date. */
  g_assert_nonnull (strstr (document->published_evidence, "datePublished"));
}

static void
test_open_graph_and_time (void)
{
  g_autoptr(DossierDocument) document = clean_html (
    "<html><head><meta property=\"og:title\" content=\"Harbour bridge closed to lorries\">"
    "<meta property=\"og:site_name\" content=\"Coastal Times\"><meta name=\"author\" content=\"Maja Holm\">"
    "</head><body><main><time datetime=\"2025-02-11\">11 February</time>"
    "<p>" PARAGRAPH_A "</p><p>" PARAGRAPH_B "</p><p>" PARAGRAPH_C "</p></main></body></html>");

  assert_body (document);
  g_assert_cmpstr (document->title, ==, "Harbour bridge closed to lorries");
  g_assert_cmpstr (document->outlet, ==, "Coastal Times");
  g_assert_cmpstr (document->author, ==, "Maja Holm");
  dossier_test_assert_date (&document->published, "2025-02-11");
}

static void
test_list_of_links_inside_article (void)
{
  /* A "Most read" rail inside the article, all headlines and links, and a
   * paragraph that links a word or two, which stays. */
  g_autoptr(DossierDocument) document = clean_html (
    "<html><body><article><p>" PARAGRAPH_A "</p><p>" PARAGRAPH_B "</p>"
    "<div class=\"rail-box\"><h3>Most read in news</h3>"
    "<div><a href=\"/a\">Ferry operator doubles fares overnight</a></div>"
    "<div><a href=\"/b\">Storm closes airport for second day</a></div>"
    "<div><a href=\"/c\">Council leader quits over expenses row</a></div>"
    "<div><a href=\"/d\">Lorry drivers plan go-slow protest</a></div></div>"
    "<p>The engineers' <a href=\"/report\">report</a> says the supports were last inspected in 2019, "
    "and that the cracks had grown since the spring.</p>"
    "<p>" PARAGRAPH_C "</p></article></body></html>");

  assert_body (document);
  g_assert_nonnull (dossier_test_find_paragraph (document, "The engineers' report says"));
  g_assert_false (dossier_test_body_contains (document, "Ferry operator doubles fares"));
  g_assert_false (dossier_test_body_contains (document, "Most read"));
}

static void
test_short_lines_of_the_article (void)
{
  /* The dates of a tour after the prose: short lines, but the article's,
   * up to the first furniture. */
  g_autoptr(DossierDocument) document = clean_html (
    "<html><body><article><p>" PARAGRAPH_A "</p><p>" PARAGRAPH_B "</p><p>" PARAGRAPH_C "</p>"
    "<p>The replacement ferry will call at:</p>"
    "<p>June 9 -- North Quay, 7:00</p><p>June 10 -- Fish Market, 7:30</p><p>June 14 -- Old Town, 8:00</p>"
    "<p>Share this article</p><p>Ferry tickets on sale</p></article></body></html>");

  assert_body (document);
  g_assert_nonnull (dossier_test_find_paragraph (document, "June 14 -- Old Town"));
  g_assert_false (dossier_test_body_contains (document, "Share this article"));
  g_assert_false (dossier_test_body_contains (document, "Ferry tickets on sale"));
}

static void
test_article_hidden_until_a_script_runs (void)
{
  /* Nothing visible but a menu: the article waits in a hidden wrapper for
   * a script that never runs here. */
  g_autoptr(DossierDocument) document = clean_html (
    "<html><body><div class=\"menu\"><a href=\"/\">Home</a> <a href=\"/news\">News</a></div>"
    "<div style=\"display:none\" class=\"js-reveal\"><p>" PARAGRAPH_A "</p><p>" PARAGRAPH_B "</p>"
    "<p>" PARAGRAPH_C "</p></div></body></html>");

  assert_body (document);
}

static void
test_table_rows (void)
{
  g_autoptr(DossierDocument) document = clean_html (
    "<html><body><article><p>" PARAGRAPH_A "</p><p>" PARAGRAPH_B "</p>"
    "<table><tr><th>Crossing</th><th>Before</th><th>After</th></tr>"
    "<tr><td>North Quay</td><td>12 min</td><td>52 min</td></tr>"
    "<tr><td>Old Town</td><td>9 min</td><td>47 min</td></tr></table>"
    "<p>" PARAGRAPH_C "</p></article></body></html>");

  /* A row is one line, its cells apart by a space. */
  assert_body (document);
  g_assert_nonnull (dossier_test_find_paragraph (document, "North Quay 12 min 52 min"));
}

static void
test_japanese_page (void)
{
  /* Prose without spaces, a few English names in it: weighed by its
   * characters and its ideographic full stops. */
  g_autoptr(DossierDocument) document = clean_html (
    "<html><body><div class=\"menu\"><a href=\"/\">ホーム</a></div><div class=\"entry\">"
    "<p>Kindle for PCをインストールすると、自動でホットキーが設定され、起動できるようになります。</p>"
    "<p>何が困るかといえば、パスワード管理ソフトKeePassの起動ショートカットキーと同じなのです。</p>"
    "<p>困った挙げ句、色々調べた結果、別の方法でこの設定を変更することにしました。</p>"
    "</div></body></html>");

  g_assert_cmpuint (document->paragraphs->len, ==, 3);
  g_assert_false (dossier_test_body_contains (document, "ホーム"));
}

static void
test_placeholder_date (void)
{
  /* A template's "no date" is no date. */
  g_autoptr(DossierDocument) document = clean_html (
    "<html><head><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\","
    "\"datePublished\":\"0001-01-01T00:00:00Z\"}</script></head><body>"
    "<p>" PARAGRAPH_A "</p><p>" PARAGRAPH_B "</p><p>" PARAGRAPH_C "</p></body></html>");

  assert_body (document);
  g_assert_false (dossier_date_is_set (&document->published));
}

static void
test_page_title_last (void)
{
  /* No headline on the page and no title in its meta: its <title>. */
  g_autoptr(DossierDocument) document = clean_html (
    "<html><head><title>Harbour bridge closed | Coastal Times</title></head><body>"
    "<p>" PARAGRAPH_A "</p><p>" PARAGRAPH_B "</p><p>" PARAGRAPH_C "</p></body></html>");

  assert_body (document);
  g_assert_cmpstr (document->title, ==, "Harbour bridge closed | Coastal Times");
}

static void
test_broken_markup (void)
{
  /* Unclosed paragraphs, a stray end tag, an unquoted attribute, a
   * paragraph inside an inline element, and no end to the page. */
  g_autoptr(DossierDocument) document = clean_html (
    "<html><body></div><div class=story><p>" PARAGRAPH_A "<p>" PARAGRAPH_B
    "<span><p>" PARAGRAPH_C "</span></b></i><div");

  assert_body (document);
}

static void
test_script_full_of_text (void)
{
  g_autoptr(DossierDocument) document = clean_html (
    "<html><body><script>var story = \"The harbour bridge story is loading, please wait while we "
    "fetch the article text from our servers, which may take a few seconds on slow connections.\";</script>"
    "<style>p { color: black; } .story::before { content: 'Breaking news about the bridge and more'; }</style>"
    "<noscript>Please enable JavaScript to read comments on this article about the harbour bridge.</noscript>"
    "<p>" PARAGRAPH_A "</p><p>" PARAGRAPH_B "</p><p>" PARAGRAPH_C "</p></body></html>");

  assert_body (document);
  g_assert_false (dossier_test_body_contains (document, "loading"));
  g_assert_false (dossier_test_body_contains (document, "color"));
  g_assert_false (dossier_test_body_contains (document, "JavaScript"));
}

/* What the pass before parsing cuts (scripts, style sheets, comments,
 * attributes the reader never looks at, images) follows the HTML
 * tokenizer: the article around them reads the same. */
static void
test_raw_text_cut_as_the_tokenizer_reads_it (void)
{
  g_autoptr(DossierDocument) document = clean_html (
    "<html><head><title>Bridge closed</title>"
    "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\",   \"headline\": \"Harbour   bridge closed\","
    " \"datePublished\": \"2024-03-05\"}</script>"
    "<!-- <script> a comment is not a script --><link rel=stylesheet href=\"a.css\"></head><body>"
    /* A script's text ends at "</script", whatever it holds. */
    "<script>document.write('</div><p>Injected paragraph from a script about the bridge and the harbour.</p>');"
    "if (a <b && c> d) {}</script >"
    /* A ">" or "<script>" inside a quoted attribute value is not the tag's end. */
    "<div data-note=\"a > b <script>\" class='story' title=x>"
    "<p>" PARAGRAPH_A "</p><img src=\"bridge.jpg\" alt=\"<p>Alt text of the bridge photo</p>\">"
    "<p>" PARAGRAPH_B "</p><!-->"
    "<pre>Closure   timetable:\n  lorries    from Monday\n  buses      from Friday</pre>"
    "<p>" PARAGRAPH_C "</p></div>"
    "<style>p::after { content: '</p><p>Style text' }</style>"
    "<p>After the style sheet, the council answered questions from residents about the detours.</p>"
    /* A custom element named like one is no script or style sheet. */
    "<style-box><p>The works timetable was agreed with the port authority and the ferry operators last week.</p></style-box>"
    /* A script never closed runs to the end of the page. */
    "<script>var tail = '<p>Never shown to a reader, this line sits in an open script.</p>';");

  assert_body (document);
  g_assert_cmpstr (document->title, ==, "Harbour   bridge closed");
  g_assert_cmpint (document->published.year, ==, 2024);
  g_assert_cmpint (document->published.day, ==, 5);
  g_assert_false (dossier_test_body_contains (document, "Injected"));
  g_assert_false (dossier_test_body_contains (document, "Alt text"));
  g_assert_false (dossier_test_body_contains (document, "Style text"));
  g_assert_false (dossier_test_body_contains (document, "Never shown"));
  g_assert_false (dossier_test_body_contains (document, "a comment"));
  g_assert_nonnull (dossier_test_find_paragraph (document, "After the style sheet"));
  g_assert_nonnull (dossier_test_find_paragraph (document, "The works timetable was agreed"));
  /* White space in <pre> is kept: its lines stay lines. */
  g_assert_true (dossier_test_body_contains (document, "lorries    from Monday") ||
                 dossier_test_body_contains (document, "lorries from Monday"));
}

static void
test_hidden_microdata_copy (void)
{
  /* The page repeats its text, as plain text, in a hidden microdata block
   * marked articleBody; the reader's copy is the visible one. */
  g_autoptr(DossierDocument) document = clean_html (
    "<html><body><div style=\"display:none;\" itemscope itemtype=\"http://schema.org/NewsArticle\">"
    "<div itemprop=\"headline\">Harbour bridge closed</div><div itemprop=\"articleBody\">"
    PARAGRAPH_A "\n" PARAGRAPH_B "\n" PARAGRAPH_C " Hidden copy ends here.</div></div>"
    "<div class=\"post-content\"><h1>Harbour bridge closed to lorries</h1>"
    "<p>" PARAGRAPH_A "</p><p>" PARAGRAPH_B "</p><p>" PARAGRAPH_C "</p></div></body></html>");

  assert_body (document);
  g_assert_false (dossier_test_body_contains (document, "Hidden copy"));
  g_assert_cmpuint (document->paragraphs->len, ==, 3);
}

static void
test_articles_inside_articles (void)
{
  /* A list of teasers, each an <article>, inside an <article> bigger than
   * the story itself: the story is the <article> with the most text of
   * its own. */
  g_autoptr(GString) teasers = g_string_new (
    "<html><body><article class=\"story\"><h1>Harbour bridge closed to lorries</h1>"
    "<p>" PARAGRAPH_A "</p><p>" PARAGRAPH_B "</p><p>" PARAGRAPH_C "</p></article>"
    "<article class=\"more\"><h2>You may also like</h2>");
  g_autoptr(GString) comments = g_string_new (
    "<html><body><article class=\"story\"><h1>Harbour bridge closed to lorries</h1>"
    "<p>" PARAGRAPH_A "</p><p>" PARAGRAPH_B "</p><p>" PARAGRAPH_C "</p>"
    "<footer><h2>Comments</h2>");
  g_autoptr(DossierDocument) from_teasers = NULL;
  g_autoptr(DossierDocument) from_comments = NULL;

  for (int i = 0; i < 6; i++)
    g_string_append_printf (teasers, "<article class=\"teaser\"><h3>Teaser %d</h3><p>The regional ferry "
                            "timetable changes again this winter, with fewer crossings on weekdays and "
                            "a new late boat on Fridays (part %d).</p></article>", i, i);
  g_string_append (teasers, "</article></body></html>");
  /* Comments inside the story's own <footer>: they are not measured, so
   * they take nothing from the story. */
  for (int i = 0; i < 6; i++)
    g_string_append_printf (comments, "<article class=\"reply\"><p>Reader %d: the ferry would be a "
                            "better answer than a detour for the lorries, and cheaper for the town "
                            "too in the long run.</p></article>", i);
  g_string_append (comments, "</footer></article></body></html>");

  from_teasers = clean_html (teasers->str);
  assert_body (from_teasers);
  g_assert_false (dossier_test_body_contains (from_teasers, "timetable"));

  from_comments = clean_html (comments->str);
  assert_body (from_comments);
  g_assert_false (dossier_test_body_contains (from_comments, "Reader"));
}

static void
test_rail_and_footer_blocks (void)
{
  /* A "trending" rail between two paragraphs, its headlines not even
   * links, and the site's footer in <div>s after the story. */
  g_autoptr(DossierDocument) document = clean_html (
    "<html><body><div class=\"story-body\"><h1>Harbour bridge closed to lorries</h1>"
    "<p>" PARAGRAPH_A "</p><p>" PARAGRAPH_B "</p>"
    "<div class=\"rail rail--trending\"><h3>Most read in news</h3><div>LOTTERY WIN</div>"
    "<div>Pensioner wins twice in one week with the same numbers on the lottery</div>"
    "<div>STORM WARNING</div><div>Forecasters expect gales and heavy rain across the north tonight</div></div>"
    "<p>" PARAGRAPH_C "</p></div>"
    "<div class=\"Footer-section\"><p>Got a confidential news tip? We want to hear from you and will "
    "keep your name out of it.</p><p>Coastal Times is published by Coastal Media Group, 12 Quay Street.</p></div>"
    "</body></html>");

  assert_body (document);
  g_assert_false (dossier_test_body_contains (document, "Pensioner"));
  g_assert_false (dossier_test_body_contains (document, "confidential"));
  g_assert_false (dossier_test_body_contains (document, "Quay Street"));
}

static void
test_class_name_words (void)
{
  /* Words of class names in BEM ("block__element") and camelCase: the
   * newsletter box an "article-body__newsletter" names, a "signupMessage",
   * a "commentsList"; an "articleBody" is the article. */
  g_autoptr(DossierDocument) document = clean_html (
    "<html><body><div class=\"articleBody\"><h1>Harbour bridge closed to lorries</h1>"
    "<p>" PARAGRAPH_A "</p>"
    "<div class=\"article-body__newsletter\"><p>The morning briefing: the day's news from the coast, "
    "in your inbox before seven, every weekday.</p></div>"
    "<p>" PARAGRAPH_B "</p>"
    "<div class=\"signupMessage___3ctJh\"><p>Get breaking news alerts and special reports delivered "
    "to your phone as they happen, wherever you are.</p></div>"
    "<p>" PARAGRAPH_C "</p></div>"
    "<div id=\"commentsList\"><p>A reader wrote that the ferry should have been the plan from the "
    "start and that the council was too slow to act on it.</p></div></body></html>");

  assert_body (document);
  g_assert_false (dossier_test_body_contains (document, "briefing"));
  g_assert_false (dossier_test_body_contains (document, "breaking news alerts"));
  g_assert_false (dossier_test_body_contains (document, "A reader wrote"));
}

static void
test_date_lines_among_paragraphs (void)
{
  /* Short lines after the prose are the article's own from markup, but a
   * line that only says when the page was published or updated is not. */
  g_autoptr(DossierDocument) document = clean_html (
    "<html><body><article><h1>Harbour bridge closed to lorries</h1>"
    "<p>" PARAGRAPH_A "</p><p>" PARAGRAPH_B "</p>"
    "<div>Updated: 6 March 2024, 10:15 am</div>"
    "<p>" PARAGRAPH_C "</p>"
    "<div>First Published on Mar 5, 2024 01:38 pm</div>"
    "<div>Closure dates: 11 March to 30 September</div></article></body></html>");
  gboolean found = FALSE;

  assert_body (document);
  g_assert_false (dossier_test_body_contains (document, "First Published"));
  g_assert_false (dossier_test_body_contains (document, "Updated:"));
  /* A short line of the article's that holds dates stays. */
  g_assert_true (dossier_test_body_contains (document, "Closure dates"));
  for (guint i = 0; i < document->removed->len; i++)
    found |= g_array_index (document->removed, DossierRemoved, i).kind == DOSSIER_REMOVED_DATELINE &&
             g_str_has_prefix (g_array_index (document->removed, DossierRemoved, i).text, "First Published");
  g_assert_true (found);
}

static void
test_hidden_captions_and_lists (void)
{
  g_autoptr(DossierDocument) document = clean_html (
    "<html><body><article><h1>Harbour bridge closed to lorries</h1>"
    "<figure><img src=\"bridge.jpg\" alt=\"The bridge\"><figcaption>The harbour bridge at dawn. "
    "Photo: Lena Berg</figcaption></figure>"
    "<p>" PARAGRAPH_A "</p><p>" PARAGRAPH_B "</p>"
    "<div class=\"photo\"><img src=\"mayor.jpg\"><div class=\"image-caption\">Mayor Anna Lindqvist "
    "speaks to reporters outside the town hall on Tuesday.</div></div>"
    "<div hidden>Subscribe to read the full story about the bridge and the harbour today.</div>"
    "<div style=\"display: none\">Advertisement for lorry insurance at the best prices in town</div>"
    "<p>The council listed three measures it will take while the bridge is closed:</p>"
    "<ul><li>A free shuttle bus for pedestrians</li><li>Extra signs on the ring road</li>"
    "<li>Weekly inspections of the remaining supports</li></ul>"
    "<p>" PARAGRAPH_C "</p></article></body></html>");

  assert_body (document);
  g_assert_false (dossier_test_body_contains (document, "Subscribe"));
  g_assert_false (dossier_test_body_contains (document, "insurance"));
  g_assert_false (dossier_test_body_contains (document, "at dawn"));
  /* A <figcaption>, and a block whose class names a caption. */
  g_assert_false (dossier_test_body_contains (document, "outside the town hall"));
  g_assert_cmpuint (document->captions->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (document->captions, 0), ==, "The harbour bridge at dawn. Photo: Lena Berg");
  g_assert_cmpstr (g_ptr_array_index (document->captions, 1), ==,
                   "Mayor Anna Lindqvist speaks to reporters outside the town hall on Tuesday.");
  g_assert_nonnull (dossier_test_find_paragraph (document, "Extra signs on the ring road"));
}

static void
test_declared_legacy_encoding (void)
{
  /* "Malmö" in Windows-1252, as an old site would save it. */
  g_autoptr(GString) html = g_string_new ("<html><head><meta charset=\"windows-1252\"></head><body><p>");
  g_autoptr(DossierDocument) document = NULL;

  g_string_append (html, "The ferry to Malm\xf6 will run every hour while the bridge is closed, the council said on Tuesday.");
  g_string_append (html, "</p><p>" PARAGRAPH_A "</p><p>" PARAGRAPH_B "</p><p>" PARAGRAPH_C "</p></body></html>");
  document = clean_html (html->str);
  g_assert_nonnull (dossier_test_find_paragraph (document, "The ferry to Malmö will run"));
}

static void
test_hostile_pages (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GString) deep = g_string_new ("<html><body>");
  g_autoptr(GString) large = g_string_new ("<html><body><article>");
  DossierDocument *document;

  /* 100 000 nested elements: read no deeper than a page could be, no crash. */
  for (int i = 0; i < 100000; i++)
    g_string_append (deep, "<div>");
  g_string_append (deep, PARAGRAPH_A);
  document = dossier_html_clean ((const guint8 *) deep->str, deep->len, NULL, &error);
  g_clear_pointer (&document, dossier_document_free);
  g_clear_error (&error);

  /* A 20 MB page: read whole. */
  while (large->len < 20 * 1000 * 1000)
    g_string_append (large, "<p>" PARAGRAPH_A "</p><p>" PARAGRAPH_B "</p><p>" PARAGRAPH_C "</p>");
  g_string_append (large, "</article></body></html>");
  document = dossier_html_clean ((const guint8 *) large->str, large->len, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (document->paragraphs->len, >, 10000);
  dossier_document_free (document);

  /* Markup with no text, and a page of NUL bytes, are refused by name. */
  document = dossier_html_clean ((const guint8 *) "<html><body><div></div></body></html>", 37, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, DOSSIER_CORE_ERROR, DOSSIER_CORE_ERROR_NO_ARTICLE);
  g_clear_error (&error);
  document = dossier_html_clean ((const guint8 *) "<html>\0\0\0\0</html>", 17, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, DOSSIER_CORE_ERROR, DOSSIER_CORE_ERROR_BINARY);
}

static void
test_comments_by_their_shape (void)
{
  /* A thread of comments with no class that names it: its shape (names
   * over "2 hours ago", "Reply", "Like") tells it. */
  g_autoptr(GString) html = g_string_new (
    "<html><body><article><h1>Harbour bridge closed to lorries</h1>"
    "<p>" PARAGRAPH_A "</p><p>" PARAGRAPH_B "</p><p>" PARAGRAPH_C "</p>"
    "<div class=\"thread\"><h3>Comments (4)</h3>");
  g_autoptr(DossierDocument) document = NULL;

  for (int i = 0; i < 4; i++)
    g_string_append_printf (html,
                            "<div><div>reader_%d</div><div>%d hours ago</div>"
                            "<p>I cross that bridge every morning on my way to the depot and the detour "
                            "will cost me half an hour a day, which nobody at the council seems to care about.</p>"
                            "<div><span>Reply</span> <span>Like</span></div></div>", i, 4 - i);
  g_string_append (html, "</div></article></body></html>");
  document = clean_html (html->str);

  assert_body (document);
  g_assert_cmpuint (document->paragraphs->len, ==, 3);
  g_assert_false (dossier_test_body_contains (document, "I cross that bridge"));
}

static void
test_noscript_does_not_swallow_the_page (void)
{
  /* "<noscript><div …></noscript>" left open a <div> that libxml2 kept the
   * rest of the page in, inside an element the reader skips. */
  g_autoptr(DossierDocument) document = clean_html (
    "<html><body><noscript><div id=\"nojs\"></noscript>"
    "<div id=\"content\"><h1>Harbour bridge closed to lorries</h1>"
    "<p>" PARAGRAPH_A "</p><p>" PARAGRAPH_B "</p><p>" PARAGRAPH_C "</p></div></body></html>");

  assert_body (document);
}

static void
test_widget_article_is_not_the_article (void)
{
  /* The largest <article> is a widget of recommended links; the article
   * is the one with prose. */
  g_autoptr(GString) html = g_string_new ("<html><body><article class=\"story\"><h1>Harbour bridge closed</h1>"
                                          "<p>" PARAGRAPH_A "</p><p>" PARAGRAPH_B "</p><p>" PARAGRAPH_C "</p>"
                                          "</article><article class=\"widget\">");
  g_autoptr(DossierDocument) document = NULL;

  for (int i = 0; i < 12; i++)
    g_string_append_printf (html, "<div><a href=\"/story/%d\">Another story about the harbour and the "
                                  "ferries that cross it, number %d</a></div>", i, i);
  g_string_append (html, "</article></body></html>");
  document = clean_html (html->str);

  assert_body (document);
  g_assert_false (dossier_test_body_contains (document, "Another story"));
}

static void
test_page_without_text_keeps_its_description (void)
{
  /* The article is drawn by a script: the page's description is kept,
   * uncleaned, with a warning, rather than nothing. */
  g_autoptr(DossierDocument) document = clean_html (
    "<html><head><title>Harbour bridge closed</title>"
    "<meta name=\"description\" content=\"" PARAGRAPH_A "\"></head>"
    "<body><div id=\"app\"></div><script>render()</script></body></html>");

  g_assert_true (document->uncleaned);
  g_assert_nonnull (dossier_test_find_paragraph (document, "The city council voted on Tuesday"));
  g_assert_cmpuint (document->warnings->len, ==, 1);
}

static void
test_german_page (void)
{
  /* A saved German page: its furniture is told by the German words. */
  g_autoptr(DossierDocument) document = clean_html (
    "<html lang=\"de\"><body><div class=\"page\">"
    "<div>Startseite</div><div>Lokales</div><div>Sport</div>"
    "<h1>Bibliothek am Markt öffnet künftig auch sonntags</h1>"
    "<div>Artikel teilen</div>"
    "<p>Die Stadtbibliothek am Markt öffnet ab Juni auch an Sonntagen, hat der Kulturausschuss am Montagabend "
    "einstimmig beschlossen.</p>"
    "<p>Sonntags sollen der Lesesaal und die Kinderabteilung von 11 bis 16 Uhr zugänglich sein, das Archiv "
    "bleibt dagegen geschlossen.</p>"
    "<p>Die zusätzlichen Stunden werden durch zwei neue Teilzeitstellen gedeckt, die der Förderverein der "
    "Bibliothek für zunächst ein Jahr bezahlt.</p>"
    "<div>Weiterlesen</div><div>Newsletter abonnieren</div>"
    "<div>Das könnte Sie auch interessieren</div><div><a href=\"/a\">Neue Buslinie zum Hallenbad</a></div>"
    "<div>Impressum | Datenschutzerklärung</div></div></body></html>");

  g_assert_cmpuint (document->paragraphs->len, ==, 3);
  g_assert_nonnull (dossier_test_find_paragraph (document, "Die Stadtbibliothek am Markt"));
  g_assert_false (dossier_test_body_contains (document, "Artikel teilen"));
  g_assert_false (dossier_test_body_contains (document, "Weiterlesen"));
  g_assert_false (dossier_test_body_contains (document, "Impressum"));
}

static void
test_forms_are_not_read (void)
{
  /* A reply form and a review form under the article are things to fill
   * in: their labels and notices are left out.  A page that wraps all of
   * itself in one form is still read. */
  g_autoptr(DossierDocument) document = clean_html (
    "<html><body><div id=\"content\"><h1>Harbour bridge closed to lorries</h1>"
    "<p>" PARAGRAPH_A "</p><p>" PARAGRAPH_B "</p><p>" PARAGRAPH_C "</p>"
    "<form id=\"reply\"><p>Leave a reply. Your address will not be published where others can read it.</p>"
    "<p><label>Name (required)</label><input name=\"n\"></p>"
    "<p>Please type the digits you see in the picture below before you send.</p></form>"
    "<form class=\"rate\"><h4>How useful did you find this page?</h4></form>"
    "</div></body></html>");
  g_autoptr(DossierDocument) wrapped = clean_html (
    "<html><body><form id=\"page\"><div><h1>Harbour bridge closed to lorries</h1>"
    "<p>" PARAGRAPH_A "</p><p>" PARAGRAPH_B "</p><p>" PARAGRAPH_C "</p></div></form></body></html>");

  assert_body (document);
  g_assert_false (dossier_test_body_contains (document, "Leave a reply"));
  g_assert_false (dossier_test_body_contains (document, "Name (required)"));
  g_assert_false (dossier_test_body_contains (document, "type the digits"));
  g_assert_false (dossier_test_body_contains (document, "How useful"));
  assert_body (wrapped);
}

static void
test_more_named_furniture (void)
{
  /* Blocks a page names for what they are: an author's biography, a
   * rating widget, the post's meta line and its tags (named for the
   * post, yet its furniture), a copyright notice, a contact box, page
   * numbers and a side column of text widgets. */
  g_autoptr(DossierDocument) document = clean_html (
    "<html><body><div id=\"content\"><h1>Harbour bridge closed to lorries</h1>"
    "<div class=\"entry-meta\">Filed under Transport on a Tuesday by the desk</div>"
    "<p>" PARAGRAPH_A "</p><p>" PARAGRAPH_B "</p><p>" PARAGRAPH_C "</p>"
    "<div class=\"post-tags\">Bridges, Lorries, Council</div>"
    "<div class=\"author-bio\"><p>Mira Holm has covered roads and rivers for this paper since she left "
    "university, and she writes a weekly column about the people who keep the city moving.</p></div>"
    "<div class=\"star-rating\">Rate this article: five stars from eleven readers</div>"
    "<div class=\"contact-box\">Questions for the newsroom: call the front desk any weekday</div>"
    "<div class=\"pagination\">Page one of two, continue</div>"
    "<div class=\"aside\"><div class=\"textwidget\"><p>Our walking tours leave from the old quay every "
    "Saturday morning; bring sturdy shoes.</p></div></div>"
    "<div class=\"article-copyright\">All rights reserved, reproduction only with written permission</div>"
    "</div></body></html>");

  assert_body (document);
  g_assert_cmpuint (document->paragraphs->len, ==, 3);
  g_assert_false (dossier_test_body_contains (document, "Filed under"));
  g_assert_false (dossier_test_body_contains (document, "Lorries, Council"));
  g_assert_false (dossier_test_body_contains (document, "weekly column"));
  g_assert_false (dossier_test_body_contains (document, "five stars"));
  g_assert_false (dossier_test_body_contains (document, "front desk"));
  g_assert_false (dossier_test_body_contains (document, "continue"));
  g_assert_false (dossier_test_body_contains (document, "rights reserved"));
  g_assert_false (dossier_test_body_contains (document, "walking tours"));
}

static void
test_author_box (void)
{
  /* A biography under the article, in a block named for the author, is
   * left out; a byline so named is short and stays the cleaner's to
   * judge; an <article> named for its author (a column) is read. */
  g_autoptr(DossierDocument) document = clean_html (
    "<html><body><div id=\"content\"><h1>Harbour bridge closed to lorries</h1>"
    "<p>" PARAGRAPH_A "</p><p>" PARAGRAPH_B "</p><p>" PARAGRAPH_C "</p>"
    "<div class=\"entry-author-info\"><h4>About the writer</h4><p>Tomas Reed grew up beside the harbour "
    "and has reported on the city's roads, rails and ferries for the last nine years.</p></div>"
    "</div></body></html>");
  g_autoptr(DossierDocument) column = clean_html (
    "<html><body><div class=\"page\"><div class=\"menu\"><a href=\"/\">Home</a></div>"
    "<article class=\"author-column\"><h1>Harbour bridge closed to lorries</h1>"
    "<p>" PARAGRAPH_A "</p><p>" PARAGRAPH_B "</p><p>" PARAGRAPH_C "</p></article></div></body></html>");

  assert_body (document);
  g_assert_false (dossier_test_body_contains (document, "grew up beside the harbour"));
  g_assert_false (dossier_test_body_contains (document, "About the writer"));
  assert_body (column);
}

static void
test_heading_announces_other_articles (void)
{
  /* A block under the article opens with "You might also like" and lists
   * other stories as links with a line each: none of it is read.  A
   * section of the article headed "Recommended", with no links, is. */
  g_autoptr(DossierDocument) document = clean_html (
    "<html><body><div id=\"content\"><h1>Harbour bridge closed to lorries</h1>"
    "<div class=\"text\"><p>" PARAGRAPH_A "</p><p>" PARAGRAPH_B "</p>"
    "<h3>Recommended</h3><p>" PARAGRAPH_C "</p></div>"
    "<div class=\"box\"><h3>You might also like:</h3>"
    "<div><a href=\"/a\">Ferry company orders a second boat for the harbour crossing</a><p>The operator "
    "expects more passengers once the bridge is shut and has signed for another vessel from a yard in the "
    "north.</p></div>"
    "<div><a href=\"/b\">Night buses to run every ten minutes across the city from the spring</a><p>The "
    "timetable changes in March, when the council adds six routes and drivers for them.</p></div></div>"
    "<div class=\"box\"><p>Questions about your delivery? Our team answers by telephone every weekday "
    "morning.</p></div>"
    "</div></body></html>");

  assert_body (document);
  g_assert_true (dossier_test_body_contains (document, "Recommended"));
  g_assert_false (dossier_test_body_contains (document, "You might also like"));
  g_assert_false (dossier_test_body_contains (document, "second boat"));
  g_assert_false (dossier_test_body_contains (document, "more passengers"));
}

static void
test_teaser_list_with_excerpts (void)
{
  /* Under the article, a box of other stories, each a headline link on a
   * line of its own and a line about it: their excerpts are prose, so the
   * box is no list of links, but the repeated headline-and-excerpt shape
   * gives it away.  A list in the article whose items open with a link
   * that runs on into a sentence is the article's own. */
  g_autoptr(DossierDocument) document = clean_html (
    "<html><body><div id=\"page\"><h1>Harbour bridge closed to lorries</h1>"
    "<div class=\"text\"><p>" PARAGRAPH_A "</p><p>" PARAGRAPH_B "</p>"
    "<ul><li><b><a href=\"/r\">The engineers' report</a></b> lists eleven cracks, two of them "
    "in the main supports.</li>"
    "<li><b><a href=\"/m\">The council's minutes</a></b> record the vote as thirty-one to "
    "four.</li></ul>"
    "<p>" PARAGRAPH_C "</p></div>"
    "<div class=\"box\"><div class=\"box-title\">From the harbour desk</div><div class=\"cards\">"
    "<div class=\"card\"><h3><a href=\"/a\">Ferry company orders a second boat</a></h3>"
    "<p>The operator expects more passengers once the bridge is shut and has signed for another "
    "vessel from a yard in the north of the country.</p></div>"
    "<div class=\"card\"><h3><a href=\"/b\">Night buses to run every ten minutes</a></h3>"
    "<p>The timetable changes in March, when the council adds six routes and hires the drivers "
    "it needs for them from the regional company.</p></div>"
    "<div class=\"card\"><h3><a href=\"/c\">Fishing fleet returns early from the north</a></h3>"
    "<p>Storms kept the boats in port for most of the week, and the skippers said the season "
    "had been the worst they could remember.</p></div>"
    "</div></div></div></body></html>");

  assert_body (document);
  g_assert_true (dossier_test_body_contains (document, "lists eleven cracks"));
  g_assert_true (dossier_test_body_contains (document, "thirty-one to four"));
  g_assert_false (dossier_test_body_contains (document, "second boat"));
  g_assert_false (dossier_test_body_contains (document, "more passengers"));
  g_assert_false (dossier_test_body_contains (document, "Storms kept the boats"));
  g_assert_false (dossier_test_body_contains (document, "From the harbour desk"));
}

static void
test_teaser_box_among_paragraphs (void)
{
  /* One teaser boxed between two of the article's paragraphs ("Read
   * also") is another article's; a paragraph that starts with a link is
   * the article's. */
  g_autoptr(DossierDocument) document = clean_html (
    "<html><body><article><h1>Harbour bridge closed to lorries</h1>"
    "<p>" PARAGRAPH_A "</p>"
    "<div class=\"box\"><div class=\"label\">More</div><div class=\"item\">"
    "<h4><a href=\"/f\">Ferry company orders a second boat</a></h4>"
    "<div>The operator expects more passengers once the bridge is shut. <a href=\"/f\">more</a></div>"
    "</div></div>"
    "<p>" PARAGRAPH_B "</p>"
    "<p><a href=\"/report\">The engineers' full report</a> was published on the council's site "
    "on Wednesday and runs to forty pages.</p>"
    "<p>" PARAGRAPH_C "</p></article></body></html>");

  assert_body (document);
  g_assert_true (dossier_test_body_contains (document, "runs to forty pages"));
  g_assert_false (dossier_test_body_contains (document, "second boat"));
  g_assert_false (dossier_test_body_contains (document, "more passengers"));
}

static void
test_article_only_without_scripts (void)
{
  /* The page draws its article from a script template and gives the same
   * text in <noscript> to a browser without scripts, in a block named as
   * a widget: that copy is read, rather than nothing. */
  g_autoptr(DossierDocument) document = clean_html (
    "<html><head><noscript><style>.loading { visibility: visible }</style></noscript></head><body>"
    "<div class=\"header\">Coastal Times: news from the harbour</div>"
    "<div class=\"widget Blog\"><h2>Harbour bridge closed to lorries</h2><div class=\"post-body\">"
    "<script type=\"text/template\"><p>" PARAGRAPH_A "</p></script>"
    "<noscript><p>" PARAGRAPH_A "</p><p>" PARAGRAPH_B "</p><p>" PARAGRAPH_C "</p></noscript>"
    "</div></div></body></html>");

  assert_body (document);
  g_assert_false (document->uncleaned);
}

static void
test_tree_as_libxml2_builds_it (void)
{
  /* The page's tree is built from the parser's events, not its DOM: it
   * must be the tree libxml2 would have built, down to which white space
   * between tags is text (a decision the parser takes by looking at the
   * node before it) and where it puts what a page leaves open. */
  static const struct
  {
    const char *html;
    const char *text;
  } pages[] = {
    /* Paragraphs left open, inside a <div> and after it. */
    { "<html><body><div><p>Bridge closed<p>Ferry runs</div><p>Buses rerouted</body></html>",
      "Bridge closed\nFerry runs\nBuses rerouted\n" },
    /* A space between inline elements is a space; between blocks, nothing. */
    { "<html><body><p><b>bridge</b> <i>closed</i></p><div>one</div> <div>two</div></body></html>",
      "bridge closed\none\ntwo\n" },
    { "<html><body><span>bridge</span> <span>closed</span></body></html>", "bridge closed\n" },
    /* Under a strict HTML 4 DOCTYPE libxml2 drops white space in <body>. */
    { "<!DOCTYPE HTML PUBLIC \"-//W3C//DTD HTML 4.01//EN\"><html><body><span>bridge</span> <span>closed</span>"
      "</body></html>", "bridgeclosed\n" },
    /* A prefixed element is named by its local part: "o:p" is a <p>. */
    { "<html><body><div>ferry<o:p>bridge</o:p>harbour</div></body></html>", "ferry\nbridge\nharbour\n" },
    /* White space after a processing instruction is dropped, after a
     * comment it is not: the parser looks past comments. */
    { "<html><body><p><b>bridge</b><?php echo 1 ?> <i>closed</i></p></body></html>", "bridgeclosed\n" },
    { "<html><body><p><b>bridge</b><!-- note --> <i>closed</i></p></body></html>", "bridge closed\n" },
    /* Entities: known ones resolved, an unknown one kept as written. */
    { "<html><body><p>Salt &amp; pepper&nbsp;ferry &foo; and &#32;<b>x</b></p></body></html>",
      "Salt & pepper ferry &foo; and x\n" },
    /* Table cells apart by a space, list items as bullets. */
    { "<html><body><table><tr><td>one</td> <td>two</td></tr></table><ul><li>a</li> <li>b</li></ul></body></html>",
      "one two\n\u2022 a\n\u2022 b\n" },
    /* Text before <html> opens the body; a declaration before it is no text. */
    { "Text before <html><body><p>bridge</p></body></html>", "Text before\nbridge\n" },
    { "<?xml version=\"1.0\"?><html><body><p>bridge</p>  <p>closed</p></body></html>", "bridge\nclosed\n" },
    /* Attribute values are read whole, whether the parser was spared
     * them (a long one, no entity) or not: an entity in a value, or a
     * control byte anywhere in the page, and it reads them itself. */
    { "<html><body><div class=\"article-body\"><p>bridge</p><div class=\"footer-links share-tools\">menu</div>"
      "<div class=\"footer&#45;links\">share</div><div class='newsletter-box'>sign up</div></div></body></html>",
      "bridge\n" },
    { "<html><body>\x01<div class=\"article-body\"><p>bridge</p><div class=\"footer-links share-tools\">menu</div>"
      "<div class=\"footer&#45;links\">share</div><div class='newsletter-box'>sign up</div></div></body></html>",
      "bridge\n" },
    /* A form feed about an attribute's "=" is no white space to libxml2:
     * the value is not read as one, and the words after it are
     * attributes of their own ("hidden"). */
    { "<html><body><article><p>bridge closed to lorries for six months</p>"
      "<div class\f=\"long class hidden more\">ferry runs every hour</div>"
      "<div class=\f\"footer-links hidden x\">share this</div></article></body></html>",
      "bridge closed to lorries for six months\n" },
    /* A page given undecoded may hold the byte that stands for a value
     * the parser was spared: none is spared then, and a value starting
     * with it is its own. */
    { "<html><body><p class=\"\x01" "2 long class name\">bridge closed</p></body></html>",
      "bridge closed\n" },
    /* Empty inline elements, and the lines of a <pre> (apart by U+2028). */
    { "<html><body><p>bridge <span></span> <span> </span> closed</p><pre> a\n  b </pre></body></html>",
      "bridge closed\na\u2028 b\n" },
  };

  for (gsize i = 0; i < G_N_ELEMENTS (pages); i++)
    {
      g_autofree char *text = dossier_html_to_text (pages[i].html, strlen (pages[i].html), NULL);
      g_assert_cmpstr (text, ==, pages[i].text);
    }
}

static void
test_preformatted_block_kept (void)
{
  /* A <pre> block of code between the paragraphs of a how-to: its short
   * lines are no menu; the block is one paragraph whose lines stay apart
   * (U+2028), and the prose after it is the article's too. */
  g_autoptr(DossierDocument) document = clean_html (
    "<html><body><article><h1>Counting the crossings</h1>"
    "<p>" PARAGRAPH_A "</p><p>" PARAGRAPH_B "</p>"
    "<pre><code>&gt;&gt;&gt; count = 0\n&gt;&gt;&gt; for lorry in lorries:\n...     count += 1\n"
    "&gt;&gt;&gt; count\n42\n&gt;&gt;&gt; sorted(days)\n['Mon', 'Tue']\n&gt;&gt;&gt; len(days)\n2\n"
    "&gt;&gt;&gt; days[0]\n'Mon'\n&gt;&gt;&gt; total\n7</code></pre>"
    "<p>" PARAGRAPH_C "</p>"
    "<p>The same count, made every morning by the harbour office, showed the detour had cut the "
    "number of lorries on the old road by a third within a month.</p></article></body></html>");
  const DossierParagraph *code;

  assert_body (document);
  code = dossier_test_find_paragraph (document, ">>> count = 0");
  g_assert_nonnull (code);
  g_assert_nonnull (strstr (code->text, "count = 0\xe2\x80\xa8>>> for lorry in lorries:"));
  g_assert_true (dossier_test_body_contains (document, "cut the number of lorries"));
}

static void
test_recipe_ingredients_with_links_kept (void)
{
  /* A recipe's ingredients, several of them linked to a product page, are
   * a list built alike with links in every item: it is no list of
   * teasers, as no link is a headline on a line of its own. */
  g_autoptr(DossierDocument) document = clean_html (
    "<html><body><article><h1>Harbour fish soup</h1>"
    "<p>This soup is what the fishing families of the harbour cooked on the evenings the boats came "
    "back, and it still tastes best with whatever the market has left by noon.</p>"
    "<h2>Ingredients</h2><ul class=\"ingredients\">"
    "<li class=\"ingredient\">500 g of white fish, such as <a href=\"/p/cod\">Northern Harbour cod fillets</a>, cut in pieces</li>"
    "<li class=\"ingredient\">2 tablespoons of <a href=\"/p/oil\">Golden Coast cold-pressed olive oil</a> for the pan</li>"
    "<li class=\"ingredient\">1 litre of <a href=\"/p/stock\">Old Quay fish stock, ready made</a> or your own</li>"
    "<li class=\"ingredient\">1 teaspoon of <a href=\"/p/saffron\">Red Sail saffron threads, ground</a> in a mortar</li>"
    "</ul><h2>Method</h2>"
    "<p>Warm the oil in a wide pan, soften the onion and garlic for ten minutes, then pour in the stock "
    "and the saffron and bring it to a gentle boil.</p>"
    "<p>Add the fish, cover the pan and let it simmer for eight minutes, until the pieces break apart "
    "under a fork; serve it at once with bread.</p></article></body></html>");

  g_assert_true (dossier_test_body_contains (document, "Northern Harbour cod fillets"));
  g_assert_true (dossier_test_body_contains (document, "Red Sail saffron threads"));
  g_assert_true (dossier_test_body_contains (document, "Add the fish"));
}

static void
test_box_title_inside_the_run (void)
{
  /* A box title of a few words between the article's paragraphs and the
   * text of a box (a note on the author that reads as prose) is the
   * site's line, even where the run of prose goes on past it; a one-word
   * heading of the article's own stays. */
  g_autoptr(DossierDocument) document = clean_html (
    "<html><body><div id=\"content\"><h1>Harbour bridge closed to lorries</h1>"
    "<p>" PARAGRAPH_A "</p><p>" PARAGRAPH_B "</p>"
    "<h3>Recommendations</h3><p>" PARAGRAPH_C "</p>"
    "<h3>Über den Autor</h3>"
    "<p>Jonas Berger has written about the harbour and the city's transport for the paper since he "
    "left the university, and lives on the north shore with his family.</p>"
    "</div></body></html>");

  assert_body (document);
  g_assert_true (dossier_test_body_contains (document, "Recommendations"));
  g_assert_false (dossier_test_body_contains (document, "Über den Autor"));
}

static void
test_heading_over_teasers_with_long_excerpts (void)
{
  /* "Ähnliche Beiträge" over two other posts, each a headline link and a
   * long excerpt: the links are a small part of the box's text, but a
   * box title that announces other articles, then links to them, is
   * enough. */
  g_autoptr(DossierDocument) document = clean_html (
    "<html><body><article><h1>Harbour bridge closed to lorries</h1>"
    "<div class=\"entry\"><p>" PARAGRAPH_A "</p><p>" PARAGRAPH_B "</p><p>" PARAGRAPH_C "</p>"
    "<div class=\"wrapper\"><h3>Ähnliche Beiträge</h3><div class=\"grid\">"
    "<div class=\"card\"><a href=\"/a\"><h2>Ferry company orders a second boat</h2></a>"
    "<div>The operator expects more passengers once the bridge is shut and has signed for another "
    "vessel from a yard in the north of the country, which it hopes to have in service before the "
    "summer timetable starts and the tourists arrive in their thousands, as they do every year, with "
    "their cars and caravans and bicycles, all of them bound for the islands.</div>"
    "<a href=\"/a\">Weiterlesen</a></div>"
    "<div class=\"card\"><a href=\"/b\"><h2>Night buses to run every ten minutes</h2></a>"
    "<div>The timetable changes in March, when the council adds six routes and hires the drivers "
    "it needs for them from the regional company, which has said it will train them over the winter "
    "months in its depot by the ring road, where the new buses are kept and washed every night before "
    "they go out again at dawn to carry the early shift to the harbour.</div>"
    "<a href=\"/b\">Weiterlesen</a></div>"
    "</div></div></div></article></body></html>");

  assert_body (document);
  g_assert_false (dossier_test_body_contains (document, "Ähnliche Beiträge"));
  g_assert_false (dossier_test_body_contains (document, "more passengers"));
  g_assert_false (dossier_test_body_contains (document, "adds six routes"));
}

static void
test_block_modifier_names_no_furniture (void)
{
  /* "report__section--ads" is a section of the report, a variant of it
   * with room for an advertisement: what a BEM name says after "--" is
   * how the block looks, not what it is.  A box named "ad-slot" is an
   * advertisement. */
  g_autoptr(DossierDocument) document = clean_html (
    "<html><body><div class=\"report\"><h1>Harbour bridge closed to lorries</h1>"
    "<section class=\"report__section report__section--ads\"><p>" PARAGRAPH_A "</p></section>"
    "<section class=\"report__section report__section--ads\"><p>" PARAGRAPH_B "</p></section>"
    "<section class=\"report__section report__section--ads\"><p>" PARAGRAPH_C "</p></section>"
    "<div class=\"ad-slot\"><p>Buy the best garden furniture of the season at half the price, only "
    "this week, in every one of our forty stores across the country.</p></div>"
    "</div></body></html>");

  assert_body (document);
  g_assert_false (dossier_test_body_contains (document, "garden furniture"));
}

static void
test_furniture_lines_in_other_languages (void)
{
  /* Widgets and notices in German, French and Spanish between and under
   * the paragraphs, under class names that say nothing: each line is
   * furniture by its wording (data/words/furniture-phrases.txt). */
  g_autoptr(DossierDocument) document = clean_html (
    "<html><body><div class=\"inhalt\"><h1>Harbour bridge closed to lorries</h1>"
    "<p>Inhaltsverzeichnis</p>"
    "<p>" PARAGRAPH_A "</p><p>" PARAGRAPH_B "</p><p>" PARAGRAPH_C "</p>"
    "<div>Rezept drucken</div><div>Jetzt teilen!</div>"
    "<p>Les opinions exprimées dans ce blog n'engagent que leurs auteurs.</p>"
    "<p>Bisher keine Kommentare</p>"
    "<p>Durch die weitere Nutzung der Seite stimmst du der Verwendung von Cookies zu.</p>"
    "<p>HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS</p>"
    "</div></body></html>");

  assert_body (document);
  g_assert_false (dossier_test_body_contains (document, "Inhaltsverzeichnis"));
  g_assert_false (dossier_test_body_contains (document, "Rezept drucken"));
  g_assert_false (dossier_test_body_contains (document, "Jetzt teilen"));
  g_assert_false (dossier_test_body_contains (document, "leurs auteurs"));
  g_assert_false (dossier_test_body_contains (document, "Bisher keine Kommentare"));
  g_assert_false (dossier_test_body_contains (document, "Verwendung von Cookies"));
  g_assert_false (dossier_test_body_contains (document, "HAZTE MIEMBRO"));
}

static void
test_box_titles_in_german_and_french (void)
{
  /* Box titles over other articles in German and French, in the article's
   * own block (data/words/tail-markers.txt, tail-marker-starts.txt). */
  g_autoptr(DossierDocument) document = clean_html (
    "<html><body><div class=\"inhalt\"><h1>Harbour bridge closed to lorries</h1>"
    "<p>" PARAGRAPH_A "</p><p>" PARAGRAPH_B "</p><p>" PARAGRAPH_C "</p>"
    "<h4>Das Thema könnte dich auch interessieren:</h4>"
    "<h4>Verwandte Themenbereiche</h4>"
    "<h4>À lire également</h4>"
    "<div>Vorschau auf den nächsten Artikel</div>"
    "</div></body></html>");

  assert_body (document);
  g_assert_false (dossier_test_body_contains (document, "Das Thema"));
  g_assert_false (dossier_test_body_contains (document, "Verwandte"));
  g_assert_false (dossier_test_body_contains (document, "également"));
  g_assert_false (dossier_test_body_contains (document, "Vorschau"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/html/div-only-body", test_div_only_body);
  g_test_add_func ("/html/comments-longer-than-article", test_comments_longer_than_article);
  g_test_add_func ("/html/json-ld-metadata", test_json_ld_metadata);
  g_test_add_func ("/html/open-graph-and-time", test_open_graph_and_time);
  g_test_add_func ("/html/placeholder-date", test_placeholder_date);
  g_test_add_func ("/html/list-of-links-inside-article", test_list_of_links_inside_article);
  g_test_add_func ("/html/japanese-page", test_japanese_page);
  g_test_add_func ("/html/table-rows", test_table_rows);
  g_test_add_func ("/html/article-hidden-until-a-script-runs", test_article_hidden_until_a_script_runs);
  g_test_add_func ("/html/short-lines-of-the-article", test_short_lines_of_the_article);
  g_test_add_func ("/html/page-title-last", test_page_title_last);
  g_test_add_func ("/html/broken-markup", test_broken_markup);
  g_test_add_func ("/html/script-full-of-text", test_script_full_of_text);
  g_test_add_func ("/html/raw-text-cut-as-the-tokenizer-reads-it", test_raw_text_cut_as_the_tokenizer_reads_it);
  g_test_add_func ("/html/hidden-captions-and-lists", test_hidden_captions_and_lists);
  g_test_add_func ("/html/hidden-microdata-copy", test_hidden_microdata_copy);
  g_test_add_func ("/html/articles-inside-articles", test_articles_inside_articles);
  g_test_add_func ("/html/rail-and-footer-blocks", test_rail_and_footer_blocks);
  g_test_add_func ("/html/class-name-words", test_class_name_words);
  g_test_add_func ("/html/date-lines-among-paragraphs", test_date_lines_among_paragraphs);
  g_test_add_func ("/html/declared-legacy-encoding", test_declared_legacy_encoding);
  g_test_add_func ("/html/hostile-pages", test_hostile_pages);
  g_test_add_func ("/html/comments-by-shape", test_comments_by_their_shape);
  g_test_add_func ("/html/noscript", test_noscript_does_not_swallow_the_page);
  g_test_add_func ("/html/widget-article", test_widget_article_is_not_the_article);
  g_test_add_func ("/html/description-kept", test_page_without_text_keeps_its_description);
  g_test_add_func ("/html/german-page", test_german_page);
  g_test_add_func ("/html/forms", test_forms_are_not_read);
  g_test_add_func ("/html/more-named-furniture", test_more_named_furniture);
  g_test_add_func ("/html/author-box", test_author_box);
  g_test_add_func ("/html/heading-announces-other-articles", test_heading_announces_other_articles);
  g_test_add_func ("/html/teaser-list-with-excerpts", test_teaser_list_with_excerpts);
  g_test_add_func ("/html/teaser-box-among-paragraphs", test_teaser_box_among_paragraphs);
  g_test_add_func ("/html/article-only-without-scripts", test_article_only_without_scripts);
  g_test_add_func ("/html/tree-as-libxml2-builds-it", test_tree_as_libxml2_builds_it);
  g_test_add_func ("/html/preformatted-block-kept", test_preformatted_block_kept);
  g_test_add_func ("/html/recipe-ingredients-with-links-kept", test_recipe_ingredients_with_links_kept);
  g_test_add_func ("/html/box-title-inside-the-run", test_box_title_inside_the_run);
  g_test_add_func ("/html/heading-over-teasers-with-long-excerpts", test_heading_over_teasers_with_long_excerpts);
  g_test_add_func ("/html/block-modifier-names-no-furniture", test_block_modifier_names_no_furniture);
  g_test_add_func ("/html/furniture-lines-in-other-languages", test_furniture_lines_in_other_languages);
  g_test_add_func ("/html/box-titles-in-german-and-french", test_box_titles_in_german_and_french);

  return g_test_run ();
}
