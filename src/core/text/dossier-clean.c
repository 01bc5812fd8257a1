/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* How the cleaner reads a copied page.
 *
 * A browser copies every block element as a line, so a line is the unit:
 * a menu entry, a share button, a headline, a paragraph.  (Hard-wrapped
 * plain text is re-joined first.)  Each unit gets features — words, the
 * share of function words, whether it ends like a sentence, phrases that
 * only page furniture uses — and a quality in the manner of jusText
 * (Pomikálek 2011): good prose, near-good prose, short, or boilerplate.
 * The body is the run of units, tolerant of small gaps (an advertisement
 * marker, a heading), that holds the most good prose.  What lies before it
 * is the page head, where the headline, byline, dateline, standfirst and
 * photo captions are; what lies after it is the page foot.  Nothing in
 * here knows any particular site: the phrases are those of the web's
 * common furniture (cookie notices, share widgets, newsletter boxes).
 *
 * The parts, each in its own file: dossier-clean-lines (units, their
 * features and quality), -body (the run of prose and the roles in it),
 * -head (title, byline, publication date, captions), -outlet (the outlet
 * and the wire prefix); below them -date-lines, -names and -lookup.  This
 * file runs them in turn and writes what they found into the document. */

#include "config.h"

#include "dossier-clean.h"

#include "dossier-clean-body.h"
#include "dossier-clean-comments.h"
#include "dossier-clean-date-lines.h"
#include "dossier-clean-head.h"
#include "dossier-clean-lines.h"
#include "dossier-clean-names.h"
#include "dossier-clean-outlet.h"
#include "dossier-core-error.h"
#include "dossier-debug.h"
#include "dossier-outlets.h"
#include "dossier-sentence.h"
#include "dossier-text-decode.h"

#include <string.h>

#include <glib/gi18n-lib.h>

#include "dossier-characters.h"

/* The roles' names in debug messages, in Role's order. */
static const char * const role_names[] = {
  "no role", "body", "heading", "list item", "quote", "title", "byline", "dateline", "caption",
  "boilerplate",
};

/* The qualities' names in debug messages, in Quality's order. */
static const char * const quality_names[] = { "short", "near-good", "good", "bad" };

/* A paragraph longer than this is none a person wrote: a page that lost
 * its line breaks, or no prose at all.  It is divided at sentence ends into
 * pieces of about PIECE_BYTES, so that no paragraph makes the reader's
 * text view, the PDF's layout or the analysis's work on a paragraph grow
 * with the square of its length (a 1 MB line kept the window busy for
 * minutes).  The longest paragraphs of news articles are about 2 KB. */
#define LONGEST_PARAGRAPH 8192
#define PIECE_BYTES 2048

static gsize
skip_spaces (const char *text,
             gsize       at,
             gsize       len)
{
  while (at < len && g_ascii_isspace (text[at]))
    at++;
  return at;
}

/* Where to cut a sentence too long to be a paragraph: the last space in
 * the second half of its next piece, or else a character's start. */
static gsize
cut_long_sentence (const char *text,
                   gsize       start)
{
  gsize cut = start + PIECE_BYTES;

  for (gsize at = cut; at > start + PIECE_BYTES / 2; at--)
    if (text[at - 1] == ' ')
      return at;
  while (cut > start && ((guchar) text[cut] & 0xC0) == 0x80)
    cut--;
  return cut;
}

static DossierParagraph *
add_piece (DossierDocument      *document,
           const char           *text,
           gsize                 start,
           gsize                 end,
           DossierParagraphKind  kind,
           const Unit           *unit,
           guint                *n_pieces)
{
  while (end > start && g_ascii_isspace (text[end - 1]))
    end--;
  if (end == start)
    return NULL;
  (*n_pieces)++;
  return dossier_document_add_paragraph (document, text + start, end - start, kind,
                                         unit->first_line, unit->last_line);
}

