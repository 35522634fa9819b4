import type { Pathway, PathwayItem } from '../services/pathway/buildPathway';
import {
  isRequired,
  pathwaySteps,
  requiredProgress,
  type PathwayStep,
} from '../services/pathway/pathwaySteps';
import {
  adaptiveCard,
  askButton,
  foldedSection,
  heading,
  openUrlButton,
  paragraph,
  statusLabel,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
  type TextBlock,
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

/** The ids the Show buttons open: one Done and one Optional section per card. */
export const FOLDED_SECTION_IDS = { done: 'pathway-done', optional: 'pathway-optional' } as const;

/**
 * Progress at a glance, what is to do (open), what is done and what else could be done (each folded behind a
 * Show button, so a long pathway stays short), and the next step as a button. Every row is a step of the pathway
 * (services/pathway/pathwaySteps.ts) and the count counts those same rows: the required ones, and the optional
 * ones done (marked optional).
 */
export function pathwayCard(view: PathwayView): AdaptiveCard {
  const { pathway } = view;
  const steps = pathwaySteps(pathway.items);
  const toDo = steps.filter(
    ({ item }) => item.status !== 'done' && (isRequired(item) || item.status === 'booked'),
  );
  const done = steps.filter(({ item }) => item.status === 'done');
  const optional = steps.filter(({ item }) => !isRequired(item) && !['done', 'booked'].includes(item.status));
  const progress = requiredProgress(pathway.items);
  const optionalDone = done.length - progress.done;
  const booked = toDo.filter(({ item }) => item.status === 'booked').length;
  const nextCode = 'code' in pathway.nextStep ? pathway.nextStep.code : undefined;

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
      [
        `**${progress.done} of ${progress.total}** required done`,
        optionalDone ? `${optionalDone} optional done` : '',
        booked ? `${booked} booked` : '',
      ]
        .filter(Boolean)
        .join(' · '),
      { size: 'Medium' },
    ),
    paragraph(nextStepSentence(pathway)),
  );
  if (toDo.length) {
    body.push({
      type: 'Container',
      separator: true,
      spacing: 'Medium',
      items: [sectionHeading('To do'), ...toDo.map((step) => stepRow(step, nextCode))],
    });
  }
  if (done.length) {
    body.push(
      ...foldedSection(FOLDED_SECTION_IDS.done, `Show done (${done.length})`, [
        sectionHeading('Done'),
        ...done.map((step) => stepRow(step, nextCode)),
      ]),
    );
  }
  if (optional.length) {
    body.push(
      ...foldedSection(FOLDED_SECTION_IDS.optional, `Show optional (${optional.length})`, [
        sectionHeading('Optional'),
        ...optional.map((step) => stepRow(step, nextCode)),
      ]),
    );
  }
  return adaptiveCard(body, nextStepActions(pathway));
}

export function unverifiedNote(): CardElement {
  return statusLabel(
    'warning',
    'Unverified',
    'you entered these details yourself. Your manager or the training coordinator will confirm them.',
  );
}

/** A heading screen readers can jump to, no bigger than bold text. */
function sectionHeading(text: string): TextBlock {
  return { type: 'TextBlock', text, weight: 'Bolder', size: 'Default', style: 'heading', wrap: true };
}

/**
 * Where a step stands, in a bold word. Exactly one step is "Next": the pathway's next step, on an accent band
 * (statusLabel: the word carries it, WCAG 1.4.1); other steps that can be done now are "To do".
 */
export function stepWord(item: PathwayItem, nextCode: string | undefined): string {
  switch (item.status) {
    case 'done':
      return 'Done';
    case 'booked':
      return 'Booked';
    case 'next':
      return item.code === nextCode ? 'Next' : 'To do';
    case 'waiting':
      return 'Later';
    case 'optional':
      return 'Optional';
  }
}

function stepRow({ item, includes }: PathwayStep, nextCode: string | undefined): CardElement {
  const word = stepWord(item, nextCode);
  const within = includes.length ? `  \nincludes ${includes.map((other) => other.code).join(', ')}` : '';
  return statusLabel(
    word === 'Next' ? 'accent' : 'neutral',
    word,
    `**${item.code}** ${item.title}  \n${detailLine(item)}${within}`,
  );
}

function detailLine(item: PathwayItem): string {
  const parts: string[] = [];
  if (item.status === 'done' && item.completedOn) {
    parts.push(
      `completed ${formatCalendarDate(item.completedOn)}${item.doneVia ? ` (through ${item.doneVia})` : ''}`,
    );
    if (!isRequired(item)) parts.push('optional');
  } else if (item.status === 'booked' && item.bookedFor) {
    parts.push(`booked for ${formatDate(item.bookedFor)}`);
    if (!isRequired(item)) parts.push('optional');
  } else {
    if (item.status === 'waiting' && item.waitingFor?.length)
      parts.push(`after ${item.waitingFor.join(', ')}`);
    if (item.booking === 'arranged-separately') parts.push('arranged by the training coordinator');
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
