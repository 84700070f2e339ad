import { useSyncExternalStore } from 'react';

/** Whether quick-log is open: one small store, so that the shortcut, the header button and the palette share it. */
let opened = false;
const listeners = new Set<() => void>();

function set(next: boolean) {
  if (opened === next) return;
  opened = next;
  listeners.forEach((l) => l());
}

export const quickLog = {
  open: () => set(true),
  close: () => set(false),
};

export function useQuickLogOpened(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => opened,
  );
}
