/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-article.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "dossier-anchor.h"
#include "dossier-code-points.h"
#include "dossier-date-expression.h"
#include "dossier-id.h"

/* The article keeps its analysis alive, so it outlives a re-analysis
 * that replaced it in the corpus. */
struct _DossierArticle
{
  GObject parent_instance;

  DossierAnalysis *analysis;
  guint index;
  char *id;
  char *published;
  char *display_title;
  gboolean untitled;     /* the display title is no title of the page's */
  char *display_source;
  char *added;           /* when its source came into the dossier file, or NULL */
  gboolean kept_uncleaned;  /* the researcher keeps its uncleaned text */
  guint n_entities;
  GArray *marks;         /* of DossierArticleMark, made when asked for */
};

enum {
  PROP_0,
  PROP_ID,
  PROP_SOURCE,
  PROP_TITLE,
  PROP_OUTLET,
  PROP_AUTHOR,
  PROP_DISPLAY_TITLE,
  PROP_DISPLAY_SOURCE,
  PROP_PUBLISHED,
  PROP_PUBLISHED_FROM,
  PROP_N_ENTITIES,
  PROP_ADDRESS,
  PROP_ADDED,
  PROP_UNCLEANED,
  PROP_KEPT_UNCLEANED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (DossierArticle, dossier_article, G_TYPE_OBJECT)

static DossierDocument *
document_of (DossierArticle *self)
{
  return dossier_analysis_get_document (self->analysis, self->index);
}

static void
clear_mark (gpointer data)
{
  DossierArticleMark *mark = data;

  g_free (mark->label);
}

static void
dossier_article_finalize (GObject *object)
{
  DossierArticle *self = DOSSIER_ARTICLE (object);

  g_free (self->id);
  g_free (self->published);
  g_free (self->display_title);
  g_free (self->display_source);
  g_free (self->added);
  g_clear_pointer (&self->marks, g_array_unref);
  G_OBJECT_CLASS (dossier_article_parent_class)->finalize (object);
}

static void
dossier_article_dispose (GObject *object)
{
  DossierArticle *self = DOSSIER_ARTICLE (object);

  g_clear_pointer (&self->analysis, dossier_analysis_unref);
  G_OBJECT_CLASS (dossier_article_parent_class)->dispose (object);
}

static void
dossier_article_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DossierArticle *self = DOSSIER_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, dossier_article_get_id (self));
      break;
    case PROP_SOURCE:
      g_value_set_string (value, dossier_article_get_source (self));
      break;
    case PROP_TITLE:
      g_value_set_string (value, dossier_article_get_title (self));
      break;
    case PROP_OUTLET:
      g_value_set_string (value, dossier_article_get_outlet (self));
      break;
    case PROP_AUTHOR:
      g_value_set_string (value, dossier_article_get_author (self));
      break;
    case PROP_DISPLAY_TITLE:
      g_value_set_string (value, self->display_title);
      break;
    case PROP_DISPLAY_SOURCE:
      g_value_set_string (value, self->display_source);
      break;
    case PROP_PUBLISHED:
      g_value_set_string (value, dossier_article_get_published (self));
      break;
    case PROP_PUBLISHED_FROM:
      g_value_set_string (value, dossier_article_get_published_from (self));
      break;
    case PROP_N_ENTITIES:
      g_value_set_uint (value, self->n_entities);
      break;
    case PROP_ADDRESS:
      g_value_set_string (value, dossier_article_get_address (self));
      break;
    case PROP_ADDED:
      g_value_set_string (value, self->added);
      break;
    case PROP_UNCLEANED:
      g_value_set_boolean (value, dossier_article_get_uncleaned (self));
      break;
    case PROP_KEPT_UNCLEANED:
      g_value_set_boolean (value, self->kept_uncleaned);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_article_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  DossierArticle *self = DOSSIER_ARTICLE (object);

  switch (prop_id)
    {
    case PROP_ADDED:
      dossier_article_set_added (self, g_value_get_string (value));
      break;
    case PROP_KEPT_UNCLEANED:
      dossier_article_set_kept_uncleaned (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_article_class_init (DossierArticleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dossier_article_dispose;
  object_class->finalize = dossier_article_finalize;
  object_class->get_property = dossier_article_get_property;
  object_class->set_property = dossier_article_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, NULL,
                                             G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SOURCE] = g_param_spec_string ("source", NULL, NULL, NULL,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL,
                                                G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_OUTLET] = g_param_spec_string ("outlet", NULL, NULL, NULL,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_AUTHOR] = g_param_spec_string ("author", NULL, NULL, NULL,
                                                 G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* Fixed for the article's life (a new analysis makes new articles);
   * notified if that ever changes. */
  properties[PROP_DISPLAY_TITLE] = g_param_spec_string ("display-title", NULL, NULL, NULL,
                                                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                                        G_PARAM_STATIC_STRINGS);
  properties[PROP_DISPLAY_SOURCE] = g_param_spec_string ("display-source", NULL, NULL, NULL,
                                                         G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY |
                                                         G_PARAM_STATIC_STRINGS);
  properties[PROP_PUBLISHED] = g_param_spec_string ("published", NULL, NULL, NULL,
                                                    G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PUBLISHED_FROM] = g_param_spec_string ("published-from", NULL, NULL, NULL,
                                                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_ENTITIES] = g_param_spec_uint ("n-entities", NULL, NULL, 0, G_MAXUINT, 0,
                                                   G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* Where the page was: given with it, set by the researcher, or what the
   * page says of itself; NULL when unknown. */
  properties[PROP_ADDRESS] = g_param_spec_string ("address", NULL, NULL, NULL,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* When it came into the dossier file (ISO 8601, UTC), or NULL. */
  properties[PROP_ADDED] = g_param_spec_string ("added", NULL, NULL, NULL,
                                                G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* The cleaner told no article apart: the whole text is kept as it was. */
  properties[PROP_UNCLEANED] = g_param_spec_boolean ("uncleaned", NULL, NULL, FALSE,
                                                     G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  /* The researcher chose to keep such a text as it is. */
  properties[PROP_KEPT_UNCLEANED] = g_param_spec_boolean ("kept-uncleaned", NULL, NULL, FALSE,
                                                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY |
                                                          G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_article_init (DossierArticle *self)
{
}

DossierArticle *
dossier_article_new (DossierAnalysis *analysis,
                     guint            index)
{
  DossierArticle *self;
  DossierDocument *document;
  g_autoptr(GHashTable) entities = g_hash_table_new (NULL, NULL);

  g_return_val_if_fail (analysis != NULL, NULL);
  g_return_val_if_fail (index < dossier_analysis_get_n_documents (analysis), NULL);

  self = g_object_new (DOSSIER_TYPE_ARTICLE, NULL);
  self->analysis = dossier_analysis_ref (analysis);
  self->index = index;
  self->id = dossier_id_dup (DOSSIER_ID_ARTICLE, index);

  document = document_of (self);
  self->published = dossier_date_to_iso (&document->published);
  /* The day is the publication date; a time of day the page gives is kept
   * in the document but the date is what sorting and resolution use. */
  if (self->published != NULL && document->published.precision == DOSSIER_PRECISION_MINUTE)
    self->published[10] = '\0';
  for (guint m = 0; m < document->mentions->len; m++)
    g_hash_table_add (entities, GINT_TO_POINTER (g_array_index (document->mentions, DossierMention, m).entity + 1));
  self->n_entities = g_hash_table_size (entities);
  self->display_title = dossier_document_dup_display_title (document, &self->untitled);
  self->display_source = g_strdup (document->outlet != NULL ? document->outlet : _("Unknown outlet"));
  return self;
}

const char *
dossier_article_get_id (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return self->id;
}

guint
dossier_article_get_index (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), 0);
  return self->index;
}

const char *
dossier_article_get_source (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return document_of (self)->source;
}

const char *
dossier_article_get_title (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return document_of (self)->title;
}

const char *
dossier_article_get_outlet (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return document_of (self)->outlet;
}

const char *
dossier_article_get_author (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return document_of (self)->author;
}

const char *
dossier_article_get_published (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return self->published;
}

const char *
dossier_article_get_published_from (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return dossier_date_source_to_string (document_of (self)->published_from);
}

guint
dossier_article_get_n_entities (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), 0);
  return self->n_entities;
}

DossierDocument *
dossier_article_get_document (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return document_of (self);
}

DossierAnalysis *
dossier_article_get_analysis (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return self->analysis;
}

gint64
dossier_article_get_source_id (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), 0);
  return document_of (self)->source_id;
}

const char *
dossier_article_get_address (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return document_of (self)->address;
}

const char *
dossier_article_get_added (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return self->added;
}

void
dossier_article_set_added (DossierArticle *self,
                           const char     *added)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE (self));

  if (g_strcmp0 (self->added, added) == 0)
    return;
  g_free (self->added);
  self->added = g_strdup (added);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ADDED]);
}

