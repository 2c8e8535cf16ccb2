import { describe, expect, it } from 'vitest';
import { EMPTY_EVIDENCE } from './EvidenceFields.tsx';
import { offeredEvidence } from './evidence-offer.ts';

const offer = (search: string) => offeredEvidence(new URLSearchParams(search));

describe('the evidence a finished cycle offers', () => {
  it('prefills the kind, the summary and the number of schools', () => {
    expect(
      offer(
        'evidenceKind=platform_data&evidenceSummary=PDSA%20cycle%20%E2%80%9CBags%E2%80%9D&evidenceSchools=2',
      ),
    ).toEqual({ ...EMPTY_EVIDENCE, kind: 'platform_data', summary: 'PDSA cycle “Bags”', schools: '2' });
  });

  it('offers nothing without a kind or a summary', () => {
    expect(offer('')).toBeNull();
    expect(offer('evidenceSchools=3&evidenceSummary=%20')).toBeNull();
  });

  it('keeps the defaults for an unknown kind or a count that is not a whole number', () => {
    expect(offer('evidenceKind=rumour&evidenceSummary=Seen&evidenceSchools=-1')).toEqual({
      ...EMPTY_EVIDENCE,
      summary: 'Seen',
    });
    expect(offer('evidenceKind=testimony&evidenceSchools=1.5')?.schools).toBe('');
  });
});
