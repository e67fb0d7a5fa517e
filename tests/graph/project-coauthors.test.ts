import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import { projectCoauthors } from '../../src/graph/project-coauthors';
import { SAMPLE_PROFILE } from './sample-profile';

describe('projectCoauthors()', () => {
  const projection = projectCoauthors(buildGraph(SAMPLE_PROFILE));

  it('weighs each pair of sample authors by the papers they share', () => {
    const weights = Object.fromEntries(projection.mapEdges((edge, { weight }) => [edge, weight]));
    expect(weights).toEqual({
      'a:aditya cowsik|a:tankut can': 1,
      'a:aditya cowsik|a:paolo glorioso': 1,
      'a:paolo glorioso|a:tankut can': 1,
      'a:paolo glorioso|a:quentin anthony': 3,
      'a:paolo glorioso|a:yury tokpanov': 4,
      'a:quentin anthony|a:yury tokpanov': 3,
      'a:andrey gromov|a:kushal tirumala': 1,
      'a:andrey gromov|a:hassan shapourian': 1,
      'a:andrey gromov|a:paolo glorioso': 1,
      'a:hassan shapourian|a:kushal tirumala': 1,
      'a:kushal tirumala|a:paolo glorioso': 1,
      'a:hassan shapourian|a:paolo glorioso': 1,
      'a:beren millidge|a:yury tokpanov': 1,
      'a:beren millidge|a:paolo glorioso': 1,
    });
  });

  it('keeps the author nodes and their attributes, and no paper', () => {
    expect(projection.type).toBe('undirected');
    expect(projection.order).toBe(9);
    expect(projection.getNodeAttributes('a:yury tokpanov')).toEqual({
      kind: 'author',
      label: 'Yury Tokpanov',
      paperCount: 4,
      isOwner: false,
      firstYear: 2024,
      lastYear: 2024,
    });
  });

  it('gives an author who wrote alone no edge', () => {
    const graph = buildGraph({ ...SAMPLE_PROFILE, papers: SAMPLE_PROFILE.papers.slice(0, 1) });
    graph.dropNode('a:aditya cowsik');
    graph.dropNode('a:tankut can');
    const alone = projectCoauthors(graph);
    expect([alone.order, alone.size]).toEqual([1, 0]);
  });
});
