import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconGitMerge } from '@tabler/icons-react';
import { type Draft, formatDateTimeVn, type Indicator, type ReportContent } from '@tongket/domain';
import { useMemo, useState } from 'react';
import { useT } from '../../../i18n/useT.ts';
import { MergeItemCard } from './MergeItemCard.tsx';
import { applyMerge, type MergeChoice, type MergeItem, mergeItems } from './merge.ts';
import { type OutlineRow, sectionName } from './reportContent.ts';

export interface MergeDialogProps {
  opened: boolean;
  onClose: () => void;
  rows: readonly OutlineRow[];
  mine: ReportContent;
  /** The stored copy the editor last had: tells who changed which part. */
  base: ReportContent;
  current: Draft;
  onMerge: (merged: ReportContent, current: Draft) => void;
}

/**
 * Someone saved the draft after this copy was opened. Each part that differs is shown twice —
 * "bản của bạn" and "bản đã lưu" — to keep one, the other or both; the result is saved on top
 * of the stored version. Closing keeps what was typed on screen, unsaved.
 */
export function MergeDialog({ opened, onClose, rows, mine, base, current, onMerge }: MergeDialogProps) {
  const t = useT();
  const phone = useMediaQuery('(max-width: 48em)');
  const items = useMemo(() => mergeItems(mine, base, current.content), [mine, base, current]);
  const [choices, setChoices] = useState<Record<string, MergeChoice>>({});
  const labels = useMemo(() => {
    const out = new Map<string, string>();
    for (const row of rows) {
      out.set(`section:${row.section.id}`, sectionName(row));
      for (const i of row.section.indicators) out.set(`indicator:${i.id}`, indicatorLabel(i));
    }
    out.set('body', t('report.body'));
    out.set('topic', t('report.topic'));
    out.set('duration', t('report.duration'));
    out.set('link', t('report.link'));
    return out;
  }, [rows, t]);
  const order = useMemo(() => {
    const keys = rows.flatMap((r) => [
      `section:${r.section.id}`,
      ...r.section.indicators.map((i) => `indicator:${i.id}`),
    ]);
    const rank = (item: MergeItem) => {
      const at = keys.indexOf(item.key);
      return at === -1 ? keys.length : at;
    };
    return [...items].sort((a, b) => rank(a) - rank(b));
  }, [items, rows]);

  const merge = () => onMerge(applyMerge(mine, current.content, items, choices), current);

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('merge.title')}
      size="80rem"
      fullScreen={phone}
      closeOnClickOutside={false}
    >
      <Stack>
        <Alert color="orange" p="xs">
          <Text size="sm">
            {current.updatedAt
              ? t('merge.intro', {
                  who: current.updatedBy ?? t('merge.someone'),
                  time: formatDateTimeVn(current.updatedAt),
                })
              : t('merge.introUnknown')}
          </Text>
        </Alert>
        {order.length === 0 && <Text size="sm">{t('merge.same')}</Text>}
        {order.map((item) => (
          <MergeItemCard
            key={item.key}
            item={item}
            label={labels.get(item.key) ?? item.key}
            choice={choices[item.key] ?? item.suggested}
            onChoose={(choice) => setChoices((c) => ({ ...c, [item.key]: choice }))}
          />
        ))}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('merge.later')}
          </Button>
          <Button leftSection={<IconGitMerge size={16} />} onClick={merge}>
            {t('merge.apply')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function indicatorLabel(indicator: Indicator): string {
  return indicator.unit ? `${indicator.name} (${indicator.unit})` : indicator.name;
}
