import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadCatalogue } from '../services/catalogue/loadCatalogue';
import { benchmarkUnderstanding, crossValidate } from '../services/intents/evaluate';
import { parseLabelledUtterances } from '../services/intents/labelledUtterance';
import { bundledTrainingExamples } from '../services/intents/understander';
import { turnLatencySection } from './bench/turnLatency';

// The benchmarks (contracts.md §1): `npm run bench` prints one table of figures per section.
// A new benchmark is one more entry in SECTIONS.

interface Table {
  title: string;
  columns: string[];
  rows: (string | number)[][];
}

interface Section {
  name: string;
  run(): Table[] | Promise<Table[]>;
}

const HELD_OUT_UTTERANCES = path.join(__dirname, '..', 'test', 'services', 'intents', 'utterances.test.json');

const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
const clip = (text: string, width = 70) => (text.length > width ? `${text.slice(0, width - 1)}…` : text);

const understandingSection: Section = {
  name: 'Free-text understanding (intents and entities)',
  run() {
    const catalogue = loadCatalogue();
    const train = bundledTrainingExamples();
    const heldOut = parseLabelledUtterances(JSON.parse(readFileSync(HELD_OUT_UTTERANCES, 'utf8')));
    const result = benchmarkUnderstanding(catalogue, train, heldOut);
    const cv = crossValidate(catalogue, train, 5);
    const tables: Table[] = [
      {
        title: 'Held-out figures',
        columns: ['figure', 'value', 'gate'],
        rows: [
          ['training utterances', train.length, ''],
          ['held-out utterances', heldOut.length, ''],
          ['intent accuracy (held out)', percent(result.intentAccuracy), '>= 95%'],
          ['entity accuracy: modules + access routes (held out)', percent(result.entityAccuracy), '>= 95%'],
          ['audience accuracy (held out)', percent(result.audienceAccuracy), ''],
          ['ContactPoint mention accuracy (held out)', percent(result.contactPointAccuracy), ''],
          ['module question kind accuracy (held out)', percent(result.moduleQuestionAccuracy), ''],
          ['intent accuracy, 5-fold cross-validation on training set', percent(cv.intentAccuracy), ''],
          ['training time at start-up', ms(result.trainMs), '< 2000 ms'],
          ['understand() per message', ms(result.understandMs), ''],
        ],
      },
      {
        title: 'Intent confusion pairs (held out)',
        columns: ['expected', 'got', 'count', 'examples'],
        rows: result.confusionPairs.map((pair) => [
          pair.expected,
          pair.got,
          pair.count,
          clip(pair.examples.join(' | ')),
        ]),
      },
    ];
    if (result.entityMisses.length > 0) {
      tables.push({
        title: 'Entity misses (held out)',
        columns: ['message', 'expected', 'got'],
        rows: result.entityMisses.map((miss) => [clip(miss.text, 50), miss.expected, miss.got]),
      });
    }
    return tables;
  },
};

const SECTIONS: Section[] = [understandingSection, turnLatencySection];

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
