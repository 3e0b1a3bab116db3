/**
 * Writes N synthetic articles that follow the content contract (with quotes, results
 * blocks, skaters and competitions) into a folder, for timing `check` and `build`.
 * Deterministic: the same N gives the same files.
 *
 * Shaped like a real archive where the site's statistics depend on it: about twenty articles
 * per competition, published on and after its last day; competitions at a fixed set of tracks;
 * every skater in one category (women or men) with times that fit the distance. (Until
 * December 2026 competitions were spread over twenty years after their articles, every track
 * was new and skaters raced in both categories, which made skater and record pages several
 * times larger than any real archive's: docs/performance.md.)
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
/** A winning time in hundredths of a second per distance, women and men. */
const WINNING_TIME: Record<string, { vrouwen: number; mannen: number }> = {
  '500 meter': { vrouwen: 3720, mannen: 3440 },
  '1000 meter': { vrouwen: 7380, mannen: 6790 },
  '1500 meter': { vrouwen: 11420, mannen: 10480 },
  '3000 meter': { vrouwen: 23950, mannen: 22100 },
  '5000 meter': { vrouwen: 41200, mannen: 37600 },
};
const TRACKS = [
  { location: 'Heerenveen', venue: 'Thialf', country: 'NED' },
  { location: 'Inzell', venue: 'Max Aicher Arena', country: 'GER' },
  { location: 'Salt Lake City', venue: 'Utah Olympic Oval', country: 'USA' },
  { location: 'Calgary', venue: 'Olympic Oval', country: 'CAN' },
  { location: 'Hamar', venue: 'Vikingskipet', country: 'NOR' },
  { location: 'Stavanger', venue: 'Sørmarka Arena', country: 'NOR' },
  { location: 'Tomaszów Mazowiecki', venue: 'Arena Lodowa', country: 'POL' },
  { location: 'Obihiro', venue: 'Tokachi Oval', country: 'JPN' },
  { location: 'Nagano', venue: 'M-Wave', country: 'JPN' },
  { location: 'Beijing', venue: 'National Speed Skating Oval', country: 'CHN' },
  { location: 'Gangneung', venue: 'Gangneung Oval', country: 'KOR' },
  { location: 'Milwaukee', venue: 'Pettit National Ice Center', country: 'USA' },
  { location: 'Erfurt', venue: 'Gunda-Niemann-Stirnemann-Halle', country: 'GER' },
  { location: 'Enschede', venue: 'IJsbaan Twente', country: 'NED' },
  { location: 'Milaan', venue: 'Speed Skating Stadium', country: 'ITA' },
];
/** Articles per competition; the last competition takes the rest. */
const ARTICLES_PER_EVENT = 20;
const START = Date.UTC(2015, 0, 1);
const ARTICLE_INTERVAL_MS = 3 * 3600 * 1000;

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
  const eventCount = Math.max(4, Math.round(articleCount / ARTICLES_PER_EVENT));
  /** Each event's three days: it ends on the day its first article is published. */
  const eventDays: string[][] = [];
  for (let i = 0; i < eventCount; i++) {
    const end = START + i * ARTICLES_PER_EVENT * ARTICLE_INTERVAL_MS;
    const days = [2, 1, 0].map((back) => new Date(end - back * 24 * 3600 * 1000).toISOString().slice(0, 10));
    eventDays.push(days);
    const track = TRACKS[i % TRACKS.length]!;
    write(
      root,
      `events/wedstrijd-${i}.md`,
      `---\nname: Wereldbeker ${i}\nstart: ${days[0]}\nend: ${days[2]}\nlocation: ${track.location}\nvenue: ${track.venue}\ncountry: ${track.country}\n---\n`,
    );
  }
  // Women and men: even and odd skaters.
  const bySex = {
    vrouwen: athletes.filter((_, i) => i % 2 === 0),
    mannen: athletes.filter((_, i) => i % 2 === 1),
  };

  for (let i = 0; i < articleCount; i++) {
    const date = new Date(START + i * ARTICLE_INTERVAL_MS).toISOString().replace('.000Z', 'Z');
    const year = date.slice(0, 4);
    const event = Math.min(Math.floor(i / ARTICLES_PER_EVENT), eventCount - 1);
    // The article's place among its event's articles picks a race no other of them has (5
    // distances × 2 categories × 3 days), so that no two tables of one race disagree.
    const nth = i - event * ARTICLES_PER_EVENT;
    const distance = DISTANCES[nth % DISTANCES.length]!;
    const sex = nth % 10 < 5 ? 'vrouwen' : 'mannen';
    const day = eventDays[event]![Math.floor(nth / 10) % 3]!;
    const field = bySex[sex];
    // Six different skaters of the category, spread over the field (a field has at least 12).
    const spread = Math.floor(field.length / 6);
    const picked = [0, 1, 2, 3, 4, 5].map((k) => field[(i * 7 + k * spread) % field.length]!);
    const winning = WINNING_TIME[distance]![sex] + ((i * 37) % 90);
    const rows = picked
      .map(
        (athlete, k) =>
          `| ${k + 1} | ${athlete.name} | ${athlete.country} | ${raceTime(winning + k * 23 + ((i + k) % 7))} | |`,
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

/** Hundredths of a second as a results table writes them: 37.52, 1:08.30. */
function raceTime(hundredths: number): string {
  const seconds = Math.floor(hundredths / 100);
  const rest = String(hundredths % 100).padStart(2, '0');
  return seconds < 60
    ? `${seconds}.${rest}`
    : `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}.${rest}`;
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