gboolean
dossier_article_get_uncleaned (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), FALSE);
  return document_of (self)->uncleaned;
}

gboolean
dossier_article_get_kept_uncleaned (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), FALSE);
  return self->kept_uncleaned;
}

void
dossier_article_set_kept_uncleaned (DossierArticle *self,
                                    gboolean        kept)
{
  g_return_if_fail (DOSSIER_IS_ARTICLE (self));

  kept = !!kept;
  if (self->kept_uncleaned == kept)
    return;
  self->kept_uncleaned = kept;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KEPT_UNCLEANED]);
}

const char *
dossier_article_get_display_title (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return self->display_title;
}

gboolean
dossier_article_is_untitled (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), FALSE);
  return self->untitled;
}

const char *
dossier_article_get_display_source (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return self->display_source;
}

const DossierDate *
dossier_article_get_published_date (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  return &document_of (self)->published;
}

DossierDateSource
dossier_article_get_published_source (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), DOSSIER_DATE_SOURCE_NONE);
  return document_of (self)->published_from;
}

gboolean
dossier_article_mentions_entity (DossierArticle *self,
                                 guint           entity)
{
  DossierDocument *document;

  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), FALSE);

  document = document_of (self);
  for (guint m = 0; m < document->mentions->len; m++)
    if (g_array_index (document->mentions, DossierMention, m).entity == (int) entity)
      return TRUE;
  return FALSE;
}

