import { Alert, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertCircle, IconBellRinging, IconGitMerge, IconLock, IconRefresh } from '@tabler/icons-react';
import {
  type Campaign,
  type ConsolidatedReport,
  type ConsolidationBasis,
  formatOfficialDate,
} from '@tongket/domain';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { isApiError } from '../../api/client.ts';
import {
  consolidatedDocumentUrl,
  useConsolidated,
  useRegenerateConsolidated,
} from '../../api/consolidation.ts';
import { useErrorMessage } from '../../api/errors.ts';
import { useCampaignEvents } from '../../api/events.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { useLeaveGuard } from '../../components/useLeaveGuard.ts';
import { useT } from '../../i18n/useT.ts';
import { ConflictAlert } from '../campaigns/ConflictAlert.tsx';
import { SaveBar } from '../campaigns/SaveBar.tsx';
import { DocumentSigningPanel } from '../campaigns/SigningPanel.tsx';
import { BasisModal } from './BasisModal.tsx';
import { ConsolidatedMergeModal } from './ConsolidatedMergeModal.tsx';
import { ConsolidatedSection, leafFlags } from './ConsolidatedSection.tsx';
import { ConsolidatedToolbar } from './ConsolidatedToolbar.tsx';
import { IndicatorTotals } from './IndicatorTotals.tsx';
import { MissingUnits } from './MissingUnits.tsx';
import { SendUpModal } from './SendUpModal.tsx';
import { type PendingMerge, useConsolidatedEdits } from './useConsolidatedEdits.ts';

type View = 'text' | 'figures';

export interface ConsolidatedTabProps {
  campaign: Campaign;
  /** The unit that runs the round (for a lower round, the one its report goes up for). */
  unitName: string;
  /** For a lower round: the round its report goes up to. */
  parentName?: string | undefined;
  onDirtyChange?: ((dirty: boolean) => void) | undefined;
}

/** "Tổng hợp" of an issued round: the consolidated report, built from the units' reports. */
export function ConsolidatedTab(props: ConsolidatedTabProps) {
  const query = useConsolidated(props.campaign.id);
  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  return <ConsolidatedWorkspace {...props} report={query.data} refetch={() => query.refetch()} />;
}

