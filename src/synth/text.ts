// Titles and abstracts for synthetic papers, assembled from the word lists by seeded templates.
import type { Random } from './random';
import { ADJECTIVES, METRICS, NOUNS, SYLLABLES, TASKS } from './vocabulary';

/** An invented model name such as "Mamba", "KolaVi-2" or "ToriNa". */
export function drawModelName(random: Random): string {
  const parts = random.between(2, 3);
  let name = '';
  for (let i = 0; i < parts; i++) {
    const syllable = random.pick(SYLLABLES);
    name += i === 0 ? syllable[0]!.toUpperCase() + syllable.slice(1) : syllable.toLowerCase();
  }
  return random.chance(0.25) ? `${name}-${random.between(2, 4)}` : name;
}

const lower = (words: string): string => words.toLowerCase();
/** "a" or "an" before a lower-case word. */
const article = (word: string): string => (/^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`);

const TITLE_TEMPLATES: readonly ((random: Random) => string)[] = [
  (r) => `${r.pick(ADJECTIVES)} ${r.pick(NOUNS)} for ${r.pick(TASKS)}`,
  (r) => `${drawModelName(r)}: ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)} for ${r.pick(TASKS)}`,
  (r) => `On the ${r.pick(['Limits', 'Geometry', 'Stability', 'Role'])} of ${r.pick(NOUNS)}`,
  (r) => `Towards ${r.pick(ADJECTIVES)} ${r.pick(TASKS)} with ${r.pick(NOUNS)}`,
  (r) => `${r.pick(TASKS)} via ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)}`,
  (r) => `${r.pick(ADJECTIVES)}, ${lower(r.pick(ADJECTIVES))}: ${lower(r.pick(NOUNS))} at scale`,
  (r) => `${drawModelName(r)}: A ${r.between(2, 900)}B Dataset for ${r.pick(TASKS)}`,
  (r) => `When Do ${r.pick(NOUNS)} Help ${r.pick(TASKS)}?`,
];

/** A title; the caller makes titles unique within a profile. */
export function drawTitle(random: Random): string {
  return random.pick(TITLE_TEMPLATES)(random);
}

const SENTENCE_TEMPLATES: readonly ((random: Random) => string)[] = [
  (r) =>
    `${r.pick(TASKS)} remains challenging because ${lower(r.pick(NOUNS))} are ` +
    `${lower(r.pick(ADJECTIVES))} only in restricted settings.`,
  (r) =>
    `We propose ${drawModelName(r)}, ${article(lower(r.pick(ADJECTIVES)))} approach to ` +
    `${lower(r.pick(TASKS))} built on ${lower(r.pick(NOUNS))}.`,
  (r) =>
    `Experiments on ${r.between(2, 12)} benchmarks show that it improves ` +
    `${r.pick(METRICS)} by ${r.between(1, 40)}% over strong baselines.`,
  (r) =>
    `Our analysis shows that ${lower(r.pick(ADJECTIVES))} ${lower(r.pick(NOUNS))} ` +
    `explain most of the gains in ${lower(r.pick(TASKS))}.`,
  (r) =>
    `In this paper, we study ${lower(r.pick(NOUNS))} for ${lower(r.pick(TASKS))} ` +
    `and derive bounds that hold with probability $1-\\delta$.`,
  (r) => `Code and data are available to reproduce all ${r.between(3, 60)} experiments.`,
];

/** An abstract of one to three sentences from distinct templates, on one line. */
export function drawAbstract(random: Random): string {
  const templates = [...SENTENCE_TEMPLATES];
  const count = random.between(1, 3);
  const sentences: string[] = [];
  for (let i = 0; i < count; i++) {
    const [template] = templates.splice(random.int(templates.length), 1);
    sentences.push(template!(random));
  }
  return sentences.join(' ');
}
