import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import type { WordImport } from '@tongket/domain';
import { useT } from '../../../i18n/useT.ts';
import { type OutlineRow, sectionName } from '../editor/reportContent.ts';
import { HtmlView } from '../HtmlView.tsx';

export interface ImportSectionCardProps {
  row: OutlineRow;
  matches: WordImport['matches'];
  /** How many unmatched parts the person sent here. */
  assigned: number;
  /** The draft already has text in this section. */
  hasText: boolean;
}

/** One outline section in the preview: the heading found in the file and the text under it. */
export function ImportSectionCard({ row, matches, assigned, hasText }: ImportSectionCardProps) {
  const t = useT();
  const empty = matches.length === 0 && assigned === 0;
  return (
    <Paper withBorder p="xs" radius="sm" bg={empty ? 'gray.0' : undefined} data-testid="import-section">
      <Group justify="space-between" gap="xs" align="flex-start">
        <Text fw={600} size="sm" c={empty ? 'dimmed' : undefined}>
          {sectionName(row)}
        </Text>
        <Group gap={4}>
          {hasText && !empty && (
            <Badge size="sm" variant="light" color="orange">
              {t('wordImport.hasText')}
            </Badge>
          )}
          {assigned > 0 && (
            <Badge size="sm" variant="light">
              {t('wordImport.assigned', { count: assigned })}
            </Badge>
          )}
        </Group>
      </Group>
      {empty ? (
        <Text size="xs" c="dimmed">
          {t('wordImport.noText')}
        </Text>
      ) : (
        <Stack gap={6} mt={4}>
          {matches.map((m, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: matches of one section keep their file order
            <div key={i}>
              <Text size="xs" c="dimmed" fs="italic">
                {t('wordImport.heading', { heading: m.heading })}
              </Text>
              <div style={{ maxHeight: 180, overflow: 'auto' }}>
                <HtmlView html={m.html} />
              </div>
            </div>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
