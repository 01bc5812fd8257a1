/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* People's names in bylines (dossier-clean-names.c). */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Whether @text reads as one person's name: up to five capitalised words
 * (particles such as "de" and "van" aside), no digits. */
gboolean  _dossier_clean_looks_like_person_name (const char *text);

/* @name with words set in capitals made "Capitalised". */
char     *_dossier_clean_name_case              (const char *name);

/* The authors a byline ("By …", "Written by …") names, joined; NULL when
 * @text is no byline. */
char     *_dossier_clean_author_from_byline     (const char *text);

/* What dossier_join_names () returns; @names holds at least one. */
char     *_dossier_clean_join_names             (GPtrArray  *names);

G_END_DECLS
