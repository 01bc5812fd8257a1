/* SPDX-License-Identifier: GPL-3.0-or-later
 * SPDX-FileCopyrightText: 2026 The Dossier authors */

/* Date expressions in English news text.
 *
 * The scanner makes one forward pass over the bytes.  A date can only start
 * at a word boundary, on an ASCII digit or letter, so everything else costs
 * one table look-up per byte.  A word is looked up in a small keyword table
 * and only keywords and numbers lead to a look-ahead over the next few
 * tokens; that look-ahead is bounded (a few spaces, a few tokens of bounded
 * length), so the whole scan stays linear whatever the input.  Nothing is
 * allocated per token.
 *
 * Rules, as found in DossierDateExpression.rule:
 *
 *   absolute-day          "3 October 2024", "Oct. 17, 2024", "2024-10-17",
 *                         "17.10.2024", "Thursday, October 17, 2024"
 *   absolute-minute       "Oct 17, 2024 - 13:00", "2024/10/17 at 1:04 PM"
 *   absolute-month        "April 2023", "Oct. 2024", "March of 2024"
 *   absolute-year         "2008", "since 2008", "by 2027", "the 2024 election"
 *   part-of-month         "mid-October 2024", "early March 2024",
 *                         "the end of October 2024": month precision
 *   part-of-year          "early 2024", "late 2023", "mid-2024",
 *                         "the end of 2024": year precision
 *   season                "summer 2024", "the summer of 2024": year precision
 *   weekday-past          "on Wednesday", "later on Thursday": the latest
 *                         such day on or before the reference
 *   weekday-future        "will meet on Monday": the first such day on or
 *                         after the reference
 *   weekday-last          "last Friday": strictly before the reference
 *   weekday-this          "this Monday": that day of the reference's week
 *   weekday-next          "next Tuesday": strictly after the reference
 *   deictic-day           "today", "yesterday", "tomorrow", "tonight",
 *                         "this morning", "last night",
 *                         "the day before yesterday"
 *   days-ago              "two days ago", "3 days ago", "a week ago"
 *   months-ago            "six months ago": month precision
 *   years-ago             "two years ago": year precision
 *   week-relative         "last week", "this week", "earlier this week":
 *                         week precision, the Monday of that ISO week
 *                         ("last week" on a Saturday or Sunday is the
 *                         working week just ended: the reference's own)
 *   weekend-relative      "last weekend", "this weekend": the ISO week the
 *                         weekend belongs to
 *   weekend-past          "over the weekend", "at the weekend": the ISO week
 *                         of the weekend just past (the reference's own on
 *                         a Saturday or a Sunday)
 *   weekend-coming        the same in the future tense ("will resume at the
 *                         weekend"): the ISO week of the next weekend
 *   month-relative        "last month", "earlier this month",
 *                         "the end of the month"
 *   year-relative         "last year", "earlier this year",
 *                         "early next year", "the end of the year"
 *   month-past            "in July": the latest such month on or before
 *                         the reference's month
 *   month-future          "before he leaves office in January": the first
 *                         such month on or after it
 *   month-last            "last March": strictly before the reference's month
 *   month-this            "this July": in the reference's year
 *   month-next            "next January": strictly after
 *   part-of-month-past    "mid-July", "early January", as month-past
 *   part-of-month-future  the same with a future cue, as month-future
 *   month-day-past        "On October 16", "on 16 October", "on Boxing Day"
 *   month-day-future      "until October 30", "will meet on 1 November",
 *                         "by Christmas Day" (feasts on a fixed day are
 *                         months and days: match_holiday ())
 *   month-in-year         "in March" in an article known to its year only:
 *                         that year's ("month-in-year-coming" told as to come)
 *   month-day-coming      a month and day told in the past, but the coming
 *                         one is near and the last far ("by Jan. 14" in an
 *                         article of 6 January)
 *   month-day-just-past   one told in the future, but the last one is at
 *                         most a month before and the coming one more than
 *                         nine months after ("January 4 – he announces he
 *                         will travel", in an article of 14 January)
 *   month-day-of-year-told  a month and day with the year told from the
 *                         reference's: "on Valentine's Day last year", "on
 *                         3 March this year", "October 16 next year"
 *   month-of-year-told    a month so: "in July last year", "September
 *                         this year", "in May next year"
 *   season-relative       "last summer", "this winter", "next spring":
 *                         year precision, the year the season starts in
 *
 * Spans cover what a reader would highlight.  A preposition that a relative
 * expression or a bare year depends on is part of it ("on Thursday",
 * "in July", "since 2008"); a full date or a month with its year stands on
 * its own and the span leaves the preposition out ("in April 2023" spans
 * "April 2023", "on 3 October 2024" spans "3 October 2024").
 *
 * A bare weekday, month or month and day is placed by the tense of its
 * clause (see guess_tense ()): news reports look back, so the past is the
 * default and only explicit future cues ("will", "'ll", "is to",
 * "scheduled", "next week", "before he leaves office", "until") turn it
 * forward.  A four-digit number is a year only when it is not a count
 * ("2000 troops", "1500 km", "1300 GMT"): a count word after it always
 * says so unless a temporal preposition comes first ("in 2000 troops
 * were sent"), and a lowercase plural noun says so unless any licensing
 * word comes first ("the 2024 elections").
 *
 * Deliberate choices and known gaps:
 *
 *  - Present tense without a cue stays in the past: "the law takes effect
 *    in January" gives the January before the reference.
 *  - A time before the date ("18:30 GMT, 17 October 2024") is not read;
 *    the date alone is found.  A stated time zone is read over and the
 *    time kept as written.
 *  - A weekday that contradicts its date ("Friday, October 17, 2024") is
 *    ignored; the date wins.
 *  - Ranges are skipped, not split: "2023-24", "2014–2022",
 *    "October 17-18" give no expression, since neither end alone is what
 *    the text says.  "from 2014 to 2022" gives two years.
 *  - A bare month needs a preposition or modifier before it ("in July",
 *    "since March", "mid-July", "last May") or a day or year with it;
 *    "March organisers said" and "May I ask" are not dates.  Month
 *    abbreviations ("Oct") need a day or year.
 *  - Day/month order of numeric dates: "17.10.2024" is always day first;
 *    with "/" or "-" the order is taken from a part above 12 and a date
 *    where both parts are 12 or less (and differ) is skipped as ambiguous.
 *  - A weekday or "Today" right after a capitalised word is taken for part
 *    of a name ("Black Friday", "Good Friday", "Ash Wednesday",
 *    "USA Today"), as is a bare weekday right before one ("Sunday Times");
 *    so is "Biden Monday said", a rare way to write it.  Not after a time
 *    zone ("5:40 p.m. EDT Sunday"), nor after a name given with "the"
 *    ("restored the National Assembly Thursday") unless its last word is
 *    one that makes a name of a weekday (data/words/weekday-name-words.txt:
 *    "the Black Friday sales").
 *  - Seasons are northern-hemisphere, meteorological (winter starts in
 *    December) and resolve to the year the season starts in.
 *  - "next weekend" is the weekend of the next ISO week, even when said on
 *    a Monday.
 *  - Relative expressions are resolved only against a reference of at
 *    least day precision.
 */

#include "dossier-date-expression.h"
#include "dossier-sort.h"
#include "dossier-word-lists.h"

#include <string.h>

/* How far a look-ahead may step over spaces: dates are written with one
 * space between their words, and the limit keeps the scan linear. */
#define MAX_SPACES 3
/* The longest keyword: "wednesday", "september", "yesterday"… */
#define MAX_KEYWORD_LENGTH 9
/* A word longer than this is read no further by a look-ahead. */
#define MAX_WORD_LETTERS 24
/* A number longer than this is no part of a date. */
#define MAX_NUMBER_DIGITS 6
/* How far the tense of a clause is looked for around an expression. */
#define MAX_CONTEXT_BYTES 400
/* Bare years. */
#define MIN_BARE_YEAR 1800
#define MAX_BARE_YEAR 2100
/* Years written with a day or a month. */
#define MIN_YEAR 1000
#define MAX_YEAR 2999

/* Byte classes, so that the hot loop costs one look-up per byte. */
enum
{
  CLASS_DIGIT = 1 << 0,
  CLASS_UPPER = 1 << 1,
  CLASS_LOWER = 1 << 2,
};

static const guint8 byte_classes[256] = {
  ['0' ... '9'] = CLASS_DIGIT,
  ['A' ... 'Z'] = CLASS_UPPER,
  ['a' ... 'z'] = CLASS_LOWER,
};

static inline gboolean
is_digit (guchar c)
{
  return (byte_classes[c] & CLASS_DIGIT) != 0;
}

static inline gboolean
is_letter (guchar c)
{
  return (byte_classes[c] & (CLASS_UPPER | CLASS_LOWER)) != 0;
}

static inline gboolean
is_upper (guchar c)
{
  return (byte_classes[c] & CLASS_UPPER) != 0;
}

static inline gboolean
is_alnum (guchar c)
{
  return byte_classes[c] != 0;
}

typedef enum
{
  KEYWORD_MONTH = 1,    /* value: 1–12 */
  KEYWORD_WEEKDAY,      /* value: 1 (Monday) – 7 (Sunday) */
  KEYWORD_PREPOSITION,  /* value: Preposition */
  KEYWORD_PART,         /* early, mid, late */
  KEYWORD_EDGE,         /* start, beginning, middle, end: "the end of …" */
  KEYWORD_SHIFT,        /* earlier, later */
  KEYWORD_DIRECTION,    /* value: Direction */
  KEYWORD_DEICTIC,      /* value: days from the reference */
  KEYWORD_UNIT,         /* value: Unit */
  KEYWORD_PART_OF_DAY,  /* morning, afternoon, evening, night */
  KEYWORD_COUNT,        /* value: the number, "a" and "an" being one */
  KEYWORD_SEASON,       /* value: the month the season starts in */
  KEYWORD_WEEKEND,
  KEYWORD_THE,
  KEYWORD_OF,
  KEYWORD_AGO,
  KEYWORD_AT,
  KEYWORD_SEQUENCE,     /* value: 1 (following) or -1 (previous, preceding) */
  KEYWORD_HOLIDAY,      /* the first word of a feast on a fixed day: "Christmas", "New (Year's Day)" */
} KeywordKind;

typedef enum
{
  PREPOSITION_IN,
  PREPOSITION_ON,
  PREPOSITION_SINCE,
  PREPOSITION_UNTIL,
  PREPOSITION_BY,
  PREPOSITION_FROM,
  PREPOSITION_DURING,
  PREPOSITION_BEFORE,
  PREPOSITION_AFTER,
  PREPOSITION_THROUGH,
} Preposition;

typedef enum
{
  DIRECTION_NONE,
  DIRECTION_LAST,
  DIRECTION_THIS,
  DIRECTION_NEXT,
} Direction;

typedef enum
{
  UNIT_DAY,
  UNIT_WEEK,
  UNIT_MONTH,
  UNIT_YEAR,
} Unit;

enum
{
  KEYWORD_ABBREVIATION = 1 << 0,
  KEYWORD_PLURAL = 1 << 1,
};

typedef struct
{
  const char *name;
  guint8 kind;
  gint8 value;
  guint8 flags;
} Keyword;

/* The keywords, sorted by name (strcmp order) for dossier_sorted_find (); as an
 * X-macro, so that the compiler also works out keyword_filter from them. */
#define KEYWORDS(X) \
  X ("a", KEYWORD_COUNT, 1, 0)                               \
  X ("after", KEYWORD_PREPOSITION, PREPOSITION_AFTER, 0)     \
  X ("afternoon", KEYWORD_PART_OF_DAY, 0, 0)                 \
  X ("ago", KEYWORD_AGO, 0, 0)                               \
  X ("an", KEYWORD_COUNT, 1, 0)                              \
  X ("apr", KEYWORD_MONTH, 4, KEYWORD_ABBREVIATION)          \
  X ("april", KEYWORD_MONTH, 4, 0)                           \
  X ("at", KEYWORD_AT, 0, 0)                                 \
  X ("aug", KEYWORD_MONTH, 8, KEYWORD_ABBREVIATION)          \
  X ("august", KEYWORD_MONTH, 8, 0)                          \
  X ("autumn", KEYWORD_SEASON, 9, 0)                         \
  X ("before", KEYWORD_PREPOSITION, PREPOSITION_BEFORE, 0)   \
  X ("beginning", KEYWORD_EDGE, 0, 0)                        \
  X ("boxing", KEYWORD_HOLIDAY, 0, 0)                        \
  X ("by", KEYWORD_PREPOSITION, PREPOSITION_BY, 0)           \
  X ("christmas", KEYWORD_HOLIDAY, 0, 0)                     \
  X ("day", KEYWORD_UNIT, UNIT_DAY, 0)                       \
  X ("days", KEYWORD_UNIT, UNIT_DAY, KEYWORD_PLURAL)         \
  X ("dec", KEYWORD_MONTH, 12, KEYWORD_ABBREVIATION)         \
  X ("december", KEYWORD_MONTH, 12, 0)                       \
  X ("during", KEYWORD_PREPOSITION, PREPOSITION_DURING, 0)   \
  X ("earlier", KEYWORD_SHIFT, 0, 0)                         \
  X ("early", KEYWORD_PART, 0, 0)                            \
  X ("eight", KEYWORD_COUNT, 8, 0)                           \
  X ("eleven", KEYWORD_COUNT, 11, 0)                         \
  X ("end", KEYWORD_EDGE, 0, 0)                              \
  X ("evening", KEYWORD_PART_OF_DAY, 0, 0)                   \
  X ("fall", KEYWORD_SEASON, 9, 0)                           \
  X ("feb", KEYWORD_MONTH, 2, KEYWORD_ABBREVIATION)          \
  X ("february", KEYWORD_MONTH, 2, 0)                        \
  X ("five", KEYWORD_COUNT, 5, 0)                            \
  X ("following", KEYWORD_SEQUENCE, 1, 0)                    \
  X ("four", KEYWORD_COUNT, 4, 0)                            \
  X ("fri", KEYWORD_WEEKDAY, 5, KEYWORD_ABBREVIATION)        \
  X ("friday", KEYWORD_WEEKDAY, 5, 0)                        \
  X ("from", KEYWORD_PREPOSITION, PREPOSITION_FROM, 0)       \
  X ("halloween", KEYWORD_HOLIDAY, 0, 0)                     \
  X ("in", KEYWORD_PREPOSITION, PREPOSITION_IN, 0)           \
  X ("jan", KEYWORD_MONTH, 1, KEYWORD_ABBREVIATION)          \
  X ("january", KEYWORD_MONTH, 1, 0)                         \
  X ("jul", KEYWORD_MONTH, 7, KEYWORD_ABBREVIATION)          \
  X ("july", KEYWORD_MONTH, 7, 0)                            \
  X ("jun", KEYWORD_MONTH, 6, KEYWORD_ABBREVIATION)          \
  X ("june", KEYWORD_MONTH, 6, 0)                            \
  X ("last", KEYWORD_DIRECTION, DIRECTION_LAST, 0)           \
  X ("late", KEYWORD_PART, 0, 0)                             \
  X ("later", KEYWORD_SHIFT, 0, 0)                           \
  X ("mar", KEYWORD_MONTH, 3, KEYWORD_ABBREVIATION)          \
  X ("march", KEYWORD_MONTH, 3, 0)                           \
  X ("may", KEYWORD_MONTH, 5, 0)                             \
  X ("mid", KEYWORD_PART, 0, 0)                              \
  X ("middle", KEYWORD_EDGE, 0, 0)                           \
  X ("mon", KEYWORD_WEEKDAY, 1, KEYWORD_ABBREVIATION)        \
  X ("monday", KEYWORD_WEEKDAY, 1, 0)                        \
  X ("month", KEYWORD_UNIT, UNIT_MONTH, 0)                   \
  X ("months", KEYWORD_UNIT, UNIT_MONTH, KEYWORD_PLURAL)     \
  X ("morning", KEYWORD_PART_OF_DAY, 0, 0)                   \
  X ("new", KEYWORD_HOLIDAY, 0, 0)                           \
  X ("next", KEYWORD_DIRECTION, DIRECTION_NEXT, 0)           \
  X ("night", KEYWORD_PART_OF_DAY, 0, 0)                     \
  X ("nine", KEYWORD_COUNT, 9, 0)                            \
  X ("nov", KEYWORD_MONTH, 11, KEYWORD_ABBREVIATION)         \
  X ("november", KEYWORD_MONTH, 11, 0)                       \
  X ("oct", KEYWORD_MONTH, 10, KEYWORD_ABBREVIATION)         \
  X ("october", KEYWORD_MONTH, 10, 0)                        \
  X ("of", KEYWORD_OF, 0, 0)                                 \
  X ("on", KEYWORD_PREPOSITION, PREPOSITION_ON, 0)           \
  X ("one", KEYWORD_COUNT, 1, 0)                             \
  X ("preceding", KEYWORD_SEQUENCE, -1, 0)                   \
  X ("previous", KEYWORD_SEQUENCE, -1, 0)                    \
  X ("sat", KEYWORD_WEEKDAY, 6, KEYWORD_ABBREVIATION)        \
  X ("saturday", KEYWORD_WEEKDAY, 6, 0)                      \
  X ("sep", KEYWORD_MONTH, 9, KEYWORD_ABBREVIATION)          \
  X ("sept", KEYWORD_MONTH, 9, KEYWORD_ABBREVIATION)         \
  X ("september", KEYWORD_MONTH, 9, 0)                       \
  X ("seven", KEYWORD_COUNT, 7, 0)                           \
  X ("since", KEYWORD_PREPOSITION, PREPOSITION_SINCE, 0)     \
  X ("six", KEYWORD_COUNT, 6, 0)                             \
  X ("spring", KEYWORD_SEASON, 3, 0)                         \
  X ("start", KEYWORD_EDGE, 0, 0)                            \
  X ("summer", KEYWORD_SEASON, 6, 0)                         \
  X ("sun", KEYWORD_WEEKDAY, 7, KEYWORD_ABBREVIATION)        \
  X ("sunday", KEYWORD_WEEKDAY, 7, 0)                        \
  X ("ten", KEYWORD_COUNT, 10, 0)                            \
  X ("the", KEYWORD_THE, 0, 0)                               \
  X ("this", KEYWORD_DIRECTION, DIRECTION_THIS, 0)           \
  X ("three", KEYWORD_COUNT, 3, 0)                           \
  X ("through", KEYWORD_PREPOSITION, PREPOSITION_THROUGH, 0) \
  X ("thu", KEYWORD_WEEKDAY, 4, KEYWORD_ABBREVIATION)        \
  X ("thur", KEYWORD_WEEKDAY, 4, KEYWORD_ABBREVIATION)       \
  X ("thurs", KEYWORD_WEEKDAY, 4, KEYWORD_ABBREVIATION)      \
  X ("thursday", KEYWORD_WEEKDAY, 4, 0)                      \
  X ("till", KEYWORD_PREPOSITION, PREPOSITION_UNTIL, 0)      \
  X ("today", KEYWORD_DEICTIC, 0, 0)                         \
  X ("tomorrow", KEYWORD_DEICTIC, 1, 0)                      \
  X ("tonight", KEYWORD_DEICTIC, 0, 0)                       \
  X ("tue", KEYWORD_WEEKDAY, 2, KEYWORD_ABBREVIATION)        \
  X ("tues", KEYWORD_WEEKDAY, 2, KEYWORD_ABBREVIATION)       \
  X ("tuesday", KEYWORD_WEEKDAY, 2, 0)                       \
  X ("twelve", KEYWORD_COUNT, 12, 0)                         \
  X ("two", KEYWORD_COUNT, 2, 0)                             \
  X ("until", KEYWORD_PREPOSITION, PREPOSITION_UNTIL, 0)     \
  X ("valentine", KEYWORD_HOLIDAY, 0, 0)                     \
  X ("wed", KEYWORD_WEEKDAY, 3, KEYWORD_ABBREVIATION)        \
  X ("wednesday", KEYWORD_WEEKDAY, 3, 0)                     \
  X ("week", KEYWORD_UNIT, UNIT_WEEK, 0)                     \
  X ("weekend", KEYWORD_WEEKEND, 0, 0)                       \
  X ("weeks", KEYWORD_UNIT, UNIT_WEEK, KEYWORD_PLURAL)       \
  X ("winter", KEYWORD_SEASON, 12, 0)                        \
  X ("year", KEYWORD_UNIT, UNIT_YEAR, 0)                     \
  X ("years", KEYWORD_UNIT, UNIT_YEAR, KEYWORD_PLURAL)       \
  X ("yesterday", KEYWORD_DEICTIC, -1, 0)                   

