import { Alert, Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import type { OutlineTemplate } from '@tongket/domain';
import { useState } from 'react';
import { useOutlineTemplates } from '../../../api/campaigns.ts';
import { ErrorState } from '../../../components/ErrorState.tsx';
import { PageLoader } from '../../../components/PageLoader.tsx';
import { useT } from '../../../i18n/useT.ts';

export interface TemplateModalProps {
  opened: boolean;
  onClose: () => void;
  onChoose: (template: OutlineTemplate) => void;
}

/** Starts the outline over from a built-in template, after saying that it replaces what is there. */
export function TemplateModal({ opened, onClose, onChoose }: TemplateModalProps) {
  const t = useT();
  const templates = useOutlineTemplates(opened);
  const items = templates.data?.items ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const selected = items.find((item) => item.id === (chosen ?? items[0]?.id)) ?? null;

  return (
    <Modal opened={opened} onClose={onClose} title={t('outline.templateTitle')} size="lg">
      {templates.isPending ? (
        <PageLoader />
      ) : templates.isError ? (
        <ErrorState error={templates.error} onRetry={() => templates.refetch()} />
      ) : (
        <Stack>
          <Select
            label={t('outline.template')}
            data={items.map((item) => ({ value: item.id, label: item.name }))}
            value={selected?.id ?? null}
            onChange={setChosen}
            allowDeselect={false}
            nothingFoundMessage={t('common.noResults')}
          />
          {selected && (
            <Text size="sm" c="dimmed">
              {t('outline.templateSize', { count: selected.outline.sections.length })}
            </Text>
          )}
          <Alert color="yellow">{t('outline.templateWarning')}</Alert>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button disabled={!selected} onClick={() => selected && onChoose(selected)}>
              {t('outline.templateUse')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
