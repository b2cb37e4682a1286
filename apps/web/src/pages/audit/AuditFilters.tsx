import { Button, Select, SimpleGrid, TextInput } from '@mantine/core';
import { IconFilterOff } from '@tabler/icons-react';
import { DateInputVn } from '../../components/DateInputVn.tsx';
import { useAuditLabels } from '../../i18n/auditLabels.ts';
import { useT } from '../../i18n/useT.ts';
import { type AuditFilterValues, EMPTY_AUDIT_FILTER } from './auditFilter.ts';

export interface AuditFiltersProps {
  values: AuditFilterValues;
  onChange: (values: AuditFilterValues) => void;
}

export function AuditFilters({ values, onChange }: AuditFiltersProps) {
  const t = useT();
  const labels = useAuditLabels();
  const set = <K extends keyof AuditFilterValues>(field: K, value: AuditFilterValues[K]) =>
    onChange({ ...values, [field]: value });
  const empty = Object.entries(values).every(
    ([key, value]) => value === EMPTY_AUDIT_FILTER[key as keyof AuditFilterValues],
  );

  return (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm" verticalSpacing="xs">
      <TextInput
        label={t('audit.actor')}
        placeholder={t('audit.actorPlaceholder')}
        value={values.actor}
        onChange={(e) => set('actor', e.currentTarget.value)}
        autoCapitalize="none"
        spellCheck={false}
      />
      <Select
        label={t('audit.action')}
        placeholder={t('audit.allActions')}
        data={labels.auditActionOptions}
        value={values.action}
        onChange={(action) => set('action', action)}
        clearable
        searchable
      />
      <Select
        label={t('audit.entityType')}
        placeholder={t('audit.allEntityTypes')}
        data={labels.auditEntityOptions}
        value={values.entityType || null}
        onChange={(entityType) => set('entityType', entityType ?? '')}
        clearable
      />
      <TextInput
        label={t('audit.entityId')}
        value={values.entityId}
        onChange={(e) => set('entityId', e.currentTarget.value)}
        autoCapitalize="none"
        spellCheck={false}
      />
      <DateInputVn label={t('audit.from')} value={values.from} onChange={(from) => set('from', from)} />
      <DateInputVn label={t('audit.to')} value={values.to} onChange={(to) => set('to', to)} />
      <Button
        variant="subtle"
        leftSection={<IconFilterOff size={16} />}
        onClick={() => onChange(EMPTY_AUDIT_FILTER)}
        disabled={empty}
        style={{ alignSelf: 'flex-end' }}
      >
        {t('audit.clear')}
      </Button>
    </SimpleGrid>
  );
}
