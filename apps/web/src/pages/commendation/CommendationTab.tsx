import { SegmentedControl, Stack } from '@mantine/core';
import { type Campaign, nominationAccess, nominationRoundOf } from '@tongket/domain';
import { useSearchParams } from 'react-router';
import { useNominations, useQuotas } from '../../api/nominations.ts';
import { useCurrentUser } from '../../auth/useCurrentUser.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { useT } from '../../i18n/useT.ts';
import { CommendationSummary } from './CommendationSummary.tsx';
import { DecisionsPanel } from './decisions/DecisionsPanel.tsx';
import { NominationDeadline } from './NominationDeadline.tsx';
import { NominationsView } from './nominations/NominationsView.tsx';
import { QuotaPanel } from './quota/QuotaPanel.tsx';

type View = 'quotas' | 'nominations' | 'decisions';
const VIEWS: readonly View[] = ['quotas', 'nominations', 'decisions'];

/**
 * "Khen thưởng" of an issued round: section VI with its use, the nominations and the decisions,
 * one at a time (?view=), with the counts by status above them.
 */
export function CommendationTab({ campaign }: { campaign: Campaign }) {
  const t = useT();
  const me = useCurrentUser();
  const access = nominationAccess(me, nominationRoundOf(campaign), new Date());
  const [params, setParams] = useSearchParams();
  const quotas = useQuotas(campaign.id);
  const nominations = useNominations(campaign.id);
  const requested = params.get('view') as View | null;
  const view: View = requested && VIEWS.includes(requested) ? requested : 'quotas';
  const setView = (next: string) =>
    setParams(
      (prev) => {
        const out = new URLSearchParams(prev);
        out.set('view', next);
        out.delete('nomination');
        return out;
      },
      { replace: true },
    );

  return (
    <Stack gap="md">
      {view !== 'nominations' && <NominationDeadline campaign={campaign} passed={access.deadlinePassed} />}
      <CommendationSummary nominations={nominations.data?.items ?? []} />
      <SegmentedControl
        value={view}
        onChange={setView}
        data={[
          { value: 'quotas', label: t('commendation.quotas') },
          { value: 'nominations', label: t('commendation.nominations') },
          { value: 'decisions', label: t('commendation.decisions') },
        ]}
        fullWidth
        maw={560}
        aria-label={t('commendation.views')}
      />
      {view === 'quotas' &&
        (quotas.isPending ? (
          <PageLoader />
        ) : quotas.isError ? (
          <ErrorState error={quotas.error} onRetry={() => quotas.refetch()} />
        ) : (
          <QuotaPanel
            rows={quotas.data.items}
            nominations={nominations.data?.items ?? []}
            myUnit={access.canNominate ? { id: me.unitId, name: me.unitName } : undefined}
          />
        ))}
      {view === 'nominations' && <NominationsView campaign={campaign} />}
      {view === 'decisions' && <DecisionsPanel campaign={campaign} canReview={access.canReview} />}
    </Stack>
  );
}
