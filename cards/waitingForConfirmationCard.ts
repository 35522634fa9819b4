import type { Verb } from './verbs';
import { AUDIENCE_LABELS, SERVICE_GROUP_LABELS } from '../services/catalogue/vocabulary';
import {
  WAITING_PAGE_SIZE,
  type DeclaredPerson,
  type WaitingList,
} from '../services/people/waitingForConfirmation';
import {
  adaptiveCard,
  executeButton,
  facts,
  heading,
  pager,
  paragraph,
  type AdaptiveCard,
  type CardElement,
} from './adaptiveCard';
import { formatDateTime } from './format';

/** The card verbs of the confirmation queue (bot/actionRoutes.ts routes them). */
export const REVIEW_VERBS = {
  confirm: 'profile.confirm',
  reject: 'profile.reject',
  correct: 'profile.review',
  page: 'profiles.waiting',
} as const satisfies Record<string, Verb>;

/** The outcome of the last button, shown at the top of the card it replaces. */
export interface Notice {
  text: string;
  tone: 'good' | 'warning';
}

/** What the buttons send back: who, and which version of their declaration the coordinator saw. */
export function reviewData(person: Pick<DeclaredPerson, 'aadObjectId' | 'declaredAt'>, offset: number) {
  return {
    aadObjectId: person.aadObjectId,
    ...(person.declaredAt ? { declaredAt: person.declaredAt.toISOString() } : {}),
    offset,
  };
}

/** People who entered their own details, for a coordinator to confirm, correct or reject, a page at a time. */
export function waitingForConfirmationCard(list: WaitingList, notice?: Notice): AdaptiveCard {
  const body: CardElement[] = [heading('People waiting for their details to be confirmed')];
  if (notice) body.push(noticeBlock(notice));
  if (!list.total) {
    body.push(
      paragraph(
        'Nobody is waiting: everyone who entered their own details has been confirmed or turned down.',
      ),
    );
    return adaptiveCard(body);
  }
  const paging = pager(
    { offset: list.offset, shown: list.people.length, total: list.total, pageSize: WAITING_PAGE_SIZE },
    REVIEW_VERBS.page,
    { one: 'person', many: 'people' },
  );
  body.push(
    paging.line ??
      paragraph(
        `${list.total} ${list.total === 1 ? 'person is' : 'people are'} waiting. Until you confirm them they count as practitioners with no other role.`,
        {
          isSubtle: true,
        },
      ),
  );
  for (const person of list.people) body.push(personBlock(person, list.offset));
  return adaptiveCard(body, paging.buttons);
}

function personBlock(person: DeclaredPerson, offset: number): CardElement {
  const data = reviewData(person, offset);
  return {
    type: 'Container',
    separator: true,
    spacing: 'Medium',
    items: [
      paragraph(`**${person.name}**`),
      facts([
        ['Role', AUDIENCE_LABELS[person.audience]],
        [
          'Organisation',
          person.organisationKnown
            ? person.organisation
            : `${person.organisation} (new: confirming adds it, not accredited)`,
        ],
        ['Service', SERVICE_GROUP_LABELS[person.serviceGroup]],
        ['ContactPoint', person.contactPointUser ? 'Says they are nominated' : 'Not nominated'],
        ['Manager', managerClaim(person)],
        ['Entered', person.declaredAt ? formatDateTime(person.declaredAt) : undefined],
      ]),
      {
        type: 'ActionSet',
        actions: [
          executeButton('Confirm', REVIEW_VERBS.confirm, data, {
            style: 'positive',
            tooltip: `Confirm ${person.name}`,
          }),
          executeButton('Correct details', REVIEW_VERBS.correct, data, {
            tooltip: `Correct ${person.name}'s details`,
          }),
          executeButton('Reject', REVIEW_VERBS.reject, data, {
            style: 'destructive',
            tooltip: `Reject ${person.name}`,
          }),
        ],
      },
    ],
  };
}

export function managerClaim(person: Pick<DeclaredPerson, 'claimedManagerEmail' | 'claimedManager'>): string {
  if (!person.claimedManagerEmail) return 'None given';
  return person.claimedManager
    ? `${person.claimedManager.name} (${person.claimedManagerEmail}): confirming links them`
    : `${person.claimedManagerEmail}: not on the roster, so not linked`;
}

/** A tinted band with plain dark text: coloured text on white is too faint to read for many people. */
export function noticeBlock(notice: Notice): CardElement {
  return {
    type: 'Container',
    style: notice.tone === 'good' ? 'good' : 'warning',
    items: [paragraph(notice.text, { weight: 'Bolder' })],
  };
}
