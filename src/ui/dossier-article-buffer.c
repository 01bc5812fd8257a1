/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-article-buffer.h"

#include <glib/gi18n.h>

#include "dossier-palette.h"

/* A mark where the buffer shows it. */
typedef struct
{
  int start;            /* character offsets in the buffer */
  int end;
  DossierHighlight kind;
  guint mark;           /* the article's DossierArticleMark it shows */
  gboolean unresolved;  /* a date the analysis could not put a day to */
} Span;

struct _DossierArticleBuffer
{
  GtkTextBuffer parent_instance;

  DossierArticle *article;
  gboolean show_removed;
  GtkTextTag *highlight_tags[DOSSIER_N_HIGHLIGHTS];
  GtkTextTag *unresolved_tag;  /* dates not resolved, shown with the dates */
  gboolean shown[DOSSIER_N_HIGHLIGHTS];

  GArray *spans;              /* of Span, sorted by start */
  GArray *paragraph_offsets;  /* of int: where each paragraph starts */
  GArray *article_offsets;    /* of int: where each paragraph starts in the article text */
  GArray *paragraph_lengths;  /* of int: characters */
  GtkTextChildAnchor *original_anchor;  /* where Open Original goes, or NULL */
};

G_DEFINE_FINAL_TYPE (DossierArticleBuffer, dossier_article_buffer, GTK_TYPE_TEXT_BUFFER)

/* Translucent tints (dossier-palette.h) read on light and dark
 * backgrounds alike; the underline keeps the kinds of name apart in high
 * contrast, where tints fade.  A date has its tint alone — a neutral
 * mark, not the red wave of a spelling error — and a date the analysis
 * could not resolve has no tint but a thin line under slanted words: it
 * is a date, and no day is known for it. */
G_STATIC_ASSERT ((int) DOSSIER_N_HIGHLIGHTS == (int) DOSSIER_N_MARKS);

static const PangoUnderline highlight_underlines[DOSSIER_N_HIGHLIGHTS] = {
  PANGO_UNDERLINE_SINGLE,
  PANGO_UNDERLINE_DOUBLE,
  PANGO_UNDERLINE_LOW,
  PANGO_UNDERLINE_NONE,
  PANGO_UNDERLINE_NONE,
};

static void
apply_highlight_style (DossierArticleBuffer *self,
                       DossierHighlight      highlight)
{
  GtkTextTag *tag = self->highlight_tags[highlight];
  const DossierRgb *rgb = dossier_palette_get_mark ((DossierMark) highlight);

  if (self->shown[highlight])
    {
      GdkRGBA background = { rgb->red, rgb->green, rgb->blue, dossier_palette_get_mark_tint ((DossierMark) highlight) };
      GdkRGBA line = { rgb->red, rgb->green, rgb->blue, 1 };

      g_object_set (tag,
                    "background-rgba", &background,
                    "underline", highlight_underlines[highlight],
                    "underline-rgba", &line,
                    NULL);
    }
  else
    g_object_set (tag, "background-set", FALSE, "underline-set", FALSE, "underline-rgba-set", FALSE, NULL);

  if (highlight == DOSSIER_HIGHLIGHT_DATE)
    {
      if (self->shown[highlight])
        {
          GdkRGBA line = { rgb->red, rgb->green, rgb->blue, 1 };

          g_object_set (self->unresolved_tag, "underline", PANGO_UNDERLINE_SINGLE, "underline-rgba", &line,
                        "style", PANGO_STYLE_ITALIC, NULL);
        }
      else
        g_object_set (self->unresolved_tag, "underline-set", FALSE, "underline-rgba-set", FALSE, "style-set", FALSE,
                      NULL);
    }
}

static int
compare_spans (gconstpointer a,
               gconstpointer b)
{
  const Span *sa = a, *sb = b;

  if (sa->start != sb->start)
    return sa->start < sb->start ? -1 : 1;
  return sb->end - sa->end;
}

