import type { Nomination } from '@tongket/domain';

/** The nominations page opened on one nomination: what a unit hands the standing agency. */
export function nominationPath(campaignId: string, nominationId?: string): string {
  const base = `/campaigns/${encodeURIComponent(campaignId)}/nominations`;
  return nominationId ? `${base}?nomination=${encodeURIComponent(nominationId)}` : base;
}

export function nominationLink(n: Pick<Nomination, 'id' | 'campaignId'>): string {
  return `${window.location.origin}${nominationPath(n.campaignId, n.id)}`;
}
