import spdx from 'spdx-license-list';
import { describe, expect, it } from 'vitest';
import { RESOURCE_LICENCES, type ResourceLicence } from '../shared/vocabulary.js';
import { adaptationRefusal, adaptationRefusalOf, licenceInfo } from './licences.js';
import { resourceTexts as texts } from './resources.texts.js';

// Rows: the original's licence; columns: the adaptation's, in this order. '.' allowed,
// 'ND' no derivatives, 'SA' must share alike, 'NC' must stay non-commercial. Written by hand from
// the Creative Commons terms, not computed, so that the rules are checked against a second reading.
const COLUMNS: ResourceLicence[] = [
  'CC0-1.0',
  'CC-BY-4.0',
  'CC-BY-SA-4.0',
  'CC-BY-NC-4.0',
  'CC-BY-NC-SA-4.0',
  'CC-BY-ND-4.0',
  'CC-BY-NC-ND-4.0',
];
const TABLE: Record<ResourceLicence, string> = {
  //                  CC0 BY  SA  NC  NCSA ND  NCND
  'CC0-1.0': '        .   .   .   .   .    .   .',
  'CC-BY-4.0': '      .   .   .   .   .    .   .',
  'CC-BY-SA-4.0': '   SA  SA  .   SA  SA   SA  SA',
  'CC-BY-NC-4.0': '   NC  NC  NC  .   .    NC  .',
  'CC-BY-NC-SA-4.0': 'SA  SA  SA  SA  .    SA  SA',
  'CC-BY-ND-4.0': '   ND  ND  ND  ND  ND   ND  ND',
  'CC-BY-NC-ND-4.0': 'ND  ND  ND  ND  ND   ND  ND',
};
const REASON = {
  '.': null,
  ND: texts.noDerivatives,
  SA: texts.mustShareAlike,
  NC: texts.mustStayNonCommercial,
};

describe('licences', () => {
  it('are all SPDX identifiers, named and linked as the SPDX list has them', () => {
    for (const id of RESOURCE_LICENCES) {
      expect(spdx[id], id).toBeDefined();
      const info = licenceInfo(id);
      expect(info.name).toBe(spdx[id]!.name);
      expect(info.url).toBe(spdx[id]!.url);
      expect(info.url).toMatch(/^https:\/\/creativecommons\.org\//);
    }
    expect(licenceInfo('CC-BY-NC-SA-4.0').name).toBe(
      'Creative Commons Attribution Non Commercial Share Alike 4.0 International',
    );
  });

  it('the table covers every licence pair', () => {
    expect(Object.keys(TABLE).sort()).toEqual([...RESOURCE_LICENCES].sort());
    expect([...COLUMNS].sort()).toEqual([...RESOURCE_LICENCES].sort());
  });

  for (const original of RESOURCE_LICENCES) {
    const cells = TABLE[original].trim().split(/\s+/) as (keyof typeof REASON)[];
    COLUMNS.forEach((proposed, column) => {
      const expected = cells[column]!;
      it(`${original} adapted as ${proposed}: ${expected === '.' ? 'allowed' : expected}`, () => {
        expect(adaptationRefusal(original, proposed)).toEqual(REASON[expected]);
        const refusal = adaptationRefusalOf(original, proposed);
        expect(refusal?.code ?? null).toBe(
          {
            '.': null,
            ND: 'LICENCE_NO_DERIVATIVES',
            SA: 'LICENCE_MUST_SHARE_ALIKE',
            NC: 'LICENCE_MUST_STAY_NON_COMMERCIAL',
          }[expected],
        );
      });
    });
  }

  it('gives its reasons in both languages', () => {
    const reason = adaptationRefusal('CC-BY-ND-4.0', 'CC-BY-4.0')!;
    expect(reason.en).toMatch(/not adapted/);
    expect(reason.es).toMatch(/no adaptar/);
  });
});