static void
insert_with_tags (DossierArticleBuffer *self,
                  const char           *text,
                  const char           *first_tag,
                  ...)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self);
  GtkTextIter end;
  int start_offset;
  va_list args;
  const char *tag;

  gtk_text_buffer_get_end_iter (buffer, &end);
  start_offset = gtk_text_iter_get_offset (&end);
  gtk_text_buffer_insert (buffer, &end, text, -1);

  va_start (args, first_tag);
  for (tag = first_tag; tag != NULL; tag = va_arg (args, const char *))
    {
      GtkTextIter from, to;
      gtk_text_buffer_get_iter_at_offset (buffer, &from, start_offset);
      gtk_text_buffer_get_end_iter (buffer, &to);
      gtk_text_buffer_apply_tag_by_name (buffer, tag, &from, &to);
    }
  va_end (args);
}

/* The article's marks in code points of their paragraphs, as buffer
 * offsets. */
static void
add_spans (DossierArticleBuffer *self)
{
  GArray *marks = dossier_article_get_marks (self->article);

  for (guint m = 0; m < marks->len; m++)
    {
      const DossierArticleMark *mark = &g_array_index (marks, DossierArticleMark, m);
      int base = g_array_index (self->paragraph_offsets, int, mark->paragraph);
      Span span;

      span.start = base + (int) mark->start;
      span.end = base + (int) mark->end;
      span.kind = (DossierHighlight) mark->mark;
      span.mark = m;
      span.unresolved = mark->mark == DOSSIER_MARK_DATE && mark->label == NULL;
      g_array_append_val (self->spans, span);
    }
}

/* What the cleaning removed, named for the reader rather than for the JSON
 * output (dossier_removed_kind_to_string ()). */
static const char *
removed_kind_name (DossierRemovedKind kind)
{
  switch (kind)
    {
    case DOSSIER_REMOVED_TITLE: return C_("removed text", "Title");
    case DOSSIER_REMOVED_BYLINE: return C_("removed text", "Byline");
    case DOSSIER_REMOVED_DATELINE: return C_("removed text", "Dateline");
    case DOSSIER_REMOVED_CAPTION: return C_("removed text", "Caption");
    case DOSSIER_REMOVED_BOILERPLATE:
    default: return C_("removed text", "Boilerplate");
    }
}

/* The text tag a paragraph is shown with, by its kind. */
static const char *
paragraph_tag (DossierArticle *article,
               guint           paragraph)
{
  switch (dossier_article_get_paragraph_kind (article, paragraph))
    {
    case DOSSIER_PARAGRAPH_HEADING: return "heading";
    case DOSSIER_PARAGRAPH_LIST_ITEM: return "list-item";
    case DOSSIER_PARAGRAPH_QUOTE: return "block-quote";
    case DOSSIER_PARAGRAPH_BODY:
    default: return "body";
    }
}

static char *
describe_date (DossierArticle *article)
{
  const DossierDate *published = dossier_article_get_published_date (article);
  const char *from = NULL;

  if (!dossier_date_is_set (published))
    return g_strdup (_("Date unknown"));

  switch (dossier_article_get_published_source (article))
    {
    case DOSSIER_DATE_SOURCE_MARKER: from = _("from the page’s date marker"); break;
    case DOSSIER_DATE_SOURCE_TEXT: from = _("from the page"); break;
    case DOSSIER_DATE_SOURCE_METADATA: from = _("from the page’s metadata"); break;
    case DOSSIER_DATE_SOURCE_INFERRED: from = _("inferred from other articles"); break;
    case DOSSIER_DATE_SOURCE_USER: from = _("set by you"); break;
    case DOSSIER_DATE_SOURCE_ADDRESS: from = _("from the page’s address"); break;
    case DOSSIER_DATE_SOURCE_NONE:
    default: break;
    }
  {
    DossierDate day = *published;
    g_autofree char *shown = NULL;

    if (day.precision == DOSSIER_PRECISION_MINUTE)
      day.precision = DOSSIER_PRECISION_DAY;
    shown = dossier_date_format_readable (&day);
    /* Translators: a date, then how it was found ("from the page"). */
    return from ? g_strdup_printf (C_("date and its origin", "%s (%s)"), shown, from) : g_strdup (shown);
  }
}

