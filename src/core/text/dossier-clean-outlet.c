/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The outlet, and the wire prefix or place dateline that opens the body
 * ("(MENAFN) …", "KYIV (Reuters) - …", "LUXEMBOURG — …").
 *
 * The outlet is named from the page's own evidence, strongest first:
 *
 *  1. an address whose site the list of outlets knows (dossier-outlets.h):
 *     the page's address shown in the text ("Source: https://…", or a line
 *     that is an address atop or at the foot of what was pasted), the
 *     address the caller gives (a saved page's canonical link), or a file
 *     named after the site ("www.example.com.html");
 *  2. the name the page gives itself in its furniture, outside the
 *     article's prose, where outlets are only quoted ("told the BBC"):
 *     votes for a copyright line's owner, a logo's doubled text, a
 *     "Source:" line under the article, the credit of a dateline that is
 *     no news agency's ("TOKYO (Example Times) –"), a call to follow or
 *     subscribe, the site after a headline ("… | Example Times"), a name
 *     of the list standing alone on a line, the same masthead in the
 *     page's head and foot, a breadcrumb's first part.  A name needs two
 *     votes (a name the list knows gets one more); where an address says
 *     which site the page is on, the name must be that site's ("Daily
 *     Example" on dailyexample.com), since a page that carries another's
 *     story keeps its credits;
 *  3. an address whose site the list does not know: its domain, as it is;
 *  4. a wire credit of the agency's copy ("KYIV (Reuters) -", "Reporting
 *     by …; Editing by …", "— AFP", an agency's copyright line), which
 *     names the agency the story came from: the outlet only when the page
 *     says nothing of itself.  "By A with AP" credits no agency's copy.
 *
 * A wrong outlet is worse than none: what is not believed is left out, and
 * the document keeps the evidence of what was. */

#include "config.h"

#include "dossier-clean-outlet.h"

#include <string.h>

#include "dossier-characters.h"
#include "dossier-clean-lines.h"
#include "dossier-clean-names.h"
#include "dossier-date-expression.h"
#include "dossier-debug.h"
#include "dossier-outlet-lines.h"
#include "dossier-outlets.h"
#include "dossier-word-lists.h"

/* The dashes between a place dateline and the story: "LUXEMBOURG — …". */
static const char * const place_dashes[] = { " — ", " – ", " -- " };

/* How far from the top of the page a name standing alone is its logo. */
#define LOGO_UNITS 3

/* Whether [@start, @end) is one to three capitalised words, each perhaps
 * abbreviated: a state or a country after a dateline's place ("Ark.",
 * "Ohio", "Kurdistan Region"). */
static gboolean
is_region (const char *start,
           const char *end)
{
  guint words = 0;
  const char *p = start;

  while (p < end && *p == ' ')
    p++;
  while (p < end)
    {
      if (!g_ascii_isupper (*p))
        return FALSE;
      while (p < end && (g_ascii_isalpha (*p) || *p == '.'))
        p++;
      words++;
      while (p < end && *p == ' ')
        p++;
    }
  return words >= 1 && words <= 3;
}

/* What stands before the agency in a wire story's first line: the place in
 * capitals ("KYIV"), and perhaps the day ("AMSTERDAM, March 4") or its
 * state or country ("JEFFERSON COUNTY, Ark."). */
static gboolean
is_wire_dateline (const char *start,
                  const char *end)
{
  const char *comma = NULL;

  for (const char *q = start; q < end; q++)
    {
      if (*q == ',' && comma == NULL)
        comma = q;
      else if (g_ascii_islower (*q) && comma == NULL)
        return FALSE;
    }
  if (comma != NULL)
    {
      g_autofree char *day = _dossier_clean_trim_copy (comma + 1, end);
      g_autoptr(GArray) found = NULL;
      DossierDateExpression *expression;

      if (day[0] == '\0' || is_region (day, day + strlen (day)))
        return TRUE;
      found = dossier_date_expressions_find (day, -1, NULL);
      if (found->len != 1)
        return FALSE;
      expression = &g_array_index (found, DossierDateExpression, 0);
      return expression->start == 0 && expression->end == strlen (day);
    }
  return TRUE;
}

/* Sites prefix wire copy with the agency: "(MENAFN) The prospect …",
 * "KYIV (Reuters) - …". */
static void
read_wire_prefix (Cleaner  *cleaner,
                  Unit     *unit,
                  gboolean  strip)
{
  const char *p = unit->text;
  const char *open, *close;
  g_autofree char *name = NULL;
  const char *rest;

  open = strchr (p, '(');
  if (open == NULL || open - p > 40)
    return;
  if (!is_wire_dateline (p, open))
    return;
  close = strchr (open, ')');
  if (close == NULL || close - open > 40 || close - open < 3)
    return;
  name = g_strndup (open + 1, close - open - 1);
  for (const char *q = name; *q; q++)
    if (!g_ascii_isalpha (*q) && *q != ' ' && *q != '.' && *q != '-' && *q != '&')
      return;
  if (!g_ascii_isupper (name[0]))
    return;

  rest = close + 1;
  while (*rest == ' ')
    rest++;
  if (g_str_has_prefix (rest, "-") || g_str_has_prefix (rest, "–") || g_str_has_prefix (rest, "—"))
    {
      rest = g_utf8_next_char (rest);
      while (*rest == ' ')
        rest++;
    }
  if (!g_unichar_isupper (g_utf8_get_char (rest)) &&
      !dossier_unichar_opens_quote (g_utf8_get_char (rest)))
    return;

  cleaner->prefix_outlet = g_steal_pointer (&name);
  if (!strip)
    {
      DOSSIER_DEBUG ("clean: wire prefix on line %u kept in the text", unit->first_line);
      return;
    }
  {
    g_autofree char *prefix = g_strndup (unit->text, rest - unit->text);
    g_strstrip (prefix);
    DOSSIER_DEBUG ("clean: wire prefix \"%s\" on line %u", prefix, unit->first_line);
    dossier_document_add_removed (cleaner->document, unit->first_line, unit->first_line,
                                  DOSSIER_REMOVED_DATELINE, prefix);
  }
  {
    char *stripped = g_strdup (rest);
    g_free (unit->text);
    unit->text = stripped;
    unit->len = strlen (stripped);
  }
}

void
_dossier_clean_strip_wire_prefix (Cleaner *cleaner,
                                  Unit    *unit)
{
  read_wire_prefix (cleaner, unit, TRUE);
}

void
_dossier_clean_note_wire_prefix (Cleaner *cleaner,
                                 Unit    *unit)
{
  read_wire_prefix (cleaner, unit, FALSE);
}

/* A newspaper's dateline without an agency: "LUXEMBOURG — EU energy
 * ministers …", "KYIV, Ukraine – …". */
void
_dossier_clean_strip_place_dateline (Cleaner *cleaner,
                                     Unit    *unit)
{
  const char *dash = NULL;
  const char *rest;
  guint upper = 0;

  for (gsize i = 0; i < G_N_ELEMENTS (place_dashes) && dash == NULL; i++)
    dash = strstr (unit->text, place_dashes[i]);
  if (dash == NULL || dash - unit->text > 40)
    return;
  /* The place in capitals; after a comma, its country or state may be
   * in ordinary case. */
  for (const char *q = unit->text; q < dash && *q != ','; q++)
    {
      if (g_ascii_islower (*q) || g_ascii_isdigit (*q))
        return;
      upper += g_ascii_isupper (*q);
    }
  if (upper < 3)
    return;
  rest = dash;
  while (*rest == ' ' || *rest == '-')
    rest++;
  if (g_str_has_prefix (rest, "—") || g_str_has_prefix (rest, "–"))
    rest = g_utf8_next_char (rest);
  while (*rest == ' ')
    rest++;
  if (!g_unichar_isupper (g_utf8_get_char (rest)) &&
      !dossier_unichar_opens_quote (g_utf8_get_char (rest)))
    return;

  {
    g_autofree char *prefix = _dossier_clean_trim_copy (unit->text, dash);
    char *stripped = g_strdup (rest);
    DOSSIER_DEBUG ("clean: place dateline \"%s\" on line %u", prefix, unit->first_line);
    dossier_document_add_removed (cleaner->document, unit->first_line, unit->first_line,
                                  DOSSIER_REMOVED_DATELINE, prefix);
    g_free (unit->text);
    unit->text = stripped;
    unit->len = strlen (stripped);
  }
}

/* One name the page may be: its votes and what gave them. */
typedef struct
{
  char *name;                    /* as the list writes it, or as found */
  const DossierOutlet *listed;
  guint votes;
  guint order;                   /* when it was first seen */
  char *evidence;                /* the first evidence, for the document */
} Candidate;

static void
candidate_free (gpointer data)
{
  Candidate *candidate = data;

  g_free (candidate->name);
  g_free (candidate->evidence);
  g_free (candidate);
}

/* What the page says of itself, gathered from its lines. */
typedef struct
{
  GHashTable *candidates;        /* name key → Candidate */
  char *wire;                    /* the first agency a wire credit names */
  char *wire_evidence;
  char *text_host;               /* an address the page shows … */
  char *text_address;
  gboolean text_host_labelled;   /* … with "Source:" or the like before it */
} Evidence;

static void
evidence_clear (Evidence *evidence)
{
  g_clear_pointer (&evidence->candidates, g_hash_table_unref);
  g_clear_pointer (&evidence->wire, g_free);
  g_clear_pointer (&evidence->wire_evidence, g_free);
  g_clear_pointer (&evidence->text_host, g_free);
  g_clear_pointer (&evidence->text_address, g_free);
}

static char *
describe (const char *what,
          const Unit *unit)
{
  if (unit == NULL)
    return g_strdup (what);
  return g_strdup_printf ("%s (line %u): %.*s", what, unit->first_line,
                          (int) MIN (unit->len, 120), unit->text);
}

static void
wire_credit (Evidence   *evidence,
             const char *agency,
             const char *what,
             const Unit *unit)
{
  if (evidence->wire != NULL)
    return;
  DOSSIER_DEBUG ("clean: wire credit %s, from %s", agency, what);
  evidence->wire = g_strdup (agency);
  evidence->wire_evidence = describe (what, unit);
}

/* The letters and digits of @text, lower case, without a leading "the". */
static char *
squeezed (const char *text)
{
  g_autofree char *key = dossier_outlet_name_key (text, -1);
  GString *out = g_string_new (NULL);

  for (const char *p = key; *p; p++)
    if (*p != ' ')
      g_string_append_c (out, *p);
  return g_string_free (out, FALSE);
}

/* How many spaces @text holds. */
static guint
count_spaces (const char *text)
{
  guint n = 0;

  for (const char *p = text; *p; p++)
    n += *p == ' ';
  return n;
}

/* Adds @weight votes for @name, which @what in @unit gave; a news
 * agency's name is a wire credit, not the page's. */
static void
vote (Evidence   *evidence,
      const char *name,
      guint       weight,
      const char *what,
      const Unit *unit)
{
  gboolean shared = FALSE;
  const DossierOutlet *listed = dossier_outlet_find_by_name (name, -1, &shared);
  g_autofree char *key = NULL;
  Candidate *candidate;

  if (listed != NULL && listed->kind == DOSSIER_OUTLET_AGENCY)
    {
      wire_credit (evidence, listed->name, what, unit);
      return;
    }
  /* "HawaiiNewsNow" in a dateline's credit and "Hawaii News Now" in the
   * copyright line are one name. */
  key = listed != NULL ? g_strdup (listed->name) : squeezed (name);
  if (key[0] == '\0')
    return;
  /* A name the list knows is worth more than one it does not. */
  if (listed != NULL || shared)
    weight++;
  DOSSIER_DEBUG ("clean: %u outlet votes for %s%s, from %s", weight, name,
                 listed != NULL ? " (a listed outlet)" : "", what);
  candidate = g_hash_table_lookup (evidence->candidates, key);
  if (candidate == NULL)
    {
      candidate = g_new0 (Candidate, 1);
      candidate->name = g_strdup (listed != NULL ? listed->name : name);
      candidate->listed = listed;
      candidate->order = g_hash_table_size (evidence->candidates);
      candidate->evidence = describe (what, unit);
      g_hash_table_insert (evidence->candidates, g_steal_pointer (&key), candidate);
    }
  else if (candidate->listed == NULL && count_spaces (name) > count_spaces (candidate->name))
    {
      /* The name written as words reads best. */
      g_free (candidate->name);
      candidate->name = g_strdup (name);
    }
  candidate->votes += weight;
}

/* The bytes of ":/>@|.,", which no word of a masthead holds. */
static const guint8 masthead_breaking_bytes[256] = {
  [':'] = 1, ['/'] = 1, ['>'] = 1, ['@'] = 1, ['|'] = 1, ['.'] = 1, [','] = 1,
};

/* Whether a short line in a page's head and again in its foot reads as
 * its masthead: capitalised, one to four words, one of them a masthead's,
 * the first no menu's. */
static gboolean
looks_like_masthead (const char *text)
{
  gsize len = strnlen (text, 41);
  const char *end = text + len;
  guint n = 1;
  gboolean masthead = FALSE;

  if (len < 3 || len > 40)
    return FALSE;
  /* The words are the pieces between single spaces, as g_strsplit ()
   * would cut them (two spaces make an empty one), read in place. */
  for (const char *p = text; p < end; p++)
    n += *p == ' ';
  if (n > 4)
    return FALSE;
  for (const char *word = text; word <= end;)
    {
      const char *word_end = memchr (word, ' ', end - word);
      gsize word_len;

      if (word_end == NULL)
        word_end = end;
      word_len = word_end - word;
      if (word == text &&
          dossier_word_list_contains (&dossier_words_menu_first_words, word, word_len))
        return FALSE;
      /* An empty piece starts with no capital: at a space or the end. */
      if (!g_unichar_isupper (g_utf8_get_char (word)))
        return FALSE;
      /* One look-up per byte, where strchr () searched the set. */
      for (const char *p = word; p < word_end; p++)
        if (masthead_breaking_bytes[(guchar) *p])
          return FALSE;
      if (dossier_word_list_contains (&dossier_words_masthead_words, word, word_len))
        masthead = TRUE;
      word = word_end + 1;
    }
  return masthead;
}

/* A line that is only an outlet's name: "BBC News", "The Example Times",
 * "DW".  A name of one word must be written as the list writes it and
 * look like no ordinary word: an acronym or a brand with capitals inside
 * ("CNN", "HuffPost"), never "Sport" or "Science" of a menu. */
static const DossierOutlet *
line_is_listed_name (const Unit *unit)
{
  const DossierOutlet *outlet;

  if (unit->len < 2 || unit->len > 60 || unit->words > 6)
    return NULL;
  outlet = dossier_outlet_find_by_name (unit->text, unit->len, NULL);
  if (outlet == NULL)
    return NULL;
  if (strchr (unit->text, ' ') == NULL)
    {
      guint marks = 0;

      if (strcmp (unit->text, outlet->name) != 0)
        return NULL;
      for (const char *p = unit->text; *p; p++)
        marks += g_ascii_isupper (*p) || g_ascii_isdigit (*p) || *p == '.';
      if (marks < 2)
        return NULL;
    }
  return outlet;
}

/* Whether @name is the one the site @host is named after: "Daily
 * Example" and "dailyexample.com", "Example Broadcasting Corporation" and
 * "ebc.example". */
static gboolean
name_matches_host (const char *name,
                   const char *host)
{
  g_autofree char *site = dossier_host_display_name (host);
  g_autofree char *letters = squeezed (name);
  g_autofree char *label = NULL;
  GString *initials = g_string_new (NULL);
  g_autofree char *key = dossier_outlet_name_key (name, -1);
  gboolean matches;

  /* The label before the public suffix: "dailyexample" of
   * "www.dailyexample.co.uk", without its hyphens. */
  {
    char *dot = strchr (site, '.');
    GString *out = g_string_new (NULL);
    for (const char *p = site; p < (dot != NULL ? dot : site + strlen (site)); p++)
      if (*p != '-')
        g_string_append_c (out, *p);
    label = g_string_free (out, FALSE);
  }
  for (const char *p = key; *p; p++)
    if (p == key || p[-1] == ' ')
      g_string_append_c (initials, *p);
  matches = strlen (letters) >= 3 && strlen (label) >= 3 &&
            (strstr (label, letters) != NULL || strstr (letters, label) != NULL ||
             strcmp (initials->str, label) == 0);
  g_string_free (initials, TRUE);
  /* "Example Politics Magazine" on "examplenews.co.uk": the site is named
   * after the name's first word, when that word is no common one of
   * mastheads. */
  if (!matches)
    {
      gsize first = strcspn (key, " ");
      if (first >= 5 && key[first] == ' ' && strncmp (label, key, first) == 0)
        {
          g_autofree char *word = g_strndup (key, first);
          matches = !dossier_word_list_contains (&dossier_words_outlet_common_first_words, word, first);
        }
    }
  return matches;
}

static gboolean
is_prose (const Cleaner *cleaner,
          guint          i,
          const Unit    *unit)
{
  return i >= cleaner->body_start && i < cleaner->body_end &&
         (unit->role == ROLE_BODY || unit->role == ROLE_QUOTE || unit->role == ROLE_HEADING ||
          unit->role == ROLE_LIST_ITEM);
}

/* Reads every line for what it says of the page's outlet. */
static void
gather (Cleaner  *cleaner,
        Evidence *evidence)
{
  g_autoptr(GHashTable) head_lines = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint seen = 0;

  if (cleaner->prefix_outlet != NULL)
    {
      g_autofree char *what = g_strdup_printf ("the credit of the story's dateline: (%s)", cleaner->prefix_outlet);
      vote (evidence, cleaner->prefix_outlet, 3, what, NULL);
    }

  for (guint i = 0; i < cleaner->units->len; i++)
    {
      Unit *unit = &g_array_index (cleaner->units, Unit, i);
      g_autofree char *found = NULL;
      g_autofree char *address = NULL;
      gboolean labelled = FALSE;
      const DossierOutlet *listed;

      if (unit->len == 0)
        continue;
      seen++;

      /* An address the page shows: said to be its source ("Source:
       * https://…"), or a line of its own at the very top or bottom, where
       * a researcher puts the address of what they paste.  Elsewhere a
       * line that is an address is a link to another page. */
      if ((found = _dossier_outlet_address_in_line (unit->text, &labelled, &address)) != NULL &&
          (labelled || i == 0 || i + 1 == cleaner->units->len))
        {
          if (evidence->text_host == NULL || (labelled && !evidence->text_host_labelled))
            {
              g_free (evidence->text_host);
              g_free (evidence->text_address);
              evidence->text_host = g_steal_pointer (&found);
              evidence->text_address = g_steal_pointer (&address);
              evidence->text_host_labelled = labelled;
              DOSSIER_DEBUG ("clean: an address on line %u: %s", unit->first_line, evidence->text_address);
            }
          continue;
        }
      g_clear_pointer (&found, g_free);

      /* Captions credit photographers and photo agencies, not the page. */
      if (unit->role == ROLE_CAPTION)
        continue;

      if (is_prose (cleaner, i, unit))
        {
          /* The prose names outlets only as sources; its last lines may
           * credit the wire the story came from. */
          if (i + 3 >= cleaner->body_end && (found = _dossier_outlet_from_wire_credit (unit->text)) != NULL)
            wire_credit (evidence, found, "a wire credit at the article's end", unit);
          /* A text with no furniture keeps its source line as it was
           * filed. */
          else if (i + 1 == cleaner->body_end && unit->source_line &&
                   (found = _dossier_outlet_from_source_line (unit->text)) != NULL)
            vote (evidence, found, 2, "a source line under the article", unit);
          continue;
        }

      listed = line_is_listed_name (unit);
      if ((found = _dossier_clean_doubled_name (unit->text, unit->len)) != NULL)
        vote (evidence, found, 2, "a logo's name twice", unit);
      else if ((found = _dossier_outlet_from_copyright (unit->text)) != NULL)
        vote (evidence, found, 2, "a copyright line", unit);
      else if (i >= cleaner->body_end && (found = _dossier_outlet_from_source_line (unit->text)) != NULL)
        vote (evidence, found, 2, "a source line under the article", unit);
      else if ((found = _dossier_outlet_from_call_to_action (unit->text)) != NULL)
        vote (evidence, found, 1, "a call to follow or subscribe", unit);
      else if (listed != NULL)
        vote (evidence, listed->name, seen <= LOGO_UNITS ? 2 : 1,
              seen <= LOGO_UNITS ? "an outlet's name atop the page" : "an outlet's name on a line of its own", unit);
      else if ((found = _dossier_outlet_from_wire_credit (unit->text)) != NULL)
        wire_credit (evidence, found, "a wire credit", unit);
      else if ((i < cleaner->body_start || unit->role == ROLE_TITLE) &&
               (found = _dossier_outlet_from_title_suffix (unit->text)) != NULL)
        vote (evidence, found, 1, "the site's name after a headline", unit);
      /* ">" is rare: a search for it says no for most lines. */
      else if (strchr (unit->text, '>') != NULL && strstr (unit->text, " > ") != NULL)
        {
          g_autofree char *first = g_strndup (unit->text, strstr (unit->text, " > ") - unit->text);
          if (_dossier_clean_looks_like_person_name (first))
            vote (evidence, first, 1, "a breadcrumb", unit);
        }

      /* The same masthead in the page's head and foot. */
      if (looks_like_masthead (unit->text) || listed != NULL)
        {
          if (i < cleaner->body_start)
            g_hash_table_add (head_lines, g_strdup (unit->text));
          else if (i >= cleaner->body_end && g_hash_table_remove (head_lines, unit->text))
            vote (evidence, unit->text, 2, "the same name in the page's head and foot", unit);
        }
    }
}

/* The best-voted name: most votes, then one the list knows, then the
 * first seen. */
static Candidate *
best_candidate (Evidence *evidence)
{
  GHashTableIter iter;
  gpointer value;
  Candidate *best = NULL;

  g_hash_table_iter_init (&iter, evidence->candidates);
  while (g_hash_table_iter_next (&iter, NULL, &value))
    {
      Candidate *candidate = value;
      if (best == NULL || candidate->votes > best->votes ||
          (candidate->votes == best->votes && (candidate->listed != NULL) > (best->listed != NULL)) ||
          (candidate->votes == best->votes && (candidate->listed != NULL) == (best->listed != NULL) &&
           candidate->order < best->order))
        best = candidate;
    }
  return best;
}

static void
settle (DossierDocument *document,
        const char      *outlet,
        char            *evidence)
{
  g_free (document->outlet);
  g_free (document->outlet_evidence);
  document->outlet = g_strdup (outlet);
  document->outlet_evidence = evidence;
  DOSSIER_DEBUG ("clean: outlet %s, from %s", outlet, evidence);
}

void
_dossier_clean_find_outlet (Cleaner *cleaner)
{
  DossierDocument *document = cleaner->document;
  Evidence evidence = { 0 };
  g_autofree char *caller_host = NULL;
  g_autofree char *file_host = NULL;
  const char *hosts[3];
  const char *host_sources[3];
  guint n_hosts = 0;
  Candidate *best;

  evidence.candidates = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, candidate_free);
  gather (cleaner, &evidence);

  if (cleaner->address != NULL)
    caller_host = dossier_address_get_host (cleaner->address, -1);
  if (cleaner->file_name != NULL)
    file_host = _dossier_outlet_host_from_file_name (cleaner->file_name);
  if (evidence.text_host != NULL)
    {
      hosts[n_hosts] = evidence.text_host;
      host_sources[n_hosts++] = "the address the page shows";
    }
  if (caller_host != NULL)
    {
      hosts[n_hosts] = caller_host;
      host_sources[n_hosts++] = "the page's address";
    }
  if (file_host != NULL)
    {
      hosts[n_hosts] = file_host;
      host_sources[n_hosts++] = "the file's name";
    }
  if (cleaner->address != NULL)
    document->address = g_strdup (cleaner->address);
  else if (evidence.text_address != NULL)
    document->address = g_strdup (evidence.text_address);

  /* 1. A site the list knows. */
  for (guint i = 0; i < n_hosts; i++)
    {
      const char *site_name = NULL;
      const DossierOutlet *outlet = dossier_outlet_find_site (hosts[i], &site_name);
      if (outlet != NULL)
        {
          settle (document, site_name, g_strdup_printf ("%s, %s, a site of %s", host_sources[i], hosts[i],
                                                        site_name));
          evidence_clear (&evidence);
          return;
        }
    }

  /* 2. The name the page gives itself, where no address says another
   * site: a page that carries another's story keeps its credits ("(CNN)
   * —", "Source: BBC"), and a copyright line may name the publisher's
   * owner.  With an address, the name is believed when it is the
   * site's own ("Daily Example" on dailyexample.com). */
  best = best_candidate (&evidence);
  if (best != NULL && best->votes >= 2 && (n_hosts == 0 || name_matches_host (best->name, hosts[0])))
    {
      settle (document, best->name, g_steal_pointer (&best->evidence));
      evidence_clear (&evidence);
      return;
    }
  if (best != NULL)
    DOSSIER_DEBUG ("clean: %s is not believed the outlet, with %u votes", best->name, best->votes);

  /* 3. A site the list does not know, by its domain. */
  if (n_hosts > 0)
    {
      g_autofree char *name = dossier_host_display_name (hosts[0]);
      settle (document, name, g_strdup_printf ("%s, %s, a site not in the list of outlets", host_sources[0],
                                               hosts[0]));
      evidence_clear (&evidence);
      return;
    }

  /* 4. The agency the story came from. */
  if (evidence.wire != NULL)
    settle (document, evidence.wire, g_steal_pointer (&evidence.wire_evidence));
  evidence_clear (&evidence);
}
