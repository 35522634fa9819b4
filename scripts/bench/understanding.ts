import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadCatalogue } from '../../services/catalogue/loadCatalogue';
import { benchmarkUnderstanding, crossValidate, folds } from '../../services/intents/evaluate';
import { parseLabelledUtterances, type LabelledUtterance } from '../../services/intents/labelledUtterance';
import { cleanText } from '../../services/intents/normalise';
import { bundledTrainingExamples } from '../../services/intents/understander';
import { trainNlpJs } from './nlpjs';
import { clip, ms, percent, type Section, type Table } from './section';

const HELD_OUT = path.join(__dirname, '..', '..', 'test', 'services', 'intents');
const OLD_HELD_OUT = path.join(HELD_OUT, 'utterances.test.json');
const FRESH_HELD_OUT = path.join(HELD_OUT, 'utterances.fresh.json');

const read = (file: string) => parseLabelledUtterances(JSON.parse(readFileSync(file, 'utf8')));

// A fresh message sharing at least this share of its words with some training message is "near" training.
const NEAR_TRAINING = 0.5;

function words(text: string): Set<string> {
  return new Set(cleanText(text).split(' ').filter(Boolean));
}

/** The fresh messages whose words overlap no training message by half or more (Jaccard). */
function farFromTraining(fresh: LabelledUtterance[], train: LabelledUtterance[]): LabelledUtterance[] {
  const trained = train.map((item) => words(item.text));
  return fresh.filter((item) => {
    const mine = words(item.text);
    return trained.every((other) => {
      const shared = [...mine].filter((word) => other.has(word)).length;
      return shared / (mine.size + other.size - shared) < NEAR_TRAINING;
    });
  });
}

/** nlp.js on the same split: fresh accuracy (first intent), 5-fold cross-validation, times. */
async function nlpJsFigures(train: LabelledUtterance[], fresh: LabelledUtterance[]) {
  // nlp.js answers one intent per message: it learns from single questions, as ours does.
  const single = train.filter((item) => !item.more);
  const started = performance.now();
  const nlp = await trainNlpJs(single);
  const trainMs = performance.now() - started;
  const classifyStarted = performance.now();
  let freshHits = 0;
  for (const item of fresh) if ((await nlp.classify(item.text)) === item.intent) freshHits++;
  const perMessageMs = (performance.now() - classifyStarted) / fresh.length;
  let cvHits = 0;
  for (const fold of folds(train, 5)) {
    const foldNlp = await trainNlpJs(fold.train.filter((item) => !item.more));
    for (const item of fold.test) if ((await foldNlp.classify(item.text)) === item.intent) cvHits++;
  }
  return { trainMs, perMessageMs, freshFirst: freshHits / fresh.length, cv: cvHits / train.length };
}

