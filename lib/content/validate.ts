import type { z } from 'zod';
import type { FieldPath } from './front-matter';
import { describeValue, type ProblemList } from './problems';

type Issue = z.core.$ZodIssue;

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list, such as [a, b]',
  object: 'a group of fields',
};

/**
 * Checks front matter against a schema: the one validation helper of every loader.
 * Every issue becomes a problem (`field: expected ... (got ...)`) on the field's line;
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
  const result = schema.safeParse(data ?? {}, { reportInput: true });
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
          `unknown field${known.length > 0 ? `; expected one of: ${known.join(', ')}` : ''} (got ${key})`,
        );
      }
      continue;
    }
    problems.add(file, lineOf(path), fieldName(path) || '(front matter)', issueMessage(issue));
  }
  return undefined;
}

/** `corrections[1].date`: list items counted from 1, as an editor counts them. */
export function fieldName(path: FieldPath): string {
  return path
    .map((step, index) => (typeof step === 'number' ? `[${step + 1}]` : index === 0 ? step : `.${step}`))
    .join('');
}

function issueMessage(issue: Issue): string {
  const got = `(got ${describeValue(issue.input)})`;
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined
        ? `required; expected ${TYPE_NAMES[issue.expected] ?? issue.expected} (got nothing)`
        : `expected ${TYPE_NAMES[issue.expected] ?? issue.expected} ${got}`;
    case 'too_small':
      if (issue.origin === 'string') {
        return issue.minimum === 1
          ? `expected text, not an empty value ${got}`
          : `expected at least ${issue.minimum} characters ${got}`;
      }
      return `expected at least ${issue.minimum} items ${got}`;
    case 'too_big':
      if (issue.origin === 'string' && typeof issue.input === 'string') {
        return `expected at most ${issue.maximum} characters (got ${issue.input.length})`;
      }
      return `expected at most ${issue.maximum} ${got}`;
    case 'invalid_value':
      return `expected one of: ${issue.values.map(String).join(', ')} ${got}`;
    case 'invalid_union':
      return `expected text ${got}`;
    default:
      // Our own refinements and formats carry an "expected ..." message.
      return `${issue.message} ${got}`;
  }
}

function fieldNames(schema: z.ZodType): string[] {
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : [];
}
