import type { AssignmentEvent } from '@tongket/domain';
import { useEffect, useRef, useState } from 'react';
import { buildUrl } from './client.ts';

export type LiveState = 'connecting' | 'live' | 'offline';

/** When the browser gave up on a stream (the server refused it), try again after this long. */
const RETRY_MS = 15_000;

/**
 * Follows a round's server-sent events. `onChange` runs on every event, and with null after a
 * reconnection (events may have been missed meanwhile, so the caller refreshes everything).
 */
export function useCampaignEvents(
  campaignId: string | null,
  onChange: (event: AssignmentEvent | null) => void,
): LiveState {
  const [state, setState] = useState<LiveState>('connecting');
  const [attempt, setAttempt] = useState(0);
  const handler = useRef(onChange);
  handler.current = onChange;
  /** The stream of this round was open once: any later opening is a reconnection. */
  const openedFor = useRef<string | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` starts a fresh stream after the browser gave up on the last one
  useEffect(() => {
    if (!campaignId || typeof EventSource === 'undefined') return;
    let retry: number | undefined;
    const source = new EventSource(buildUrl('/events', { campaignId }));
    setState('connecting');
    source.onopen = () => {
      setState('live');
      if (openedFor.current === campaignId) handler.current(null);
      openedFor.current = campaignId;
    };
    source.addEventListener('assignment', (message) => {
      try {
        handler.current(JSON.parse((message as MessageEvent<string>).data) as AssignmentEvent);
      } catch {
        handler.current(null);
      }
    });
    source.onerror = () => {
      if (source.readyState === EventSource.CLOSED) {
        setState('offline');
        retry = window.setTimeout(() => setAttempt((n) => n + 1), RETRY_MS);
      } else {
        setState('connecting');
      }
    };
    return () => {
      window.clearTimeout(retry);
      source.close();
    };
  }, [campaignId, attempt]);

  return state;
}
