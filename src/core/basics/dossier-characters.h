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

G_END_DECLS
