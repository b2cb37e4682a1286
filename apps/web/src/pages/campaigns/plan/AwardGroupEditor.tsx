import { Select, Stack, Text, Textarea } from '@mantine/core';
import { useAwardTypes } from '../../../api/campaigns.ts';
import { useT } from '../../../i18n/useT.ts';
import { RowList } from '../RowList.tsx';
import { usePlanEditor } from './planEditorContext.ts';
import { type AwardGroupForm, emptyQuotaRow } from './planForm.ts';
import { QuotaRowEditor } from './QuotaRowEditor.tsx';

export interface AwardGroupEditorProps {
  group: AwardGroupForm;
  index: number;
  update: (patch: Partial<AwardGroupForm>) => void;
}

/** One numbered item of VI. KHEN THƯỞNG: the form of award, its wording, and its quota lines. */
export function AwardGroupEditor({ group, index, update }: AwardGroupEditorProps) {
  const t = useT();
  const { readOnly, errorOf } = usePlanEditor();
  const awardTypes = useAwardTypes();
  const options = (awardTypes.data?.items ?? [])
    .filter((type) => type.active || type.id === group.awardTypeId)
    .map((type) => ({ value: type.id, label: type.name }));
  const path = `awardGroups.${index}`;

  return (
    <Stack gap="sm">
      <Select
        label={t('award.type')}
        placeholder={awardTypes.isPending ? t('app.loading') : t('award.typePlaceholder')}
        data={options}
        value={group.awardTypeId}
        onChange={(awardTypeId) => update({ awardTypeId })}
        error={errorOf(`${path}.awardTypeId`)}
        readOnly={readOnly}
        searchable
        nothingFoundMessage={t('common.noResults')}
      />
      <Textarea
        label={t('award.heading')}
        description={t('award.headingHint')}
        value={group.heading}
        onChange={(e) => update({ heading: e.currentTarget.value })}
        error={errorOf(`${path}.heading`)}
        readOnly={readOnly}
        autosize
        minRows={1}
        maxRows={4}
        maxLength={1000}
      />
      <div>
        <Text size="sm" fw={500}>
          {t('award.quotas')}
        </Text>
        <Text size="xs" c="dimmed" mb={4}>
          {t('award.quotasHint')}
        </Text>
        <RowList
          variant="card"
          rows={group.quotas}
          onChange={(quotas) => update({ quotas })}
          readOnly={readOnly}
          createRow={() => emptyQuotaRow()}
          addLabel={t('award.quotaAdd')}
          rowName={(i) => t('award.quotaRow', { n: i + 1 })}
          emptyText={t('award.quotasEmpty')}
          renderRow={(row, i, updateRow) => (
            <QuotaRowEditor row={row} path={`${path}.quotas.${i}`} update={updateRow} />
          )}
        />
      </div>
    </Stack>
  );
}
