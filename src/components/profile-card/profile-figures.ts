// The headline figures of a profile that it actually gives, labelled for the profile card (pure).
import type { Profile } from '../../profile/types';

export interface Figure {
  label: string;
  value: string;
  title: string;
}

/** The figures of a profile's header that it actually gives, in reading order. */
export function profileFigures(profile: Profile): Figure[] {
  const { hIndex, citations, papers, noveltyPct, aiScore } = profile.stats;
  const figures: (Figure | null)[] = [
    hIndex === null ? null : { label: 'h-index', value: String(hIndex), title: 'h-index' },
    citations === null
      ? null
      : { label: 'Citations', value: citations.toLocaleString('en-US'), title: 'Citations' },
    papers === null
      ? null
      : {
          label: 'Papers',
          value: papers.toLocaleString('en-US'),
          title: 'Papers listed in the header',
        },
    noveltyPct === null ? null : { label: 'Novelty', value: `${noveltyPct}%`, title: 'Novelty' },
    aiScore === null ? null : { label: 'AI score', value: String(aiScore), title: 'AI score' },
  ];
  return figures.filter((f): f is Figure => f !== null);
}
