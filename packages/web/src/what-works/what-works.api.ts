/** The network's "what works here" roll-up and the evidence from use of practices and resources. */
import { api } from '../api/client.ts';
import type { EvidenceFromUse, WhatWorks } from '../api/types.ts';

export const whatWorksKeys = {
  network: (slug: string) => ['network', slug, 'what-works'] as const,
  use: (kind: 'practices' | 'resources', id: string) =>
    [kind === 'practices' ? 'practice' : 'resource', id, 'inquiry-use'] as const,
};

export const getWhatWorks = (idOrSlug: string, signal?: AbortSignal) =>
  api<WhatWorks>(`/networks/${encodeURIComponent(idOrSlug)}/what-works`, { signal });

export const getInquiryUse = (kind: 'practices' | 'resources', id: string, signal?: AbortSignal) =>
  api<EvidenceFromUse>(`/${kind}/${encodeURIComponent(id)}/inquiry-use`, { signal });
