import { prefetchConference } from '../../api/conference.ts';
import { preloadable } from '../../components/preloadable.tsx';

/**
 * The tabs of a round's page. Each tab's code loads with the tab, so a round opens without the
 * code of the eight it does not show (the conference's, the commendation's, the progress charts'
 * …). This module holds only the loaders, and is part of the app's first bundle: the open tab's code
 * is asked for as the app starts, alongside the round's page itself, not after it has come.
 */
export const AssignmentsTab = preloadable(() =>
  import('./AssignmentsTab.tsx').then((m) => ({ default: m.AssignmentsTab })),
);
export const ProgressView = preloadable(() =>
  import('../progress/ProgressView.tsx').then((m) => ({ default: m.ProgressView })),
);
// The consolidated report brings the rich-text editor.
export const ConsolidatedTab = preloadable(() =>
  import('../consolidation/ConsolidatedTab.tsx').then((m) => ({ default: m.ConsolidatedTab })),
);
export const CommendationTab = preloadable(() =>
  import('../commendation/CommendationTab.tsx').then((m) => ({ default: m.CommendationTab })),
);
export const ConferenceTab = preloadable(() =>
  import('../conference/ConferenceTab.tsx').then((m) => ({ default: m.ConferenceTab })),
);
export const PreviewTab = preloadable(() =>
  import('./PreviewTab.tsx').then((m) => ({ default: m.PreviewTab })),
);
export const PlanDocumentTab = preloadable(() =>
  import('./PlanDocumentTab.tsx').then((m) => ({ default: m.PlanDocumentTab })),
);
export const PlanEditor = preloadable(() =>
  import('./plan/PlanEditor.tsx').then((m) => ({ default: m.PlanEditor })),
);
export const SigningPanel = preloadable(() =>
  import('./SigningPanel.tsx').then((m) => ({ default: m.SigningPanel })),
);

/** The code a tab opened from the address needs (a draft's plan tab also the editor). */
function codeFor(tab: string | null): Array<{ preload: () => Promise<unknown> }> {
  switch (tab) {
    case 'assignments':
      return [AssignmentsTab];
    case 'progress':
      return [ProgressView];
    case 'consolidated':
      return [ConsolidatedTab];
    case 'commendation':
      return [CommendationTab];
    case 'conference':
      return [ConferenceTab];
    case 'preview':
      return [PreviewTab];
    case 'outline':
      return [];
    default:
      return [PlanDocumentTab, SigningPanel];
  }
}

/**
 * Starts fetching the data the tab the address opens (`?tab=`) shows first, as the app starts (see
 * AppRoutes), so it comes alongside the session and the round: the conference's details for its
 * tab (the round's other tabs read theirs once the round has come).
 */
export function prefetchTabData(campaignId: string, search: string): void {
  if (campaignId && new URLSearchParams(search).get('tab') === 'conference') prefetchConference(campaignId);
}

/** Starts fetching the code of the tab the address opens (`?tab=`). */
export function preloadTabCode(search: string): void {
  for (const code of codeFor(new URLSearchParams(search).get('tab'))) code.preload().catch(() => undefined);
}
