import type { CalendarEvent } from './calendarEvent';

const COMPOSE =
  'https://outlook.office.com/calendar/0/deeplink/compose?path=/calendar/action/compose&rru=addevent';

/**
 * A link that opens a new event in Outlook on the web (work or school accounts), filled in. Times are ISO 8601 in
 * UTC, which Outlook converts to the person's own zone. Values are percent-encoded (`%20`, never `+`, which
 * Outlook would show as a plus sign).
 */
export function outlookComposeLink(event: CalendarEvent): string {
  const params: [string, string][] = [
    ['subject', event.title],
    ['startdt', isoUtc(event.start)],
    ['enddt', isoUtc(event.end)],
    ['location', event.location],
    ['body', event.description],
  ];
  return `${COMPOSE}&${params.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&')}`;
}

/** "2026-11-30T09:30:00Z" */
function isoUtc(instant: Date): string {
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z');
}
