/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* How names compare: the keys of people's surnames and of organisations'
 * names, one for every spelling of a name the outlets write (see
 * dossier-entity-keys.h). */

#include "dossier-entity-keys.h"

#include <string.h>

#include "dossier-characters.h"
#include "dossier-word-lists.h"

char *
dossier_person_surname_key (const char *surname,
                            gssize      len)
{
  g_autofree char *ascii = dossier_fold_to_ascii (surname, len);
  GString *key = g_string_sized_new (strlen (ascii));

  for (const char *p = ascii; *p; p++)
    {
      char c = g_ascii_tolower (*p);
      char last = key->len > 0 ? key->str[key->len - 1] : '\0';

      if ((guchar) c >= 0x80)
        {
          /* A letter of another script: kept, in lower case. */
          gunichar u = g_utf8_get_char (p);
          const char *next = g_utf8_next_char (p);

          if (g_unichar_isalpha (u))
            g_string_append_unichar (key, g_unichar_tolower (u));
          p = next - 1;
          continue;
        }
      if (!g_ascii_isalpha (c))
        continue;
      /* Transliterations of one name: Zelenskyy, Zelenskiy, Zelenskyi;
       * Müller, Mueller, Muller; Støre, Stoere, Store. */
      if (c == 'y' || c == 'j')
        c = 'i';
      if (c == 'e' && (last == 'a' || last == 'o' || last == 'u'))
        continue;
      if (last == c)
        continue;
      g_string_append_c (key, c);
    }
  return g_string_free (key, FALSE);
}

/* An organisation's name as its key compares it, in place: without the
 * dots of its abbreviations ("U.S." is "US") and its apostrophes
 * ("People's" is "Peoples"), and in one English spelling where British
 * and American ones differ at a word's end ("Labour" and "Labor",
 * "Centre" and "Center", "Organisation" and "Organization", "Defence" and
 * "Defense"). */
void
_dossier_organization_name_fold (char *name)
{
  static const struct { const char *british; const char *american; } endings[] = {
    { "isation", "ization" }, { "our", "or" }, { "tre", "ter" }, { "ence", "ense" },
  };
  /* A company's legal form at its end ("Statoil ASA", "Vingroup JSC",
   * "SRC International Sdn Bhd") is no part of how outlets name it. */
  static const char * const legal_forms[] = {
    "Inc", "Ltd", "LLC", "LLP", "LP", "plc", "PLC", "AG", "SA", "ASA", "AB", "NV", "BV", "SpA", "Oyj", "JSC",
    "Corp", "Co", "Limited", "GmbH", "Bhd", "Sdn", "Pty",
  };
  char *out = name;
  gboolean stripped = TRUE;

  for (const char *p = name; *p; p++)
    if (*p != '.' && *p != '\'')
      *out++ = *p;
  *out = '\0';

  while (stripped)
    {
      char *space = strrchr (name, ' ');

      stripped = FALSE;
      /* Not the whole name, nor all but a letter of it. */
      if (space == NULL || space - name < 2)
        break;
      for (gsize f = 0; f < G_N_ELEMENTS (legal_forms) && !stripped; f++)
        if (strcmp (space + 1, legal_forms[f]) == 0)
          {
            /* "… Inc," ends on its comma. */
            while (space > name && space[-1] == ',')
              space--;
            *space = '\0';
            stripped = TRUE;
          }
    }

  /* Each word's end; a British ending is never longer than the word. */
  for (char *word = name; *word;)
    {
      char *end = word;
      gsize len;

      while (*end && *end != ' ' && *end != '-')
        end++;
      len = end - word;
      for (gsize e = 0; e < G_N_ELEMENTS (endings); e++)
        {
          gsize british = strlen (endings[e].british), american = strlen (endings[e].american);

          /* "Labour", "Centre"; not "Four", "Hour", "Notre". */
          if (len >= british + 3 && strncmp (end - british, endings[e].british, british) == 0)
            {
              memcpy (end - british, endings[e].american, american);
              memmove (end - british + american, end, strlen (end) + 1);
              end -= british - american;
              break;
            }
        }
      word = *end ? end + 1 : end;
    }
}

char *
dossier_entity_key_refold (const char *key)
{
  /* "person:SURNAME[|GIVEN][/ALIAS]", "org:NAME[/ALIAS]", "place:NAME[/ALIAS]":
   * only the name part is folded. */
  const char *colon = strchr (key, ':');
  const char *name_end;
  g_autofree char *folded = NULL;

  if (colon == NULL)
    return g_strdup (key);
  name_end = colon + 1 + strcspn (colon + 1, g_str_has_prefix (key, "person:") ? "|/" : "/");
  if (g_str_has_prefix (key, "person:"))
    folded = dossier_person_surname_key (colon + 1, name_end - (colon + 1));
  else
    folded = dossier_fold_to_ascii (colon + 1, name_end - (colon + 1));
  /* A place's name is compared in small letters, a hyphen as a space. */
  if (g_str_has_prefix (key, "place:"))
    for (char *p = folded; *p; p++)
      *p = *p == '-' ? ' ' : g_ascii_tolower (*p);
  /* An organisation's name is compared without dots and apostrophes, in
   * one spelling. */
  if (g_str_has_prefix (key, "org:"))
    _dossier_organization_name_fold (folded);
  return g_strdup_printf ("%.*s%s%s", (int) (colon + 1 - key), key, folded, name_end);
}

