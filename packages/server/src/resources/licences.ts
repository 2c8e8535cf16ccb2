/**
 * The Creative Commons licences a resource may carry, with their names and legal-code addresses
 * from the SPDX list (the `spdx-license-list` package), and the rules an adaptation must follow.
 */
import spdx from 'spdx-license-list';
import { ApiError } from '../shared/errors.js';
import type { Text } from '../shared/text.js';
import { RESOURCE_LICENCES, type ResourceLicence } from '../shared/vocabulary.js';
import { resourceTexts as texts } from './resources.texts.js';

/** The conditions a licence sets on adapting the work (attribution is always kept: see basedOn). */
interface Conditions {
  adaptable: boolean;
  shareAlike: boolean;
  nonCommercial: boolean;
}

// Written out rather than parsed from the identifier, so that a new licence must state its terms.
const CONDITIONS: Record<ResourceLicence, Conditions> = {
  'CC0-1.0': { adaptable: true, shareAlike: false, nonCommercial: false },
  'CC-BY-4.0': { adaptable: true, shareAlike: false, nonCommercial: false },
  'CC-BY-SA-4.0': { adaptable: true, shareAlike: true, nonCommercial: false },
  'CC-BY-NC-4.0': { adaptable: true, shareAlike: false, nonCommercial: true },
  'CC-BY-NC-SA-4.0': { adaptable: true, shareAlike: true, nonCommercial: true },
  'CC-BY-ND-4.0': { adaptable: false, shareAlike: false, nonCommercial: false },
  'CC-BY-NC-ND-4.0': { adaptable: false, shareAlike: false, nonCommercial: true },
};

export interface LicenceInfo extends Conditions {
  id: ResourceLicence;
  name: string;
  url: string;
}

function fromSpdx(id: ResourceLicence): LicenceInfo {
  const entry = spdx[id];
  // The vocabulary must only hold real SPDX identifiers: fail at start-up, not on a reader's page.
  if (!entry) throw new Error(`${id} is not an SPDX licence identifier`);
  return { id, name: entry.name, url: entry.url, ...CONDITIONS[id] };
}

const LICENCES = new Map<ResourceLicence, LicenceInfo>(RESOURCE_LICENCES.map((id) => [id, fromSpdx(id)]));

export function licenceInfo(id: ResourceLicence): LicenceInfo {
  return LICENCES.get(id)!;
}

/** Why an adaptation is refused, as an error code of the catalogue and the reason in plain words. */
export type AdaptationRefusal = {
  code: 'LICENCE_NO_DERIVATIVES' | 'LICENCE_MUST_SHARE_ALIKE' | 'LICENCE_MUST_STAY_NON_COMMERCIAL';
  reason: Text;
};

/** The refusal for adapting `original` under `proposed`, or null when the licences allow it. */
export function adaptationRefusalOf(
  original: ResourceLicence,
  proposed: ResourceLicence,
): AdaptationRefusal | null {
  const terms = licenceInfo(original);
  if (!terms.adaptable) return { code: 'LICENCE_NO_DERIVATIVES', reason: texts.noDerivatives };
  if (terms.shareAlike && proposed !== original)
    return { code: 'LICENCE_MUST_SHARE_ALIKE', reason: texts.mustShareAlike };
  if (terms.nonCommercial && !licenceInfo(proposed).nonCommercial)
    return { code: 'LICENCE_MUST_STAY_NON_COMMERCIAL', reason: texts.mustStayNonCommercial };
  return null;
}

/** Why `original` may not be adapted under `proposed`, in plain words; null when it may. */
export function adaptationRefusal(original: ResourceLicence, proposed: ResourceLicence): Text | null {
  return adaptationRefusalOf(original, proposed)?.reason ?? null;
}

/** Throws the 409 an adaptation refused by the licences answers with. */
export function requireAdaptable(original: ResourceLicence, proposed: ResourceLicence) {
  const refusal = adaptationRefusalOf(original, proposed);
  if (refusal)
    throw new ApiError(refusal.code, refusal.reason, {
      issues: [{ path: 'licence', message: refusal.reason }],
    });
}
