import { Badge, Button, Group, Menu, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconMicrophone } from '@tabler/icons-react';
import { AGENDA_ITEM_KIND_LABELS, type SpeechCandidate } from '@tongket/domain';
import { useI18n, useT } from '../../i18n/useT.ts';

export interface CandidatePickerProps {
  candidates: readonly SpeechCandidate[];
  /** Assignment ids already in the agenda being edited. */
  inAgenda: ReadonlySet<string | null>;
  onPick: (candidate: SpeechCandidate) => void;
}

/**
 * "Thêm tham luận, phóng sự": the speeches and the documentary units handed in, accepted ones
 * first; one not accepted yet can still be placed (the server warns of it).
 */
export function CandidatePicker({ candidates, inAgenda, onPick }: CandidatePickerProps) {
  const t = useT();
  const { lang } = useI18n();
  const open = candidates
    .filter((c) => !inAgenda.has(c.assignmentId))
    .sort((a, b) => Number(b.status === 'accepted') - Number(a.status === 'accepted'));
  return (
    <Group gap="xs">
      <Menu position="bottom-start" width={520} withinPortal shadow="md">
        <Menu.Target>
          <Button
            variant="light"
            size="compact-sm"
            leftSection={<IconMicrophone size={14} />}
            rightSection={<IconChevronDown size={14} />}
            disabled={open.length === 0}
          >
            {t('conference.addCandidate')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown maw="calc(100vw - 24px)">
          <Menu.Label>{t('conference.candidatesHint')}</Menu.Label>
          {open.map((c) => (
            <Menu.Item key={c.assignmentId} onClick={() => onPick(c)} aria-label={c.title}>
              <Stack gap={2}>
                <Text size="sm" fw={500} lineClamp={2}>
                  {c.title}
                </Text>
                <Group gap={6}>
                  <Badge size="xs" variant="light">
                    {AGENDA_ITEM_KIND_LABELS[c.kind][lang]}
                  </Badge>
                  <Badge size="xs" variant="outline" color={c.status === 'accepted' ? 'teal' : 'orange'}>
                    {c.status === 'accepted'
                      ? t('conference.candidateAccepted')
                      : t('conference.candidateNotAccepted')}
                  </Badge>
                  <Text size="xs" c="dimmed">
                    {c.unitName} · {t('conference.minutes', { n: c.durationMinutes })}
                  </Text>
                </Group>
              </Stack>
            </Menu.Item>
          ))}
        </Menu.Dropdown>
      </Menu>
      {open.length === 0 && (
        <Text size="xs" c="dimmed">
          {candidates.length === 0 ? t('conference.noCandidates') : t('conference.allCandidatesIn')}
        </Text>
      )}
    </Group>
  );
}
