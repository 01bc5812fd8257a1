/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* DossierCorpus is written in several files, each one concern:
 *
 *   dossier-corpus.c          the object and its lists (the GListModel of
 *                             articles), what it keeps of each article's
 *                             metadata as the cleaner read it, its getters
 *   dossier-corpus-runs.c     imports, openings and new analyses started
 *                             and their results taken in, on the main thread
 *   dossier-corpus-import.c   what an import does on its worker thread
 *   dossier-corpus-changes.c  annotations, corrections, an article's
 *                             address, an article removed and put back
 *   dossier-corpus-kept.c     the last analysis's results kept in the
 *                             dossier file, written and read on a worker
 *
 * They share the instance struct, the jobs' structs and the
 * _dossier_corpus_* functions below.  Calls go one way only: from
 * dossier-corpus-runs.c to dossier-corpus-import.c, from that to
 * dossier-corpus-kept.c, and from every file to dossier-corpus.c, never
 * back.
 *
 * Include dossier-corpus.h before this header. */

#pragma once

G_BEGIN_DECLS

struct _DossierCorpus
{
  GObject parent_instance;

  DossierAnalysis *analysis;
  GPtrArray *articles;      /* of DossierArticle* */
  GListStore *entities;
  GListStore *events;
  GListStore *annotations;
  GPtrArray *corrections;   /* of DossierStoredCorrection* */
  DossierStore *store;      /* the dossier file, or NULL for a dossier in memory */
  GTask *running;           /* the import under way, for its progress */
  GHashTable *originals;    /* source id → ArticleOriginal: each article's metadata as the cleaner read it */
  GArray *reload;           /* of gint64: sources to read again from the file at the next analysis */
  GPtrArray *removed;       /* of Removed: articles taken out, kept for Undo */
  /* Every analysis from scratch, reusing nothing the one before found
   * (for the test that compares the two). */
  gboolean from_scratch;
  /* Each job's number (atomic): a job that is no longer the last one
   * keeps no results. */
  gint job_serial;
  GMutex keeping;           /* held by the job writing results */
  GMutex keeping_lock;      /* guards n_keeping */
  GCond kept_cond;
  guint n_keeping;          /* jobs yet to write their results */
  char *kept_version;       /* another analyser version, for tests; or NULL */
  gboolean from_kept;       /* the analysis shown was read from the results kept */
};

/* An article taken out of the dossier, with what named it, until it is
 * put back or, after MAX_REMOVED_KEPT others, forgotten. */
#define MAX_REMOVED_KEPT 8

typedef struct
{
  DossierStoredSource *source;   /* its bytes and provenance */
  GPtrArray *annotations;        /* of DossierAnnotation* */
  GPtrArray *corrections;        /* of DossierStoredCorrection*, its own */
} Removed;

/* An annotation to find again in the new analysis: its anchor copied on
 * the main thread, the result applied there. */
typedef struct
{
  DossierAnnotation *annotation;
  gint64 source;
  DossierAnchor anchor;
  int document;
  gint64 start;
  gint64 end;
  gboolean found;
} Reanchor;

typedef struct
{
  char **paths;
  char *text;               /* pasted text, or NULL */
  GBytes *page;             /* a pasted page's HTML, or NULL */
  char *address;            /* where the pasted page or the files imported were, or NULL */
  char *text_name;
  GPtrArray *documents;     /* copies of the documents already in the dossier */
  DossierStore *store;      /* where imported bytes are kept, or NULL */
  gboolean from_store;      /* read every article from the store (opening a dossier) */
  GPtrArray *corrections;   /* of DossierStoredCorrection*, copies */
  GArray *reload;           /* of gint64: sources read again from the store, or dropped when gone */
  GArray *reanchors;        /* of Reanchor */
  /* The corpus's analysis before, whose documents are copied (but those
   * read again) and whose kept results are reused, or NULL. */
  DossierAnalysis *previous;
  gboolean reuse_previous;
  DossierAnalysis *analysis;  /* the result */
  GPtrArray *failures;
  GHashTable *originals;    /* copies of the corpus's ArticleOriginals, and those read now */
  GHashTable *captured;     /* the ArticleOriginals read for the first time, for the corpus */
  /* Progress, read by the main thread while the import runs. */
  gint loaded;
  gint total;
  /* The list items, made on the worker so the main thread only swaps. */
  GPtrArray *articles;
  GPtrArray *entities;
  GPtrArray *events;
  /* Its results kept in the dossier file: the job's number, the store's
   * count of changes when it began; whether they were read from there
   * (nothing analysed), whether they are to be written there after. */
  guint serial;
  guint store_changes;
  gboolean from_kept;
  gboolean keep;
} ImportJob;

/* What the cleaner made of an article's metadata, kept the first time
 * the article is read: a correction undone gives it back. */
typedef struct
{
  char *title;
  char *outlet;
  char *author;
  DossierDate published;
  DossierDateSource published_from;
  char *published_evidence;
} ArticleOriginal;

gboolean         _dossier_corpus_has_id                (GArray                *ids,
                                                        gint64                 id);
void             _dossier_corpus_notify_n_items        (DossierCorpus         *self);

ArticleOriginal *_dossier_corpus_article_original_new  (const DossierDocument *document);
ArticleOriginal *_dossier_corpus_article_original_copy (const ArticleOriginal *original);
GHashTable      *_dossier_corpus_originals_new         (void);

gboolean         _dossier_corpus_load_kept             (DossierCorpus         *corpus,
                                                        ImportJob             *job);
void             _dossier_corpus_keep_results          (DossierCorpus         *corpus,
                                                        ImportJob             *job);
void             _dossier_corpus_begin_keeping         (DossierCorpus         *self);
void             _dossier_corpus_end_keeping           (DossierCorpus         *self);
/* For tests: results kept under another analyser's version. */
void             _dossier_corpus_set_kept_version      (DossierCorpus         *self,
                                                        const char            *version);
/* How the last analysis was made: read from the results kept. */
gboolean         _dossier_corpus_get_from_kept         (DossierCorpus         *self);

void             _dossier_corpus_set_from_scratch      (DossierCorpus         *self,
                                                        gboolean               from_scratch);
void             _dossier_corpus_run_import            (GTask                 *task);
gpointer         _dossier_corpus_import_thread_main    (gpointer               data);

G_END_DECLS
