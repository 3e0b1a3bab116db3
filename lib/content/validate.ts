import type { z } from 'zod';
import type { FieldPath } from './front-matter';
import { describeValue, type ProblemList } from './problems';

type RawIssue = z.core.$ZodRawIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  boolean: 'true of false',
  array: 'een lijst, zoals [a, b]',
  object: 'een groep velden',
};

/**
 * Checks front matter against a schema: the one validation helper of every loader.
 * Every issue becomes a problem (`field: verwacht ...; gevonden: ...`) on the field's line;
 * returns the typed data, or undefined when there was any issue.
 */
export function validateFrontMatter<Schema extends z.ZodType>(
  schema: Schema,
  data: unknown,
  file: string,
  lineOf: (path: FieldPath) => number,
  problems: ProblemList,
): z.output<Schema> | undefined {
  // A file with only `---\n---` or no front matter at all reads as null or {}.
  const result = schema.safeParse(data ?? {}, { reportInput: true, error: dutchMessage });
  if (result.success) return result.data;
  const knownFields = fieldNames(schema);
  for (const issue of result.error.issues) {
    const path = issue.path.filter((step): step is string | number => typeof step !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        const fieldPath = [...path, key];
        const known = path.length === 0 ? knownFields : [];
        problems.add(
          file,
          lineOf(fieldPath),
          fieldName(fieldPath),
          `onbekend veld${known.length > 0 ? `; verwacht een van: ${known.join(', ')}` : ''}; gevonden: ${key}`,
        );
      }
      continue;
    }
    // The schemas' own phrases (a refinement, a pattern) say what was expected; here is what was found.
    const message =
      issue.code === 'custom' || issue.code === 'invalid_format'
        ? `${issue.message}; gevonden: ${describeValue(issue.input)}`
        : issue.message;
    problems.add(file, lineOf(path), fieldName(path) || '(front matter)', message);
  }
  return undefined;
}

/** `corrections[1].date`: list items counted from 1, as an editor counts them. */
export function fieldName(path: FieldPath): string {
  return path
    .map((step, index) => (typeof step === 'number' ? `[${step + 1}]` : index === 0 ? step : `.${step}`))
    .join('');
}

/**
 * zod's error map for front matter: each of zod's own checks said in Dutch, with what was found,
 * so that none of zod's English default messages reaches an editor. A refinement or pattern
 * without a message of its own gets a general phrase (validateFrontMatter adds what was found).
 */
function dutchMessage(issue: RawIssue): string {
  const found = `gevonden: ${describeValue(issue.input)}`;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `verplicht veld; verwacht ${TYPE_NAMES[issue.expected] ?? issue.expected}; gevonden: niets`
        : `verwacht ${TYPE_NAMES[issue.expected] ?? issue.expected}; ${found}`;
    case 'too_small':
      if (issue.origin === 'string') {
        return issue.minimum === 1
          ? `verwacht tekst, geen lege waarde; ${found}`
          : `verwacht minstens ${issue.minimum} tekens; ${found}`;
      }
      return `verwacht minstens ${issue.minimum} waarden in de lijst; ${found}`;
    case 'too_big':
      if (issue.origin === 'string' && typeof issue.input === 'string') {
        return `verwacht hoogstens ${issue.maximum} tekens; gevonden: ${issue.input.length} tekens`;
      }
      return `verwacht hoogstens ${issue.maximum}; ${found}`;
    case 'invalid_value':
      return `verwacht een van: ${issue.values.map(String).join(', ')}; ${found}`;
    case 'invalid_union':
      return `verwacht tekst; ${found}`;
    case 'unrecognized_keys':
      return `onbekend veld; gevonden: ${issue.keys.join(', ')}`;
    case 'custom':
    case 'invalid_format':
      return 'verwacht een andere waarde';
    default:
      return `verwacht een andere waarde; ${found}`;
  }
}

function fieldNames(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}
