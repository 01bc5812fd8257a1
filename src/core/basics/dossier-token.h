/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Words of a sentence with what the entity recogniser asks of them: is it
 * capitalised, all capitals, an acronym with dots ("U.S."), does it carry
 * a possessive ("NATO's", "Ukraine’s", "allies'").  Hyphenated words stay
 * one token ("Secretary-General", "US-made"); the possessive is outside
 * the token's core span. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  DOSSIER_TOKEN_CAPITALISED = 1 << 0,  /* first letter upper case */
  DOSSIER_TOKEN_ALL_CAPS    = 1 << 1,  /* two or more letters, none lower case */
  DOSSIER_TOKEN_DIGITS      = 1 << 2,  /* contains a digit */
  DOSSIER_TOKEN_POSSESSIVE  = 1 << 3,  /* 's or ’s (or a bare ' after s) followed */
  DOSSIER_TOKEN_DOTTED      = 1 << 4,  /* "U.S.", "Dr.": ends with a dot that belongs to it */
  DOSSIER_TOKEN_HYPHENATED  = 1 << 5,
} DossierTokenFlags;

/* Twenty bytes: a paragraph's tokens are kept while three stages read
 * them, and a text (at most 64 MiB, DOSSIER_TEXT_DEFAULT_MAX_SIZE) fits
 * 32-bit offsets. */
typedef struct
{
  guint32 start;      /* bytes into the text */
  guint32 end;        /* end of the word itself, without possessive */
  guint32 full_end;   /* end including possessive and a belonging dot; the
                       * separator before the next token starts there */
  DossierTokenFlags flags;
  /* The character right after full_end ('\0' at the end): punctuation
   * between tokens breaks a name ("Kyiv, Ukraine"). */
  gunichar following;
} DossierToken;

typedef struct
{
  const char *text;
  gsize len;
  gsize position;
} DossierTokenIter;

void     dossier_token_iter_init (DossierTokenIter *iter,
                                  const char       *text,
                                  gsize             len);
gboolean dossier_token_iter_next (DossierTokenIter *iter,
                                  DossierToken     *token);

/* Appends the tokens of @text to @tokens (a GArray of DossierToken). */
void     dossier_tokens_split    (const char       *text,
                                  gsize             len,
                                  GArray           *tokens);

G_END_DECLS
