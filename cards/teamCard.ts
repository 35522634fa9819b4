import { AUDIENCE_LABELS } from '../services/catalogue/vocabulary';
import { TEAM_PAGE_SIZE, type TeamMember, type TeamOverview } from '../services/people/teamOverview';
import {
  adaptiveCard,
  listItem,
  executeButton,
  heading,
  pager,
  paragraph,
  type AdaptiveCard,
  type CardElement,
  type ExecuteAction,
} from './adaptiveCard';
import { formatDate } from './format';
import { noticeBlock, type Notice } from './waitingForConfirmationCard';

/** What the team card's buttons send back: where the card was, so an answer can return there. */
export interface TeamPlace {
  offset: number;
  blockedOnly: boolean;
}

/** A manager's line reports of record, a page at a time, each with View and, where it is due, Confirm IT competence. */
export function teamCard(overview: TeamOverview, notice?: Notice): AdaptiveCard {
  const body: CardElement[] = [
    heading(overview.blockedOnly ? 'Your team: blocked for ContactPoint training' : "Your team's training"),
  ];
  if (notice) body.push(noticeBlock(notice));
  const place: TeamPlace = { offset: overview.offset, blockedOnly: overview.blockedOnly };
  if (!overview.total) {
    body.push(
      paragraph(
        overview.teamSize === 0
          ? 'Nobody on the roster has you as their line manager yet. The training coordinator keeps the roster.'
          : `Nobody in your team of ${overview.teamSize} is blocked for ContactPoint training.`,
      ),
    );
    return adaptiveCard(body, overview.blockedOnly && overview.teamSize ? [wholeTeamButton()] : []);
  }
  const blocked = overview.members.filter(
    (member) => member.contactPoint && !member.contactPoint.ready,
  ).length;
  const paging = pager(
    {
      offset: overview.offset,
      shown: overview.members.length,
      total: overview.total,
      pageSize: TEAM_PAGE_SIZE,
    },
    'team.page',
    { one: 'person', many: 'people' },
    { blockedOnly: overview.blockedOnly },
  );
  body.push(
    paging.line ??
      paragraph(
        overview.blockedOnly
          ? `${overview.total} of your ${overview.teamSize} ${overview.teamSize === 1 ? 'person is' : 'people are'} blocked, each with the reason.`
          : [
              `${overview.total} ${overview.total === 1 ? 'person' : 'people'}`,
              blocked ? `${blocked} blocked for ContactPoint training` : '',
            ]
              .filter(Boolean)
              .join(' · '),
        { isSubtle: true },
      ),
  );
  for (const member of overview.members) body.push(memberBlock(member, place));
  return adaptiveCard(body, [...paging.buttons, ...(overview.blockedOnly ? [wholeTeamButton()] : [])]);
}

function memberBlock(member: TeamMember, place: TeamPlace): CardElement {
  const lines = [
    [
      `${member.requiredDone} of ${member.requiredTotal} required done`,
      member.nextCode ? `next: ${member.nextCode}` : '',
      member.booked.length
        ? `booked: ${member.booked.map((place) => `${place.code} ${formatDate(place.sessionStart)}`).join(', ')}`
        : '',
    ]
      .filter(Boolean)
      .join(' · '),
  ];
  if (member.contactPoint) {
    lines.push(
      member.contactPoint.ready
        ? 'Ready for ContactPoint training'
        : `**Blocked** for ContactPoint training by: ${member.contactPoint.blockers.join(', ')}`,
    );
  }
  const data = { aadObjectId: member.aadObjectId, ...place };
  const actions: ExecuteAction[] = [
    executeButton('View', 'team.member', data, { tooltip: `View ${member.name}'s training` }),
  ];
  if (member.itCompetenceAwaitsManager)
    actions.push(
      executeButton('Confirm IT competence', 'team.confirmIt', data, {
        style: 'positive',
        tooltip: `Confirm ${member.name}'s IT competence`,
      }),
    );
  return listItem([
    paragraph(`**${member.name}** · ${AUDIENCE_LABELS[member.audience]} · ${member.organisation}`),
    paragraph(lines.join('  \n'), { spacing: 'None' }),
    { type: 'ActionSet', actions },
  ]);
}

function wholeTeamButton(): ExecuteAction {
  return executeButton('Whole team', 'team.page', { offset: 0, blockedOnly: false });
}
