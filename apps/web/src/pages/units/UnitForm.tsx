import { Button, Group, NumberInput, Select, SimpleGrid, Stack, Switch, TextInput } from '@mantine/core';
import type { UnitKind } from '@tongket/domain';
import { ProblemAlert } from '../../components/ProblemAlert.tsx';
import { UnitSelect } from '../../components/UnitSelect.tsx';
import { useFormFields } from '../../components/useFormFields.ts';
import { useLabels } from '../../i18n/labels.ts';
import { useT } from '../../i18n/useT.ts';
import { type UnitFormValues, validateUnit } from './unitFormValues.ts';

export interface UnitFormProps {
  initial: UnitFormValues;
  /** Units that cannot be the parent (the unit being edited and its subtree). */
  excludeParentIds?: ReadonlySet<string>;
  pending: boolean;
  /** The last server error; its field messages show next to the fields. */
  error: unknown;
  onSubmit: (values: UnitFormValues) => void;
  onCancel: () => void;
}

export function UnitForm({ initial, excludeParentIds, pending, error, onSubmit, onCancel }: UnitFormProps) {
  const t = useT();
  const labels = useLabels();
  const { values, set, submit, errorOf } = useFormFields(initial, error, (v) => validateUnit(v, t), onSubmit);

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ProblemAlert error={error} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('unit.code')}
            value={values.code}
            onChange={(e) => set('code', e.currentTarget.value.toUpperCase())}
            error={errorOf('code')}
            required
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={40}
          />
          <Select
            label={t('unit.kind')}
            placeholder={t('unit.kindPlaceholder')}
            data={labels.unitKindOptions}
            value={values.kind}
            onChange={(kind) => set('kind', kind as UnitKind | null)}
            error={errorOf('kind')}
            required
            allowDeselect={false}
          />
        </SimpleGrid>
        <TextInput
          label={t('unit.name')}
          value={values.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={errorOf('name')}
          required
          maxLength={255}
        />
        <TextInput
          label={t('unit.shortName')}
          value={values.shortName}
          onChange={(e) => set('shortName', e.currentTarget.value)}
          error={errorOf('shortName')}
          maxLength={100}
        />
        <UnitSelect
          label={t('unit.parent')}
          placeholder={t('unit.parentSearch')}
          value={values.parentId}
          onChange={(id) => set('parentId', id)}
          excludeIds={excludeParentIds}
          error={errorOf('parentId')}
          clearable
          nothingFoundMessage={t('common.noResults')}
        />
        <TextInput
          label={t('unit.agencyCode')}
          description={t('unit.agencyCodeHelp')}
          placeholder="000.00.00.H50"
          value={values.agencyCode}
          onChange={(e) => set('agencyCode', e.currentTarget.value.toUpperCase())}
          error={errorOf('agencyCode')}
          autoCapitalize="characters"
          spellCheck={false}
          autoComplete="off"
          maxLength={20}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('unit.email')}
            type="email"
            value={values.email}
            onChange={(e) => set('email', e.currentTarget.value)}
            error={errorOf('email')}
            autoComplete="off"
          />
          <NumberInput
            label={t('unit.order')}
            value={values.order}
            onChange={(order) => set('order', typeof order === 'number' ? order : '')}
            error={errorOf('order')}
            min={0}
            max={1_000_000}
            allowDecimal={false}
            allowNegative={false}
          />
        </SimpleGrid>
        <Switch
          label={t('unit.active')}
          checked={values.active}
          onChange={(e) => set('active', e.currentTarget.checked)}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={pending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={pending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
