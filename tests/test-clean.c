/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Cleaning: what a careful reader keeps of each sample page, and the rules
 * behind it on small pages of our own. */

#include "dossier-core-error.h"
#include "dossier-test-util.h"

static void
assert_paragraph_lines (DossierDocument *document,
                        const guint     *lines,
                        gsize            n_lines)
{
  g_assert_cmpuint (document->paragraphs->len, ==, n_lines);
  for (guint p = 0; p < n_lines; p++)
    {
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);
      g_assert_cmpuint (paragraph->first_line, ==, lines[p]);
    }
}

static const char * const furniture[] = {
  "Privacy Policy", "Terms of Use", "Sign In", "Sign Up", "Latest News", "Read more",
  "Followers", "Subscribe", "Newsletter", "Share this", "Advertisement", "ADVERTISEMENT",
  "Leave a comment", "You Might also Like", "All Rights Reserved", "Become a Patron",
  "December 5, 2025", "Lost your password", "Copy to clipboard", "Related:",
};

static void
assert_no_furniture (DossierDocument *document)
{
  for (gsize i = 0; i < G_N_ELEMENTS (furniture); i++)
    if (dossier_test_body_contains (document, furniture[i]))
      g_error ("the body of %s still contains “%s”", document->source, furniture[i]);
}

static void
test_menafn (void)
{
  g_autoptr(DossierDocument) document = dossier_test_clean_seed (0);
  const guint lines[] = { 1, 5, 9, 13, 17, 21 };
  DossierParagraph *first = g_ptr_array_index (document->paragraphs, 0);

  assert_paragraph_lines (document, lines, G_N_ELEMENTS (lines));
  /* The " date …" marker and the "(MENAFN)" wire prefix are not text. */
  g_assert_true (g_str_has_prefix (first->text, "The prospect of Ukraine becoming"));
  g_assert_cmpstr (document->outlet, ==, "MENAFN");
  g_assert_null (document->title);
  g_assert_null (document->author);
  dossier_test_assert_date (&document->published, "2024-10-20");
  g_assert_cmpint (document->published_from, ==, DOSSIER_DATE_SOURCE_MARKER);
}

static void
test_gulf_press (void)
{
  g_autoptr(DossierDocument) document = dossier_test_clean_seed (1);
  const guint lines[] = { 77, 79, 81, 83 };

  assert_paragraph_lines (document, lines, G_N_ELEMENTS (lines));
  assert_no_furniture (document);
  g_assert_cmpstr (document->title, ==, "NATO Secretary-General confirms Ukraine’s future membership in the alliance");
  g_assert_cmpstr (document->outlet, ==, "Gulf Press");
  g_assert_cmpstr (document->author, ==, "News Room");
  dossier_test_assert_date (&document->published, "2024-10-17");
  g_assert_cmpint (document->published_from, ==, DOSSIER_DATE_SOURCE_TEXT);
  g_assert_nonnull (strstr (document->published_evidence, "Last updated"));
  /* The site's copyright line is furniture, not a photo caption. */
  g_assert_cmpuint (document->captions->len, ==, 0);
}

static void
test_euronews_with_ap (void)
{
  g_autoptr(DossierDocument) document = dossier_test_clean_seed (2);
  DossierParagraph *first = g_ptr_array_index (document->paragraphs, 0);
  DossierParagraph *last = g_ptr_array_index (document->paragraphs, document->paragraphs->len - 1);
  DossierParagraph *heading = dossier_test_find_paragraph (document, "In this for the long haul");
  gboolean caption_found = FALSE;

  assert_no_furniture (document);
  g_assert_cmpstr (document->title, ==, "NATO secretary-general says Ukraine will join alliance 'in the future'");
  g_assert_cmpstr (document->author, ==, "Angela Skujins");
  /* The only date on the page is a photo caption's: no publication date. */
  g_assert_false (dossier_date_is_set (&document->published));
  g_assert_true (g_str_has_prefix (first->text, "President Volodymyr Zelenskyy said Ukraine's NATO membership"));
  g_assert_cmpuint (first->first_line, ==, 16);
  g_assert_cmpstr (last->text, ==, "Zelenskyy and Rutte will attend a joint press conference later on Thursday.");
  g_assert_nonnull (heading);
  g_assert_cmpint (heading->kind, ==, DOSSIER_PARAGRAPH_HEADING);
  /* Related articles after "Read more" are gone. */
  g_assert_false (dossier_test_body_contains (document, "Does Ukraine really want to go nuclear?"));
  g_assert_false (dossier_test_body_contains (document, "Evgeniy Maloletka"));
  for (guint c = 0; c < document->captions->len; c++)
    caption_found |= strstr (g_ptr_array_index (document->captions, c), "on 3 October 2024") != NULL;
  g_assert_true (caption_found);
  g_assert_cmpuint (document->paragraphs->len, ==, 19);
}

static void
test_quote_card_and_glued_share (void)
{
  g_autoptr(DossierDocument) document = dossier_test_clean_seed (3);
  DossierParagraph *said = dossier_test_find_paragraph (document, "We made a decision in Washington");
  DossierParagraph *card = dossier_test_find_paragraph (document, "So if there is a specific question");
  DossierParagraph *heading = dossier_test_find_paragraph (document, "When Ukraine can be invited to NATO");

  g_assert_cmpuint (document->paragraphs->len, ==, 12);
  g_assert_nonnull (said);
  g_assert_true (g_str_has_suffix (said->text, "in a conversation with journalists."));
  g_assert_nonnull (card);
  g_assert_cmpint (card->kind, ==, DOSSIER_PARAGRAPH_QUOTE);
  g_assert_true (g_str_has_suffix (card->text, "become a member of NATO one day."));
  g_assert_cmpstr (card->attribution, ==, "Mark Rutte Secretary General of NATO");
  g_assert_nonnull (heading);
  g_assert_cmpint (heading->kind, ==, DOSSIER_PARAGRAPH_HEADING);
  dossier_test_assert_date (&document->published, "2024-10-17");
}

static void
test_kyiv_page_with_list_and_appeal (void)
{
  g_autoptr(DossierDocument) document = dossier_test_clean_seed (4);
  guint list_items = 0;

  assert_no_furniture (document);
  g_assert_cmpstr (document->title, ==,
                   "NATO won’t invite Ukraine to alliance in short term despite Zelenskyy’s “victory plan” push");
  dossier_test_assert_date (&document->published, "2024-10-17T13:00");
  g_assert_cmpint (document->published_from, ==, DOSSIER_DATE_SOURCE_TEXT);
  /* The standfirst under the headline is the outlet's text; the photo
   * caption under it is not. */
  g_assert_nonnull (dossier_test_find_paragraph (document, "NATO Secretary-General Mark Rutte emphasized long-term support"));
  g_assert_cmpuint (document->captions->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (document->captions, 0), ==, "NATO Secretary-General Mark Rutte.");
  for (guint p = 0; p < document->paragraphs->len; p++)
    {
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);
      if (paragraph->kind == DOSSIER_PARAGRAPH_LIST_ITEM)
        list_items++;
    }
  g_assert_cmpuint (list_items, ==, 4);
  g_assert_nonnull (dossier_test_find_paragraph (document, "Strengthening Ukraine’s military capabilities."));
  g_assert_false (dossier_test_body_contains (document, "cup of coffee"));
  g_assert_nonnull (dossier_test_find_paragraph (document, "Ukraine’s ambassador stressed the need"));
}