static const Keyword keywords[] = {
#define KEYWORD_ENTRY(name, kind, value, flags) { name, kind, value, flags },
  KEYWORDS (KEYWORD_ENTRY)
#undef KEYWORD_ENTRY
};

/* A Bloom filter of the keywords over their first, second and last letter
 * and their length: most words of a text are turned away by one bit test,
 * without a look-up.  The compiler fills it in from KEYWORDS; a word of
 * one letter counts its first letter as second. */
#define KEYWORD_FILTER_BITS 1024u
#define KEYWORD_HASH(first, second, last, length) \
  (((guint) (first) * 31u + (guint) (second) * 17u + (guint) (last) * 7u + \
    (guint) (length) * 131u) % KEYWORD_FILTER_BITS)
#define KEYWORD_NAME_HASH(name) \
  KEYWORD_HASH ((name)[0], (name)[sizeof (name) > 2 ? 1 : 0], (name)[sizeof (name) - 2], sizeof (name) - 1)
#define KEYWORD_FILTER_TERM(name, kind, value, flags) \
  | (KEYWORD_NAME_HASH (name) / 64 == KEYWORD_FILTER_WORD ? \
     G_GUINT64_CONSTANT (1) << (KEYWORD_NAME_HASH (name) % 64) : 0)

static const guint64 keyword_filter[KEYWORD_FILTER_BITS / 64] = {
#define KEYWORD_FILTER_WORD 0
  0 KEYWORDS (KEYWORD_FILTER_TERM),
#undef KEYWORD_FILTER_WORD
#define KEYWORD_FILTER_WORD 1
  0 KEYWORDS (KEYWORD_FILTER_TERM),
#undef KEYWORD_FILTER_WORD
#define KEYWORD_FILTER_WORD 2
  0 KEYWORDS (KEYWORD_FILTER_TERM),
#undef KEYWORD_FILTER_WORD
#define KEYWORD_FILTER_WORD 3
  0 KEYWORDS (KEYWORD_FILTER_TERM),
#undef KEYWORD_FILTER_WORD
#define KEYWORD_FILTER_WORD 4
  0 KEYWORDS (KEYWORD_FILTER_TERM),
#undef KEYWORD_FILTER_WORD
#define KEYWORD_FILTER_WORD 5
  0 KEYWORDS (KEYWORD_FILTER_TERM),
#undef KEYWORD_FILTER_WORD
#define KEYWORD_FILTER_WORD 6
  0 KEYWORDS (KEYWORD_FILTER_TERM),
#undef KEYWORD_FILTER_WORD
#define KEYWORD_FILTER_WORD 7
  0 KEYWORDS (KEYWORD_FILTER_TERM),
#undef KEYWORD_FILTER_WORD
#define KEYWORD_FILTER_WORD 8
  0 KEYWORDS (KEYWORD_FILTER_TERM),
#undef KEYWORD_FILTER_WORD
#define KEYWORD_FILTER_WORD 9
  0 KEYWORDS (KEYWORD_FILTER_TERM),
#undef KEYWORD_FILTER_WORD
#define KEYWORD_FILTER_WORD 10
  0 KEYWORDS (KEYWORD_FILTER_TERM),
#undef KEYWORD_FILTER_WORD
#define KEYWORD_FILTER_WORD 11
  0 KEYWORDS (KEYWORD_FILTER_TERM),
#undef KEYWORD_FILTER_WORD
#define KEYWORD_FILTER_WORD 12
  0 KEYWORDS (KEYWORD_FILTER_TERM),
#undef KEYWORD_FILTER_WORD
#define KEYWORD_FILTER_WORD 13
  0 KEYWORDS (KEYWORD_FILTER_TERM),
#undef KEYWORD_FILTER_WORD
#define KEYWORD_FILTER_WORD 14
  0 KEYWORDS (KEYWORD_FILTER_TERM),
#undef KEYWORD_FILTER_WORD
#define KEYWORD_FILTER_WORD 15
  0 KEYWORDS (KEYWORD_FILTER_TERM),
#undef KEYWORD_FILTER_WORD
};


/* Tense cues (see guess_tense ()). */
enum
{
  CUE_FUTURE = 1 << 0,              /* "will", "scheduled", "upcoming" */
  CUE_FUTURE_BEFORE_TO = 1 << 1,    /* "going to", "plans to", "is to" */
  CUE_FUTURE_BEFORE_TIME = 1 << 2,  /* "next week", not "the next member" */
  CUE_FUTURE_BEFORE_THIS = 1 << 3,  /* "later this week" */
  CUE_FUTURE_AFTER_THE = 1 << 4,    /* "in the coming days" */
  CUE_DUE = 1 << 5,                 /* "due to", "due in" */
  CUE_WEAK_FUTURE = 1 << 6,         /* "before he leaves", "until" */
  CUE_PAST = 1 << 7,                /* "said", "was", "ago" */
  CUE_AUXILIARY = 1 << 8,           /* "will be debated", "stay closed": no past tense */
  CUE_NOT_PAST = 1 << 9,            /* "-ed" words that are no past tense */
  CUE_CONTRACTION = 1 << 10,        /* "'ll" */
  CUE_WON = 1 << 11,                /* "won't", else "won" is past */
  CUE_REPORTING = 1 << 12,          /* "said", "told": the speaking, not the act */
  CUE_FUTURE_BEFORE_EFFECT = 1 << 13, /* "take effect", "takes effect" */
  CUE_FUTURE_BEFORE_WEEKDAY = 1 << 14, /* "would": the future of a past, before a weekday, a
                                        * month and day or a month it looks to ("said MPs would
                                        * return on Wednesday", "an election would be held on
                                        * Oct. 14", "elections would be held in September", a
                                        * month near it: WOULD_MONTH_BYTES); not a date before
                                        * it, the saying's own ("said in July he would speak") */
};

typedef struct
{
  const char *name;
  guint16 flags;
} CueWord;

/* The longest cue word: "forthcoming".  "takes effect" and "expires" are
 * present tenses of scheduled happenings and point forward; "starts" and
 * "opens" are as often said of what began days ago, and are no cue. */
#define MAX_CUE_LENGTH 11

/* Sorted by name (strcmp order). */
static const CueWord cue_words[] = {
  { "ago", CUE_PAST },
  { "ahead", CUE_WEAK_FUTURE },
  { "aims", CUE_FUTURE_BEFORE_TO },
  { "am", CUE_AUXILIARY },
  { "are", CUE_FUTURE_BEFORE_TO | CUE_AUXILIARY },
  { "be", CUE_AUXILIARY },
  { "been", CUE_AUXILIARY },
  { "before", CUE_WEAK_FUTURE },
  { "began", CUE_PAST },
  { "being", CUE_AUXILIARY },
  { "brought", CUE_PAST },
  { "came", CUE_PAST },
  { "campaigning", CUE_WEAK_FUTURE },
  { "coming", CUE_FUTURE_AFTER_THE },
  { "could", CUE_FUTURE_BEFORE_WEEKDAY },
  { "did", CUE_PAST },
  { "due", CUE_DUE },
  { "earlier", CUE_PAST },
  { "exceed", CUE_NOT_PAST },
  { "expect", CUE_FUTURE },
  { "expected", CUE_FUTURE },
  { "expects", CUE_FUTURE },
  { "expires", CUE_FUTURE },
  { "fell", CUE_PAST },
  { "forecast", CUE_FUTURE_BEFORE_TO },
  { "forthcoming", CUE_FUTURE },
  { "gave", CUE_PAST },
  { "get", CUE_AUXILIARY },
  { "gets", CUE_AUXILIARY },
  { "going", CUE_FUTURE_BEFORE_TO },
  { "had", CUE_PAST },
  { "held", CUE_PAST },
  { "hundred", CUE_NOT_PAST },
  { "indeed", CUE_NOT_PAST },
  { "intends", CUE_FUTURE_BEFORE_TO },
  { "is", CUE_FUTURE_BEFORE_TO | CUE_AUXILIARY },
  { "last", CUE_PAST },
  { "later", CUE_FUTURE_BEFORE_THIS },
  { "led", CUE_PAST },
  { "left", CUE_PAST },
  { "likely", CUE_FUTURE_BEFORE_TO },
  { "ll", CUE_CONTRACTION },
  { "lost", CUE_PAST },
  { "made", CUE_PAST },
  { "met", CUE_PAST },
  { "might", CUE_FUTURE_BEFORE_WEEKDAY },
  { "must", CUE_FUTURE | CUE_AUXILIARY },
  { "need", CUE_NOT_PAST },
  { "next", CUE_FUTURE_BEFORE_TIME },
  { "plan", CUE_FUTURE_BEFORE_TO },
  { "planned", CUE_FUTURE },
  { "planning", CUE_FUTURE_BEFORE_TO },
  { "plans", CUE_FUTURE_BEFORE_TO },
  { "predicted", CUE_FUTURE_BEFORE_TO },
  { "proceed", CUE_NOT_PAST },
  { "remain", CUE_AUXILIARY },
  { "remains", CUE_AUXILIARY },
  { "rose", CUE_PAST },
  { "running", CUE_WEAK_FUTURE },
  { "said", CUE_PAST | CUE_REPORTING },
  { "saw", CUE_PAST },
  { "scheduled", CUE_FUTURE },
  { "sent", CUE_PAST },
  { "set", CUE_FUTURE_BEFORE_TO },
  { "shall", CUE_FUTURE },
  { "since", CUE_PAST },
  { "speed", CUE_NOT_PAST },
  { "spent", CUE_PAST },
  { "starting", CUE_WEAK_FUTURE },
  { "stay", CUE_AUXILIARY },
  { "stays", CUE_AUXILIARY },
  { "struck", CUE_PAST },
  { "succeed", CUE_NOT_PAST },
  { "take", CUE_FUTURE_BEFORE_EFFECT },
  { "takes", CUE_FUTURE },
  { "till", CUE_WEAK_FUTURE },
  { "to", CUE_AUXILIARY },
  { "told", CUE_PAST | CUE_REPORTING },
  { "tomorrow", CUE_FUTURE },
  { "took", CUE_PAST },
  { "united", CUE_NOT_PAST },
  { "until", CUE_WEAK_FUTURE },
  { "upcoming", CUE_FUTURE },
  { "was", CUE_PAST | CUE_FUTURE_BEFORE_TO },
  { "went", CUE_PAST },
  { "were", CUE_PAST | CUE_FUTURE_BEFORE_TO },
  { "will", CUE_FUTURE | CUE_AUXILIARY },
  { "won", CUE_WON },
  { "would", CUE_FUTURE_BEFORE_WEEKDAY },
  { "yesterday", CUE_PAST },
};

typedef struct
{
  const char *text;
  gsize length;
} Scanner;

typedef enum
{
  TOKEN_END,
  TOKEN_WORD,
  TOKEN_NUMBER,
  TOKEN_SYMBOL,
} TokenType;

typedef enum
{
  CASE_LOWER,   /* "march" */
  CASE_TITLE,   /* "March" */
  CASE_UPPER,   /* "MARCH" */
  CASE_MIXED,   /* "mArch" */
} LetterCase;

typedef struct
{
  TokenType type;
  gsize start;
  gsize end;
  const Keyword *keyword;   /* words: NULL unless a whole keyword */
  LetterCase letter_case;   /* words */
  int value;                /* numbers: -1 when too long */
  int digits;               /* numbers */
  gunichar symbol;          /* symbols */
} Token;

typedef enum
{
  FORM_ABSOLUTE,    /* the date is all in the text */
  FORM_WEEKDAY,     /* a weekday, placed by direction or tense */
  FORM_MONTH,       /* a month without year, placed by direction or tense */
  FORM_MONTH_DAY,   /* a month and day without year, placed by tense */
  FORM_SEASON,      /* a season, placed by direction */
  FORM_DAYS,        /* the reference shifted by days */
  FORM_WEEKS,       /* the reference's week shifted by weeks */
  FORM_MONTHS,      /* the reference's month shifted by months */
  FORM_YEARS,       /* the reference's year shifted by years */
  FORM_SEQUENCE,    /* days after or before the date the text gave last */
} Form;

typedef enum
{
  LEAN_NONE,
  LEAN_PAST,        /* "since July": always the past */
  LEAN_FUTURE,      /* "until July", "by July": a weak future cue */
} Lean;

typedef enum
{
  LICENSE_NONE,     /* a bare number */
  LICENSE_WEAK,     /* "the", "of", "by", "from": a year despite a plural noun */
  LICENSE_STRONG,   /* "in", "since", …: a year even before a count word */
} License;

typedef enum
{
  TENSE_PAST,
  TENSE_FUTURE,
} Tense;

/* How sure the past tense of an expression is: told by no verb of an act
 * (only "said", or nothing), by one some words away ("prorogued
 * Parliament … in the run-up to Brexit on 31 October"), or by the verb
 * the expression follows ("ended on Jan. 14"). */
typedef enum
{
  FIRM_NOT,
  FIRM_FAR,
  FIRM_NEAR,
} Firmness;

/* Bytes between a verb and the expression it governs: "ended on", "was
 * held last". */
#define NEAR_VERB_BYTES 12
/* How near after "would" a month must follow to be the one it looks to:
 * "would be held in September", not "would speak to the president later
 * on Thursday … following a decision in July". */
#define WOULD_MONTH_BYTES 24

/* What a matcher found, before it is resolved against the reference. */
typedef struct
{
  gsize start;
  gsize end;
  Form form;
  const char *rule;       /* forms with one rule only */
  DossierDate date;       /* FORM_ABSOLUTE */
  Direction direction;
  Lean lean;
  gboolean part;          /* "early", "mid-", "the end of" */
  int month;
  int day;
  int weekday;
  int season;
  int offset;
  gboolean year_told;     /* FORM_MONTH_DAY: of the year @offset from the reference's ("last year") */
} Match;

enum
{
  ALLOW_BARE_MONTH = 1 << 0,   /* "in July": a month needs no day or year */
  ALLOW_BARE_MAY = 1 << 1,     /* … and that holds for "May" too */
};

static gboolean match_weekday (const Scanner *scanner,
                               const Token   *weekday,
                               gboolean       after_modifier,
                               Match         *match);
static gboolean match_direction (const Scanner *scanner,
                                 const Token   *direction,
                                 Match         *match);
static gboolean match_preposition (const Scanner *scanner,
                                   const Token   *preposition,
                                   Match         *match);

/* Reading the text */

static inline guchar
peek (const Scanner *scanner,
      gsize          position)
{
  return position < scanner->length ? (guchar) scanner->text[position] : 0;
}

/* The length of the space character at @position, 0 if there is none.
 * Tabs and the no-break and thin spaces of copied web pages count; line
 * breaks do not, as no date runs over one. */
static gsize
space_length (const Scanner *scanner,
              gsize          position)
{
  guchar c = peek (scanner, position);

  if (c == ' ' || c == '\t')
    return 1;
  if (c == 0xC2 && peek (scanner, position + 1) == 0xA0)
    return 2;
  if (c == 0xE2 && peek (scanner, position + 1) == 0x80)
    {
      guchar last = peek (scanner, position + 2);

      /* U+2009 thin space, U+200A hair space, U+202F narrow no-break space */
      if (last == 0x89 || last == 0x8A || last == 0xAF)
        return 3;
    }
  return 0;
}

static gsize
skip_spaces (const Scanner *scanner,
             gsize          position)
{
  guint count;

  for (count = 0; count < MAX_SPACES; count++)
    {
      gsize length = space_length (scanner, position);

      if (length == 0)
        break;
      position += length;
    }
  return position;
}

/* Asks the filter about the word of @length ASCII letters at @word, in
 * any case. */
static inline gboolean
may_be_keyword (const char *word,
                gsize       length)
{
  guint hash = KEYWORD_HASH ((guchar) word[0] | 0x20, (guchar) word[length > 1 ? 1 : 0] | 0x20,
                             (guchar) word[length - 1] | 0x20, length);

  return (keyword_filter[hash / 64] & (G_GUINT64_CONSTANT (1) << (hash % 64))) != 0;
}

/* The keywords and the cue words by name: hash indexes of the sorted
 * tables, made once per process (every word that passes the filter is
 * looked up). */
static const DossierNameIndex *
keyword_index (void)
{
  static DossierNameIndex *index;

  if (g_once_init_enter (&index))
    {
      DossierNameIndex *made = g_new (DossierNameIndex, 1);

      dossier_name_index_init (made, keywords, G_N_ELEMENTS (keywords), sizeof (Keyword));
      g_once_init_leave (&index, made);
    }
  return index;
}

static inline const Keyword *
find_keyword (const char *word,
              gsize       length)
{
  return dossier_name_index_find (keyword_index (), keywords, sizeof (Keyword), word, length);
}

static void
read_token (const Scanner *scanner,
            gsize          position,
            Token         *token)
{
  const guchar *bytes = (const guchar *) scanner->text;
  gsize length = scanner->length;

  token->start = position;
  token->keyword = NULL;
  token->letter_case = CASE_MIXED;
  token->value = -1;
  token->digits = 0;
  token->symbol = 0;

  if (position >= length)
    {
      token->type = TOKEN_END;
      token->end = position;
      return;
    }

  if (is_digit (bytes[position]))
    {
      int value = 0;
      int digits = 0;

      /* Reading stops one digit past the longest useful number, so a run
       * of a million digits costs no more than a short one. */
      while (position < length && is_digit (bytes[position]) && digits <= MAX_NUMBER_DIGITS)
        {
          value = value * 10 + (bytes[position] - '0');
          digits++;
          position++;
        }
      token->type = TOKEN_NUMBER;
      token->end = position;
      token->digits = digits;
      token->value = digits <= MAX_NUMBER_DIGITS ? value : -1;
      return;
    }

  if (is_letter (bytes[position]))
    {
      char lower[MAX_KEYWORD_LENGTH + 1];
      gsize count = 0;
      gsize upper = 0;
      gboolean first_upper = is_upper (bytes[position]);

      while (position < length && is_letter (bytes[position]) && count < MAX_WORD_LETTERS)
        {
          if (count < MAX_KEYWORD_LENGTH)
            lower[count] = (char) (bytes[position] | 0x20);
          if (is_upper (bytes[position]))
            upper++;
          count++;
          position++;
        }

      token->type = TOKEN_WORD;
      token->end = position;
      if (upper == 0)
        token->letter_case = CASE_LOWER;
      else if (first_upper && upper == 1)
        token->letter_case = CASE_TITLE;
      else if (upper == count)
        token->letter_case = CASE_UPPER;

      /* A keyword is a whole word, not glued to digits ("Oct2024"). */
      if (count <= MAX_KEYWORD_LENGTH && !is_alnum (peek (scanner, position)) &&
          may_be_keyword (lower, count))
        {
          lower[count] = '\0';
          token->keyword = find_keyword (lower, count);
        }
      return;
    }

  token->type = TOKEN_SYMBOL;
  if (bytes[position] < 0x80)
    {
      token->symbol = bytes[position];
      token->end = position + 1;
    }
  else
    {
      gunichar c = g_utf8_get_char_validated (scanner->text + position, length - position);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          token->symbol = 0xFFFD;
          token->end = position + 1;
        }
      else
        {
          token->symbol = c;
          token->end = position + g_utf8_skip[bytes[position]];
        }
    }
}

/* Reads the token after the spaces following @position.  FALSE (and no
 * token worth looking at) when no space separates them. */
