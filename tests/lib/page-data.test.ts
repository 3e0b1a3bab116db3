import path from 'node:path';
import { loadContent } from '@/lib/content/load';
import { competitionPageData } from '@/lib/page-data';
import { createSiteModel } from '@/lib/site-model';

// What a competition's page renders, decided by the build's day.

const ROOT = path.join(import.meta.dirname, '../fixtures/content/valid');
const PUBLIC = path.join(import.meta.dirname, '../fixtures/public');

function pageOn(now: string, slug: string) {
  const at = new Date(now);
  const model = createSiteModel(loadContent({ root: ROOT, now: at, includeUnpublished: false, publicDir: PUBLIC }), at);
  return competitionPageData(model, slug);
}

describe('competitionPageData', () => {
  it('offers a competition for the agenda while it is still to come, up to its last day', () => {
    expect(pageOn('2025-11-10T12:00:00+01:00', 'wereldbeker-testdorp-2025')?.coming).toBe(true);
    expect(pageOn('2025-11-16T12:00:00+01:00', 'wereldbeker-testdorp-2025')?.coming).toBe(true);
  });

  it('no longer once it has been skated', () => {
    expect(pageOn('2025-11-17T12:00:00+01:00', 'wereldbeker-testdorp-2025')?.coming).toBe(false);
  });
});
