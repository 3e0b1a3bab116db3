import fs from 'node:fs';
import path from 'node:path';
import { parseWorldCupSeason, type WorldCupSeason } from '../skating/world-cup-data';
import type { Competition } from '../types';
import { displayPath, readContentText } from './files';
import { WORLD_CUP_FOLDER } from './folders';
import type { ProblemList } from './problems';

/** The World Cup seasons under the content root, oldest first, and the files of the folder the site ignores. */
export type WorldCupSeasons = { seasons: WorldCupSeason[]; ignored: string[] };

const DATA_FILE = /\.ya?ml$/;

/**
 * Reads and checks every `content/wereldbeker/<season>.yml` (lib/skating/world-cup-data.ts);
 * each problem goes into `problems` with its file and line, and a file with problems adds no
 * season. Names starting with `_` or `.`, subfolders and other files are ignored, as in the
 * Markdown folders. A missing folder has no seasons. Throws only when the folder cannot be read.
 */
export function readWorldCupSeasons(root: string, problems: ProblemList): WorldCupSeasons {
  const folder = path.join(root, WORLD_CUP_FOLDER);
  const seasons: WorldCupSeason[] = [];
  const ignored: string[] = [];
  if (!fs.existsSync(folder)) return { seasons, ignored };
  const entries = fs.readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const entry of entries) {
    const absolute = path.join(folder, entry.name);
    const display = displayPath(absolute);
    if (/^[_.]/.test(entry.name) || !entry.isFile() || !DATA_FILE.test(entry.name)) {
      ignored.push(display);
      continue;
    }
    const text = readContentText({ absolute, display, slug: entry.name.replace(DATA_FILE, '') }, problems);
    if (text === undefined) continue;
    const read = parseWorldCupSeason(text, display);
    for (const problem of read.problems)
      problems.add(problem.file, problem.line, problem.field, problem.message, problem.severity);
    if (!read.season) continue;
    const twin = seasons.find((known) => known.season.startYear === read.season?.season.startYear);
    if (twin) {
      problems.add(display, 1, 'bestandsnaam', `verwacht één bestand per seizoen; ${twin.file} is hetzelfde seizoen`);
      continue;
    }
    seasons.push(read.season);
  }
  return { seasons: seasons.sort((a, b) => a.season.startYear - b.season.startYear), ignored };
}

/**
 * A World Cup competition whose races cannot count: no season file for its days, or no points
 * table for its division. A warning, not an error: the standings follow once the data is there.
 */
export function worldCupDataMissing(competition: Competition, seasons: readonly WorldCupSeason[]): string | undefined {
  const division = competition.worldCup?.division;
  if (!division) return undefined;
  const season = seasons.find(
    (known) => competition.start >= known.season.firstDay && competition.start <= known.season.lastDay,
  );
  if (!season)
    return `verwacht een bestand ${WORLD_CUP_FOLDER}/<seizoen>.yml voor het seizoen van ${competition.start}, anders tellen de races niet mee voor het wereldbekerklassement; gevonden: geen`;
  if (!season.points[division])
    return `verwacht punten voor divisie ${division} in ${season.file} (points: ${division}: [...]), anders is er geen klassement van divisie ${division}; gevonden: geen`;
  return undefined;
}

/** The season of a World Cup competition's standings, when the site has its data: `2025-2026`. */
export function worldCupSeasonOf(
  competition: Competition,
  seasons: readonly WorldCupSeason[],
): WorldCupSeason | undefined {
  if (!competition.worldCup || worldCupDataMissing(competition, seasons)) return undefined;
  return seasons.find(
    (known) => competition.start >= known.season.firstDay && competition.start <= known.season.lastDay,
  );
}
