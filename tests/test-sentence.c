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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/sentence/abbreviations", test_abbreviations);
  g_test_add_func ("/sentence/quotes", test_quotes);
  g_test_add_func ("/sentence/tokens", test_tokens);
  g_test_add_func ("/sentence/robustness", test_robustness);

  return g_test_run ();
}