/* Whether removed text @removed came before paragraph @paragraph (which
 * starts at input line @first_line) on the page.  Without line numbers (a
 * saved page), a title, byline or dateline came before the text, the
 * rest after it. */
static gboolean
removed_goes_before (DossierArticle *article,
                     guint           removed,
                     guint           first_line,
                     guint           paragraph)
{
  DossierRemovedKind kind;
  guint removed_first, removed_last;

  dossier_article_get_removed (article, removed, &kind, &removed_first, &removed_last);
  if (removed_first == 0 || first_line == 0)
    return paragraph == 0 && (kind == DOSSIER_REMOVED_TITLE || kind == DOSSIER_REMOVED_BYLINE ||
                              kind == DOSSIER_REMOVED_DATELINE);
  return removed_first <= first_line;
}

/* One piece of removed text, set apart: what it was and where. */
static void
insert_removed (DossierArticleBuffer *self,
                guint                 removed)
{
  DossierRemovedKind kind;
  guint first_line, last_line;
  const char *text = dossier_article_get_removed (self->article, removed, &kind, &first_line, &last_line);
  g_autofree char *label = NULL;

  if (first_line > 0 && last_line > first_line)
    /* Translators: above text the cleaning removed: its kind and the
     * lines of the page it was on. */
    label = g_strdup_printf (_("Removed · %s, lines %u–%u"), removed_kind_name (kind), first_line, last_line);
  else if (first_line > 0)
    label = g_strdup_printf (_("Removed · %s, line %u"), removed_kind_name (kind), first_line);
  else
    label = g_strdup_printf (_("Removed · %s"), removed_kind_name (kind));
  insert_with_tags (self, label, "removed", "removed-label", NULL);
  insert_with_tags (self, "\n", "removed", NULL);
  insert_with_tags (self, text, "removed", NULL);
  insert_with_tags (self, "\n", "removed", NULL);
}

/* The day @added (ISO 8601, UTC) was, where the researcher is, as dates
 * are written; NULL when it is no time. */
static char *
format_added_day (const char *added)
{
  g_autoptr(GDateTime) utc = added != NULL ? g_date_time_new_from_iso8601 (added, NULL) : NULL;
  g_autoptr(GDateTime) local = utc != NULL ? g_date_time_to_local (utc) : NULL;
  DossierDate day = { 0 };

  if (local == NULL)
    return NULL;
  day.year = g_date_time_get_year (local);
  day.month = g_date_time_get_month (local);
  day.day = g_date_time_get_day_of_month (local);
  day.precision = DOSSIER_PRECISION_DAY;
  return dossier_date_format_readable (&day);
}

/* An address as it is read in a line of text: without its scheme, and
 * cut where it would take a line of its own. */
static char *
shorten_address (const char *address)
{
  const char *rest = address;
  glong length;

  if (g_ascii_strncasecmp (rest, "https://", 8) == 0)
    rest += 8;
  else if (g_ascii_strncasecmp (rest, "http://", 7) == 0)
    rest += 7;
  length = g_utf8_strlen (rest, -1);
  if (length <= 64)
    return g_strdup (rest);
  {
    g_autofree char *head = g_utf8_substring (rest, 0, 63);
    return g_strconcat (head, "…", NULL);
  }
}

/* Under the headline, where the article came from: the day it was added
 * to the dossier and its page's address, with room for the reader's Open
 * Original at the end. */