gboolean
dossier_article_mentions_entity_key (DossierArticle *self,
                                     const char     *key)
{
  DossierDocument *document;
  guint n_entities;

  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), FALSE);

  if (key == NULL)
    return FALSE;
  document = document_of (self);
  n_entities = dossier_analysis_get_n_entities (self->analysis);
  for (guint m = 0; m < document->mentions->len; m++)
    {
      int entity = g_array_index (document->mentions, DossierMention, m).entity;

      if (entity >= 0 && (guint) entity < n_entities &&
          g_strcmp0 (dossier_analysis_get_entity (self->analysis, entity)->key, key) == 0)
        return TRUE;
    }
  return FALSE;
}

const char *
dossier_article_get_entity_key (DossierArticle *self,
                                int             entity)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);

  if (entity < 0 || (guint) entity >= dossier_analysis_get_n_entities (self->analysis))
    return NULL;
  return dossier_analysis_get_entity (self->analysis, entity)->key;
}

GArray *
dossier_article_list_named_days (DossierArticle *self)
{
  DossierDocument *document;
  GArray *days = g_array_new (FALSE, FALSE, sizeof (DossierDate));

  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), days);

  document = document_of (self);
  for (guint d = 0; d < document->dates->len; d++)
    {
      DossierDate day = g_array_index (document->dates, DossierDateMention, d).value;
      gboolean seen = FALSE;

      if (day.precision < DOSSIER_PRECISION_DAY)
        continue;
      day.precision = DOSSIER_PRECISION_DAY;
      for (guint i = 0; i < days->len && !seen; i++)
        seen = dossier_date_compare (&g_array_index (days, DossierDate, i), &day) == 0;
      if (!seen)
        g_array_append_val (days, day);
    }
  return days;
}