/* Adds @unit's text (or @len bytes of @text, a part of it) as a paragraph,
 * or as several when it is too long to be one; returns the last. */
static DossierParagraph *
add_paragraph (DossierDocument      *document,
               const Unit           *unit,
               const char           *text,
               gsize                 len,
               DossierParagraphKind  kind)
{
  g_autoptr(GArray) sentences = NULL;
  DossierParagraph *last = NULL, *added;
  gsize piece = 0;
  guint n_pieces = 0;

  if (len <= LONGEST_PARAGRAPH)
    return dossier_document_add_paragraph (document, text, len, kind, unit->first_line, unit->last_line);

  sentences = g_array_new (FALSE, FALSE, sizeof (DossierSpan));
  dossier_sentences_split (text, len, sentences);
  for (guint i = 0; i <= sentences->len; i++)
    {
      gsize start = i < sentences->len ? g_array_index (sentences, DossierSpan, i).start : len;
      gsize end = i < sentences->len ? g_array_index (sentences, DossierSpan, i).end : len;

      /* The piece so far ends before this sentence when the sentence
       * would make it too long. */
      if (start > piece && end - piece > PIECE_BYTES)
        {
          if ((added = add_piece (document, text, piece, start, kind, unit, &n_pieces)) != NULL)
            last = added;
          piece = skip_spaces (text, start, len);
        }
      /* A sentence longer than a paragraph may be is cut where it can be. */
      while (end - piece > LONGEST_PARAGRAPH)
        {
          gsize cut = cut_long_sentence (text, piece);

          if ((added = add_piece (document, text, piece, cut, kind, unit, &n_pieces)) != NULL)
            last = added;
          piece = skip_spaces (text, cut, len);
        }
    }
  if ((added = add_piece (document, text, piece, len, kind, unit, &n_pieces)) != NULL)
    last = added;
  dossier_document_add_warning (document,
                                _("a paragraph of %'lu bytes (line %u) had no breaks; "
                                  "it was divided at its sentences into %u"),
                                (gulong) len, unit->first_line, n_pieces);
  return last;
}

/* How many bytes of @text a debug message quotes: at most @most, and
 * no character cut in two. */
static int
excerpt_length (const char *text,
                gsize       most)
{
  gsize len = strnlen (text, most + 1);
  const char *end;

  if (len <= most)
    return len;
  end = g_utf8_find_prev_char (text, text + most + 1);
  return end != NULL ? end - text : 0;
}

/* Says which unit the document leaves out, and why: its role, its
 * quality and, for furniture, what kind. */
static void
debug_removed (const Unit *unit)
{
  const char *furniture = unit->furniture != NULL ? unit->furniture : "";
  const char *colon = unit->furniture != NULL ? ": " : "";

  if (unit->first_line == unit->last_line)
    DOSSIER_DEBUG ("clean: line %u removed (%s; a %s line%s%s): %.*s", unit->first_line,
                   role_names[unit->role], quality_names[unit->quality], colon, furniture,
                   excerpt_length (unit->text, 72), unit->text);
  else
    DOSSIER_DEBUG ("clean: lines %u to %u removed (%s; a %s line%s%s): %.*s", unit->first_line,
                   unit->last_line, role_names[unit->role], quality_names[unit->quality], colon,
                   furniture, excerpt_length (unit->text, 72), unit->text);
}

