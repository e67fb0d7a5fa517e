import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/build-graph';
import { graphStats } from '../../src/graph/graph-stats';
import { parseProfile } from '../../src/profile/parse-profile';
import type { Paper, Profile } from '../../src/profile/types';
import { SAMPLE_PROFILE } from './sample-profile';

function profileOf(owner: string, papers: Array<Partial<Paper> & Pick<Paper, 'authors'>>): Profile {
  return {
    owner,
    primaryCategory: null,
    stats: { hIndex: null, papers: null, citations: null, noveltyPct: null, aiScore: null },
    papers: papers.map((paper, i) => ({
      id: `paper${i + 1}`,
      title: `Paper ${i + 1}`,
      date: '2024-01-01',
      categories: [],
      category: null,
      hasCode: false,
      truncated: false,
      abstract: '',
      line: i + 1,
      ...paper,
    })),
    warnings: [],
  };
}

function edgesOf(profile: Profile) {
  const graph = buildGraph(profile);
  return graph.mapEdges((_edge, attributes, source, target) => ({ source, target, ...attributes }));
}

function authorsOf(profile: Profile) {
  const graph = buildGraph(profile);
  return graph
    .filterNodes((_node, a) => a.kind === 'author')
    .map((node) => ({
      node,
      ...graph.getNodeAttributes(node),
    }));
}

const ZOE = { kind: 'author', isOwner: false, firstYear: 2024, lastYear: 2024 } as const;

