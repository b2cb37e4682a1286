import {
  Accordion,
  ActionIcon,
  Badge,
  Button,
  Checkbox,
  Group,
  Menu,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconDotsVertical,
  IconEdit,
  IconFileSpreadsheet,
  IconFileTypePdf,
  IconPlus,
  IconSearch,
  IconSend,
  IconTrash,
  IconUpload,
} from '@tabler/icons-react';
import {
  type Campaign,
  type Conference,
  type ConferenceDelegate,
  delegateSearchKey,
  formatDateVn,
  formatTimeVn,
  matchesTokens,
  queryTokens,
} from '@tongket/domain';
import { useMemo, useState } from 'react';
import {
  conferenceDocumentUrl,
  delegatesWorkbookUrl,
  useDelegates,
  useDeleteDelegate,
} from '../../api/conference.ts';
import { useErrorMessage } from '../../api/errors.ts';
import { useCurrentUser } from '../../auth/useCurrentUser.ts';
import { DownloadButton } from '../../components/DownloadButton.tsx';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { LIST_PAGE, pageOf, ShowMoreButton } from '../../components/ShowMore.tsx';
import { useDownload } from '../../components/useDownload.ts';
import { useT } from '../../i18n/useT.ts';
import { DelegateFormModal } from './DelegateFormModal.tsx';
import { ImportDelegatesModal } from './ImportDelegatesModal.tsx';
import { RsvpBadge } from './RsvpBadge.tsx';
import { SendInvitationsModal } from './SendInvitationsModal.tsx';

const OTHER = '__other__';

interface Section {
  id: string;
  groupId: string | null;
  label: string;
  expected: number | null;
  delegates: ConferenceDelegate[];
}

/** The plan's groups in order, each with its delegates; those of no listed group last. */
function sectionsOf(
  conference: Conference,
  delegates: readonly ConferenceDelegate[],
  other: string,
): Section[] {
  const known = new Set(conference.groups.map((g) => g.id));
  const sections: Section[] = conference.groups.map((g, i) => ({
    id: g.id,
    groupId: g.id,
    label: `${i + 1}. ${g.text}`,
    expected: g.expected,
    delegates: [],
  }));
  const rest: Section = { id: OTHER, groupId: null, label: other, expected: null, delegates: [] };
  const byId = new Map(sections.map((s) => [s.id, s]));
  for (const d of delegates) {
    (d.groupId && known.has(d.groupId) ? byId.get(d.groupId) : rest)?.delegates.push(d);
  }
  return rest.delegates.length > 0 ? [...sections, rest] : sections;
}

export interface DelegatesPanelProps {
  campaign: Campaign;
  conference: Conference;
  /** The organisers of an open round: add, edit, import, invite. */
  manage: boolean;
}

/**
 * Thành phần đại biểu: the delegates under each group of the plan with listed against expected,
 * their answers and check-in; the organisers add, edit, import, export and send invitations.
 */