static void
emit (Cleaner *cleaner)
{
  DossierDocument *document = cleaner->document;

  for (guint i = 0; i < cleaner->units->len; i++)
    {
      Unit *unit = &g_array_index (cleaner->units, Unit, i);
      gboolean kept = unit->role == ROLE_BODY || unit->role == ROLE_QUOTE ||
                      unit->role == ROLE_HEADING || unit->role == ROLE_LIST_ITEM;

      if (unit->glued_tail != NULL)
        {
          if (kept)
            dossier_document_add_removed (document, unit->last_line, unit->last_line,
                                          DOSSIER_REMOVED_BOILERPLATE, unit->glued_tail);
          else
            {
              /* Removed whole: report it as it was. */
              char *whole = g_strconcat (unit->text, " ", unit->glued_tail, NULL);
              g_free (unit->text);
              unit->text = whole;
              unit->len = strlen (whole);
            }
        }
      if (!kept)
        debug_removed (unit);
      else if (unit->glued_tail != NULL)
        DOSSIER_DEBUG ("clean: line %u kept without its glued tail \"%s\"", unit->last_line,
                       unit->glued_tail);

      switch (unit->role)
        {
        case ROLE_BODY:
          {
            gunichar first = g_utf8_get_char (unit->text);
            gboolean whole_quote = dossier_unichar_opens_quote (first) && first != '\'' &&
                                   unit->len > 2 && dossier_unichar_closes_quote (g_utf8_get_char (
                                     g_utf8_find_prev_char (unit->text, unit->text + unit->len)));
            /* A paragraph that is one quotation with no attribution around
             * it is a block quote; "“…,” he said." is body text. */
            if (whole_quote)
              {
                int quotes = 0;
                for (const char *p = unit->text; *p; p = g_utf8_next_char (p))
                  {
                    gunichar c = g_utf8_get_char (p);
                    if (c == '"' || c == 0x201C || c == 0x201D)
                      quotes++;
                  }
                whole_quote = quotes == 2;
              }
            add_paragraph (document, unit, unit->text, unit->len,
                           whole_quote ? DOSSIER_PARAGRAPH_QUOTE : DOSSIER_PARAGRAPH_BODY);
          }
          break;
        case ROLE_QUOTE:
          {
            DossierParagraph *paragraph = add_paragraph (document, unit, unit->text, unit->len,
                                                         DOSSIER_PARAGRAPH_QUOTE);
            if (paragraph != NULL)
              paragraph->attribution = g_steal_pointer (&unit->attribution);
          }
          break;
        case ROLE_HEADING:
          {
            /* Headings are often set in quotes: "'In this for the long haul'". */
            const char *start = unit->text;
            gsize len = unit->len;
            gunichar first = g_utf8_get_char (start);
            const char *last = g_utf8_find_prev_char (start, start + len);
            if (len > 2 && dossier_unichar_opens_quote (first) &&
                dossier_unichar_closes_quote (g_utf8_get_char (last)))
              {
                const char *inner = g_utf8_next_char (start);
                len = last - inner;
                start = inner;
              }
            add_paragraph (document, unit, start, len, DOSSIER_PARAGRAPH_HEADING);
          }
          break;
        case ROLE_LIST_ITEM:
          add_paragraph (document, unit, unit->text, unit->len, DOSSIER_PARAGRAPH_LIST_ITEM);
          break;
        case ROLE_TITLE:
          dossier_document_add_removed (document, unit->first_line, unit->last_line,
                                        DOSSIER_REMOVED_TITLE, unit->text);
          break;
        case ROLE_BYLINE:
          dossier_document_add_removed (document, unit->first_line, unit->last_line,
                                        DOSSIER_REMOVED_BYLINE, unit->text);
          break;
        case ROLE_DATELINE:
          dossier_document_add_removed (document, unit->first_line, unit->last_line,
                                        DOSSIER_REMOVED_DATELINE, unit->text);
          break;
        case ROLE_CAPTION:
          /* A caption repeated with its credit appended is one caption. */
          if (document->captions->len == 0 ||
              !g_str_has_prefix (unit->text, g_ptr_array_index (document->captions, document->captions->len - 1)))
            g_ptr_array_add (document->captions, g_strdup (unit->text));
          dossier_document_add_removed (document, unit->first_line, unit->last_line,
                                        DOSSIER_REMOVED_CAPTION, unit->text);
          break;
        case ROLE_BOILERPLATE:
        case ROLE_NONE:
        default:
          dossier_document_add_removed (document, unit->first_line, unit->last_line,
                                        DOSSIER_REMOVED_BOILERPLATE, unit->text);
          break;
        }
    }

  /* Removed ranges are reported in input order. */
  {
    GArray *removed = document->removed;
    for (guint i = 1; i < removed->len; i++)
      {
        DossierRemoved current = g_array_index (removed, DossierRemoved, i);
        guint j = i;
        while (j > 0 && g_array_index (removed, DossierRemoved, j - 1).first_line > current.first_line)
          {
            g_array_index (removed, DossierRemoved, j) = g_array_index (removed, DossierRemoved, j - 1);
            j--;
          }
        g_array_index (removed, DossierRemoved, j) = current;
      }
  }
}

