import { containerBootstrap } from '@nlpjs/core';
import { LangEn } from '@nlpjs/lang-en-min';
import { Nlp } from '@nlpjs/nlp';
import type { Intent } from '../../services/intents/understanding';

/** nlp.js as the benchmark compares it: trained on (text, intent) pairs, answering one intent per message. */
export interface NlpJsClassifier {
  classify(text: string): Promise<Intent>;
}

const QUIET = { debug() {}, info() {}, warn() {}, error() {}, log() {}, trace() {}, fatal() {} };

/**
 * Trains nlp.js 4 (its neural intent classifier, English stemmer and tokeniser) the way its README does, with
 * its defaults, logging off. Its own "None" (below its threshold) counts as our fallback.
 */
export async function trainNlpJs(examples: { text: string; intent: Intent }[]): Promise<NlpJsClassifier> {
  const container = await containerBootstrap();
  // nlp.js's defaults for its intent classifier, with the per-epoch log off.
  container.registerConfiguration('nlu-??', {
    keepStopwords: true,
    nonefeatureValue: 1,
    nonedeltaMultiplier: 1.2,
    spellCheck: false,
    spellCheckDistance: 1,
    filterZeros: true,
    log: false,
  });
  container.use(Nlp);
  container.use(LangEn);
  container.register('logger', QUIET);
  const nlp = container.get('nlp');
  nlp.settings.autoSave = false;
  nlp.addLanguage('en');
  for (const example of examples) nlp.addDocument('en', example.text, example.intent);
  await nlp.train();
  return {
    async classify(text) {
      const { intent } = await nlp.process('en', text);
      return intent === 'None' ? 'fallback' : (intent as Intent);
    },
  };
}
