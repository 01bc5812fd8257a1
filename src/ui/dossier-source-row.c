/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "config.h"

#include "dossier-source-row.h"

#include "dossier-ui-template.h"

/* Characters of context on either side of a passage. */
#define CONTEXT 60

struct _DossierSourceRow
{
  GtkWidget parent_instance;

  DossierPassage *passage;
  char *name;
  gboolean show_context;

  GtkLabel *name_label;
  GtkLabel *words_label;
};

enum {
  PROP_0,
  PROP_PASSAGE,
  PROP_NAME,
  PROP_SHOW_CONTEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (DossierSourceRow, dossier_source_row, GTK_TYPE_WIDGET)

/* "… the words before, **the passage**, the words after …" */
static char *
context_markup (DossierPassage *passage)
{
  const char *text = dossier_passage_get_text (passage);
  guint start = dossier_passage_get_start (passage);
  guint end = dossier_passage_get_end (passage);
  const char *from = g_utf8_offset_to_pointer (text, start > CONTEXT ? start - CONTEXT : 0);
  const char *at = g_utf8_offset_to_pointer (text, start);
  const char *until = g_utf8_offset_to_pointer (at, end - start);
  const char *to = until;
  g_autofree char *before = NULL, *words = NULL, *after = NULL;

  for (int n = 0; n < CONTEXT && *to != '\0'; n++)
    to = g_utf8_next_char (to);
  before = g_markup_escape_text (from, at - from);
  words = g_markup_escape_text (at, until - at);
  after = g_markup_escape_text (until, to - until);
  return g_strdup_printf ("%s%s<b>%s</b>%s%s", from > text ? "…" : "", before, words, after, *to ? "…" : "");
}

static void
update (DossierSourceRow *self)
{
  g_autofree char *markup = NULL;

  gtk_label_set_text (self->name_label, self->name != NULL ? self->name : "");
  if (self->passage == NULL)
    markup = g_strdup ("");
  else if (self->show_context)
    markup = context_markup (self->passage);
  else
    {
      g_autofree char *words = dossier_passage_dup_words (self->passage);
      markup = g_markup_escape_text (words, -1);
    }
  gtk_label_set_markup (self->words_label, markup);
}

static void
dossier_source_row_constructed (GObject *object)
{
  DossierSourceRow *self = DOSSIER_SOURCE_ROW (object);

  G_OBJECT_CLASS (dossier_source_row_parent_class)->constructed (object);
  /* In context (the inspector's narrow list of mentions) a long name is
   * cut short; above its words alone (an event's report) it wraps as they
   * do. */
  if (!self->show_context)
    {
      gtk_label_set_ellipsize (self->name_label, PANGO_ELLIPSIZE_NONE);
      gtk_label_set_wrap (self->name_label, TRUE);
    }
  update (self);
}

static void
dossier_source_row_dispose (GObject *object)
{
  DossierSourceRow *self = DOSSIER_SOURCE_ROW (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), DOSSIER_TYPE_SOURCE_ROW);
  dossier_widget_unparent_children (GTK_WIDGET (object));
  g_clear_object (&self->passage);
  G_OBJECT_CLASS (dossier_source_row_parent_class)->dispose (object);
}

static void
dossier_source_row_finalize (GObject *object)
{
  DossierSourceRow *self = DOSSIER_SOURCE_ROW (object);

  g_free (self->name);
  G_OBJECT_CLASS (dossier_source_row_parent_class)->finalize (object);
}

static void
dossier_source_row_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  DossierSourceRow *self = DOSSIER_SOURCE_ROW (object);

  switch (prop_id)
    {
    case PROP_PASSAGE:
      g_value_set_object (value, self->passage);
      break;
    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;
    case PROP_SHOW_CONTEXT:
      g_value_set_boolean (value, self->show_context);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_source_row_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  DossierSourceRow *self = DOSSIER_SOURCE_ROW (object);

  switch (prop_id)
    {
    case PROP_PASSAGE:
      self->passage = g_value_dup_object (value);
      break;
    case PROP_NAME:
      self->name = g_value_dup_string (value);
      break;
    case PROP_SHOW_CONTEXT:
      self->show_context = g_value_get_boolean (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
dossier_source_row_class_init (DossierSourceRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = dossier_source_row_constructed;
  object_class->dispose = dossier_source_row_dispose;
  object_class->finalize = dossier_source_row_finalize;
  object_class->get_property = dossier_source_row_get_property;
  object_class->set_property = dossier_source_row_set_property;

  /* A row shows one source for its life. */
  properties[PROP_PASSAGE] = g_param_spec_object ("passage", NULL, NULL, DOSSIER_TYPE_PASSAGE,
                                                  G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                  G_PARAM_STATIC_STRINGS);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, NULL,
                                               G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHOW_CONTEXT] = g_param_spec_boolean ("show-context", NULL, NULL, FALSE,
                                                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                                                        G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  dossier_widget_class_set_template (widget_class, "dossier-source-row.ui");
  gtk_widget_class_bind_template_child (widget_class, DossierSourceRow, name_label);
  gtk_widget_class_bind_template_child (widget_class, DossierSourceRow, words_label);
  gtk_widget_class_set_css_name (widget_class, "sourcerow");
}

static void
dossier_source_row_init (DossierSourceRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
dossier_source_row_new (DossierPassage *passage,
                        const char     *name,
                        gboolean        show_context)
{
  g_return_val_if_fail (DOSSIER_IS_PASSAGE (passage), NULL);

  return g_object_new (DOSSIER_TYPE_SOURCE_ROW,
                       "passage", passage,
                       "name", name,
                       "show-context", show_context,
                       NULL);
}

DossierPassage *
dossier_source_row_get_passage (DossierSourceRow *self)
{
  g_return_val_if_fail (DOSSIER_IS_SOURCE_ROW (self), NULL);
  return self->passage;
}

const char *
dossier_source_row_get_name (DossierSourceRow *self)
{
  g_return_val_if_fail (DOSSIER_IS_SOURCE_ROW (self), NULL);
  return self->name;
}
