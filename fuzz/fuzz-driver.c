/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* One libFuzzer binary: compiled once per target with
 * -DDOSSIER_FUZZ_ENTRY=dossier_fuzz_<target>. */

#include <stddef.h>
#include <stdint.h>

#include "dossier-fuzz.h"

int LLVMFuzzerInitialize (int *argc, char ***argv);
int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  /* A critical or a warning is a bug the fuzzer should report, as the
   * test suite's G_DEBUG=fatal-warnings does. */
  g_log_set_always_fatal (G_LOG_FATAL_MASK | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  return 0;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  return DOSSIER_FUZZ_ENTRY (data, size);
}
