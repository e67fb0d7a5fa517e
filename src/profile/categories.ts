// arXiv subject codes as profiles write them (the part after the dot: cs.LG → LG), their names, and
// how a run of glued codes (LGAIML) is cut into codes.

/**
 * Code → name. The whole cs archive, plus the codes of other archives that machine-learning profiles
 * commonly cross-list. Profiles give only the two letters, so a code shared by two archives (cs.SY and
 * eess.SY, cs.NA and math.NA) has one entry; where the names differ, cs wins and the others say
 * which archive they come from.
 */
export const CATEGORY_NAMES: Readonly<Record<string, string>> = Object.freeze({
  // cs
  AI: 'Artificial Intelligence',
  AR: 'Hardware Architecture',
  CC: 'Computational Complexity',
  CE: 'Computational Engineering, Finance, and Science',
  CG: 'Computational Geometry',
  CL: 'Computation and Language',
  CR: 'Cryptography and Security',
  CV: 'Computer Vision and Pattern Recognition',
  CY: 'Computers and Society',
  DB: 'Databases',
  DC: 'Distributed, Parallel, and Cluster Computing',
  DL: 'Digital Libraries',
  DM: 'Discrete Mathematics',
  DS: 'Data Structures and Algorithms',
  ET: 'Emerging Technologies',
  FL: 'Formal Languages and Automata Theory',
  GL: 'General Literature',
  GR: 'Graphics',
  GT: 'Computer Science and Game Theory',
  HC: 'Human-Computer Interaction',
  IR: 'Information Retrieval',
  IT: 'Information Theory',
  LG: 'Machine Learning',
  LO: 'Logic in Computer Science',
  MA: 'Multiagent Systems',
  MM: 'Multimedia',
  MS: 'Mathematical Software',
  NA: 'Numerical Analysis',
  NE: 'Neural and Evolutionary Computing',
  NI: 'Networking and Internet Architecture',
  OH: 'Other Computer Science',
  OS: 'Operating Systems',
  PF: 'Performance',
  PL: 'Programming Languages',
  RO: 'Robotics',
  SC: 'Symbolic Computation',
  SD: 'Sound',
  SE: 'Software Engineering',
  SI: 'Social and Information Networks',
  SY: 'Systems and Control',
  // stat
  ML: 'Machine Learning (stat)',
  AP: 'Applications (stat)',
  CO: 'Computation (stat)',
  ME: 'Methodology (stat)',
  TH: 'Statistics Theory (stat)',
  // eess
  AS: 'Audio and Speech Processing (eess)',
  IV: 'Image and Video Processing (eess)',
  SP: 'Signal Processing (eess)',
  // math
  OC: 'Optimization and Control (math)',
  PR: 'Probability (math)',
  // q-bio
  NC: 'Neurons and Cognition (q-bio)',
});

/** True when `code` is in {@link CATEGORY_NAMES}. */
export function isKnownCategory(code: string): boolean {
  return Object.hasOwn(CATEGORY_NAMES, code);
}

/** The name of a code, or the code itself when it is not in the table. */
export function categoryName(code: string): string {
  return isKnownCategory(code) ? (CATEGORY_NAMES[code] as string) : code;
}

/**
 * Cuts a run of glued uppercase codes into codes: `LGAIML` → `['LG', 'AI', 'ML']`.
 *
 * Codes are two letters. A run of odd length has one stray letter; it is placed where it leaves the
 * most known codes around it (at the end on a tie) and kept as a one-letter code, so the caller can
 * warn about it. Linear in the length of the run.
 */
export function splitCategoryCodes(run: string): string[] {
  const n = run.length;
  if (n % 2 === 0) return pairsOf(run, 0, n, []);

  // knownBefore[k]: known pairs among the first k pairs (offsets 0, 2, ...);
  // knownAfter[k]: known pairs from offset 2k + 1 to the end (offsets 2k + 1, 2k + 3, ...).
  const half = (n - 1) / 2;
  const knownBefore = new Array<number>(half + 1).fill(0);
  for (let k = 0; k < half; k++) {
    const known = isKnownCategory(run.slice(2 * k, 2 * k + 2)) ? 1 : 0;
    knownBefore[k + 1] = (knownBefore[k] as number) + known;
  }
  const knownAfter = new Array<number>(half + 1).fill(0);
  for (let k = half - 1; k >= 0; k--) {
    const known = isKnownCategory(run.slice(2 * k + 1, 2 * k + 3)) ? 1 : 0;
    knownAfter[k] = (knownAfter[k + 1] as number) + known;
  }
  let best = half;
  for (let k = half - 1; k >= 0; k--) {
    const score = (knownBefore[k] as number) + (knownAfter[k] as number);
    if (score > (knownBefore[best] as number) + (knownAfter[best] as number)) best = k;
  }
  const stray = 2 * best;
  const codes = pairsOf(run, 0, stray, []);
  codes.push(run.charAt(stray));
  return pairsOf(run, stray + 1, n, codes);
}

/** Appends the two-letter pieces of `run` from `from` to `to` to `out`. */
function pairsOf(run: string, from: number, to: number, out: string[]): string[] {
  for (let i = from; i + 1 < to; i += 2) out.push(run.slice(i, i + 2));
  return out;
}
