import type { CheckStatus, Readiness } from '../services/readiness/checkReadiness';
import {
  adaptiveCard,
  askButton,
  heading,
  openUrlButton,
  paragraph,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
} from './adaptiveCard';
import { formatCalendarDate, formatDatedText, formatSessionTime } from './format';
import { unverifiedNote } from './pathwayCard';

export interface ReadinessView {
  readiness: Readiness;
  selfDeclared: boolean;
  /** The session the checks were measured against, if one was chosen. */
  session?: { id: string; title: string; start: Date; end: Date; venue: string };
}

const STATUS_WORDS: Record<CheckStatus, string> = {
  met: 'Met',
  missing: 'Missing',
  expired: 'Expired',
  'expires-before-session': 'Runs out before the session',
  'awaiting-confirmation': 'Waiting for confirmation',
};

const STATUS_COLOURS: Record<CheckStatus, 'Good' | 'Attention' | 'Warning'> = {
  met: 'Good',
  missing: 'Attention',
  expired: 'Attention',
  'expires-before-session': 'Warning',
  'awaiting-confirmation': 'Warning',
};

/** A checklist of the ContactPoint prerequisites, each with its status and, if not met, what to do and who. */
export function readinessCard(view: ReadinessView): AdaptiveCard {
  const { readiness } = view;
  const notMet = readiness.checks.filter((check) => check.status !== 'met');
  const body: CardElement[] = [heading('Ready for ContactPoint training?')];
  body.push(
    paragraph(
      readiness.ready
        ? '**Yes: every check is met.** You can book ContactPoint training.'
        : `**Not yet: ${notMet.length} of ${readiness.checks.length} checks need action.**`,
      { color: readiness.ready ? 'Good' : 'Attention' },
    ),
    paragraph(
      view.session
        ? `Checked against your session: ${formatSessionTime(view.session.start, view.session.end)}, ${view.session.venue}.`
        : `Checked against today, ${formatCalendarDate(readiness.today)}. Dates are checked again against the session you choose.`,
      { isSubtle: true, spacing: 'None' },
    ),
  );
  if (view.selfDeclared) body.push(unverifiedNote());
  const links: CardAction[] = [];
  for (const check of readiness.checks) {
    const lines = [`${STATUS_WORDS[check.status]} · **${check.label}**`, formatDatedText(check.detail)];
    if (check.warning) lines.push(`**Note:** ${formatDatedText(check.warning)}`);
    if (check.nextAction) {
      lines.push(`**To do (${check.nextAction.who}):** ${formatDatedText(check.nextAction.text)}`);
      if (
        check.nextAction.link &&
        !links.some((l) => l.type === 'Action.OpenUrl' && l.url === check.nextAction?.link)
      ) {
        links.push(
          openUrlButton(check.remedy ? `Start ${check.remedy}` : 'Open the link', check.nextAction.link),
        );
      }
    }
    body.push({
      type: 'Container',
      separator: true,
      spacing: 'Small',
      items: [
        paragraph(lines[0] ?? '', { color: STATUS_COLOURS[check.status] }),
        paragraph(lines.slice(1).join('  \n'), { spacing: 'None' }),
      ],
    });
  }
  const actions: CardAction[] = [...links];
  if (!view.session) {
    actions.push(askButton('Find a ContactPoint session', 'find_session', { modules: [readiness.course] }));
  }
  actions.push(askButton('My training', 'pathway'));
  return adaptiveCard(body, actions);
}
