// Types for the analyzer's lit plugin, which ships without declarations (used by manifest.test.ts).
declare module '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js' {
  export function litPlugin(): unknown[];
}
