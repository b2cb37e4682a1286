import { Alert, Box, Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconDeviceDesktop, IconQrcode } from '@tabler/icons-react';
import { type Campaign, formatOfficialDate } from '@tongket/domain';
import { useCallback, useDeferredValue, useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { conferenceDocumentUrl, useConference, useConferenceEvents } from '../../api/conference.ts';
import { invitationEdxmlUrl } from '../../api/signing.ts';
import { useCurrentUser } from '../../auth/useCurrentUser.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { useT } from '../../i18n/useT.ts';
import { DocumentSigningPanel } from '../campaigns/SigningPanel.tsx';
import { LiveIndicator } from '../progress/LiveIndicator.tsx';
import { AgendaEditor } from './AgendaEditor.tsx';
import { AttendancePanel } from './AttendancePanel.tsx';
import { BudgetPanel } from './BudgetPanel.tsx';
import { ConferenceDownloads } from './ConferenceDownloads.tsx';
import { conferencePath } from './conferencePaths.ts';
import { DelegatesPanel } from './DelegatesPanel.tsx';
import { DistributionPanel } from './DistributionPanel.tsx';

type View = 'agenda' | 'delegates' | 'attendance' | 'budget' | 'distribution';
const VIEWS: readonly View[] = ['agenda', 'delegates', 'attendance', 'budget', 'distribution'];

export interface ConferenceTabProps {
  campaign: Campaign;
  onDirtyChange: (dirty: boolean) => void;
}

/**
 * "Hội nghị" of an issued round: the agenda, the delegates with their invitations, attendance at
 * the door, the budget and the plan's distribution, one at a time (?view=), following the round's
 * events so every screen shows the same thing.
 */
export function ConferenceTab({ campaign, onDirtyChange }: ConferenceTabProps) {
  const t = useT();
  const me = useCurrentUser();
  const query = useConference(campaign.id);
  const live = useConferenceEvents(campaign.id);
  const [params, setParams] = useSearchParams();
  const [dirty, setDirty] = useState({ agenda: false, budget: false });
  const requested = params.get('view') as View | null;
  const conference = query.data;
  const seesBudget = Boolean(conference && (conference.canManage || me.role !== 'unit'));
  const view: View =
    requested && VIEWS.includes(requested) && (requested !== 'budget' || seesBudget) ? requested : 'agenda';
  const setView = (next: string) =>
    setParams(
      (prev) => {
        const out = new URLSearchParams(prev);
        out.set('view', next);
        return out;
      },
      { replace: true },
    );

  const onAgendaDirty = useCallback(
    (d: boolean) => setDirty((s) => (s.agenda === d ? s : { ...s, agenda: d })),
    [],
  );
  const onBudgetDirty = useCallback(
    (d: boolean) => setDirty((s) => (s.budget === d ? s : { ...s, budget: d })),
    [],
  );
  const anyDirty = dirty.agenda || dirty.budget;
  useEffect(() => onDirtyChange(anyDirty), [anyDirty, onDirtyChange]);
  // The open view (the agenda is a form of a hundred fields) renders after the conference's heading
  // has been drawn, in the background, and so does a view switched to: the heading, the time and the
  // place show at once, and the view switcher answers while the next view is being drawn.
  const shown = useDeferredValue(conference ? view : null, null);

  if (query.isPending) return <PageLoader />;
  if (query.isError || !conference) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  // A closed round keeps its conference as it was: read, printed, never changed.
  const editable = conference.canManage && campaign.status === 'issued';
  const reissue = editable && conference.invitationChangedSinceRelease;

  return (
    <Stack gap="md" data-testid="conference-tab">
      <Card withBorder radius="md" p={{ base: 'sm', sm: 'md' }}>
        <Stack gap={6}>
          <Group justify="space-between" align="flex-start" gap="sm">
            <Title order={2} size="h4" style={{ flex: 1, minWidth: 240 }}>
              {conference.title}
            </Title>
            <LiveIndicator state={live} />
          </Group>
          <Text size="sm" data-testid="conference-time">
            <Text span c="dimmed">
              {t('conference.when')}:{' '}
            </Text>
            {conference.timeText || t('conference.noTimeYet')}
          </Text>
          <Text size="sm">
            <Text span c="dimmed">
              {t('conference.where')}:{' '}
            </Text>
            {conference.venue || t('common.none')}
          </Text>
          {conference.chair && (
            <Text size="sm">
              <Text span c="dimmed">
                {t('conference.chairedBy')}:{' '}
              </Text>
              {conference.chair}
            </Text>
          )}
          <Group gap="xs" mt={6}>
            <Button
              component={Link}
              to={conferencePath(campaign.id, 'presenter')}
              target="_blank"
              leftSection={<IconDeviceDesktop size={16} />}
              variant="light"
            >
              {t('conference.presenter')}
            </Button>
            {conference.canManage && (
              <Button
                component={Link}
                to={conferencePath(campaign.id, 'checkin')}
                leftSection={<IconQrcode size={16} />}
                variant="light"
              >
                {t('conference.checkinPage')}
              </Button>
            )}
            <ConferenceDownloads campaignId={campaign.id} />
          </Group>
        </Stack>
      </Card>

      <SegmentedControl
        value={view}
        onChange={setView}
        data={[
          { value: 'agenda', label: t('conference.viewAgenda') },
          { value: 'delegates', label: t('conference.viewDelegates') },
          { value: 'attendance', label: t('conference.viewAttendance') },
          ...(seesBudget ? [{ value: 'budget', label: t('conference.viewBudget') }] : []),
          { value: 'distribution', label: t('conference.viewDistribution') },
        ]}
        fullWidth
        maw={760}
        aria-label={t('conference.views')}
        styles={{ label: { whiteSpace: 'normal', lineHeight: 1.2 } }}
      />

      {/* The editors stay mounted while they hold unsaved edits, so a look elsewhere loses nothing. */}
      {shown === null && <PageLoader />}
      {(shown === 'agenda' || dirty.agenda) && (
        <Box display={shown === 'agenda' ? undefined : 'none'}>
          <AgendaEditor
            campaignId={campaign.id}
            conference={conference}
            readOnly={!editable}
            onDirtyChange={onAgendaDirty}
          />
        </Box>
      )}
      {shown === 'delegates' && (
        <>
          {/* The agency's invitation, signed and released for every delegate (Decree 30); released
              again, with a new number, once the conference has changed since. */}
          {reissue && (
            <Alert color="orange" icon={<IconAlertCircle />} mb="md" data-testid="invitation-reissue">
              {t('signing.invitationReissue', {
                reference: `${conference.invitationNumber}/${conference.invitationCode}`,
                date: conference.invitationDate ? formatOfficialDate(conference.invitationDate) : '',
              })}
            </Alert>
          )}
          <DocumentSigningPanel
            target={{
              kind: 'invitation',
              id: campaign.id,
              version: conference.version,
              draft: !conference.invitationReleased || reissue,
              canSign: editable && conference.saved,
              docNumber: reissue ? '' : conference.invitationNumber,
              docDate: reissue ? null : conference.invitationDate,
              docCode: conference.invitationCode || 'GM-UBND',
              pdfUrl: conferenceDocumentUrl(campaign.id, 'invitation.pdf'),
              ...(conference.canManage && {
                edxmlUrl: invitationEdxmlUrl(campaign.id),
                edxmlName: 'giay-moi.edxml',
              }),
            }}
            dirty={dirty.agenda}
            onReleased={() => void query.refetch()}
          />
          <DelegatesPanel campaign={campaign} conference={conference} manage={editable} />
        </>
      )}
      {shown === 'attendance' && (
        <AttendancePanel campaignId={campaign.id} live={live} checkinLink={conference.canManage} />
      )}
      {seesBudget && (shown === 'budget' || dirty.budget) && (
        <Box display={shown === 'budget' ? undefined : 'none'}>
          <BudgetPanel
            campaignId={campaign.id}
            canEdit={conference.canManage}
            onDirtyChange={onBudgetDirty}
          />
        </Box>
      )}
      {shown === 'distribution' && <DistributionPanel campaignId={campaign.id} />}
    </Stack>
  );
}
