import type { Pathway, PathwayItem } from '../services/pathway/buildPathway';
import {
  adaptiveCard,
  askButton,
  heading,
  openUrlButton,
  paragraph,
  statusLabel,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
  type Container,
} from './adaptiveCard';
import { formatCalendarDate, formatDate } from './format';

export interface PathwayView {
  firstName: string;
  roleLabel: string;
  organisation: string;
  accessRouteLabel?: string;
  selfDeclared: boolean;
  pathway: Pathway;
}

// Plain words (with colour where it helps): they read the same to a screen reader as on screen.
const STATUS_WORDS: Record<PathwayItem['status'], string> = {
  done: 'Done',
  booked: 'Booked',
  next: 'Next',
  waiting: 'Later',
  optional: 'Optional',
};

/** Progress at a glance, what is done and what is to do, and the next step as a button. */
export function pathwayCard(view: PathwayView): AdaptiveCard {
  const { pathway } = view;
  const total = pathway.items.filter((item) => !(item.optional && item.status === 'optional')).length;
  const done = pathway.items.filter((item) => item.status === 'done' && !item.optional).length;
  const body: CardElement[] = [
    heading(`Your training pathway, ${view.firstName}`),
    paragraph(
      [
        view.roleLabel,
        view.organisation,
        view.accessRouteLabel ? `ContactPoint via ${view.accessRouteLabel}` : '',
      ]
        .filter(Boolean)
        .join(' · '),
      { isSubtle: true, spacing: 'None' },
    ),
  ];
  if (view.selfDeclared) body.push(unverifiedNote());
  body.push(
    paragraph(
      `**${done} of ${total}** required done${pathway.counts.booked ? ` · ${pathway.counts.booked} booked` : ''}`,
      {
        size: 'Medium',
      },
    ),
    paragraph(nextStepSentence(pathway), { color: pathway.nextStep.action === 'none' ? 'Good' : 'Accent' }),
  );
  body.push(
    ...section(
      'To do',
      pathway.items.filter((item) => ['next', 'booked', 'waiting'].includes(item.status)),
    ),
  );
  body.push(
    ...section(
      'Done',
      pathway.items.filter((item) => item.status === 'done'),
    ),
  );
  body.push(
    ...section(
      'Optional',
      pathway.items.filter((item) => item.status === 'optional'),
    ),
  );
  return adaptiveCard(body, nextStepActions(pathway));
}

export function unverifiedNote(): CardElement {
  return statusLabel(
    'warning',
    'Unverified',
    'you entered these details yourself. Your manager or the training coordinator will confirm them.',
  );
}

function section(title: string, items: PathwayItem[]): CardElement[] {
  // Modules taught within another course on the pathway (IS Index modules within ContactPoint training)
  // are listed under that course rather than as separate steps.
  const parents = new Set(items.map((item) => item.code));
  const shown = items.filter(
    (item) => !(item.taughtIn && item.status !== 'done' && parents.has(item.taughtIn)),
  );
  if (!shown.length) return [];
  const container: Container = {
    type: 'Container',
    separator: true,
    spacing: 'Medium',
    items: [
      { type: 'TextBlock', text: title, weight: 'Bolder', wrap: true },
      ...shown.map((item) => {
        const within = items.filter((other) => other.taughtIn === item.code && other.status !== 'done');
        const includes = within.length ? `  \nincludes ${within.map((other) => other.code).join(', ')}` : '';
        return {
          type: 'TextBlock' as const,
          wrap: true,
          spacing: 'Small' as const,
          text: `${statusWords(item)} · **${item.code}** ${item.title}  \n${detailLine(item)}${includes}`,
        };
      }),
    ],
  };
  return [container];
}

function statusWords(item: PathwayItem): string {
  if (item.status === 'next' && item.booking === 'arranged-separately') return 'Arranged by the coordinator';
  return STATUS_WORDS[item.status];
}

function detailLine(item: PathwayItem): string {
  const parts: string[] = [];
  if (item.status === 'done' && item.completedOn) {
    parts.push(
      `completed ${formatCalendarDate(item.completedOn)}${item.doneVia ? ` (through ${item.doneVia})` : ''}`,
    );
  } else if (item.status === 'booked' && item.bookedFor) {
    parts.push(`booked for ${formatDate(item.bookedFor)}`);
  } else {
    if (item.status === 'waiting' && item.waitingFor?.length)
      parts.push(`after ${item.waitingFor.join(', ')}`);
    if (item.lapsed) parts.push(`refresher due: last done ${formatCalendarDate(item.lapsed.completedOn)}`);
    parts.push(item.durationLabel);
    if (item.deliveryLabel) parts.push(item.deliveryLabel);
    if (item.taughtIn) parts.push(`taught within ${item.taughtIn}`);
  }
  return parts.join(' · ');
}

function nextStepSentence(pathway: Pathway): string {
  const step = pathway.nextStep;
  switch (step.action) {
    case 'find-session':
      return `**Next:** find a session of ${step.code} ${step.title}${step.selfStudyToo ? ' (or do it as self-study)' : ''}.`;
    case 'self-study':
      return `**Next:** complete ${step.code} ${step.title} in your own time.`;
    case 'ask-coordinator':
      return `**Next:** ${step.code} ${step.title} is arranged by the training coordinator: ask them for a place.`;
    case 'none':
      if (step.reason === 'complete') return 'You have done all the training your role needs. Well done!';
      if (step.reason === 'booked') return 'Everything you can book now is booked.';
      return 'Your next modules wait for training you have booked or started.';
  }
}

function nextStepActions(pathway: Pathway): CardAction[] {
  const step = pathway.nextStep;
  const actions: CardAction[] = [];
  if (step.action === 'find-session') {
    actions.push(askButton('Find a session', 'find_session', { modules: [step.code] }));
    if (step.link) actions.push(openUrlButton('Open the self-study', step.link));
  } else if (step.action === 'self-study' && step.link) {
    actions.push(openUrlButton(`Start ${step.code}`, step.link));
  }
  if (pathway.items.some((item) => item.gatedByReadiness && item.status !== 'done')) {
    actions.push(askButton('Am I ready for ContactPoint?', 'readiness'));
  }
  return actions;
}
