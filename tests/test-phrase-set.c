/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include <string.h>

#include <glib.h>

#include "dossier-phrase-set.h"

/* What a line of credits holds, found where strstr () finds it. */
static void
test_credits (void)
{
  static const char * const phrases[] = { "photo:", "getty images", "©", "/afp", "reuters/" };
  DossierPhraseSet *set = dossier_phrase_set_new (phrases, G_N_ELEMENTS (phrases));

  g_assert_true (dossier_phrase_set_search (set, "photo: jean martin", 18));
  g_assert_true (dossier_phrase_set_search (set, "a picture (getty images)", 24));
  g_assert_true (dossier_phrase_set_search (set, "© 2024", strlen ("© 2024")));
  g_assert_true (dossier_phrase_set_search (set, "jean martin/afp", 15));
  g_assert_false (dossier_phrase_set_search (set, "the photo shows", 15));
  g_assert_false (dossier_phrase_set_search (set, "getty image", 11));
  /* Only the bytes given are read. */
  g_assert_false (dossier_phrase_set_search (set, "photo:", 5));
  g_assert_false (dossier_phrase_set_search (set, "", 0));
  dossier_phrase_set_free (set);
}

/* On random texts over a small alphabet, where phrases overlap and nest
 * ("aab", "ab", "b" …), the set answers as a strstr () per phrase does. */
static void
test_as_strstr (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (20241017);

  for (guint round = 0; round < 300; round++)
    {
      char *phrases[12];
      guint n_phrases = g_rand_int_range (rand, 1, G_N_ELEMENTS (phrases) + 1);
      DossierPhraseSet *set;

      for (guint i = 0; i < n_phrases; i++)
        {
          guint len = g_rand_int_range (rand, 1, 6);

          phrases[i] = g_malloc (len + 1);
          for (guint k = 0; k < len; k++)
            phrases[i][k] = "abc\xc3\xa9"[g_rand_int_range (rand, 0, 5)];
          phrases[i][len] = '\0';
        }
      set = dossier_phrase_set_new ((const char * const *) phrases, n_phrases);
      for (guint t = 0; t < 50; t++)
        {
          char text[40];
          guint len = g_rand_int_range (rand, 0, sizeof text);
          gboolean expected = FALSE;

          for (guint k = 0; k < len; k++)
            text[k] = "abcd\xc3\xa9"[g_rand_int_range (rand, 0, 6)];
          text[len] = '\0';
          for (guint i = 0; i < n_phrases && !expected; i++)
            expected = strstr (text, phrases[i]) != NULL;
          g_assert_cmpint (dossier_phrase_set_search (set, text, len), ==, expected);
        }
      dossier_phrase_set_free (set);
      for (guint i = 0; i < n_phrases; i++)
        g_free (phrases[i]);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/phrase-set/credits", test_credits);
  g_test_add_func ("/phrase-set/as-strstr", test_as_strstr);
  return g_test_run ();
}
