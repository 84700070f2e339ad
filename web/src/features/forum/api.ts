import type { z } from 'zod';
import type { Agenda, Forum, ForumInput, Meeting, MeetingInput } from '@contract/forum';
import { api } from '../../shared/api/client';

export type ForumData = z.infer<typeof Forum>;
export type NewForum = z.input<typeof ForumInput>;
export type AgendaData = z.infer<typeof Agenda>;
export type MeetingData = z.infer<typeof Meeting>;
export type NewMeeting = z.input<typeof MeetingInput>;

export const forumsApi = {
  list: (signal?: AbortSignal) => api.get<ForumData[]>('/api/forums', undefined, signal),
  create: (input: NewForum) => api.post<ForumData>('/api/forums', input),
  agenda: (id: string, signal?: AbortSignal) => api.get<AgendaData>(`/api/forums/${id}/agenda`, undefined, signal),
  meetings: (id: string, signal?: AbortSignal) => api.get<MeetingData[]>(`/api/forums/${id}/meetings`, undefined, signal),
  record: (id: string, input: NewMeeting) => api.post<MeetingData>(`/api/forums/${id}/meetings`, input),
};
