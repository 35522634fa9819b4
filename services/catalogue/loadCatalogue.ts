import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { type Catalogue, CatalogueSchema, type Prerequisite } from './catalogueSchema';

export type { Catalogue, Course, CoursePart, Prerequisite, Shortcut } from './catalogueSchema';

/** The catalogue shipped with the product (domain §4-§6). */
export const DEFAULT_CATALOGUE_PATH = path.join(__dirname, 'catalogue.default.json');

/** A catalogue file (or override) that cannot be used; `problems` lists each bad path with its reason. */
export class CatalogueError extends Error {
  constructor(
    readonly source: string,
    readonly problems: string[],
  ) {
    super(`Catalogue ${source} is not valid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CatalogueError';
  }
}

/**
 * Reads, validates and cross-checks a catalogue: the default, or a local authority's own complete file.
 * With `overridePath`, that local file is merged onto it first (format in services/catalogue/README.md).
 * The caller chooses the paths (from its configuration); this never reads the environment.
 */
export function loadCatalogue(
  catalogPath: string = DEFAULT_CATALOGUE_PATH,
  overridePath?: string,
): Catalogue {
  const base = readJson(catalogPath);
  if (overridePath === undefined) return parseCatalogue(base, `file ${catalogPath}`);
  const override = readJson(overridePath);
  const merged = applyOverride(base, override, `override file ${overridePath}`);
  return parseCatalogue(merged, `file ${catalogPath} with override file ${overridePath}`);
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new CatalogueError(`file ${file}`, [`cannot be read: ${(err as Error).message}`]);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new CatalogueError(`file ${file}`, [`is not JSON: ${(err as Error).message}`]);
  }
}

/** Validates catalogue data (already parsed from JSON); `source` names it in error messages. */
export function parseCatalogue(data: unknown, source = 'data'): Catalogue {
  const parsed = CatalogueSchema.safeParse(data);
  if (!parsed.success) {
    throw new CatalogueError(
      source,
      parsed.error.issues.map((issue) => `${describePath(data, issue.path)}: ${issue.message}`),
    );
  }
  const problems = crossCheck(parsed.data);
  if (problems.length > 0) throw new CatalogueError(source, problems);
  return parsed.data;
}

/** `courses[IS02].duration.label`: array items are named by their `code` or `id` where they have one. */
function describePath(data: unknown, issuePath: readonly PropertyKey[]): string {
  let out = '';
  let at: unknown = data;
  for (const key of issuePath) {
    if (typeof key === 'number') {
      const item: unknown = Array.isArray(at) ? at[key] : undefined;
      const name = isRecord(item) ? (item['code'] ?? item['id']) : undefined;
      out += typeof name === 'string' && name ? `[${name}]` : `[${key}]`;
      at = item;
    } else {
      out += out ? `.${String(key)}` : String(key);
      at = isRecord(at) ? at[String(key)] : undefined;
    }
  }
  return out || '(top level)';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const PLACEHOLDERS = new Set([
  'window',
  'issued',
  'expires',
  'lastDone',
  'sessionDate',
  'link',
  'remedyCode',
  'remedyTitle',
  'organisation',
]);

/** Rules zod cannot see: every code referenced exists, names are unique, "follows" has no cycle. */
function crossCheck(catalogue: Catalogue): string[] {
  const problems: string[] = [];
  const codes = new Map<string, string>();
  const claim = (code: string, where: string) => {
    const earlier = codes.get(code);
    if (earlier) problems.push(`${where}: code ${code} is already used by ${earlier}`);
    else codes.set(code, where);
  };
  for (const course of catalogue.courses) {
    claim(course.code, `courses[${course.code}]`);
    for (const part of course.parts) claim(part.code, `courses[${course.code}].parts[${part.code}]`);
  }
  const courseCodes = new Set(catalogue.courses.map((c) => c.code));
  const mustExist = (code: string, where: string) => {
    if (!courseCodes.has(code)) problems.push(`${where}: no course has code ${code}`);
  };

  // One name must lead to one course, or "how long is X?" has two answers.
  const names = new Map<string, string>();
  for (const course of catalogue.courses) {
    const own = new Set<string>();
    for (const name of [
      course.code,
      course.title,
      ...course.aliases,
      ...course.parts.flatMap((p) => [p.title, ...p.aliases]),
    ]) {
      const key = name
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, ' ')
        .trim();
      if (own.has(key)) continue;
      own.add(key);
      const other = names.get(key);
      if (other) problems.push(`courses[${course.code}].aliases: "${name}" also names ${other}`);
      else names.set(key, course.code);
    }
  }

  mustExist(catalogue.contactPointCourse, 'contactPointCourse');
  for (const course of catalogue.courses) {
    course.follows.forEach((alt, i) =>
      alt.forEach((code, j) => {
        mustExist(code, `courses[${course.code}].follows[${i}][${j}]`);
        if (code === course.code)
          problems.push(`courses[${course.code}].follows[${i}]: a course cannot follow itself`);
      }),
    );
    course.alsoCompletes.forEach((code, i) => mustExist(code, `courses[${course.code}].alsoCompletes[${i}]`));
  }

  const shortcutIds = new Set<string>();
  for (const s of catalogue.shortcuts) {
    if (shortcutIds.has(s.id)) problems.push(`shortcuts[${s.id}]: id is used twice`);
    shortcutIds.add(s.id);
    mustExist(s.code, `shortcuts[${s.id}].code`);
    s.replaces.forEach((code, i) => mustExist(code, `shortcuts[${s.id}].replaces[${i}]`));
  }

  const prerequisiteIds = new Set<string>();
  for (const p of catalogue.prerequisites) {
    const at = `prerequisites[${p.id}]`;
    if (prerequisiteIds.has(p.id)) problems.push(`${at}: id is used twice`);
    prerequisiteIds.add(p.id);
    if (p.kind === 'training') {
      p.metBy.forEach((code, i) => mustExist(code, `${at}.metBy[${i}]`));
      if (p.remedy) mustExist(p.remedy, `${at}.remedy`);
    }
    problems.push(...checkTemplates(catalogue, p, at));
  }

  const cycle = findCycle(catalogue);
  if (cycle) problems.push(`courses: "follows" goes round in a circle: ${cycle.join(' -> ')}`);
  return problems;
}

function checkTemplates(catalogue: Catalogue, p: Prerequisite, at: string): string[] {
  const problems: string[] = [];
  const texts: [string, string][] = [[`${at}.rule`, p.rule]];
  for (const [status, action] of Object.entries(p.actions)) {
    if (typeof action === 'string') texts.push([`${at}.actions.${status}`, action]);
    else if (action) texts.push([`${at}.actions.${status}.text`, action.text]);
  }
  const remedy =
    p.kind === 'training' && p.remedy ? catalogue.courses.find((c) => c.code === p.remedy) : undefined;
  for (const [where, text] of texts) {
    for (const [, name] of text.matchAll(/\{(\w+)\}/g)) {
      if (!name || !PLACEHOLDERS.has(name)) {
        problems.push(`${where}: unknown placeholder {${name}} (known: ${[...PLACEHOLDERS].join(', ')})`);
      } else if ((name === 'remedyTitle' || name === 'remedyCode') && !remedy) {
        problems.push(`${where}: {${name}} needs a "remedy" course`);
      } else if (name === 'link' && !remedy?.link) {
        problems.push(`${where}: {link} needs a "remedy" course that has a "link"`);
      }
    }
  }
  return problems;
}

/** A cycle through "follows" (any alternative), as codes, or undefined. */
function findCycle(catalogue: Catalogue): string[] | undefined {
  const after = new Map(catalogue.courses.map((c) => [c.code, [...new Set(c.follows.flat())]]));
  const state = new Map<string, 'visiting' | 'done'>();
  const trail: string[] = [];
  const visit = (code: string): string[] | undefined => {
    if (state.get(code) === 'done') return undefined;
    if (state.get(code) === 'visiting') return [...trail.slice(trail.indexOf(code)), code];
    state.set(code, 'visiting');
    trail.push(code);
    for (const earlier of after.get(code) ?? []) {
      const found = visit(earlier);
      if (found) return found;
    }
    trail.pop();
    state.set(code, 'done');
    return undefined;
  };
  for (const course of catalogue.courses) {
    const found = visit(course.code);
    if (found) return found.reverse();
  }
  return undefined;
}

// --- Local override -------------------------------------------------------------------------------------

const Keyed = z.record(z.string(), z.union([z.record(z.string(), z.unknown()), z.null()]));

/** What a local override file may hold: every part is optional; keyed sections merge entry by entry. */
export const CatalogueOverrideSchema = z
  .object({
    $schema: z.string().optional(),
    name: z.string().min(1).optional(),
    contactPointCourse: z.string().optional(),
    courses: Keyed.optional(),
    shortcuts: Keyed.optional(),
    prerequisites: Keyed.optional(),
    accessRoutes: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

const KEYED_SECTIONS = [
  ['courses', 'code'],
  ['shortcuts', 'id'],
  ['prerequisites', 'id'],
] as const;

/**
 * Merges a local override onto catalogue data (both still unvalidated JSON):
 * - `courses`, `prerequisites`, `shortcuts` are objects keyed by code or id. An existing entry is merged
 *   field by field (objects merge, lists and values replace); a new key adds an entry (give every field);
 *   `null` removes the entry.
 * - `name`, `contactPointCourse` replace; `accessRoutes` merges.
 * The result still has to pass `parseCatalogue`.
 */
export function applyOverride(base: unknown, override: unknown, source = 'override'): unknown {
  const parsed = CatalogueOverrideSchema.safeParse(override);
  if (!parsed.success) {
    throw new CatalogueError(
      source,
      parsed.error.issues.map((issue) => `${describePath(override, issue.path)}: ${issue.message}`),
    );
  }
  if (!isRecord(base)) throw new CatalogueError(source, ['the catalogue it overrides is not a JSON object']);
  const patch = parsed.data;
  const merged: Record<string, unknown> = { ...base };
  const problems: string[] = [];

  for (const [section, keyField] of KEYED_SECTIONS) {
    const changes = patch[section];
    if (!changes) continue;
    const list = Array.isArray(base[section]) ? [...(base[section] as unknown[])] : [];
    for (const [key, change] of Object.entries(changes)) {
      const index = list.findIndex((item) => isRecord(item) && item[keyField] === key);
      if (change === null) {
        if (index < 0) problems.push(`${section}.${key}: nothing to remove, no entry has ${keyField} ${key}`);
        else list.splice(index, 1);
        continue;
      }
      if (change[keyField] !== undefined && change[keyField] !== key) {
        problems.push(
          `${section}.${key}.${keyField}: must be ${key} (the key it is filed under), or left out`,
        );
        continue;
      }
      if (index < 0) list.push({ [keyField]: key, ...change });
      else list[index] = deepMerge(list[index], change);
    }
    merged[section] = list;
  }
  if (patch.name !== undefined) merged['name'] = patch.name;
  if (patch.contactPointCourse !== undefined) merged['contactPointCourse'] = patch.contactPointCourse;
  if (patch.accessRoutes !== undefined)
    merged['accessRoutes'] = deepMerge(base['accessRoutes'], patch.accessRoutes);
  if (problems.length > 0) throw new CatalogueError(source, problems);
  return merged;
}

function deepMerge(base: unknown, change: unknown): unknown {
  if (!isRecord(base) || !isRecord(change)) return change;
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(change)) out[key] = deepMerge(base[key], value);
  return out;
}
