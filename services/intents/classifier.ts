/**
 * A small multinomial logistic regression over sparse binary features, trained by stochastic gradient
 * descent, averaged with a naive Bayes over the same features. Deterministic, well under a second for a couple
 * of thousand examples, and its probabilities are calibrated enough to send unsure answers to fallback.
 *
 * Why both: on this data the regression leans on a few strong words, naive Bayes on every word a little; each
 * is right where the other is unsure, and the average was 1.5 points better in 5-fold cross-validation than the
 * regression alone (90.9% against 89.4%), where more examples had stopped helping.
 */

export interface TrainingExample<L extends string> {
  features: string[];
  label: L;
}

export interface ClassifierOptions {
  /** Passes over the training examples. */
  epochs: number;
  learningRate: number;
  /** L2 penalty on the weights. */
  l2: number;
  /** The naive Bayes part: its share of the average (0 leaves it out), its add-k smoothing, and a temperature
   * that softens its (overconfident) probabilities before they are averaged. */
  naiveBayes: { weight: number; smoothing: number; temperature: number };
}

export const DEFAULT_CLASSIFIER_OPTIONS: ClassifierOptions = {
  epochs: 15,
  learningRate: 2,
  l2: 0.0001,
  naiveBayes: { weight: 0.5, smoothing: 0.02, temperature: 4 },
};

export interface Scored<L extends string> {
  label: L;
  probability: number;
}

export interface Classifier<L extends string> {
  /** Every label, most probable first. */
  classify(features: string[]): Scored<L>[];
  /** Whether the classifier saw this feature in training. */
  knows(feature: string): boolean;
}

interface EncodedExample {
  indices: number[];
  value: number;
  label: number;
}

export function trainClassifier<L extends string>(
  examples: TrainingExample<L>[],
  options: ClassifierOptions = DEFAULT_CLASSIFIER_OPTIONS,
): Classifier<L> {
  const labels = [...new Set(examples.map((e) => e.label))];
  const labelIndex = new Map(labels.map((label, i) => [label, i]));
  const featureIndex = new Map<string, number>();
  const encode = (features: string[], grow: boolean): { indices: number[]; value: number } => {
    const indices: number[] = [];
    for (const feature of new Set(features)) {
      let index = featureIndex.get(feature);
      if (index === undefined && grow) {
        index = featureIndex.size;
        featureIndex.set(feature, index);
      }
      if (index !== undefined) indices.push(index);
    }
    // Unit length, so long messages do not get more confident just by being long.
    return { indices, value: indices.length > 0 ? 1 / Math.sqrt(indices.length) : 0 };
  };
  const encoded: EncodedExample[] = examples.map((e) => ({
    ...encode(e.features, true),
    label: labelIndex.get(e.label) ?? 0,
  }));

  const classes = labels.length;
  const weights = new Float64Array(featureIndex.size * classes);
  const bias = new Float64Array(classes);
  const scores = new Float64Array(classes);

  /** Softmax probabilities into `scores`. */
  const predict = (indices: number[], value: number): Float64Array => {
    scores.set(bias);
    for (const f of indices) {
      const row = f * classes;
      for (let k = 0; k < classes; k++) scores[k]! += weights[row + k]! * value;
    }
    return softmax(scores);
  };

  // Stochastic gradient descent in a fixed shuffled order (so training is repeatable), with a rate that
  // decays over the epochs and the L2 penalty applied to the weights each example touches.
  const order = shuffled(encoded.length);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const rate = options.learningRate / (1 + epoch * 0.2);
    for (const at of order) {
      const example = encoded[at]!;
      const p = predict(example.indices, example.value);
      p[example.label]! -= 1;
      for (let k = 0; k < classes; k++) bias[k]! -= rate * p[k]!;
      for (const f of example.indices) {
        const row = f * classes;
        for (let k = 0; k < classes; k++) {
          weights[row + k]! -= rate * (p[k]! * example.value + options.l2 * weights[row + k]!);
        }
      }
    }
  }

  // Naive Bayes: how often each feature was seen with each label, smoothed.
  const { weight, smoothing, temperature } = options.naiveBayes;
  const counts = new Float64Array(featureIndex.size * classes);
  const totals = new Float64Array(classes);
  const priors = new Float64Array(classes);
  for (const example of encoded) {
    priors[example.label]! += 1;
    for (const f of example.indices) counts[f * classes + example.label]! += 1;
    totals[example.label]! += example.indices.length;
  }
  const bayes = new Float64Array(classes);
  const naiveBayes = (indices: number[]): Float64Array => {
    for (let k = 0; k < classes; k++) {
      let logP = Math.log(priors[k]! / encoded.length);
      const denominator = Math.log(totals[k]! + smoothing * featureIndex.size);
      for (const f of indices) logP += Math.log(counts[f * classes + k]! + smoothing) - denominator;
      bayes[k] = logP / temperature;
    }
    return softmax(bayes);
  };

  return {
    classify(features) {
      const { indices, value } = encode(features, false);
      const p = predict(indices, value);
      if (weight > 0) {
        const nb = naiveBayes(indices);
        for (let k = 0; k < classes; k++) p[k] = (1 - weight) * p[k]! + weight * nb[k]!;
      }
      return labels
        .map((label, k) => ({ label, probability: p[k]! }))
        .sort((a, b) => b.probability - a.probability);
    },
    knows: (feature) => featureIndex.has(feature),
  };
}

/** Scores to probabilities, in place (shifted by the largest score so no exponential overflows). */
function softmax(scores: Float64Array): Float64Array {
  const max = Math.max(...scores);
  let total = 0;
  for (let k = 0; k < scores.length; k++) {
    scores[k] = Math.exp(scores[k]! - max);
    total += scores[k]!;
  }
  for (let k = 0; k < scores.length; k++) scores[k]! /= total;
  return scores;
}

/** 0..n-1 in a fixed pseudo-random order (a small linear congruential generator with a fixed seed). */
function shuffled(n: number): number[] {
  const order = Array.from({ length: n }, (_, i) => i);
  let seed = 42;
  for (let i = n - 1; i > 0; i--) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    const j = seed % (i + 1);
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}
