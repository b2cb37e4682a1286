import { Box, Button, Center, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowForwardUp, IconFileSpreadsheet, IconPlus } from '@tabler/icons-react';
import {
  type Campaign,
  type Nomination,
  type NominationAction,
  nominationAccess,
  nominationActions,
  nominationRoundOf,
} from '@tongket/domain';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { isApiError } from '../../../api/client.ts';
import { useErrorMessage } from '../../../api/errors.ts';
import {
  useDeleteNomination,
  useNomination,
  useNominations,
  useQuotas,
  useReviewNomination,
  useSubmitNomination,
} from '../../../api/nominations.ts';
import { useCurrentUser } from '../../../auth/useCurrentUser.ts';
import { ErrorState } from '../../../components/ErrorState.tsx';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { ShowMoreButton, useShowMore } from '../../../components/ShowMore.tsx';
import { useT } from '../../../i18n/useT.ts';
import { NominationDeadline } from '../NominationDeadline.tsx';
import { MyQuotas } from '../quota/MyQuotas.tsx';
import { quotasOfUnit, unitsWithQuota } from '../quota/quotaView.ts';
import { NominationActions } from './NominationActions.tsx';
import { NominationCard } from './NominationCard.tsx';
import { type NominationDialog, NominationDialogs } from './NominationDialogs.tsx';
import { NominationDrawer } from './NominationDrawer.tsx';
import { NominationFilters } from './NominationFilters.tsx';
import { NominationsTable } from './NominationsTable.tsx';
import { countByStatus, filterNominations, NO_FILTER } from './nominationFilter.ts';

/**
 * A round's nominations as the signed-in person works on them: a unit writes and sends its own,
 * the standing agency forwards what was sent, the board approves or rejects. One nomination opens
 * in a drawer (?nomination=id, also the link a unit hands the standing agency).
 */
