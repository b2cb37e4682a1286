import { Button, Checkbox, Group, Modal, ScrollArea, Select, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import type { Campaign, Decision } from '@tongket/domain';
import { useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { useCreateDecision } from '../../../api/decisions.ts';
import { useNominations } from '../../../api/nominations.ts';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { useT } from '../../../i18n/useT.ts';
import { NomineeLine } from '../nominations/NomineeLine.tsx';
import { decisionPath } from './decisionPath.ts';
import { decisionCounts } from './decisionText.ts';

/**
 * Soạn quyết định: every approved nomination of one award that no decision holds yet, all picked;
 * the board may leave some out. The draft opens on its own page.
 */
export function CreateDecisionModal({ campaign, onClose }: { campaign: Campaign; onClose: () => void }) {
  const t = useT();
  const navigate = useNavigate();
  const phone = useMediaQuery('(max-width: 48em)');
  const list = useNominations(campaign.id);
  const create = useCreateDecision(campaign.id);
  const awards = useMemo(() => {
    const seen = new Map<string, string>();
    for (const n of list.data?.items ?? []) if (n.awardTypeId) seen.set(n.awardTypeId, n.awardTypeName);
    for (const g of campaign.plan.awardGroups)
      if (g.awardTypeId && !seen.has(g.awardTypeId)) seen.set(g.awardTypeId, g.heading);
    return [...seen].map(([value, label]) => ({ value, label }));
  }, [list.data, campaign.plan.awardGroups]);
  const [awardTypeId, setAwardTypeId] = useState<string | null>(null);
  const award = awardTypeId ?? awards[0]?.value ?? null;
  const ready = useMemo(
    () =>
      (list.data?.items ?? []).filter(
        (n) => n.status === 'approved' && n.decisionId === null && n.awardTypeId === award,
      ),
    [list.data, award],
  );
  const [left, setLeft] = useState<ReadonlySet<string>>(new Set());
  const picked = ready.filter((n) => !left.has(n.id));
  const counts: Decision['counts'] = { collective: 0, individual: 0, exemplar: 0 };
  for (const n of picked) counts[n.nomineeKind]++;

  const submit = () =>
    create.mutate(
      { ...(award ? { awardTypeId: award } : {}), nominationIds: picked.map((n) => n.id) },
      {
        onSuccess: (decision) => {
          notifications.show({ color: 'teal', message: t('decisions.created') });
          onClose();
          navigate(decisionPath(campaign.id, decision.id));
        },
      },
    );

  return (
    <Modal opened onClose={onClose} title={t('decisions.createTitle')} size="lg" fullScreen={phone}>
      {list.isPending ? (
        <PageLoader />
      ) : (
        <Stack>
          {awards.length > 1 && (
            <Select
              label={t('award.type')}
              data={awards}
              value={award}
              onChange={(id) => {
                setAwardTypeId(id);
                setLeft(new Set());
              }}
              allowDeselect={false}
            />
          )}
          <Text size="sm">{t('decisions.createIntro')}</Text>
          <ProblemAlert error={create.error ?? list.error} />
          {ready.length === 0 ? (
            <Text c="dimmed" size="sm">
              {t('decisions.nothingReady')}
            </Text>
          ) : (
            <>
              <Text fw={600} size="sm" data-testid="decision-counts">
                {t('decisions.picked', { count: picked.length, kinds: decisionCounts(counts, t) })}
              </Text>
              <ScrollArea.Autosize mah={phone ? undefined : '50vh'}>
                <Stack gap="xs">
                  {ready.map((n) => (
                    <Checkbox
                      key={n.id}
                      checked={!left.has(n.id)}
                      onChange={(e) => {
                        const on = e.currentTarget.checked;
                        setLeft((prev) => {
                          const next = new Set(prev);
                          if (on) next.delete(n.id);
                          else next.add(n.id);
                          return next;
                        });
                      }}
                      label={
                        <span>
                          <Text span size="sm" fw={500}>
                            {n.name}
                          </Text>{' '}
                          <Text span size="xs" c="dimmed">
                            — {n.unitName}
                          </Text>
                        </span>
                      }
                      description={<NomineeLine nomination={n} />}
                    />
                  ))}
                </Stack>
              </ScrollArea.Autosize>
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={create.isPending}>
              {t('common.cancel')}
            </Button>
            <Button onClick={submit} disabled={picked.length === 0} loading={create.isPending}>
              {t('decisions.createSubmit')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