export function DelegatesPanel({ campaign, conference, manage }: DelegatesPanelProps) {
  const t = useT();
  const message = useErrorMessage();
  // One delegate's invitation: the row's menu button turns busy until the PDF has come.
  const invitation = useDownload();
  const query = useDelegates(campaign.id);
  const remove = useDeleteDelegate(campaign.id);
  // A unit officer sees their own unit's delegates only: the plan's totals are not theirs to fill.
  const me = useCurrentUser();
  const ownOnly = !manage && me.role === 'unit';
  const [q, setQ] = useState('');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [editing, setEditing] = useState<{
    delegate: ConferenceDelegate | null;
    groupId: string | null;
  } | null>(null);
  const [importing, setImporting] = useState(false);
  const [inviting, setInviting] = useState(false);
  const [opened, setOpened] = useState<string[] | null>(null);
  const [shownBy, setShownBy] = useState<Record<string, number>>({});

  const items = query.data?.items ?? [];
  const keys = useMemo(() => new Map(items.map((d) => [d.id, delegateSearchKey(d)])), [items]);
  const tokens = queryTokens(q);
  const shown =
    tokens.length === 0 ? items : items.filter((d) => matchesTokens(keys.get(d.id) ?? '', tokens));
  const sections = sectionsOf(conference, shown, t('delegates.otherGroup'));
  const notInvited = items.filter((d) => !d.invitedAt).length;
  // Every group open until the person folds some; a search opens the groups it finds people in.
  const open =
    tokens.length > 0
      ? sections.filter((s) => s.delegates.length > 0).map((s) => s.id)
      : (opened ?? sections.map((s) => s.id));

  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;

  const toggle = (id: string, on: boolean) =>
    setSelected((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  const del = (d: ConferenceDelegate) => {
    if (!window.confirm(t('delegates.deleteConfirm', { name: d.name }))) return;
    remove.mutate(d.id, {
      onSuccess: () => {
        toggle(d.id, false);
        notifications.show({ color: 'teal', message: t('delegates.deleted', { name: d.name }) });
      },
      onError: (error) => notifications.show({ color: 'red', message: message(error) }),
    });
  };

  const invitationOf = (d: ConferenceDelegate) =>
    invitation.run(
      conferenceDocumentUrl(campaign.id, 'invitation.pdf', { delegateId: d.id }),
      `giay-moi-${d.number}.pdf`,
      d.id,
    );

  return (
    <Stack gap="sm" data-testid="delegates-panel">
      <Group justify="space-between" gap="sm" align="flex-end">
        <TextInput
          leftSection={<IconSearch size={16} />}
          placeholder={t('delegates.search')}
          aria-label={t('delegates.search')}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          w={{ base: '100%', sm: 320 }}
        />
        <Group gap="xs">
          {manage && (
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => setEditing({ delegate: null, groupId: null })}
            >
              {t('delegates.add')}
            </Button>
          )}
          {manage && (
            <Button variant="light" leftSection={<IconSend size={16} />} onClick={() => setInviting(true)}>
              {t('invitations.open')}
            </Button>
          )}
          {manage && (
            <Button
              variant="default"
              leftSection={<IconUpload size={16} />}
              onClick={() => setImporting(true)}
            >
              {t('importDelegates.open')}
            </Button>
          )}
          <DownloadButton
            url={delegatesWorkbookUrl(campaign.id)}
            fileName="danh-sach-dai-bieu.xlsx"
            leftSection={<IconFileSpreadsheet size={16} />}
          >
            {t('delegates.export')}
          </DownloadButton>
          <DownloadButton
            url={conferenceDocumentUrl(campaign.id, 'invitation.pdf', { copies: 'delegates' })}
            fileName="giay-moi.pdf"
            leftSection={<IconFileTypePdf size={16} />}
            disabled={items.length === 0}
          >
            {t('delegates.invitationsPdf')}
          </DownloadButton>
        </Group>
      </Group>
      <Text size="sm" c="dimmed" data-testid="delegates-summary">
        {t(ownOnly ? 'delegates.summaryOwn' : 'delegates.summary', {
          listed: items.length,
          expected: conference.expectedDelegates ?? t('common.none'),
          invited: items.length - notInvited,
          accepted: items.filter((d) => d.rsvpStatus === 'accepted').length,
        })}
        {manage && selected.size > 0 && ` · ${t('delegates.selected', { count: selected.size })}`}
      </Text>
      {items.length === 0 && (
        <Text c="dimmed" size="sm">
          {manage ? t('delegates.emptyManage') : t('delegates.empty')}
        </Text>
      )}
      {tokens.length > 0 && shown.length === 0 && (
        <Text c="dimmed" size="sm">
          {t('common.noResults')}
        </Text>
      )}

      <Accordion multiple value={open} onChange={setOpened} variant="separated" chevronPosition="left">
        {sections.map((s) => {
          if ((tokens.length > 0 || !manage) && s.delegates.length === 0) return null;
          const over = !ownOnly && s.expected !== null && s.delegates.length > s.expected;
          const short = !ownOnly && s.expected !== null && s.delegates.length < s.expected;
          const allTicked = s.delegates.length > 0 && s.delegates.every((d) => selected.has(d.id));
          // Each group drawn a page at a time (a checkbox, badges, a menu a row): the search box
          // reaches every delegate, and ticking a whole group still selects all of it.
          const limit = shownBy[s.id] ?? LIST_PAGE;
          const { drawn, rest } = pageOf(s.delegates, limit);
          return (
            <Accordion.Item key={s.id} value={s.id} data-testid="delegate-group">
              <Accordion.Control>
                <Group justify="space-between" wrap="nowrap" gap="sm">
                  <Text size="sm" fw={500} style={{ minWidth: 0 }}>
                    {s.label}
                  </Text>
                  <Badge
                    variant="light"
                    color={over ? 'orange' : short ? 'yellow' : 'teal'}
                    style={{ flexShrink: 0 }}
                    data-testid="group-count"
                  >
                    {s.expected === null || ownOnly
                      ? t('delegates.groupListed', { listed: s.delegates.length })
                      : t('delegates.groupOf', { listed: s.delegates.length, expected: s.expected })}
                  </Badge>
                </Group>
              </Accordion.Control>
              <Accordion.Panel>
                {s.delegates.length === 0 ? (
                  <Group gap="sm">
                    <Text size="sm" c="dimmed">
                      {t('delegates.groupEmpty')}
                    </Text>
                  </Group>
                ) : (
                  <Table.ScrollContainer minWidth={760}>
                    <Table
                      verticalSpacing={6}
                      striped
                      highlightOnHover
                      styles={{ th: { whiteSpace: 'nowrap' } }}
                    >
                      <Table.Thead>
                        <Table.Tr>
                          {manage && (
                            <Table.Th w={36}>
                              <Checkbox
                                aria-label={t('delegates.selectGroup', { group: s.label })}
                                checked={allTicked}
                                indeterminate={!allTicked && s.delegates.some((d) => selected.has(d.id))}
                                onChange={(e) => {
                                  const on = e.currentTarget.checked;
                                  for (const d of s.delegates) toggle(d.id, on);
                                }}
                              />
                            </Table.Th>
                          )}
                          <Table.Th w={48}>{t('delegates.number')}</Table.Th>
                          <Table.Th>{t('delegates.name')}</Table.Th>
                          <Table.Th>{t('delegates.unit')}</Table.Th>
                          <Table.Th>{t('delegates.rsvp')}</Table.Th>
                          <Table.Th>{t('delegates.invited')}</Table.Th>
                          <Table.Th>{t('delegates.checkedIn')}</Table.Th>
                          <Table.Th w={48} />
                        </Table.Tr>
                      </Table.Thead>
                      <Table.Tbody>
                        {drawn.map((d) => (
                          <Table.Tr key={d.id} data-testid="delegate-row">
                            {manage && (
                              <Table.Td>
                                <Checkbox
                                  aria-label={t('delegates.select', { name: d.name })}
                                  checked={selected.has(d.id)}
                                  onChange={(e) => toggle(d.id, e.currentTarget.checked)}
                                />
                              </Table.Td>
                            )}
                            <Table.Td>{d.number}</Table.Td>
                            <Table.Td miw={200}>
                              <Text size="sm" fw={500}>
                                {d.name}
                              </Text>
                              {d.title && (
                                <Text size="xs" c="dimmed">
                                  {d.title}
                                </Text>
                              )}
                            </Table.Td>
                            <Table.Td miw={160}>
                              <Text size="sm">{d.unitName || t('common.none')}</Text>
                            </Table.Td>
                            <Table.Td style={{ whiteSpace: 'nowrap' }}>
                              <RsvpBadge status={d.rsvpStatus} note={d.rsvpNote} />
                            </Table.Td>
                            <Table.Td style={{ whiteSpace: 'nowrap' }}>
                              <Text size="sm" c={d.invitedAt ? undefined : 'dimmed'}>
                                {d.invitedAt ? formatDateVn(d.invitedAt) : t('delegates.notInvited')}
                              </Text>
                            </Table.Td>
                            <Table.Td style={{ whiteSpace: 'nowrap' }}>
                              {d.checkedInAt ? (
                                <Badge color="teal" variant="filled">
                                  {formatTimeVn(d.checkedInAt)}
                                </Badge>
                              ) : (
                                <Text size="sm" c="dimmed">
                                  {t('common.none')}
                                </Text>
                              )}
                            </Table.Td>
                            <Table.Td>
                              <Menu position="bottom-end" withinPortal>
                                <Menu.Target>
                                  <ActionIcon
                                    variant="subtle"
                                    color="gray"
                                    aria-label={t('delegates.actions', { name: d.name })}
                                    loading={invitation.pendingKey === d.id}
                                  >
                                    <IconDotsVertical size={16} />
                                  </ActionIcon>
                                </Menu.Target>
                                <Menu.Dropdown>
                                  {manage && (
                                    <Menu.Item
                                      leftSection={<IconEdit size={14} />}
                                      onClick={() => setEditing({ delegate: d, groupId: d.groupId })}
                                    >
                                      {t('common.edit')}
                                    </Menu.Item>
                                  )}
                                  <Menu.Item
                                    leftSection={<IconFileTypePdf size={14} />}
                                    onClick={() => void invitationOf(d)}
                                  >
                                    {t('delegates.invitationPdf')}
                                  </Menu.Item>
                                  {manage && (
                                    <Menu.Item
                                      color="red"
                                      leftSection={<IconTrash size={14} />}
                                      onClick={() => del(d)}
                                      disabled={d.checkedInAt !== null}
                                    >
                                      {t('delegates.delete')}
                                    </Menu.Item>
                                  )}
                                </Menu.Dropdown>
                              </Menu>
                            </Table.Td>
                          </Table.Tr>
                        ))}
                      </Table.Tbody>
                    </Table>
                  </Table.ScrollContainer>
                )}
                <ShowMoreButton
                  mt="xs"
                  rest={rest}
                  message="delegates.showMore"
                  onMore={() => setShownBy((m) => ({ ...m, [s.id]: limit + LIST_PAGE }))}
                />
                {manage && (
                  <Button
                    mt="xs"
                    size="compact-sm"
                    variant="subtle"
                    leftSection={<IconPlus size={14} />}
                    onClick={() => setEditing({ delegate: null, groupId: s.groupId })}
                  >
                    {t('delegates.addToGroup')}
                  </Button>
                )}
              </Accordion.Panel>
            </Accordion.Item>
          );
        })}
      </Accordion>

      {editing && (
        <DelegateFormModal
          campaignId={campaign.id}
          groups={conference.groups}
          delegate={editing.delegate}
          groupId={editing.groupId}
          onClose={() => setEditing(null)}
        />
      )}
      {importing && <ImportDelegatesModal campaignId={campaign.id} onClose={() => setImporting(false)} />}
      {inviting && (
        <SendInvitationsModal
          campaignId={campaign.id}
          notInvited={notInvited}
          selectedIds={[...selected]}
          onClose={() => setInviting(false)}
          onSent={() => setSelected(new Set())}
        />
      )}
    </Stack>
  );
}