/* Whether any unit holds a letter or a digit ("---" and "* * *" are
 * words to the features, not to a reader). */
static gboolean
has_words (Cleaner *cleaner)
{
  for (guint i = 0; i < cleaner->units->len; i++)
    {
      const Unit *unit = &g_array_index (cleaner->units, Unit, i);

      if (unit->words == 0)
        continue;
      for (const char *p = unit->text; *p != '\0'; p = g_utf8_next_char (p))
        if ((guchar) *p < 0x80 ? g_ascii_isalnum (*p) : g_unichar_isalnum (g_utf8_get_char (p)))
          return TRUE;
    }
  return FALSE;
}

/* Reads the page around the body: the head, the body's roles. */
static void
read_page (Cleaner *cleaner)
{
  /* A wire prefix is only credible where the story starts: on the first
   * body paragraph, or after a standfirst and a byline the body kept. */
  for (guint i = cleaner->body_start, seen = 0; i < cleaner->body_end && seen < 3 && cleaner->prefix_outlet == NULL;
       i++)
    {
      Unit *unit = &g_array_index (cleaner->units, Unit, i);

      if (unit->len == 0 || (unit->quality != QUALITY_GOOD && unit->quality != QUALITY_NEAR_GOOD))
        continue;
      seen++;
      _dossier_clean_strip_wire_prefix (cleaner, unit);
    }
  if (cleaner->prefix_outlet == NULL && cleaner->body_start < cleaner->units->len)
    _dossier_clean_strip_place_dateline (cleaner, &g_array_index (cleaner->units, Unit, cleaner->body_start));

  _dossier_clean_read_page_head (cleaner);
  /* Later steps change texts; what was read from them would not follow. */
  for (guint i = 0; i < cleaner->units->len; i++)
    {
      Unit *unit = &g_array_index (cleaner->units, Unit, i);
      g_clear_pointer (&unit->compare_key, g_free);
      unit->date_line_state = 0;
    }
  _dossier_clean_read_body (cleaner);
}

/* Keeps the whole text, or what comes before the @end unit that ends the
 * article: every line a paragraph, heading or list item, with the title,
 * author and date read from the lines above its prose. */
