import type { Verb } from './verbs';
import { AUDIENCE_LABELS } from '../services/catalogue/vocabulary';
import { TEAM_PAGE_SIZE, type TeamOverview } from '../services/people/teamOverview';
import { adaptiveCard, heading, pager, paragraph, type AdaptiveCard, type CardElement } from './adaptiveCard';

export const TEAM_PAGE_VERB = 'team.page' satisfies Verb;

/** A manager's line reports of record, a page at a time: progress, next module, ContactPoint blockers. */
export function teamCard(overview: TeamOverview): AdaptiveCard {
  const body: CardElement[] = [heading("Your team's training")];
  if (!overview.total) {
    body.push(
      paragraph(
        'Nobody on the roster has you as their line manager yet. The training coordinator keeps the roster.',
      ),
    );
    return adaptiveCard(body);
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
    TEAM_PAGE_VERB,
    { one: 'person', many: 'people' },
  );
  body.push(
    paging.line ??
      paragraph(
        [
          `${overview.total} ${overview.total === 1 ? 'person' : 'people'}`,
          blocked ? `${blocked} blocked for ContactPoint training` : '',
        ]
          .filter(Boolean)
          .join(' · '),
        { isSubtle: true },
      ),
  );
  for (const member of overview.members) {
    const lines = [
      `${member.requiredDone} of ${member.requiredTotal} required done${member.nextCode ? ` · next: ${member.nextCode}` : ''}`,
    ];
    if (member.contactPoint) {
      lines.push(
        member.contactPoint.ready
          ? 'Ready for ContactPoint training'
          : `ContactPoint training blocked by: ${member.contactPoint.blockers.join(', ')}`,
      );
    }
    body.push({
      type: 'Container',
      separator: true,
      spacing: 'Small',
      items: [
        paragraph(`**${member.name}** · ${AUDIENCE_LABELS[member.audience]} · ${member.organisation}`),
        paragraph(lines.join('  \n'), { spacing: 'None' }),
      ],
    });
  }
  return adaptiveCard(body, paging.buttons);
}
