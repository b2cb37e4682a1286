export const decisionPath = (campaignId: string, decisionId: string) =>
  `/campaigns/${encodeURIComponent(campaignId)}/decisions/${encodeURIComponent(decisionId)}`;
