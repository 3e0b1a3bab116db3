/**
 * Writes N synthetic articles that follow the content contract (with quotes, results
 * blocks, skaters and competitions) into a folder, for timing `check` and `build`.
 * Deterministic: the same N gives the same files.
 *
 *   npx tsx scripts/generate-content.ts <folder> <articles>
 */
import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_FOLDERS } from '../lib/content/folders';

const NATIONS = ['NED', 'NOR', 'CAN', 'USA', 'JPN', 'KOR', 'CHN', 'ITA', 'POL', 'GER'];
const FIRST = ['Anna', 'Bram', 'Cato', 'Daan', 'Eva', 'Finn', 'Gijs', 'Hanna', 'Ivo', 'Joost', 'Kim', 'Lotte'];
const LAST = ['de Vries', 'Jansen', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Mulder', 'Bos', 'Vos', 'Peters', 'Hendriks'];
const CATEGORIES = ['nieuws', 'uitslagen', 'column', 'interview', 'achtergrond'];
const DISTANCES = ['500 meter', '1000 meter', '1500 meter', '3000 meter', '5000 meter'];

export function generateContent(root: string, articleCount: number): void {
  fs.rmSync(root, { recursive: true, force: true });
  for (const folder of Object.values(CONTENT_FOLDERS)) fs.mkdirSync(path.join(root, folder), { recursive: true });

  const athleteCount = Math.max(24, Math.min(400, Math.round(articleCount / 5)));
  const athletes = Array.from({ length: athleteCount }, (_, i) => {
    const name = `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`;
    return { slug: `schaatser-${i}`, name, country: NATIONS[i % NATIONS.length]! };
  });
  for (const athlete of athletes) {
    write(
      root,
      `athletes/${athlete.slug}.md`,
      `---\nname: ${athlete.name}\ncountry: ${athlete.country}\nborn: 199${athlete.slug.length % 10}-0${(athletes.indexOf(athlete) % 9) + 1}-15\nspecialties: [500m, 1000m]\n---\nSchaatser uit de testset.\n`,
    );
  }
  const authors = ['redactie', 'columnist-a', 'verslaggever-b'];
  authors.forEach((slug, i) =>
    write(
      root,
      `authors/${slug}.md`,
      `---\nname: Auteur ${i}\nrole: Redactie\n${i === 1 ? 'column: Rondje Test\n' : ''}---\n`,
    ),
  );
  const eventCount = Math.max(4, Math.round(articleCount / 20));
  /** Each event's year and month: it is held from the 10th to the 12th. */
  const eventDays: string[] = [];
  for (let i = 0; i < eventCount; i++) {
    const month = String((i % 12) + 1).padStart(2, '0');
    const year = 2015 + Math.floor(i / 12);
    eventDays.push(`${year}-${month}`);
    write(
      root,
      `events/wedstrijd-${i}.md`,
      `---\nname: Wereldbeker ${i}\nstart: ${year}-${month}-10\nend: ${year}-${month}-12\nlocation: Plaats ${i}\nvenue: Baan ${i}\ncountry: ${NATIONS[i % NATIONS.length]}\n---\n`,
    );
  }

  for (let i = 0; i < articleCount; i++) {
    const picked = [0, 1, 2, 3, 4, 5].map((k) => athletes[(i * 7 + k * 13) % athletes.length]!);
    const start = Date.UTC(2015, 0, 1);
    const date = new Date(start + i * 3 * 3600 * 1000).toISOString().replace('.000Z', 'Z');
    const year = date.slice(0, 4);
    const event = i % eventCount;
    // The article's place among its event's articles picks a race no other of them has (5
    // distances × 2 categories × 3 days; an event has about 20 articles), so that no two
    // tables of one race disagree.
    const nth = Math.floor(i / eventCount);
    const distance = DISTANCES[nth % DISTANCES.length]!;
    const sex = nth % 10 < 5 ? 'vrouwen' : 'mannen';
    const day = `${eventDays[event]!}-${10 + (Math.floor(nth / 10) % 3)}`;
    const rows = picked
      .map(
        (athlete, k) =>
          `| ${k + 1} | ${athlete.name} | ${athlete.country} | 1:${String(10 + k).padStart(2, '0')}.${String(10 + (i % 80)).padStart(2, '0')} | ${k === 0 ? 'TR' : k === 3 ? 'PR SB' : ''} |`,
      )
      .join('\n');
    const body = [
      `${picked[0]!.name} won de ${distance} in een spannende race. Dit is testtekst voor artikel ${i}, met genoeg woorden om een echte alinea te lijken en de leestijd te laten tellen.`,
      '',
      `## Verloop`,
      '',
      `Na een snelle opening hield ${picked[1]!.name} lang stand, maar in de laatste ronde sloeg ${picked[0]!.name} toe. Het publiek zag een wedstrijd om niet te vergeten, met [een link](https://example.com/${i}).`,
      '',
      `:::quote{by="${picked[0]!.name}" source="NOS"}`,
      `Ik had vandaag goede benen, en het ijs was perfect.`,
      ':::',
      '',
      `:::results{title="${distance} ${sex}, race ${i}" distance="${distance.split(' ')[0]}" sex="${sex}" date="${day}" note="Top zes"}`,
      '| Pos | Naam | Land | Tijd | Record |',
      '| --: | ---- | ---- | ---: | ------ |',
      rows,
      ':::',
      '',
      'Meer tekst na de uitslag, zodat het artikel uit meerdere blokken bestaat.',
      '',
    ].join('\n');
    write(
      root,
      `articles/${year}/artikel-${i}.md`,
      `---\ntitle: "Testartikel ${i}: ${picked[0]!.name} wint de ${distance}"\nsummary: Samenvatting van testartikel ${i} over de ${distance}.\ndate: ${date}\nauthor: ${authors[i % authors.length]}\ncategory: ${CATEGORIES[i % CATEGORIES.length]}\ntags: [wereldbeker, ${distance}, test ${i % 30}]\nathletes: [${picked
        .slice(0, 3)
        .map((a) => a.slug)
        .join(', ')}]\nevent: wedstrijd-${event}\n---\n${body}`,
    );
  }
}

function write(root: string, file: string, text: string): void {
  const target = path.join(root, file);
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, text);
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const [folder, count] = process.argv.slice(2);
  if (!folder || !count || !/^\d+$/.test(count)) {
    console.error('usage: tsx scripts/generate-content.ts <folder> <articles>');
    process.exit(2);
  }
  generateContent(path.resolve(folder), Number(count));
  console.log(`wrote ${count} articles to ${folder}`);
}
