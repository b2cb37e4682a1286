import { Button, Group, Radio, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type AwardGroup, NOMINEE_KINDS, type NomineeKind, type QuotaStatus } from '@tongket/domain';
import { type ReactNode, useState } from 'react';
import { ProblemAlert } from '../../../components/ProblemAlert.tsx';
import { useFormFields } from '../../../components/useFormFields.ts';
import { useLabels } from '../../../i18n/labels.ts';
import { useT } from '../../../i18n/useT.ts';
import { type NominationFormValues, validateNomination } from './nominationForm.ts';
import { PendingFiles } from './PendingFiles.tsx';
import { QuotaHint } from './QuotaHint.tsx';

export interface NominationFormProps {
  awardGroups: readonly AwardGroup[];
  quotas: readonly QuotaStatus[];
  unitId: string;
  /** Offered to the standing agency: the units it may enter a nomination for (field "Đơn vị đề nghị"). */
  units?: ReadonlyArray<{ value: string; label: string }>;
  initial: NominationFormValues;
  pending: boolean;
  error: unknown;
  /** The files already sent with it (editing a draft). */
  existingFiles?: ReactNode;
  onSubmit: (values: NominationFormValues, files: File[]) => void;
  onCancel: () => void;
}

/** The kinds a group's quota rows name (a heading "cho các tập thể" has only collectives); all when it has none. */
function kindsOf(group: AwardGroup | undefined): NomineeKind[] {
  const kinds = NOMINEE_KINDS.filter((k) => group?.quotas.some((q) => q.nomineeKind === k));
  return kinds.length > 0 ? kinds : [...NOMINEE_KINDS];
}

/** A nomination as the unit writes it: the award, who, their details, the achievement and the dossier. */
export function NominationForm(props: NominationFormProps) {
  const t = useT();
  const labels = useLabels();
  const [files, setFiles] = useState<File[]>([]);
  const { values, set, submit, errorOf } = useFormFields(
    props.initial,
    props.error,
    (v) => validateNomination(v, t),
    (v) => props.onSubmit(v, files),
  );
  const group = props.awardGroups.find((g) => g.id === values.awardGroupId);
  const kinds = kindsOf(group);
  const person = values.nomineeKind !== 'collective';

  const chooseGroup = (id: string | null) => {
    set('awardGroupId', id);
    const next = kindsOf(props.awardGroups.find((g) => g.id === id));
    if (!next.includes(values.nomineeKind) && next[0]) set('nomineeKind', next[0]);
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ProblemAlert error={props.error} />
        {props.units && (
          <Select
            label={t('nomination.unit')}
            description={t('nomination.unitHint')}
            data={props.units as Array<{ value: string; label: string }>}
            value={values.unitId}
            onChange={(id) => id && set('unitId', id)}
            error={errorOf('unitId')}
            required
            searchable
            allowDeselect={false}
            nothingFoundMessage={t('common.noResults')}
          />
        )}
        <Select
          label={t('nomination.group')}
          placeholder={t('nomination.groupPlaceholder')}
          data={props.awardGroups.map((g, i) => ({ value: g.id, label: `${i + 1}. ${g.heading}` }))}
          value={values.awardGroupId}
          onChange={chooseGroup}
          error={errorOf('awardGroupId')}
          required
          allowDeselect={false}
          comboboxProps={{ width: 'target' }}
          // The heading is long; the chosen one is shown whole under the field.
          description={group?.heading}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
        />
        <Radio.Group
          label={t('nomination.kind')}
          value={values.nomineeKind}
          onChange={(kind) => set('nomineeKind', kind as NomineeKind)}
          required
        >
          <Group gap="md" mt={4}>
            {kinds.map((kind) => (
              <Radio key={kind} value={kind} label={labels.nomineeKind(kind)} />
            ))}
          </Group>
        </Radio.Group>
        <QuotaHint
          rows={props.quotas}
          awardGroupId={values.awardGroupId}
          nomineeKind={values.nomineeKind}
          unitId={values.unitId}
        />
        <TextInput
          label={person ? t('nomination.personName') : t('nomination.collectiveName')}
          value={values.name}
          onChange={(e) => set('name', e.currentTarget.value)}
          error={errorOf('name')}
          required
          maxLength={300}
          data-autofocus
        />
        {person && (
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <Radio.Group
              label={t('nomination.gender')}
              value={values.gender ?? ''}
              onChange={(g) => set('gender', g as 'male' | 'female')}
              error={errorOf('gender')}
            >
              <Group gap="md" mt={4}>
                {labels.genderOptions.map((o) => (
                  <Radio key={o.value} value={o.value} label={o.label} />
                ))}
              </Group>
            </Radio.Group>
            <TextInput
              label={t('nomination.birthYear')}
              value={values.birthYear}
              onChange={(e) => set('birthYear', e.currentTarget.value.replace(/\D/g, ''))}
              error={errorOf('birthYear')}
              inputMode="numeric"
              maxLength={4}
              w={{ base: '100%', xs: 140 }}
            />
          </SimpleGrid>
        )}
        {person && (
          <TextInput
            label={t('nomination.position')}
            description={values.nomineeKind === 'individual' ? t('nomination.positionHint') : undefined}
            value={values.position}
            onChange={(e) => set('position', e.currentTarget.value)}
            error={errorOf('position')}
            maxLength={300}
          />
        )}
        <TextInput
          label={person ? t('nomination.workplace') : t('nomination.collectiveOf')}
          description={t('nomination.workplaceHint')}
          value={values.workplace}
          onChange={(e) => set('workplace', e.currentTarget.value)}
          error={errorOf('workplace')}
          maxLength={300}
        />
        <Textarea
          label={t('nomination.achievement')}
          value={values.achievement}
          onChange={(e) => set('achievement', e.currentTarget.value)}
          error={errorOf('achievement')}
          autosize
          minRows={4}
          maxRows={14}
          maxLength={20_000}
        />
        <div>
          <Text size="sm" fw={500}>
            {t('nomination.files')}
          </Text>
          {props.existingFiles}
          <PendingFiles files={files} onChange={setFiles} disabled={props.pending} />
        </div>
        <Text size="xs" c="dimmed">
          {t('nomination.draftNote')}
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel} disabled={props.pending}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={props.pending}>
            {t('nomination.saveDraft')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
