/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Classes of characters the stages agree on: which marks open and close a
 * quotation (straight, curly, guillemets and the German low mark, as
 * copied pages mix them). */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* " “ ‘ « „ and the straight apostrophe ' */
gboolean dossier_unichar_opens_quote  (gunichar c);
/* " ” ’ » and ' */
gboolean dossier_unichar_closes_quote (gunichar c);

/* Whether the @len bytes at @text end as a sentence does: a full stop, a
 * question or exclamation mark (Western, ideographic, full-width, Arabic
 * or Devanagari) or an ellipsis, with closing quotes and brackets after
 * it. */
gboolean dossier_text_ends_as_sentence (const char *text,
                                        gsize       len);

/* Whether text is inside a quotation after the character @c, when it was
 * (@quoted) before: double marks open and close ("…", “…”, «…», „…“);
 * single marks and the straight apostrophe are far more often
 * apostrophes than quotation marks and change nothing. */
gboolean dossier_quotation_after      (gunichar    c,
                                       gboolean    quoted);

/* @text (@len bytes, or NUL-terminated when -1) with its letters written
 * in ASCII as English news transliterates names: marks dropped (ş → s,
 * ğ → g, é → e, ą → a), letters without a mark to drop spelled out
 * (ı → i, ł → l, ø → o, đ → d, ß → ss, æ → ae, œ → oe, þ → th, ð → d,
 * ħ → h); letters of other scripts stay as they are, and bytes that are
 * not UTF-8 are left out.  For comparison keys: "Kılıçdaroğlu",
 * "Kiliçdaroğlu" and "Kilicdaroglu" fold alike. */
char    *dossier_fold_to_ascii        (const char *text,
                                       gssize      len);

G_END_DECLS
