import http from 'node:http';

/**
 * A page following a round's live events (GET /api/v1/events?campaignId=…, server-sent events), as
 * the progress tab does: it notes every assignment it hears of as submitted. With two instances on
 * one PostgreSQL, a page on either must hear of the submissions made through both.
 */
export interface EventListener {
  /** Assignments an `assignment` event announced as submitted. */
  submitted: Set<string>;
  /** Events that were not JSON or not of the round: should stay 0. */
  malformed: number;
  close(): void;
}

export function listenToRound(
  origin: string,
  cookie: string,
  campaignId: string,
  timeoutMs = 15_000,
): Promise<EventListener> {
  return new Promise((resolve, reject) => {
    const submitted = new Set<string>();
    const listener: EventListener = {
      submitted,
      malformed: 0,
      close: () => request.destroy(),
    };
    const request = http.get(
      `${origin}/api/v1/events?campaignId=${encodeURIComponent(campaignId)}`,
      { headers: { cookie, accept: 'text/event-stream' } },
      (response) => {
        if (response.statusCode !== 200) {
          clearTimeout(opening);
          response.resume();
          reject(new Error(`GET /api/v1/events at ${origin}: HTTP ${response.statusCode}`));
          return;
        }
        response.setEncoding('utf8');
        let buffered = '';
        let opened = false;
        response.on('data', (chunk: string) => {
          buffered += chunk;
          let end = buffered.indexOf('\n\n');
          while (end >= 0) {
            const block = buffered.slice(0, end);
            buffered = buffered.slice(end + 2);
            end = buffered.indexOf('\n\n');
            const lines = block.split('\n');
            const data = lines.find((l) => l.startsWith('data: '));
            if (!lines.includes('event: assignment') || !data) continue;
            try {
              const event = JSON.parse(data.slice(6)) as {
                campaignId?: string;
                assignmentId?: string;
                status?: string;
              };
              if (event.campaignId !== campaignId || !event.assignmentId) listener.malformed++;
              else if (event.status === 'submitted') submitted.add(event.assignmentId);
            } catch {
              listener.malformed++;
            }
          }
          // The stream's first comment (`: <round id>`) says it is subscribed.
          if (!opened) {
            opened = true;
            clearTimeout(opening);
            resolve(listener);
          }
        });
        response.on('error', () => {});
      },
    );
    // Only the opening is timed: a stream stays quiet between events.
    const opening = setTimeout(() => {
      request.destroy();
      reject(new Error(`GET /api/v1/events at ${origin}: no answer within ${timeoutMs} ms`));
    }, timeoutMs);
    request.on('error', (err) => reject(err));
  });
}
