/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

#include "dossier-phrase-set.h"

#include <string.h>

/* A transition's target, with this bit set when a phrase ends there (or
 * at a suffix of what was read to get there). */
#define ACCEPT 0x80000000u
#define MAX_STATES 0x7FFF

struct _DossierPhraseSet
{
  guint8 classes[256];   /* byte → its column; 0 for bytes no phrase holds */
  guint n_classes;
  gboolean any_empty;    /* an empty phrase occurs in every text */
  /* Per state, per class: the state after it, as the index of its row
   * (the state times n_classes: no multiplication per byte), | ACCEPT. */
  guint32 *next;
};

DossierPhraseSet *
dossier_phrase_set_new (const char * const *phrases,
                        gsize               n_phrases)
{
  DossierPhraseSet *set = g_new0 (DossierPhraseSet, 1);
  g_autoptr(GArray) trie = g_array_new (FALSE, TRUE, sizeof (guint16));  /* per state, per class: child or 0 */
  g_autoptr(GArray) accepts = g_array_new (FALSE, TRUE, sizeof (gboolean));
  g_autofree guint16 *fail = NULL;
  g_autofree guint16 *queue = NULL;
  g_autofree guint16 *next = NULL;
  guint n_states = 1;
  guint head = 0, tail = 0;

  /* The columns: one per byte some phrase holds. */
  set->n_classes = 1;
  for (gsize i = 0; i < n_phrases; i++)
    for (const guchar *p = (const guchar *) phrases[i]; *p != '\0'; p++)
      if (set->classes[*p] == 0)
        set->classes[*p] = set->n_classes++;

  /* The trie of the phrases; state 0 is the root. */
  g_array_set_size (trie, set->n_classes);
  g_array_set_size (accepts, 1);
  for (gsize i = 0; i < n_phrases; i++)
    {
      guint state = 0;

      if (phrases[i][0] == '\0')
        set->any_empty = TRUE;
      for (const guchar *p = (const guchar *) phrases[i]; *p != '\0'; p++)
        {
          guint16 *child = &g_array_index (trie, guint16, state * set->n_classes + set->classes[*p]);

          if (*child == 0)
            {
              g_assert (n_states < MAX_STATES);
              *child = n_states++;
              g_array_set_size (trie, n_states * set->n_classes);
              g_array_set_size (accepts, n_states);
              child = &g_array_index (trie, guint16, state * set->n_classes + set->classes[*p]);
            }
          state = *child;
        }
      g_array_index (accepts, gboolean, state) = TRUE;
    }

  /* Breadth first, every state's transitions: a child of the trie, or
   * where its longest proper suffix that is a prefix of a phrase goes. */
  next = g_new0 (guint16, n_states * set->n_classes);
  fail = g_new0 (guint16, n_states);
  queue = g_new (guint16, n_states);
  queue[tail++] = 0;
  while (head < tail)
    {
      guint state = queue[head++];

      for (guint c = 0; c < set->n_classes; c++)
        {
          guint16 child = g_array_index (trie, guint16, state * set->n_classes + c);
          guint16 target;

          if (child != 0 && !(c == 0))
            {
              /* The root's children fail to the root. */
              fail[child] = state == 0 ? 0 : next[fail[state] * set->n_classes + c];
              if (g_array_index (accepts, gboolean, fail[child]))
                g_array_index (accepts, gboolean, child) = TRUE;
              queue[tail++] = child;
              target = child;
            }
          else
            target = state == 0 ? 0 : next[fail[state] * set->n_classes + c];
          next[state * set->n_classes + c] = target;
        }
    }
  /* Rows, and the accepting bit on every transition into an accepting
   * state. */
  set->next = g_new (guint32, n_states * set->n_classes);
  for (guint i = 0; i < n_states * set->n_classes; i++)
    set->next[i] = (guint32) next[i] * set->n_classes |
                   (g_array_index (accepts, gboolean, next[i]) ? ACCEPT : 0);
  return set;
}

void
dossier_phrase_set_free (DossierPhraseSet *set)
{
  if (set == NULL)
    return;
  g_free (set->next);
  g_free (set);
}

gboolean
dossier_phrase_set_search (const DossierPhraseSet *set,
                           const char             *text,
                           gsize                   len)
{
  const guint32 *next = set->next;
  const guint8 *classes = set->classes;
  guint32 row = 0;

  if (set->any_empty)
    return TRUE;
  for (gsize i = 0; i < len; i++)
    {
      guint32 target = next[row + classes[(guchar) text[i]]];

      if (target & ACCEPT)
        return TRUE;
      row = target;
    }
  return FALSE;
}
