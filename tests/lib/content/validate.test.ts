import { z } from 'zod';
import { ProblemList } from '@/lib/content/problems';
import { articleSchema } from '@/lib/content/schemas';
import { validateFrontMatter } from '@/lib/content/validate';

// Every message an editor reads is Dutch, zod's own defaults included: `verwacht ...; gevonden: ...`.

function messagesOf(schema: z.ZodType, data: unknown): { field: string; message: string }[] {
  const problems = new ProblemList();
  validateFrontMatter(schema, data, 'content/a.md', () => 1, problems);
  return problems.items.map(({ field, message }) => ({ field, message }));
}

describe('validateFrontMatter', () => {
  it('says a missing required field is required, in Dutch', () => {
    expect(messagesOf(z.strictObject({ title: z.string() }), {})).toEqual([
      { field: 'title', message: 'verplicht veld; verwacht tekst; gevonden: niets' },
    ]);
  });

  it('names the type expected and the value found', () => {
    expect(messagesOf(z.strictObject({ draft: z.boolean() }), { draft: 'ja' })).toEqual([
      { field: 'draft', message: 'verwacht true of false; gevonden: "ja"' },
    ]);
  });

  it('lists the known fields for an unknown one', () => {
    expect(messagesOf(z.strictObject({ title: z.string() }), { title: 'A', titel: 'B' })).toEqual([
      { field: 'titel', message: 'onbekend veld; verwacht een van: title; gevonden: titel' },
    ]);
  });

  it('gives the length found for text that is too long', () => {
    expect(messagesOf(z.strictObject({ title: z.string().max(3) }), { title: 'abcde' })).toEqual([
      { field: 'title', message: 'verwacht hoogstens 3 tekens; gevonden: 5 tekens' },
    ]);
  });

  it('adds what was found to the phrase of a schema of ours', () => {
    expect(messagesOf(articleSchema.pick({ author: true }), { author: 'Redactie' })).toEqual([
      { field: 'author', message: 'verwacht een slug: kleine letters a-z, cijfers 0-9 en -; gevonden: "Redactie"' },
    ]);
  });

  it("never lets zod's English default message through, even for a check without a message of ours", () => {
    const schema = z.strictObject({ count: z.number().multipleOf(5), mail: z.email() });

    expect(messagesOf(schema, { count: 7, mail: 'geen-adres' })).toEqual([
      { field: 'count', message: 'verwacht een andere waarde; gevonden: 7' },
      { field: 'mail', message: 'verwacht een andere waarde; gevonden: "geen-adres"' },
    ]);
  });
});