static void
insert_provenance (DossierArticleBuffer *self)
{
  DossierArticle *article = self->article;
  const char *address = dossier_article_get_address (article);
  g_autofree char *day = format_added_day (dossier_article_get_added (article));
  g_autofree char *line = NULL;
  GtkTextIter end;

  if (address != NULL)
    {
      g_autofree char *shown = shorten_address (address);

      line = day != NULL
        /* Translators: under an article's headline: the day it was added
         * to the dossier, then its page's address. */
        ? g_strdup_printf (_("Added %s · from %s"), day, shown)
        /* Translators: under an article's headline: its page's address. */
        : g_strdup_printf (_("From %s"), shown);
    }
  else if (day != NULL)
    /* Translators: under an article's headline: the day it was added to
     * the dossier, when its page's address is unknown. */
    line = g_strdup_printf (_("Added %s · address unknown"), day);
  else
    return;

  insert_with_tags (self, line, "meta", "provenance", NULL);
  if (address != NULL)
    {
      insert_with_tags (self, "  ", "meta", "provenance", NULL);
      gtk_text_buffer_get_end_iter (GTK_TEXT_BUFFER (self), &end);
      self->original_anchor = gtk_text_buffer_create_child_anchor (GTK_TEXT_BUFFER (self), &end);
    }
  insert_with_tags (self, "\n", "meta", "provenance", NULL);
}

static void
render (DossierArticleBuffer *self)
{
  DossierArticle *article = self->article;
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self);
  GtkTextIter end;
  g_autofree char *date = NULL;
  g_autoptr(GString) meta = g_string_new (NULL);
  guint n_removed, removed = 0;

  gtk_text_buffer_set_text (buffer, "", 0);
  self->original_anchor = NULL;
  g_array_set_size (self->spans, 0);
  g_array_set_size (self->paragraph_offsets, 0);
  g_array_set_size (self->article_offsets, 0);
  g_array_set_size (self->paragraph_lengths, 0);

  if (article == NULL)
    return;

  /* The article's one name; in italics when the page gave it no
   * headline (its lead's first words, or its file's name). */
  if (dossier_article_is_untitled (article))
    insert_with_tags (self, dossier_article_get_display_title (article), "title", "untitled", NULL);
  else
    insert_with_tags (self, dossier_article_get_display_title (article), "title", NULL);
  insert_with_tags (self, "\n", NULL);

  if (dossier_article_get_outlet (article))
    g_string_append (meta, dossier_article_get_outlet (article));
  if (dossier_article_get_author (article))
    g_string_append_printf (meta, "%s%s", meta->len ? " · " : "", dossier_article_get_author (article));
  date = describe_date (article);
  g_string_append_printf (meta, "%s%s", meta->len ? " · " : "", date);
  insert_with_tags (self, meta->str, "meta",
                    dossier_article_get_address (article) != NULL || dossier_article_get_added (article) != NULL
                      ? "meta-followed" : NULL,
                    NULL);
  insert_with_tags (self, "\n", NULL);
  insert_provenance (self);

  n_removed = self->show_removed ? dossier_article_get_n_removed (article) : 0;
  for (guint p = 0; p < dossier_article_get_n_paragraphs (article); p++)
    {
      gboolean list_item = dossier_article_get_paragraph_kind (article, p) == DOSSIER_PARAGRAPH_LIST_ITEM;
      const char *attribution = dossier_article_get_paragraph_attribution (article, p);
      const char *tag = paragraph_tag (article, p);
      int length = (int) dossier_article_get_paragraph_length (article, p);
      int article_offset = p == 0 ? 0 : g_array_index (self->article_offsets, int, p - 1) +
                                        g_array_index (self->paragraph_lengths, int, p - 1) + 1;
      guint first_line, last_line;
      int offset;

      /* What the cleaning removed is shown where it was on the page:
       * the lines before this paragraph's, just before it. */
      dossier_article_get_paragraph_lines (article, p, &first_line, &last_line);
      while (removed < n_removed && removed_goes_before (article, removed, first_line, p))
        insert_removed (self, removed++);

      if (list_item)
        insert_with_tags (self, "•\t", tag, NULL);
      gtk_text_buffer_get_end_iter (buffer, &end);
      offset = gtk_text_iter_get_offset (&end);
      g_array_append_val (self->paragraph_offsets, offset);
      g_array_append_val (self->article_offsets, article_offset);
      g_array_append_val (self->paragraph_lengths, length);
      insert_with_tags (self, dossier_article_get_paragraph_text (article, p), tag, NULL);
      if (attribution != NULL)
        {
          g_autofree char *line = g_strdup_printf ("\n— %s", attribution);
          insert_with_tags (self, line, tag, "meta", NULL);
        }
      insert_with_tags (self, "\n", NULL);
    }
  /* The page's furniture after the article (related links, footers). */
  while (removed < n_removed)
    insert_removed (self, removed++);

  /* Highlights: quotes under entities, so names inside quotes show. */
  add_spans (self);
  g_array_sort (self->spans, compare_spans);
  for (guint s = 0; s < self->spans->len; s++)
    {
      Span *span = &g_array_index (self->spans, Span, s);
      GtkTextIter from, to;

      gtk_text_buffer_get_iter_at_offset (buffer, &from, span->start);
      gtk_text_buffer_get_iter_at_offset (buffer, &to, span->end);
      gtk_text_buffer_apply_tag (buffer, span->unresolved ? self->unresolved_tag : self->highlight_tags[span->kind],
                                 &from, &to);
    }

  gtk_text_buffer_get_start_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
}

