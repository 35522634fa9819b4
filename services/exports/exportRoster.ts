import type { Catalogue } from '../catalogue/loadCatalogue';
import { ROSTER_COLUMNS } from '../imports/importRoster';
import type { Collections } from '../storage/collections';
import { toCsv } from './csvWriter';
import { rosterCells } from './rosterCells';

export interface RosterExport {
  csv: string;
  people: number;
  selfDeclared: number;
}

/**
 * Everyone stored, roster and self-declared, as a roster.csv a coordinator can edit in a spreadsheet and import
 * back (the `source` column keeps self-declared people unconfirmed until it says roster). Names from Teams are
 * typed by the people themselves, so every cell goes through the formula-neutralising writer.
 */
export async function exportRoster(collections: Collections, catalogue: Catalogue): Promise<RosterExport> {
  const header = ROSTER_COLUMNS.map((column) => column.name);
  const rows: string[][] = [];
  let selfDeclared = 0;
  for await (const person of collections.people.find({}).sort({ name: 1, _id: 1 })) {
    const cells = rosterCells(person, catalogue);
    rows.push(header.map((column) => cells[column] ?? ''));
    if (person.source === 'self-declared') selfDeclared += 1;
  }
  return { csv: toCsv(header, rows), people: rows.length, selfDeclared };
}
