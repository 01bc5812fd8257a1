/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include <string.h>

#include "dossier-document.h"
#include "dossier-sentence.h"
#include "dossier-token.h"

static GPtrArray *
split (const char *text)
{
  g_autoptr(GArray) spans = g_array_new (FALSE, FALSE, sizeof (DossierSpan));
  GPtrArray *sentences = g_ptr_array_new_with_free_func (g_free);

  dossier_sentences_split (text, strlen (text), spans);
  for (guint i = 0; i < spans->len; i++)
    {
      DossierSpan *span = &g_array_index (spans, DossierSpan, i);
      g_ptr_array_add (sentences, g_strndup (text + span->start, span->end - span->start));
    }
  return sentences;
}

static void
assert_sentences (const char *text,
                  ...)
{
  g_autoptr(GPtrArray) sentences = split (text);
  va_list args;
  const char *expected;
  guint i = 0;

  va_start (args, text);
  while ((expected = va_arg (args, const char *)) != NULL)
    {
      g_assert_cmpuint (i, <, sentences->len);
      g_assert_cmpstr (g_ptr_array_index (sentences, i), ==, expected);
      i++;
    }
  va_end (args);
  g_assert_cmpuint (i, ==, sentences->len);
}

static void
test_abbreviations (void)
{
  assert_sentences ("In response, the U.S. and its allies have pledged support. Moscow objected.",
                    "In response, the U.S. and its allies have pledged support.", "Moscow objected.", NULL);
  assert_sentences ("Dr. Al-Kawari spoke on Oct. 17 in Doha. Gen. Smith agreed.",
                    "Dr. Al-Kawari spoke on Oct. 17 in Doha.", "Gen. Smith agreed.", NULL);
  assert_sentences ("The deal was signed by George W. Bush. It lasted.",
                    "The deal was signed by George W. Bush.", "It lasted.", NULL);
  assert_sentences ("Aid arrived from the U.S. The convoy left at dawn.",
                    "Aid arrived from the U.S.", "The convoy left at dawn.", NULL);
  assert_sentences ("Growth was 3.5 per cent. Prices rose.", "Growth was 3.5 per cent.", "Prices rose.", NULL);
  /* Two sentences a page ran together, without the space between. */
  assert_sentences ("The board approved the merger.Shareholders of Larkfield voted on Thursday.",
                    "The board approved the merger.", "Shareholders of Larkfield voted on Thursday.", NULL);
  /* Not an address, an abbreviation or a handle. */
  assert_sentences ("See www.larkfield.Com for the U.S.Army report by @harbour.News today.",
                    "See www.larkfield.Com for the U.S.Army report by @harbour.News today.", NULL);
}

static void
test_quotes (void)
{
  /* Mixed curly and straight quotes close with their sentence. */
  assert_sentences ("“We are in this, if necessary, for the long haul,\" he added. Rutte left.",
                    "“We are in this, if necessary, for the long haul,\" he added.", "Rutte left.", NULL);
  assert_sentences ("He said: “It is over.” Then he left.", "He said: “It is over.”", "Then he left.", NULL);
  assert_sentences ("So if there is a specific question: \"when?\", I cannot answer it now.",
                    "So if there is a specific question: \"when?\", I cannot answer it now.", NULL);
}

static void
test_tokens (void)
{
  const char *text = "NATO’s chief praised the U.S.-made tanks and Secretary-General Mark Rutte's allies' aid";
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (DossierToken));
  DossierToken *nato, *us, *general, *rutte, *allies;

  dossier_tokens_split (text, strlen (text), tokens);
  nato = &g_array_index (tokens, DossierToken, 0);
  g_assert_cmpint (nato->end - nato->start, ==, 4);
  g_assert_true (nato->flags & DOSSIER_TOKEN_POSSESSIVE);
  g_assert_true (nato->flags & DOSSIER_TOKEN_ALL_CAPS);
  us = &g_array_index (tokens, DossierToken, 4);
  g_assert_cmpint (strncmp (text + us->start, "U.S.", us->end - us->start), ==, 0);
  g_assert_true (us->flags & DOSSIER_TOKEN_DOTTED);
  general = &g_array_index (tokens, DossierToken, 8);
  g_assert_cmpint (strncmp (text + general->start, "Secretary-General", 17), ==, 0);
  g_assert_true (general->flags & DOSSIER_TOKEN_HYPHENATED);
  rutte = &g_array_index (tokens, DossierToken, 10);
  g_assert_cmpint (rutte->end - rutte->start, ==, 5);
  g_assert_true (rutte->flags & DOSSIER_TOKEN_POSSESSIVE);
  allies = &g_array_index (tokens, DossierToken, 11);
  g_assert_true (allies->flags & DOSSIER_TOKEN_POSSESSIVE);
}

/* The tokens a paragraph keeps per sentence are those of splitting each
 * sentence on its own, and are made again once the analysis is cleared. */