function ConsolidatedWorkspace({
  campaign,
  unitName,
  parentName,
  onDirtyChange,
  report,
  refetch,
}: ConsolidatedTabProps & { report: ConsolidatedReport; refetch: () => Promise<unknown> }) {
  const t = useT();
  const message = useErrorMessage();
  const edits = useConsolidatedEdits(campaign.id, report);
  const regenerate = useRegenerateConsolidated(campaign.id);
  const [params, setParams] = useSearchParams();
  const view: View = params.get('view') === 'figures' ? 'figures' : 'text';
  const [lastAdded, setLastAdded] = useState<number | null>(null);
  const [basisAsked, setBasisAsked] = useState<ConsolidationBasis | null>(null);
  const [sendingUp, setSendingUp] = useState(false);
  const [merge, setMerge] = useState<PendingMerge | null>(null);
  const [merging, setMerging] = useState(false);
  const [fresh, setFresh] = useState(0);
  const [refreshing, setRefreshing] = useState(false);

  useLeaveGuard(edits.dirty, t('editor.leaveConfirm'));
  const dirtyChange = useRef(onDirtyChange);
  dirtyChange.current = onDirtyChange;
  useEffect(() => dirtyChange.current?.(edits.dirty), [edits.dirty]);

  // Units sending or the agency accepting change what there is to take in. The page does not
  // reload a large report behind the editor's back on each of them: it says so and offers it.
  useCampaignEvents(campaign.id, () => setFresh((n) => n + 1));

  const leaves = useMemo(() => leafFlags(report.sections), [report.sections]);
  const names = useMemo(
    () =>
      new Map(report.sections.map((s) => [s.sectionId, `${s.label}. ${s.title.replace(/[:.]\s*$/, '')}`])),
    [report.sections],
  );
  const editedSections = report.sections.filter((s) => !s.generated).length;

  const setView = (next: string) =>
    setParams(
      (prev) => {
        const out = new URLSearchParams(prev);
        if (next === 'text') out.delete('view');
        else out.set('view', next);
        return out;
      },
      { replace: true },
    );

  const runRegenerate = (basis?: ConsolidationBasis, targetPages?: number | null) =>
    regenerate.mutate(
      {
        version: report.version,
        ...(basis ? { basis } : {}),
        ...(targetPages !== undefined ? { targetPages } : {}),
      },
      {
        onSuccess: (answer) => {
          setBasisAsked(null);
          setLastAdded(answer.added);
          setFresh(0);
        },
        onError: () => setBasisAsked(null),
      },
    );

  const refresh = async () => {
    setRefreshing(true);
    try {
      regenerate.reset();
      await refetch();
      setFresh(0);
    } finally {
      setRefreshing(false);
    }
  };

  const save = async () => {
    if (await edits.save()) notifications.show({ color: 'teal', message: t('consolidated.saved') });
  };

  const openMerge = async () => {
    setMerging(true);
    try {
      const pending = await edits.prepareMerge();
      if (pending.items.length === 0) {
        // Nobody else touched the sections typed here: ours go on top of their version.
        if (await edits.applyMerge(pending, {})) {
          notifications.show({ color: 'teal', message: t('consolidated.merged') });
        }
      } else {
        setMerge(pending);
      }
    } catch (error) {
      notifications.show({ color: 'red', message: message(error) });
    } finally {
      setMerging(false);
    }
  };

  const applyMerge = async (choices: Parameters<typeof edits.applyMerge>[1]) => {
    if (!merge) return;
    setMerging(true);
    try {
      if (await edits.applyMerge(merge, choices)) {
        notifications.show({ color: 'teal', message: t('consolidated.merged') });
      }
      setMerge(null);
    } finally {
      setMerging(false);
    }
  };

  const conflict = edits.state.kind === 'conflict';
  const saveError = edits.state.kind === 'failed' ? edits.state.error : null;
  const regenerateConflict = isApiError(regenerate.error, 'version_conflict');
  // A released report still goes up: it is read, not changed.
  const canSendUp = report.canManage && campaign.parentCampaignId !== null && campaign.status === 'issued';

  return (
    <Stack gap="md" data-testid="consolidated-view">
      <ConsolidatedToolbar
        campaignId={campaign.id}
        report={report}
        dirty={edits.dirty}
        regenerating={regenerate.isPending}
        onRegenerate={(targetPages) => runRegenerate(undefined, targetPages)}
        onBasis={(basis) => basis !== report.basis && setBasisAsked(basis)}
        onSendUp={canSendUp ? () => setSendingUp(true) : undefined}
      >
        {lastAdded !== null && (
          <Alert
            color="teal"
            p="xs"
            withCloseButton
            onClose={() => setLastAdded(null)}
            data-testid="regenerate-result"
          >
            <Text size="sm">
              {lastAdded > 0
                ? t('consolidated.regenerated', { count: lastAdded })
                : t('consolidated.regeneratedNone')}
            </Text>
          </Alert>
        )}
        {regenerate.error !== null &&
          (regenerateConflict ? (
            <ConflictAlert message={message(regenerate.error)} onReload={() => void refresh()} />
          ) : (
            <Alert color="red" icon={<IconAlertCircle />} role="alert" p="xs">
              {message(regenerate.error)}
            </Alert>
          ))}
        {fresh > 0 && (
          <Alert color="blue" icon={<IconBellRinging />} p="xs" data-testid="fresh-reports">
            <Group justify="space-between" gap="xs">
              <Text size="sm">{t('consolidated.freshEvents')}</Text>
              <Button
                size="compact-sm"
                variant="light"
                leftSection={<IconRefresh size={14} />}
                onClick={() => void refresh()}
                loading={refreshing}
                disabled={edits.dirty}
                title={edits.dirty ? t('consolidated.saveFirstRefresh') : undefined}
              >
                {t('consolidated.refresh')}
              </Button>
            </Group>
          </Alert>
        )}
      </ConsolidatedToolbar>

      {report.released && (
        <Alert
          color="teal"
          icon={<IconLock />}
          title={t('consolidated.released', {
            reference: `${report.docNumber}/${report.docCode}`,
            date: report.docDate ? formatOfficialDate(report.docDate) : '',
          })}
          data-testid="consolidated-released"
        >
          <Text size="sm">{t('consolidated.releasedReason')}</Text>
          <Text size="sm" mt={4} data-testid="consolidated-released-frozen">
            {t('consolidated.releasedFrozen')}
          </Text>
        </Alert>
      )}
      {/* The report signed and released as the agency's document (Decree 30): the signed PDF becomes the report of record. */}
      <DocumentSigningPanel
        target={{
          kind: 'consolidated',
          id: campaign.id,
          version: report.version,
          draft: !report.released,
          // Nothing to sign before the report is first consolidated.
          canSign: report.canManage && report.version > 0,
          docNumber: report.docNumber,
          docDate: report.docDate,
          docCode: report.docCode,
          pdfUrl: consolidatedDocumentUrl(campaign.id, 'consolidated.pdf'),
        }}
        dirty={edits.dirty}
        onReleased={() => void refetch()}
      />

      <MissingUnits campaignId={campaign.id} report={report} />

      <SegmentedControl
        value={view}
        onChange={setView}
        data={[
          { value: 'text', label: t('consolidated.viewText') },
          { value: 'figures', label: t('consolidated.viewFigures', { count: report.indicators.length }) },
        ]}
        w="fit-content"
        aria-label={t('consolidated.views')}
      />

      {view === 'text' ? (
        <Stack gap="sm">
          {report.sections.map((section, i) => (
            <ConsolidatedSection
              key={section.sectionId}
              campaignId={campaign.id}
              version={report.version}
              section={section}
              leaf={leaves[i] ?? true}
              value={edits.textOf(section.sectionId)}
              canEdit={report.canEdit}
              changed={section.sectionId in edits.edits}
              onChange={edits.change}
              onAppend={edits.append}
            />
          ))}
        </Stack>
      ) : (
        <IndicatorTotals campaignId={campaign.id} version={report.version} indicators={report.indicators} />
      )}

      {/* On the figures nothing is edited: the bar shows there only while text waits to be saved. */}
      {report.canEdit && (view === 'text' || edits.dirty || edits.state.kind !== 'idle') && (
        <SaveBar dirty={edits.dirty} pending={edits.state.kind === 'saving'} onSave={() => void save()}>
          {conflict && (
            <Alert color="yellow" role="alert" title={t('editor.conflictTitle')} p="xs">
              <Text size="sm">{t('consolidated.conflict')}</Text>
              <Group mt="xs" gap="xs">
                <Button
                  size="compact-sm"
                  leftSection={<IconGitMerge size={14} />}
                  onClick={() => void openMerge()}
                  loading={merging}
                >
                  {t('consolidated.mergeOpen')}
                </Button>
                <Button
                  size="compact-sm"
                  variant="default"
                  leftSection={<IconRefresh size={14} />}
                  onClick={() => void edits.discard()}
                  disabled={merging}
                >
                  {t('consolidated.discardReload')}
                </Button>
              </Group>
            </Alert>
          )}
          {saveError !== null && (
            <Alert color="red" icon={<IconAlertCircle />} role="alert" p="xs">
              {message(saveError)}
            </Alert>
          )}
        </SaveBar>
      )}

      {basisAsked && (
        <BasisModal
          basis={basisAsked}
          editedSections={editedSections}
          pending={regenerate.isPending}
          onConfirm={() => runRegenerate(basisAsked)}
          onClose={() => setBasisAsked(null)}
        />
      )}
      {sendingUp && (
        <SendUpModal
          campaignId={campaign.id}
          report={report}
          unitName={unitName}
          parentName={parentName ?? ''}
          dirty={edits.dirty}
          onClose={() => setSendingUp(false)}
        />
      )}
      {merge && (
        <ConsolidatedMergeModal
          merge={merge}
          names={names}
          pending={merging}
          onMerge={(choices) => void applyMerge(choices)}
          onClose={() => setMerge(null)}
        />
      )}
    </Stack>
  );
}
