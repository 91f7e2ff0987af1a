/** The synthetic world generator: what the script, the tests and the benchmarks may use. */
export { generateWorld } from './generate-world.js';
export { deleteGeneratedWorld } from './delete-world.js';
export { type GenerateOptions, parseGenerateOptions } from './options.js';
export type { GenerateSummary } from './progress.js';
export { GENERATED_SOURCE_KEY } from './provenance.js';