gboolean
dossier_parse_day (const char  *text,
                   DossierDate *day)
{
  g_autofree char *stripped = NULL;
  g_autoptr(GArray) found = NULL;
  DossierDate date = { 0 };

  g_return_val_if_fail (day != NULL, FALSE);

  memset (day, 0, sizeof *day);
  if (text == NULL)
    return FALSE;
  stripped = g_strstrip (g_strdup (text));
  if (*stripped == '\0')
    return FALSE;
  /* ISO 8601, as the dossier keeps it. */
  if (dossier_date_parse_iso (stripped, &date) && date.precision >= DOSSIER_PRECISION_DAY)
    {
      date.precision = DOSSIER_PRECISION_DAY;
      *day = date;
      return TRUE;
    }
  /* A dateline's date ("October 17, 2024", "17.10.2024 13:00"). */
  if (dossier_date_parse_dateline (stripped, -1, &date) && date.precision >= DOSSIER_PRECISION_DAY)
    {
      date.precision = DOSSIER_PRECISION_DAY;
      *day = date;
      return TRUE;
    }
  /* A date as articles write it ("24 October 2024", "Thursday, 24 Oct
   * 2024"), read with no reference: one absolute expression of a day that
   * is the whole of what was typed, a weekday or "on" around it aside. */
  found = dossier_date_expressions_find (stripped, -1, NULL);
  if (found->len == 1)
    {
      const DossierDateExpression *expression = &g_array_index (found, DossierDateExpression, 0);
      g_autofree char *before = g_strndup (stripped, expression->start);
      const char *after = stripped + expression->end;
      gboolean rest_is_empty = TRUE;

      g_strstrip (before);
      for (const char *c = after; *c != '\0'; c = g_utf8_next_char (c))
        if (!g_unichar_isspace (g_utf8_get_char (c)) && *c != '.')
          rest_is_empty = FALSE;
      if (before[0] != '\0')
        {
          /* "On", a weekday, or both, and a comma. */
          static const char * const allowed[] = { "on", "monday", "tuesday", "wednesday", "thursday", "friday",
                                                  "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat",
                                                  "sun", NULL };
          g_auto(GStrv) words = g_regex_split_simple ("[\\s,.]+", before, 0, 0);

          for (guint w = 0; words[w] != NULL && rest_is_empty; w++)
            {
              g_autofree char *word = g_ascii_strdown (words[w], -1);

              if (word[0] != '\0' && !g_strv_contains (allowed, word))
                rest_is_empty = FALSE;
            }
        }
      if (rest_is_empty && expression->value.precision >= DOSSIER_PRECISION_DAY)
        {
          *day = expression->value;
          day->precision = DOSSIER_PRECISION_DAY;
          return TRUE;
        }
    }
  return FALSE;
}

guint
dossier_article_get_n_paragraphs (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), 0);
  return document_of (self)->paragraphs->len;
}

static DossierParagraph *
paragraph_of (DossierArticle *self,
              guint           paragraph)
{
  DossierDocument *document = document_of (self);

  g_return_val_if_fail (paragraph < document->paragraphs->len, NULL);
  return g_ptr_array_index (document->paragraphs, paragraph);
}

const char *
dossier_article_get_paragraph_text (DossierArticle *self,
                                    guint           paragraph)
{
  DossierParagraph *found;

  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);

  found = paragraph_of (self, paragraph);
  return found != NULL ? found->text : NULL;
}

guint
dossier_article_get_paragraph_length (DossierArticle *self,
                                      guint           paragraph)
{
  DossierParagraph *found;

  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), 0);

  found = paragraph_of (self, paragraph);
  return found != NULL ? (guint) g_utf8_strlen (found->text, found->len) : 0;
}

DossierParagraphKind
dossier_article_get_paragraph_kind (DossierArticle *self,
                                    guint           paragraph)
{
  DossierParagraph *found;

  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), DOSSIER_PARAGRAPH_BODY);

  found = paragraph_of (self, paragraph);
  return found != NULL ? found->kind : DOSSIER_PARAGRAPH_BODY;
}

void
dossier_article_get_paragraph_lines (DossierArticle *self,
                                     guint           paragraph,
                                     guint          *first_line,
                                     guint          *last_line)
{
  DossierParagraph *found;

  g_return_if_fail (DOSSIER_IS_ARTICLE (self));

  found = paragraph_of (self, paragraph);
  *first_line = found != NULL ? found->first_line : 0;
  *last_line = found != NULL ? found->last_line : 0;
}

const char *
dossier_article_get_paragraph_attribution (DossierArticle *self,
                                           guint           paragraph)
{
  DossierParagraph *found;

  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);

  found = paragraph_of (self, paragraph);
  return found != NULL ? found->attribution : NULL;
}

guint
dossier_article_get_n_removed (DossierArticle *self)
{
  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), 0);
  return document_of (self)->removed->len;
}

const char *
dossier_article_get_removed (DossierArticle     *self,
                             guint               removed,
                             DossierRemovedKind *kind,
                             guint              *first_line,
                             guint              *last_line)
{
  DossierDocument *document;
  DossierRemoved *found;

  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);

  document = document_of (self);
  g_return_val_if_fail (removed < document->removed->len, NULL);
  found = &g_array_index (document->removed, DossierRemoved, removed);
  if (kind != NULL)
    *kind = found->kind;
  if (first_line != NULL)
    *first_line = found->first_line;
  if (last_line != NULL)
    *last_line = found->last_line;
  return found->text;
}

