/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Comments and replies, by their shape.
 *
 * A thread of comments, or of replies in a forum, is a run of posts, each
 * under a header: a name and a time relative to now ("marcus_b" over "3
 * hours ago", "vor 2 Tagen"), a name that says ("Mary says:", "Anna
 * schreibt:"), or a name and a date in brackets ("Beebo (12 Oct 2019)");
 * the posts have buttons under them ("Reply", "Like", "Report") and a
 * line may count them ("27 Comments").  Two headers or more make a
 * thread, when a header of the second or third kind, a button or a count
 * shows that it is one (a live blog's "2 hours ago" entries have none).
 * Where good prose comes before the first header, the thread is the
 * article's comments and all of it goes; where none does, the first post
 * is the text (a forum thread's question, a story under a time stamp) and
 * the replies go, from the second header on.  The words are those of
 * data/words/ (relative-time-*.txt, comment-*.txt), in eight languages. */

#include "config.h"

#include "dossier-clean-comments.h"

#include <string.h>

#include "dossier-bytes.h"
#include "dossier-date-expression.h"
#include "dossier-debug.h"
#include "dossier-word-lists.h"

/* Whether g_utf8_strdown () would change no more of the @len bytes at
 * @text than their ASCII capitals, in any locale: beyond ASCII they hold
 * only U+0080 to U+00BF and U+2000 to U+203F (spaces, dashes, curly
 * quotes: no capital among them, no combining mark), and no "I" (a
 * Turkish locale makes it a dotless "ı"). */
static gboolean
only_caseless_signs (const char *text,
                     gsize       len)
{
  for (gsize i = 0; i < len; i++)
    {
      guchar c = text[i];

      if (c == 'I')
        return FALSE;
      if (c < 0x80)
        continue;
      if (c == 0xC2 && i + 1 < len && ((guchar) text[i + 1] & 0xC0) == 0x80)
        i++;
      else if (c == 0xE2 && i + 2 < len && (guchar) text[i + 1] == 0x80 && ((guchar) text[i + 2] & 0xC0) == 0x80)
        i += 2;
      else
        return FALSE;
    }
  return TRUE;
}

/* A lower-case copy of the @len bytes at @text: by ASCII where it is all
 * ASCII, as most lines are, or where what it holds beyond ASCII has no
 * case. */
static char *
lower_case (const char *text,
            gsize       len)
{
  for (gsize i = 0; i < len; i++)
    if ((guchar) text[i] >= 0x80 && !only_caseless_signs (text, len))
      return g_utf8_strdown (text, len);
  return _dossier_ascii_strdown (text, len);
}

/* lower_case () of @unit's text: the sample the line's features were read
 * from where it is the same (an ASCII line of up to 2 000 bytes, sampled
 * whole, as every unit is NUL-free), else a copy, in @owned. */
static const char *
unit_lower_case (const Unit  *unit,
                 char       **owned)
{
  if (unit->lower != NULL && unit->len <= 2000 && dossier_bytes_skip_ascii (unit->text, 0, unit->len) == unit->len)
    return unit->lower;
  *owned = lower_case (unit->text, unit->len);
  return *owned;
}

typedef enum
{
  HEADER_NONE,
  HEADER_TIME,       /* "3 hours ago" */
  HEADER_SPEECH,     /* "Mary says:" */
  HEADER_NAME_DATE,  /* "Beebo (12 Oct 2019)" */
} Header;

static gboolean
is_boundary (const char *text,
             const char *at)
{
  return at < text || *at == '\0' || (!g_ascii_isalnum (*at) && (guchar) *at < 0x80);
}

/* The bytes is_boundary () holds to be between words: the NUL and ASCII
 * bytes other than letters and digits. */
static const guint8 boundary_bytes[256] = {
  [0 ... '0' - 1] = 1, ['9' + 1 ... 'A' - 1] = 1, ['Z' + 1 ... 'a' - 1] = 1, ['z' + 1 ... 0x7F] = 1,
};

/* Whether the lower-case @text holds @phrase as whole words. */
static gboolean
has_phrase (const char *text,
            const char *phrase)
{
  gsize n = strlen (phrase);

  for (const char *at = strstr (text, phrase); at != NULL; at = strstr (at + 1, phrase))
    if (is_boundary (text, at - 1) && is_boundary (text, at + n))
      return TRUE;
  return FALSE;
}

/* A list of data/words/ made for looking words up: the list itself for
 * its one-word entries (a word of a text has no space, so it can only be
 * one of those), its phrases of several words apart. */
typedef struct
{
  const DossierWordList *words;
  GPtrArray *phrases;
} PhraseSet;

typedef struct
{
  PhraseSet time_markers;
  PhraseSet time_units;
  PhraseSet comment_words;
  PhraseSet action_words;
} CommentWords;

static void
phrase_set_init (PhraseSet             *set,
                 const DossierWordList *list)
{
  set->words = list;
  set->phrases = g_ptr_array_new ();
  for (guint i = 0; i < list->n_words; i++)
    if (strchr (list->words[i], ' ') != NULL)
      g_ptr_array_add (set->phrases, (gpointer) list->words[i]);
}

static const CommentWords *
comment_words (void)
{
  static CommentWords *words;

  if (g_once_init_enter (&words))
    {
      CommentWords *made = g_new0 (CommentWords, 1);

      phrase_set_init (&made->time_markers, &dossier_words_relative_time_markers);
      phrase_set_init (&made->time_units, &dossier_words_relative_time_units);
      phrase_set_init (&made->comment_words, &dossier_words_comment_words);
      phrase_set_init (&made->action_words, &dossier_words_comment_action_words);
      g_once_init_leave (&words, made);
    }
  return words;
}

/* Whether the lower-case @text holds an entry of @set as whole words: its
 * words are looked up one by one, its phrases searched. */
static gboolean
has_any_phrase (const char      *text,
                const PhraseSet *set)
{
  for (const char *p = text; *p != '\0';)
    {
      const char *word;

      /* is_boundary () by one look-up per byte. */
      while (*p != '\0' && boundary_bytes[(guchar) *p])
        p++;
      word = p;
      while (!boundary_bytes[(guchar) *p])
        p++;
      /* Looked up in place; words of 63 bytes or more never were. */
      if (p > word && p - word < 63 && dossier_word_list_contains (set->words, word, p - word))
        return TRUE;
    }
  for (guint i = 0; i < set->phrases->len; i++)
    if (has_phrase (text, g_ptr_array_index (set->phrases, i)))
      return TRUE;
  return FALSE;
}

/* "Mary says:", "cyberknight said:", "Jan Kowalski napisał:": at most
 * five words of a name before a speech word and a colon, and perhaps a
 * date after it. */
static gboolean
is_speech_header (const char *lower)
{
  const char *colon = strchr (lower, ':');
  g_autofree char *before = NULL;
  guint spaces = 0;

  if (colon == NULL || colon == lower)
    return FALSE;
  before = g_strstrip (g_strndup (lower, colon - lower));
  for (const char *p = before; *p; p++)
    spaces += *p == ' ';
  if (spaces == 0 || spaces > 5)
    return FALSE;
  for (guint i = 0; i < dossier_words_comment_speech_words.n_words; i++)
    {
      const char *word = dossier_words_comment_speech_words.words[i];
      gsize n = strlen (word), len = strlen (before);

      if (len > n && strcmp (before + len - n, word) == 0 && before[len - n - 1] == ' ')
        return TRUE;
    }
  return FALSE;
}

/* "Beebo (12 Oct 2019)", "## delb0y (12 Oct 2019)": a name, then a date
 * in brackets that ends the line. */
static gboolean
is_name_date_header (const char *text)
{
  gsize len = strlen (text);
  const char *open;
  DossierDate date;

  if (len < 5 || text[len - 1] != ')')
    return FALSE;
  open = strrchr (text, '(');
  if (open == NULL || open == text)
    return FALSE;
  for (const char *p = text; p < open; p++)
    if (g_ascii_isalnum (*p) || (guchar) *p >= 0x80)
      return dossier_date_parse_dateline (open + 1, text + len - 1 - (open + 1), &date);
  return FALSE;
}

static Header
post_header (const Unit *unit,
             const char *lower)
{
  if (unit->words == 0 || unit->words > 12 || unit->quality == QUALITY_GOOD)
    return HEADER_NONE;
  if (unit->words <= 8 && has_any_phrase (lower, &comment_words ()->time_markers) &&
      has_any_phrase (lower, &comment_words ()->time_units))
    return HEADER_TIME;
  if (is_speech_header (lower))
    return HEADER_SPEECH;
  if (is_name_date_header (unit->text))
    return HEADER_NAME_DATE;
  return HEADER_NONE;
}

/* "3 comments", "Comments (9)", "27 Kommentare": a count of the posts. */
static gboolean
is_comment_count (const Unit *unit,
                  const char *lower)
{
  gboolean digit = FALSE;

  if (unit->words == 0 || unit->words > 4)
    return FALSE;
  for (const char *p = lower; *p; p++)
    digit |= g_ascii_isdigit (*p);
  return digit && has_any_phrase (lower, &comment_words ()->comment_words);
}

gboolean
_dossier_clean_is_relative_time (const Unit *unit)
{
  g_autofree char *lower = NULL;

  if (unit->words == 0 || unit->words > 8)
    return FALSE;
  lower = lower_case (unit->text, unit->len);
  return has_any_phrase (lower, &comment_words ()->time_markers) &&
         has_any_phrase (lower, &comment_words ()->time_units);
}

void
_dossier_clean_mark_comments (Cleaner *cleaner)
{
  GArray *units = cleaner->units;
  g_autoptr(GArray) headers = g_array_new (FALSE, FALSE, sizeof (guint));
  gboolean confirmed = FALSE;
  int count_line = -1;
  guint start;
  gboolean prose_before = FALSE;

  for (guint i = 0; i < units->len; i++)
    {
      Unit *unit = &g_array_index (units, Unit, i);
      g_autofree char *owned_lower = NULL;
      const char *lower;
      Header header;

      if (unit->words > 12 || unit->quality == QUALITY_GOOD)
        continue;
      /* Every shape asked about has one of these: a figure (a count, a
       * time, a date), a colon, a closing bracket, few words, or a
       * button's furniture.  Most lines have none and are not lowered. */
      if (strpbrk (unit->text, "0123456789:)") == NULL && unit->words > 4 &&
          !(unit->quality == QUALITY_BAD && unit->words <= 6))
        continue;
      lower = unit_lower_case (unit, &owned_lower);
      if (is_comment_count (unit, lower))
        {
          unit->tail_marker = TRUE;
          if (count_line < 0)
            count_line = i;
          confirmed = TRUE;
          continue;
        }
      if (unit->quality == QUALITY_BAD && unit->words <= 6 &&
          has_any_phrase (lower, &comment_words ()->action_words))
        confirmed = TRUE;
      header = post_header (unit, lower);
      if (header == HEADER_NONE)
        continue;
      if (header != HEADER_TIME)
        confirmed = TRUE;
      g_array_append_val (headers, i);
    }
  if (headers->len < 2 || !confirmed)
    return;

  for (guint i = 0; i < g_array_index (headers, guint, 0); i++)
    prose_before |= g_array_index (units, Unit, i).quality == QUALITY_GOOD;
  start = g_array_index (headers, guint, prose_before ? 0 : 1);
  /* A name alone over a time is the post's header too: "marcus_b" over
   * "3 hours ago". */
  if (start > 0)
    {
      Unit *above = &g_array_index (units, Unit, start - 1);
      Unit *header = &g_array_index (units, Unit, start);
      if (above->words >= 1 && above->words <= 4 && !above->terminal && above->quality != QUALITY_GOOD &&
          header->words <= 5)
        start--;
    }
  DOSSIER_DEBUG ("clean: %u post headers: %s from line %u on", headers->len,
                 prose_before ? "readers' comments" : "replies to the first post",
                 g_array_index (units, Unit, start).first_line);
  for (guint i = start; i < units->len; i++)
    {
      Unit *unit = &g_array_index (units, Unit, i);
      unit->quality = QUALITY_BAD;
      unit->furniture = "a comment or reply";
    }
}
