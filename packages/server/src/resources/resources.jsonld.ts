/**
 * A public resource as schema.org `LearningResource` JSON-LD, for search engines and other
 * repositories. The context maps every term to its schema.org IRI explicitly (no `@vocab`), so
 * that JSON-LD expansion drops any term we did not map: the test expands the document and checks
 * that nothing is lost.
 */
import type { ResourceLicence, ResourceStage, ResourceType } from '../shared/vocabulary.js';
import { licenceInfo } from './licences.js';

const SCHEMA = 'https://schema.org/';

/** The context, inline in every document (and served as is to the JSON-LD test's loader). */
export const RESOURCE_CONTEXT = {
  LearningResource: `${SCHEMA}LearningResource`,
  Person: `${SCHEMA}Person`,
  name: `${SCHEMA}name`,
  description: `${SCHEMA}description`,
  inLanguage: `${SCHEMA}inLanguage`,
  learningResourceType: `${SCHEMA}learningResourceType`,
  educationalLevel: `${SCHEMA}educationalLevel`,
  license: { '@id': `${SCHEMA}license`, '@type': '@id' },
  author: `${SCHEMA}author`,
  dateModified: { '@id': `${SCHEMA}dateModified`, '@type': `${SCHEMA}DateTime` },
  isBasedOn: { '@id': `${SCHEMA}isBasedOn`, '@type': '@id' },
  url: { '@id': `${SCHEMA}url`, '@type': '@id' },
} as const;

export interface JsonLdInput {
  url: string;
  title: string;
  summary: string;
  language: string;
  type: ResourceType;
  stages: readonly ResourceStage[];
  licence: ResourceLicence;
  authors: readonly string[];
  updatedAt: Date;
  /** The original's address, when the original is public. */
  basedOnUrl: string | null;
}

export function resourceJsonLd(input: JsonLdInput): Record<string, unknown> {
  return {
    '@context': RESOURCE_CONTEXT,
    '@type': 'LearningResource',
    name: input.title,
    description: input.summary,
    inLanguage: input.language,
    learningResourceType: input.type,
    educationalLevel: [...input.stages],
    license: licenceInfo(input.licence).url,
    author: input.authors.map((name) => ({ '@type': 'Person', name })),
    dateModified: input.updatedAt.toISOString(),
    ...(input.basedOnUrl ? { isBasedOn: input.basedOnUrl } : {}),
    url: input.url,
  };
}

/** Where a resource's page is, given the origin people reach Trellis at. */
export const resourceUrl = (origin: string, id: string) => `${origin.replace(/\/$/, '')}/resources/${id}`;
