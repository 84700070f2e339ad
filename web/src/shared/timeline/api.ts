import type { Activity, ActivityPatch, LogActivity, TimelinePage } from '@contract/activities';
import { api } from '../api/client';
import type { LoggableType } from '../domain/vocabulary';

export type { Activity, TimelinePage };
export type TimelineScope = 'account' | 'contact';

export interface TimelineFilter {
  type?: string;
  salesGroupId?: string;
}

/** What the web sends to log an entry: the server fills in the author, their group and (by default) now. */
export type NewActivity = Omit<LogActivity, 'type' | 'body' | 'contactIds'> & {
  type: LoggableType;
  body?: string;
  contactIds?: string[];
};

export const TIMELINE_PAGE = 25;

export const timelineApi = {
  page: (scope: TimelineScope, id: string, filter: TimelineFilter, before: string | undefined, signal?: AbortSignal) =>
    api.get<TimelinePage>(`/api/${scope}s/${id}/timeline`, { ...filter, before, limit: TIMELINE_PAGE }, signal),
  log: (input: NewActivity) => api.post<Activity>('/api/activities', input),
  update: (id: string, patch: ActivityPatch) => api.patch<Activity>(`/api/activities/${id}`, patch),
};

const filterTypes = ['call', 'meeting', 'email', 'note', 'visit', 'task', 'event'];

/** A timeline's filters from the URL (`?type=call&group=<sales group id>`); unknown values are ignored. */
export function timelineFilterFrom(params: URLSearchParams): TimelineFilter {
  const type = params.get('type');
  const group = params.get('group');
  return {
    type: type && filterTypes.includes(type) ? type : undefined,
    salesGroupId: group && /^[0-9a-f-]{36}$/i.test(group) ? group : undefined,
  };
}