static gboolean
read_next_token (const Scanner *scanner,
                 gsize          position,
                 Token         *token)
{
  gsize next = skip_spaces (scanner, position);

  read_token (scanner, next, token);
  return next > position;
}

static inline gboolean
is_keyword (const Token *token,
            KeywordKind  kind)
{
  return token->type == TOKEN_WORD && token->keyword != NULL && token->keyword->kind == kind;
}

static inline gboolean
is_abbreviation (const Token *token)
{
  return (token->keyword->flags & KEYWORD_ABBREVIATION) != 0;
}

/* Month and weekday names count only when capitalised, to tell "May" from
 * "may" and "March" from "march"; capitals throughout are fine
 * ("OCTOBER 17, 2024"). */
static gboolean
is_name_keyword (const Token *token,
                 KeywordKind  kind)
{
  return is_keyword (token, kind) &&
         (token->letter_case == CASE_TITLE || token->letter_case == CASE_UPPER);
}

static gboolean
token_equals (const Scanner *scanner,
              const Token   *token,
              const char    *word)
{
  gsize length = strlen (word);

  return token->type == TOKEN_WORD && token->end - token->start == length &&
         g_ascii_strncasecmp (scanner->text + token->start, word, length) == 0;
}

/* Whether @token is a word of @list, without regard to case. */
static gboolean
token_in_list (const Scanner         *scanner,
               const Token           *token,
               const DossierWordList *list)
{
  return token->type == TOKEN_WORD &&
         dossier_word_list_contains_any_case (list, scanner->text + token->start, token->end - token->start);
}

/* The character before @position, and where it starts. */
static gunichar
previous_character (const Scanner *scanner,
                    gsize          position,
                    gsize         *start)
{
  const guchar *bytes = (const guchar *) scanner->text;
  gsize first = position - 1;
  gunichar c;

  if (bytes[first] < 0x80)
    {
      *start = first;
      return bytes[first];
    }
  while (first > 0 && position - first < 4 && (bytes[first] & 0xC0) == 0x80)
    first--;
  *start = first;
  c = g_utf8_get_char_validated (scanner->text + first, position - first);
  return c == (gunichar) -1 || c == (gunichar) -2 ? 0 : c;
}

/* TRUE when no letter or digit, in any script, comes right before
 * @position: "Ménday" holds no "day". */
static gboolean
starts_word (const Scanner *scanner,
             gsize          position)
{
  gsize start;

  if (position == 0)
    return TRUE;
  return !g_unichar_isalnum (previous_character (scanner, position, &start));
}

static inline gboolean
is_dash (gunichar c)
{
  return c == '-' || c == 0x2013 || c == 0x2014 || c == 0x2212;
}

/* A number that continues a bigger one ("2,024", "235.3", "10/2024",
 * "2023-24") or is an amount ("$2024", "+2024", "€2024") is no date. */
static gboolean
number_starts_cleanly (const Scanner *scanner,
                       gsize          position)
{
  gunichar previous;
  gsize start;

  if (position == 0)
    return TRUE;
  previous = previous_character (scanner, position, &start);
  if (g_unichar_isalnum (previous))
    return FALSE;
  if (previous == '$' || previous == '+' || previous == '#' || previous == '@' ||
      g_unichar_type (previous) == G_UNICODE_CURRENCY_SYMBOL)
    return FALSE;
  if ((previous == '.' || previous == ',' || previous == ':' || previous == '/' || is_dash (previous)) &&
      start > 0 && is_digit ((guchar) scanner->text[start - 1]))
    return FALSE;
  return TRUE;
}

/* The same at the other end: nothing may follow that makes the number part
 * of something else ("2024m", "1990s", "2024.5", "13:00", "2024/10",
 * "2023-24", "2014–2022", "20%"). */
static gboolean
number_ends_cleanly (const Scanner *scanner,
                     gsize          position)
{
  guchar next = peek (scanner, position);

  if (is_alnum (next) || next == '%')
    return FALSE;
  if ((next == ',' || next == '.' || next == ':' || next == '/' || next == '-') &&
      is_digit (peek (scanner, position + 1)))
    return FALSE;
  if (next == 0xE2 && peek (scanner, position + 1) == 0x80 &&
      (peek (scanner, position + 2) == 0x93 || peek (scanner, position + 2) == 0x94) &&
      is_digit (peek (scanner, position + 3)))
    return FALSE;
  return TRUE;
}

/* Skips "st", "nd", "rd" or "th" after a day number. */
static gsize
skip_ordinal (const Scanner *scanner,
              gsize          position)
{
  guchar first = peek (scanner, position) | 0x20;
  guchar second = peek (scanner, position + 1) | 0x20;

  if (((first == 's' && second == 't') || (first == 'n' && second == 'd') ||
       (first == 'r' && second == 'd') || (first == 't' && second == 'h')) &&
      !is_alnum (peek (scanner, position + 2)))
    return position + 2;
  return position;
}

/* "Oct." and "Thu." may carry a full stop. */
static gsize
skip_abbreviation_dot (const Scanner *scanner,
                       const Token   *token)
{
  if (is_abbreviation (token) && peek (scanner, token->end) == '.')
    return token->end + 1;
  return token->end;
}

/* Reads the word just before @position when only spaces separate them
 * (no punctuation, no line break). */
static gboolean
read_previous_word (const Scanner *scanner,
                    gsize          position,
                    Token         *word)
{
  const guchar *bytes = (const guchar *) scanner->text;
  gsize cursor = position;
  gsize end;
  guint spaces = 0;

  while (cursor > 0 && spaces < MAX_SPACES)
    {
      if (bytes[cursor - 1] == ' ' || bytes[cursor - 1] == '\t')
        cursor--;
      else if (cursor >= 2 && bytes[cursor - 2] == 0xC2 && bytes[cursor - 1] == 0xA0)
        cursor -= 2;
      else
        break;
      spaces++;
    }
  if (cursor == position || cursor == 0 || !is_letter (bytes[cursor - 1]))
    return FALSE;

  end = cursor;
  while (cursor > 0 && is_letter (bytes[cursor - 1]) && end - cursor < MAX_WORD_LETTERS)
    cursor--;
  if (!starts_word (scanner, cursor))
    return FALSE;
  read_token (scanner, cursor, word);
  return word->type == TOKEN_WORD && word->end == end;
}

/* Whether @word ends a name of capitalised words after "the", a weekday
 * being next: "restored the National Assembly Thursday", where the
 * weekday says when; not "Black Friday" (a list of the words that make a
 * name of a weekday is asked too). */
static gboolean
ends_a_definite_name (const Scanner *scanner,
                      const Token   *word)
{
  Token previous = *word;

  for (guint k = 0; k < 4; k++)
    {
      Token before;

      if (!read_previous_word (scanner, previous.start, &before))
        return FALSE;
      if (before.letter_case == CASE_LOWER)
        return token_equals (scanner, &before, "the");
      if (before.letter_case != CASE_TITLE && before.letter_case != CASE_UPPER)
        return FALSE;
      previous = before;
    }
  return FALSE;
}

/* Whether the weekday @token, after the name @name, ends its clause ("landed
 * on Comet 67P/Churyumov-Gerasimenko Wednesday, the agency said", "spoke in
 * Tokyo Monday."): the day it happened, not a name such as "Black Friday"
 * (data/words/weekday-name-words.txt). */
static gboolean
ends_its_clause_after_a_name (const Scanner *scanner,
                              const Token   *token,
                              const Token   *name)
{
  guchar next = peek (scanner, token->end);

  if (dossier_word_list_contains (&dossier_words_weekday_name_words, scanner->text + name->start,
                                  name->end - name->start))
    return FALSE;
  return next == ',' || (next == '.' && !is_alnum (peek (scanner, token->end + 1))) || next == ';';
}

/* Whether @word is a word that commonly opens a sentence ("But",
 * "And", "Since") and opens its own: capitalised for that, not as part of
 * a name ("But Sunday's final …", not "Super Tuesday"). */
static gboolean
opens_a_sentence (const Scanner *scanner,
                  const Token   *word)
{
  gsize at = word->start;

  if (word->letter_case != CASE_TITLE ||
      !dossier_word_list_contains (&dossier_words_sentence_openers, scanner->text + word->start,
                                   word->end - word->start))
    return FALSE;
  while (at > 0 && scanner->text[at - 1] == ' ')
    at--;
  return at == 0 || strchr (".!?\n", scanner->text[at - 1]) != NULL;
}

/* A weekday or "Today" that belongs to a name or a habit rather than
 * pointing at a day: "the Sunday Times", "Black Friday", "USA Today",
 * "every Monday", "a Monday meeting"; with @check_next also "Sunday Times"
 * and "Monday Night Football". */
static gboolean
is_part_of_name (const Scanner *scanner,
                 const Token   *token,
                 gboolean       check_next)
{
  Token word;

  if (read_previous_word (scanner, token->start, &word))
    {
      if (word.keyword != NULL &&
          (word.keyword->kind == KEYWORD_THE ||
           (word.keyword->kind == KEYWORD_COUNT && word.letter_case == CASE_LOWER)))
        return TRUE;
      if (token_equals (scanner, &word, "every") || token_equals (scanner, &word, "each"))
        return TRUE;
      if ((word.letter_case == CASE_TITLE || word.letter_case == CASE_UPPER) && word.keyword == NULL &&
          !dossier_word_list_contains (&dossier_words_time_zones, scanner->text + word.start, word.end - word.start) &&
          !opens_a_sentence (scanner, &word) &&
          !(ends_a_definite_name (scanner, &word) &&
            !dossier_word_list_contains (&dossier_words_weekday_name_words, scanner->text + word.start,
                                         word.end - word.start)) &&
          !(check_next && ends_its_clause_after_a_name (scanner, token, &word)))
        return TRUE;
    }

  if (check_next && read_next_token (scanner, token->end, &word) &&
      word.type == TOKEN_WORD && word.letter_case == CASE_TITLE && !is_keyword (&word, KEYWORD_MONTH))
    return TRUE;

  return FALSE;
}

/* "on Thursday evening", "yesterday morning": the part of the day joins
 * the span. */
static gsize
extend_with_part_of_day (const Scanner *scanner,
                         gsize          end)
{
  Token token;

  if (read_next_token (scanner, end, &token) &&
      is_keyword (&token, KEYWORD_PART_OF_DAY) && token.letter_case != CASE_MIXED)
    return token.end;
  return end;
}

static void
match_init (Match *match,
            gsize  start,
            gsize  end,
            Form   form)
{
  memset (match, 0, sizeof *match);
  match->start = start;
  match->end = end;
  match->form = form;
}

/* "this week", "next month", "last year": @match ends with the @unit, a
 * week, a month or a year (a day is no such unit: "next day" is not read). */
static gboolean
match_relative_unit (Match       *match,
                     const Token *unit)
{
  switch ((Unit) unit->keyword->value)
    {
    case UNIT_WEEK:
      match_init (match, 0, unit->end, FORM_WEEKS);
      match->rule = "week-relative";
      return TRUE;
    case UNIT_MONTH:
      match_init (match, 0, unit->end, FORM_MONTHS);
      match->rule = "month-relative";
      return TRUE;
    case UNIT_YEAR:
      match_init (match, 0, unit->end, FORM_YEARS);
      match->rule = "year-relative";
      return TRUE;
    case UNIT_DAY:
    default:
      return FALSE;
    }
}

/* Absolute dates */

static gboolean
is_time_connector (gunichar c)
{
  return c == ',' || c == '-' || c == '|' || c == '@' || c == 0x2013 || c == 0x2014 ||
         c == 0x00B7 || c == 0x2022;
}

/* Reads "am", "pm", "a.m." or "p.m." at @position.  Returns 0 or 12 to
 * add to the hour, -1 when there is none. */
static int
read_meridiem (const Scanner *scanner,
               gsize          position,
               gsize         *end)
{
  guchar first = peek (scanner, position) | 0x20;
  int add;

  if (first == 'a')
    add = 0;
  else if (first == 'p')
    add = 12;
  else
    return -1;

  if ((peek (scanner, position + 1) | 0x20) == 'm' && !is_alnum (peek (scanner, position + 2)))
    {
      *end = position + 2;
      return add;
    }
  if (peek (scanner, position + 1) == '.' && (peek (scanner, position + 2) | 0x20) == 'm')
    {
      *end = position + 3;
      if (peek (scanner, *end) == '.')
        (*end)++;
      if (is_alnum (peek (scanner, *end)))
        return -1;
      return add;
    }
  return -1;
}

/* Reads over a stated time zone ("Z", "+02:00", "GMT", "UTC+2").  The
 * time is kept as written: no offset is applied or guessed. */
static gsize
skip_time_zone (const Scanner *scanner,
                gsize          position)
{
  gsize cursor = position;
  Token token;
  guchar c = peek (scanner, cursor);

  if (c == 'Z' && !is_alnum (peek (scanner, cursor + 1)))
    return cursor + 1;

  if (read_next_token (scanner, cursor, &token) && token.type == TOKEN_WORD &&
      token.letter_case == CASE_UPPER)
    {
      gsize length = token.end - token.start;

      /* The list holds the zones whose names do not end in "T"; any
       * other three or four capitals that end in it name a zone's time
       * ("09:43 AMT", "10:00 SGT", "18:30 SAST"). */
      if (!dossier_word_list_contains (&dossier_words_time_zones, scanner->text + token.start, length) &&
          !((length == 3 || length == 4) && scanner->text[token.end - 1] == 'T'))
        return position;
      cursor = token.end;
    }

  c = peek (scanner, cursor);
  if ((c == '+' || c == '-') && is_digit (peek (scanner, cursor + 1)))
    {
      gsize digits = cursor + 1;

      while (is_digit (peek (scanner, digits)) && digits - cursor <= 4)
        digits++;
      if (peek (scanner, digits) == ':' && is_digit (peek (scanner, digits + 1)) &&
          is_digit (peek (scanner, digits + 2)))
        digits += 3;
      if (!is_alnum (peek (scanner, digits)))
        cursor = digits;
    }
  return cursor;
}

/* A time after a date: "- 13:00", "at 1:04 PM", ", 09:30", "T13:00:00Z",
 * " 13:00", " 13.00 BST".  A bare hour needs "at" and am/pm ("at 1 PM"). */
static gboolean
match_time (const Scanner *scanner,
            gsize          position,
            gsize         *end,
            int           *hour,
            int           *minute)
{
  Token token;
  gsize cursor = position;
  gboolean after_at = FALSE;
  gboolean has_minutes = FALSE;
  int meridiem;
  gsize meridiem_end = 0;
  gsize zone_end;
  guchar separator;
  int h, m = 0;

  if (peek (scanner, cursor) == 'T' && is_digit (peek (scanner, cursor + 1)))
    cursor++;
  else
    {
      cursor = skip_spaces (scanner, cursor);
      read_token (scanner, cursor, &token);
      if (token.type == TOKEN_SYMBOL && is_time_connector (token.symbol))
        cursor = skip_spaces (scanner, token.end);
      else if (is_keyword (&token, KEYWORD_AT) && token.letter_case != CASE_MIXED)
        {
          cursor = skip_spaces (scanner, token.end);
          after_at = TRUE;
        }
      else if (cursor == position)
        return FALSE;
    }

  read_token (scanner, cursor, &token);
  if (token.type != TOKEN_NUMBER || token.digits > 2)
    return FALSE;
  h = token.value;
  cursor = token.end;

  separator = peek (scanner, cursor);
  if ((separator == ':' || separator == '.') && is_digit (peek (scanner, cursor + 1)) &&
      is_digit (peek (scanner, cursor + 2)))
    {
      m = (peek (scanner, cursor + 1) - '0') * 10 + (peek (scanner, cursor + 2) - '0');
      cursor += 3;
      has_minutes = TRUE;
      /* Seconds, and their fraction, are read over but not kept. */
      if (peek (scanner, cursor) == ':' && is_digit (peek (scanner, cursor + 1)) &&
          is_digit (peek (scanner, cursor + 2)))
        {
          cursor += 3;
          if (peek (scanner, cursor) == '.' && is_digit (peek (scanner, cursor + 1)))
            {
              cursor++;
              while (is_digit (peek (scanner, cursor)) && cursor - token.end < 16)
                cursor++;
            }
        }
    }

  meridiem = read_meridiem (scanner, skip_spaces (scanner, cursor), &meridiem_end);
  if (meridiem >= 0)
    {
      if (h < 1 || h > 12)
        return FALSE;
      h = h % 12 + meridiem;
      cursor = meridiem_end;
    }
  else if (!has_minutes)
    return FALSE;

  if (!has_minutes && !after_at)
    return FALSE;
  if (h > 23 || m > 59)
    return FALSE;

  zone_end = skip_time_zone (scanner, cursor);
  /* "13.00" is a time only with its zone or am/pm ("13.00 BST",
   * "1.04pm"); alone it may as well be a number. */
  if (separator == '.' && meridiem < 0 && zone_end == cursor)
    return FALSE;
  cursor = zone_end;
  if (is_alnum (peek (scanner, cursor)))
    return FALSE;

  *end = cursor;
  *hour = h;
  *minute = m;
  return TRUE;
}

/* A found day, with a time if one follows. */
static void
finish_absolute_day (const Scanner *scanner,
                     gsize          start,
                     gsize          end,
                     int            year,
                     int            month,
                     int            day,
                     Match         *match)
{
  gsize time_end;
  int hour, minute;

  match_init (match, start, end, FORM_ABSOLUTE);
  match->date = dossier_date_from_day (year, month, day);
  match->rule = "absolute-day";
  if (match_time (scanner, end, &time_end, &hour, &minute))
    {
      match->date.hour = hour;
      match->date.minute = minute;
      match->date.precision = DOSSIER_PRECISION_MINUTE;
      match->rule = "absolute-minute";
      match->end = time_end;
    }
}

static void
finish_absolute_month (gsize  start,
                       gsize  end,
                       int    year,
                       int    month,
                       Match *match)
{
  match_init (match, start, end, FORM_ABSOLUTE);
  match->date.year = year;
  match->date.month = month;
  match->date.precision = DOSSIER_PRECISION_MONTH;
  match->rule = "absolute-month";
}

static void
finish_absolute_year (gsize  start,
                      gsize  end,
                      int    year,
                      Match *match)
{
  match_init (match, start, end, FORM_ABSOLUTE);
  match->date.year = year;
  match->date.precision = DOSSIER_PRECISION_YEAR;
  match->rule = "absolute-year";
}

/* A day that some year has: 29 February passes, 31 April does not. */
static gboolean
is_possible_day (int month,
                 int day)
{
  return day >= 1 && month >= 1 && month <= 12 && day <= g_date_get_days_in_month (month, 2024);
}

/* A four-digit year after a day or month: "17 October 2024",
 * "October 17, 2024", "October, 2024". */
static gboolean
read_year_after (const Scanner *scanner,
                 gsize          position,
                 gboolean       comma_allowed,
                 int           *year,
                 gsize         *end)
{
  gsize cursor = skip_spaces (scanner, position);
  Token token;

  if (comma_allowed && peek (scanner, cursor) == ',')
    cursor = skip_spaces (scanner, cursor + 1);
  if (cursor == position)
    return FALSE;

  read_token (scanner, cursor, &token);
  if (token.type != TOKEN_NUMBER || token.digits != 4 ||
      token.value < MIN_YEAR || token.value > MAX_YEAR ||
      !number_ends_cleanly (scanner, token.end))
    return FALSE;
  *year = token.value;
  *end = token.end;
  return TRUE;
}

