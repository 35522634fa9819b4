import type { CheckStatus, Readiness, ReadinessCheck } from '../services/readiness/checkReadiness';
import {
  adaptiveCard,
  listItem,
  askButton,
  heading,
  openUrlButton,
  paragraph,
  statusLabel,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
  type StatusTone,
} from './adaptiveCard';
import { formatCalendarDate, formatDatedText, formatSessionTime } from './format';
import { unverifiedNote } from './pathwayCard';
import { noticeBlock, type Notice } from './waitingForConfirmationCard';

export interface ReadinessView {
  readiness: Readiness;
  selfDeclared: boolean;
  /** The session the checks were measured against, if one was chosen. */
  session?: { id: string; title: string; start: Date; end: Date; venue: string };
  /** Why this card is shown, above it (e.g. a Book press that the checks stopped). */
  notice?: Notice;
}

/** Each check's status as a bold word ("Waiting for your manager" says whom), so colour never carries it alone. */
export function statusWord(check: Pick<ReadinessCheck, 'status' | 'nextAction' | 'evidencedBy'>): string {
  switch (check.status) {
    case 'met':
      return 'Met';
    case 'missing':
      return 'Missing';
    case 'expired':
      return 'Expired';
    case 'expires-before-session':
      return 'Runs out before the session';
    case 'awaiting-confirmation':
      return `Waiting for ${check.nextAction?.who ?? check.evidencedBy}`;
  }
}

// The tint behind the word (statusLabel: WCAG 1.4.1, 1.4.3): missing or out of date in the attention tint,
// running out or waiting for someone's confirmation in the warning tint, met untinted, so the eye goes to what
// needs doing.
export const STATUS_TONES: Record<CheckStatus, StatusTone> = {
  met: 'neutral',
  missing: 'attention',
  expired: 'attention',
  'expires-before-session': 'warning',
  'awaiting-confirmation': 'warning',
};

/** A checklist of the ContactPoint prerequisites, each with its status and, if not met, what to do and who. */
export function readinessCard(view: ReadinessView): AdaptiveCard {
  const { readiness } = view;
  const notMet = readiness.checks.filter((check) => check.status !== 'met');
  const body: CardElement[] = [
    ...(view.notice ? [noticeBlock(view.notice)] : []),
    heading('Ready for ContactPoint training?'),
  ];
  body.push(
    readiness.ready
      ? statusLabel(
          'good',
          'Yes',
          'every check is met. You can go on ContactPoint training: find a session below.',
        )
      : statusLabel(
          'attention',
          'Not yet',
          `${notMet.length} of ${readiness.checks.length} ${readiness.checks.length === 1 ? 'check needs' : 'checks need'} action.`,
        ),
    paragraph(
      view.session
        ? `Checked against your session: ${formatSessionTime(view.session.start, view.session.end)}, ${view.session.venue}.`
        : `Checked against today, ${formatCalendarDate(readiness.today)}. Dates are checked again against the session you choose.`,
      { isSubtle: true, spacing: 'Small' },
    ),
  );
  if (view.selfDeclared) body.push(unverifiedNote());
  const links: CardAction[] = [];
  for (const check of readiness.checks) {
    const lines = [formatDatedText(check.detail)];
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
    body.push(
      listItem([
        statusLabel(STATUS_TONES[check.status], statusWord(check), `**${check.label}**`),
        paragraph(lines.join('  \n'), { spacing: 'Small' }),
      ]),
    );
  }
  const actions: CardAction[] = [...links];
  if (!view.session) {
    actions.push(askButton('Find a ContactPoint session', 'find_session', { modules: [readiness.course] }));
  }
  actions.push(askButton('My training', 'pathway'));
  return adaptiveCard(body, actions);
}