static void
assert_shared_tokens (DossierParagraph *paragraph)
{
  for (guint s = 0; s < paragraph->sentences->len; s++)
    {
      DossierSpan *span = &g_array_index (paragraph->sentences, DossierSpan, s);
      g_autoptr(GArray) expected = g_array_new (FALSE, FALSE, sizeof (DossierToken));
      const DossierToken *shared;
      guint n_shared;

      dossier_tokens_split (paragraph->text + span->start, span->end - span->start, expected);
      shared = dossier_paragraph_get_sentence_tokens (paragraph, s, &n_shared);
      g_assert_cmpuint (n_shared, ==, expected->len);
      for (guint t = 0; t < n_shared; t++)
        {
          const DossierToken *a = &shared[t];
          const DossierToken *b = &g_array_index (expected, DossierToken, t);

          g_assert_cmpuint (a->start, ==, b->start);
          g_assert_cmpuint (a->end, ==, b->end);
          g_assert_cmpuint (a->full_end, ==, b->full_end);
          g_assert_cmpint (a->flags, ==, b->flags);
          g_assert_cmpuint (a->following, ==, b->following);
        }
    }
}

static void
test_shared_tokens (void)
{
  g_autoptr(DossierDocument) document = dossier_document_new ();
  DossierParagraph *paragraph;

  paragraph = dossier_document_add_paragraph (document,
                                              "NATO’s chief met Mark Rutte's allies. “We will,” he said. Aid came.",
                                              -1, DOSSIER_PARAGRAPH_BODY, 1, 1);
  dossier_sentences_split (paragraph->text, paragraph->len, paragraph->sentences);
  g_assert_cmpuint (paragraph->sentences->len, ==, 3);
  assert_shared_tokens (paragraph);

  /* Split differently after a clear: no tokens of the old sentences. */
  dossier_document_clear_analysis (document);
  {
    DossierSpan whole = { 0, paragraph->len };
    g_array_append_val (paragraph->sentences, whole);
  }
  assert_shared_tokens (paragraph);
}

static void
test_robustness (void)
{
  g_autoptr(GPtrArray) empty = split ("");
  g_autoptr(GPtrArray) stops = split ("... !!! ???");
  g_autoptr(GArray) tokens = g_array_new (FALSE, FALSE, sizeof (DossierToken));
  const char invalid[] = { 'A', (char) 0xC3, '.', ' ', 'B', (char) 0xFF, 0 };

  g_assert_cmpuint (empty->len, ==, 0);
  g_assert_cmpuint (stops->len, <=, 1);
  dossier_tokens_split (invalid, strlen (invalid), tokens);
}

static int
compare_by_place (gconstpointer a,
                  gconstpointer b)
{
  const DossierMention *ma = a, *mb = b;

  if (ma->paragraph != mb->paragraph)
    return ma->paragraph < mb->paragraph ? -1 : 1;
  if (ma->start != mb->start)
    return ma->start < mb->start ? -1 : 1;
  return 0;
}

/* dossier_document_sort_mentions () gives what a stable sort by paragraph
 * and start gives (mentions of one place keep their order): mentions
 * sorted with a few added after them, with many, and in no order. */
static void
test_mentions_sorted (void)
{
  for (guint trial = 0; trial < 2000; trial++)
    {
      g_autoptr(DossierDocument) document = dossier_document_new ();
      g_autoptr(GArray) expected = NULL;
      guint n_sorted = g_test_rand_int_range (0, 40);
      guint n_added = trial % 10 == 0 ? g_test_rand_int_range (60, 100) : g_test_rand_int_range (0, 12);
      gboolean shuffled = trial % 7 == 0;

      for (guint m = 0; m < n_sorted + n_added; m++)
        {
          DossierMention mention = { 0 };

          mention.paragraph = g_test_rand_int_range (0, 3);
          mention.start = g_test_rand_int_range (0, 6);
          mention.entity = (int) m;
          g_array_append_val (document->mentions, mention);
        }
      if (!shuffled)
        g_array_sort (document->mentions, compare_by_place);
      /* The added ones after the sorted: numbered anew, in order. */
      for (guint m = n_sorted; m < n_sorted + n_added && !shuffled; m++)
        {
          DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);

          mention->paragraph = g_test_rand_int_range (0, 3);
          mention->start = g_test_rand_int_range (0, 6);
        }
      if (!shuffled && n_sorted > 0)
        {
          GArray *head = g_array_sized_new (FALSE, FALSE, sizeof (DossierMention), n_sorted);

          g_array_append_vals (head, document->mentions->data, n_sorted);
          g_array_sort (head, compare_by_place);
          memcpy (document->mentions->data, head->data, sizeof (DossierMention) * n_sorted);
          g_array_unref (head);
        }
      for (guint m = 0; m < document->mentions->len; m++)
        g_array_index (document->mentions, DossierMention, m).entity = (int) m;
      expected = g_array_copy (document->mentions);
      g_array_sort (expected, compare_by_place);
      dossier_document_sort_mentions (document);
      g_assert_cmpuint (document->mentions->len, ==, expected->len);
      for (guint m = 0; m < expected->len; m++)
        g_assert_cmpint (g_array_index (document->mentions, DossierMention, m).entity, ==,
                         g_array_index (expected, DossierMention, m).entity);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sentence/abbreviations", test_abbreviations);
  g_test_add_func ("/sentence/quotes", test_quotes);
  g_test_add_func ("/sentence/tokens", test_tokens);
  g_test_add_func ("/sentence/shared-tokens", test_shared_tokens);
  g_test_add_func ("/sentence/robustness", test_robustness);
  g_test_add_func ("/sentence/mentions-sorted", test_mentions_sorted);

  return g_test_run ();
}