/* Marks come in the order of the text, so each kind's offsets are
 * counted on from the last (@cursor): counting from the paragraph's start
 * for each made a long paragraph's many names quadratic. */
static void
add_mark (GArray                 *marks,
          DossierDocument        *document,
          DossierCodePointCursor *cursor,
          DossierMark             kind,
          guint                   paragraph,
          gsize                   start,
          gsize                   end,
          int                     entity,
          char                   *label)
{
  const DossierParagraph *text = g_ptr_array_index (document->paragraphs, paragraph);
  DossierArticleMark mark;

  mark.mark = kind;
  mark.paragraph = paragraph;
  mark.start = (guint) dossier_code_points (cursor, text, start);
  mark.end = (guint) dossier_code_points (cursor, text, end);
  mark.entity = entity;
  mark.label = label;
  mark.relative = FALSE;
  g_array_append_val (marks, mark);
}

static char *
entity_name (DossierAnalysis *analysis,
             int              entity)
{
  if (entity < 0 || (guint) entity >= dossier_analysis_get_n_entities (analysis))
    return NULL;
  return g_strdup (dossier_analysis_get_entity (analysis, entity)->name);
}

GArray *
dossier_article_get_marks (DossierArticle *self)
{
  DossierDocument *document;
  DossierCodePointCursor quotes = DOSSIER_CODE_POINT_CURSOR_INIT;
  DossierCodePointCursor dates = DOSSIER_CODE_POINT_CURSOR_INIT;
  DossierCodePointCursor mentions = DOSSIER_CODE_POINT_CURSOR_INIT;

  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);

  if (self->marks != NULL)
    return self->marks;

  document = document_of (self);
  self->marks = g_array_sized_new (FALSE, FALSE, sizeof (DossierArticleMark),
                                   document->quotes->len + document->dates->len + document->mentions->len);
  g_array_set_clear_func (self->marks, clear_mark);
  for (guint q = 0; q < document->quotes->len; q++)
    {
      DossierQuote *quote = &g_array_index (document->quotes, DossierQuote, q);

      add_mark (self->marks, document, &quotes, DOSSIER_MARK_QUOTE, quote->paragraph, quote->start, quote->end,
                quote->speaker_entity, entity_name (self->analysis, quote->speaker_entity));
    }
  for (guint d = 0; d < document->dates->len; d++)
    {
      DossierDateMention *date = &g_array_index (document->dates, DossierDateMention, d);

      add_mark (self->marks, document, &dates, DOSSIER_MARK_DATE, date->paragraph, date->start, date->end, -1,
                dossier_date_is_set (&date->value) ? dossier_date_format_readable (&date->value) : NULL);
      g_array_index (self->marks, DossierArticleMark, self->marks->len - 1).relative = date->relative;
    }
  for (guint m = 0; m < document->mentions->len; m++)
    {
      DossierMention *mention = &g_array_index (document->mentions, DossierMention, m);

      add_mark (self->marks, document, &mentions, dossier_mark_for_entity_type (mention->type), mention->paragraph,
                mention->start, mention->end, mention->entity, entity_name (self->analysis, mention->entity));
    }
  return self->marks;
}

DossierAnnotation *
dossier_article_create_annotation (DossierArticle *self,
                                   gint64          start,
                                   gint64          end,
                                   DossierColour   colour)
{
  DossierDocument *document;
  g_autofree char *text = NULL;
  DossierAnchor anchor = { 0 };
  DossierAnnotation *annotation;

  g_return_val_if_fail (DOSSIER_IS_ARTICLE (self), NULL);
  g_return_val_if_fail (colour < DOSSIER_N_COLOURS, NULL);

  document = document_of (self);
  text = dossier_document_get_text (document, NULL);
  if (!dossier_anchor_describe (&anchor, text, start, end))
    return NULL;
  annotation = dossier_annotation_new (NULL, document->source_id);
  dossier_annotation_set_anchor (annotation, &anchor);
  dossier_anchor_clear (&anchor);
  dossier_annotation_set_document (annotation, (int) self->index);
  dossier_annotation_set_colour (annotation, colour);
  return annotation;
}
