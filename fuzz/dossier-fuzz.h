/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* The fuzz targets' entry points: each takes any bytes and must return
 * without crashing, leaking, hanging or logging a critical.  The libFuzzer
 * binaries (fuzz-driver.c, built with -Dfuzzing=true and clang) call one
 * each; the regression tests (tests/test-fuzz-regressions.c) run every
 * input kept in tests/data/fuzz-regressions/<target>/ through the same
 * function in the normal build. */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A text file imported: decoded, cleaned, analysed. */
int dossier_fuzz_text        (const guint8 *data, gsize size);
/* A saved web page imported. */
int dossier_fuzz_html        (const guint8 *data, gsize size);
/* A dossier file opened and read: sources, annotations, corrections,
 * colour labels. */
int dossier_fuzz_store       (const guint8 *data, gsize size);
/* W3C Web Annotations (JSON-LD) imported. */
int dossier_fuzz_annotations (const guint8 *data, gsize size);

G_END_DECLS
