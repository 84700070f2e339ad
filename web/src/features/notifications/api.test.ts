import { describe, expect, it } from 'vitest';
import { detailOf, kindOf, type NotificationItem } from './api';

const item = (kind: string, data: Record<string, unknown>): NotificationItem => ({
  id: '1',
  kind,
  data,
  link: null,
  read: false,
  createdAt: '2026-11-23T10:00:00Z',
});

describe('notification kinds and details', () => {
  it('knows the handoff, target and pipeline kinds, and calls the rest "other"', () => {
    expect(kindOf('handoff.accepted')).toBe('accepted');
    expect(kindOf('targets.behind_pace')).toBe('behind_pace');
    expect(kindOf('opportunities.timed_out')).toBe('timed_out');
    expect(kindOf('something.new')).toBe('other');
    // a lead's "accepted" is not a tip's
    expect(kindOf('lead.accepted')).toBe('lead_accepted');
    expect(kindOf('lead.breached')).toBe('lead_breached');
    expect(kindOf('lead.unknown')).toBe('other');
  });
  it('says which customer and who, or which seller', () => {
    expect(detailOf(item('handoff.accepted', { accountName: 'Fjordkraft AS', by: 'Kari Nordmann' }))).toBe('Fjordkraft AS · Kari Nordmann');
    expect(detailOf(item('targets.behind_pace', { seller: 'Eva Berg', progress: 31 }))).toBe('Eva Berg');
    expect(detailOf(item('opportunities.stale', { count: 3 }))).toBeNull();
    expect(detailOf(item('lead.handed', { name: 'Anna Berg', company: 'Acme AB' }))).toBe('Acme AB · Anna Berg');
  });
});