static void
test_wrapped_text_is_joined (void)
{
  g_autoptr(DossierDocument) document = dossier_test_clean_string (
    "The finance ministers of the euro area agreed on Monday to extend the\n"
    "emergency credit line for another six months, according to officials\n"
    "who spoke after the meeting in Luxembourg.\n"
    "\n"
    "The decision still needs the approval of several national parliaments,\n"
    "which are expected to vote on it before the end of the month.\n");

  g_assert_cmpuint (document->paragraphs->len, ==, 2);
  g_assert_true (g_str_has_suffix (((DossierParagraph *) g_ptr_array_index (document->paragraphs, 0))->text,
                                   "after the meeting in Luxembourg."));
  g_assert_cmpuint (((DossierParagraph *) g_ptr_array_index (document->paragraphs, 0))->last_line, ==, 3);
}

static void
test_wire_dateline_and_byline (void)
{
  g_autoptr(DossierDocument) document = dossier_test_clean_string (
    "Home\nWorld\nPolitics\nSearch\n"
    "Storm floods coastal towns as rivers burst their banks\n"
    "By Maria Lopez and agencies\n"
    "Published: 14 March 2023\n"
    "Share\n"
    "LISBON (Reuters) - Heavy rain flooded dozens of coastal towns in central Portugal on Tuesday, "
    "forcing hundreds of people to leave their homes as rivers burst their banks.\n"
    "The civil protection agency said it had received more than 2,000 calls for help overnight and "
    "that the situation remained serious in the districts of Leiria and Coimbra.\n"
    "Read more\n"
    "Europe braces for more storms\n");

  g_assert_cmpstr (document->title, ==, "Storm floods coastal towns as rivers burst their banks");
  g_assert_cmpstr (document->author, ==, "Maria Lopez");
  g_assert_cmpstr (document->outlet, ==, "Reuters");
  dossier_test_assert_date (&document->published, "2023-03-14");
  g_assert_cmpuint (document->paragraphs->len, ==, 2);
  g_assert_true (g_str_has_prefix (((DossierParagraph *) g_ptr_array_index (document->paragraphs, 0))->text,
                                   "Heavy rain flooded"));
  g_assert_false (dossier_test_body_contains (document, "Europe braces"));
}

static void
test_dateline_date_after_the_dash (void)
{
  /* "CITY - day month year: …": the day filed follows the place's dash,
   * closed by a colon; a photo's date above it is no publication date. */
  g_autoptr(DossierDocument) document = dossier_test_clean_string (
    "Court upholds the ferry operator's licence\n"
    "Passengers queue at the harbour in Valletta, Malta March 3, 2019. REUTERS/Ann Lee\n"
    "VALLETTA - 4 March 2019: Malta's constitutional court on Monday upheld the licence of the island's "
    "largest ferry operator, dismissing two challenges by rival companies.\n"
    "The judges ruled unanimously that the licensing board had followed the law.\n");
  g_autoptr(DossierDocument) timed = dossier_test_clean_string (
    "Court upholds the ferry operator's licence\n"
    "VALLETTA - 10:30 Malta's constitutional court on Monday upheld the licence of the island's "
    "largest ferry operator: the judges ruled unanimously.\n");

  dossier_test_assert_date (&document->published, "2019-03-04");
  g_assert_cmpstr (document->published_evidence, ==, "VALLETTA - 4 March 2019");
  /* A time after the dash is no day. */
  g_assert_false (dossier_date_is_set (&timed->published));
}

static void
test_a_caption_under_the_headline (void)
{
  g_autoptr(DossierDocument) document = dossier_test_clean_string (
    "Ferry runs aground off the coast of Crete\n"
    "\n"
    "A coastguard boat tows a lifeboat away from the stranded ferry near Heraklion Crete Tuesday\n"
    "\n"
    "A passenger ferry ran aground off the northern coast of Crete on Tuesday, and coastguard boats took "
    "all 240 passengers ashore before nightfall, the port authority said.\n"
    "\n"
    "The ship had left the port of Heraklion in the morning and struck a reef in strong winds about an "
    "hour later, according to the authority.\n");

  /* Under the headline, a line that ends on the picture's day, without a
   * full stop, is its photo's caption, not the lead. */
  g_assert_false (dossier_test_body_contains (document, "tows a lifeboat"));
  g_assert_cmpuint (document->captions->len, ==, 1);
  g_assert_true (g_str_has_prefix (((DossierParagraph *) g_ptr_array_index (document->paragraphs, 0))->text,
                                   "A passenger ferry ran aground"));
}

static void
test_a_last_line_cut_short (void)
{
  g_autoptr(DossierDocument) document = dossier_test_clean_string (
    "Home\nWorld\nPolitics\nSearch\n"
    "Ferry runs aground off the coast of Crete\n"
    "Share\n"
    "A passenger ferry ran aground off the northern coast of Crete on Tuesday, and coastguard boats took "
    "all 240 passengers ashore before nightfall, the port authority said.\n"
    "The ship had left the port of Heraklion in the morning and struck a reef in strong winds about an "
    "hour later, according to the authority.\n"
    "Divers were sent to inspect the hull, which the captain had reported as damaged below the waterline "
    "and taking in wa\n");

  /* Where the copy stopped, the article's last sentence is cut short: it
   * is still the article's. */
  g_assert_true (dossier_test_body_contains (document, "Divers were sent to inspect the hull"));
  g_assert_cmpuint (document->paragraphs->len, ==, 3);
}

static void
test_the_sites_accounts (void)
{
  g_autoptr(DossierDocument) document = dossier_test_clean_string (
    "Harbour crane collapses in Gdynia\n"
    "A harbour crane collapsed onto a container ship in the port of Gdynia on Monday, injuring two dock "
    "workers, the port authority said.\n"
    "Readers can send photographs of the scene to tips@example.org, the authority's spokeswoman said, "
    "and investigators will examine the crane's cables this week.\n"
    "Stay connected with @PortDaily, @PortDailyNews, @PortDailyLive and never miss the stories happening "
    "along the coast, day and night.\n");

  /* A line naming the site's accounts is the site's, not the article's;
   * an address in the prose is no account. */
  g_assert_false (dossier_test_body_contains (document, "Stay connected"));
  g_assert_true (dossier_test_body_contains (document, "tips@example.org"));
  g_assert_cmpuint (document->paragraphs->len, ==, 2);
}

static void
test_a_share_bar_after_the_byline (void)
{
  g_autoptr(DossierDocument) document = dossier_test_clean_string (
    "Cup final moved to Madrid\n"
    "Sports Desk FOLLOW NEWS // 29 Nov 2025, 09:12 CET SHARE Share Options × Facebook Twitter Flipboard "
    "Reddit Email\n"
    "The final will be played in Madrid on 9 December, the federation said on Thursday after a meeting "
    "in Asuncion.\n"
    "Fans can follow the build-up on Facebook, Twitter, Reddit and Email.\n");

  /* A line closed by the names of the networks to share on is the page's;
   * a sentence naming them is the article's. */
  g_assert_false (dossier_test_body_contains (document, "Share Options"));
  g_assert_true (dossier_test_body_contains (document, "Fans can follow the build-up"));
  g_assert_cmpuint (document->paragraphs->len, ==, 2);
}

static void
test_caption_date_is_not_publication_date (void)
{
  g_autoptr(DossierDocument) document = dossier_test_clean_string (
    "Farmers block roads in protest over fuel prices\n"
    "Tractors on the motorway near Lyon on 2 February 2024. Photo: Jean Martin/AFP\n"
    "Farmers blocked several motorways around Lyon on Wednesday, demanding that the government "
    "drop a planned increase in the tax on agricultural diesel.\n"
    "The farmers' union said the blockades would continue until ministers agreed to meet its leaders.\n"
    "Tractors queued on the ring road on 2 February. (Video: Ana Costa/Rhone Daily)\n"
    "Police said the motorways would be cleared by the evening.\n");

  g_assert_false (dossier_date_is_set (&document->published));
  g_assert_cmpint (document->published_from, ==, DOSSIER_DATE_SOURCE_NONE);
  /* A video's credit closes a caption as a photo's does. */
  g_assert_cmpuint (document->captions->len, ==, 2);
  g_assert_false (dossier_test_body_contains (document, "Tractors queued"));
  g_assert_cmpuint (document->paragraphs->len, ==, 3);
}