static void
read_whole (Cleaner *cleaner,
            guint    end)
{
  cleaner->body_start = 0;
  cleaner->body_end = end;
  for (guint i = 0; i < cleaner->units->len; i++)
    g_array_index (cleaner->units, Unit, i).role = i < end ? ROLE_NONE : ROLE_BOILERPLATE;
  if (cleaner->bare)
    DOSSIER_DEBUG ("clean: no furniture in %u lines: the text is the article as it stands", cleaner->units->len);
  else
    {
      DOSSIER_DEBUG ("clean: no run of good prose among the furniture: the whole text is kept, uncleaned");
      cleaner->document->uncleaned = TRUE;
      dossier_document_add_warning (cleaner->document, "%s",
                                    _("no article text was told apart from menus, links or short lines; "
                                      "the whole text is kept as it was"));
    }
  _dossier_clean_read_whole_head (cleaner);
  /* From markup, the first paragraph's wire prefix or place dateline
   * ("CLEVELAND, Ohio – …") is taken off, as on a page. */
  /* In plain text it stays as filed, but its agency is still read, there
   * or after a standfirst and a byline. */
  if (cleaner->bare)
    for (guint i = 0, seen = 0; i < cleaner->body_end && seen < 3 && cleaner->prefix_outlet == NULL; i++)
      {
        Unit *unit = &g_array_index (cleaner->units, Unit, i);

        /* Short lines (a byline, "Updated: 6 minutes ago") do not count. */
        if (unit->role != ROLE_NONE || (unit->quality != QUALITY_GOOD && unit->quality != QUALITY_NEAR_GOOD))
          continue;
        seen++;
        if (!cleaner->structured)
          {
            _dossier_clean_note_wire_prefix (cleaner, unit);
            continue;
          }
        _dossier_clean_strip_wire_prefix (cleaner, unit);
        if (cleaner->prefix_outlet == NULL)
          _dossier_clean_strip_place_dateline (cleaner, unit);
        break;
      }
  _dossier_clean_read_whole_body (cleaner);
  /* Wire copy, a headline over a place and day ("LONDON 1996-12-06"),
   * is kept as filed: its headline, byline and dateline stay in the text,
   * where the names in them reach the analysis.  Other text without
   * furniture gives them to the title, author and date, as a page does;
   * a text kept uncleaned keeps every line. */
  if (cleaner->uncleaned || cleaner->wire)
    for (guint i = 0; i < cleaner->units->len; i++)
      {
        Unit *unit = &g_array_index (cleaner->units, Unit, i);

        if (unit->role == ROLE_TITLE)
          unit->role = ROLE_HEADING;
        else if (unit->role == ROLE_BYLINE || unit->role == ROLE_DATELINE)
          unit->role = ROLE_BODY;
      }
}

char *
dossier_join_names (GPtrArray *names)
{
  g_return_val_if_fail (names != NULL && names->len > 0, NULL);

  return _dossier_clean_join_names (names);
}

/* Where the head gives no publication date: a date alone right above a
 * line of the page's last update dates it, wherever the copy put the two
 * (_dossier_clean_unit_dates_the_page ()): a list of other articles' dates
 * has no such pair. */
static void
find_dated_and_updated (Cleaner *cleaner)
{
  for (guint i = 0; i + 1 < cleaner->units->len; i++)
    {
      Unit *unit = &g_array_index (cleaner->units, Unit, i);
      DossierDate date;

      if (!_dossier_clean_unit_dates_the_page (unit, &g_array_index (cleaner->units, Unit, i + 1), &date))
        continue;
      cleaner->document->published = date;
      cleaner->document->published_from = DOSSIER_DATE_SOURCE_TEXT;
      cleaner->document->published_evidence = g_strdup (unit->text);
      DOSSIER_DEBUG ("clean: publication date from the date line over the line of its update, line %u: %s",
                     unit->first_line, unit->text);
      return;
    }
}