export const understandingSection: Section = {
  name: 'Free-text understanding (intents and entities)',
  async run() {
    const catalogue = loadCatalogue();
    const train = bundledTrainingExamples();
    const old = read(OLD_HELD_OUT);
    const fresh = read(FRESH_HELD_OUT);
    const oldResult = benchmarkUnderstanding(catalogue, train, old);
    const freshResult = benchmarkUnderstanding(catalogue, train, fresh);
    const far = farFromTraining(fresh, train);
    const farResult = benchmarkUnderstanding(catalogue, train, far);
    const cv = crossValidate(catalogue, train, 5);
    const nlp = await nlpJsFigures(train, fresh);

    const tables: Table[] = [
      {
        title: 'Figures',
        columns: ['figure', 'value', 'gate'],
        rows: [
          ['training utterances', train.length, ''],
          ['old held-out set (looked at during development): utterances', old.length, ''],
          ['old held-out intent accuracy', percent(oldResult.intentAccuracy), '>= 95%'],
          [
            'old held-out entity accuracy (modules + access routes)',
            percent(oldResult.entityAccuracy),
            '>= 95%',
          ],
          ['fresh held-out set (written before any run on it): utterances', fresh.length, ''],
          [
            'fresh held-out intent accuracy (compound: every part)',
            percent(freshResult.intentAccuracy),
            '>= 93%',
          ],
          [
            'fresh held-out entity accuracy (modules + access routes)',
            percent(freshResult.entityAccuracy),
            '>= 93%',
          ],
          [
            `fresh held-out intent accuracy, ${far.length} messages far from any training message`,
            percent(farResult.intentAccuracy),
            '',
          ],
          ['audience accuracy (fresh)', percent(freshResult.audienceAccuracy), ''],
          ['ContactPoint mention accuracy (fresh)', percent(freshResult.contactPointAccuracy), ''],
          ['first module question kind accuracy (fresh)', percent(freshResult.moduleQuestionAccuracy), ''],
          [
            'intent accuracy, 5-fold cross-validation on the training set',
            percent(cv.intentAccuracy),
            '>= 93%',
          ],
          ['entity accuracy, 5-fold cross-validation on the training set', percent(cv.entityAccuracy), ''],
          ['training time at start-up', ms(freshResult.trainMs), '< 2000 ms'],
          ['understand() per message', ms(freshResult.understandMs), '< 1 ms'],
        ],
      },
      {
        title: 'Newer entities: exact matches where expected or found (fresh | old held-out)',
        columns: ['entity', 'fresh', 'fresh messages', 'old', 'old messages'],
        rows: freshResult.entityFigures.map((figure, i) => {
          const oldFigure = oldResult.entityFigures[i];
          return [
            figure.entity,
            figure.relevant ? percent(figure.accuracy) : '-',
            figure.relevant,
            oldFigure?.relevant ? percent(oldFigure.accuracy) : '-',
            oldFigure?.relevant ?? 0,
          ];
        }),
      },
      {
        title: 'Fresh held-out intent accuracy by voice',
        columns: ['voice', 'utterances', 'intent accuracy'],
        rows: freshResult.byVoice.map((row) => [row.voice, row.examples, percent(row.intentAccuracy)]),
      },
      {
        title: 'Library comparison: the same training set and the same fresh held-out set',
        columns: [
          'classifier',
          'fresh intent (first)',
          'fresh intent (all parts)',
          '5-fold CV',
          'train',
          'per message',
        ],
        rows: [
          [
            'home-made (services/intents)',
            percent(freshResult.firstIntentAccuracy),
            percent(freshResult.intentAccuracy),
            percent(cv.intentAccuracy),
            ms(freshResult.trainMs),
            ms(freshResult.understandMs),
          ],
          [
            '@nlpjs/nlp 4 (neural, lang-en-min)',
            percent(nlp.freshFirst),
            '(one intent only)',
            percent(nlp.cv),
            ms(nlp.trainMs),
            ms(nlp.perMessageMs),
          ],
        ],
      },
      {
        title: 'Intent confusion pairs (fresh held-out)',
        columns: ['expected', 'got', 'count', 'examples'],
        rows: freshResult.confusionPairs.map((pair) => [
          pair.expected,
          pair.got,
          pair.count,
          clip(pair.examples.join(' | ')),
        ]),
      },
    ];
    const misses = [
      ...freshResult.entityMisses.map((miss) => ['modules + routes', miss.text, miss.expected, miss.got]),
      ...freshResult.entityFigures.flatMap((figure) =>
        figure.misses.map((miss) => [figure.entity, miss.text, miss.expected, miss.got]),
      ),
    ];
    if (misses.length > 0) {
      tables.push({
        title: 'Entity misses (fresh held-out)',
        columns: ['entity', 'message', 'expected', 'got'],
        rows: misses.map(([entity, text, expected, got]) => [
          clip(entity ?? '', 30),
          clip(text ?? '', 50),
          clip(expected ?? '', 40),
          clip(got ?? '', 40),
        ]),
      });
    }
    return tables;
  },
};
