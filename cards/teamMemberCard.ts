import type { CheckStatus } from '../services/readiness/checkReadiness';
import { AUDIENCE_LABELS } from '../services/catalogue/vocabulary';
import type { MemberView } from '../services/people/teamMember';
import {
  adaptiveCard,
  askButton,
  executeButton,
  facts,
  heading,
  paragraph,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
} from './adaptiveCard';
import type { TeamPlace } from './teamCard';
import { noticeBlock, type Notice } from './waitingForConfirmationCard';

// Status in words, never colour alone (WCAG 1.4.1).
const STATUS_WORDS: Record<CheckStatus, string> = {
  met: 'Met',
  missing: 'Missing',
  expired: 'Expired',
  'expires-before-session': 'Runs out before the session',
  'awaiting-confirmation': 'Waiting for confirmation',
};

/**
 * One line report as their manager sees them: progress, next step, and each ContactPoint check with who acts
 * on it. From the team card (`place` set) it has Back to team; Confirm IT competence where it is the manager's.
 */
export function teamMemberCard(member: MemberView, place?: TeamPlace, notice?: Notice): AdaptiveCard {
  const body: CardElement[] = [heading(`${member.name}'s training`)];
  if (notice) body.push(noticeBlock(notice));
  body.push(
    paragraph(`${AUDIENCE_LABELS[member.audience]} · ${member.organisation}`, {
      isSubtle: true,
      spacing: 'None',
    }),
    facts([
      ['Required training', `${member.requiredDone} of ${member.requiredTotal} done`],
      ['Next', member.nextCode ?? 'Nothing to do now'],
      [
        'ContactPoint training',
        member.contactPoint
          ? member.contactPoint.ready
            ? 'Ready'
            : `Blocked by: ${member.contactPoint.blockers.join(', ')}`
          : 'Not nominated',
      ],
    ]),
  );
  for (const check of member.readiness?.checks.filter((c) => c.status !== 'met') ?? []) {
    body.push({
      type: 'Container',
      separator: true,
      spacing: 'Small',
      items: [
        paragraph(`**${check.label}: ${STATUS_WORDS[check.status]}**`),
        ...(check.nextAction
          ? [
              paragraph(`${check.nextAction.text} (${check.nextAction.who})`, {
                spacing: 'None',
                isSubtle: true,
              }),
            ]
          : []),
      ],
    });
  }
  const actions: CardAction[] = [];
  const data = { aadObjectId: member.aadObjectId, ...(place ?? { offset: 0, blockedOnly: false }) };
  if (member.itCompetenceAwaitsManager)
    actions.push(
      executeButton(
        'Confirm IT competence',
        'team.confirmIt',
        { ...data, from: 'member' },
        { style: 'positive' },
      ),
    );
  actions.push(
    place ? executeButton('Back to team', 'team.page', { ...place }) : askButton('My team', 'team_status'),
  );
  return adaptiveCard(body, actions);
}