static void
test_menus_only_is_kept_uncleaned (void)
{
  /* Nothing that is text is refused: where no article is told apart from
   * the furniture, the whole text is kept, marked, with a warning, for the
   * researcher to keep or remove. */
  g_autoptr(GError) error = NULL;
  const char *text = "Home\nNews\nSport\nWeather\nSign in\nSubscribe\n© 2024 Example News\n";
  g_autoptr(DossierDocument) document = dossier_clean_text (text, strlen (text), NULL, &error);

  g_assert_no_error (error);
  g_assert_true (document->uncleaned);
  g_assert_cmpuint (document->paragraphs->len, ==, 7);
  g_assert_true (dossier_test_body_contains (document, "Sign in"));
  g_assert_cmpuint (document->warnings->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (document->warnings, 0), "whole text is kept"));
}

static void
test_no_words_is_refused (void)
{
  g_autoptr(GError) error = NULL;
  const char *text = "* * *\n---\n";
  DossierDocument *document = dossier_clean_text (text, strlen (text), NULL, &error);

  g_assert_null (document);
  g_assert_error (error, DOSSIER_CORE_ERROR, DOSSIER_CORE_ERROR_NO_ARTICLE);
}

static void
test_bad_bytes (void)
{
  g_autoptr(GError) error = NULL;
  const guint8 binary[] = { 'G', 'I', 'F', '8', '9', 'a', 0, 0, 1, 2, 0, 0 };
  DossierDocument *document = dossier_clean_bytes (binary, sizeof binary, NULL, &error);

  g_assert_null (document);
  g_assert_error (error, DOSSIER_CORE_ERROR, DOSSIER_CORE_ERROR_BINARY);
  g_clear_error (&error);
  document = dossier_clean_bytes ((const guint8 *) "", 0, NULL, &error);
  g_assert_null (document);
  g_assert_error (error, DOSSIER_CORE_ERROR, DOSSIER_CORE_ERROR_EMPTY);
}

static void
test_enormous_line_and_many_lines (void)
{
  /* One 10 MB line and 100 000 tiny lines: cleaned in bounded time. */
  GString *big = g_string_sized_new (10 * 1024 * 1024 + 64);
  g_autoptr(GError) error = NULL;
  DossierDocument *document;

  while (big->len < 10 * 1024 * 1024)
    g_string_append (big, "The committee met again and the members of the board agreed on a plan. ");
  document = dossier_clean_text (big->str, big->len, NULL, &error);
  g_assert_no_error (error);
  /* No one reads a 10 MB paragraph: it is divided at its sentences into
   * paragraphs of about 2 KB, every word kept in its order, and a warning
   * says so. */
  g_assert_cmpuint (document->paragraphs->len, >, 10 * 1024 * 1024 / 8192);
  {
    gsize at = 0;

    for (guint p = 0; p < document->paragraphs->len; p++)
      {
        DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);

        g_assert_cmpuint (paragraph->len, <=, 8192);
        g_assert_cmpint (paragraph->kind, ==, DOSSIER_PARAGRAPH_BODY);
        g_assert_true (g_str_has_prefix (paragraph->text, "The committee met"));
        g_assert_true (g_str_has_suffix (paragraph->text, "on a plan."));
        g_assert_true (strncmp (big->str + at, paragraph->text, paragraph->len) == 0);
        at += paragraph->len + 1;
      }
    g_assert_cmpuint (at, ==, big->len);
  }
  g_assert_cmpuint (document->warnings->len, ==, 1);
  g_assert_nonnull (strstr (g_ptr_array_index (document->warnings, 0), "divided at its sentences"));
  dossier_document_free (document);

  /* Without a sentence end, it is cut between words. */
  g_string_truncate (big, 0);
  while (big->len < 100 * 1024)
    g_string_append (big, "and the members of the board agreed on yet another plan for the city ");
  document = dossier_clean_text (big->str, big->len, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (document->paragraphs->len, >, 100 * 1024 / 8192);
  {
    gsize at = 0;

    for (guint p = 0; p < document->paragraphs->len; p++)
      {
        DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);

        g_assert_cmpuint (paragraph->len, <=, 8192);
        g_assert_true (strncmp (big->str + at, paragraph->text, paragraph->len) == 0);
        g_assert_cmpint (big->str[at + paragraph->len], ==, ' ');
        at += paragraph->len + 1;
      }
    g_assert_cmpuint (at, >=, big->len - 1);
  }
  dossier_document_free (document);

  /* 100 000 tiny lines: no furniture, so kept as they stand. */
  g_string_truncate (big, 0);
  for (guint i = 0; i < 100000; i++)
    g_string_append (big, i % 7 == 0 ? "\n" : "word\n");
  document = dossier_clean_text (big->str, big->len, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (document->paragraphs->len, ==, 100000 - 100000 / 7 - 1);
  dossier_document_free (document);
  g_string_free (big, TRUE);
}

/* A headline in capitals with its commas and no small word is no menu
 * bar; a byline's degree is no second author; a reviewer's line is a
 * byline too, not the headline. */
static void
test_health_news_head (void)
{
  g_autoptr(DossierDocument) document = dossier_test_clean_string (
    "Harbour Town Fever Patient, Tomas Reyl, Dies\n"
    "\n"
    "By Ana Ferreira, MA\n"
    "Coastline Health News\n"
    "\n"
    "Reviewed by Piet Olde, MD\n"
    "\n"
    "Oct. 8, 2026 -- Tomas Reyl, the first patient of the marsh fever in Halvik, has died of the disease, the "
    "harbour hospital said on Wednesday.\n"
    "Doctors at the hospital had treated him for eleven days in an isolation ward, and the health office said "
    "that no other case had been found in the town.\n"
    "The fever has spread along the coast since the summer, and more than two hundred people have been "
    "treated for it in the region's hospitals.\n");

  g_assert_cmpstr (document->title, ==, "Harbour Town Fever Patient, Tomas Reyl, Dies");
  g_assert_cmpstr (document->author, ==, "Ana Ferreira");
  g_assert_false (dossier_test_body_contains (document, "Reviewed by"));
}

static DossierDocument *
clean_fixture (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "data", "clean", name, NULL);
  return dossier_test_clean_file (path);
}

static void
test_wire_story (void)
{
  g_autoptr(DossierDocument) document = clean_fixture ("wire-story.txt");
  DossierParagraph *first = g_ptr_array_index (document->paragraphs, 0);

  g_assert_cmpstr (document->title, ==, "Biden signs bill to avert a government shutdown hours before deadline");
  /* A byline in capitals, two reporters. */
  g_assert_cmpstr (document->author, ==, "Zeke Miller and Seung Min Kim");
  g_assert_cmpstr (document->outlet, ==, "AP");
  /* "Updated 4:12 PM EDT, October 22, 2024": the time before the date. */
  dossier_test_assert_date (&document->published, "2024-10-22");
  g_assert_true (g_str_has_prefix (first->text, "President Joe Biden on Tuesday signed"));
  g_assert_false (dossier_test_body_contains (document, "contributed to this report"));
  g_assert_false (dossier_test_body_contains (document, "Stocks rally"));
  /* A menu entry "U.S." is not a photo caption. */
  g_assert_cmpuint (document->captions->len, ==, 0);
  g_assert_cmpuint (document->paragraphs->len, ==, 5);
}

