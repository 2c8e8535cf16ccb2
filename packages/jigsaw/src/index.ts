/** Jigsaw groups: home groups and expert groups that mix organisations and roles. No dependencies. */
export { formJigsaw, DEFAULTS } from './form.js';
export type { Jigsaw, JigsawOptions, Mixing } from './form.js';
export { JigsawError } from './errors.js';
export { balancedSizes, planLayout } from './layout.js';
export type { Layout } from './layout.js';
export type { LevelMixing } from './mixing.js';
export type { AvoidPair, Participant } from './population.js';
export { COSTS } from './cost.js';