static void
dossier_article_buffer_dispose (GObject *object)
{
  DossierArticleBuffer *self = DOSSIER_ARTICLE_BUFFER (object);

  g_clear_object (&self->article);
  G_OBJECT_CLASS (dossier_article_buffer_parent_class)->dispose (object);
}

static void
dossier_article_buffer_finalize (GObject *object)
{
  DossierArticleBuffer *self = DOSSIER_ARTICLE_BUFFER (object);

  g_array_unref (self->spans);
  g_array_unref (self->paragraph_offsets);
  g_array_unref (self->article_offsets);
  g_array_unref (self->paragraph_lengths);
  G_OBJECT_CLASS (dossier_article_buffer_parent_class)->finalize (object);
}

/* The tags, once the buffer has its tag table (a construct property). */
static void
dossier_article_buffer_constructed (GObject *object)
{
  DossierArticleBuffer *self = DOSSIER_ARTICLE_BUFFER (object);
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self);

  G_OBJECT_CLASS (dossier_article_buffer_parent_class)->constructed (object);

  /* Tags rank by the order they are made in: the text's first, then the
   * flash of words led to, then the marks. */
  gtk_text_buffer_create_tag (buffer, "title", "weight", PANGO_WEIGHT_BOLD, "scale", 1.7,
                              "pixels-below-lines", 6, NULL);
  gtk_text_buffer_create_tag (buffer, "untitled", "style", PANGO_STYLE_ITALIC, NULL);
  gtk_text_buffer_create_tag (buffer, "meta", "foreground", "#77767b", "scale", 0.95,
                              "pixels-below-lines", 18, NULL);
  /* Where it came from, close under the line of outlet and date. */
  gtk_text_buffer_create_tag (buffer, "meta-followed", "pixels-below-lines", 2, NULL);
  gtk_text_buffer_create_tag (buffer, "provenance", "scale", 0.9, NULL);
  gtk_text_buffer_create_tag (buffer, "body", "scale", 1.1, NULL);
  gtk_text_buffer_create_tag (buffer, "heading", "weight", PANGO_WEIGHT_BOLD, "scale", 1.25,
                              "pixels-above-lines", 12, NULL);
  gtk_text_buffer_create_tag (buffer, "list-item", "scale", 1.1, "left-margin", 36, "indent", -20,
                              "pixels-below-lines", 4, NULL);
  gtk_text_buffer_create_tag (buffer, "block-quote", "scale", 1.1, "style", PANGO_STYLE_ITALIC,
                              "left-margin", 36, NULL);
  {
    /* Removed text: set apart in a grey block, smaller, indented. */
    GdkRGBA block = { 0.5, 0.5, 0.5, 0.12 };

    gtk_text_buffer_create_tag (buffer, "removed", "foreground", "#8a8986", "scale", 0.95, "left-margin", 24,
                                "right-margin", 12, "paragraph-background-rgba", &block, NULL);
    gtk_text_buffer_create_tag (buffer, "removed-label", "weight", PANGO_WEIGHT_BOLD, "scale", 0.85,
                                "pixels-above-lines", 6, NULL);
  }
  {
    /* The words a link leads to flash in the strong yellow of highlights. */
    const DossierRgb *rgb = dossier_palette_get_annotation_strong (DOSSIER_COLOUR_YELLOW);
    GdkRGBA flash_colour = { rgb->red, rgb->green, rgb->blue, 0.65 };

    gtk_text_buffer_create_tag (buffer, "flash", "background-rgba", &flash_colour, NULL);
  }
  self->unresolved_tag = gtk_text_buffer_create_tag (buffer, "date-unresolved", NULL);
  for (int h = 0; h < DOSSIER_N_HIGHLIGHTS; h++)
    {
      self->highlight_tags[h] = gtk_text_buffer_create_tag (buffer, dossier_mark_to_string ((DossierMark) h), NULL);
      self->shown[h] = TRUE;
      apply_highlight_style (self, h);
    }
  /* Entities above quotes, so a name inside a quote keeps its colour. */
  gtk_text_tag_set_priority (self->highlight_tags[DOSSIER_HIGHLIGHT_QUOTE], 0);
}

