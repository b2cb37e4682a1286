import { Paper, SegmentedControl, SimpleGrid, Stack, Text } from '@mantine/core';
import { useT } from '../../../i18n/useT.ts';
import { HtmlView } from '../HtmlView.tsx';
import type { MergeChoice, MergeItem } from './merge.ts';

export interface MergeItemCardProps {
  item: MergeItem;
  label: string;
  choice: MergeChoice;
  onChoose: (choice: MergeChoice) => void;
}

/** One differing part: the two copies side by side (stacked on a phone) and the choice. */
export function MergeItemCard({ item, label, choice, onChoose }: MergeItemCardProps) {
  const t = useT();
  const options = [
    { value: 'mine', label: t('merge.keepMine') },
    { value: 'stored', label: t('merge.takeStored') },
    ...(item.rich ? [{ value: 'both', label: t('merge.keepBoth') }] : []),
  ];
  return (
    <Paper withBorder p="sm" radius="md" data-testid="merge-item">
      <Stack gap="xs">
        <Text fw={600} size="sm">
          {label}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <Copy title={t('merge.mine')} value={item.mine} rich={item.rich} active={choice !== 'stored'} />
          <Copy title={t('merge.stored')} value={item.stored} rich={item.rich} active={choice !== 'mine'} />
        </SimpleGrid>
        <SegmentedControl
          value={choice}
          onChange={(value) => onChoose(value as MergeChoice)}
          data={options}
          fullWidth
          size="xs"
          aria-label={t('merge.choiceFor', { part: label })}
          styles={{ label: { whiteSpace: 'normal' } }}
        />
      </Stack>
    </Paper>
  );
}

function Copy({
  title,
  value,
  rich,
  active,
}: {
  title: string;
  value: string;
  rich: boolean;
  active: boolean;
}) {
  const t = useT();
  return (
    <Paper
      p="xs"
      radius="sm"
      bg={active ? 'blue.0' : 'gray.0'}
      style={{ opacity: active ? 1 : 0.6, maxHeight: 260, overflow: 'auto' }}
    >
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" mb={4}>
        {title}
      </Text>
      {value === '' ? (
        <Text size="sm" c="dimmed" fs="italic">
          {t('merge.empty')}
        </Text>
      ) : rich ? (
        <HtmlView html={value} />
      ) : (
        <Text size="sm">{value}</Text>
      )}
    </Paper>
  );
}
