import { useSyncExternalStore } from 'react';

/** What a new task is about, when it is started from a record's page. */
export interface TaskContext {
  account?: { id: string; name: string } | null;
  opportunityId?: string;
  handoffId?: string;
  contactId?: string;
}

/** The "new task" dialog, openable from anywhere (the palette, a record's page, the home page). */
let state: { opened: boolean; context: TaskContext } = { opened: false, context: {} };
const listeners = new Set<() => void>();
const set = (next: typeof state) => {
  state = next;
  listeners.forEach((l) => l());
};

export const newTask = {
  open: (context: TaskContext = {}) => set({ opened: true, context }),
  close: () => set({ opened: false, context: {} }),
};

export function useNewTaskState() {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => state,
  );
}
