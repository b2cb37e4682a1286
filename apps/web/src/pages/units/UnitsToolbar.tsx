import { ActionIcon, Button, Group, TextInput, Tooltip } from '@mantine/core';
import {
  IconArrowsMaximize,
  IconArrowsMinimize,
  IconDownload,
  IconPlus,
  IconSearch,
  IconUpload,
} from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { unitsExportUrl } from '../../api/units.ts';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { useT } from '../../i18n/useT.ts';
import type { MessageKey } from '../../i18n/vi.ts';

export interface UnitsToolbarProps {
  search: string;
  onSearch: (value: string) => void;
  onExpandAll: () => void;
  onCollapseAll: () => void;
  /** Adding and importing are for those who manage the unit list; anyone who reads it may export it. */
  canManage: boolean;
  onAdd: () => void;
  onImport: () => void;
}

/** A labelled button on a wide screen, an icon with a tooltip on a phone. */
function TreeAction({ label, icon, onClick }: { label: MessageKey; icon: ReactNode; onClick: () => void }) {
  const t = useT();
  return (
    <>
      <Button visibleFrom="md" variant="subtle" size="sm" leftSection={icon} onClick={onClick}>
        {t(label)}
      </Button>
      <Tooltip label={t(label)}>
        <ActionIcon hiddenFrom="md" variant="subtle" size="lg" aria-label={t(label)} onClick={onClick}>
          {icon}
        </ActionIcon>
      </Tooltip>
    </>
  );
}

export function UnitsToolbar(props: UnitsToolbarProps) {
  const t = useT();
  return (
    <Group justify="space-between" gap="sm">
      <Group gap={4} wrap="nowrap" style={{ flex: '1 1 300px' }}>
        <TextInput
          aria-label={t('units.searchLabel')}
          placeholder={t('units.searchPlaceholder')}
          leftSection={<IconSearch size={16} />}
          value={props.search}
          onChange={(e) => props.onSearch(e.currentTarget.value)}
          type="search"
          style={{ flex: 1, maxWidth: 420 }}
        />
        <TreeAction
          label="units.expandAll"
          icon={<IconArrowsMaximize size={16} />}
          onClick={props.onExpandAll}
        />
        <TreeAction
          label="units.collapseAll"
          icon={<IconArrowsMinimize size={16} />}
          onClick={props.onCollapseAll}
        />
      </Group>
      <Group gap="xs">
        {props.canManage && (
          <>
            <Button size="compact-md" leftSection={<IconPlus size={16} />} onClick={props.onAdd}>
              {t('units.add')}
            </Button>
            <Button
              size="compact-md"
              variant="light"
              leftSection={<IconUpload size={16} />}
              onClick={props.onImport}
            >
              {t('units.import')}
            </Button>
          </>
        )}
        <DownloadButton
          size="compact-md"
          url={unitsExportUrl}
          fileName="don-vi.xlsx"
          variant="light"
          leftSection={<IconDownload size={16} />}
        >
          {t('units.export')}
        </DownloadButton>
      </Group>
    </Group>
  );
}
