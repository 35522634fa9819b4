import type { Verb } from './verbs';
import { FILL_RATES_PAGE_SIZE, type FillRates } from '../services/sessions/fillRates';
import { adaptiveCard, heading, pager, paragraph, type AdaptiveCard, type CardElement } from './adaptiveCard';

export const FILL_RATES_PAGE_VERB = 'fillRates.page' satisfies Verb;
import { formatSessionTime } from './format';

const percent = (ratio: number) => `${Math.round(ratio * 100)}%`;

/** How full the coming sessions are, soonest first, with the emptiest flagged. */
export function fillRatesCard(rates: FillRates, labels: Record<string, string>): AdaptiveCard {
  const body: CardElement[] = [heading('How full the next six weeks are')];
  if (!rates.totals.sessions) {
    body.push(
      paragraph(
        'No sessions are published for the next six weeks. Import some with `admin import sessions`.',
      ),
    );
    return adaptiveCard(body);
  }
  const overall = rates.totals.capacity ? rates.totals.booked / rates.totals.capacity : 0;
  body.push(
    paragraph(
      `**${rates.totals.booked} of ${rates.totals.capacity} places taken (${percent(overall)})** across ${rates.totals.sessions} sessions`,
    ),
  );
  const paging = pager(
    {
      offset: rates.offset,
      shown: rates.sessions.length,
      total: rates.totals.sessions,
      pageSize: FILL_RATES_PAGE_SIZE,
    },
    FILL_RATES_PAGE_VERB,
    { one: 'session', many: 'sessions' },
  );
  if (paging.line) body.push(paging.line);
  for (const { session, fillRatio } of rates.sessions) {
    const flag = fillRatio >= 1 ? ' · full' : fillRatio < 0.5 ? ' · under half full' : '';
    body.push({
      type: 'Container',
      separator: true,
      spacing: 'Small',
      items: [
        paragraph(
          `**${session.course}** ${labels[session._id] ?? ''} · ${formatSessionTime(session.start, session.end)}`,
        ),
        paragraph(
          `${session.booked} of ${session.capacity} (${percent(fillRatio)})${flag} · ${session.venue}`,
          {
            spacing: 'None',
            isSubtle: true,
          },
        ),
      ],
    });
  }
  return adaptiveCard(body, paging.buttons);
}