/* "2024/10/17", "2024-10-17", "17.10.2024", "17/10/2024", "10/17/2024". */
static gboolean
match_numeric_date (const Scanner *scanner,
                    const Token   *first,
                    Match         *match)
{
  Token second, third;
  guchar separator = peek (scanner, first->end);
  int year, month, day;

  if (separator != '/' && separator != '-' && separator != '.')
    return FALSE;
  if (first->digits != 4 && first->digits > 2)
    return FALSE;

  read_token (scanner, first->end + 1, &second);
  if (second.type != TOKEN_NUMBER || second.digits > 2 || peek (scanner, second.end) != separator)
    return FALSE;
  read_token (scanner, second.end + 1, &third);
  if (third.type != TOKEN_NUMBER)
    return FALSE;

  if (first->digits == 4 && third.digits <= 2)
    {
      year = first->value;
      month = second.value;
      day = third.value;
    }
  else if (first->digits <= 2 && third.digits == 4)
    {
      year = third.value;
      /* Dots are European and day first; otherwise a part above 12 tells
       * the order, and two small different parts cannot be told apart. */
      if (separator == '.' || first->value > 12 || first->value == second.value)
        {
          day = first->value;
          month = second.value;
        }
      else if (second.value > 12)
        {
          month = first->value;
          day = second.value;
        }
      else
        return FALSE;
    }
  else
    return FALSE;

  if (year < MIN_YEAR || year > MAX_YEAR || !dossier_date_is_valid_day (year, month, day))
    return FALSE;
  if (!number_ends_cleanly (scanner, third.end) &&
      !(peek (scanner, third.end) == 'T' && is_digit (peek (scanner, third.end + 1))))
    return FALSE;

  finish_absolute_day (scanner, first->start, third.end, year, month, day, match);
  return TRUE;
}

/* "3 October 2024", "3rd October 2024", "17 Oct 2024", "16 October",
 * "3rd of October". */
static gboolean
match_day_first (const Scanner *scanner,
                 const Token   *number,
                 Match         *match)
{
  Token token;
  gsize cursor;
  int day = number->value;
  int month, year;
  gsize year_end;

  if (number->digits > 2 || day < 1 || day > 31)
    return FALSE;
  cursor = skip_ordinal (scanner, number->end);
  if (!number_ends_cleanly (scanner, cursor))
    return FALSE;

  if (!read_next_token (scanner, cursor, &token))
    return FALSE;
  if (is_keyword (&token, KEYWORD_OF) && token.letter_case == CASE_LOWER &&
      !read_next_token (scanner, token.end, &token))
    return FALSE;
  if (!is_name_keyword (&token, KEYWORD_MONTH))
    return FALSE;
  month = token.keyword->value;
  cursor = skip_abbreviation_dot (scanner, &token);

  if (read_year_after (scanner, cursor, TRUE, &year, &year_end))
    {
      if (!dossier_date_is_valid_day (year, month, day))
        return FALSE;
      finish_absolute_day (scanner, number->start, year_end, year, month, day, match);
      return TRUE;
    }

  if (!is_possible_day (month, day))
    return FALSE;
  match_init (match, number->start, token.end, FORM_MONTH_DAY);
  match->month = month;
  match->day = day;
  return TRUE;
}

/* The offset from the reference's year of "last year", "this year" or
 * "next year" at @at (after spaces), in @offset, and where it ends in
 * @end; FALSE where none is. */
static gboolean
year_told_at (const Scanner *scanner,
              gsize          at,
              int           *offset,
              gsize         *end)
{
  static const struct { const char *words; int offset; } years[] = {
    { "last year", -1 }, { "this year", 0 }, { "next year", 1 },
  };

  while (at < scanner->length && scanner->text[at] == ' ')
    at++;
  for (gsize k = 0; k < G_N_ELEMENTS (years); k++)
    {
      gsize len = strlen (years[k].words);

      if (at + len <= scanner->length && strncmp (scanner->text + at, years[k].words, len) == 0 &&
          (at + len == scanner->length || !is_letter ((guchar) scanner->text[at + len])))
        {
          *offset = years[k].offset;
          *end = at + len;
          return TRUE;
        }
    }
  return FALSE;
}

/* "October 17, 2024", "Oct. 17, 2024", "October 17 2024", "October 17",
 * "April 2023", "Oct. 2024", "March of 2024", and with @flags a bare
 * "July". */
static gboolean
match_month_first (const Scanner *scanner,
                   const Token   *month_token,
                   guint          flags,
                   Match         *match)
{
  Token token;
  gsize cursor;
  int month, year, told;
  gsize year_end, told_end;

  if (!is_name_keyword (month_token, KEYWORD_MONTH))
    return FALSE;
  month = month_token->keyword->value;
  cursor = skip_abbreviation_dot (scanner, month_token);

  if (read_next_token (scanner, cursor, &token))
    {
      if (token.type == TOKEN_NUMBER && token.digits <= 2 && token.value >= 1 && token.value <= 31 &&
          number_ends_cleanly (scanner, skip_ordinal (scanner, token.end)))
        {
          int day = token.value;
          gsize day_end = skip_ordinal (scanner, token.end);

          if (read_year_after (scanner, day_end, TRUE, &year, &year_end))
            {
              if (!dossier_date_is_valid_day (year, month, day))
                return FALSE;
              finish_absolute_day (scanner, month_token->start, year_end, year, month, day, match);
              return TRUE;
            }
          if (!is_possible_day (month, day))
            return FALSE;
          match_init (match, month_token->start, day_end, FORM_MONTH_DAY);
          match->month = month;
          match->day = day;
          return TRUE;
        }

      if (token.type == TOKEN_NUMBER && token.digits == 4 &&
          token.value >= MIN_YEAR && token.value <= MAX_YEAR &&
          number_ends_cleanly (scanner, token.end))
        {
          finish_absolute_month (month_token->start, token.end, token.value, month, match);
          return TRUE;
        }

      if (is_keyword (&token, KEYWORD_OF) && token.letter_case == CASE_LOWER &&
          read_year_after (scanner, token.end, FALSE, &year, &year_end))
        {
          finish_absolute_month (month_token->start, year_end, year, month, match);
          return TRUE;
        }
    }

  /* "October, 2024" */
  if (peek (scanner, cursor) == ',' && read_year_after (scanner, cursor, TRUE, &year, &year_end))
    {
      finish_absolute_month (month_token->start, year_end, year, month, match);
      return TRUE;
    }

  /* A month on its own only after a preposition or modifier, written out
   * and capitalised as a name; or with its year told right after it ("in
   * June and July next year", "talks resume March next year"). */
  if (month_token->letter_case == CASE_TITLE && !is_abbreviation (month_token) &&
      ((flags & (month == 5 ? ALLOW_BARE_MAY : ALLOW_BARE_MONTH)) != 0 ||
       year_told_at (scanner, month_token->end, &told, &told_end)))
    {
      match_init (match, month_token->start, month_token->end, FORM_MONTH);
      match->month = month;
      return TRUE;
    }

  return FALSE;
}

/* "(20/04)", "(4/20)" at @open: a day and a month in figures, in
 * brackets, the order told by a part above 12 (two small different
 * parts cannot be told apart), a month and day without year. */
static gboolean
match_bracketed_day_month (const Scanner *scanner,
                           gsize          open,
                           Match         *match)
{
  Token first, second;
  int day, month;

  read_token (scanner, open + 1, &first);
  if (first.type != TOKEN_NUMBER || first.start != open + 1 || first.digits > 2 ||
      peek (scanner, first.end) != '/')
    return FALSE;
  read_token (scanner, first.end + 1, &second);
  if (second.type != TOKEN_NUMBER || second.start != first.end + 1 || second.digits > 2 ||
      peek (scanner, second.end) != ')')
    return FALSE;
  if (first.value > 12 || first.value == second.value)
    {
      day = first.value;
      month = second.value;
    }
  else if (second.value > 12)
    {
      month = first.value;
      day = second.value;
    }
  else
    return FALSE;
  if (month < 1 || month > 12 || day < 1 || !is_possible_day (month, day))
    return FALSE;
  match_init (match, open, second.end + 1, FORM_MONTH_DAY);
  match->month = month;
  match->day = day;
  return TRUE;
}

/* Any date at @position: numeric, day first or month first. */
static gboolean
match_date_at (const Scanner *scanner,
               gsize          position,
               guint          flags,
               Match         *match)
{
  Token token;

  read_token (scanner, position, &token);
  if (token.type == TOKEN_NUMBER)
    return number_starts_cleanly (scanner, token.start) &&
           (match_numeric_date (scanner, &token, match) || match_day_first (scanner, &token, match));
  if (token.type == TOKEN_WORD)
    return match_month_first (scanner, &token, flags, match);
  return FALSE;
}

/* A lowercase plural noun after a number: "2000 troops were sent".  Not
 * a third-person verb with its object ("2024 marks the anniversary"). */
static gboolean
is_plural_noun (const Scanner *scanner,
                const Token   *word)
{
  const char *text = scanner->text + word->start;
  gsize length = word->end - word->start;
  Token next;

  if (word->letter_case != CASE_LOWER || length < 3 || text[length - 1] != 's')
    return FALSE;
  if (text[length - 2] == 's' || text[length - 2] == 'u' || text[length - 2] == 'i')
    return FALSE;
  if (token_in_list (scanner, word, &dossier_words_not_plural_words))
    return FALSE;
  if (read_next_token (scanner, word->end, &next) &&
      token_in_list (scanner, &next, &dossier_words_determiners))
    return FALSE;
  return TRUE;
}

/* A bare year: "2008", "in 2014", "the 2024 election"; not a count. */
static gboolean
match_year (const Scanner *scanner,
            const Token   *number,
            License        license,
            Match         *match)
{
  Token next;

  if (number->digits != 4 || number->value < MIN_BARE_YEAR || number->value > MAX_BARE_YEAR)
    return FALSE;
  if (!number_starts_cleanly (scanner, number->start) || !number_ends_cleanly (scanner, number->end))
    return FALSE;

  if (read_next_token (scanner, number->end, &next) && next.type == TOKEN_WORD)
    {
      if (license != LICENSE_STRONG &&
          token_in_list (scanner, &next, &dossier_words_count_words))
        return FALSE;
      if (license == LICENSE_NONE && is_plural_noun (scanner, &next))
        return FALSE;
    }

  finish_absolute_year (number->start, number->end, number->value, match);
  return TRUE;
}

/* "summer 2024", "the summer of 2024". */
static gboolean
match_season (const Scanner *scanner,
              gsize          start,
              const Token   *season,
              Match         *match)
{
  Token token;
  int year;
  gsize year_end;

  if (season->letter_case == CASE_MIXED || !read_next_token (scanner, season->end, &token))
    return FALSE;
  if (is_keyword (&token, KEYWORD_OF) && token.letter_case == CASE_LOWER)
    {
      if (!read_year_after (scanner, token.end, FALSE, &year, &year_end))
        return FALSE;
    }
  else if (!read_year_after (scanner, season->end, FALSE, &year, &year_end))
    return FALSE;
  if (year < MIN_BARE_YEAR || year > MAX_BARE_YEAR)
    return FALSE;

  finish_absolute_year (start, year_end, year, match);
  match->rule = "season";
  return TRUE;
}

/* Relative expressions */

/* A weekday: "Wednesday", "Thursday evening", or heading a date:
 * "Thursday, October 17, 2024", "Thu, 17 Oct 2024 13:00". */
static gboolean
match_weekday (const Scanner *scanner,
               const Token   *weekday,
               gboolean       after_modifier,
               Match         *match)
{
  gsize cursor, date_start;

  if (!is_name_keyword (weekday, KEYWORD_WEEKDAY))
    return FALSE;

  cursor = skip_abbreviation_dot (scanner, weekday);
  date_start = skip_spaces (scanner, cursor);
  if (peek (scanner, date_start) == ',')
    date_start = skip_spaces (scanner, date_start + 1);
  if (date_start > cursor && match_date_at (scanner, date_start, 0, match) &&
      (match->form == FORM_MONTH_DAY ||
       (match->form == FORM_ABSOLUTE && match->date.precision >= DOSSIER_PRECISION_DAY)))
    {
      match->start = weekday->start;
      /* "Monday, Oct. 21": the weekday tells the year. */
      if (match->form == FORM_MONTH_DAY)
        match->weekday = weekday->keyword->value;
      return TRUE;
    }

  /* "On Thursday (20/04)", as Indonesian and Malaysian papers write it:
   * the day and month in figures, in brackets; the weekday tells the
   * year. */
  if (peek (scanner, date_start) == '(' && match_bracketed_day_month (scanner, date_start, match))
    {
      match->start = weekday->start;
      match->weekday = weekday->keyword->value;
      return TRUE;
    }

  /* Abbreviations are taken only as part of a date: "Sat" and "Sun" are
   * words too. */
  if (is_abbreviation (weekday))
    return FALSE;
  if (!after_modifier && is_part_of_name (scanner, weekday, TRUE))
    return FALSE;

  match_init (match, weekday->start, extend_with_part_of_day (scanner, weekday->end), FORM_WEEKDAY);
  match->weekday = weekday->keyword->value;
  return TRUE;
}

/* Whether @token, capitalised, opens a quotation inside a sentence, a
 * word in small letters before it: a name ("return to 'Today' show"). */
static gboolean
quoted_inside_a_sentence (const Scanner *scanner,
                          const Token   *token)
{
  gsize at = token->start;

  if (at >= 1 && (peek (scanner, at - 1) == '\'' || peek (scanner, at - 1) == '"'))
    at -= 1;
  else if (at >= 3 && peek (scanner, at - 3) == 0xE2 && peek (scanner, at - 2) == 0x80 &&
           (peek (scanner, at - 1) == 0x98 || peek (scanner, at - 1) == 0x9C))
    at -= 3;
  else
    return FALSE;
  if (at < 2 || peek (scanner, at - 1) != ' ')
    return FALSE;
  return g_ascii_islower (peek (scanner, at - 2));
}

/* "today", "yesterday morning", "tomorrow", "tonight". */
static gboolean
match_deictic (const Scanner *scanner,
               const Token   *deictic,
               gboolean       after_modifier,
               Match         *match)
{
  if (deictic->letter_case == CASE_MIXED)
    return FALSE;
  if (!after_modifier && deictic->letter_case == CASE_TITLE && is_part_of_name (scanner, deictic, FALSE))
    return FALSE;
  if (deictic->letter_case == CASE_TITLE && quoted_inside_a_sentence (scanner, deictic))
    return FALSE;

  match_init (match, deictic->start, deictic->end, FORM_DAYS);
  if (deictic->keyword->value != 0 || !token_equals (scanner, deictic, "tonight"))
    match->end = extend_with_part_of_day (scanner, deictic->end);
  match->offset = deictic->keyword->value;
  match->rule = "deictic-day";
  /* "today (20)", "tomorrow morning (21)": the day of the month in
   * brackets, as some papers write it, says which day it is. */
  {
    gsize at = match->end;
    int day = 0, digits = 0;

    if (peek (scanner, at) == ' ' && peek (scanner, at + 1) == '(')
      {
        for (at += 2; digits < 3 && g_ascii_isdigit (peek (scanner, at)); at++, digits++)
          day = day * 10 + (peek (scanner, at) - '0');
        if (digits >= 1 && digits <= 2 && day >= 1 && day <= 31 && peek (scanner, at) == ')')
          {
            match->day = day;
            match->end = at + 1;
          }
      }
  }
  return TRUE;
}

/* Whether the word that ends right before @at (spaces between) is @word,
 * in any case; @before, if given, is set to where that word starts. */
static gboolean
word_before_is (const Scanner *scanner,
                gsize          at,
                const char    *word,
                gsize         *before)
{
  gsize len = strlen (word), end = at, start;

  while (end > 0 && scanner->text[end - 1] == ' ')
    end--;
  start = end;
  while (start > 0 && g_ascii_isalpha (scanner->text[start - 1]))
    start--;
  if (before != NULL)
    *before = start;
  return end - start == len && g_ascii_strncasecmp (scanner->text + start, word, len) == 0;
}

/* Whether the count at @at is an approximation ("more than 800 years
 * ago", "nearly two decades ago", "some 50 years ago"): a span of time
 * told roughly names no year. */
static gboolean
approximate_count (const Scanner *scanner,
                   gsize          at)
{
  static const char * const words[] = { "over", "nearly", "almost", "about", "around", "some", "roughly",
                                        "approximately", "least" };
  gsize before;

  if (word_before_is (scanner, at, "than", &before))
    return word_before_is (scanner, before, "more", NULL) || word_before_is (scanner, before, "less", NULL);
  for (gsize w = 0; w < G_N_ELEMENTS (words); w++)
    if (word_before_is (scanner, at, words[w], NULL))
      return TRUE;
  return FALSE;
}

/* "two days ago", "3 days ago", "a week ago", "six months ago". */
static gboolean
match_ago (const Scanner *scanner,
           const Token   *count,
           Match         *match)
{
  Token unit, ago;
  int n;

  if (count->type == TOKEN_NUMBER)
    {
      if (count->digits > 3 || count->value < 1 ||
          !number_starts_cleanly (scanner, count->start) || !number_ends_cleanly (scanner, count->end))
        return FALSE;
      n = count->value;
    }
  else if (count->letter_case == CASE_LOWER || count->letter_case == CASE_TITLE)
    n = count->keyword->value;
  else
    return FALSE;

  if (!read_next_token (scanner, count->end, &unit) || !is_keyword (&unit, KEYWORD_UNIT) ||
      unit.letter_case != CASE_LOWER)
    return FALSE;
  if (!read_next_token (scanner, unit.end, &ago) || ago.letter_case != CASE_LOWER)
    return FALSE;
  /* "…, a day after the government declared a state of emergency", "on
   * Friday, 17 days after it collapsed": the day of the happening the
   * sentence tells, which its other date gives (the document's dates
   * find it); counted from the happening after the words only where they
   * date it ("two days after Sunday's vote").  Not a count told roughly
   * ("more than two days after"), nor a span ahead ("in two days after
   * completing its mission"). */
  if (ago.type == TOKEN_WORD && is_keyword (&ago, KEYWORD_PREPOSITION) &&
      !approximate_count (scanner, count->start) && !word_before_is (scanner, count->start, "in", NULL) &&
      !word_before_is (scanner, count->start, "within", NULL) &&
      (ago.keyword->value == PREPOSITION_AFTER || ago.keyword->value == PREPOSITION_BEFORE) &&
      (Unit) unit.keyword->value == UNIT_DAY && (count->type == TOKEN_NUMBER || count->letter_case == CASE_LOWER) &&
      n <= 60)
    {
      match_init (match, count->start, ago.end, FORM_SEQUENCE);
      match->offset = ago.keyword->value == PREPOSITION_AFTER ? n : -n;
      match->rule = ago.keyword->value == PREPOSITION_AFTER ? "days-after-a-happening" : "days-before-a-happening";
      return TRUE;
    }
  /* "two days later", "a week earlier": from the date the text gave last. */
  if (is_keyword (&ago, KEYWORD_SHIFT) && ((Unit) unit.keyword->value == UNIT_DAY ||
                                           ((Unit) unit.keyword->value == UNIT_WEEK && n == 1)))
    {
      int days = (Unit) unit.keyword->value == UNIT_WEEK ? 7 : n;
      gboolean later = token_equals (scanner, &ago, "later");

      match_init (match, count->start, ago.end, FORM_SEQUENCE);
      match->offset = later ? days : -days;
      match->rule = later ? "days-after-last-date" : "days-before-last-date";
      return TRUE;
    }
  if (!is_keyword (&ago, KEYWORD_AGO))
    return FALSE;

  switch ((Unit) unit.keyword->value)
    {
    case UNIT_DAY:
      match_init (match, count->start, ago.end, FORM_DAYS);
      match->offset = -n;
      match->rule = "days-ago";
      break;
    case UNIT_WEEK:
      /* "a week ago" is a day; "six weeks ago" is a week, not the day
       * forty-two days before. */
      match_init (match, count->start, ago.end, n == 1 ? FORM_DAYS : FORM_WEEKS);
      match->offset = n == 1 ? -7 : -n;
      match->rule = n == 1 ? "days-ago" : "weeks-ago";
      break;
    case UNIT_MONTH:
      match_init (match, count->start, ago.end, FORM_MONTHS);
      match->offset = -n;
      match->rule = "months-ago";
      break;
    case UNIT_YEAR:
    default:
      /* A count of years told roughly names no year; of days or weeks
       * ("about two weeks ago") it names the time near enough. */
      if (approximate_count (scanner, count->start))
        return FALSE;
      match_init (match, count->start, ago.end, FORM_YEARS);
      match->offset = -n;
      match->rule = "years-ago";
      break;
    }
  return TRUE;
}

