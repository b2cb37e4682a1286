import { Anchor, Badge, Group, Paper, Stack, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { formatDateTimeVn, hasPermission } from '@tongket/domain';
import { Link } from 'react-router';
import { type AwardRound, useAwardRounds } from '../../api/commendation.ts';
import { useCurrentUser } from '../../auth/useCurrentUser.ts';
import { useT } from '../../i18n/useT.ts';
import type { MessageKey } from '../../i18n/vi.ts';
import { nominationPath } from '../commendation/nominations/nominationLink.ts';
import { MyQuotas } from '../commendation/quota/MyQuotas.tsx';
import { quotasOfUnit } from '../commendation/quota/quotaView.ts';

interface Waiting {
  key: MessageKey;
  count: number;
  to: string;
}

/**
 * Commendation work on the home page, by role: a unit its quota use in rounds still taking
 * nominations (its unsent drafts are in "Việc của đơn vị"); whoever else nominates its drafts too; the standing agency what waits to be forwarded; the board what waits
 * for its review or for a decision.
 */
export function AwardWork() {
  const t = useT();
  const me = useCurrentUser();
  const nominates = hasPermission(me.role, 'nominations.write');
  const forwards = hasPermission(me.role, 'nominations.forward');
  const reviews = hasPermission(me.role, 'nominations.review');
  const rounds = useAwardRounds(nominates || forwards || reviews);
  const now = new Date();
  // A unit's unsent drafts are one of the unit's jobs: "Việc của đơn vị" above lists them (with the
  // deadline and the ones refused for want of quota) and leads to the list that sends them. Here
  // the unit sees the quota they use, not the same count a second time.
  const draftsListedAbove = me.role === 'unit';

  const cards = (rounds.data ?? [])
    .map((round) => {
      const open = !round.campaign.nominationDeadline || new Date(round.campaign.nominationDeadline) > now;
      const mine = nominates && open ? quotasOfUnit(round.quotas, me.unitId) : [];
      const waiting = waitingOf(round, me.unitId, {
        nominates: nominates && open && !draftsListedAbove,
        forwards,
        reviews,
      });
      return { round, mine, waiting };
    })
    .filter((c) => c.mine.length > 0 || c.waiting.length > 0);
  if (cards.length === 0) return null;

  return (
    <Stack gap="xs" component="section" aria-labelledby="award-work-title">
      <Title order={2} size="h4" id="award-work-title">
        {t('home.awardWork')}
      </Title>
      {cards.map(({ round, mine, waiting }) => (
        <Paper key={round.campaign.id} withBorder p="sm" radius="md" data-testid="award-work">
          <Stack gap="xs">
            <Group justify="space-between" gap="xs" align="flex-start">
              <Anchor
                component={Link}
                to={`/campaigns/${encodeURIComponent(round.campaign.id)}?tab=commendation`}
                fw={600}
              >
                {round.campaign.name}
              </Anchor>
              {mine.length > 0 && round.campaign.nominationDeadline && (
                <Badge variant="light" color="blue" miw="max-content">
                  {t('home.awardDeadline', { when: formatDateTimeVn(round.campaign.nominationDeadline) })}
                </Badge>
              )}
            </Group>
            {mine.length > 0 && (
              <MyQuotas rows={round.quotas} unitId={me.unitId} unitName={me.unitName} compact />
            )}
            {waiting.map((w) => (
              <Anchor key={w.key} component={Link} to={w.to} size="sm">
                <Group gap={4} component="span">
                  {t(w.key, { count: w.count })}
                  <IconArrowRight size={14} />
                </Group>
              </Anchor>
            ))}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

function waitingOf(
  round: AwardRound,
  unitId: string,
  can: { nominates: boolean; forwards: boolean; reviews: boolean },
): Waiting[] {
  const id = round.campaign.id;
  const count = (test: (n: AwardRound['nominations'][number]) => boolean) =>
    round.nominations.filter(test).length;
  const list: Waiting[] = [];
  if (can.nominates) {
    list.push({
      key: 'home.awardDrafts',
      count: count((n) => n.status === 'draft' && n.unitId === unitId),
      to: nominationPath(id),
    });
  }
  if (can.forwards && round.campaign.canManage) {
    list.push({
      key: 'home.awardToForward',
      count: count((n) => n.status === 'submitted'),
      to: nominationPath(id),
    });
  }
  if (can.reviews) {
    list.push({
      key: 'home.awardToReview',
      count: count((n) => n.status === 'forwarded'),
      to: nominationPath(id),
    });
    list.push({
      key: 'home.awardToDecide',
      count: count((n) => n.status === 'approved' && n.decisionId === null),
      to: `/campaigns/${encodeURIComponent(id)}?tab=commendation&view=decisions`,
    });
  }
  return list.filter((w) => w.count > 0);
}
