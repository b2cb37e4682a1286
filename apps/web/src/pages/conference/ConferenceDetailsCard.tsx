import {
  Accordion,
  Checkbox,
  Grid,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import type { Conference } from '@tongket/domain';
import { DateInputVn } from '../../components/DateInputVn.tsx';
import { useT } from '../../i18n/useT.ts';
import { PlanCard } from '../campaigns/plan/PlanCard.tsx';
import type { ConferenceErrors, ConferenceForm } from './conferenceForm.ts';

export interface ConferenceDetailsCardProps {
  form: ConferenceForm;
  set: <K extends keyof ConferenceForm>(key: K, value: ConferenceForm[K]) => void;
  errors: ConferenceErrors;
  groups: Conference['groups'];
  readOnly: boolean;
  /** The signed invitation was released: its number, code and date are fixed (the server refuses a change). */
  invitationReleased?: boolean;
}

const clockInput = (value: string) => value.replace(/[^\d:]/g, '');

/** When and where, who chairs, how many come; the invitation's number, date, purpose and signature. */
export function ConferenceDetailsCard({
  form,
  set,
  errors,
  groups,
  readOnly,
  invitationReleased = false,
}: ConferenceDetailsCardProps) {
  const t = useT();
  const releasedLocked = readOnly || invitationReleased;
  const releasedHint = invitationReleased ? t('conference.invitationReleasedHint') : undefined;
  return (
    <PlanCard title={t('conference.details')} description={t('conference.detailsHint')}>
      <Grid gap="sm">
        <Grid.Col span={12}>
          <TextInput
            label={t('conference.title')}
            value={form.title}
            onChange={(e) => set('title', e.currentTarget.value)}
            error={errors.title}
            readOnly={readOnly}
            maxLength={500}
            required
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 4, md: 3 }}>
          <DateInputVn
            label={t('conference.date')}
            value={form.date}
            onChange={(value) => set('date', value)}
            error={errors.date}
            readOnly={readOnly}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 4, md: 2 }}>
          <TextInput
            label={t('conference.startTime')}
            placeholder="07:30"
            value={form.startTime}
            onChange={(e) => set('startTime', clockInput(e.currentTarget.value))}
            error={errors.startTime}
            readOnly={readOnly}
            inputMode="numeric"
            maxLength={5}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 6, sm: 4, md: 2 }}>
          <TextInput
            label={t('conference.endTime')}
            placeholder="11:30"
            value={form.endTime}
            onChange={(e) => set('endTime', clockInput(e.currentTarget.value))}
            error={errors.endTime}
            readOnly={readOnly}
            inputMode="numeric"
            maxLength={5}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Checkbox
            mt={{ base: 0, md: 30 }}
            label={t('conference.tentative')}
            description={t('conference.tentativeHint')}
            checked={form.tentative}
            onChange={(e) => set('tentative', e.currentTarget.checked)}
            error={errors.tentative}
            disabled={readOnly}
          />
        </Grid.Col>
        <Grid.Col span={12}>
          <TextInput
            label={t('conference.timeNote')}
            description={t('conference.timeNoteHint')}
            value={form.timeNote}
            onChange={(e) => set('timeNote', e.currentTarget.value)}
            error={errors.timeNote}
            readOnly={readOnly}
            maxLength={500}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <TextInput
            label={t('conference.venue')}
            value={form.venue}
            onChange={(e) => set('venue', e.currentTarget.value)}
            error={errors.venue}
            readOnly={readOnly}
            maxLength={500}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 6 }}>
          <TextInput
            label={t('conference.chair')}
            placeholder={t('conference.chairPlaceholder')}
            value={form.chair}
            onChange={(e) => set('chair', e.currentTarget.value)}
            error={errors.chair}
            readOnly={readOnly}
            maxLength={300}
          />
        </Grid.Col>
      </Grid>

      <Accordion variant="separated" multiple mt="md" chevronPosition="left">
        <Accordion.Item value="groups">
          <Accordion.Control>{t('conference.groupTargets')}</Accordion.Control>
          <Accordion.Panel>
            <Stack gap="xs">
              <NumberInput
                label={t('conference.expectedDelegates')}
                value={form.expectedDelegates}
                onChange={(v) => set('expectedDelegates', typeof v === 'number' ? v : '')}
                error={errors.expectedDelegates}
                readOnly={readOnly}
                min={0}
                max={100_000}
                allowDecimal={false}
                allowNegative={false}
                hideControls
                maw={220}
              />
              {groups.length === 0 && (
                <Text size="sm" c="dimmed">
                  {t('conference.noGroups')}
                </Text>
              )}
              {groups.map((g, i) => (
                <Grid key={g.id} gap="xs" align="center">
                  <Grid.Col span={{ base: 12, sm: 9 }}>
                    <Text size="sm">
                      {i + 1}. {g.text}
                    </Text>
                  </Grid.Col>
                  <Grid.Col span={{ base: 6, sm: 3 }}>
                    <NumberInput
                      aria-label={t('conference.groupExpected', { group: g.text })}
                      placeholder={t('conference.groupExpectedPlaceholder')}
                      value={form.groupTargets[g.id] ?? ''}
                      onChange={(v) =>
                        set('groupTargets', { ...form.groupTargets, [g.id]: typeof v === 'number' ? v : '' })
                      }
                      readOnly={readOnly}
                      min={0}
                      allowDecimal={false}
                      allowNegative={false}
                      hideControls
                    />
                  </Grid.Col>
                </Grid>
              ))}
            </Stack>
          </Accordion.Panel>
        </Accordion.Item>
        <Accordion.Item value="invitation">
          <Accordion.Control>{t('conference.invitation')}</Accordion.Control>
          <Accordion.Panel>
            <Grid gap="sm">
              <Grid.Col span={{ base: 6, sm: 3 }}>
                <TextInput
                  label={t('conference.invitationNumber')}
                  value={form.invitationNumber}
                  onChange={(e) => set('invitationNumber', e.currentTarget.value.replace(/\D/g, ''))}
                  error={errors.invitationNumber}
                  readOnly={releasedLocked}
                  description={releasedHint}
                  inputMode="numeric"
                  maxLength={7}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 6, sm: 4 }}>
                <TextInput
                  label={t('conference.invitationCode')}
                  value={form.invitationCode}
                  onChange={(e) => set('invitationCode', e.currentTarget.value.toLocaleUpperCase('vi'))}
                  error={errors.invitationCode}
                  readOnly={releasedLocked}
                  description={releasedHint}
                  maxLength={40}
                />
              </Grid.Col>
              <Grid.Col span={{ base: 12, sm: 5 }}>
                <DateInputVn
                  label={t('conference.invitationDate')}
                  value={form.invitationDate}
                  onChange={(value) => set('invitationDate', value)}
                  error={errors.invitationDate}
                  readOnly={releasedLocked}
                  description={releasedHint}
                />
              </Grid.Col>
              <Grid.Col span={12}>
                <Textarea
                  label={t('conference.invitationContent')}
                  description={t('conference.invitationContentHint')}
                  value={form.invitationContent}
                  onChange={(e) => set('invitationContent', e.currentTarget.value)}
                  error={errors.invitationContent}
                  readOnly={readOnly}
                  autosize
                  minRows={2}
                  maxLength={4000}
                />
              </Grid.Col>
              <Grid.Col span={12}>
                <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
                  {(['authority', 'deputy', 'title', 'name'] as const).map((field) => (
                    <TextInput
                      key={field}
                      label={t(`conference.signature.${field}`)}
                      value={form.signature[field]}
                      onChange={(e) =>
                        set('signature', { ...form.signature, [field]: e.currentTarget.value })
                      }
                      readOnly={readOnly}
                      maxLength={200}
                    />
                  ))}
                </SimpleGrid>
              </Grid.Col>
            </Grid>
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
    </PlanCard>
  );
}
