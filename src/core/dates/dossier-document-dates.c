/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-document-dates.h"

#include "dossier-date-expression.h"

/* Dates depend on the publication date, so they are found again whenever
 * it changes (an inferred or corrected date). */
void
dossier_document_find_dates (DossierDocument *document)
{
  const DossierDate *reference = dossier_date_is_set (&document->published) ? &document->published : NULL;

  g_array_set_size (document->dates, 0);
  for (guint p = 0; p < document->paragraphs->len; p++)
    {
      DossierParagraph *paragraph = g_ptr_array_index (document->paragraphs, p);
      g_autoptr(GArray) found = dossier_date_expressions_find (paragraph->text, paragraph->len, reference);

      for (guint i = 0; i < found->len; i++)
        {
          DossierDateExpression *expression = &g_array_index (found, DossierDateExpression, i);
          DossierDateMention mention = { 0 };

          mention.paragraph = p;
          mention.start = expression->start;
          mention.end = expression->end;
          mention.value = expression->value;
          mention.rule = expression->rule;
          mention.relative = expression->relative;
          g_array_append_val (document->dates, mention);
        }
    }
}