/* "last week", "this year", "next Tuesday", "last March", "this
 * weekend", "last night", "this morning", "next summer". */
static gboolean
match_direction (const Scanner *scanner,
                 const Token   *direction_token,
                 Match         *match)
{
  Direction direction = direction_token->keyword->value;
  int sign = direction == DIRECTION_LAST ? -1 : direction == DIRECTION_NEXT ? 1 : 0;
  Token token, previous;

  if (direction_token->letter_case == CASE_MIXED)
    return FALSE;
  /* "the last week", "the next few months" name a stretch of time, not a
   * calendar week. */
  if (read_previous_word (scanner, direction_token->start, &previous) &&
      is_keyword (&previous, KEYWORD_THE))
    return FALSE;
  if (!read_next_token (scanner, direction_token->end, &token) || token.type != TOKEN_WORD ||
      token.keyword == NULL)
    return FALSE;

  switch (token.keyword->kind)
    {
    case KEYWORD_WEEKDAY:
      if (!match_weekday (scanner, &token, TRUE, match))
        return FALSE;
      if (match->form == FORM_WEEKDAY)
        match->direction = direction;
      break;

    case KEYWORD_UNIT:
      if (token.letter_case != CASE_LOWER || (token.keyword->flags & KEYWORD_PLURAL) != 0)
        return FALSE;
      if (!match_relative_unit (match, &token))
        return FALSE;
      match->offset = sign;
      break;

    case KEYWORD_WEEKEND:
      if (token.letter_case != CASE_LOWER)
        return FALSE;
      match_init (match, 0, token.end, FORM_WEEKS);
      match->rule = "weekend-relative";
      match->offset = sign;
      break;

    case KEYWORD_MONTH:
      if (!match_month_first (scanner, &token, ALLOW_BARE_MONTH | ALLOW_BARE_MAY, match))
        return FALSE;
      if (match->form == FORM_MONTH)
        match->direction = direction;
      else if (match->form != FORM_MONTH_DAY)
        return FALSE;
      break;

    case KEYWORD_SEASON:
      if (token.letter_case == CASE_MIXED)
        return FALSE;
      match_init (match, 0, token.end, FORM_SEASON);
      match->season = token.keyword->value;
      match->direction = direction;
      break;

    case KEYWORD_PART_OF_DAY:
      if (token.letter_case != CASE_LOWER)
        return FALSE;
      /* "last night", "last evening"; "this morning", "this afternoon" */
      if (direction == DIRECTION_LAST &&
          (token_equals (scanner, &token, "night") || token_equals (scanner, &token, "evening")))
        {
          match_init (match, 0, token.end, FORM_DAYS);
          match->offset = -1;
        }
      else if (direction == DIRECTION_THIS && !token_equals (scanner, &token, "night"))
        match_init (match, 0, token.end, FORM_DAYS);
      else
        return FALSE;
      match->rule = "deictic-day";
      break;

    default:
      return FALSE;
    }

  match->start = direction_token->start;
  return TRUE;
}

/* [the] end / start / beginning / middle of …: "the end of 2024",
 * "the middle of July", "the end of the year", "end-October". */
static gboolean
match_edge (const Scanner *scanner,
            gsize          start,
            const Token   *edge,
            Match         *match)
{
  Token token;

  if (edge->letter_case == CASE_MIXED)
    return FALSE;

  if (peek (scanner, edge->end) == '-' && token_equals (scanner, edge, "end"))
    read_token (scanner, edge->end + 1, &token);
  else if (!read_next_token (scanner, edge->end, &token) || !is_keyword (&token, KEYWORD_OF) ||
           token.letter_case != CASE_LOWER || !read_next_token (scanner, token.end, &token))
    return FALSE;

  if (token.type == TOKEN_NUMBER)
    {
      if (!match_year (scanner, &token, LICENSE_STRONG, match))
        return FALSE;
      match->rule = "part-of-year";
    }
  else if (is_keyword (&token, KEYWORD_MONTH))
    {
      if (!match_month_first (scanner, &token, ALLOW_BARE_MONTH | ALLOW_BARE_MAY, match))
        return FALSE;
      if (match->form == FORM_ABSOLUTE && match->date.precision == DOSSIER_PRECISION_MONTH)
        match->rule = "part-of-month";
      else if (match->form != FORM_MONTH)
        return FALSE;
    }
  else if (is_keyword (&token, KEYWORD_THE) && token.letter_case == CASE_LOWER)
    {
      Token unit;

      if (!read_next_token (scanner, token.end, &unit) || !is_keyword (&unit, KEYWORD_UNIT) ||
          unit.letter_case != CASE_LOWER || (unit.keyword->flags & KEYWORD_PLURAL) != 0)
        return FALSE;
      if (!match_relative_unit (match, &unit))
        return FALSE;
    }
  else if (is_keyword (&token, KEYWORD_DIRECTION))
    {
      if (!match_direction (scanner, &token, match) ||
          (match->form != FORM_WEEKS && match->form != FORM_MONTHS && match->form != FORM_YEARS))
        return FALSE;
    }
  else
    return FALSE;

  match->start = start;
  match->part = TRUE;
  return TRUE;
}

/* "early 2024", "mid-October 2024", "late 2023", "mid-July", "early
 * Friday", "late on Thursday", "early next year". */
static gboolean
match_part (const Scanner *scanner,
            const Token   *part,
            Match         *match)
{
  Token token;
  gboolean hyphen = peek (scanner, part->end) == '-';

  if (part->letter_case == CASE_MIXED)
    return FALSE;
  if (hyphen)
    read_token (scanner, part->end + 1, &token);
  else if (!read_next_token (scanner, part->end, &token))
    return FALSE;

  if (token.type == TOKEN_NUMBER)
    {
      if (!match_year (scanner, &token, LICENSE_WEAK, match))
        return FALSE;
      match->rule = "part-of-year";
      match->part = TRUE;
    }
  else if (is_keyword (&token, KEYWORD_MONTH))
    {
      if (!match_month_first (scanner, &token, ALLOW_BARE_MONTH | ALLOW_BARE_MAY, match))
        return FALSE;
      if (match->form == FORM_ABSOLUTE && match->date.precision == DOSSIER_PRECISION_MONTH)
        match->rule = "part-of-month";
      else if (match->form != FORM_MONTH)
        return FALSE;
      match->part = TRUE;
    }
  else if (!hyphen && is_keyword (&token, KEYWORD_WEEKDAY))
    {
      if (!match_weekday (scanner, &token, TRUE, match) || match->form != FORM_WEEKDAY)
        return FALSE;
    }
  else if (!hyphen && is_keyword (&token, KEYWORD_PREPOSITION) &&
           token.keyword->value == PREPOSITION_ON)
    {
      if (!match_preposition (scanner, &token, match) || match->form != FORM_WEEKDAY)
        return FALSE;
    }
  else if (!hyphen && is_keyword (&token, KEYWORD_DIRECTION))
    {
      if (!match_direction (scanner, &token, match) ||
          (match->form != FORM_WEEKS && match->form != FORM_MONTHS && match->form != FORM_YEARS))
        return FALSE;
    }
  else
    return FALSE;

  match->start = part->start;
  return TRUE;
}

/* "earlier this month", "later this year", "later on Thursday",
 * "earlier today", "later in July". */
static gboolean
match_shift (const Scanner *scanner,
             const Token   *shift,
             Match         *match)
{
  Token token;

  if (shift->letter_case == CASE_MIXED || !read_next_token (scanner, shift->end, &token) ||
      token.type != TOKEN_WORD || token.letter_case == CASE_MIXED)
    return FALSE;

  /* "later that day", "earlier that evening", "later in the day": the
   * day the text gave last. */
  {
    Token next, unit;
    gboolean that = token.keyword == NULL && token_equals (scanner, &token, "that");
    gboolean in_the = is_keyword (&token, KEYWORD_PREPOSITION) && token.keyword->value == PREPOSITION_IN &&
                      read_next_token (scanner, token.end, &next) && is_keyword (&next, KEYWORD_THE);

    if ((that && read_next_token (scanner, token.end, &unit)) ||
        (in_the && read_next_token (scanner, next.end, &unit)))
      {
        if (unit.letter_case == CASE_LOWER &&
            (token_equals (scanner, &unit, "day") || (that && is_keyword (&unit, KEYWORD_PART_OF_DAY))))
          {
            match_init (match, shift->start, unit.end, FORM_SEQUENCE);
            match->offset = 0;
            match->rule = "same-day-as-last-date";
            return TRUE;
          }
        return FALSE;
      }
  }
  if (token.keyword == NULL)
    return FALSE;

  switch (token.keyword->kind)
    {
    case KEYWORD_DIRECTION:
      if (token.keyword->value != DIRECTION_THIS || !match_direction (scanner, &token, match))
        return FALSE;
      break;
    case KEYWORD_DEICTIC:
      if (token.keyword->value != 0 || !match_deictic (scanner, &token, TRUE, match))
        return FALSE;
      break;
    case KEYWORD_WEEKDAY:
      if (!match_weekday (scanner, &token, TRUE, match) || match->form != FORM_WEEKDAY)
        return FALSE;
      break;
    case KEYWORD_PREPOSITION:
      if ((token.keyword->value != PREPOSITION_ON && token.keyword->value != PREPOSITION_IN) ||
          !match_preposition (scanner, &token, match) ||
          (match->form != FORM_WEEKDAY && match->form != FORM_MONTH))
        return FALSE;
      break;
    default:
      return FALSE;
    }

  match->start = shift->start;
  return TRUE;
}

/* A preposition is part of the span of what depends on it (see the top of
 * this file); these are the ones a reader takes in with the date. */
static gboolean
preposition_joins_span (Preposition preposition)
{
  switch (preposition)
    {
    case PREPOSITION_IN:
    case PREPOSITION_ON:
    case PREPOSITION_SINCE:
    case PREPOSITION_UNTIL:
    case PREPOSITION_BY:
    case PREPOSITION_FROM:
    case PREPOSITION_DURING:
      return TRUE;
    case PREPOSITION_BEFORE:
    case PREPOSITION_AFTER:
    case PREPOSITION_THROUGH:
    default:
      return FALSE;
    }
}

static License
preposition_license (Preposition preposition)
{
  switch (preposition)
    {
    case PREPOSITION_BY:
    case PREPOSITION_FROM:
      return LICENSE_WEAK;
    case PREPOSITION_ON:
      return LICENSE_NONE;
    case PREPOSITION_IN:
    case PREPOSITION_SINCE:
    case PREPOSITION_UNTIL:
    case PREPOSITION_DURING:
    case PREPOSITION_BEFORE:
    case PREPOSITION_AFTER:
    case PREPOSITION_THROUGH:
    default:
      return LICENSE_STRONG;
    }
}

/* Which prepositions let a month stand without day or year.  "May" needs
 * one that rarely comes before the verb or the name. */
static guint
preposition_month_flags (Preposition preposition)
{
  switch (preposition)
    {
    case PREPOSITION_IN:
    case PREPOSITION_SINCE:
    case PREPOSITION_UNTIL:
    case PREPOSITION_BY:
      return ALLOW_BARE_MONTH | ALLOW_BARE_MAY;
    case PREPOSITION_FROM:
    case PREPOSITION_DURING:
    case PREPOSITION_BEFORE:
    case PREPOSITION_AFTER:
    case PREPOSITION_THROUGH:
      return ALLOW_BARE_MONTH;
    case PREPOSITION_ON:
    default:
      return 0;
    }
}

/* Whether the text at @at (after spaces) is @word, capitalised as a name;
 * @end is set past it. */
static gboolean
name_word_at (const Scanner *scanner,
              gsize          at,
              const char    *word,
              gsize         *end)
{
  gsize len = strlen (word);

  while (at < scanner->length && scanner->text[at] == ' ')
    at++;
  if (at + len > scanner->length || scanner->text[at] != g_ascii_toupper (word[0]) ||
      strncmp (scanner->text + at + 1, word + 1, len - 1) != 0 ||
      (at + len < scanner->length && g_ascii_isalpha (scanner->text[at + len])))
    return FALSE;
  *end = at + len;
  return TRUE;
}

/* A feast on a fixed day of the year: "Christmas Day", "Christmas Eve",
 * "Boxing Day", "New Year's Day", "New Year's Eve", "Halloween",
 * "Valentine's Day"; "Christmas"
 * alone only after a preposition (@bare: "on Christmas"), the season being
 * as often meant.  A month and day, read as any is. */
static gboolean
match_holiday (const Scanner *scanner,
               const Token   *token,
               gboolean       bare,
               Match         *match)
{
  gsize end = token->end, after;
  int month = 0, day = 0;

  if (token->letter_case != CASE_TITLE)
    return FALSE;
  if (token_equals (scanner, token, "christmas"))
    {
      if (name_word_at (scanner, token->end, "day", &after))
        month = 12, day = 25, end = after;
      else if (name_word_at (scanner, token->end, "eve", &after))
        month = 12, day = 24, end = after;
      else if (bare)
        month = 12, day = 25;
    }
  else if (token_equals (scanner, token, "halloween"))
    month = 10, day = 31;
  else if (token_equals (scanner, token, "boxing"))
    {
      if (name_word_at (scanner, token->end, "day", &after))
        month = 12, day = 26, end = after;
    }
  else if (token_equals (scanner, token, "valentine"))
    {
      gsize apostrophe = token->end;

      if (scanner->text[apostrophe] == '\'')
        apostrophe++;
      else if (strncmp (scanner->text + apostrophe, "’", strlen ("’")) == 0)
        apostrophe += strlen ("’");
      if (apostrophe > token->end && scanner->text[apostrophe] == 's' &&
          name_word_at (scanner, apostrophe + 1, "day", &after))
        month = 2, day = 14, end = after;
    }
  else if (token_equals (scanner, token, "new") && name_word_at (scanner, token->end, "year", &after))
    {
      gsize apostrophe = after;

      if (scanner->text[apostrophe] == '\'')
        apostrophe++;
      else if (strncmp (scanner->text + apostrophe, "’", strlen ("’")) == 0)
        apostrophe += strlen ("’");
      if (apostrophe > after && scanner->text[apostrophe] == 's')
        {
          if (name_word_at (scanner, apostrophe + 1, "day", &end))
            month = 1, day = 1;
          else if (name_word_at (scanner, apostrophe + 1, "eve", &end))
            month = 12, day = 31;
        }
    }
  if (month == 0)
    return FALSE;
  /* "Valentine's Day 2013", "Christmas Day, 2021": the day in full. */
  {
    int year;
    gsize year_end;

    if (read_year_after (scanner, end, TRUE, &year, &year_end))
      {
        finish_absolute_day (scanner, token->start, year_end, year, month, day, match);
        return TRUE;
      }
  }
  match_init (match, token->start, end, FORM_MONTH_DAY);
  match->month = month;
  match->day = day;
  return TRUE;
}

/* "on Thursday", "in July", "since 2008", "On October 16",
 * "on 16 October", "in April 2023", "by the end of 2024", "in early 2024". */
static gboolean
match_preposition (const Scanner *scanner,
                   const Token   *preposition_token,
                   Match         *match)
{
  Preposition preposition = preposition_token->keyword->value;
  Token token;
  gboolean found = FALSE;

  if (preposition_token->letter_case == CASE_MIXED ||
      !read_next_token (scanner, preposition_token->end, &token))
    return FALSE;

  /* "After nine days, …" opening a sentence: counted from the date the
   * text gave last, as "nine days later" is; not "After 18 days of
   * protests", the length of what it names, from a day it may never
   * give. */
  if (preposition == PREPOSITION_AFTER && preposition_token->letter_case == CASE_TITLE &&
      (token.type == TOKEN_NUMBER || is_keyword (&token, KEYWORD_COUNT)))
    {
      Token unit;
      int n = token.type == TOKEN_NUMBER ? token.value : token.keyword->value;

      if ((token.type != TOKEN_NUMBER || (token.digits <= 2 && number_ends_cleanly (scanner, token.end))) &&
          n >= 1 && n <= 60 && read_next_token (scanner, token.end, &unit) && is_keyword (&unit, KEYWORD_UNIT) &&
          unit.letter_case == CASE_LOWER && (Unit) unit.keyword->value == UNIT_DAY &&
          !(unit.end + 4 <= scanner->length && strncmp (scanner->text + unit.end, " of ", 4) == 0))
        {
          match_init (match, preposition_token->start, unit.end, FORM_SEQUENCE);
          match->offset = n;
          match->rule = "days-after-last-date";
          return TRUE;
        }
    }

  if (token.type == TOKEN_NUMBER)
    {
      found = number_starts_cleanly (scanner, token.start) &&
              (match_numeric_date (scanner, &token, match) ||
               match_day_first (scanner, &token, match) ||
               (preposition != PREPOSITION_ON &&
                match_year (scanner, &token, preposition_license (preposition), match)));
    }
  else if (token.type == TOKEN_WORD && token.keyword != NULL)
    {
      switch (token.keyword->kind)
        {
        case KEYWORD_MONTH:
          found = match_month_first (scanner, &token, preposition_month_flags (preposition), match);
          break;
        case KEYWORD_WEEKDAY:
          found = match_weekday (scanner, &token, TRUE, match);
          break;
        case KEYWORD_PART:
          found = preposition != PREPOSITION_ON && match_part (scanner, &token, match) &&
                  match->form != FORM_WEEKDAY;
          break;
        case KEYWORD_EDGE:
          found = preposition != PREPOSITION_ON && match_edge (scanner, token.start, &token, match);
          break;
        case KEYWORD_THE:
          {
            Token next;

            if (token.letter_case != CASE_LOWER || !read_next_token (scanner, token.end, &next))
              break;
            /* "by the end of 2024", "on the 16th of October" */
            if (is_keyword (&next, KEYWORD_EDGE) && preposition != PREPOSITION_ON)
              found = match_edge (scanner, token.start, &next, match);
            else if (next.type == TOKEN_NUMBER && preposition == PREPOSITION_ON)
              found = number_starts_cleanly (scanner, next.start) &&
                      match_day_first (scanner, &next, match);
          }
          break;
        case KEYWORD_SEASON:
          found = preposition != PREPOSITION_ON &&
                  match_season (scanner, token.start, &token, match);
          break;
        case KEYWORD_HOLIDAY:
          found = match_holiday (scanner, &token, TRUE, match);
          break;
        default:
          break;
        }
    }

  if (!found)
    return FALSE;

  /* A full date or a month with its year stands on its own. */
  if (match->form == FORM_ABSOLUTE && !match->part &&
      match->date.precision >= DOSSIER_PRECISION_MONTH)
    return TRUE;

  if (preposition_joins_span (preposition))
    match->start = preposition_token->start;
  if (preposition == PREPOSITION_SINCE)
    match->lean = LEAN_PAST;
  else if (preposition == PREPOSITION_UNTIL || preposition == PREPOSITION_BY)
    match->lean = LEAN_FUTURE;
  return TRUE;
}

/* "the end of 2024", "the day before yesterday", "the 2024 election",
 * "the 3rd of October 2024", "the summer of 2024". */
