import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Campaign, EndpointAnswer, Nomination, QuotaStatus } from '@tongket/domain';
import { api } from './client.ts';

export const awardRoundsKey = ['award-rounds'] as const;

export interface StatisticsFilter {
  year?: string | undefined;
  campaignId?: string | undefined;
}

/** Awards conferred (in issued decisions), by year, form of award, unit and round. */
export function useAwardStatistics(filter: StatisticsFilter = {}) {
  return useQuery({
    queryKey: ['award-statistics', filter.year ?? '', filter.campaignId ?? ''],
    queryFn: ({ signal }) =>
      api('GET /commendation/statistics', {
        query: { year: filter.year, campaignId: filter.campaignId },
        signal,
      }),
    placeholderData: keepPreviousData,
  });
}

export interface AwardRound {
  campaign: Pick<Campaign, 'id' | 'name' | 'status' | 'canManage'> & { nominationDeadline: string | null };
  quotas: QuotaStatus[];
  nominations: Nomination[];
}

/** The round list asked for as the home page started, taken by the first award rounds query. */
let earlyRoundList: Promise<EndpointAnswer<'GET /campaigns'>> | undefined;

/**
 * Asks for the round list as the app starts on the home page, alongside the session check, so the
 * award rounds (which read each issued round next) are one round trip closer. Not through the
 * query cache: the list is handed, once, to the first award rounds query as it starts.
 */
export function prefetchAwardRoundList(): void {
  earlyRoundList = api('GET /campaigns');
  // Whoever takes it asks again if it failed; one nobody takes is dropped quietly.
  earlyRoundList.catch(() => undefined);
}

/**
 * The issued rounds with a commendation section, each with its quotas and the nominations the
 * caller can read: what the home page counts (slots left, drafts, nominations waiting for a step).
 * Few rounds are open at once, so each is read in full.
 */
export function useAwardRounds(enabled = true) {
  return useQuery({
    queryKey: awardRoundsKey,
    queryFn: async ({ signal }): Promise<AwardRound[]> => {
      const fetchList = () => api('GET /campaigns', { signal });
      const early = earlyRoundList;
      earlyRoundList = undefined;
      // An early request that failed (no session yet, offline) is made again, now.
      const list = await (early?.catch(fetchList) ?? fetchList());
      const rounds = await Promise.all(
        list.items
          .filter((c) => c.status === 'issued')
          .map(async (item) => {
            const params = { id: item.id };
            // The round, its quotas and its nominations together: one round trip after the list,
            // not two. A round without awards answers empty lists, which are dropped here.
            const [campaign, quotas, nominations] = await Promise.all([
              api('GET /campaigns/:id', { params, signal }),
              api('GET /campaigns/:id/quotas', { params, signal }),
              api('GET /campaigns/:id/nominations', { params, signal }),
            ]);
            if (campaign.plan.awardGroups.length === 0) return null;
            return {
              campaign: {
                id: campaign.id,
                name: campaign.name,
                status: campaign.status,
                canManage: campaign.canManage,
                nominationDeadline: campaign.plan.nominationDeadline,
              },
              quotas: quotas.items,
              nominations: nominations.items,
            };
          }),
      );
      return rounds.filter((r): r is AwardRound => r !== null);
    },
    enabled,
  });
}
