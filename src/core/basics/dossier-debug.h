/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Tracing the analysis' decisions: why a line was dropped, which rule
 * resolved a date, why two sentences were linked.  Each layer logs in its
 * own domain (dossier-core, dossier-model, …), so
 * `G_MESSAGES_DEBUG=dossier-core dossier-cli analyze FILE` explains itself.
 *
 * g_debug () formats its message even when nobody listens; decisions made
 * per line or per sentence go through DOSSIER_DEBUG (), which costs one
 * test of a flag when debugging is off. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE when G_MESSAGES_DEBUG was set when first asked: debug messages
 * may be shown, and are worth formatting. */
gboolean dossier_debug_enabled (void);

#define DOSSIER_DEBUG(...) \
  G_STMT_START { \
    if (G_UNLIKELY (dossier_debug_enabled ())) \
      g_debug (__VA_ARGS__); \
  } G_STMT_END

G_END_DECLS
