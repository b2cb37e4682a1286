import { Stack, Tabs } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import {
  IconAward,
  IconChartPie,
  IconEye,
  IconFileText,
  IconListCheck,
  IconListTree,
  IconPresentation,
  IconReportAnalytics,
  IconSitemap,
} from '@tabler/icons-react';
import type { Campaign } from '@tongket/domain';
import { Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { useCampaign } from '../../api/campaigns.ts';
import { useUnitTree } from '../../api/units.ts';
import { useCurrentUser } from '../../auth/useCurrentUser.ts';
import { useActiveTabInView } from '../../components/activeTabInView.ts';
import { ErrorState } from '../../components/ErrorState.tsx';
import { PageLoader } from '../../components/PageLoader.tsx';
import { useLeaveGuard } from '../../components/useLeaveGuard.ts';
import { useT } from '../../i18n/useT.ts';
import { ChildRoundsTab } from '../cascade/ChildRoundsTab.tsx';
import { OpenChildRoundModal } from '../cascade/OpenChildRoundModal.tsx';
import { useChildRounds } from '../cascade/useChildRounds.ts';
import { CampaignHeader } from './CampaignHeader.tsx';
import { CloneModal } from './CloneModal.tsx';
import {
  AssignmentsTab,
  CommendationTab,
  ConferenceTab,
  ConsolidatedTab,
  PlanDocumentTab,
  PlanEditor,
  PreviewTab,
  ProgressView,
  prefetchTabData,
  preloadTabCode,
  SigningPanel,
} from './campaignTabs.tsx';
import { IssueModal } from './IssueModal.tsx';
import { OutlineEditor } from './outline/OutlineEditor.tsx';
import { ProblemsPanel } from './ProblemsPanel.tsx';
import { ReloadConfirmModal } from './ReloadConfirmModal.tsx';
import { rememberTabQuery, tabSearch } from './tabQuery.ts';

type TabName =
  | 'plan'
  | 'outline'
  | 'assignments'
  | 'progress'
  | 'consolidated'
  | 'children'
  | 'commendation'
  | 'conference'
  | 'preview';
const TABS: readonly TabName[] = [
  'plan',
  'outline',
  'assignments',
  'progress',
  'consolidated',
  'children',
  'commendation',
  'conference',
  'preview',
];
/** Tabs that exist only once the round is issued. */
const ISSUED_TABS: readonly TabName[] = [
  'assignments',
  'progress',
  'consolidated',
  'children',
  'commendation',
  'conference',
];

export default function CampaignPage() {
  const { id = '' } = useParams();
  // A new id (after cloning) is a new page: nothing of the previous round's editors carries over.
  return <CampaignView key={id} id={id} />;
}

function CampaignView({ id }: { id: string }) {
  const t = useT();
  const me = useCurrentUser();
  const navigate = useNavigate();
  const query = useCampaign(id);
  const tree = useUnitTree();
  const [params, setParams] = useSearchParams();
  const rounds = useChildRounds(query.data);
  const parentId = query.data?.parentCampaignId ?? '';
  const parent = useCampaign(parentId, parentId !== '');

  const [dirty, setDirty] = useState({ plan: false, outline: false, consolidated: false, conference: false });
  const [openingChild, setOpeningChild] = useState(false);
  const [loadKey, setLoadKey] = useState(0);
  const [confirmingReload, setConfirmingReload] = useState(false);
  const [reloading, setReloading] = useState(false);
  const [issuing, setIssuing] = useState(false);
  const [cloning, setCloning] = useState(false);
  // On a phone the tab list scrolls sideways: the open tab is brought into view, also once loaded.
  const tabListRef = useRef<HTMLDivElement>(null);
  useActiveTabInView(tabListRef, `${params.get('tab') ?? ''}|${query.isPending}`);
  // Whatever the open tab's filters are now (also after the browser's back button) is what a
  // switch back to it brings.
  useEffect(() => rememberTabQuery(id, params), [id, params]);
  // The open tab's code comes while the round itself does (once, as the page starts; the app's
  // start has asked for it already, see AppRoutes).
  const firstTab = useRef(window.location.search);
  useEffect(() => {
    prefetchTabData(id, firstTab.current);
    preloadTabCode(firstTab.current);
  }, [id]);

  const anyDirty = dirty.plan || dirty.outline;
  const onConsolidatedDirty = useCallback(
    (d: boolean) => setDirty((s) => (s.consolidated === d ? s : { ...s, consolidated: d })),
    [],
  );
  const onConferenceDirty = useCallback(
    (d: boolean) => setDirty((s) => (s.conference === d ? s : { ...s, conference: d })),
    [],
  );
  useLeaveGuard(anyDirty, t('editor.leaveConfirm'));
  const onPlanDirty = useCallback(
    (d: boolean) => setDirty((s) => (s.plan === d ? s : { ...s, plan: d })),
    [],
  );
  const onOutlineDirty = useCallback(
    (d: boolean) => setDirty((s) => (s.outline === d ? s : { ...s, outline: d })),
    [],
  );

  const reload = async () => {
    setReloading(true);
    try {
      await query.refetch();
      setDirty((s) => ({ ...s, plan: false, outline: false }));
      setLoadKey((k) => k + 1);
    } finally {
      setReloading(false);
      setConfirmingReload(false);
    }
  };
  const requestReload = () => {
    if (anyDirty) setConfirmingReload(true);
    else void reload();
  };

  if (query.isPending) return <PageLoader />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const campaign = query.data;

  const canManage = campaign.canManage;
  const editable = canManage && campaign.status === 'draft';
  const issued = campaign.status !== 'draft';
  // Section VI: the round's awards, once the plan that sets them is issued.
  const awards = issued && campaign.plan.awardGroups.length > 0;
  const issuingUnitName = tree.data?.items.find((u) => u.id === campaign.issuingUnitId)?.name;
  // The consolidated report is the standing agency's working text: a unit officer reads it only for
  // the lower round its own unit runs (the server answers the same).
  const consolidated = issued && (me.role !== 'unit' || canManage);
  const children = rounds.visible;
  const myUnit = tree.data?.items.find((u) => u.id === me.unitId);

  const requested = params.get('tab') as TabName | null;
  const tab: TabName =
    requested &&
    TABS.includes(requested) &&
    (!ISSUED_TABS.includes(requested) || issued) &&
    (requested !== 'commendation' || awards) &&
    (requested !== 'consolidated' || consolidated) &&
    (requested !== 'children' || children)
      ? requested
      : 'plan';
  // A tab switch is a step of the history (the back button returns to the tab before, as it was
  // filtered), and opens the next tab with the query it was last left with.
  const setTab = (next: string | null) => {
    if (!next || next === tab) return;
    rememberTabQuery(id, params);
    setParams(tabSearch(id, next));
  };

  const afterIssue = (saved: Campaign) => {
    setIssuing(false);
    setDirty((s) => ({ ...s, plan: false, outline: false }));
    setLoadKey((k) => k + 1);
    notifications.show({ color: 'teal', message: t('issue.done', { name: saved.name }) });
    setParams({ tab: 'assignments' }, { replace: true });
  };

  const afterClone = (copy: Campaign) => {
    setCloning(false);
    notifications.show({ color: 'teal', message: t('clone.done', { name: copy.name }) });
    navigate(`/campaigns/${encodeURIComponent(copy.id)}`);
  };

  const afterOpenChild = (child: Campaign) => {
    setOpeningChild(false);
    notifications.show({
      color: 'teal',
      autoClose: 10_000,
      message: t('openChild.done', { name: child.name }),
    });
    navigate(`/campaigns/${encodeURIComponent(child.id)}`);
  };

  return (
    <Stack gap="md" maw={1200}>
      <CampaignHeader
        campaign={campaign}
        issuingUnitName={issuingUnitName}
        canClone={canManage}
        canIssue={editable}
        onClone={() => setCloning(true)}
        onIssue={() => setIssuing(true)}
        parent={parent.data ? { id: parent.data.id, name: parent.data.name } : undefined}
        onOpenChild={rounds.canOpen && myUnit ? () => setOpeningChild(true) : undefined}
      />
      {campaign.status === 'draft' && <ProblemsPanel problems={campaign.problems} />}

      <Tabs
        value={tab}
        onChange={setTab}
        keepMountedMode="display-none"
        // On a phone the tabs scroll sideways rather than wrap onto a second line; tighter padding
        // keeps all nine of an issued round on one line of a 1366-pixel office screen.
        styles={{
          list: { flexWrap: 'nowrap', overflowX: 'auto', overflowY: 'hidden' },
          tab: { paddingInline: 'var(--mantine-spacing-xs)' },
        }}
      >
        <Tabs.List ref={tabListRef}>
          <Tabs.Tab value="plan" leftSection={<IconFileText size={16} />}>
            {t('campaign.tabPlan')}
          </Tabs.Tab>
          <Tabs.Tab value="outline" leftSection={<IconListTree size={16} />}>
            {t('campaign.tabOutline')}
          </Tabs.Tab>
          {issued && (
            <Tabs.Tab value="assignments" leftSection={<IconListCheck size={16} />}>
              {t('campaign.tabAssignments')}
            </Tabs.Tab>
          )}
          {issued && (
            <Tabs.Tab value="progress" leftSection={<IconChartPie size={16} />}>
              {t('campaign.tabProgress')}
            </Tabs.Tab>
          )}
          {consolidated && (
            <Tabs.Tab value="consolidated" leftSection={<IconReportAnalytics size={16} />}>
              {t('campaign.tabConsolidated')}
            </Tabs.Tab>
          )}
          {children && (
            <Tabs.Tab value="children" leftSection={<IconSitemap size={16} />}>
              {t('campaign.tabChildren')}
            </Tabs.Tab>
          )}
          {awards && (
            <Tabs.Tab value="commendation" leftSection={<IconAward size={16} />}>
              {t('campaign.tabCommendation')}
            </Tabs.Tab>
          )}
          {issued && (
            <Tabs.Tab value="conference" leftSection={<IconPresentation size={16} />}>
              {t('campaign.tabConference')}
            </Tabs.Tab>
          )}
          <Tabs.Tab value="preview" leftSection={<IconEye size={16} />}>
            {t('campaign.tabPreview')}
          </Tabs.Tab>
        </Tabs.List>

        {/* Every panel stays, empty while its tab is closed: only the open tab draws its content.
            The plan's and outline's editors keep the copy being edited while closed. */}
        <Tabs.Panel value="plan" pt="md">
          {/* Its own boundary: the signing panel's code arriving never hides an editor being typed in. */}
          <Suspense fallback={null}>
            {tab === 'plan' && (
              <SigningPanel
                campaign={campaign}
                dirty={anyDirty}
                onReleased={() => {
                  void reload();
                  notifications.show({
                    color: 'teal',
                    message: t('signing.released', { name: campaign.name }),
                  });
                }}
              />
            )}
          </Suspense>
          <Suspense fallback={<PageLoader />}>
            {/* The form is for editing a draft; whoever cannot edit the plan reads the document. */}
            {editable ? (
              <PlanEditor
                key={`plan-${loadKey}`}
                campaign={campaign}
                readOnly={false}
                visible={tab === 'plan'}
                onDirtyChange={onPlanDirty}
                onReload={requestReload}
              />
            ) : (
              tab === 'plan' && <PlanDocumentTab campaign={campaign} />
            )}
          </Suspense>
        </Tabs.Panel>
        <Tabs.Panel value="outline" pt="md">
          <OutlineEditor
            key={`outline-${loadKey}`}
            campaign={campaign}
            readOnly={!editable}
            visible={tab === 'outline'}
            onDirtyChange={onOutlineDirty}
            onReload={requestReload}
          />
        </Tabs.Panel>
        {issued && (
          <Tabs.Panel value="assignments" pt="md">
            <Suspense fallback={<PageLoader />}>
              {tab === 'assignments' && <AssignmentsTab campaignId={campaign.id} />}
            </Suspense>
          </Tabs.Panel>
        )}
        {issued && (
          <Tabs.Panel value="progress" pt="md">
            <Suspense fallback={<PageLoader />}>
              {tab === 'progress' && <ProgressView campaign={campaign} />}
            </Suspense>
          </Tabs.Panel>
        )}
        {consolidated && (
          <Tabs.Panel value="consolidated" pt="md">
            {/* Kept while it holds unsaved text, so a look at another tab loses nothing. */}
            {(tab === 'consolidated' || dirty.consolidated) && (
              <Suspense fallback={<PageLoader />}>
                <ConsolidatedTab
                  campaign={campaign}
                  unitName={issuingUnitName ?? ''}
                  parentName={parent.data?.name}
                  onDirtyChange={onConsolidatedDirty}
                />
              </Suspense>
            )}
          </Tabs.Panel>
        )}
        {children && (
          <Tabs.Panel value="children" pt="md">
            {tab === 'children' && (
              <ChildRoundsTab
                rounds={rounds}
                unitName={myUnit?.name ?? me.unitName}
                onOpen={() => setOpeningChild(true)}
              />
            )}
          </Tabs.Panel>
        )}
        {awards && (
          <Tabs.Panel value="commendation" pt="md">
            <Suspense fallback={<PageLoader />}>
              {tab === 'commendation' && <CommendationTab campaign={campaign} />}
            </Suspense>
          </Tabs.Panel>
        )}
        {issued && (
          <Tabs.Panel value="conference" pt="md">
            {/* Kept while it holds unsaved edits, so a look at another tab loses nothing. */}
            <Suspense fallback={<PageLoader />}>
              {(tab === 'conference' || dirty.conference) && (
                <ConferenceTab campaign={campaign} onDirtyChange={onConferenceDirty} />
              )}
            </Suspense>
          </Tabs.Panel>
        )}
        <Tabs.Panel value="preview" pt="md">
          <Suspense fallback={<PageLoader />}>
            {tab === 'preview' && <PreviewTab campaign={campaign} />}
          </Suspense>
        </Tabs.Panel>
      </Tabs>

      {issuing && (
        <IssueModal
          campaign={campaign}
          opened
          dirty={anyDirty}
          onClose={() => setIssuing(false)}
          onIssued={afterIssue}
        />
      )}
      {openingChild && rounds.owed && myUnit && (
        <OpenChildRoundModal
          parent={campaign}
          unit={myUnit}
          owed={rounds.owed}
          below={rounds.below}
          onClose={() => setOpeningChild(false)}
          onOpened={afterOpenChild}
        />
      )}
      {cloning && (
        <CloneModal campaign={campaign} opened onClose={() => setCloning(false)} onCloned={afterClone} />
      )}
      <ReloadConfirmModal
        opened={confirmingReload}
        pending={reloading}
        onConfirm={() => void reload()}
        onClose={() => setConfirmingReload(false)}
      />
    </Stack>
  );
}
