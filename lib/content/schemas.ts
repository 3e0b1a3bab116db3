import { z } from 'zod';
import { isKnownCountry } from '../countries';
import { isIsoDay, parseInstant } from '../dates';
import { SLUG_PATTERN } from '../slug';
import { CATEGORIES, CHAMPIONSHIPS, WORLD_CUP_DIVISIONS } from '../types';

// The front matter of each kind of file, exactly as the contract (shared/spec/content-format.md)
// describes it. Strict objects: an unknown field (a typo such as `titel:`) is an error.
// Messages are "verwacht ..." phrases; lib/content/validate.ts adds the field and what was found.

// Control characters (a pasted terminal colour code, an escaped NUL) and lone surrogate halves
// show as nothing or as boxes, and make the feeds invalid XML; no title or caption needs them.
const CONTROL_OR_LONE_SURROGATE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const text = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((value) => !CONTROL_OR_LONE_SURROGATE.test(value), {
      error: 'verwacht tekst zonder onzichtbare stuurtekens, zoals \\0, \\x1B of \\uD800',
    });

/** A slug as front matter names a file: author, athletes, event, aliases. */
export const slugSchema = z
  .string()
  .regex(SLUG_PATTERN, { error: 'verwacht een slug: kleine letters a-z, cijfers 0-9 en -' });

/** A date as the editor wrote it, read once: the instant, and whether a time of day was given. */
export type DateField = { text: string; at: Date; precision: 'day' | 'minute' };

const instant = z.string().transform((text, context): DateField => {
  const at = parseInstant(text);
  if (at === undefined) {
    context.issues.push({
      code: 'custom',
      message: 'verwacht een datum zoals 2025-11-17 of 2025-11-17T08:30:00+01:00 (ISO 8601)',
      input: text,
    });
    return z.NEVER;
  }
  return { text, at, precision: isIsoDay(text.trim()) ? 'day' : 'minute' };
});

const day = z.string().refine(isIsoDay, { error: 'verwacht een dag als JJJJ-MM-DD, zoals 2025-11-16' });

const country = z
  .string()
  .refine(isKnownCountry, { error: 'verwacht een IOC-landcode in hoofdletters, zoals NED, CAN of USA' });

// A tag such as 1000 is read by YAML as a number; it is a word to us.
const tag = z
  .union([z.string(), z.number()])
  .transform((value) => String(value).trim())
  .pipe(z.string().min(1).max(60));

export const articleSchema = z.strictObject({
  title: text(160),
  summary: text(300),
  date: instant,
  updated: instant.optional(),
  author: slugSchema,
  category: z.enum(CATEGORIES),
  tags: z.array(tag).default([]),
  athletes: z.array(slugSchema).default([]),
  event: slugSchema.optional(),
  image: z
    .strictObject({
      src: z.string().regex(/^\/(?!.*\.\.)[^\s?#]+\.(?:jpe?g|png|webp|avif|gif|svg)$/i, {
        error: 'verwacht een pad onder public/ dat met / begint, zoals /images/2025/foto.jpg',
      }),
      alt: text(300),
      credit: text(120).optional(),
    })
    .optional(),
  draft: z.boolean().default(false),
  aliases: z.array(slugSchema).default([]),
  corrections: z.array(z.strictObject({ date: instant, text: text(1000) })).default([]),
});

export const athleteSchema = z.strictObject({
  name: text(120),
  country,
  born: day.optional(),
  specialties: z.array(text(60)).default([]),
});

export const authorSchema = z.strictObject({
  name: text(120),
  role: text(120).optional(),
  column: text(120).optional(),
});

export const eventSchema = z.strictObject({
  name: text(160),
  start: day,
  end: day,
  location: text(120),
  venue: text(120).optional(),
  country: country.optional(),
  /** A World Cup race of this division (#20): its races count for the standings of /wereldbeker/. */
  worldcup: z.enum(WORLD_CUP_DIVISIONS).optional(),
  /** An allround or sprint championship (#20): its page shows the classification by samalog points. */
  championship: z.enum(CHAMPIONSHIPS).optional(),
});

export type ArticleFrontMatter = z.infer<typeof articleSchema>;
export type AthleteFrontMatter = z.infer<typeof athleteSchema>;
export type AuthorFrontMatter = z.infer<typeof authorSchema>;
export type EventFrontMatter = z.infer<typeof eventSchema>;
