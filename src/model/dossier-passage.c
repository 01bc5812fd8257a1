/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-passage.h"

struct _DossierPassage
{
  GObject parent_instance;

  DossierArticle *article;
  guint paragraph;
  guint start;
  guint end;
};

enum {
  PROP_0,
  PROP_ARTICLE,
  PROP_PARAGRAPH,
  PROP_START,
  PROP_END,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (DossierPassage, dossier_passage, G_TYPE_OBJECT)

static void
dossier_passage_dispose (GObject *object)
{
  DossierPassage *self = DOSSIER_PASSAGE (object);

  g_clear_object (&self->article);
  G_OBJECT_CLASS (dossier_passage_parent_class)->dispose (object);
}

static void
dossier_passage_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  DossierPassage *self = DOSSIER_PASSAGE (object);

  switch (prop_id)
    {
    case PROP_ARTICLE:
      g_value_set_object (value, self->article);
      break;
    case PROP_PARAGRAPH:
      g_value_set_uint (value, self->paragraph);
      break;
    case PROP_START:
      g_value_set_uint (value, self->start);
      break;
    case PROP_END:
      g_value_set_uint (value, self->end);
      break;
    case PROP_TEXT:
      g_value_set_string (value, dossier_passage_get_text (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_passage_class_init (DossierPassageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = dossier_passage_dispose;
  object_class->get_property = dossier_passage_get_property;

  properties[PROP_ARTICLE] = g_param_spec_object ("article", NULL, NULL, DOSSIER_TYPE_ARTICLE,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_PARAGRAPH] = g_param_spec_uint ("paragraph", NULL, NULL, 0, G_MAXUINT, 0,
                                                  G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_START] = g_param_spec_uint ("start", NULL, NULL, 0, G_MAXUINT, 0,
                                              G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_END] = g_param_spec_uint ("end", NULL, NULL, 0, G_MAXUINT, 0,
                                            G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, NULL,
                                               G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
dossier_passage_init (DossierPassage *self)
{
}

DossierPassage *
dossier_passage_new (DossierArticle *article,
                     guint           paragraph,
                     guint           start,
                     guint           end)
{
  DossierPassage *self;

  g_return_val_if_fail (DOSSIER_IS_ARTICLE (article), NULL);
  g_return_val_if_fail (paragraph < dossier_article_get_n_paragraphs (article), NULL);
  g_return_val_if_fail (start <= end, NULL);

  self = g_object_new (DOSSIER_TYPE_PASSAGE, NULL);
  self->article = g_object_ref (article);
  self->paragraph = paragraph;
  self->start = start;
  self->end = end;
  return self;
}

DossierArticle *
dossier_passage_get_article (DossierPassage *self)
{
  g_return_val_if_fail (DOSSIER_IS_PASSAGE (self), NULL);
  return self->article;
}

guint
dossier_passage_get_paragraph (DossierPassage *self)
{
  g_return_val_if_fail (DOSSIER_IS_PASSAGE (self), 0);
  return self->paragraph;
}

guint
dossier_passage_get_start (DossierPassage *self)
{
  g_return_val_if_fail (DOSSIER_IS_PASSAGE (self), 0);
  return self->start;
}

guint
dossier_passage_get_end (DossierPassage *self)
{
  g_return_val_if_fail (DOSSIER_IS_PASSAGE (self), 0);
  return self->end;
}

const char *
dossier_passage_get_text (DossierPassage *self)
{
  g_return_val_if_fail (DOSSIER_IS_PASSAGE (self), NULL);
  return dossier_article_get_paragraph_text (self->article, self->paragraph);
}

char *
dossier_passage_dup_words (DossierPassage *self)
{
  const char *text;
  const char *from, *to;

  g_return_val_if_fail (DOSSIER_IS_PASSAGE (self), NULL);

  text = dossier_passage_get_text (self);
  from = g_utf8_offset_to_pointer (text, self->start);
  to = g_utf8_offset_to_pointer (from, self->end - self->start);
  return g_strndup (from, to - from);
}
