/**
 * The evidence item a finished PDSA cycle offers (inquiries/CyclePage.tsx links to the practice
 * with `?evidenceKind=platform_data&evidenceSummary=…&evidenceSchools=…`), read back from the
 * address to prefill "Add evidence". The address is anyone's to write, so only known kinds and
 * whole numbers are taken; the person still reads and saves the item.
 */
import { EVIDENCE_KINDS, type EvidenceKind } from '../api/vocabulary.ts';
import { EMPTY_EVIDENCE, type EvidenceValues } from './EvidenceFields.tsx';

/** The parameters of the offer, removed from the address once the item is saved. */
export const OFFER_PARAMS = ['evidenceKind', 'evidenceSummary', 'evidenceSchools'] as const;

const isKind = (text: string | null): text is EvidenceKind =>
  (EVIDENCE_KINDS as readonly string[]).includes(text ?? '');

/** The offered item's values, or null when the address offers none. */
export function offeredEvidence(params: URLSearchParams): EvidenceValues | null {
  const kind = params.get('evidenceKind');
  const summary = params.get('evidenceSummary')?.trim() ?? '';
  if (!isKind(kind) && summary === '') return null;
  const schools = params.get('evidenceSchools') ?? '';
  return {
    ...EMPTY_EVIDENCE,
    kind: isKind(kind) ? kind : EMPTY_EVIDENCE.kind,
    summary,
    schools: /^\d{1,6}$/.test(schools) ? String(Number(schools)) : '',
  };
}