DossierDocument *
dossier_clean_text (const char                *text,
                    gsize                      len,
                    const DossierCleanOptions *options,
                    GError                   **error)
{
  Cleaner cleaner = { 0 };
  g_autoptr(DossierDocument) document = NULL;
  const char *start;
  guint bare_end;

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  cleaner.units = g_array_new (FALSE, TRUE, sizeof (Unit));
  g_array_set_clear_func (cleaner.units, _dossier_clean_unit_clear);
  cleaner.document = document = dossier_document_new ();
  cleaner.structured = options != NULL && options->structured;
  cleaner.address = options != NULL ? options->address : NULL;
  cleaner.file_name = options != NULL ? options->file_name : NULL;
  cleaner.marker_date = (DossierDate) DOSSIER_DATE_INIT;
  _dossier_clean_lines_init (&cleaner);

  start = _dossier_clean_read_date_marker (&cleaner, text, len);
  _dossier_clean_split_units (&cleaner, start, len - (start - text));
  _dossier_clean_classify_units (&cleaner);
  document->language = cleaner.foreign ? NULL : _dossier_clean_language_code (cleaner.language);
  _dossier_clean_mark_comments (&cleaner);
  _dossier_clean_release_samples (&cleaner);

  /* The marker shares its line with the first paragraph. */
  if (cleaner.units->len > 0 && cleaner.marker_line != NULL)
    _dossier_clean_strip_wire_prefix (&cleaner, &g_array_index (cleaner.units, Unit, 0));
  else if (cleaner.units->len > 0)
    _dossier_clean_strip_wire_prefix (&cleaner, &g_array_index (cleaner.units, Unit, 0));

  _dossier_clean_find_body (&cleaner);
  if (!has_words (&cleaner))
    {
      g_array_unref (cleaner.units);
      g_free (cleaner.marker_line);
      g_free (cleaner.prefix_outlet);
      g_set_error (error, DOSSIER_CORE_ERROR, DOSSIER_CORE_ERROR_NO_ARTICLE,
                   _("the text holds no words"));
      return NULL;
    }

  /* A text with no furniture is an article as it stands; one where no
   * article is told apart from the furniture is kept whole too, marked,
   * for the researcher to keep or remove: nothing that holds a sentence
   * is refused. */
  bare_end = _dossier_clean_bare_end (&cleaner);
  cleaner.bare = bare_end > 0;
  cleaner.uncleaned = !cleaner.bare && cleaner.body_end <= cleaner.body_start;
  if (cleaner.bare || cleaner.uncleaned)
    read_whole (&cleaner, cleaner.bare ? bare_end : cleaner.units->len);
  else
    read_page (&cleaner);
  _dossier_clean_find_outlet (&cleaner);
  if (!dossier_date_is_set (&document->published))
    find_dated_and_updated (&cleaner);
  /* Sites write the day of a story into its address: evidence where
   * the page says nothing of its date. */
  if (!dossier_date_is_set (&document->published) && document->address != NULL &&
      dossier_address_find_date (document->address, &document->published))
    {
      document->published_from = DOSSIER_DATE_SOURCE_ADDRESS;
      document->published_evidence = g_strdup (document->address);
      DOSSIER_DEBUG ("clean: the date from the address %s", document->address);
    }
  emit (&cleaner);
  /* "PARIS, June 4, 2022 (AP) — …": the wire's dateline opening the body
   * says the day it was filed. */
  for (guint p = 0; p < document->paragraphs->len && !dossier_date_is_set (&document->published); p++)
    {
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);
      gsize length = 0;

      if (paragraph->kind != DOSSIER_PARAGRAPH_BODY)
        continue;
      if (_dossier_clean_opening_dateline (paragraph->text, &document->published, &length))
        {
          document->published_from = DOSSIER_DATE_SOURCE_TEXT;
          document->published_evidence = g_strndup (paragraph->text, length);
          DOSSIER_DEBUG ("clean: publication date from the dateline opening the body: %s",
                         document->published_evidence);
        }
      break;
    }

  g_array_unref (cleaner.units);
  g_free (cleaner.marker_line);
  g_free (cleaner.prefix_outlet);
  return g_steal_pointer (&document);
}

DossierDocument *
dossier_clean_bytes (const guint8              *bytes,
                     gsize                      len,
                     const DossierCleanOptions *options,
                     GError                   **error)
{
  DossierDecodedText decoded;
  DossierDocument *document;

  if (!dossier_text_decode (bytes, len, options ? options->max_size : 0, &decoded, error))
    return NULL;

  document = dossier_clean_text (decoded.text, decoded.len, options, error);
  if (document != NULL)
    {
      document->encoding = decoded.encoding;
      if (decoded.warning != NULL)
        dossier_document_add_warning (document, "%s", decoded.warning);
    }
  dossier_decoded_text_clear (&decoded);
  return document;
}