static void
dossier_article_buffer_class_init (DossierArticleBufferClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->constructed = dossier_article_buffer_constructed;
  object_class->dispose = dossier_article_buffer_dispose;
  object_class->finalize = dossier_article_buffer_finalize;
}

static void
dossier_article_buffer_init (DossierArticleBuffer *self)
{
  self->spans = g_array_new (FALSE, FALSE, sizeof (Span));
  self->paragraph_offsets = g_array_new (FALSE, FALSE, sizeof (int));
  self->article_offsets = g_array_new (FALSE, FALSE, sizeof (int));
  self->paragraph_lengths = g_array_new (FALSE, FALSE, sizeof (int));
}

DossierArticleBuffer *
dossier_article_buffer_new (void)
{
  return g_object_new (DOSSIER_TYPE_ARTICLE_BUFFER, NULL);
}

DossierArticle *
dossier_article_buffer_get_article (DossierArticleBuffer *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE_BUFFER (self), NULL);
  return self->article;
}

void
dossier_article_buffer_set_article (DossierArticleBuffer *self,
                                    DossierArticle       *article)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE_BUFFER (self));
  g_return_if_fail (article == NULL || DOSSIER_IS_ARTICLE (article));

  if (g_set_object (&self->article, article))
    render (self);
}

void
dossier_article_buffer_set_show_removed (DossierArticleBuffer *self,
                                         gboolean              show_removed)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE_BUFFER (self));

  show_removed = !!show_removed;
  if (self->show_removed == show_removed)
    return;
  self->show_removed = show_removed;
  render (self);
}

gboolean
dossier_article_buffer_get_highlight (DossierArticleBuffer *self,
                                      DossierHighlight      highlight)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE_BUFFER (self), FALSE);
  g_return_val_if_fail (highlight < DOSSIER_N_HIGHLIGHTS, FALSE);
  return self->shown[highlight];
}

void
dossier_article_buffer_set_highlight (DossierArticleBuffer *self,
                                      DossierHighlight      highlight,
                                      gboolean              shown)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE_BUFFER (self));
  g_return_if_fail (highlight < DOSSIER_N_HIGHLIGHTS);

  shown = !!shown;
  if (self->shown[highlight] == shown)
    return;
  self->shown[highlight] = shown;
  apply_highlight_style (self, highlight);
}

