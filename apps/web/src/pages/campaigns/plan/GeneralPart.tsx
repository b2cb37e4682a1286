import { Grid, Select, TextInput } from '@mantine/core';
import type { CampaignKind } from '@tongket/domain';
import { useLabels } from '../../../i18n/labels.ts';
import { useT } from '../../../i18n/useT.ts';
import { PlanCard } from './PlanCard.tsx';
import { usePlanEditor } from './planEditorContext.ts';
import type { PlanPartProps } from './planForm.ts';

/** The round itself: its name in lists and whether it is a final or an interim review. */
export function GeneralPart({ form, set }: PlanPartProps) {
  const t = useT();
  const labels = useLabels();
  const { readOnly, errorOf } = usePlanEditor();
  return (
    <PlanCard title={t('plan.general')}>
      <Grid>
        <Grid.Col span={{ base: 12, sm: 8 }}>
          <TextInput
            label={t('plan.name')}
            value={form.name}
            onChange={(e) => set('name', e.currentTarget.value)}
            error={errorOf('name')}
            readOnly={readOnly}
            maxLength={300}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <Select
            label={t('plan.kind')}
            data={labels.campaignKindOptions}
            value={form.kind}
            onChange={(kind) => kind && set('kind', kind as CampaignKind)}
            error={errorOf('kind')}
            readOnly={readOnly}
            allowDeselect={false}
          />
        </Grid.Col>
      </Grid>
    </PlanCard>
  );
}