static gboolean
match_the (const Scanner *scanner,
           const Token   *the,
           Match         *match)
{
  Token token;

  if (the->letter_case == CASE_MIXED || !read_next_token (scanner, the->end, &token))
    return FALSE;

  if (token.type == TOKEN_NUMBER)
    {
      if (!number_starts_cleanly (scanner, token.start))
        return FALSE;
      return match_day_first (scanner, &token, match) ||
             match_year (scanner, &token, LICENSE_WEAK, match);
    }
  /* "the same day": the day the text gave last. */
  if (token.type == TOKEN_WORD && token.keyword == NULL && token.letter_case == CASE_LOWER &&
      token_equals (scanner, &token, "same"))
    {
      Token unit;

      if (!read_next_token (scanner, token.end, &unit) || unit.letter_case != CASE_LOWER ||
          !token_equals (scanner, &unit, "day"))
        return FALSE;
      match_init (match, the->start, unit.end, FORM_SEQUENCE);
      match->offset = 0;
      match->rule = "same-day-as-last-date";
      return TRUE;
    }
  if (token.type != TOKEN_WORD || token.keyword == NULL)
    return FALSE;

  switch (token.keyword->kind)
    {
    case KEYWORD_EDGE:
      return match_edge (scanner, the->start, &token, match);

    case KEYWORD_SEASON:
      return match_season (scanner, the->start, &token, match);

    case KEYWORD_WEEKEND:
      {
        /* "over the weekend", "at the weekend": the one just past, or the
         * one to come in the future tense (see resolve_in_tense ()). */
        Token previous;

        if (token.letter_case != CASE_LOWER || the->letter_case != CASE_LOWER ||
            !read_previous_word (scanner, the->start, &previous) || previous.letter_case != CASE_LOWER ||
            !(token_equals (scanner, &previous, "over") || token_equals (scanner, &previous, "at") ||
              token_equals (scanner, &previous, "during")))
          return FALSE;
        match_init (match, the->start, token.end, FORM_WEEKS);
        match->rule = "the-weekend";
        match->offset = 0;
        return TRUE;
      }

    case KEYWORD_SEQUENCE:
    case KEYWORD_DIRECTION:
      {
        /* "the following day", "the next day", "the previous day", "the
         * following morning": counted from the date the text gave last,
         * not from the reference. */
        Token unit;
        int step = token.keyword->kind == KEYWORD_SEQUENCE ? token.keyword->value
                   : token.keyword->value == DIRECTION_NEXT ? 1 : 0;

        if (step == 0 || token.letter_case != CASE_LOWER || !read_next_token (scanner, token.end, &unit) ||
            unit.letter_case != CASE_LOWER ||
            !(token_equals (scanner, &unit, "day") || is_keyword (&unit, KEYWORD_PART_OF_DAY)))
          return FALSE;
        match_init (match, the->start, unit.end, FORM_SEQUENCE);
        match->offset = step;
        match->rule = step > 0 ? "days-after-last-date" : "days-before-last-date";
        return TRUE;
      }

    case KEYWORD_UNIT:
      {
        Token relation, deictic;
        int offset;

        if (!token_equals (scanner, &token, "day") ||
            !read_next_token (scanner, token.end, &relation) ||
            !is_keyword (&relation, KEYWORD_PREPOSITION) ||
            !read_next_token (scanner, relation.end, &deictic) ||
            !is_keyword (&deictic, KEYWORD_DEICTIC))
          return FALSE;
        if (relation.keyword->value == PREPOSITION_BEFORE && deictic.keyword->value == -1)
          offset = -2;
        else if (relation.keyword->value == PREPOSITION_AFTER && deictic.keyword->value == 1)
          offset = 2;
        else
          return FALSE;
        match_init (match, the->start, deictic.end, FORM_DAYS);
        match->offset = offset;
        match->rule = "deictic-day";
        return TRUE;
      }

    default:
      return FALSE;
    }
}

static gboolean match_at (const Scanner *scanner,
                          const Token   *token,
                          Match         *match);

/* "on Valentine's Day last year", "on October 16 this year", "in July
 * last year": a month and day, or a month, then the year told from the
 * reference's; @match takes it in. */
static void
take_year_told (const Scanner *scanner,
                Match         *match)
{
  gsize at = skip_spaces (scanner, match->end);
  int offset;
  gsize end;

  if ((match->form != FORM_MONTH_DAY &&
       !(match->form == FORM_MONTH && match->direction == DIRECTION_NONE && !match->part)) ||
      at == match->end)
    return;
  if (year_told_at (scanner, at, &offset, &end))
    {
      match->year_told = TRUE;
      match->offset = offset;
      match->end = end;
      return;
    }
  /* "in June and July next year", "in May or June this year": the first
   * month of two takes the year told after the second. */
  if (match->form == FORM_MONTH)
    {
      static const char * const joins[] = { "and ", "or ", "to ", "through ", "until " };

      for (gsize j = 0; j < G_N_ELEMENTS (joins); j++)
        {
          gsize len = strlen (joins[j]);
          Token next;

          if (at + len >= scanner->length || strncmp (scanner->text + at, joins[j], len) != 0)
            continue;
          read_token (scanner, skip_spaces (scanner, at + len), &next);
          if (next.keyword != NULL && is_name_keyword (&next, KEYWORD_MONTH) && next.letter_case == CASE_TITLE &&
              !is_abbreviation (&next) && year_told_at (scanner, next.end, &offset, &end))
            {
              match->year_told = TRUE;
              match->offset = offset;
            }
          return;
        }
    }
  /* "between July 23 and August 8 next year", "from August 24 to
   * September 5 this year": the first day of a range takes the year told
   * after the second. */
  if (match->form == FORM_MONTH_DAY)
    {
      static const char * const joins[] = { "and ", "to ", "until ", "through " };

      for (gsize j = 0; j < G_N_ELEMENTS (joins); j++)
        {
          gsize len = strlen (joins[j]);
          Token next;
          Match second;

          if (at + len >= scanner->length || strncmp (scanner->text + at, joins[j], len) != 0)
            continue;
          read_token (scanner, skip_spaces (scanner, at + len), &next);
          if ((next.type == TOKEN_NUMBER || next.keyword != NULL) && match_at (scanner, &next, &second) &&
              second.form == FORM_MONTH_DAY)
            {
              take_year_told (scanner, &second);
              if (second.year_told)
                {
                  match->year_told = TRUE;
                  match->offset = second.offset;
                }
            }
          return;
        }
    }
}

/* Tries every pattern that can start with @token. */
static gboolean
match_at (const Scanner *scanner,
          const Token   *token,
          Match         *match)
{
  if (token->type == TOKEN_NUMBER)
    {
      if (token->digits > 4 || !number_starts_cleanly (scanner, token->start))
        return FALSE;
      return match_numeric_date (scanner, token, match) ||
             match_day_first (scanner, token, match) ||
             match_ago (scanner, token, match) ||
             match_year (scanner, token, LICENSE_NONE, match);
    }

  if (!starts_word (scanner, token->start))
    return FALSE;

  switch (token->keyword->kind)
    {
    case KEYWORD_MONTH:
      return match_month_first (scanner, token, 0, match);
    case KEYWORD_WEEKDAY:
      return match_weekday (scanner, token, FALSE, match);
    case KEYWORD_PREPOSITION:
      return match_preposition (scanner, token, match);
    case KEYWORD_PART:
      return match_part (scanner, token, match);
    case KEYWORD_EDGE:
      return match_edge (scanner, token->start, token, match);
    case KEYWORD_SHIFT:
      return match_shift (scanner, token, match);
    case KEYWORD_DIRECTION:
      return match_direction (scanner, token, match);
    case KEYWORD_DEICTIC:
      return match_deictic (scanner, token, FALSE, match);
    case KEYWORD_COUNT:
      return match_ago (scanner, token, match);
    case KEYWORD_SEASON:
      return match_season (scanner, token->start, token, match);
    case KEYWORD_HOLIDAY:
      return match_holiday (scanner, token, FALSE, match);
    case KEYWORD_THE:
      return match_the (scanner, token, match);
    case KEYWORD_OF:
      {
        Token next;

        /* "of 2024": a year, though "of" stays out of the span. */
        return token->letter_case == CASE_LOWER &&
               read_next_token (scanner, token->end, &next) && next.type == TOKEN_NUMBER &&
               match_year (scanner, &next, LICENSE_WEAK, match);
      }
    default:
      return FALSE;
    }
}

/* Tense */

typedef struct
{
  gsize nearest_future;   /* bytes from the expression, G_MAXSIZE if none */
  gsize nearest_past;
  gsize nearest_act_past; /* a past tense that is not a reporting verb */
  gboolean weak_future;
  gboolean any;
} Cues;

/* TRUE when the byte at @position ends a clause (a comma, a quote, a
 * dash…) or, with @sentence_only, a sentence. */
static gboolean
is_clause_boundary (const Scanner *scanner,
                    gsize          position,
                    gboolean       sentence_only)
{
  guchar c = peek (scanner, position);

  switch (c)
    {
    case '!':
    case '?':
    case ';':
    case '\n':
    case '\r':
      return TRUE;
    case '.':
      /* Not the dots of "U.S.-led" or "1.5" */
      return peek (scanner, position + 1) == ' ' || peek (scanner, position + 1) == '\n' ||
             position + 1 >= scanner->length;
    case ',':
    case ':':
    case '(':
    case ')':
    case '"':
      return !sentence_only;
    case 0xE2:
      /* “ ” – — */
      if (sentence_only || peek (scanner, position + 1) != 0x80)
        return FALSE;
      c = peek (scanner, position + 2);
      return c == 0x9C || c == 0x9D || c == 0x93 || c == 0x94;
    default:
      return FALSE;
    }
}

static gsize
find_context_start (const Scanner *scanner,
                    gsize          position,
                    gboolean       sentence_only)
{
  gsize limit = position > MAX_CONTEXT_BYTES ? position - MAX_CONTEXT_BYTES : 0;

  while (position > limit)
    {
      if (is_clause_boundary (scanner, position - 1, sentence_only))
        return position;
      position--;
    }
  return limit;
}

/* Whether a second predicate of the same subject starts at @position:
 * " and will …", " but was …" ("turned himself in on Monday evening and
 * will be presented to a judge"): the tense after it is its own. */
static gboolean
starts_second_predicate (const Scanner *scanner,
                         gsize          position)
{
  static const char * const auxiliaries[] = { "will", "would", "was", "were", "has", "had", "is", "are" };
  const char *text = scanner->text + position;
  gsize left = scanner->length - position;
  gsize skip;

  if (left > 5 && strncmp (text, " and ", 5) == 0)
    skip = 5;
  else if (left > 5 && strncmp (text, " but ", 5) == 0)
    skip = 5;
  else
    return FALSE;
  for (gsize a = 0; a < G_N_ELEMENTS (auxiliaries); a++)
    {
      gsize len = strlen (auxiliaries[a]);

      if (left > skip + len && strncmp (text + skip, auxiliaries[a], len) == 0 && text[skip + len] == ' ')
        return TRUE;
    }
  return FALSE;
}

static gsize
find_context_end (const Scanner *scanner,
                  gsize          position,
                  gboolean       sentence_only)
{
  gsize limit = MIN (scanner->length, position + MAX_CONTEXT_BYTES);

  while (position < limit && !is_clause_boundary (scanner, position, sentence_only) &&
         !(!sentence_only && scanner->text[position] == ' ' && starts_second_predicate (scanner, position)))
    position++;
  return position;
}

static inline gboolean
is_apostrophe_before (const Scanner *scanner,
                      gsize          position)
{
  return (position >= 1 && scanner->text[position - 1] == '\'') ||
         (position >= 3 && (guchar) scanner->text[position - 3] == 0xE2 &&
          (guchar) scanner->text[position - 2] == 0x80 && (guchar) scanner->text[position - 1] == 0x99);
}

static inline gboolean
is_apostrophe_at (const Scanner *scanner,
                  gsize          position,
                  gsize         *after)
{
  if (peek (scanner, position) == '\'')
    {
      *after = position + 1;
      return TRUE;
    }
  if (peek (scanner, position) == 0xE2 && peek (scanner, position + 1) == 0x80 &&
      peek (scanner, position + 2) == 0x99)
    {
      *after = position + 3;
      return TRUE;
    }
  return FALSE;
}

/* "next week", "next Monday", "next few days": "next" is a future cue only
 * before a word of time, not in "the next member". */
static gboolean
is_time_word (const Token *token)
{
  if (token->type != TOKEN_WORD || token->keyword == NULL)
    return FALSE;
  switch (token->keyword->kind)
    {
    case KEYWORD_UNIT:
    case KEYWORD_WEEKEND:
    case KEYWORD_MONTH:
    case KEYWORD_WEEKDAY:
    case KEYWORD_SEASON:
      return TRUE;
    default:
      return FALSE;
    }
}

static void
add_cue (Cues        *cues,
         const Match *match,
         const Token *word,
         gboolean     future,
         gboolean     reporting)
{
  gsize distance = word->end <= match->start ? match->start - word->end : word->start - match->end;

  cues->any = TRUE;
  if (future)
    cues->nearest_future = MIN (cues->nearest_future, distance);
  else
    {
      cues->nearest_past = MIN (cues->nearest_past, distance);
      /* A reporting verb right before the date dates the speaking itself
       * ("announced on June 8"), as firmly as any other verb of the past. */
      if (!reporting || (word->end <= match->start && distance <= 1))
        cues->nearest_act_past = MIN (cues->nearest_act_past, distance);
    }
}

static const DossierNameIndex *
cue_index (void)
{
  static DossierNameIndex *index;

  if (g_once_init_enter (&index))
    {
      DossierNameIndex *made = g_new (DossierNameIndex, 1);

      dossier_name_index_init (made, cue_words, G_N_ELEMENTS (cue_words), sizeof (CueWord));
      g_once_init_leave (&index, made);
    }
  return index;
}

/* The cue flags of the word at [@start, @end), 0 for most words. */
static guint
cue_flags (const Scanner *scanner,
           gsize          start,
           gsize          end)
{
  char lower[MAX_CUE_LENGTH + 1];
  const CueWord *cue;
  gsize i;

  if (end - start > MAX_CUE_LENGTH)
    return 0;
  for (i = 0; i < end - start; i++)
    lower[i] = (char) (scanner->text[start + i] | 0x20);
  lower[i] = '\0';
  cue = dossier_name_index_find (cue_index (), cue_words, sizeof (CueWord), lower, i);
  return cue != NULL ? cue->flags : 0;
}

/* Whether the @len bytes at @word are an adverb that may stand between an
 * auxiliary and its verb: "now", "also", "still", "already", "again",
 * "just", or a word in "-ly" ("currently", "reportedly"). */
static gboolean
is_adverb (const char *word,
           gsize       len)
{
  static const char * const adverbs[] = { "now", "also", "still", "already", "again", "just" };

  if (len >= 4 && word[len - 2] == 'l' && word[len - 1] == 'y')
    return TRUE;
  for (gsize a = 0; a < G_N_ELEMENTS (adverbs); a++)
    if (strlen (adverbs[a]) == len && strncmp (word, adverbs[a], len) == 0)
      return TRUE;
  return FALSE;
}

/* Whether the word of a bound ending at @position ("until", "before") is
 * a preposition whose object is the expression: only words such as "the
 * close of" between ("were given until the close of Wednesday"), as in
 * "until Wednesday", where the expression holds it.  Then it opens no
 * clause of its own ("before he leaves office in January"), and a past
 * tense before it is the bound's. */
static gboolean
bounds_the_expression (const Scanner *scanner,
                       gsize          position,
                       const Match   *match)
{
  const guchar *bytes = (const guchar *) scanner->text;

  while (position < match->start)
    {
      gsize start;

      if (!is_letter (bytes[position]))
        {
          if (bytes[position] != ' ')
            return FALSE;
          position++;
          continue;
        }
      start = position;
      while (position < match->start && is_letter (bytes[position]))
        position++;
      if (!dossier_word_list_contains_any_case (&dossier_words_bound_object_words, scanner->text + start,
                                                position - start))
        return FALSE;
    }
  return TRUE;
}

/* Whether the @len bytes at @word are an article or a possessive ("a",
 * "the", "his"), in any case: what follows names a thing. */
static gboolean
is_article_or_possessive (const char *word,
                          gsize       len)
{
  static const char * const words[] = { "a", "an", "the", "his", "her", "its", "their", "our", "my", "your" };

  for (gsize k = 0; k < G_N_ELEMENTS (words); k++)
    if (len == strlen (words[k]) && g_ascii_strncasecmp (word, words[k], len) == 0)
      return TRUE;
  return FALSE;
}

/* Whether the word at @start follows a hyphen that joins it to a word
 * before, other than a prefix of verbs ("re-", "co-", "de-"): the end of
 * a compound adjective ("two-legged", "long-awaited"). */
static gboolean
ends_a_compound_adjective (const Scanner *scanner,
                           gsize          start)
{
  const char *text = scanner->text;
  gsize first = start - 1;

  if (start < 2 || text[start - 1] != '-' || !is_letter ((guchar) text[start - 2]))
    return FALSE;
  while (first > 0 && is_letter ((guchar) text[first - 1]))
    first--;
  return !((start - 1 - first == 2 &&
            (g_ascii_strncasecmp (text + first, "re", 2) == 0 || g_ascii_strncasecmp (text + first, "co", 2) == 0 ||
             g_ascii_strncasecmp (text + first, "de", 2) == 0)));
}

