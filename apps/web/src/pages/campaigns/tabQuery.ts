/**
 * Each tab of a round keeps its own part of the address: the tasks tab its ?q/?status/?sort, the
 * progress tab its ?kind/?unitKind/?under, the commendation and conference tabs their ?view. A
 * switch to another tab and back brings the first tab's query back; the address itself only ever
 * holds the open tab's.
 */
export type TabQueries = Map<string, string>;

/** Remembered per round and tab while the app is open; the oldest go first past this many. */
const LIMIT = 200;
const remembered: TabQueries = new Map();

const keyOf = (roundId: string, tab: string) => `${roundId}\u0000${tab}`;

/** The tab an address opens; none is the plan. */
export function tabOf(search: URLSearchParams): string {
  return search.get('tab') || 'plan';
}

/** Notes the open tab's own query (everything but ?tab) as the one to bring back for it. */
export function rememberTabQuery(roundId: string, search: URLSearchParams, memory: TabQueries = remembered) {
  const own = new URLSearchParams(search);
  own.delete('tab');
  const key = keyOf(roundId, tabOf(search));
  memory.delete(key);
  memory.set(key, own.toString());
  while (memory.size > LIMIT) {
    const oldest = memory.keys().next().value;
    if (oldest === undefined) break;
    memory.delete(oldest);
  }
}

/** The address that opens `tab` of the round with the query it was last left with. */
export function tabSearch(roundId: string, tab: string, memory: TabQueries = remembered): URLSearchParams {
  const out = new URLSearchParams(tab === 'plan' ? undefined : { tab });
  for (const [name, value] of new URLSearchParams(memory.get(keyOf(roundId, tab)) ?? '')) {
    if (name !== 'tab') out.append(name, value);
  }
  return out;
}
