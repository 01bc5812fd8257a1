/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Measurements of the running application for bench/app.py, asked for
 * with the DOSSIER_BENCH environment variable:
 *
 *   startup      when the first frame, and the first frame showing the
 *                sample's articles, were drawn, counted from
 *                DOSSIER_BENCH_T0 (the CLOCK_MONOTONIC microseconds at
 *                which the script started the process);
 *   import:DIR   the window up, DIR is imported: the time it took, the
 *                longest the main loop went without running (its stall)
 *                and the peak memory.
 *
 * Each prints "name value" lines on standard output, then quits the
 * application. */

#pragma once

#include "dossier-window.h"

G_BEGIN_DECLS

/* Starts what DOSSIER_BENCH asks for on @window, the application's first;
 * FALSE when it is not set (or names nothing known), and the application
 * opens its dossier as usual. */
gboolean dossier_bench_start (GApplication  *application,
                              DossierWindow *window);

G_END_DECLS