guint
dossier_article_buffer_count_highlighted (DossierArticleBuffer *self,
                                          DossierHighlight      highlight)
{
  guint count = 0;

  g_return_val_if_fail (DOSSIER_IS_ARTICLE_BUFFER (self), 0);
  g_return_val_if_fail (highlight < DOSSIER_N_HIGHLIGHTS, 0);

  if (!self->shown[highlight])
    return 0;
  for (guint s = 0; s < self->spans->len; s++)
    {
      Span *span = &g_array_index (self->spans, Span, s);
      if (span->kind == highlight && !span->unresolved)
        count += span->end - span->start;
    }
  return count;
}

gboolean
dossier_article_buffer_get_paragraph (DossierArticleBuffer *self,
                                      guint                 paragraph,
                                      int                  *offset,
                                      int                  *length)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE_BUFFER (self), FALSE);

  if (paragraph >= self->paragraph_offsets->len)
    return FALSE;
  *offset = g_array_index (self->paragraph_offsets, int, paragraph);
  *length = g_array_index (self->paragraph_lengths, int, paragraph);
  return TRUE;
}

int
dossier_article_buffer_from_article (DossierArticleBuffer *self,
                                     gint64                offset)
{
  guint p = 0;

  g_return_val_if_fail (DOSSIER_IS_ARTICLE_BUFFER (self), 0);

  if (self->article_offsets->len == 0)
    return 0;
  while (p + 1 < self->article_offsets->len && g_array_index (self->article_offsets, int, p + 1) <= offset)
    p++;
  offset -= g_array_index (self->article_offsets, int, p);
  offset = CLAMP (offset, 0, g_array_index (self->paragraph_lengths, int, p));
  return g_array_index (self->paragraph_offsets, int, p) + (int) offset;
}

gint64
dossier_article_buffer_to_article (DossierArticleBuffer *self,
                                   int                   offset)
{
  guint p = 0;
  int within;

  g_return_val_if_fail (DOSSIER_IS_ARTICLE_BUFFER (self), 0);

  if (self->paragraph_offsets->len == 0 || offset < g_array_index (self->paragraph_offsets, int, 0))
    return 0;
  while (p + 1 < self->paragraph_offsets->len && g_array_index (self->paragraph_offsets, int, p + 1) <= offset)
    p++;
  within = MIN (offset - g_array_index (self->paragraph_offsets, int, p), g_array_index (self->paragraph_lengths, int, p));
  return g_array_index (self->article_offsets, int, p) + within;
}

const DossierArticleMark *
dossier_article_buffer_get_mark_at (DossierArticleBuffer *self,
                                    int                   offset,
                                    gboolean              entities_only)
{
  const Span *found = NULL;

  g_return_val_if_fail (DOSSIER_IS_ARTICLE_BUFFER (self), NULL);

  for (guint s = 0; s < self->spans->len; s++)
    {
      const Span *span = &g_array_index (self->spans, Span, s);
      if (span->start > offset)
        break;
      if (span->end <= offset || !self->shown[span->kind])
        continue;
      if (entities_only && (span->kind == DOSSIER_HIGHLIGHT_DATE || span->kind == DOSSIER_HIGHLIGHT_QUOTE))
        continue;
      if (found == NULL || span->end - span->start <= found->end - found->start)
        found = span;
    }
  if (found == NULL)
    return NULL;
  return &g_array_index (dossier_article_get_marks (self->article), DossierArticleMark, found->mark);
}

/* The place for an Open Original button at the end of the line that says
 * where the article came from; NULL when its address is unknown.  Made
 * again with the text. */
GtkTextChildAnchor *
dossier_article_buffer_get_original_anchor (DossierArticleBuffer *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE_BUFFER (self), NULL);
  return self->original_anchor;
}
