/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Quotations and their speakers. */

#include "dossier-test-util.h"

#include "dossier-kept-article.h"
#include "dossier-kept-quotes.h"

typedef struct
{
  char *text;
  char *speaker;
} Found;

static GArray *
quotes_of (const char *text)
{
  g_autoptr(DossierGazetteer) gazetteer = dossier_gazetteer_new_default ();
  g_autoptr(DossierAnalysis) analysis = dossier_analysis_new (gazetteer);
  DossierDocument *document;
  GArray *found = g_array_new (FALSE, FALSE, sizeof (Found));

  dossier_analysis_add_document (analysis, dossier_test_clean_string (text));
  dossier_analysis_run (analysis);
  document = dossier_analysis_get_document (analysis, 0);
  for (guint q = 0; q < document->quotes->len; q++)
    {
      DossierQuote *quote = &g_array_index (document->quotes, DossierQuote, q);
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, quote->paragraph);
      Found item = { g_strndup (paragraph->text + quote->start, quote->end - quote->start), NULL };
      if (quote->speaker_entity >= 0)
        item.speaker = g_strdup (dossier_analysis_get_entity (analysis, quote->speaker_entity)->name);
      g_array_append_val (found, item);
    }
  return found;
}

static void
assert_quote (GArray     *found,
              guint       index,
              const char *text,
              const char *speaker)
{
  Found *item;

  g_assert_cmpuint (index, <, found->len);
  item = &g_array_index (found, Found, index);
  g_assert_cmpstr (item->text, ==, text);
  g_assert_cmpstr (item->speaker, ==, speaker);
}

static void
found_free (GArray *found)
{
  for (guint i = 0; i < found->len; i++)
    {
      g_free (g_array_index (found, Found, i).text);
      g_free (g_array_index (found, Found, i).speaker);
    }
  g_array_unref (found);
}

static void
test_attributions (void)
{
  GArray *found = quotes_of (
    "Foreign Minister Annalena Baerbock arrived in Kyiv on Monday for talks with officials.\n\n"
    "“We will stand by Ukraine for as long as it takes,” Baerbock said at a news conference.\n\n"
    "“The winter will be hard for everyone here,” said Mayor Vitali Klitschko.\n\n"
    "Klitschko said the city needed generators, adding: “Every single one of them saves lives.”\n\n"
    "He also thanked the volunteers. “Without them, we would not manage at all,” he added.\n");

  g_assert_cmpuint (found->len, ==, 4);
  assert_quote (found, 0, "We will stand by Ukraine for as long as it takes", "Annalena Baerbock");
  assert_quote (found, 1, "The winter will be hard for everyone here", "Vitali Klitschko");
  assert_quote (found, 2, "Every single one of them saves lives.", "Vitali Klitschko");
  assert_quote (found, 3, "Without them, we would not manage at all", "Vitali Klitschko");
  found_free (found);
}

static void
test_pronoun_gender_and_scare_quotes (void)
{
  GArray *found = quotes_of (
    "Finance Minister Maria Santos and her deputy Pedro Alves presented the budget on Friday.\n\n"
    "Alves called the plan a “historic step” for the country's “green transition”.\n\n"
    "“We provide all necessary support to families who need it,” she stated.\n");

  /* "historic step" and "green transition" are scare quotes, not speech. */
  g_assert_cmpuint (found->len, ==, 1);
  assert_quote (found, 0, "We provide all necessary support to families who need it", "Maria Santos");
  found_free (found);
}

static void
test_seed_speakers (void)
{
  g_autoptr(DossierAnalysis) analysis = dossier_test_analyse_seeds ();
  DossierDocument *card_page = dossier_analysis_get_document (analysis, 3);
  DossierDocument *kyiv_page = dossier_analysis_get_document (analysis, 4);
  gboolean card = FALSE, smith = FALSE, unmarked = FALSE;

  for (guint q = 0; q < card_page->quotes->len; q++)
    {
      DossierQuote *quote = &g_array_index (card_page->quotes, DossierQuote, q);
      DossierParagraph *paragraph = g_ptr_array_index (card_page->paragraphs, quote->paragraph);
      const char *speaker = quote->speaker_entity >= 0
        ? dossier_analysis_get_entity (analysis, quote->speaker_entity)->name : NULL;

      if (g_str_has_prefix (paragraph->text + quote->start, "So if there is a specific question"))
        card = g_strcmp0 (speaker, "Mark Rutte") == 0;
      if (g_str_has_prefix (paragraph->text + quote->start, "We made a decision in Washington"))
        unmarked = g_strcmp0 (speaker, "Mark Rutte") == 0;
    }
  for (guint q = 0; q < kyiv_page->quotes->len; q++)
    {
      DossierQuote *quote = &g_array_index (kyiv_page->quotes, DossierQuote, q);
      DossierParagraph *paragraph = g_ptr_array_index (kyiv_page->paragraphs, quote->paragraph);
      if (g_str_has_prefix (paragraph->text + quote->start, "We provide all necessary assistance"))
        smith = quote->speaker_entity >= 0 &&
                g_strcmp0 (dossier_analysis_get_entity (analysis, quote->speaker_entity)->name, "Julianne Smith") == 0;
    }
  g_assert_true (card);
  g_assert_true (unmarked);
  g_assert_true (smith);
}

