import { Button, Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { Campaign } from '@tongket/domain';
import { useState } from 'react';
import { useUpdateCampaign } from '../../api/campaigns.ts';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { useT } from '../../i18n/useT.ts';
import type { MessageKey } from '../../i18n/vi.ts';

const RULES: ReadonlyArray<{ rule: string; label: MessageKey }> = [
  { rule: 'before:3', label: 'progress.ruleBefore3' },
  { rule: 'before:1', label: 'progress.ruleBefore1' },
  { rule: 'overdue', label: 'progress.ruleOverdue' },
];

/** When the system reminds units that have not sent yet; other rules the round has are kept. */
export function ReminderRulesCard({ campaign }: { campaign: Campaign }) {
  const t = useT();
  const update = useUpdateCampaign(campaign.id);
  const [rules, setRules] = useState<string[]>(campaign.reminderRules);
  const changed =
    rules.length !== campaign.reminderRules.length || rules.some((r) => !campaign.reminderRules.includes(r));

  const toggle = (rule: string, on: boolean) =>
    setRules((current) => (on ? [...current, rule] : current.filter((r) => r !== rule)));
  const save = () =>
    update.mutate(
      { version: campaign.version, reminderRules: rules },
      { onSuccess: () => notifications.show({ color: 'teal', message: t('progress.rulesSaved') }) },
    );

  return (
    <Paper withBorder p="sm" radius="md">
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {t('progress.rules')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('progress.rulesHint')}
        </Text>
        <Group gap="md">
          {RULES.map(({ rule, label }) => (
            <Checkbox
              key={rule}
              label={t(label)}
              checked={rules.includes(rule)}
              onChange={(e) => toggle(rule, e.currentTarget.checked)}
            />
          ))}
        </Group>
        <ProblemAlert error={update.error} />
        <Group>
          <Button size="compact-sm" onClick={save} disabled={!changed} loading={update.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
