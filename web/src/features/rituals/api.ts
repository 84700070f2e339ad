import type { z } from 'zod';
import type { IndustryCode } from '@domain/industries';
import type {
  AttendanceInput,
  ImportAttendance,
  ImportResult,
  InsightInput,
  InsightOpportunity,
  InsightTip,
  InterviewInput,
  InterviewRound,
  InviteInput,
  Lesson,
  RitualSummary,
  Seminar,
  SeminarDetail,
  SeminarInput,
  VisitOpportunity,
  AnswerVisit,
  CalendarFeed,
  JointVisit,
  PlanVisit,
  PlannedMeeting,
  RecordVisit,
  Scheme,
  SchemeInput,
  SchemeMemberPatch,
  VisitResults,
  VisitTip,
} from '@contract/rituals';
import type { ContactPage } from '@contract/contacts';
import { api } from '../../shared/api/client';

export type VisitData = z.infer<typeof JointVisit>;
export type SchemeData = z.infer<typeof Scheme>;
export type ResultsData = z.infer<typeof VisitResults>;
export type FeedData = z.infer<typeof CalendarFeed>;
export type PlannedMeetingData = z.infer<typeof PlannedMeeting>;

export type SeminarData = z.infer<typeof Seminar>;
export type SeminarDetailData = z.infer<typeof SeminarDetail>;
export type RoundData = z.infer<typeof InterviewRound>;
export type SummaryData = z.infer<typeof RitualSummary>;
export type LessonData = z.infer<typeof Lesson>;

export const ritualsApi = {
  schemes: (signal?: AbortSignal) => api.get<SchemeData[]>('/api/visit-schemes', undefined, signal),
  scheme: (id: string, signal?: AbortSignal) => api.get<SchemeData>(`/api/visit-schemes/${id}`, undefined, signal),
  createScheme: (input: z.input<typeof SchemeInput>) => api.post<SchemeData>('/api/visit-schemes', input),
  patchMember: (id: string, userId: string, patch: z.input<typeof SchemeMemberPatch>) =>
    api.patch<SchemeData>(`/api/visit-schemes/${id}/members/${userId}`, patch),
  propose: (id: string) => api.post<VisitData[]>(`/api/visit-schemes/${id}/proposals`, {}),
  visits: (query: { mine?: boolean; schemeId?: string; period?: string }, signal?: AbortSignal) =>
    api.get<VisitData[]>('/api/joint-visits', query, signal),
  visit: (id: string, signal?: AbortSignal) => api.get<VisitData>(`/api/joint-visits/${id}`, undefined, signal),
  plannedMeetings: (id: string, signal?: AbortSignal) =>
    api.get<PlannedMeetingData[]>(`/api/joint-visits/${id}/planned-meetings`, undefined, signal),
  plan: (id: string, input: z.input<typeof PlanVisit>) => api.post<VisitData>(`/api/joint-visits/${id}/plan`, input),
  answer: (id: string, input: z.input<typeof AnswerVisit>) => api.post<VisitData>(`/api/joint-visits/${id}/answer`, input),
  cancel: (id: string) => api.post<VisitData>(`/api/joint-visits/${id}/cancel`),
  record: (id: string, input: z.input<typeof RecordVisit>) => api.post<VisitData>(`/api/joint-visits/${id}/record`, input),
  tip: (id: string, input: z.input<typeof VisitTip>) => api.post<VisitData>(`/api/joint-visits/${id}/tips`, input),
  visitOpportunity: (id: string, input: z.input<typeof VisitOpportunity>) =>
    api.post<VisitData>(`/api/joint-visits/${id}/opportunities`, input),
  summary: (signal?: AbortSignal) => api.get<SummaryData>('/api/rituals/summary', undefined, signal),
  seminars: (when: 'upcoming' | 'past', signal?: AbortSignal) => api.get<SeminarData[]>('/api/seminars', { when }, signal),
  seminar: (id: string, signal?: AbortSignal) => api.get<SeminarDetailData>(`/api/seminars/${id}`, undefined, signal),
  createSeminar: (input: z.input<typeof SeminarInput>) => api.post<SeminarDetailData>('/api/seminars', input),
  invite: (id: string, input: z.input<typeof InviteInput>) => api.post<SeminarDetailData>(`/api/seminars/${id}/invitations`, input),
  attendance: (id: string, input: z.input<typeof AttendanceInput>) => api.post<SeminarDetailData>(`/api/seminars/${id}/attendance`, input),
  importAttendance: (id: string, input: z.input<typeof ImportAttendance>) =>
    api.post<z.infer<typeof ImportResult>>(`/api/seminars/${id}/attendance/import`, input),
  followUps: (id: string) => api.post<SeminarDetailData>(`/api/seminars/${id}/follow-ups`),
  rounds: (query: { q?: string; industry?: IndustryCode }, signal?: AbortSignal) =>
    api.get<RoundData[]>('/api/interview-rounds', query, signal),
  round: (id: string, signal?: AbortSignal) => api.get<RoundData>(`/api/interview-rounds/${id}`, undefined, signal),
  createRound: (input: z.input<typeof InterviewInput>) => api.post<RoundData>('/api/interview-rounds', input),
  insight: (id: string, input: z.input<typeof InsightInput>) => api.post<RoundData>(`/api/interview-rounds/${id}/insights`, input),
  insightTip: (insightId: string, input: z.input<typeof InsightTip>) =>
    api.post<RoundData>(`/api/interview-insights/${insightId}/tips`, input),
  insightOpportunity: (insightId: string, input: z.input<typeof InsightOpportunity>) =>
    api.post<RoundData>(`/api/interview-insights/${insightId}/opportunities`, input),
  contactsOf: (accountId: string, signal?: AbortSignal) =>
    api.get<z.infer<typeof ContactPage>>('/api/contacts', { accountId, pageSize: 100 }, signal),
  lessons: (accountId: string, signal?: AbortSignal) => api.get<LessonData[]>(`/api/accounts/${accountId}/lessons`, undefined, signal),
  results: (query: { schemeId?: string }, signal?: AbortSignal) => api.get<ResultsData>('/api/joint-visits/results', query, signal),
  feed: (signal?: AbortSignal) => api.get<FeedData>('/api/me/calendar-feed', undefined, signal),
  createFeed: () => api.post<FeedData>('/api/me/calendar-feed'),
  revokeFeed: () => api.delete<FeedData>('/api/me/calendar-feed'),
};
