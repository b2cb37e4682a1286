import { Alert, List, Spoiler, Text } from '@mantine/core';
import { IconChecklist, IconCircleCheck } from '@tabler/icons-react';
import { useT } from '../../i18n/useT.ts';

/** What still stops the draft from being issued, as the server checked it after the last save. */
export function ProblemsPanel({ problems }: { problems: readonly string[] }) {
  const t = useT();
  if (problems.length === 0) {
    return (
      <Alert color="teal" icon={<IconCircleCheck />} title={t('campaign.readyTitle')}>
        {t('campaign.ready')}
      </Alert>
    );
  }
  return (
    <Alert
      color="yellow"
      icon={<IconChecklist />}
      title={t('campaign.problemsTitle', { count: problems.length })}
      role="region"
      aria-label={t('campaign.problemsLabel')}
    >
      <Spoiler maxHeight={96} showLabel={t('campaign.problemsMore')} hideLabel={t('campaign.problemsLess')}>
        <List size="sm" spacing={2}>
          {problems.map((problem, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the same sentence may come twice
            <List.Item key={i}>
              <Text size="sm" span>
                {problem}
              </Text>
            </List.Item>
          ))}
        </List>
      </Spoiler>
    </Alert>
  );
}
