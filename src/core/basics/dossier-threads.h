/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* A piece of work shared out over several threads, each with its own
 * state (its share of the articles, say), the calling thread taking the
 * first share. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Runs @work on each of the @n states at @states (each @state_size bytes;
 * 0: one state shared by all), the first on the calling thread, the
 * others on threads named @name, and returns once all are done. */
void dossier_threads_run (const char  *name,
                          GThreadFunc  work,
                          gpointer     states,
                          gsize        state_size,
                          guint        n);

G_END_DECLS
