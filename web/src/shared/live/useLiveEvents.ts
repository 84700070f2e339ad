import { useEffect, useRef, useSyncExternalStore } from 'react';
import type { LiveEvent } from '@contract/overview';

/**
 * Live updates from `GET /api/events` (server-sent events, cookie-authenticated). One EventSource is
 * shared by every component that listens, opened with the first and closed with the last. The browser
 * reconnects by itself after a dropped connection; when it gives up (an error answer), we reconnect
 * with a growing pause.
 */
export type LiveState = 'connecting' | 'open' | 'closed';
type Listener = (event: LiveEvent) => void;

const listeners = new Set<Listener>();
const stateListeners = new Set<() => void>();
let source: EventSource | null = null;
let retry: ReturnType<typeof setTimeout> | null = null;
let failures = 0;
let state: LiveState = 'closed';

function setState(next: LiveState) {
  if (state === next) return;
  state = next;
  for (const l of stateListeners) l();
}

/**
 * What the server may send, as the contract says (a type this build does not know is ignored). The
 * contract's schema (and zod with it) is loaded with the first connection, not in the first download.
 */
let schema: Promise<typeof LiveEvent> | null = null;
const liveEventSchema = () =>
  (schema ??= import('@contract/overview').then(
    (m) => m.LiveEvent,
    (e: unknown) => {
      schema = null; // a failed chunk is tried again with the next event
      throw e;
    },
  ));
/** Events are handed on one after the other, in the order they came, once the schema is there. */
let delivered: Promise<void> = Promise.resolve();

function connect() {
  retry = null;
  setState('connecting');
  liveEventSchema().catch(() => undefined);
  const es = new EventSource('/api/events', { withCredentials: true });
  source = es;
  es.onopen = () => {
    failures = 0;
    setState('open');
  };
  es.onmessage = (message: MessageEvent<string>) => {
    let data: unknown;
    try {
      data = JSON.parse(message.data);
    } catch {
      return;
    }
    delivered = delivered
      .then(liveEventSchema)
      .then((LiveEvent) => {
        const event = LiveEvent.safeParse(data);
        if (!event.success) return;
        for (const l of listeners) {
          try {
            l(event.data);
          } catch (e) {
            reportError(e); // one listener's fault neither stops the others nor the events after it
          }
        }
      })
      .catch(() => undefined); // the schema could not be loaded: this event is dropped
  };
  es.onerror = () => {
    if (es.readyState !== EventSource.CLOSED) return setState('connecting'); // the browser retries
    es.close();
    if (source !== es) return;
    source = null;
    setState('connecting');
    failures++;
    retry = setTimeout(connect, Math.min(30_000, 1000 * 2 ** Math.min(failures, 5)));
  };
}

function subscribe(listener: Listener): () => void {
  listeners.add(listener);
  if (!source && !retry) connect();
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    if (retry) clearTimeout(retry);
    retry = null;
    source?.close();
    source = null;
    failures = 0;
    setState('closed');
  };
}

const subscribeState = (onChange: () => void) => {
  stateListeners.add(onChange);
  return () => stateListeners.delete(onChange);
};
const getState = () => state;

/** Listen to live events while the component is mounted; returns the connection's state. */
export function useLiveEvents(onEvent: Listener): LiveState {
  const latest = useRef(onEvent);
  useEffect(() => {
    latest.current = onEvent;
  });
  useEffect(() => subscribe((event) => latest.current(event)), []);
  return useSyncExternalStore(subscribeState, getState, getState);
}
