import { Alert, Button, Group, Modal, Radio, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconFileImport } from '@tabler/icons-react';
import type { ReportContent, WordImport } from '@tongket/domain';
import { useMemo, useState } from 'react';
import { useT } from '../../../i18n/useT.ts';
import { isBlankHtml, type OutlineRow, sectionName } from '../editor/reportContent.ts';
import { type ImportMode, importedBySection, type UnmatchedTargets } from './applyImport.ts';
import { ImportSectionCard } from './ImportSectionCard.tsx';
import { SKIP, UnmatchedPartCard } from './UnmatchedPartCard.tsx';

export interface ImportPreviewModalProps {
  result: WordImport;
  fileName: string;
  rows: readonly OutlineRow[];
  /** The draft as it is now: which sections already have text. */
  content: ReportContent;
  onClose: () => void;
  onApply: (imported: Map<string, string>, mode: ImportMode) => void;
}

/**
 * What the Word file will put where, before anything changes: each section of the outline with
 * the text found for it (and the heading as the file wrote it), and each part that matched no
 * section, to be placed by hand or left out.
 */
export function ImportPreviewModal({
  result,
  fileName,
  rows,
  content,
  onClose,
  onApply,
}: ImportPreviewModalProps) {
  const t = useT();
  const phone = useMediaQuery('(max-width: 48em)');
  const [targets, setTargets] = useState<UnmatchedTargets>({});
  const [mode, setMode] = useState<ImportMode>('append');
  const imported = useMemo(() => importedBySection(result, targets), [result, targets]);
  const leafOptions = useMemo(
    () => [
      { value: SKIP, label: t('wordImport.skip') },
      ...rows.filter((r) => r.leaf).map((r) => ({ value: r.section.id, label: sectionName(r) })),
    ],
    [rows, t],
  );
  const shown = rows.filter((r) => r.leaf || result.matches.some((m) => m.sectionId === r.section.id));
  const overwrites = [...imported.keys()].filter((id) => !isBlankHtml(content.sections[id]));
  const matchedCount = new Set(result.matches.map((m) => m.sectionId)).size;

  return (
    <Modal opened onClose={onClose} title={t('wordImport.title')} size="72rem" fullScreen={phone}>
      <Stack>
        <Text size="sm">{t('wordImport.intro', { file: fileName })}</Text>
        {imported.size === 0 && result.unmatched.length === 0 && (
          <Alert color="yellow" p="xs">
            {t('wordImport.nothing')}
          </Alert>
        )}

        {result.unmatched.length > 0 && (
          <Stack gap="xs" component="section" aria-labelledby="import-unmatched">
            <Title order={3} size="h5" id="import-unmatched">
              {t('wordImport.unmatched', { count: result.unmatched.length })}
            </Title>
            <Text size="sm" c="dimmed">
              {t('wordImport.unmatchedHint')}
            </Text>
            {result.unmatched.map((part, index) => (
              <UnmatchedPartCard
                // biome-ignore lint/suspicious/noArrayIndexKey: the parts come in file order and never move
                key={index}
                part={part}
                target={targets[index] ?? null}
                options={leafOptions}
                onTarget={(sectionId) => setTargets((current) => ({ ...current, [index]: sectionId }))}
              />
            ))}
          </Stack>
        )}

        <Stack gap="xs" component="section" aria-labelledby="import-sections">
          <Title order={3} size="h5" id="import-sections">
            {t('wordImport.sections', { count: matchedCount, total: rows.filter((r) => r.leaf).length })}
          </Title>
          {shown.map((row) => (
            <ImportSectionCard
              key={row.section.id}
              row={row}
              matches={result.matches.filter((m) => m.sectionId === row.section.id)}
              assigned={result.unmatched.filter((_, i) => targets[i] === row.section.id).length}
              hasText={!isBlankHtml(content.sections[row.section.id])}
            />
          ))}
        </Stack>

        {overwrites.length > 0 && (
          <Radio.Group
            label={t('wordImport.mode', { count: overwrites.length })}
            value={mode}
            onChange={(value) => setMode(value as ImportMode)}
          >
            <Stack gap={6} mt={6}>
              <Radio value="append" label={t('wordImport.append')} />
              <Radio value="replace" label={t('wordImport.replace')} />
            </Stack>
          </Radio.Group>
        )}

        <Group justify="flex-end" pos="sticky" bottom={0} bg="var(--mantine-color-body)" py="xs">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            leftSection={<IconFileImport size={16} />}
            disabled={imported.size === 0}
            onClick={() => onApply(imported, mode)}
          >
            {t('wordImport.apply')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
