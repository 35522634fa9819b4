import type { Section, Table } from './bench/section';
import { allocationSection } from './bench/allocation';
import { turnLatencySection } from './bench/turnLatency';
import { understandingSection } from './bench/understanding';

// The benchmarks (contracts.md §1): `npm run bench` prints one table of figures per section.
// A new benchmark is one more entry in SECTIONS, its code in a file of its own under scripts/bench/.

// BENCH_ONLY=allocation (a section's name starts with it, case-insensitive) runs one section.
const SECTIONS: Section[] = [understandingSection, turnLatencySection, allocationSection].filter((section) =>
  section.name.toLowerCase().startsWith((process.env.BENCH_ONLY ?? '').toLowerCase()),
);

function render(table: Table): string {
  const cells = [table.columns, ...table.rows.map((row) => row.map(String))];
  const widths = table.columns.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)));
  const line = (row: string[]) => `| ${row.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`;
  const body = table.rows.length > 0 ? table.rows.map((row) => line(row.map(String))) : [line(['(none)'])];
  return [`${table.title}`, line(table.columns), rule, ...body].join('\n');
}

async function main(): Promise<void> {
  for (const section of SECTIONS) {
    console.log(`\n## ${section.name}\n`);
    for (const table of await section.run()) console.log(`${render(table)}\n`);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
