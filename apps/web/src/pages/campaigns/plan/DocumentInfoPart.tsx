import { Grid, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { DateInputVn } from '../../../components/DateInputVn.tsx';
import { useT } from '../../../i18n/useT.ts';
import { PlanCard } from './PlanCard.tsx';
import { usePlanEditor } from './planEditorContext.ts';
import type { PlanPartProps } from './planForm.ts';

/** The header of the printed plan (Decree 30): bodies, number and code, place and date, type, summary. */
export function DocumentInfoPart({ form, set }: PlanPartProps) {
  const t = useT();
  const { readOnly, errorOf } = usePlanEditor();
  return (
    <PlanCard title={t('plan.documentInfo')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('plan.parentBody')}
            description={t('plan.parentBodyHint')}
            value={form.parentBody}
            onChange={(e) => set('parentBody', e.currentTarget.value)}
            error={errorOf('parentBody')}
            readOnly={readOnly}
            maxLength={300}
          />
          <Textarea
            label={t('plan.issuingBody')}
            description={t('plan.issuingBodyHint')}
            value={form.issuingBody}
            onChange={(e) => set('issuingBody', e.currentTarget.value)}
            error={errorOf('issuingBody')}
            readOnly={readOnly}
            autosize
            minRows={1}
            maxRows={4}
            maxLength={300}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 2, sm: 4 }}>
          <TextInput
            label={t('plan.docNumber')}
            description={t('plan.docNumberHint')}
            value={form.docNumber}
            onChange={(e) => set('docNumber', e.currentTarget.value.replace(/\D/g, ''))}
            error={errorOf('docNumber')}
            readOnly={readOnly}
            inputMode="numeric"
            maxLength={7}
          />
          <TextInput
            label={t('plan.docCode')}
            description={t('plan.docCodeHint')}
            value={form.docCode}
            onChange={(e) => set('docCode', e.currentTarget.value.toUpperCase())}
            error={errorOf('docCode')}
            readOnly={readOnly}
            autoCapitalize="characters"
            spellCheck={false}
            maxLength={40}
          />
          <TextInput
            label={t('plan.place')}
            description={t('plan.placeHint')}
            value={form.place}
            onChange={(e) => set('place', e.currentTarget.value)}
            error={errorOf('place')}
            readOnly={readOnly}
            maxLength={100}
          />
          <DateInputVn
            label={t('plan.docDate')}
            description={t('plan.docDateHint')}
            value={form.docDate}
            onChange={(value) => set('docDate', value)}
            error={errorOf('docDate')}
            readOnly={readOnly}
          />
        </SimpleGrid>
        <Grid>
          <Grid.Col span={{ base: 12, sm: 4 }}>
            <TextInput
              label={t('plan.docType')}
              value={form.docType}
              onChange={(e) => set('docType', e.currentTarget.value)}
              error={errorOf('docType')}
              readOnly={readOnly}
              maxLength={100}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 8 }}>
            <Textarea
              label={t('plan.summary')}
              description={t('plan.summaryHint')}
              value={form.summary}
              onChange={(e) => set('summary', e.currentTarget.value)}
              error={errorOf('summary')}
              readOnly={readOnly}
              autosize
              minRows={2}
              maxRows={6}
              maxLength={1000}
            />
          </Grid.Col>
        </Grid>
      </Stack>
    </PlanCard>
  );
}