/* Looks at the words of [@from, @to), but not those of the expression. */
static void
collect_cues (const Scanner *scanner,
              gsize          from,
              gsize          to,
              const Match   *match,
              Cues          *cues)
{
  const guchar *bytes = (const guchar *) scanner->text;
  Scanner window = { scanner->text, to };
  gsize position = from;
  guint previous_flags = 0;
  gboolean previous_the = FALSE, previous_no = FALSE, previous_unit = FALSE;
  /* The words before were a past and its auxiliaries ("had been"): "had
   * been predicted to back him in Monday's election" looked forward from a
   * day now past. */
  gboolean after_a_past = FALSE;
  /* The last word was a determiner ("a", "the", "his"), or an adverb in
   * "-ly" right after one ("a hotly"): an "-ed" word next qualifies a
   * noun ("a hotly awaited press conference"), no verb. */
  gboolean before_a_noun = FALSE;

  while (position < to)
    {
      Token word, next;
      gsize start, after;
      guint flags;
      gboolean future = FALSE, past = FALSE;

      if (!is_letter (bytes[position]))
        {
          position++;
          continue;
        }
      if (position >= match->start && position < match->end)
        {
          position = match->end;
          continue;
        }

      start = position;
      while (position < to && is_letter (bytes[position]))
        position++;
      read_token (&window, start, &word);
      word.end = position;
      flags = cue_flags (scanner, start, position);
      /* "no earlier than Dec. 24": a bound still to come, not the past. */
      if (previous_no && position - start == 7 && g_ascii_strncasecmp (scanner->text + start, "earlier", 7) == 0)
        flags = CUE_WEAK_FUTURE;
      /* "a day before he withdrew his appeal", "two weeks before the
       * vote": a span back from another happening, no time to come. */
      if (previous_unit && (flags & CUE_WEAK_FUTURE) && position - start == 6 &&
          g_ascii_strncasecmp (scanner->text + start, "before", 6) == 0)
        flags = 0;
      /* "will resign last on 7 February": "last" before a preposition is
       * no "last week", and tells no tense. */
      if (position - start == 4 && g_ascii_strncasecmp (scanner->text + start, "last", 4) == 0 &&
          read_next_token (&window, position, &next) &&
          (token_equals (scanner, &next, "on") || token_equals (scanner, &next, "by") ||
           token_equals (scanner, &next, "at")))
        flags = 0;
      /* "a moment of silence on Monday for its deadliest accident since
       * 1991": a "since" after the expression opens a span of its own, back
       * from another time, and tells nothing of the expression's tense. */
      if (start >= match->end && position - start == 5 && g_ascii_strncasecmp (scanner->text + start, "since", 5) == 0)
        flags = 0;

      if (flags & CUE_FUTURE)
        future = TRUE;
      if ((flags & CUE_FUTURE_BEFORE_WEEKDAY) &&
          (match->form == FORM_WEEKDAY || match->form == FORM_MONTH_DAY ||
           (match->form == FORM_MONTH && match->start - position <= WOULD_MONTH_BYTES)) &&
          position <= match->start)
        future = TRUE;
      if ((flags & CUE_CONTRACTION) && is_apostrophe_before (scanner, start))
        future = TRUE;
      if (flags & CUE_WON)
        {
          /* "won't", "won’t" */
          if (is_apostrophe_at (scanner, position, &after) && (peek (&window, after) | 0x20) == 't')
            future = TRUE;
          else
            past = TRUE;
        }
      if ((flags & (CUE_FUTURE_BEFORE_TO | CUE_DUE | CUE_FUTURE_BEFORE_TIME | CUE_FUTURE_BEFORE_THIS |
                    CUE_FUTURE_BEFORE_EFFECT)) &&
          read_next_token (&window, position, &next))
        {
          /* "the rules take effect": a present tense, so scheduled;
           * "did not take effect" has its own past cue nearer. */
          if ((flags & CUE_FUTURE_BEFORE_EFFECT) && token_equals (scanner, &next, "effect"))
            future = TRUE;
          /* "was to start in April": the future of a past, no past — where
           * it leads to the date ("… Sunday, hours after the vessel was to
           * resurface" is a past Sunday). */
          if ((flags & CUE_FUTURE_BEFORE_TO) && token_equals (scanner, &next, "to") &&
              (!(flags & CUE_PAST) || position <= match->start) && !after_a_past)
            {
              future = TRUE;
              flags &= ~CUE_PAST;
            }
          /* "is due to meet", "are due in May"; not "was due to the
           * weather". */
          if ((flags & CUE_DUE) && (previous_flags & CUE_AUXILIARY) &&
              token_in_list (scanner, &next, &dossier_words_words_after_due))
            future = TRUE;
          if ((flags & CUE_FUTURE_BEFORE_TIME) &&
              (is_time_word (&next) || token_equals (scanner, &next, "few")))
            future = TRUE;
          if ((flags & CUE_FUTURE_BEFORE_THIS) && token_equals (scanner, &next, "this"))
            future = TRUE;
        }
      if ((flags & CUE_FUTURE_AFTER_THE) && previous_the)
        future = TRUE;
      if (flags & CUE_PAST)
        past = TRUE;
      /* A verb in "-ed"; not the end of a compound adjective ("a
       * two-legged play-off", "the long-awaited vote"), though a verb
       * after "re-" or "co-" is one ("was re-elected"). */
      if (flags == 0 && position - start >= 4 && word.letter_case == CASE_LOWER &&
          bytes[position - 2] == 'e' && bytes[position - 1] == 'd' && !before_a_noun &&
          !ends_a_compound_adjective (scanner, start))
        past = TRUE;
      /* … but no participle after "be", "is", "will": "will be held",
       * "is expected". */
      if (previous_flags & CUE_AUXILIARY)
        past = FALSE;

      if (flags & CUE_WEAK_FUTURE)
        {
          /* "stressed the need to act before he leaves office in January":
           * a past tense before the subordinate clause belongs to the main
           * clause, not to the date.  A participle opens no clause: "the
           * charge related to his words while campaigning for re-election
           * in September" keeps its past. */
          if (position <= match->start && !bounds_the_expression (scanner, position, match) &&
              !(position - start > 3 && bytes[position - 3] == 'i' && bytes[position - 2] == 'n' &&
                bytes[position - 1] == 'g'))
            cues->nearest_past = cues->nearest_act_past = G_MAXSIZE;
          cues->weak_future = TRUE;
          cues->any = TRUE;
        }
      if (future)
        add_cue (cues, match, &word, TRUE, FALSE);
      else if (past)
        add_cue (cues, match, &word, FALSE,
                 (flags & CUE_REPORTING) != 0 ||
                 dossier_word_list_contains_any_case (&dossier_words_speech_verbs, scanner->text + start,
                                                      position - start));

      /* An adverb between the auxiliary and its participle keeps it: "is
       * now targeted for", "will also be held". */
      if (!((previous_flags & CUE_AUXILIARY) && flags == 0 && word.letter_case == CASE_LOWER &&
            is_adverb (scanner->text + start, position - start)))
        previous_flags = flags;
      before_a_noun = is_article_or_possessive (scanner->text + start, position - start) ||
                      (before_a_noun && word.letter_case == CASE_LOWER && position - start >= 5 &&
                       bytes[position - 2] == 'l' && bytes[position - 1] == 'y');
      previous_the = position - start == 3 && g_ascii_strncasecmp (scanner->text + start, "the", 3) == 0;
      previous_unit = word.type == TOKEN_WORD && word.keyword != NULL && word.keyword->kind == KEYWORD_UNIT;
      after_a_past = ((flags & CUE_PAST) && (flags & CUE_AUXILIARY) == 0) ||
                     (after_a_past && (flags & CUE_AUXILIARY) != 0 && (flags & CUE_FUTURE) == 0);
      previous_no = (position - start == 2 && g_ascii_strncasecmp (scanner->text + start, "no", 2) == 0) ||
                    (position - start == 3 && g_ascii_strncasecmp (scanner->text + start, "not", 3) == 0);
    }
}

/* Whether a bare weekday or month points back or forward from the
 * reference.  News reports mostly look back, so the past is the default;
 * a future cue in the same clause ("will", "'ll", "is to", "scheduled",
 * "next week", "in the coming days", …) turns it, unless a past cue
 * ("said", "was", a verb in "-ed") stands nearer the expression.  Weak
 * cues ("before he leaves office", "until", "by") turn it only when no
 * past cue is there at all, not counting those before a "before" or
 * "until" that opens the expression's own clause.  Without cues in the clause the whole sentence
 * is looked at: "On Monday, ministers will meet". */
static Tense
guess_tense (const Scanner *scanner,
             const Match   *match,
             Firmness      *firm)
{
  Cues cues = { G_MAXSIZE, G_MAXSIZE, G_MAXSIZE, FALSE, FALSE };

  *firm = FIRM_NEAR;
  if (match->lean == LEAN_PAST)
    return TENSE_PAST;
  /* "The next opportunity is September 2", "the vote is on Sunday": a
   * day told by "is" in the present is one set to come. */
  {
    Token previous;
    gboolean read = read_previous_word (scanner, match->start, &previous);

    if (read && token_equals (scanner, &previous, "on"))
      read = read_previous_word (scanner, previous.start, &previous);
    if (read && (token_equals (scanner, &previous, "is") || token_equals (scanner, &previous, "are")))
      return TENSE_FUTURE;
  }

  collect_cues (scanner, find_context_start (scanner, match->start, FALSE),
                find_context_end (scanner, match->end, FALSE), match, &cues);
  if (!cues.any)
    collect_cues (scanner, find_context_start (scanner, match->start, TRUE),
                  find_context_end (scanner, match->end, TRUE), match, &cues);

  if (match->lean == LEAN_FUTURE)
    cues.weak_future = TRUE;
  if (cues.nearest_future < cues.nearest_past)
    return TENSE_FUTURE;
  if (cues.nearest_past == G_MAXSIZE && cues.weak_future)
    return TENSE_FUTURE;
  /* "must comply by Jan. 14, officials said": a reporting verb dates the
   * speaking, not what the expression's own "by" or "until" looks to. */
  if (cues.nearest_act_past == G_MAXSIZE && match->lean == LEAN_FUTURE)
    return TENSE_FUTURE;
  /* The past by default, or only because someone "said" so: a month and
   * day may still be the coming one (see month_day_date ()). */
  *firm = cues.nearest_act_past == G_MAXSIZE ? FIRM_NOT
          : cues.nearest_act_past <= NEAR_VERB_BYTES ? FIRM_NEAR : FIRM_FAR;
  return TENSE_PAST;
}

/* Resolution */

static DossierDate
month_date (int year,
            int month)
{
  DossierDate date = DOSSIER_DATE_INIT;

  date.year = year;
  date.month = month;
  date.precision = DOSSIER_PRECISION_MONTH;
  return date;
}

static DossierDate
year_date (int year)
{
  DossierDate date = DOSSIER_DATE_INIT;

  date.year = year;
  date.precision = DOSSIER_PRECISION_YEAR;
  return date;
}

static DossierDate
week_date (const DossierDate *day,
           int                weeks)
{
  DossierDate monday = dossier_date_add_days (day, 1 - dossier_date_get_weekday (day) + 7 * weeks);

  monday.precision = DOSSIER_PRECISION_WEEK;
  return monday;
}

/* The year of a month and day without year: the latest on or before the
 * reference, or the first on or after it; 29 February moves on to a leap
 * year. */
static DossierDate
month_day_date (const DossierDate *reference,
                int                month,
                int                day,
                Tense              tense)
{
  int year = reference->year;
  int step = tense == TENSE_FUTURE ? 1 : -1;
  int said = month * 100 + day;
  int now = reference->month * 100 + reference->day;
  int tries;

  if (tense == TENSE_FUTURE && said < now)
    year++;
  else if (tense == TENSE_PAST && said > now)
    year--;
  for (tries = 0; tries < 8 && !dossier_date_is_valid_day (year, month, day); tries++)
    year += step;
  if (!dossier_date_is_valid_day (year, month, day))
    return (DossierDate) DOSSIER_DATE_INIT;
  return dossier_date_from_day (year, month, day);
}

/* The days from @reference to the coming @month and @day (@ahead) and
 * from the last one to it (@back); FALSE where either is no day. */
static gboolean
month_day_distances (const DossierDate *reference,
                     int                month,
                     int                day,
                     int               *ahead,
                     int               *back)
{
  DossierDate past = month_day_date (reference, month, day, TENSE_PAST);
  DossierDate future = month_day_date (reference, month, day, TENSE_FUTURE);
  int today = dossier_date_to_day_number (reference);

  if (!dossier_date_is_set (&past) || !dossier_date_is_set (&future))
    return FALSE;
  *ahead = dossier_date_to_day_number (&future) - today;
  *back = today - dossier_date_to_day_number (&past);
  return TRUE;
}

/* Whether a month and day is the coming one: within three months after
 * the reference, while the last such day is more than @past_days before
 * it (half a year where no verb of the past is near).  "Jan. 14" in an article of 6
 * January is next week, not last year; "Brexit on 31 October" in one of
 * 24 September is five weeks away. */
static gboolean
month_day_is_coming (const DossierDate *reference,
                     int                month,
                     int                day,
                     int                past_days)
{
  int ahead, back;

  return month_day_distances (reference, month, day, &ahead, &back) && ahead <= 92 && back > past_days;
}

/* Whether a month and day said in the future is the one just past: the
 * coming one lies more than nine months after the reference, the last
 * one at most a month before it. */
static gboolean
month_day_just_past (const DossierDate *reference,
                     int                month,
                     int                day)
{
  int ahead, back;

  return month_day_distances (reference, month, day, &ahead, &back) && ahead > 274 && back <= 31;
}

/* The year a season starts in, counting months from year 0. */
static int
season_year (const DossierDate *reference,
             int                start_month,
             Direction          direction)
{
  int now = reference->year * 12 + reference->month - 1;
  int year = reference->year;

  /* Winter started the December before January and February. */
  if (start_month == 12 && reference->month < 3)
    year--;

  switch (direction)
    {
    case DIRECTION_LAST:
      while (year * 12 + start_month - 1 + 2 >= now)
        year--;
      break;
    case DIRECTION_NEXT:
      while (year * 12 + start_month - 1 <= now)
        year++;
      break;
    case DIRECTION_THIS:
    case DIRECTION_NONE:
    default:
      break;
    }
  return year;
}

/* A month and day said with their weekday ("Monday, Oct. 21") fall in the
 * year, next to the reference's, where that day is that weekday; the
 * nearest such one is taken.  Sets @date and returns TRUE if there is one. */
/* Whether @match's month and day in @year is a day of its weekday; sets
 * @date to it. */
static gboolean
month_day_in_year_on_weekday (int          year,
                              const Match *match,
                              DossierDate *date)
{
  if (!dossier_date_is_valid_day (year, match->month, match->day))
    return FALSE;
  *date = dossier_date_from_day (year, match->month, match->day);
  return dossier_date_get_weekday (date) == match->weekday;
}

static gboolean
month_day_date_by_weekday (const DossierDate *reference,
                           const Match       *match,
                           DossierDate       *date)
{
  int reference_number = dossier_date_to_day_number (reference);
  int best_distance = G_MAXINT;
  int year;

  for (year = reference->year - 1; year <= reference->year + 1; year++)
    {
      DossierDate candidate;
      int distance;

      if (!month_day_in_year_on_weekday (year, match, &candidate))
        continue;
      distance = ABS (dossier_date_to_day_number (&candidate) - reference_number);
      if (distance < best_distance)
        {
          best_distance = distance;
          *date = candidate;
        }
    }
  return best_distance != G_MAXINT;
}

static const char *
weekday_rule (Direction direction,
              Tense     tense)
{
  switch (direction)
    {
    case DIRECTION_LAST:
      return "weekday-last";
    case DIRECTION_THIS:
      return "weekday-this";
    case DIRECTION_NEXT:
      return "weekday-next";
    case DIRECTION_NONE:
    default:
      return tense == TENSE_FUTURE ? "weekday-future" : "weekday-past";
    }
}

static const char *
month_rule (const Match *match,
            Tense        tense)
{
  switch (match->direction)
    {
    case DIRECTION_LAST:
      return "month-last";
    case DIRECTION_THIS:
      return "month-this";
    case DIRECTION_NEXT:
      return "month-next";
    case DIRECTION_NONE:
    default:
      if (match->part)
        return tense == TENSE_FUTURE ? "part-of-month-future" : "part-of-month-past";
      return tense == TENSE_FUTURE ? "month-future" : "month-past";
    }
}

static DossierDate
resolve_weekday (const DossierDate *reference,
                 const Match       *match,
                 Tense              tense)
{
  int today = dossier_date_get_weekday (reference);
  int back = (today - match->weekday + 7) % 7;
  int ahead = (match->weekday - today + 7) % 7;

  switch (match->direction)
    {
    case DIRECTION_LAST:
      return dossier_date_add_days (reference, back == 0 ? -7 : -back);
    case DIRECTION_NEXT:
      return dossier_date_add_days (reference, ahead == 0 ? 7 : ahead);
    case DIRECTION_THIS:
      return dossier_date_add_days (reference, match->weekday - today);
    case DIRECTION_NONE:
    default:
      /* "trapped since Tuesday", written on a Tuesday: a week before, not
       * the day itself. */
      if (tense != TENSE_FUTURE && back == 0 && match->lean == LEAN_PAST)
        return dossier_date_add_days (reference, -7);
      return dossier_date_add_days (reference, tense == TENSE_FUTURE ? ahead : -back);
    }
}

static DossierDate
resolve_month (const DossierDate *reference,
               const Match       *match,
               Tense              tense)
{
  int year = reference->year;

  switch (match->direction)
    {
    case DIRECTION_LAST:
      if (match->month >= reference->month)
        year--;
      break;
    case DIRECTION_NEXT:
      if (match->month <= reference->month)
        year++;
      break;
    case DIRECTION_THIS:
      break;
    case DIRECTION_NONE:
    default:
      if (tense == TENSE_FUTURE && match->month < reference->month)
        year++;
      else if (tense == TENSE_PAST && match->month > reference->month)
        year--;
      break;
    }
  return month_date (year, match->month);
}

static DossierDate
resolve_months (const DossierDate *reference,
                int                offset)
{
  int index = reference->year * 12 + (reference->month - 1) + offset;

  return month_date (index / 12, index % 12 + 1);
}

/* The tense of @match's sentence, where its date depends on it: only bare
 * weekdays and months, and month-days; it is worked out even without a
 * reference, so that the rule tells what was meant.  It depends on the
 * text alone, not on the reference. */
static Tense
match_tense (const Scanner *scanner,
             const Match   *match,
             Firmness      *firm)
{
  *firm = FIRM_NEAR;
  if (match->form == FORM_ABSOLUTE)
    return TENSE_PAST;
  if ((match->form == FORM_WEEKDAY || match->form == FORM_MONTH) && match->direction == DIRECTION_NONE)
    return guess_tense (scanner, match, firm);
  if (match->form == FORM_MONTH_DAY)
    return guess_tense (scanner, match, firm);
  if (match->form == FORM_WEEKS && g_strcmp0 (match->rule, "the-weekend") == 0)
    return guess_tense (scanner, match, firm);
  return TENSE_PAST;
}

