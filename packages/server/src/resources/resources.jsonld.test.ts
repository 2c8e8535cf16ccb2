import jsonld from 'jsonld';
import { describe, expect, it } from 'vitest';
import { RESOURCE_CONTEXT, resourceJsonLd, resourceUrl } from './resources.jsonld.js';

const S = 'https://schema.org/';
const CONTEXT_URL = 'https://trellis.example.org/contexts/resource.jsonld';

/** Serves our context and refuses everything else, so the test never touches the network. */
const documentLoader = async (url: string) => {
  if (url !== CONTEXT_URL) throw new Error(`no network in tests: ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: { '@context': RESOURCE_CONTEXT } };
};

const doc = resourceJsonLd({
  url: resourceUrl('https://trellis.example.org/', 'r1'),
  title: 'Círculos restaurativos en el aula',
  summary: 'Una guía para mediar conflictos.',
  language: 'es',
  type: 'protocol',
  stages: ['primary', 'secondary'],
  licence: 'CC-BY-SA-4.0',
  authors: ['Ana Ruiz', 'Bea Gil'],
  updatedAt: new Date('2026-03-01T10:00:00Z'),
  basedOnUrl: 'https://trellis.example.org/resources/r0',
});

/** Every key of every node, recursively, but JSON-LD's own keywords. */
function termCount(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((sum: number, item) => sum + termCount(item), 0);
  if (typeof value !== 'object' || value === null) return 0;
  return Object.entries(value).reduce(
    (sum, [key, inner]) => sum + (key.startsWith('@') ? 0 : 1) + termCount(inner),
    0,
  );
}

describe('resource JSON-LD', () => {
  it('expands without dropping a term, inline and with the context served from a URL', async () => {
    for (const document of [doc, { ...doc, '@context': CONTEXT_URL }]) {
      const expanded = await jsonld.expand(document as jsonld.JsonLdDocument, { documentLoader } as never);
      expect(expanded).toHaveLength(1);
      expect(termCount(expanded)).toBe(termCount({ ...document, '@context': undefined }));
    }
  });

  it('drops a term the context does not map (so the count above would catch one)', async () => {
    const expanded = await jsonld.expand(
      { ...doc, colour: 'green' } as jsonld.JsonLdDocument,
      { documentLoader } as never,
    );
    expect(termCount(expanded)).toBe(termCount({ ...doc, '@context': undefined }));
  });

  it('says what schema.org expects', async () => {
    const expanded: unknown = await jsonld.expand(doc as jsonld.JsonLdDocument, { documentLoader } as never);
    const [node] = expanded as Record<string, any>[];
    expect(node!['@type']).toEqual([`${S}LearningResource`]);
    expect(node![`${S}name`]).toEqual([{ '@value': 'Círculos restaurativos en el aula' }]);
    expect(node![`${S}description`]).toEqual([{ '@value': 'Una guía para mediar conflictos.' }]);
    expect(node![`${S}inLanguage`]).toEqual([{ '@value': 'es' }]);
    expect(node![`${S}learningResourceType`]).toEqual([{ '@value': 'protocol' }]);
    expect(node![`${S}educationalLevel`]).toEqual([{ '@value': 'primary' }, { '@value': 'secondary' }]);
    expect(node![`${S}license`]).toEqual([
      { '@id': 'https://creativecommons.org/licenses/by-sa/4.0/legalcode' },
    ]);
    expect(node![`${S}author`]).toEqual([
      { '@type': [`${S}Person`], [`${S}name`]: [{ '@value': 'Ana Ruiz' }] },
      { '@type': [`${S}Person`], [`${S}name`]: [{ '@value': 'Bea Gil' }] },
    ]);
    expect(node![`${S}dateModified`]).toEqual([
      { '@type': `${S}DateTime`, '@value': '2026-03-01T10:00:00.000Z' },
    ]);
    expect(node![`${S}isBasedOn`]).toEqual([{ '@id': 'https://trellis.example.org/resources/r0' }]);
    expect(node![`${S}url`]).toEqual([{ '@id': 'https://trellis.example.org/resources/r1' }]);
  });
});
