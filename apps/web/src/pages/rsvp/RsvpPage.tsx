import {
  Alert,
  Badge,
  Box,
  Button,
  Card,
  Center,
  Divider,
  Group,
  Loader,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import {
  IconAlertCircle,
  IconCalendarPlus,
  IconCircleCheck,
  IconCircleX,
  IconClock,
  IconFileTypePdf,
  IconMapPin,
  IconSignature,
} from '@tabler/icons-react';
import { formatDateTimeVn, RSVP_STATUS_LABELS, type RsvpView } from '@tongket/domain';
import { useState } from 'react';
import { useParams } from 'react-router';
import { isApiError } from '../../api/client.ts';
import {
  rsvpCalendarUrl,
  rsvpInvitationUrl,
  rsvpSignedInvitationUrl,
  useAnswerRsvp,
  useRsvp,
} from '../../api/conference.ts';
import { useErrorMessage } from '../../api/errors.ts';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { useI18n, useT } from '../../i18n/useT.ts';

/**
 * /rsvp/:token — a delegate's own invitation, opened from the link in their mail or message, with
 * no account: who is invited, to what, when and where; they confirm or send apologies (with a note)
 * and take the invitation (PDF) and the calendar entry. A wrong or replaced link says so and shows
 * nothing else.
 */
export default function RsvpPage() {
  const { token = '' } = useParams();
  const t = useT();
  const message = useErrorMessage();
  const query = useRsvp(token);

  return (
    <Box bg="gray.0" mih="100dvh" py={{ base: 'md', sm: 'xl' }} px={{ base: 'xs', sm: 'md' }}>
      <Box maw={640} mx="auto">
        <Text ta="center" fw={700} c="blue.8" mb="sm">
          {t('app.name')}
        </Text>
        {query.isPending ? (
          <Center mih={240} role="status">
            <Loader aria-label={t('app.loading')} />
          </Center>
        ) : query.isError ? (
          <Alert
            color={isApiError(query.error) && query.error.status === 404 ? 'orange' : 'red'}
            icon={<IconAlertCircle />}
            title={
              isApiError(query.error) && query.error.status === 404
                ? t('rsvp.badLinkTitle')
                : t('errors.title')
            }
            role="alert"
            data-testid="rsvp-error"
          >
            {isApiError(query.error) && query.error.status === 404 ? t('rsvp.badLink') : message(query.error)}
          </Alert>
        ) : (
          <Invitation token={token} view={query.data} />
        )}
      </Box>
    </Box>
  );
}

function Invitation({ token, view }: { token: string; view: RsvpView }) {
  const t = useT();
  const { lang } = useI18n();
  const message = useErrorMessage();
  const answer = useAnswerRsvp(token);
  const [note, setNote] = useState(view.rsvpNote);
  const [changing, setChanging] = useState(false);
  const d = view.delegate;
  const addressee = [`${d.salutation} ${d.name}`, d.title, d.unitName].filter(Boolean).join(', ');
  const answered = view.rsvpStatus !== 'pending';
  const asking = view.canAnswer && (!answered || changing);

  const reply = (response: 'accepted' | 'declined') =>
    answer.mutate({ response, note }, { onSuccess: () => setChanging(false) });

  return (
    <Card withBorder radius="md" p={{ base: 'md', sm: 'xl' }} shadow="sm" data-testid="rsvp-invitation">
      <Stack gap="md">
        <Stack gap={2} align="center">
          <Text size="sm" tt="uppercase" c="dimmed" ta="center">
            {view.organiser}
          </Text>
          <Title order={1} size="h3" ta="center">
            {t('rsvp.invitation')}
          </Title>
        </Stack>
        <Text size="md" data-testid="rsvp-addressee">
          <Text span fw={600}>
            {t('rsvp.dear')}:
          </Text>{' '}
          {addressee}
        </Text>
        <Text size="md">
          {t('rsvp.invitesYou', { salutation: d.salutation })}{' '}
          <Text span fw={700}>
            {view.conferenceTitle}
          </Text>
          .
        </Text>
        {view.content.length > 0 && (
          <Stack gap={4}>
            {view.content.map((p) => (
              <Text key={p} size="sm" c="dimmed">
                {p}
              </Text>
            ))}
          </Stack>
        )}
        <Stack gap={6}>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <IconClock size={18} style={{ flexShrink: 0, marginTop: 2 }} aria-hidden />
            <Text size="md" data-testid="rsvp-time">
              <Text span c="dimmed">
                {t('rsvp.time')}:{' '}
              </Text>
              {view.timeText || t('rsvp.timeLater')}
            </Text>
          </Group>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <IconMapPin size={18} style={{ flexShrink: 0, marginTop: 2 }} aria-hidden />
            <Text size="md" data-testid="rsvp-venue">
              <Text span c="dimmed">
                {t('rsvp.venue')}:{' '}
              </Text>
              {view.venue || t('rsvp.timeLater')}
            </Text>
          </Group>
          {view.tentative && (
            <Text size="sm" c="orange.8">
              {t('rsvp.tentative')}
            </Text>
          )}
        </Stack>

        <Divider />

        <Stack gap="sm" data-testid="rsvp-answer">
          <Group gap="xs">
            <Text size="sm" c="dimmed">
              {t('rsvp.yourAnswer')}:
            </Text>
            <Badge
              size="lg"
              variant="light"
              color={
                view.rsvpStatus === 'accepted' ? 'teal' : view.rsvpStatus === 'declined' ? 'orange' : 'gray'
              }
              data-testid="rsvp-status"
            >
              {RSVP_STATUS_LABELS[view.rsvpStatus][lang]}
            </Badge>
            {view.rsvpAt && (
              <Text size="xs" c="dimmed">
                {t('rsvp.answeredAt', { time: formatDateTimeVn(view.rsvpAt) })}
              </Text>
            )}
          </Group>
          {answered && !changing && (
            <Alert
              color={view.rsvpStatus === 'accepted' ? 'teal' : 'orange'}
              icon={view.rsvpStatus === 'accepted' ? <IconCircleCheck /> : <IconCircleX />}
              data-testid="rsvp-thanks"
            >
              {view.rsvpStatus === 'accepted'
                ? t('rsvp.thanksAccepted', { salutation: d.salutation })
                : t('rsvp.thanksDeclined', { salutation: d.salutation })}
              {view.rsvpNote && (
                <Text size="sm" mt={4}>
                  {t('rsvp.yourNote')}: {view.rsvpNote}
                </Text>
              )}
            </Alert>
          )}
          {view.checkedIn && (
            <Alert color="teal" icon={<IconCircleCheck />}>
              {t('rsvp.checkedIn', { salutation: d.salutation })}
            </Alert>
          )}
          {!view.canAnswer && !view.checkedIn && (
            <Alert color="gray" icon={<IconAlertCircle />}>
              {t('rsvp.closed')}
            </Alert>
          )}
          {asking && (
            <>
              <Textarea
                label={t('rsvp.note')}
                description={t('rsvp.noteHint')}
                value={note}
                onChange={(e) => setNote(e.currentTarget.value)}
                autosize
                minRows={2}
                maxLength={500}
              />
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
                <Button
                  size="md"
                  fullWidth
                  color="teal"
                  leftSection={<IconCircleCheck size={18} />}
                  loading={answer.isPending && answer.variables?.response === 'accepted'}
                  disabled={answer.isPending}
                  onClick={() => reply('accepted')}
                >
                  {t('rsvp.accept')}
                </Button>
                <Button
                  size="md"
                  fullWidth
                  variant="light"
                  color="orange"
                  leftSection={<IconCircleX size={18} />}
                  loading={answer.isPending && answer.variables?.response === 'declined'}
                  disabled={answer.isPending}
                  onClick={() => reply('declined')}
                >
                  {t('rsvp.decline')}
                </Button>
              </SimpleGrid>
            </>
          )}
          {answered && !changing && view.canAnswer && (
            <Button variant="subtle" size="compact-sm" w="fit-content" onClick={() => setChanging(true)}>
              {t('rsvp.change')}
            </Button>
          )}
          {answer.error && (
            <Alert color="red" icon={<IconAlertCircle />} role="alert">
              {message(answer.error)}
            </Alert>
          )}
        </Stack>

        <Divider />

        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <DownloadButton
            url={rsvpInvitationUrl(token)}
            fileName="giay-moi.pdf"
            leftSection={<IconFileTypePdf size={18} />}
            fullWidth
          >
            {t('rsvp.downloadInvitation')}
          </DownloadButton>
          {view.signedInvitation && (
            <DownloadButton
              url={rsvpSignedInvitationUrl(token)}
              fileName="giay-moi-da-ky-so.pdf"
              leftSection={<IconSignature size={18} />}
              fullWidth
            >
              {t('rsvp.downloadSignedInvitation')}
            </DownloadButton>
          )}
          <DownloadButton
            url={rsvpCalendarUrl(token)}
            fileName="hoi-nghi.ics"
            leftSection={<IconCalendarPlus size={18} />}
            fullWidth
          >
            {t('rsvp.addToCalendar')}
          </DownloadButton>
        </SimpleGrid>
      </Stack>
    </Card>
  );
}
