/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The reader is written in several files, each one concern:
 *
 *   dossier-reader.c              construction, properties and signals,
 *                                 the article shown, clicks and keys
 *   dossier-reader-annotations.c  the researcher's highlights: shown,
 *                                 offered for a selection, edited
 *   dossier-reader-find.c         find in the article
 *   dossier-reader-describe.c     what the words are, in words: the
 *                                 tooltip's, What Is This? and a screen
 *                                 reader's
 *   dossier-reader-place.c        where the reader is in its article, and
 *                                 words gone to and flashed
 *
 * They share the instance struct and the _dossier_reader_* functions
 * below.  Calls go one way only, from dossier-reader.c down to the
 * others, and from the annotations to what the words are and to the
 * place (tools/check-structure.py keeps it so); the signals are emitted
 * in dossier-reader.c alone.
 *
 * Include dossier-reader.h before this header. */

#pragma once

#include <gtk/gtk.h>

#include "dossier-palette.h"

G_BEGIN_DECLS

struct _DossierReader
{
  GtkWidget parent_instance;

  GtkWidget *scroller;
  GtkTextView *view;
  GtkRevealer *uncleaned_revealer;
  GtkWidget *keep_button;
  GtkWidget *remove_button;
  GSignalGroup *article_signals;  /* of the article read */
  DossierArticleBuffer *buffer;
  GtkWidget *describe_popover;
  GtkLabel *describe_label;
  GtkWidget *inspect_button;
  GtkWidget *note_button;
  char *describe_entity;      /* the key the popover's Inspect button names */
  DossierAnnotation *describe_annotation;

  gboolean show_removed;
  GtkTextTag *flash_tag;
  guint flash_id;
  GtkCssProvider *text_size;  /* the reader's text size */
  double text_scale;

  GtkSearchBar *find_bar;     /* find in the article */
  GtkWidget *find_entry;
  GtkLabel *find_count;
  GtkTextTag *find_tag;       /* every match */
  GtkTextTag *find_current_tag;
  GArray *find_matches;       /* of DossierSpan-like pairs of buffer offsets, in order */
  int find_current;           /* the match gone to, or -1 */

  DossierCorpus *corpus;      /* whose annotations of the article are shown */
  GSignalGroup *annotation_signals;  /* of the corpus's annotations */
  GStrv colour_labels;
  GArray *annotation_spans;   /* of AnnotationSpan, this article's */
  /* Tags of no look of their own (the view paints the highlights): they
   * say where each colour is, to tests and to the text's attributes. */
  GtkTextTag *annotation_tags[DOSSIER_N_COLOURS];
  GtkWidget *popover;
  gboolean read_only;         /* the dossier cannot keep highlights */
  gint64 pending_start;       /* the words the popover offers colours for */
  gint64 pending_end;
  gint64 pending_place;       /* where to scroll once the text is laid out */
  guint place_tick;
  guint place_tries;
  guint place_steady;         /* frames it has not moved */
  gint64 place_last;
};

typedef struct
{
  int start;                  /* buffer offsets */
  int end;
  DossierAnnotation *annotation;
} AnnotationSpan;

typedef struct
{
  int start;   /* buffer offsets */
  int end;
} FindMatch;


static inline DossierArticle *
_dossier_reader_article_of (DossierReader *self)
{
  return dossier_article_buffer_get_article (self->buffer);
}

static inline int
_dossier_reader_article_to_buffer (DossierReader *self,
                                   gint64         offset)
{
  return dossier_article_buffer_from_article (self->buffer, offset);
}

/* dossier-reader-annotations.c */
void               _dossier_reader_apply_annotations          (DossierReader     *self);
gboolean           _dossier_reader_get_selection              (DossierReader     *self,
                                                               gint64            *start,
                                                               gint64            *end);
gboolean           _dossier_reader_offer_highlight            (DossierReader     *self);
void               _dossier_reader_edit_annotation            (DossierReader     *self,
                                                               DossierAnnotation *annotation);
void               _dossier_reader_show_annotation            (DossierReader     *self,
                                                               DossierAnnotation *annotation);

/* dossier-reader-find.c */
void               _dossier_reader_class_find_init            (GtkWidgetClass    *widget_class);
void               _dossier_reader_find_init                  (DossierReader     *self);
void               _dossier_reader_find_all                   (DossierReader     *self);

/* dossier-reader-describe.c */
DossierAnnotation *_dossier_reader_annotation_at              (DossierReader     *self,
                                                               int                offset);
void               _dossier_reader_point_popover_at           (DossierReader     *self,
                                                               GtkWidget         *popover,
                                                               int                start,
                                                               int                end);
char              *_dossier_reader_describe_offset            (DossierReader     *self,
                                                               int                offset);
void               _dossier_reader_update_cursor_description  (DossierReader     *self);
void               _dossier_reader_describe_at_cursor         (DossierReader     *self);

/* dossier-reader-place.c */
void               _dossier_reader_flash                      (DossierReader     *self,
                                                               const GtkTextIter *from,
                                                               const GtkTextIter *to);
void               _dossier_reader_show_span                  (DossierReader     *self,
                                                               guint              paragraph,
                                                               guint              start,
                                                               guint              end);
gint64             _dossier_reader_get_place                  (DossierReader     *self);
void               _dossier_reader_set_place                  (DossierReader     *self,
                                                               gint64             place);

G_END_DECLS
