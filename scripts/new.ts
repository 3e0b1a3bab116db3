/**
 * `npm run new -- <soort> "<titel of naam>"`: makes a new content file under the content root
 * (CONTENT_DIR, default content/) with a correct name and front matter that passes
 * `npm run check`, and prints its path. Articles go under articles/<year in Amsterdam>/ as drafts.
 * Exit codes: 0 made, 1 refused (slug taken, empty slug, ...), 2 bad usage.
 */
import { contentRoot } from '../lib/config';
import { CONTENT_KINDS, createContentFile, isContentKind, ScaffoldRefusal } from '../lib/build/scaffold';

const USAGE = `Gebruik / usage: npm run new -- <${CONTENT_KINDS.join('|')}> "<titel of naam>"

  npm run new -- article "Kok wint de 500 meter"  → content/articles/<jaar>/kok-wint-de-500-meter.md (draft: true)
  npm run new -- athlete "Femke Kok"              → content/athletes/femke-kok.md
  npm run new -- author "Sportredactie"           → content/authors/sportredactie.md
  npm run new -- event "NK afstanden 2026"        → content/events/nk-afstanden-2026.md

De bestandsnaam (slug) komt uit de titel. Een bestaand bestand wordt nooit overschreven.
Met CONTENT_DIR komt het bestand in een andere inhoudsmap.`;

const [kind, ...words] = process.argv.slice(2);

if (kind === '--help' || kind === '-h') {
  console.log(USAGE);
} else if (kind === undefined || !isContentKind(kind) || words.length === 0) {
  console.error(USAGE);
  process.exitCode = 2;
} else {
  try {
    // Words the shell split (a title without quotes) are one title again.
    const file = createContentFile({ kind, title: words.join(' '), root: contentRoot(), now: new Date() });
    console.log(file.display);
    console.error(
      kind === 'article'
        ? 'Aangemaakt als concept (draft: true). Vul het in en controleer met: npm run check'
        : 'Aangemaakt. Vul het in en controleer met: npm run check',
    );
  } catch (error) {
    if (!(error instanceof ScaffoldRefusal)) throw error;
    console.error(error.message);
    process.exitCode = 1;
  }
}
