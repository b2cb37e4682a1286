import { Grid, TextInput } from '@mantine/core';
import { DateInputVn } from '../../../components/DateInputVn.tsx';
import { useT } from '../../../i18n/useT.ts';
import { PlanCard } from './PlanCard.tsx';
import { usePlanEditor } from './planEditorContext.ts';
import type { PlanPartProps } from './planForm.ts';

/** III. THỜI GIAN, ĐỊA ĐIỂM: the time as the plan words it, the exact start once fixed, the venue. */
export function TimeVenuePart({ form, set }: PlanPartProps) {
  const t = useT();
  const { readOnly, errorOf } = usePlanEditor();
  return (
    <PlanCard title={t('plan.timeVenue')}>
      <Grid>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <TextInput
            label={t('plan.conferenceTime')}
            description={t('plan.conferenceTimeHint')}
            placeholder={t('plan.conferenceTimePlaceholder')}
            value={form.conferenceTime}
            onChange={(e) => set('conferenceTime', e.currentTarget.value)}
            error={errorOf('conferenceTime')}
            readOnly={readOnly}
            maxLength={500}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 7, md: 3 }}>
          <DateInputVn
            label={t('plan.conferenceDate')}
            description={t('plan.conferenceDateHint')}
            value={form.conferenceDate}
            onChange={(value) => set('conferenceDate', value)}
            error={errorOf('conferenceStartsAt')}
            readOnly={readOnly}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 5, md: 3 }}>
          <TextInput
            label={t('plan.conferenceClock')}
            description={t('plan.conferenceClockHint')}
            placeholder="hh:mm"
            value={form.conferenceClock}
            onChange={(e) => set('conferenceClock', e.currentTarget.value.replace(/[^\d:]/g, ''))}
            error={errorOf('conferenceClock')}
            readOnly={readOnly}
            inputMode="numeric"
            maxLength={5}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <TextInput
            label={t('plan.venue')}
            placeholder={t('plan.venuePlaceholder')}
            value={form.venue}
            onChange={(e) => set('venue', e.currentTarget.value)}
            error={errorOf('venue')}
            readOnly={readOnly}
            maxLength={500}
          />
        </Grid.Col>
      </Grid>
    </PlanCard>
  );
}