export function NominationsView({ campaign }: { campaign: Campaign }) {
  const t = useT();
  const message = useErrorMessage();
  const me = useCurrentUser();
  const access = nominationAccess(me, nominationRoundOf(campaign), new Date());
  const list = useNominations(campaign.id);
  const quotas = useQuotas(campaign.id);
  const submit = useSubmitNomination(campaign.id);
  const review = useReviewNomination(campaign.id);
  const remove = useDeleteNomination(campaign.id);
  const [params, setParams] = useSearchParams();
  const [filter, setFilter] = useState(NO_FILTER);
  const [dialog, setDialog] = useState<NominationDialog | null>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [bulk, setBulk] = useState(false);

  const items = list.data?.items ?? [];
  const byId = useMemo(() => new Map(items.map((n) => [n.id, n])), [items]);
  const openId = params.get('nomination');
  // A unit's draft the list does not show (the standing agency sees only sent ones), opened from its link.
  const linked = useNomination(openId && list.isSuccess && !byId.has(openId) ? openId : null);
  const find = (id: string | null | undefined): Nomination | undefined =>
    id ? (byId.get(id) ?? (linked.data?.id === id ? linked.data : undefined)) : undefined;
  const shown = useMemo(() => filterNominations(items, filter), [items, filter]);
  // Drawn a page at a time (twice: the phone's cards and the table); the filters, the count and
  // "select all" cover every nomination that matches.
  const page = useShowMore(shown);
  const counts = useMemo(() => countByStatus(items), [items]);
  const unitIds = useMemo(() => new Set(items.map((n) => n.unitId)), [items]);
  const groupHeading = (id: string) => campaign.plan.awardGroups.find((g) => g.id === id)?.heading;

  const open = (id: string | null) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (id) next.set('nomination', id);
        else next.delete('nomination');
        return next;
      },
      { replace: true },
    );

  const pendingOf = (id: string): NominationAction | null => {
    if (submit.isPending && submit.variables?.id === id) return 'submit';
    if (review.isPending && review.variables?.id === id) return review.variables.review.step;
    if (remove.isPending && remove.variables === id) return 'delete';
    return null;
  };

  const onAction = (action: NominationAction, n: Nomination) => {
    switch (action) {
      case 'submit':
        submit.mutate(
          { id: n.id, version: n.version },
          {
            onSuccess: () =>
              notifications.show({ color: 'teal', message: t('nominations.sent', { name: n.name }) }),
            onError: (error) => {
              if (isApiError(error, 'version_conflict')) {
                notifications.show({ color: 'yellow', message: message(error) });
                void list.refetch();
              } else setDialog({ kind: 'refused', id: n.id, error });
            },
          },
        );
        return;
      case 'forward':
        review.mutate(
          { id: n.id, review: { step: 'forward', version: n.version } },
          {
            onSuccess: () =>
              notifications.show({ color: 'teal', message: t('nominations.forwarded', { name: n.name }) }),
            onError: (error) => {
              notifications.show({ color: 'red', message: message(error) });
              void list.refetch();
            },
          },
        );
        return;
      case 'delete':
        if (!window.confirm(t('nominations.deleteConfirm', { name: n.name }))) return;
        remove.mutate(n.id, {
          onSuccess: () => {
            if (openId === n.id) open(null);
          },
          onError: (error) => notifications.show({ color: 'red', message: message(error) }),
        });
        return;
      default:
        setDialog({ kind: action, id: n.id });
    }
  };

  const forwardSelected = async () => {
    const ids = [...selected].filter((id) => byId.get(id)?.status === 'submitted');
    setBulk(true);
    let done = 0;
    const problems: string[] = [];
    for (const id of ids) {
      const n = byId.get(id) as Nomination;
      try {
        await review.mutateAsync({ id, review: { step: 'forward', version: n.version } });
        done++;
      } catch (error) {
        problems.push(`${n.name}: ${message(error)}`);
      }
    }
    setBulk(false);
    setSelected(new Set());
    notifications.show({
      color: problems.length > 0 ? 'orange' : 'teal',
      message: [t('nominations.forwardedMany', { count: done }), ...problems].join('\n'),
      autoClose: problems.length > 0 ? 15_000 : undefined,
      style: { whiteSpace: 'pre-line' },
    });
  };

  if (list.isPending) return <PageLoader />;
  if (list.isError) return <ErrorState error={list.error} onRetry={() => list.refetch()} />;

  const canAdd = access.canNominate && !access.deadlinePassed && campaign.plan.awardGroups.length > 0;
  const selectable = (n: Nomination) => access.canForward && n.status === 'submitted';
  const toForward = [...selected].filter((id) => byId.get(id)?.status === 'submitted').length;
  const rows = shown.map((n) => ({
    nomination: n,
    actions: nominationActions(n, access),
    pending: bulk && selected.has(n.id) ? ('forward' as const) : pendingOf(n.id),
    selectable: selectable(n),
    selected: selected.has(n.id),
    onSelect: (on: boolean) =>
      setSelected((prev) => {
        const next = new Set(prev);
        if (on) next.add(n.id);
        else next.delete(n.id);
        return next;
      }),
  }));
  const drawnRows = rows.slice(0, page.drawn.length);
  const opened = find(openId);
  const myRows = quotas.data ? quotasOfUnit(quotas.data.items, me.unitId) : [];

  return (
    <Stack gap="sm">
      <NominationDeadline campaign={campaign} passed={access.deadlinePassed} />
      {access.canNominate && !access.deadlinePassed && myRows.length > 0 && quotas.data && (
        <MyQuotas rows={quotas.data.items} unitId={me.unitId} unitName={me.unitName} />
      )}
      <Group justify="space-between" gap="xs">
        <Text size="sm" c="dimmed" aria-live="polite">
          {t('nominations.count', { shown: shown.length, total: items.length })}
        </Text>
        <Group gap="xs">
          {access.canForward && (
            <Button
              leftSection={<IconArrowForwardUp size={16} />}
              disabled={toForward === 0}
              loading={bulk}
              onClick={() => void forwardSelected()}
            >
              {t('nominations.forwardSelected', { count: toForward })}
            </Button>
          )}
          {canAdd && (
            <Button
              variant="default"
              leftSection={<IconFileSpreadsheet size={16} />}
              onClick={() => setDialog({ kind: 'import' })}
            >
              {t('nominations.import')}
            </Button>
          )}
          {canAdd && (
            <Button leftSection={<IconPlus size={16} />} onClick={() => setDialog({ kind: 'add' })}>
              {t('nominations.add')}
            </Button>
          )}
        </Group>
      </Group>
      {items.length > 0 && (
        <NominationFilters value={filter} onChange={setFilter} counts={counts} unitIds={unitIds} />
      )}
      {shown.length === 0 ? (
        <Center mih={100}>
          <Text c="dimmed">{items.length === 0 ? t('nominations.empty') : t('nominations.noMatch')}</Text>
        </Center>
      ) : (
        <>
          <Stack gap="xs" hiddenFrom="sm">
            {drawnRows.map((row) => (
              <NominationCard key={row.nomination.id} {...row} all={byId} onOpen={open} onAction={onAction} />
            ))}
          </Stack>
          <Box visibleFrom="sm">
            <NominationsTable
              rows={rows}
              drawn={drawnRows}
              all={byId}
              selectable={access.canForward}
              onSelectAll={(on) =>
                setSelected(new Set(on ? rows.filter((r) => r.selectable).map((r) => r.nomination.id) : []))
              }
              onOpen={open}
              onAction={onAction}
            />
          </Box>
          <ShowMoreButton rest={page.rest} message="nominations.showMore" onMore={page.more} />
        </>
      )}
      <NominationDrawer
        nomination={opened ?? null}
        heading={opened ? groupHeading(opened.awardGroupId) : undefined}
        all={byId}
        onOpen={open}
        onClose={() => open(null)}
        draftDecisionsVisible={me.role !== 'unit'}
        actions={
          opened && (
            <NominationActions
              nomination={opened}
              actions={nominationActions(opened, access)}
              pending={pendingOf(opened.id)}
              onAction={onAction}
            />
          )
        }
      />
      <NominationDialogs
        dialog={dialog}
        campaign={campaign}
        quotas={quotas.data?.items ?? []}
        unitId={me.unitId}
        units={access.canNominateForUnits ? unitsWithQuota(quotas.data?.items ?? [], me.unitId) : undefined}
        canOverride={access.canForward}
        find={find}
        onChange={setDialog}
        onReload={() => void list.refetch()}
      />
    </Stack>
  );
}
