import type { AccessRoute } from '../services/catalogue/vocabulary';
import {
  FILL_RATES_PAGE_SIZE,
  FILL_RULES,
  type FillFlag,
  type FillRates,
} from '../services/sessions/fillRates';
import {
  adaptiveCard,
  executeButton,
  listItem,
  facts,
  heading,
  pager,
  paragraph,
  type AdaptiveCard,
  type CardElement,
} from './adaptiveCard';
import { formatSessionTime } from './format';
import type { Verb } from './verbs';

export const FILL_RATES_PAGE_VERB = 'fillRates.page' satisfies Verb;

const MANAGE_SESSIONS = executeButton('Manage sessions', 'sessions.manage');

const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;

// The flag is a bold word (never colour alone, WCAG 1.4.1) with what it asks of the coordinator.
const FLAG_WORDS: Record<FillFlag, (daysAway: number) => string> = {
  'no-bookings': (days) => `**No bookings yet**, ${inDays(days)}: promote it, or merge it with another date`,
  'under-filled-soon': (days) =>
    `**Under ${percent(FILL_RULES.underFilledBelow)} full**, ${inDays(days)}: promote it to the teams it suits`,
  'nearly-full': () => '**Nearly full**: think about another date',
  full: () => '**Full**',
};

/** How full the coming sessions are: what needs action first, totals per course and system, then the rest. */
export function fillRatesCard(rates: FillRates, routeLabel: (route: AccessRoute) => string): AdaptiveCard {
  const weeks = Math.round(rates.days / 7);
  const body: CardElement[] = [heading(`How full the next ${weeks} weeks are`)];
  if (!rates.totals.sessions) {
    body.push(
      paragraph(
        `No sessions are published for the next ${weeks} weeks. Add one from Manage sessions, or import some with \`admin import sessions\`.`,
      ),
    );
    return adaptiveCard(body, [MANAGE_SESSIONS]);
  }
  const { booked, capacity, sessions, needingAction } = rates.totals;
  body.push(
    paragraph(
      `**${booked} of ${capacity} places taken (${percent(capacity ? booked / capacity : 0)})** across ${sessions} sessions · ` +
        (needingAction
          ? `**${needingAction} need${needingAction === 1 ? 's' : ''} action**`
          : 'nothing needs action'),
    ),
    facts(
      rates.byCourse.map((group) => [
        `${group.course}${group.accessRoute ? ` ${routeLabel(group.accessRoute)}` : ''}`,
        `${group.booked} of ${group.capacity} (${percent(group.capacity ? group.booked / group.capacity : 0)}) in ${group.sessions} ${group.sessions === 1 ? 'session' : 'sessions'}`,
      ]),
    ),
  );
  const paging = pager(
    { offset: rates.offset, shown: rates.sessions.length, total: sessions, pageSize: FILL_RATES_PAGE_SIZE },
    FILL_RATES_PAGE_VERB,
    { one: 'session', many: 'sessions' },
  );
  if (paging.line) body.push(paging.line);
  for (const { session, fillRatio, flag, daysAway } of rates.sessions) {
    body.push(
      listItem([
        paragraph(
          `**${session.course}**${session.accessRoute ? ` ${routeLabel(session.accessRoute)}` : ''} · ${formatSessionTime(session.start, session.end)}`,
        ),
        paragraph(`${session.booked} of ${session.capacity} (${percent(fillRatio)}) · ${session.venue}`, {
          spacing: 'None',
          isSubtle: true,
        }),
        ...(flag ? [paragraph(FLAG_WORDS[flag](daysAway), { spacing: 'None' })] : []),
      ]),
    );
  }
  return adaptiveCard(body, [...paging.buttons, MANAGE_SESSIONS]);
}

function inDays(days: number): string {
  return days <= 0 ? 'today' : days === 1 ? 'tomorrow' : `in ${days} days`;
}