static void
test_newspaper_with_standfirst (void)
{
  g_autoptr(DossierDocument) document = clean_fixture ("newspaper-with-standfirst.txt");

  /* "The Guardian - Back to homepage" is the logo; the headline is the line
   * above the byline and dateline. */
  g_assert_cmpstr (document->title, ==, "Germany’s coalition agrees emergency budget after weeks of wrangling");
  g_assert_cmpstr (document->author, ==, "Kate Connolly");
  dossier_test_assert_date (&document->published, "2023-12-13T14:05");
  g_assert_cmpuint (document->captions->len, ==, 1);
  g_assert_true (g_str_has_suffix (g_ptr_array_index (document->captions, 0), "Michael Kappeler/dpa"));
  g_assert_cmpuint (document->paragraphs->len, ==, 5);
  g_assert_false (dossier_test_body_contains (document, "Reuse this content"));
}

static void
test_broadcaster_with_related (void)
{
  /* A page of our own in the shape of a broadcaster's: the reporter's name
   * over her role, a bare credit over the photo's caption, and a "Related"
   * box whose first headline reads like a short paragraph. */
  g_autoptr(DossierDocument) document = clean_fixture ("broadcaster-with-related.txt");
  DossierParagraph *first = g_ptr_array_index (document->paragraphs, 0);
  DossierParagraph *last = g_ptr_array_index (document->paragraphs, document->paragraphs->len - 1);

  g_assert_cmpstr (document->title, ==, "Kenya's president signs finance bill after weeks of protests");
  g_assert_cmpstr (document->author, ==, "Emmanuel Igunza");
  g_assert_true (g_str_has_prefix (first->text, "Kenya's President William Ruto has signed"));
  g_assert_true (g_str_has_prefix (last->text, "The International Monetary Fund"));
  g_assert_cmpuint (document->paragraphs->len, ==, 5);
  g_assert_false (dossier_test_body_contains (document, "Related"));
  g_assert_false (dossier_test_body_contains (document, "What is happening?"));
  g_assert_false (dossier_test_body_contains (document, "BBC News, Nairobi"));
  g_assert_cmpuint (document->captions->len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (document->captions, 1), ==,
                   "Protesters in Nairobi on Tuesday demanded that the bill be withdrawn");
}

static void
test_wire_with_glued_dateline (void)
{
  /* A page of our own in the shape of a wire service's: copying glued the
   * year to the time and the time to "Updated", and the first paragraph
   * opens with place, day and agency. */
  g_autoptr(DossierDocument) document = clean_fixture ("wire-with-glued-dateline.txt");
  DossierParagraph *first = g_ptr_array_index (document->paragraphs, 0);

  dossier_test_assert_date (&document->published, "2025-03-04T15:41");
  g_assert_cmpint (document->published_from, ==, DOSSIER_DATE_SOURCE_TEXT);
  g_assert_cmpstr (document->outlet, ==, "Reuters");
  g_assert_cmpstr (document->author, ==, "Anthony Deutsch and Bart Meijer");
  g_assert_true (g_str_has_prefix (first->text, "The Dutch lower house of parliament on Tuesday"));
  g_assert_cmpuint (document->paragraphs->len, ==, 5);
  g_assert_false (dossier_test_body_contains (document, "Editing by"));
  g_assert_false (dossier_test_body_contains (document, "Purchase Licensing Rights"));
  g_assert_false (dossier_test_body_contains (document, "Read Next"));
}

static void
test_newspaper_place_dateline (void)
{
  /* A page of our own in the shape of a European newspaper's: the place
   * before a dash opens the article, the publisher's legal form trails its
   * name, and an editor's note closes it. */
  g_autoptr(DossierDocument) document = clean_fixture ("newspaper-place-dateline.txt");

  /* The paragraph starts with its first word, not with "LUXEMBOURG —". */
  g_assert_nonnull (dossier_test_find_paragraph (document, "EU energy ministers on Monday endorsed"));
  g_assert_false (dossier_test_body_contains (document, "LUXEMBOURG"));
  g_assert_false (dossier_test_body_contains (document, "This article has been updated"));
  g_assert_cmpstr (document->outlet, ==, "POLITICO");
  g_assert_cmpstr (document->author, ==, "Victor Jack");
  dossier_test_assert_date (&document->published, "2025-06-16T18:02");
}