/* @match resolved against @reference, its tense told (match_tense ()). */
static void
resolve_in_tense (const Match           *match,
                  const DossierDate     *reference,
                  Tense                  tense,
                  Firmness               firm,
                  DossierDateExpression *expression)
{
  DossierDate day = DOSSIER_DATE_INIT;
  gboolean resolvable = reference != NULL && reference->precision >= DOSSIER_PRECISION_DAY &&
                        dossier_date_is_valid_day (reference->year, reference->month, reference->day);

  expression->start = match->start;
  expression->end = match->end;
  expression->relative = match->form != FORM_ABSOLUTE;
  expression->rule = match->rule;
  expression->value = (DossierDate) DOSSIER_DATE_INIT;
  expression->sequence_days = 0;
  expression->sequence = FALSE;

  /* Counted from the date the text gave last: the document's dates do. */
  if (match->form == FORM_SEQUENCE)
    {
      expression->sequence_days = match->offset;
      expression->sequence = TRUE;
      return;
    }

  if (match->form == FORM_ABSOLUTE)
    {
      expression->value = match->date;
      return;
    }

  switch (match->form)
    {
    case FORM_WEEKDAY:
      expression->rule = weekday_rule (match->direction, tense);
      break;
    case FORM_MONTH:
      expression->rule = match->year_told ? "month-of-year-told" : month_rule (match, tense);
      break;
    case FORM_MONTH_DAY:
      expression->rule = match->year_told ? "month-day-of-year-told"
                         : tense == TENSE_FUTURE ? "month-day-future" : "month-day-past";
      break;
    case FORM_SEASON:
      expression->rule = "season-relative";
      break;
    case FORM_ABSOLUTE:
    case FORM_DAYS:
    case FORM_WEEKS:
    case FORM_MONTHS:
    case FORM_YEARS:
    default:
      break;
    }

  /* Known to the month or the year only (a page's address, a year the
   * dossier's dates are of): a month and day is read in it — the last
   * such day on or before the month's end, or the next after it — and
   * nothing that needs the day. */
  if (!resolvable && reference != NULL && match->form == FORM_MONTH_DAY &&
      (reference->precision == DOSSIER_PRECISION_MONTH || reference->precision == DOSSIER_PRECISION_YEAR) &&
      reference->year >= MIN_YEAR && reference->year <= MAX_YEAR)
    {
      if (reference->precision == DOSSIER_PRECISION_YEAR)
        {
          if (dossier_date_is_valid_day (reference->year, match->month, match->day))
            expression->value = dossier_date_from_day (reference->year, match->month, match->day);
          /* "Friday, November 11": the weekday says which year, of those
           * nearest the one read. */
          if (match->weekday != 0)
            for (int offset = 0; offset <= 6; offset++)
              {
                DossierDate candidate;

                if (month_day_in_year_on_weekday (reference->year - offset, match, &candidate) ||
                    (offset > 0 && month_day_in_year_on_weekday (reference->year + offset, match, &candidate)))
                  {
                    expression->value = candidate;
                    break;
                  }
              }
          /* "will be played on December 9": a day to come, after the
           * day it was written (see _dossier_publication_dates_from_own_days ()). */
          expression->rule = tense == TENSE_FUTURE ? "month-day-in-year-coming" : "month-day-in-year";
        }
      else if (reference->month >= 1 && reference->month <= 12)
        {
          int first, last;
          DossierDate month_end;

          dossier_date_get_span (reference, &first, &last);
          month_end = dossier_date_from_day_number (last);

          expression->value = month_day_date (&month_end, match->month, match->day, tense);
        }
      return;
    }
  /* Known to the year only: a month named without "last" or "next" ("in
   * March", "this March") is that year's, as its days are. */
  if (!resolvable && reference != NULL && match->form == FORM_MONTH &&
      (match->direction == DIRECTION_NONE || match->direction == DIRECTION_THIS) &&
      reference->precision == DOSSIER_PRECISION_YEAR &&
      reference->year >= MIN_YEAR && reference->year <= MAX_YEAR)
    {
      expression->value = month_date (reference->year, match->month);
      expression->rule = tense == TENSE_FUTURE ? "month-in-year-coming" : "month-in-year";
      return;
    }
  if (!resolvable)
    return;
  /* Reckon from the day alone: a time of day in the reference must not
   * carry over to "yesterday". */
  day = dossier_date_from_day (reference->year, reference->month, reference->day);

  switch (match->form)
    {
    case FORM_WEEKDAY:
      expression->value = resolve_weekday (&day, match, tense);
      break;
    case FORM_MONTH:
      if (match->year_told)
        {
          expression->value = (DossierDate) DOSSIER_DATE_INIT;
          expression->value.year = day.year + match->offset;
          expression->value.month = match->month;
          expression->value.precision = DOSSIER_PRECISION_MONTH;
        }
      else
        expression->value = resolve_month (&day, match, tense);
      break;
    case FORM_MONTH_DAY:
      if (match->year_told)
        expression->value = dossier_date_from_day (day.year + match->offset, match->month, match->day);
      else if (match->weekday != 0 && month_day_date_by_weekday (&day, match, &expression->value))
        {
          int comparison = dossier_date_compare (&expression->value, &day);

          if (comparison != 0)
            expression->rule = comparison > 0 ? "month-day-future" : "month-day-past";
        }
      else
        {
          expression->value = month_day_date (&day, match->month, match->day, tense);
          /* "suspended parliament until October 14": a bound ("until",
           * "by") lies after the act, whatever its tense. */
          if (tense == TENSE_PAST && (firm == FIRM_NOT || match->lean == LEAN_FUTURE) &&
              month_day_is_coming (&day, match->month, match->day, 183))
            {
              /* "The rules take effect Nov. 13" or "by Jan. 14" in an
               * article of 6 January, no verb of the past near: the coming
               * one, not the one almost a year before. */
              expression->value = month_day_date (&day, match->month, match->day, TENSE_FUTURE);
              expression->rule = "month-day-coming";
            }
          /* Even after a verb of the past some words away: news gives
           * the year of a day of an earlier year, and the last 31 October,
           * eleven months before an article of 24 September, would have
           * had one ("prorogued Parliament for five weeks in the run-up
           * to Brexit on 31 October"); the verb's own date ("ended on
           * Jan. 14") stays in the past. */
          else if (tense == TENSE_PAST && firm == FIRM_FAR &&
                   month_day_is_coming (&day, match->month, match->day, 273))
            {
              expression->value = month_day_date (&day, match->month, match->day, TENSE_FUTURE);
              expression->rule = "month-day-coming";
            }
          /* The other way: a day some weeks past, told in the future of
           * what was said then ("January 4 – he announces he will travel";
           * "the panel upheld the January 14 order", after "before a
           * panel"), not the same day almost a year ahead: news gives the
           * year of a day so far off. */
          else if (tense == TENSE_FUTURE && month_day_just_past (&day, match->month, match->day))
            {
              expression->value = month_day_date (&day, match->month, match->day, TENSE_PAST);
              expression->rule = "month-day-just-past";
            }
        }
      break;
    case FORM_SEASON:
      expression->value = year_date (season_year (&day, match->season, match->direction));
      break;
    case FORM_DAYS:
      expression->value = dossier_date_add_days (&day, match->offset);
      /* "today (20)" read from the 13th is the 20th: the day of the month
       * nearest to it that the brackets name. */
      if (match->day > 0 && expression->value.day != match->day)
        for (int shift = 1; shift <= 15; shift++)
          {
            DossierDate later = dossier_date_add_days (&expression->value, shift);
            DossierDate earlier = dossier_date_add_days (&expression->value, -shift);

            if (later.day == match->day || earlier.day == match->day)
              {
                expression->value = later.day == match->day ? later : earlier;
                break;
              }
          }
      break;
    case FORM_WEEKS:
      /* "over the weekend": the ISO week of the Saturday just past (this
       * one, written on a Saturday or a Sunday), or in the future tense of
       * the next Saturday (this one, written on a weekday). */
      if (g_strcmp0 (match->rule, "the-weekend") == 0)
        {
          int weekday = dossier_date_get_weekday (&day);

          if (tense == TENSE_FUTURE)
            {
              expression->value = week_date (&day, weekday == 7 ? 1 : 0);
              expression->rule = "weekend-coming";
            }
          else
            {
              expression->value = week_date (&day, weekday >= 6 ? 0 : -1);
              expression->rule = "weekend-past";
            }
          break;
        }
      /* Written on a Saturday or a Sunday, "last week" is the working
       * week just ended, the reference's own ISO week. */
      if (match->offset == -1 && g_strcmp0 (match->rule, "week-relative") == 0 &&
          dossier_date_get_weekday (&day) >= 6)
        expression->value = week_date (&day, 0);
      else
        expression->value = week_date (&day, match->offset);
      break;
    case FORM_MONTHS:
      expression->value = resolve_months (&day, match->offset);
      break;
    case FORM_YEARS:
      expression->value = year_date (day.year + match->offset);
      break;
    case FORM_ABSOLUTE:
    default:
      break;
    }
}

/* Years in words: "in nineteen ninety-eight", "since two thousand and
 * five", "by twenty twenty-three". */

static int
number_word (const char *word,
             gsize       len)
{
  static const char * const words[] = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
  };
  static const char * const tens[] = { "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety" };

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (strlen (words[i]) == len && g_ascii_strncasecmp (word, words[i], len) == 0)
      return i;
  for (guint i = 0; i < G_N_ELEMENTS (tens); i++)
    if (strlen (tens[i]) == len && g_ascii_strncasecmp (word, tens[i], len) == 0)
      return 20 + 10 * i;
  return -1;
}

/* The word at @position (letters only): its end, or @position. */
static gsize
word_end (const Scanner *scanner,
          gsize          position)
{
  while (position < scanner->length && g_ascii_isalpha (scanner->text[position]))
    position++;
  return position;
}

/* A number from 1 to 99 in words at @position ("five", "ninety-eight",
 * "ninety eight"): its value and end, or -1. */
static int
read_below_hundred (const Scanner *scanner,
                    gsize          position,
                    gsize         *end)
{
  gsize first_end = word_end (scanner, position);
  int value = number_word (scanner->text + position, first_end - position);

  if (value <= 0)
    return -1;
  *end = first_end;
  if (value >= 20 && value % 10 == 0 && first_end + 1 < scanner->length &&
      (scanner->text[first_end] == '-' || scanner->text[first_end] == ' '))
    {
      gsize second_end = word_end (scanner, first_end + 1);
      int units = number_word (scanner->text + first_end + 1, second_end - first_end - 1);

      if (units >= 1 && units <= 9)
        {
          value += units;
          *end = second_end;
        }
    }
  return value;
}

static gboolean
word_is (const Scanner *scanner,
         gsize          start,
         gsize          end,
         const char    *word)
{
  return strlen (word) == end - start && g_ascii_strncasecmp (scanner->text + start, word, end - start) == 0;
}

/* A year in words at @position: "nineteen ninety-eight", "nineteen
 * hundred", "nineteen oh five", "two thousand and five", "twenty
 * twenty-three".  Its year and end, or -1. */
static int
read_year_in_words (const Scanner *scanner,
                    gsize          position,
                    gsize         *end)
{
  gsize first_end = word_end (scanner, position);
  int century = number_word (scanner->text + position, first_end - position);
  gsize next, next_end;
  int rest;

  if (first_end + 1 >= scanner->length || scanner->text[first_end] != ' ')
    return -1;
  next = first_end + 1;
  next_end = word_end (scanner, next);
  if (century == 2 && word_is (scanner, next, next_end, "thousand"))
    {
      gsize after = next_end;

      *end = next_end;
      if (after + 1 < scanner->length && scanner->text[after] == ' ')
        {
          gsize word = after + 1;
          gsize word_finish = word_end (scanner, word);

          if (word_is (scanner, word, word_finish, "and") && word_finish + 1 < scanner->length)
            word = word_finish + 1;
          rest = read_below_hundred (scanner, word, &word_finish);
          if (rest > 0)
            {
              *end = word_finish;
              return 2000 + rest;
            }
        }
      return 2000;
    }
  if (century < 11 || century > 20)
    return -1;
  if (word_is (scanner, next, next_end, "hundred"))
    {
      *end = next_end;
      return century * 100;
    }
  if (word_is (scanner, next, next_end, "oh") && next_end + 1 < scanner->length && scanner->text[next_end] == ' ')
    {
      gsize units_end = word_end (scanner, next_end + 1);
      int units = number_word (scanner->text + next_end + 1, units_end - next_end - 1);

      if (units < 1 || units > 9)
        return -1;
      *end = units_end;
      return century * 100 + units;
    }
  rest = read_below_hundred (scanner, next, end);
  /* "nineteen ninety-eight"; not "twenty five" (a count). */
  if (rest < 10)
    return -1;
  return century * 100 + rest;
}

static int
compare_expressions (gconstpointer a,
                     gconstpointer b)
{
  const DossierDateExpression *ea = a, *eb = b;

  return ea->start < eb->start ? -1 : ea->start > eb->start;
}

/* Appends the years in words after "in", "since", "until", "by", "from",
 * "of" or "year" that no expression covers, keeping @expressions in order
 * of the text. */
static void
add_years_in_words (const Scanner *scanner,
                    GArray        *expressions)
{
  static const char * const openers[] = { "in", "since", "until", "till", "by", "from", "of", "year" };
  gsize position = 0;
  gsize previous_start = 0, previous_end = 0;
  guint added = 0;

  while (position < scanner->length)
    {
      gsize start, end;
      int year;
      gboolean opened = FALSE;

      if (!g_ascii_isalpha (scanner->text[position]))
        {
          position++;
          continue;
        }
      start = position;
      end = word_end (scanner, position);
      for (guint o = 0; o < G_N_ELEMENTS (openers) && !opened; o++)
        opened = previous_end > previous_start && previous_end + 1 == start &&
                 word_is (scanner, previous_start, previous_end, openers[o]);
      previous_start = start;
      previous_end = end;
      position = end;
      if (!opened || (year = read_year_in_words (scanner, start, &end)) < 0)
        continue;
      {
        gboolean covered = FALSE;
        DossierDateExpression expression = { 0 };

        for (guint k = 0; k < expressions->len && !covered; k++)
          {
            DossierDateExpression *other = &g_array_index (expressions, DossierDateExpression, k);
            covered = other->start < end && start < other->end;
          }
        if (covered)
          continue;
        expression.start = start;
        expression.end = end;
        expression.value.year = year;
        expression.value.precision = DOSSIER_PRECISION_YEAR;
        expression.rule = "year-in-words";
        expression.relative = FALSE;
        g_array_append_val (expressions, expression);
        added++;
        position = end;
        previous_start = previous_end = 0;
      }
    }
  if (added > 0)
    g_array_sort (expressions, compare_expressions);
}

static void
resolve (const Scanner         *scanner,
         const Match           *match,
         const DossierDate     *reference,
         DossierDateExpression *expression)
{
  Firmness firm;
  Tense tense = match_tense (scanner, match, &firm);

  resolve_in_tense (match, reference, tense, firm, expression);
}

/* Finds the matches of @scanner's text, in order: what they are does not
 * depend on the reference.  Each is appended to @matches, or, when
 * @expressions is given, resolved against @reference and appended there. */
static inline void
find_matches (const Scanner     *scanner,
              GArray            *matches,
              const DossierDate *reference,
              GArray            *expressions,
              gboolean          *year_words)
{
  const guchar *bytes = (const guchar *) scanner->text;
  gsize position = 0;

  *year_words = FALSE;
  while (position < scanner->length)
    {
      Token token;
      Match match;

      if (!is_alnum (bytes[position]))
        {
          position++;
          continue;
        }

      /* Most words are no keyword: the filter tells most of them, and
       * the rest are looked up before any token is read. */
      if (is_letter (bytes[position]))
        {
          gsize start = position;

          while (position < scanner->length && is_letter (bytes[position]))
            position++;
          /* "twenty", "thousand", "eighteen", "nineteen": a year in words
           * may follow (add_years_in_words ()). */
          if (!*year_words && position - start >= 6 && position - start <= 8 &&
              ((bytes[start] | 0x20) == 't' || (bytes[start] | 0x20) == 'e' || (bytes[start] | 0x20) == 'n'))
            *year_words = number_word (scanner->text + start, position - start) >= 18 ||
                          (position - start == 8 && g_ascii_strncasecmp (scanner->text + start, "thousand", 8) == 0);
          if (position - start > MAX_KEYWORD_LENGTH || is_digit (peek (scanner, position)) ||
              !may_be_keyword (scanner->text + start, position - start))
            continue;
          position = start;
        }

      read_token (scanner, position, &token);
      if ((token.type == TOKEN_NUMBER || token.keyword != NULL) &&
          match_at (scanner, &token, &match) && match.start >= position && match.end > position)
        {
          take_year_told (scanner, &match);
          if (expressions != NULL)
            {
              DossierDateExpression expression;

              resolve (scanner, &match, reference, &expression);
              g_array_append_val (expressions, expression);
            }
          else
            g_array_append_val (matches, match);
          position = match.end;
          continue;
        }

      /* No date starts inside a word or number. */
      position = token.end;
      while (position < scanner->length && is_alnum (bytes[position]))
        position++;
    }
}

GArray *
dossier_date_expressions_find (const char        *text,
                               gssize             len,
                               const DossierDate *reference)
{
  GArray *expressions = g_array_new (FALSE, FALSE, sizeof (DossierDateExpression));
  Scanner scanner;
  gboolean year_words;

  g_return_val_if_fail (text != NULL || len == 0, expressions);

  if (text == NULL)
    return expressions;
  scanner.text = text;
  scanner.length = len < 0 ? strlen (text) : (gsize) len;

  find_matches (&scanner, NULL, reference, expressions, &year_words);

  if (year_words)
    add_years_in_words (&scanner, expressions);

  return expressions;
}

typedef struct
{
  Tense tense;
  Firmness firm;
} MatchTense;

struct _DossierDateReading
{
  Scanner scanner;
  GArray *matches;        /* of Match, in text order */
  GArray *tenses;         /* of MatchTense, per match */
  GArray *years;          /* of DossierDateExpression: years in words */
};

DossierDateReading *
dossier_date_reading_new (const char *text,
                          gssize      len)
{
  DossierDateReading *reading;
  gboolean year_words;

  g_return_val_if_fail (text != NULL || len == 0, NULL);

  reading = g_new0 (DossierDateReading, 1);
  reading->scanner.text = text != NULL ? text : "";
  reading->scanner.length = text == NULL ? 0 : len < 0 ? strlen (text) : (gsize) len;
  reading->matches = g_array_new (FALSE, FALSE, sizeof (Match));
  reading->years = g_array_new (FALSE, FALSE, sizeof (DossierDateExpression));
  find_matches (&reading->scanner, reading->matches, NULL, NULL, &year_words);
  reading->tenses = g_array_sized_new (FALSE, FALSE, sizeof (MatchTense), reading->matches->len);
  g_array_set_size (reading->tenses, reading->matches->len);
  for (guint m = 0; m < reading->matches->len; m++)
    {
      MatchTense *told = &g_array_index (reading->tenses, MatchTense, m);
      told->tense = match_tense (&reading->scanner, &g_array_index (reading->matches, Match, m), &told->firm);
    }
  if (year_words)
    {
      /* Which years in words no match covers: the matches' spans are the
       * same whatever the reference. */
      g_autoptr(GArray) expressions = g_array_new (FALSE, FALSE, sizeof (DossierDateExpression));

      g_array_set_size (expressions, reading->matches->len);
      for (guint m = 0; m < reading->matches->len; m++)
        resolve (&reading->scanner, &g_array_index (reading->matches, Match, m), NULL,
                 &g_array_index (expressions, DossierDateExpression, m));
      add_years_in_words (&reading->scanner, expressions);
      for (guint e = 0; e < expressions->len; e++)
        {
          DossierDateExpression *expression = &g_array_index (expressions, DossierDateExpression, e);
          if (g_strcmp0 (expression->rule, "year-in-words") == 0 && !expression->relative)
            g_array_append_val (reading->years, *expression);
        }
    }
  return reading;
}

gboolean
dossier_date_reading_resolve_at (DossierDateReading    *reading,
                                 gsize                  start,
                                 const DossierDate     *reference,
                                 DossierDateExpression *expression)
{
  guint low = 0, high;

  g_return_val_if_fail (reading != NULL, FALSE);
  g_return_val_if_fail (expression != NULL, FALSE);

  high = reading->matches->len;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (reading->matches, Match, middle).start < start)
        low = middle + 1;
      else
        high = middle;
    }
  if (low < reading->matches->len && g_array_index (reading->matches, Match, low).start == start)
    {
      const MatchTense *told = &g_array_index (reading->tenses, MatchTense, low);

      resolve_in_tense (&g_array_index (reading->matches, Match, low), reference, told->tense, told->firm,
                        expression);
      return TRUE;
    }
  for (guint y = 0; y < reading->years->len; y++)
    if (g_array_index (reading->years, DossierDateExpression, y).start == start)
      {
        *expression = g_array_index (reading->years, DossierDateExpression, y);
        return TRUE;
      }
  return FALSE;
}

void
dossier_date_reading_free (DossierDateReading *reading)
{
  if (reading == NULL)
    return;
  g_array_unref (reading->matches);
  g_array_unref (reading->tenses);
  g_array_unref (reading->years);
  g_free (reading);
}

static gboolean
is_trimmed_space (const char *text,
                  gsize       position,
                  gsize       length,
                  gboolean    backwards)
{
  guchar c;

  if (backwards)
    {
      if (position == 0)
        return FALSE;
      c = text[position - 1];
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
        return TRUE;
      return position >= 2 && (guchar) text[position - 2] == 0xC2 && c == 0xA0;
    }
  if (position >= length)
    return FALSE;
  c = text[position];
  if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
    return TRUE;
  return c == 0xC2 && position + 1 < length && (guchar) text[position + 1] == 0xA0;
}

/* A stamp alone on its line with a comma after its day ("10, Jun. 2019"):
 * read as the day, month and year it gives without the comma.  Only a whole
 * line is read so; in a sentence "10, June 2019" is a list. */
static gboolean
parse_stamp_with_comma (const char  *text,
                        gsize        start,
                        gsize        end,
                        DossierDate *date)
{
  gsize digits = 0;
  g_autofree char *without = NULL;

  while (digits < 2 && start + digits < end && g_ascii_isdigit (text[start + digits]))
    digits++;
  if (digits == 0 || start + digits + 2 >= end || text[start + digits] != ',' ||
      text[start + digits + 1] != ' ' || !g_ascii_isupper (text[start + digits + 2]))
    return FALSE;
  without = g_strdup_printf ("%.*s%.*s", (int) digits, text + start,
                             (int) (end - start - digits - 1), text + start + digits + 1);
  return dossier_date_parse_dateline (without, -1, date);
}

gboolean
dossier_date_parse_dateline (const char  *text,
                             gssize       len,
                             DossierDate *date)
{
  Scanner scanner;
  Token token;
  Match match;
  gsize start = 0;
  gsize end;
  gboolean found;

  g_return_val_if_fail (date != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  end = len < 0 ? strlen (text) : (gsize) len;

  while (is_trimmed_space (text, start, end, FALSE))
    start += (guchar) text[start] == 0xC2 ? 2 : 1;
  while (end > start && is_trimmed_space (text, end, end, TRUE))
    end -= (guchar) text[end - 1] == 0xA0 ? 2 : 1;
  if (start >= end)
    return FALSE;

  /* The scanner ends where the date must end: nothing past it is read. */
  scanner.text = text;
  scanner.length = end;
  read_token (&scanner, start, &token);
  if (token.type == TOKEN_NUMBER)
    found = match_numeric_date (&scanner, &token, &match) ||
            match_day_first (&scanner, &token, &match);
  else if (is_keyword (&token, KEYWORD_MONTH))
    found = match_month_first (&scanner, &token, 0, &match);
  else if (is_keyword (&token, KEYWORD_WEEKDAY))
    found = match_weekday (&scanner, &token, TRUE, &match);
  else
    found = FALSE;

  if (!found || match.form != FORM_ABSOLUTE || match.date.precision < DOSSIER_PRECISION_DAY ||
      match.start != start || match.end != end)
    return parse_stamp_with_comma (text, start, end, date);

  *date = match.date;
  return TRUE;
}
