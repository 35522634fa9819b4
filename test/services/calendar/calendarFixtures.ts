export const CP_COURSE = {
  code: 'CP',
  title: 'ContactPoint training',
  bring: ['Photo ID (passport or driving licence)', 'A utility bill from the last 3 months'],
};

/** An .ics file's content lines, unfolded (RFC 5545 §3.1: a line break followed by a space continues the line). */
export function icsLines(ics: string): string[] {
  return ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .filter(Boolean);
}

/** The value of the first property with this name ("DTSTART" matches "DTSTART:..." and "DTSTART;TZID=...:..."). */
export function icsProperty(ics: string, name: string): string | undefined {
  const line = icsLines(ics).find((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`));
  return line?.slice(line.indexOf(':') + 1);
}

/** RFC 5545 §3.3.11 TEXT, unescaped. */
export function icsText(value: string | undefined): string | undefined {
  return value?.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}