static void
test_one_sentence_in_three_encodings (void)
{
  /* One sentence is an article, whatever its encoding: UTF-8, UTF-16
   * with its BOM, and Latin-1 bytes (which are no valid UTF-8). */
  const char *sentence = "Mark Rutte spoke in Brussels on 17 October 2024.";
  const char *latin1 = "Die Bürgermeisterin sprach am 17. Oktober 2024 in Köln.";
  g_autoptr(GError) error = NULL;
  g_autoptr(GByteArray) utf16 = g_byte_array_new ();
  g_autofree char *latin1_bytes = g_convert (latin1, -1, "ISO-8859-1", "UTF-8", NULL, NULL, NULL);
  DossierDocument *document;

  document = dossier_clean_bytes ((const guint8 *) sentence, strlen (sentence), NULL, &error);
  g_assert_no_error (error);
  g_assert_false (document->uncleaned);
  g_assert_cmpuint (document->paragraphs->len, ==, 1);
  g_assert_cmpstr (((DossierParagraph *) g_ptr_array_index (document->paragraphs, 0))->text, ==, sentence);
  dossier_document_free (document);

  g_byte_array_append (utf16, (const guint8 *) "\xFF\xFE", 2);
  for (const char *p = sentence; *p; p++)
    {
      guint8 unit[2] = { (guint8) *p, 0 };
      g_byte_array_append (utf16, unit, 2);
    }
  document = dossier_clean_bytes (utf16->data, utf16->len, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (document->encoding, ==, "UTF-16LE");
  g_assert_cmpuint (document->paragraphs->len, ==, 1);
  g_assert_cmpstr (((DossierParagraph *) g_ptr_array_index (document->paragraphs, 0))->text, ==, sentence);
  dossier_document_free (document);

  g_assert_nonnull (latin1_bytes);
  document = dossier_clean_bytes ((const guint8 *) latin1_bytes, strlen (latin1_bytes), NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (document->paragraphs->len, ==, 1);
  g_assert_cmpstr (((DossierParagraph *) g_ptr_array_index (document->paragraphs, 0))->text, ==, latin1);
  dossier_document_free (document);
}

static void
test_date_and_byline_on_one_line (void)
{
  /* The date, the time and the byline on one line, as some sites print
   * them: the date is the publication's, the rest does not hide it. */
  g_autoptr(DossierDocument) document = dossier_test_clean_string (
    "Harbour workers walk out over pay\n"
    "\n"
    "3 February 2021 - 09:15 By Staff Reporter And Agencies\n"
    "\n"
    "Dock workers in the port of Westhaven stopped work on Tuesday after talks over pay broke down late "
    "on Monday night.\n"
    "\n"
    "The union said the strike would last until the company made a new offer.\n");

  dossier_test_assert_date (&document->published, "2021-02-03T09:15");

  {
    /* The time and its zone before the date, a slash between. */
    g_autoptr(DossierDocument) updated = dossier_test_clean_string (
      "UPDATED 11:15 EDT / NOVEMBER 11 2022\n"
      "\n"
      "Exchange files for bankruptcy\n"
      "\n"
      "The exchange filed for bankruptcy in the United States, according to a statement published today "
      "on its website.\n");

    g_assert_cmpint (updated->published.year, ==, 2022);
    g_assert_cmpint (updated->published.month, ==, 11);
    g_assert_cmpint (updated->published.day, ==, 11);
  }
  {
    /* "Page last updated at", the time in two zones, the second named by
     * its country, as British pages print it. */
    g_autoptr(DossierDocument) page = dossier_test_clean_string (
      "Page last updated at 07:12 GMT, Friday, 9 March 2012 07:12 UK\n"
      "\n"
      "Ferry strike ends in Westhaven\n"
      "\n"
      "Ferry crews in Westhaven went back to work on Thursday after the union accepted a new offer.\n");

    dossier_test_assert_date (&page->published, "2012-03-09T07:12");
    g_assert_cmpint (page->published_from, ==, DOSSIER_DATE_SOURCE_TEXT);
  }
  {
    /* The printed edition's page after the date, as newspapers' archives
     * show it. */
    g_autoptr(DossierDocument) printed = dossier_test_clean_string (
      "Ferry strike ends in Westhaven\n"
      "\n"
      "\n"
      "Sat, Mar 10, 2012 - Page 5\n"
      "\n"
      "Ferry crews in Westhaven went back to work yesterday after the union accepted a new offer.\n");

    dossier_test_assert_date (&printed->published, "2012-03-10");
    g_assert_cmpint (printed->published_from, ==, DOSSIER_DATE_SOURCE_TEXT);
  }
  {
    /* The year glued to the time by a comma without its space, the byline
     * and the page's text-size buttons after them. */
    g_autoptr(DossierDocument) glued = dossier_test_clean_string (
      "Ferry strike ends in Westhaven\n"
      "\n"
      "Friday, Mar 9, 2012,07:12 IST By Harbour Courier A A A\n"
      "\n"
      "Ferry crews in Westhaven went back to work on Thursday after the union accepted a new offer.\n");

    dossier_test_assert_date (&glued->published, "2012-03-09T07:12");
  }
  {
    /* A sentence between the headline and the date line is the story's
     * summary: the date line under it is still the page's. */
    g_autoptr(DossierDocument) summary = dossier_test_clean_string (
      "Ferry strike ends in Westhaven\n"
      "\n"
      "The deal applies to the nine ferries being run by the harbour company.\n"
      "\n"
      "March 9, 2012, 7:12 AM\n"
      "\n"
      "Ferry crews in Westhaven went back to work on Thursday after the union accepted a new offer.\n");

    dossier_test_assert_date (&summary->published, "2012-03-09T07:12");
  }
  g_assert_cmpint (document->published_from, ==, DOSSIER_DATE_SOURCE_TEXT);
  g_assert_cmpstr (document->published_evidence, ==, "3 February 2021 - 09:15 By Staff Reporter And Agencies");
}

static void
test_headlines_of_other_stories (void)
{
  /* A clean paste that ends on the site's list of other stories'
   * headlines: the article ends above them, and a table of results in
   * title case is no such list. */
  g_autoptr(DossierDocument) document = dossier_test_clean_string (
    "Harbour final moved to the capital\n"
    "The league confirmed on Thursday that the final between Westhaven and Kingsmead will be played on "
    "December 9 in the capital, after the attack on the Kingsmead team bus.\n"
    "Kingsmead asked to be given the trophy without playing, but the league's disciplinary committee "
    "turned the request down and fined Westhaven instead.\n"
    "-\n"
    "Singer Marla Voss Announces Farewell Tour Dates For 2026 -\n"
    "Why Tech Giants Are Racing To Build Smaller Phones Again -\n"
    "Film Festival Unveils Lineup With Three Surprise Premieres -\n"
    "Chef Reveals The Secret Behind His Famous Tomato Soup -\n");
  g_autoptr(DossierDocument) results = dossier_test_clean_string (
    "The county's schools played their last games of the week on Friday night, and three teams stayed "
    "unbeaten after close games in the rain.\n"
    "Westhaven Magnet d. Kingsmead 5-0\n"
    "Harbour Town d. Marlow Park 2-1\n"
    "Eastbrook Valley d. Northgate 3-2\n");

  g_assert_null (dossier_test_find_paragraph (document, "Singer Marla Voss"));
  g_assert_null (dossier_test_find_paragraph (document, "Chef Reveals"));
  g_assert_nonnull (dossier_test_find_paragraph (document, "Kingsmead asked"));
  g_assert_nonnull (dossier_test_find_paragraph (results, "Eastbrook Valley d. Northgate 3-2"));
}

static void
test_wire_story_in_capitals (void)
{
  /* Wire copy of our own: a headline in capitals, the reporter, a place
   * and day, one sentence a line and a small table.  Nothing is furniture:
   * every line stays in the text, the headline is the title, and the
   * dateline gives the date (with its line as the evidence) but is no
   * title. */
  g_autoptr(DossierDocument) document = clean_fixture ("wire-capitals.txt");

  g_assert_false (document->uncleaned);
  g_assert_cmpstr (document->title, ==, "BALTIC PORTS AGREE SHARED WINTER ICEBREAKER SERVICE .");
  dossier_test_assert_date (&document->published, "1996-11-14");
  g_assert_cmpint (document->published_from, ==, DOSSIER_DATE_SOURCE_TEXT);
  g_assert_cmpstr (document->published_evidence, ==, "TALLINN 1996-11-14");
  g_assert_cmpstr (document->author, ==, "Marta Lindgren");
  g_assert_cmpuint (document->paragraphs->len, ==, 10);
  g_assert_cmpuint (document->removed->len, ==, 0);
  g_assert_nonnull (dossier_test_find_paragraph (document, "TALLINN 1996-11-14"));
  g_assert_nonnull (dossier_test_find_paragraph (document, "Klaipeda 3,940"));
  g_assert_cmpint (((DossierParagraph *) g_ptr_array_index (document->paragraphs, 0))->kind, ==,
                   DOSSIER_PARAGRAPH_HEADING);
}

static void
test_results_table_is_kept (void)
{
  /* A page of results, no prose at all: its rows are the article. */
  g_autoptr(DossierDocument) document = clean_fixture ("results-table.txt");

  g_assert_false (document->uncleaned);
  g_assert_cmpstr (document->title, ==, "Harbour Cross-Country League - round three");
  g_assert_nonnull (dossier_test_find_paragraph (document, "1. Daniel Okoro (Fenwick Striders) 31:42"));
  g_assert_nonnull (dossier_test_find_paragraph (document, "3. Niamh Doyle (Fenwick Striders) 30:21"));
  g_assert_nonnull (dossier_test_find_paragraph (document, "Senior women (8 km)"));
  g_assert_nonnull (dossier_test_find_paragraph (document, "Team standings after three rounds"));
}

static void
test_comment_thread_is_left_out (void)
{
  /* A three-paragraph story and a longer thread of readers' comments
   * under it, told by their shape: names over "3 hours ago", "Reply",
   * "Like" and a count of votes. */
  g_autoptr(DossierDocument) document = clean_fixture ("story-with-comments.txt");

  g_assert_cmpstr (document->title, ==, "Lake village gets its first heat network");
  g_assert_cmpstr (document->author, ==, "Owen Hartley");
  g_assert_cmpuint (document->paragraphs->len, ==, 3);
  g_assert_true (g_str_has_prefix (((DossierParagraph *) g_ptr_array_index (document->paragraphs, 2))->text,
                                   "Engineers will watch"));
  g_assert_false (dossier_test_body_contains (document, "Brilliant news"));
  g_assert_false (dossier_test_body_contains (document, "maintenance plan"));
  g_assert_false (dossier_test_body_contains (document, "environmental report"));
  g_assert_false (dossier_test_body_contains (document, "hours ago"));
}

static void
test_forum_replies_are_left_out (void)
{
  /* A forum thread: the first post is the text, the replies go. */
  g_autoptr(DossierDocument) document = dossier_test_clean_string (
    "Best way to store winter tyres?\n"
    "tyre_tom (3 Nov 2024)\n"
    "I have a set of winter tyres on rims and nowhere inside to keep them. Is a garden shed too cold, or does it not matter as long as they stay dry and out of the sun?\n"
    "----------\n"
    "kerbside_kate (3 Nov 2024)\n"
    "Cold does not hurt them at all. Stack them flat if they are on rims and keep them off the concrete floor.\n"
    "----------\n"
    "old_volvo (4 Nov 2024)\n"
    "Mine have lived in a shed for ten winters without trouble, just cover them against the light so the rubber does not crack.\n");

  g_assert_nonnull (dossier_test_find_paragraph (document, "I have a set of winter tyres"));
  g_assert_false (dossier_test_body_contains (document, "Cold does not hurt"));
  g_assert_false (dossier_test_body_contains (document, "ten winters"));
}

static void
test_menu_lines_are_no_title (void)
{
  /* Search, sign-in and menu lines above the headline read like titles;
   * the headline is the line over the byline and the text. */
  g_autoptr(DossierDocument) document = clean_fixture ("menu-lines.txt");

  g_assert_cmpstr (document->title, ==, "Ferry timetable to change after pier repairs");
  g_assert_cmpuint (document->paragraphs->len, ==, 3);
  g_assert_false (dossier_test_body_contains (document, "Open / Close"));
  g_assert_false (dossier_test_body_contains (document, "Back To"));
  g_assert_false (dossier_test_body_contains (document, "Lorry stuck"));
}

static void
test_title_glued_to_date (void)
{
  /* The copy glued the headline to the date line under it. */
  g_autoptr(DossierDocument) document = clean_fixture ("glued-title-date.txt");

  g_assert_cmpstr (document->title, ==, "Wetland reserve doubles in size after farm purchase");
  dossier_test_assert_date (&document->published, "2025-03-03");
  g_assert_cmpuint (document->paragraphs->len, ==, 3);
  g_assert_false (dossier_test_body_contains (document, "Published"));
}

static void
test_german_page_furniture (void)
{
  /* German furniture: cookie notice, menu, "Artikel teilen",
   * "Weiterlesen", the newsletter box, related links, Impressum. */
  g_autoptr(DossierDocument) document = clean_fixture ("german-furniture.txt");

  g_assert_cmpstr (document->title, ==, "Bibliothek am Markt öffnet künftig auch sonntags");
  dossier_test_assert_date (&document->published, "2024-05-14T09:30");
  g_assert_cmpuint (document->paragraphs->len, ==, 3);
  g_assert_true (g_str_has_prefix (((DossierParagraph *) g_ptr_array_index (document->paragraphs, 0))->text,
                                   "Die Stadtbibliothek am Markt"));
  g_assert_false (dossier_test_body_contains (document, "Cookies"));
  g_assert_false (dossier_test_body_contains (document, "Weiterlesen"));
  g_assert_false (dossier_test_body_contains (document, "Postfach"));
  g_assert_false (dossier_test_body_contains (document, "Hallenbad"));
  g_assert_false (dossier_test_body_contains (document, "Impressum"));
}

static void
test_published_and_updated (void)
{
  /* "Published … | Updated …": the first date is the publication's. */
  g_autoptr(DossierDocument) document = clean_fixture ("published-updated.txt");

  dossier_test_assert_date (&document->published, "2023-11-18");
  g_assert_cmpint (document->published_from, ==, DOSSIER_DATE_SOURCE_TEXT);
  g_assert_cmpstr (document->author, ==, "Jane Okafor");
  g_assert_cmpuint (document->paragraphs->len, ==, 2);
  g_assert_false (dossier_test_body_contains (document, "Updated"));
}

static void
test_this_story_is_from (void)
{
  /* "This story is from …" above the text: a site's line of the day the
   * story was published, not a sentence of it. */
  g_autoptr(DossierDocument) document = dossier_test_clean_string (
    "This story is from March 3, 2016\n"
    "\n"
    "Ferry services resume on the northern lakes\n"
    "\n"
    "Ferries returned to the northern lakes on Wednesday after ice kept the boats in harbour for six weeks, "
    "the operator said.\n");

  dossier_test_assert_date (&document->published, "2016-03-03");
  g_assert_cmpint (document->published_from, ==, DOSSIER_DATE_SOURCE_TEXT);
  g_assert_false (dossier_test_body_contains (document, "This story is from"));
}

static void
test_date_over_its_update_below_the_text (void)
{
  /* A copy that put the text first, then the headline, the date over the
   * line of its last update, and a most-read list with counts of views:
   * the date is the page's; the list is furniture. */
  g_autoptr(DossierDocument) document = dossier_test_clean_string (
    "The regional airline Nordwind grounded its whole fleet of turboprops on Tuesday after cracks were found "
    "in the wing of one of them during a routine check.\n"
    "The airline said the inspections would take at least four days and that passengers would be rebooked on "
    "partner flights.\n"
    "\n"
    "Nordwind grounds turboprops after wing cracks\n"
    "Tuesday 14 March 2017\n"
    "Last Update: Friday, 3 April 2020 KSA 10:12 - GMT 07:12\n"
    "-\n"
    "12408 Views Heavy rain floods the old harbour district\n"
    "-\n"
    "9310 Views City council approves the new tram line\n"
    "-\n"
    "7052 Views Museum reopens its hall of maps after repairs\n");

  dossier_test_assert_date (&document->published, "2017-03-14");
  g_assert_cmpint (document->published_from, ==, DOSSIER_DATE_SOURCE_TEXT);
  g_assert_true (dossier_test_body_contains (document, "grounded its whole fleet"));
  g_assert_false (dossier_test_body_contains (document, "Views"));
  g_assert_false (dossier_test_body_contains (document, "tram line"));
  /* Nor are the date and the update's line the text's. */
  g_assert_false (dossier_test_body_contains (document, "Last Update"));
  g_assert_false (dossier_test_body_contains (document, "14 March 2017"));
}

static void
test_a_stamp_with_any_zone (void)
{
  /* "March 4, 2019 - 10:15 AMT" over the headline: the day the page was
   * stamped, whatever three capitals ending in "T" name its time zone. */
  g_autoptr(DossierDocument) document = dossier_test_clean_string (
    "March 4, 2019 - 10:15 AMT\n"
    "Ferry operator orders two electric boats\n"
    "\n"
    "The ferry operator of the lake ordered two electric boats from a shipyard in the north, the company said in "
    "a statement.\n"
    "\n"
    "The boats will replace the two oldest diesel ferries on the crossing, which are more than forty years "
    "old.\n");

  dossier_test_assert_date (&document->published, "2019-03-04T10:15");
  g_assert_cmpint (document->published_from, ==, DOSSIER_DATE_SOURCE_TEXT);
  g_assert_cmpstr (document->title, ==, "Ferry operator orders two electric boats");
  g_assert_false (dossier_test_body_contains (document, "AMT"));
}

static void
test_a_stamp_of_labelled_fields (void)
{
  /* A wire site's stamp under the headline: its source, its date and time
   * and its editor between bars.  The date is the page's; the line, no
   * part of the text. */
  g_autoptr(DossierDocument) document = dossier_test_clean_string (
    "Ferry crews walk out in Halvik\n"
    "\n"
    "Source: Coastwire| 2027-02-03 09:12:44|Editor: Ana Lee\n"
    "\n"
    "HALVIK, Feb. 2 (Coastwire) -- Ferry crews in Halvik walked out on Tuesday over pay, leaving the island's "
    "two ports without a crossing, the operator said.\n"
    "\n"
    "The union said the strike would last until the operator made a new offer.\n");

  dossier_test_assert_date (&document->published, "2027-02-03T09:12");
  g_assert_cmpint (document->published_from, ==, DOSSIER_DATE_SOURCE_TEXT);
  g_assert_false (dossier_test_body_contains (document, "Editor"));
  g_assert_true (dossier_test_body_contains (document, "walked out on Tuesday"));
}

static void
test_a_date_and_its_agency_between_bars (void)
{
  /* An archive's line: the date and the agency the story came from, no
   * space around the bar; the date is the page's. */
  g_autoptr(DossierDocument) document = dossier_test_clean_string (
    "Ferry crews walk out in Halvik\n"
    "\n"
    "February 3, 2027|Reuters\n"
    "\n"
    "Ferry crews in Halvik walked out on Tuesday over pay, leaving the island's two ports without a crossing, "
    "the operator said.\n"
    "\n"
    "The union said the strike would last until the operator made a new offer.\n");

  dossier_test_assert_date (&document->published, "2027-02-03");
  g_assert_cmpint (document->published_from, ==, DOSSIER_DATE_SOURCE_TEXT);
  g_assert_false (dossier_test_body_contains (document, "Reuters"));
}

static void
test_the_latest_update (void)
{
  /* "Latest update" says when the page was last written, as "Last
   * updated" does: where nothing else dates it, its day is the page's. */
  g_autoptr(DossierDocument) document = dossier_test_clean_string (
    "Ferry crews walk out in Halvik\n"
    "\n"
    "Latest update : 2027-02-03\n"
    "\n"
    "Ferry crews in Halvik walked out on Tuesday over pay, leaving the island's two ports without a crossing, "
    "the operator said.\n"
    "\n"
    "The union said the strike would last until the operator made a new offer.\n");

  dossier_test_assert_date (&document->published, "2027-02-03");
  g_assert_false (dossier_test_body_contains (document, "Latest update"));
}

static void
test_captions_by_their_credit_and_their_opening (void)
{
  /* Among a page's furniture: a sentence right above a bare credit, and a
   * wire's caption that opens on the picture ("In this … photo"), are the
   * pictures' captions, no part of the text; the paragraphs around them
   * stay. */
  g_autoptr(DossierDocument) document = dossier_test_clean_string (
    "Menu\n"
    "Home\n"
    "News\n"
    "Sport\n"
    "\n"
    "Ferry crews walk out in Halvik\n"
    "\n"
    "Ferry crews in Halvik walked out on Tuesday over pay, leaving the island's two ports without a crossing, "
    "the operator said.\n"
    "\n"
    "A ferry waits at the empty quay in Halvik on Tuesday morning.\n"
    "(Photo: Coastwire)\n"
    "\n"
    "The union said the strike would last until the operator made a new offer, and talks were set for "
    "Friday.\n"
    "\n"
    "In this March 2, 2026 photo provided by the port authority, ferries line the quay in Halvik.\n"
    "\n"
    "The operator said it would run a reduced timetable with hired crews until the strike ended.\n"
    "\n"
    "Share this article\n"
    "Facebook\n"
    "Twitter\n");

  g_assert_true (dossier_test_body_contains (document, "walked out on Tuesday"));
  g_assert_true (dossier_test_body_contains (document, "talks were set for Friday"));
  g_assert_true (dossier_test_body_contains (document, "reduced timetable"));
  g_assert_false (dossier_test_body_contains (document, "empty quay"));
  g_assert_false (dossier_test_body_contains (document, "ferries line the quay"));
}

static void
test_a_follow_widget_over_the_headline (void)
{
  /* "Connect with us" over a section's name and the headline: the
   * widget is the page's, the headline the title. */
  g_autoptr(DossierDocument) document = dossier_test_clean_string (
    "Connect with us\n"
    "\n"
    "Business\n"
    "\n"
    "Harbour board approves new ferry terminal after long delay\n"
    "\n"
    "Published\n"
    "\n"
    "The harbour board of Kelmstad approved the new ferry terminal on Tuesday, two years after the plan was "
    "first put to the council, its chairman said.\n"
    "\n"
    "Work on the terminal will start in the spring and take about eighteen months, the board said in a "
    "statement after the vote.\n");

  g_assert_cmpstr (document->title, ==, "Harbour board approves new ferry terminal after long delay");
  g_assert_false (dossier_test_body_contains (document, "Connect with us"));
}

static void
test_a_paywall_box_after_the_story (void)
{
  /* A subscription box and a live blog's note are the page's, not the
   * story's. */
  g_autoptr(DossierDocument) document = dossier_test_clean_string (
    "Harbour board approves new ferry terminal\n"
    "\n"
    "The harbour board of Kelmstad approved the new ferry terminal on Tuesday, two years after the plan was "
    "first put to the council, its chairman said.\n"
    "\n"
    "Work on the terminal will start in the spring and take about eighteen months, the board said in a "
    "statement after the vote.\n"
    "\n"
    "Get instant access to all our reporting with a 14-day free trial.\n"
    "\n"
    "Our live blog below shows the updates as they happened.\n");

  g_assert_true (dossier_test_body_contains (document, "eighteen months"));
  g_assert_false (dossier_test_body_contains (document, "free trial"));
  g_assert_false (dossier_test_body_contains (document, "live blog"));
}

static void
test_a_label_or_breadcrumb_over_the_headline (void)
{
  /* A site's name over the headline, and a breadcrumb glued to the
   * headline over the headline again: the headline is the title. */
  g_autoptr(DossierDocument) labelled = dossier_test_clean_string (
    "The Harbour Blog\n"
    "\n"
    "Kelmstad ferry terminal approved after two years of delay\n"
    "\n"
    "The harbour board of Kelmstad approved the new ferry terminal on Tuesday, two years after the plan was "
    "first put to the council, its chairman said.\n"
    "\n"
    "Work on the terminal will start in the spring, the board said.\n");
  g_autoptr(DossierDocument) crumbed = dossier_test_clean_string (
    "Home News Region Kelmstad ferry terminal approved after two years of delay\n"
    "\n"
    "Kelmstad ferry terminal approved after two years of delay\n"
    "\n"
    "The harbour board of Kelmstad approved the new ferry terminal on Tuesday, two years after the plan was "
    "first put to the council, its chairman said.\n"
    "\n"
    "Work on the terminal will start in the spring, the board said.\n");

  g_assert_cmpstr (labelled->title, ==, "Kelmstad ferry terminal approved after two years of delay");
  g_assert_false (dossier_test_body_contains (labelled, "Harbour Blog"));
  g_assert_cmpstr (crumbed->title, ==, "Kelmstad ferry terminal approved after two years of delay");
  g_assert_false (dossier_test_body_contains (crumbed, "Home News"));
}

static void
test_a_masthead_glued_to_its_motto (void)
{
  /* A listed outlet's name glued to its motto over the headline is the
   * page's masthead, not the title. */
  g_autoptr(DossierDocument) document = dossier_test_clean_string (
    "The Washington PostDemocracy of the Harbour\n"
    "\n"
    "Kelmstad ferry terminal approved after two years of delay\n"
    "\n"
    "The harbour board of Kelmstad approved the new ferry terminal on Tuesday, two years after the plan was "
    "first put to the council, its chairman said.\n"
    "\n"
    "Work on the terminal will start in the spring, the board said.\n");

  g_assert_cmpstr (document->title, ==, "Kelmstad ferry terminal approved after two years of delay");
}

static void
test_credit_and_day (void)
{
  /* "Agency Name , Tuesday 30 Mar 2021" under the headline: a credit and
   * the day, which is the publication's; a section's name and a date in a
   * list of other articles below the text are not. */
  g_autoptr(DossierDocument) document = dossier_test_clean_string (
    "Harbour reopens after the storm\n"
    "\n"
    "Coastal Wire , Tuesday 30 Mar 2021\n"
    "\n"
    "The harbour of Kelmstad reopened on Monday after four days of storms kept every ship at sea, the port "
    "authority said in a statement.\n"
    "Dock workers cleared the quays of debris through the night.\n");
  g_autoptr(DossierDocument) barred = dossier_test_clean_string (
    "Harbour reopens after the storm\n"
    "\n"
    "The harbour of Kelmstad reopened on Monday after four days of storms kept every ship at sea, the port "
    "authority said in a statement.\n"
    "Dock workers cleared the quays of debris through the night.\n"
    "\n"
    "More from Shipping, 3 Apr 2021\n");

  dossier_test_assert_date (&document->published, "2021-03-30");
  g_assert_cmpint (document->published_from, ==, DOSSIER_DATE_SOURCE_TEXT);
  g_assert_false (dossier_test_body_contains (document, "Coastal Wire"));
  g_assert_false (dossier_date_is_set (&barred->published));
}

/* One name per article (issue 14): the title; else the lead's first
 * words, whole, with an ellipsis; else the file's name without its
 * folder; each but the first marked as no title of the page's. */
static void
test_display_title (void)
{
  g_autoptr(DossierDocument) document = dossier_document_new ();
  g_autofree char *titled = NULL, *lead = NULL, *file = NULL, *nothing = NULL, *whole = NULL;
  gboolean substitute = FALSE;

  document->title = g_strdup ("  NATO won’t invite Ukraine  ");
  dossier_document_add_paragraph (document, "Heading", -1, DOSSIER_PARAGRAPH_HEADING, 1, 1);
  dossier_document_add_paragraph (document,
                                  "President Volodymyr Zelenskyy of Ukraine has expressed disappointment, saying "
                                  "that the alliance will not invite Ukraine to join.", -1,
                                  DOSSIER_PARAGRAPH_BODY, 2, 2);
  document->source = g_strdup ("/home/someone/Downloads/pages/002_e9b744251f762ee8.txt");
  titled = dossier_document_dup_display_title (document, &substitute);
  g_assert_cmpstr (titled, ==, "NATO won’t invite Ukraine");
  g_assert_false (substitute);

  g_clear_pointer (&document->title, g_free);
  lead = dossier_document_dup_display_title (document, &substitute);
  /* The lead, not the heading above it; cut after a whole word, no comma left dangling. */
  g_assert_cmpstr (lead, ==, "President Volodymyr Zelenskyy of Ukraine has expressed disappointment, saying…");
  g_assert_cmpint (g_utf8_strlen (lead, -1), <=, 81);
  g_assert_true (substitute);

  g_ptr_array_set_size (document->paragraphs, 0);
  dossier_document_add_paragraph (document, "Short lead.", -1, DOSSIER_PARAGRAPH_BODY, 1, 1);
  whole = dossier_document_dup_display_title (document, NULL);
  g_assert_cmpstr (whole, ==, "Short lead.");

  g_ptr_array_set_size (document->paragraphs, 0);
  file = dossier_document_dup_display_title (document, &substitute);
  g_assert_cmpstr (file, ==, "002_e9b744251f762ee8.txt");
  g_assert_true (substitute);

  g_clear_pointer (&document->source, g_free);
  nothing = dossier_document_dup_display_title (document, &substitute);
  g_assert_cmpstr (nothing, ==, "Untitled article");
  g_assert_true (substitute);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/clean/seed/menafn", test_menafn);
  g_test_add_func ("/clean/health-news-head", test_health_news_head);
  g_test_add_func ("/clean/date-and-byline-on-one-line", test_date_and_byline_on_one_line);
  g_test_add_func ("/clean/headlines-of-other-stories", test_headlines_of_other_stories);
  g_test_add_func ("/clean/seed/gulf-press", test_gulf_press);
  g_test_add_func ("/clean/seed/euronews", test_euronews_with_ap);
  g_test_add_func ("/clean/seed/quote-card", test_quote_card_and_glued_share);
  g_test_add_func ("/clean/seed/list-and-appeal", test_kyiv_page_with_list_and_appeal);
  g_test_add_func ("/clean/wire-story", test_wire_story);
  g_test_add_func ("/clean/newspaper-with-standfirst", test_newspaper_with_standfirst);
  g_test_add_func ("/clean/broadcaster-with-related", test_broadcaster_with_related);
  g_test_add_func ("/clean/wire-with-glued-dateline", test_wire_with_glued_dateline);
  g_test_add_func ("/clean/newspaper-place-dateline", test_newspaper_place_dateline);
  g_test_add_func ("/clean/this-story-is-from", test_this_story_is_from);
  g_test_add_func ("/clean/date-over-its-update-below-the-text", test_date_over_its_update_below_the_text);
  g_test_add_func ("/clean/wrapped-text", test_wrapped_text_is_joined);
  g_test_add_func ("/clean/wire-dateline-and-byline", test_wire_dateline_and_byline);
  g_test_add_func ("/clean/dateline-date-after-the-dash", test_dateline_date_after_the_dash);
  g_test_add_func ("/clean/caption-date", test_caption_date_is_not_publication_date);
  g_test_add_func ("/clean/menus-only", test_menus_only_is_kept_uncleaned);
  g_test_add_func ("/clean/no-words", test_no_words_is_refused);
  g_test_add_func ("/clean/bad-bytes", test_bad_bytes);
  g_test_add_func ("/clean/enormous", test_enormous_line_and_many_lines);
  g_test_add_func ("/clean/one-sentence", test_one_sentence_in_three_encodings);
  g_test_add_func ("/clean/wire-capitals", test_wire_story_in_capitals);
  g_test_add_func ("/clean/results-table", test_results_table_is_kept);
  g_test_add_func ("/clean/comment-thread", test_comment_thread_is_left_out);
  g_test_add_func ("/clean/forum-replies", test_forum_replies_are_left_out);
  g_test_add_func ("/clean/menu-lines", test_menu_lines_are_no_title);
  g_test_add_func ("/clean/glued-title-date", test_title_glued_to_date);
  g_test_add_func ("/clean/german-furniture", test_german_page_furniture);
  g_test_add_func ("/clean/published-updated", test_published_and_updated);
  g_test_add_func ("/clean/credit-and-day", test_credit_and_day);
  g_test_add_func ("/clean/display-title", test_display_title);
  g_test_add_func ("/clean/a-last-line-cut-short", test_a_last_line_cut_short);
  g_test_add_func ("/clean/a-caption-under-the-headline", test_a_caption_under_the_headline);
  g_test_add_func ("/clean/the-sites-accounts", test_the_sites_accounts);
  g_test_add_func ("/clean/a-share-bar-after-the-byline", test_a_share_bar_after_the_byline);
  g_test_add_func ("/clean/a-stamp-with-any-zone", test_a_stamp_with_any_zone);
  g_test_add_func ("/clean/a-stamp-of-labelled-fields", test_a_stamp_of_labelled_fields);
  g_test_add_func ("/clean/a-date-and-its-agency-between-bars", test_a_date_and_its_agency_between_bars);
  g_test_add_func ("/clean/the-latest-update", test_the_latest_update);
  g_test_add_func ("/clean/captions-by-their-credit-and-their-opening",
                   test_captions_by_their_credit_and_their_opening);
  g_test_add_func ("/clean/a-follow-widget-over-the-headline", test_a_follow_widget_over_the_headline);
  g_test_add_func ("/clean/a-paywall-box-after-the-story", test_a_paywall_box_after_the_story);
  g_test_add_func ("/clean/a-label-or-breadcrumb-over-the-headline", test_a_label_or_breadcrumb_over_the_headline);
  g_test_add_func ("/clean/a-masthead-glued-to-its-motto", test_a_masthead_glued_to_its_motto);

  return g_test_run ();
}
