import { Paper, Select, Stack, Text } from '@mantine/core';
import type { WordImport } from '@tongket/domain';
import { useT } from '../../../i18n/useT.ts';
import { HtmlView } from '../HtmlView.tsx';

/** The option that leaves a part out. */
export const SKIP = 'skip';

export interface UnmatchedPartCardProps {
  part: WordImport['unmatched'][number];
  target: string | null;
  options: { value: string; label: string }[];
  onTarget: (sectionId: string | null) => void;
}

/** A part of the file under a heading that names no section: where should it go? */
export function UnmatchedPartCard({ part, target, options, onTarget }: UnmatchedPartCardProps) {
  const t = useT();
  const title = part.heading
    ? t('wordImport.partAfter', { heading: part.heading })
    : t('wordImport.partBeforeHeadings');
  return (
    <Paper withBorder p="xs" radius="sm" style={{ borderColor: 'var(--mantine-color-yellow-5)' }}>
      <Stack gap={6}>
        <Text fw={600} size="sm">
          {title}
        </Text>
        <div style={{ maxHeight: 180, overflow: 'auto' }}>
          <HtmlView html={part.html} />
        </div>
        <Select
          label={t('wordImport.assignTo')}
          aria-label={t('wordImport.assignToPart', { part: title })}
          data={options}
          value={target ?? SKIP}
          onChange={(value) => onTarget(value && value !== SKIP ? value : null)}
          allowDeselect={false}
          searchable
          maxDropdownHeight={280}
          comboboxProps={{ withinPortal: true }}
        />
      </Stack>
    </Paper>
  );
}
