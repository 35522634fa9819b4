/** One table of a benchmark section, printed as Markdown. */
export interface Table {
  title: string;
  columns: string[];
  rows: (string | number)[][];
}

/** A benchmark: `npm run bench` prints each section's tables in turn. */
export interface Section {
  name: string;
  run(): Table[] | Promise<Table[]>;
}

export const percent = (share: number) => `${(share * 100).toFixed(1)}%`;
export const ms = (value: number) => `${value.toFixed(value < 10 ? 2 : 0)} ms`;
export const clip = (text: string, width = 70) =>
  text.length > width ? `${text.slice(0, width - 1)}…` : text;
