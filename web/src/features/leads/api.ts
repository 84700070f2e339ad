import type { z } from 'zod';
import type {
  ConvertLead,
  Converted,
  Lead,
  LeadDetail,
  LeadForm,
  LeadFormInput,
  LeadInput,
  LeadPage,
  LeadSettings,
  MoveLead,
  SlaReport,
  SlaReportQuery,
} from '@contract/leads';
import type { AdoptSuggestions, LeadTuning } from '@contract/lead-tuning';
import type { UserPage } from '@contract/users';
import { api } from '../../shared/api/client';

export type { Lead, LeadDetail };
export type LeadPageData = z.infer<typeof LeadPage>;
export type NewLead = z.input<typeof LeadInput>;
export type LeadMove = z.input<typeof MoveLead>;
export type LeadConversion = z.input<typeof ConvertLead>;
export type ConversionResult = z.infer<typeof Converted>;
export type { LeadSettings, LeadForm, LeadTuning };
export type NewLeadForm = z.input<typeof LeadFormInput>;
export type SlaReportData = z.infer<typeof SlaReport>;
export type SlaReportParams = z.input<typeof SlaReportQuery>;

export const leadBoxes = ['inbox', 'marketing', 'mine', 'all'] as const;
export type LeadBox = (typeof leadBoxes)[number];

export interface LeadFilter {
  box: LeadBox;
  q?: string;
  status?: Lead['status'];
  source?: Lead['source'];
  overdue?: 'true';
  sort: '-createdAt' | '-score' | 'dueAt';
  page: number;
  pageSize: number;
}

export const leadsApi = {
  list: (filter: LeadFilter, signal?: AbortSignal) => api.get<LeadPageData>('/api/leads', { ...filter }, signal),
  one: (id: string, signal?: AbortSignal) => api.get<LeadDetail>(`/api/leads/${id}`, undefined, signal),
  create: (input: NewLead) => api.post<LeadDetail>('/api/leads', input),
  /** A person's data request (admins): erase the lead by anonymising it. */
  erase: (id: string, body: { reason: string; note: string }) => api.post<{ leadId: string }>(`/api/leads/${id}/erase`, body),
  move: (id: string, body: LeadMove) => api.post<LeadDetail>(`/api/leads/${id}/move`, body),
  convert: (id: string, body: LeadConversion) => api.post<ConversionResult>(`/api/leads/${id}/convert`, body),
  settings: (signal?: AbortSignal) => api.get<LeadSettings>('/api/leads/settings', undefined, signal),
  saveSettings: (body: LeadSettings) => api.put<LeadSettings>('/api/leads/settings', body),
  tuning: (signal?: AbortSignal) => api.get<LeadTuning>('/api/leads/tuning', undefined, signal),
  adopt: (body: AdoptSuggestions) => api.post<LeadSettings>('/api/leads/tuning/adopt', body),
  slaReport: (params: SlaReportParams, signal?: AbortSignal) => api.get<SlaReportData>('/api/leads/sla-report', { ...params }, signal),
  forms: (signal?: AbortSignal) => api.get<LeadForm[]>('/api/lead-forms', undefined, signal),
  createForm: (body: NewLeadForm) => api.post<LeadForm>('/api/lead-forms', body),
  sellers: (salesGroupId: string, signal?: AbortSignal) =>
    api.get<z.infer<typeof UserPage>>('/api/users', { salesGroupId, role: 'seller', active: 'true', pageSize: 200 }, signal),
};
