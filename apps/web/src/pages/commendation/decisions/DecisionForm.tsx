import { SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { DateInputVn } from '../../../components/DateInputVn.tsx';
import { useT } from '../../../i18n/useT.ts';
import type { DecisionFormErrors, DecisionFormValues } from './decisionForm.ts';

export interface DecisionFormProps {
  values: DecisionFormValues;
  errors: DecisionFormErrors;
  onChange: <K extends keyof DecisionFormValues>(field: K, value: DecisionFormValues[K]) => void;
}

/** A draft decision's own words: number and date if already known, trích yếu, the reason, who signs. */
export function DecisionForm({ values, errors, onChange }: DecisionFormProps) {
  const t = useT();
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput
          label={t('decision.number')}
          description={t('decision.numberHint')}
          value={values.docNumber}
          onChange={(e) => onChange('docNumber', e.currentTarget.value.replace(/\D/g, ''))}
          error={errors.docNumber}
          inputMode="numeric"
          maxLength={7}
        />
        <DateInputVn
          label={t('decision.date')}
          description={t('decision.dateHint')}
          value={values.docDate}
          onChange={(v) => onChange('docDate', v)}
          error={errors.docDate}
        />
      </SimpleGrid>
      <Textarea
        label={t('decision.summary')}
        value={values.summary}
        onChange={(e) => onChange('summary', e.currentTarget.value)}
        error={errors.summary}
        autosize
        minRows={2}
        maxRows={6}
        maxLength={1000}
        required
      />
      <Textarea
        label={t('decision.reason')}
        description={t('decision.reasonHint')}
        value={values.reason}
        onChange={(e) => onChange('reason', e.currentTarget.value)}
        error={errors.reason}
        autosize
        minRows={2}
        maxRows={6}
        maxLength={1000}
      />
      <Title order={3} size="h6" mt="xs">
        {t('decision.signature')}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput
          label={t('signature.authority')}
          placeholder={t('signature.authorityPlaceholder')}
          value={values.authority}
          onChange={(e) => onChange('authority', e.currentTarget.value)}
          maxLength={200}
        />
        <TextInput
          label={t('signature.deputy')}
          description={t('signature.deputyHint')}
          placeholder={t('signature.deputyPlaceholder')}
          value={values.deputy}
          onChange={(e) => onChange('deputy', e.currentTarget.value)}
          maxLength={200}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
        />
        <TextInput
          label={t('signature.title')}
          placeholder={t('signature.titlePlaceholder')}
          value={values.title}
          onChange={(e) => onChange('title', e.currentTarget.value)}
          error={errors.title}
          maxLength={200}
        />
        <TextInput
          label={t('signature.name')}
          value={values.name}
          onChange={(e) => onChange('name', e.currentTarget.value)}
          error={errors.name}
          maxLength={200}
        />
      </SimpleGrid>
    </Stack>
  );
}
