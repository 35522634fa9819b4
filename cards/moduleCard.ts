import type { ModuleDescription } from '../services/catalogue/describeModule';
import { windowLabel } from '../services/catalogue/validityWindow';
import {
  adaptiveCard,
  askButton,
  facts,
  heading,
  openUrlButton,
  paragraph,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
} from './adaptiveCard';

import type { ModuleQuestion } from '../services/intents/understanding';

/**
 * A module's essentials, with each question asked answered first, in the order asked ("what's CAF02 and how
 * long is it?" gets what it is, then how long).
 */
export function moduleCard(
  module: ModuleDescription,
  questions: ModuleQuestion | ModuleQuestion[] = 'what',
): AdaptiveCard {
  const asked = [...new Set(Array.isArray(questions) ? questions : [questions])];
  const name = module.part ? `${module.part.code} ${module.part.title}` : `${module.code} ${module.title}`;
  const body: CardElement[] = [
    heading(name),
    ...(asked.length ? asked : (['what'] as const)).map((question) =>
      paragraph(answerLine(module, question, name)),
    ),
  ];
  if (!asked.includes('what')) body.push(paragraph(module.summary, { isSubtle: true }));
  if (module.part) body.push(paragraph(`Taught within ${module.code} ${module.title}.`, { isSubtle: true }));
  body.push(
    facts([
      ['How long', module.durationLabel],
      ['How it is delivered', module.deliveryLabel || undefined],
      ['Who it is for', module.audienceNote],
      [
        'Do first',
        module.before.label
          ? module.before.label + (module.before.note ? ` (${module.before.note})` : '')
          : 'Nothing',
      ],
      ['Managers may instead', module.coveredBy.map((c) => c.label).join('; ') || undefined],
      ['Modules within it', module.parts.map((p) => `${p.code} ${p.title}`).join('; ') || undefined],
      ['Counts for', module.validForMonths ? windowLabel(module.validForMonths) : undefined],
    ]),
  );
  const actions: CardAction[] = [];
  if (module.booking === 'session' || module.booking === 'either') {
    actions.push(askButton('Find a session', 'find_session', { modules: [module.code] }));
  }
  if (module.link) actions.push(openUrlButton(`Open ${module.code}`, module.link));
  actions.push(askButton('My training', 'pathway'));
  return adaptiveCard(body, actions);
}

function answerLine(module: ModuleDescription, question: ModuleQuestion, name: string): string {
  switch (question) {
    case 'duration':
      return `**${module.code}** takes **${module.durationLabel}**.`;
    case 'audience':
      return `**Who it is for:** ${module.audienceNote}.`;
    case 'prerequisites':
      return module.before.label
        ? `Before ${module.code}, do **${module.before.label}**.${module.before.note ? ` (${module.before.note})` : ''}`
        : `Nothing needs to come before ${module.code}.`;
    case 'mandatory':
      return module.mandatory
        ? `**Yes:** ${module.code} is mandatory. ${module.mandatory.note}.`
        : `**No:** ${module.code} is not mandatory for everyone. ${module.audienceNote}.`;
    case 'delivery':
      return module.deliveryLabel
        ? `**How it is delivered:** ${module.deliveryLabel}.`
        : `${module.code} has no set way of being delivered.`;
    case 'location':
      return module.booking === 'self-study'
        ? `${module.code} is self-study: you do it wherever suits you.`
        : `Each session names its venue: "Find a session" shows the dates and venues for ${module.code}.`;
    case 'what':
      return module.summary || name;
  }
}
