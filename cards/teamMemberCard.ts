import { bookingButtons, bookingDetails, type BookingCardView } from './bookingCard';
import { AUDIENCE_LABELS } from '../services/catalogue/vocabulary';
import type { MemberView } from '../services/people/teamMember';
import {
  adaptiveCard,
  listItem,
  askButton,
  executeButton,
  facts,
  heading,
  paragraph,
  statusLabel,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
} from './adaptiveCard';
import { formatDatedText } from './format';
import { STATUS_TONES, statusWord } from './readinessCard';
import type { TeamPlace } from './teamCard';
import { noticeBlock, type Notice } from './waitingForConfirmationCard';

/**
 * One line report as their manager sees them: progress, next step, and each ContactPoint check with who acts
 * on it. From the team card (`place` set) it has Back to team; Confirm IT competence where it is the manager's.
 */
export function teamMemberCard(
  member: MemberView,
  place?: TeamPlace,
  notice?: Notice,
  bookings: BookingCardView[] = [],
): AdaptiveCard {
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
    body.push(
      listItem([
        statusLabel(STATUS_TONES[check.status], `${check.label}: ${statusWord(check)}`),
        ...(check.nextAction
          ? [
              paragraph(`${formatDatedText(check.nextAction.text)} (${check.nextAction.who})`, {
                spacing: 'None',
              }),
            ]
          : []),
      ]),
    );
  }
  if (bookings.length) body.push(paragraph('**Booked**', { spacing: 'Medium' }));
  for (const booking of bookings) {
    const buttons = bookingButtons(booking).filter((button) => button.type === 'Action.Execute');
    body.push(
      listItem([
        paragraph(`**${booking.course.code} ${booking.course.title}**`),
        ...bookingDetails(booking),
        ...(buttons.length ? [{ type: 'ActionSet' as const, actions: buttons }] : []),
      ]),
    );
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