/* Whether the @len bytes at @word are a capital and @min_lower to
 * @max_lower small ASCII letters. */
static gboolean
is_short_capitalised (const char *word,
                      gsize       len,
                      gsize       min_lower,
                      gsize       max_lower)
{
  if (len < 1 + min_lower || len > 1 + max_lower || !g_ascii_isupper (word[0]))
    return FALSE;
  for (gsize i = 1; i < len; i++)
    if (!g_ascii_islower (word[i]))
      return FALSE;
  return TRUE;
}

gboolean
dossier_person_name_is_surname_first (const char *name,
                                      gsize       len)
{
  const char *space = memchr (name, ' ', len), *given, *hyphen, *end = name + len;
  gsize second;

  if (space == NULL || !is_short_capitalised (name, space - name, 1, 4))
    return FALSE;
  given = space + 1;
  hyphen = memchr (given, '-', end - given);
  if (hyphen == NULL || memchr (given, ' ', end - given) != NULL ||
      !is_short_capitalised (given, hyphen - given, 1, 4))
    return FALSE;
  /* The second syllable in small letters ("Geun-hye"), or capitalised
   * where both are short ("Geun-Hye", "Jung-Mi"): not a double-barrelled
   * surname ("Smith-Jones", "Lloyd-Webb", "Bien-Aime"). */
  second = end - (hyphen + 1);
  if (second < 2 || second > 4)
    return FALSE;
  for (gsize i = 1; i < second; i++)
    if (!g_ascii_islower (hyphen[1 + i]))
      return FALSE;
  return g_ascii_islower (hyphen[1]) || (g_ascii_isupper (hyphen[1]) && hyphen - given <= 4 && second <= 3);
}

gboolean
dossier_word_numbers_a_thing (const char *word,
                              gsize       len)
{
  return word[len] == ' ' && g_ascii_isdigit (word[len + 1]) &&
         !dossier_word_list_contains (&dossier_words_place_kinds, word, len);
}

gboolean
dossier_word_marks_a_generation (const char *word,
                                 gsize       len)
{
  static const char * const marks[] = { "Jr", "Sr", "II", "III", "IV" };

  if (len > 0 && word[len - 1] == '.')
    len--;
  for (gsize k = 0; k < G_N_ELEMENTS (marks); k++)
    if (len == strlen (marks[k]) && strncmp (word, marks[k], len) == 0)
      return TRUE;
  return FALSE;
}

/* @end before the mark of a generation that closes a name and its space
 * or comma ("Martin Luther King Jr.", "Neymar Jr", "Henry Ford II"): the
 * surname is the word before it. */
static gsize
before_a_generation (const char *text,
                     gsize       start,
                     gsize       end)
{
  gsize word = end;

  while (word > start && text[word - 1] != ' ')
    word--;
  if (word < start + 2 || !dossier_word_marks_a_generation (text + word, end - word))
    return end;
  word--;
  if (text[word - 1] == ',')
    word--;
  return word;
}

char *
dossier_person_key (const char *text,
                    gsize       start,
                    gsize       end)
{
  const char *last_space = NULL;
  const char *surname;
  const char *hyphen;
  g_autofree char *surname_key = NULL;

  end = before_a_generation (text, start, end);

  if (dossier_person_name_is_surname_first (text + start, end - start))
    {
      const char *space = memchr (text + start, ' ', end - start);

      surname_key = dossier_person_surname_key (text + start, space - (text + start));
      return g_strconcat ("person:", surname_key, NULL);
    }
  for (const char *p = text + start; p < text + end; p++)
    if (*p == ' ')
      last_space = p;
  surname = last_space ? last_space + 1 : text + start;
  /* "al-Saleh" is "Saleh" alone too: the particle joined by a hyphen is
   * no part of the surname's key. */
  hyphen = memchr (surname, '-', (text + end) - surname);
  if (hyphen != NULL && hyphen + 1 < text + end && g_ascii_isupper (hyphen[1]) &&
      dossier_word_list_contains (&dossier_words_name_particles, surname, hyphen - surname))
    surname = hyphen + 1;
  surname_key = dossier_person_surname_key (surname, (text + end) - surname);
  return g_strconcat ("person:", surname_key, NULL);
}

char *
dossier_place_key (const char *name,
                   gssize      len)
{
  g_autofree char *folded = dossier_fold_to_ascii (name, len);

  /* "Lac-Mégantic" and "Lac Megantic" are one place. */
  for (char *p = folded; *p; p++)
    *p = *p == '-' ? ' ' : g_ascii_tolower (*p);
  return g_strconcat ("place:", folded, NULL);
}

/* The key of an organisation's name no list knows: folded to ASCII,
 * without the dots of its abbreviations and its apostrophes, in one
 * spelling ("U.S. Geological Survey" and "US Geological Survey" are one,
 * "People's Democratic Party" and "Peoples Democratic Party", "Labour
 * Party" and "Labor Party"). */
char *
dossier_organization_key (const char *text,
                          gsize       start,
                          gsize       end)
{
  g_autofree char *folded = dossier_fold_to_ascii (text + start, end - start);

  _dossier_organization_name_fold (folded);
  return g_strconcat ("org:", folded, NULL);
}