describe('buildGraph()', () => {
  const edgeCases = [
    {
      name: 'links the owner hidden behind "et al." as implied',
      input: profileOf('Zoë Smith', [{ authors: ['Ann Lee', 'Bo Chen'], truncated: true }]),
      expected: [
        { source: 'a:ann lee', target: 'p:paper1', implied: false, position: 0 },
        { source: 'a:bo chen', target: 'p:paper1', implied: false, position: 1 },
        { source: 'a:zoë smith', target: 'p:paper1', implied: true, position: -1 },
      ],
    },
    {
      name: 'links the owner missing from a complete list, still marked implied',
      input: profileOf('Zoë Smith', [{ authors: ['Ann Lee'], truncated: false }]),
      expected: [
        { source: 'a:ann lee', target: 'p:paper1', implied: false, position: 0 },
        { source: 'a:zoë smith', target: 'p:paper1', implied: true, position: -1 },
      ],
    },
    {
      name: 'links a listed owner at their position, whatever the spelling',
      input: profileOf('Zoë Smith', [{ authors: ['Ann Lee', 'ZOË   SMITH'], truncated: true }]),
      expected: [
        { source: 'a:ann lee', target: 'p:paper1', implied: false, position: 0 },
        { source: 'a:zoë smith', target: 'p:paper1', implied: false, position: 1 },
      ],
    },
    {
      name: 'links an author listed twice on one paper once, at the first position',
      input: profileOf('Zoë Smith', [{ authors: ['Zoë Smith', 'Ann Lee', 'ann lee'] }]),
      expected: [
        { source: 'a:zoë smith', target: 'p:paper1', implied: false, position: 0 },
        { source: 'a:ann lee', target: 'p:paper1', implied: false, position: 1 },
      ],
    },
  ];
  for (const { name, input, expected } of edgeCases) {
    it(name, () => expect(edgesOf(input)).toEqual(expected));
  }

  const authorCases = [
    {
      name: 'makes one node of an author across spacing, case and NFD, labelled as first seen',
      input: profileOf('Ann Lee', [
        { authors: ['Zoë  Smith'], date: '2021-05-01' },
        { authors: ['zoë smith'], date: '2023-05-01' },
        { authors: ['Zoe\u0308 Smith'], date: '2022-05-01' },
      ]),
      expected: [
        { node: 'a:ann lee', ...ZOE, label: 'Ann Lee', isOwner: true, paperCount: 3 },
        { node: 'a:zoë smith', ...ZOE, label: 'Zoë Smith', paperCount: 3 },
      ].map((author) => ({ ...author, firstYear: 2021, lastYear: 2023 })),
    },
    {
      name: "labels the owner with the profile's spelling, not the first paper's",
      input: profileOf(' Zoë Smith ', [{ authors: ['ZOË SMITH'] }]),
      expected: [{ node: 'a:zoë smith', ...ZOE, label: 'Zoë Smith', isOwner: true, paperCount: 1 }],
    },
    {
      name: 'keeps an owner without papers as a node of their own',
      input: profileOf('Zoë Smith', []),
      expected: [
        {
          node: 'a:zoë smith',
          ...ZOE,
          label: 'Zoë Smith',
          isOwner: true,
          paperCount: 0,
          firstYear: 0,
          lastYear: 0,
        },
      ],
    },
  ];
  for (const { name, input, expected } of authorCases) {
    it(name, () => expect(authorsOf(input)).toEqual(expected));
  }

  it('gives papers their research attributes and no position', () => {
    const graph = buildGraph(SAMPLE_PROFILE);
    expect(graph.getNodeAttributes('p:blackmamba')).toEqual({
      kind: 'paper',
      label: 'BlackMamba: Mixture of Experts for State-Space Models',
      date: '2024-02-01',
      year: 2024,
      category: 'CL',
      categories: ['CL'],
      hasCode: true,
      truncated: true,
    });
    graph.forEachNode((_node, attributes) => {
      expect(attributes.x).toBeUndefined();
      expect(attributes.y).toBeUndefined();
    });
  });

  it('refuses two papers with the same id', () => {
    const profile = profileOf('Ann Lee', [{ authors: ['Ann Lee'] }, { authors: ['Bo Chen'] }]);
    (profile.papers[1] as Paper).id = 'paper1';
    expect(() => buildGraph(profile)).toThrow('buildGraph: two papers share the id "paper1"');
  });

  it('builds the sample: 9 authors, 6 papers, 19 authorships, 14 coauthor pairs', () => {
    const graph = buildGraph(SAMPLE_PROFILE);
    expect(graph.type).toBe('undirected');
    expect(graph.multi).toBe(false);
    expect(graphStats(graph)).toEqual({
      authors: 9,
      papers: 6,
      authorships: 19,
      coauthorPairs: 14,
    });
    expect(graph.nodes()).toEqual([
      'a:paolo glorioso',
      'p:flatter',
      'a:aditya cowsik',
      'a:tankut can',
      'p:blackmamba',
      'a:quentin anthony',
      'a:yury tokpanov',
      'p:zamba2',
      'p:zyda2',
      'p:deeper-layers',
      'a:andrey gromov',
      'a:kushal tirumala',
      'a:hassan shapourian',
      'p:zyda',
      'a:beren millidge',
    ]);
  });

  it("counts the sample's papers per author and their years", () => {
    const graph = buildGraph(SAMPLE_PROFILE);
    const counts = Object.fromEntries(
      graph
        .filterNodes((_node, a) => a.kind === 'author')
        .map((node) => {
          const a = graph.getNodeAttributes(node);
          return [
            a.label,
            a.kind === 'author' && [a.paperCount, a.firstYear, a.lastYear, a.isOwner],
          ];
        }),
    );
    expect(counts).toEqual({
      'Paolo Glorioso': [6, 2022, 2024, true],
      'Aditya Cowsik': [1, 2022, 2022, false],
      'Tankut Can': [1, 2022, 2022, false],
      'Quentin Anthony': [3, 2024, 2024, false],
      'Yury Tokpanov': [4, 2024, 2024, false],
      'Andrey Gromov': [1, 2024, 2024, false],
      'Kushal Tirumala': [1, 2024, 2024, false],
      'Hassan Shapourian': [1, 2024, 2024, false],
      'Beren Millidge': [1, 2024, 2024, false],
    });
  });

  it('marks only the owner link of the sample paper that hides them as implied', () => {
    const graph = buildGraph(SAMPLE_PROFILE);
    const implied = graph.filterEdges((_edge, a) => a.implied);
    expect(implied).toEqual(['p:deeper-layers|a:paolo glorioso']);
    expect(graph.getEdgeAttributes('p:deeper-layers|a:paolo glorioso')).toEqual({
      implied: true,
      position: -1,
    });
    expect(graph.getEdgeAttributes('p:zamba2|a:paolo glorioso')).toEqual({
      implied: false,
      position: 0,
    });
  });

  it('builds from the parsed data/glorioso.txt the graph of the hand-written sample', () => {
    const parsed = buildGraph(parseProfile(readFileSync('data/glorioso.txt', 'utf8')));
    const written = buildGraph(SAMPLE_PROFILE);
    expect(graphStats(parsed)).toEqual({
      authors: 9,
      papers: 6,
      authorships: 19,
      coauthorPairs: 14,
    });
    const authors = (graph: typeof parsed) =>
      graph
        .filterNodes((_node, a) => a.kind === 'author')
        .map((node) => [node, graph.getNodeAttributes(node)]);
    expect(authors(parsed)).toEqual(authors(written));
    const papers = (graph: typeof parsed) =>
      graph
        .filterNodes((_node, a) => a.kind === 'paper')
        .map((node) => graph.getNodeAttributes(node));
    expect(papers(parsed)).toEqual(papers(written));
  });
});