static void
quote_strings_free (gpointer data)
{
  DossierQuote *quote = data;

  g_free (quote->speaker_key);
  g_free (quote->speaker_name);
}

static void
assert_same_quotes (GArray *a,
                    GArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint q = 0; q < a->len; q++)
    {
      const DossierQuote *x = &g_array_index (a, DossierQuote, q);
      const DossierQuote *y = &g_array_index (b, DossierQuote, q);

      g_assert_cmpuint (x->paragraph, ==, y->paragraph);
      g_assert_cmpuint (x->start, ==, y->start);
      g_assert_cmpuint (x->end, ==, y->end);
      g_assert_cmpint (x->speaker_mention, ==, y->speaker_mention);
      g_assert_cmpint (x->speaker_entity, ==, y->speaker_entity);
      g_assert_cmpstr (x->speaker_key, ==, y->speaker_key);
      g_assert_cmpstr (x->speaker_name, ==, y->speaker_name);
    }
}

/* Quotes kept with what they were found from are taken again where the
 * people's mentions are the same, whatever became of the other mentions,
 * and refused where a person's mention moved or was added. */
static void
test_kept_quotes (void)
{
  g_autoptr(DossierAnalysis) analysis = dossier_test_analyse_seeds ();
  guint n_quotes = 0;

  for (guint d = 0; d < dossier_analysis_get_n_documents (analysis); d++)
    {
      DossierDocument *document = dossier_analysis_get_document (analysis, d);
      g_autofree char *digest = dossier_kept_article_digest (document);
      g_autoptr(DossierKeptQuotes) kept = dossier_kept_quotes_new (document);
      g_autoptr(GArray) expected = g_array_new (FALSE, TRUE, sizeof (DossierQuote));
      int person = -1, other = -1;

      g_assert_nonnull (kept);
      g_assert_cmpstr (dossier_kept_quotes_get_digest (kept), ==, document->paragraphs_digest);
      g_array_set_clear_func (expected, quote_strings_free);
      for (guint q = 0; q < document->quotes->len; q++)
        {
          DossierQuote quote = g_array_index (document->quotes, DossierQuote, q);

          quote.speaker_key = g_strdup (quote.speaker_key);
          quote.speaker_name = g_strdup (quote.speaker_name);
          g_array_append_val (expected, quote);
        }
      n_quotes += expected->len;
      g_array_set_size (document->quotes, 0);
      g_assert_true (dossier_kept_quotes_restore (kept, document));
      assert_same_quotes (document->quotes, expected);

      for (guint m = 0; m < document->mentions->len; m++)
        {
          const DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);

          if (mention->type == DOSSIER_ENTITY_PERSON && person < 0)
            person = m;
          else if (mention->type != DOSSIER_ENTITY_PERSON && other < 0)
            other = m;
        }
      if (other >= 0)
        {
          DossierMention *mention = &g_array_index (document->mentions, DossierMention, other);

          g_array_set_size (document->quotes, 0);
          mention->start++;
          g_assert_true (dossier_kept_quotes_restore (kept, document));
          mention->start--;
          assert_same_quotes (document->quotes, expected);
        }
      if (person >= 0)
        {
          DossierMention *mention = &g_array_index (document->mentions, DossierMention, person);

          g_array_set_size (document->quotes, 0);
          mention->end++;
          g_assert_false (dossier_kept_quotes_restore (kept, document));
          mention->end--;
          mention->type = DOSSIER_ENTITY_PLACE;
          g_assert_false (dossier_kept_quotes_restore (kept, document));
          mention->type = DOSSIER_ENTITY_PERSON;
          g_assert_cmpuint (document->quotes->len, ==, 0);
          g_assert_true (dossier_kept_quotes_restore (kept, document));
        }
    }
  g_assert_cmpuint (n_quotes, >, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/quote/attributions", test_attributions);
  g_test_add_func ("/quote/pronoun-gender", test_pronoun_gender_and_scare_quotes);
  g_test_add_func ("/quote/seeds", test_seed_speakers);
  g_test_add_func ("/quote/kept", test_kept_quotes);

  return g_test_run ();
}
