import { describe, expect, it } from 'vitest';
import { emailsIn, followUpDue, followUpOwner, followWindowEnd, groupsWithPotential, interviewMail, seminarFull, seminarMail } from './rituals';

describe('the seminar follow-up rule', () => {
  const products = [
    { id: 'p1', salesGroupId: 'energy' },
    { id: 'p2', salesGroupId: 'energy' },
    { id: 'p3', salesGroupId: 'security' },
    { id: 'p4', salesGroupId: 'cleaning' },
  ];
  const groups = ['energy', 'security', 'cleaning', 'empty'];

  it('gives every group with a product in white space potential, not a group without products', () => {
    expect(groupsWithPotential(groups, products, [])).toEqual(['energy', 'security', 'cleaning']);
  });
  it('takes potential away where everything of a group is owned, in the pipeline or not relevant', () => {
    const cells = [
      { productId: 'p1', state: 'owned' as const },
      { productId: 'p2', state: 'pipeline' as const },
      { productId: 'p3', state: 'not_relevant' as const },
    ];
    expect(groupsWithPotential(groups, products, cells)).toEqual(['cleaning']);
  });
  it('keeps a group whose product is marked potential; owning beats a mark', () => {
    const cells = [
      { productId: 'p1', state: 'owned' as const },
      { productId: 'p2', state: 'potential' as const },
      { productId: 'p3', state: 'potential' as const },
      { productId: 'p3', state: 'owned' as const },
      { productId: 'p4', state: 'owned' as const },
    ];
    expect(groupsWithPotential(groups, products, cells)).toEqual(['energy']);
  });
  it('goes to the group’s seller at the seminar, else its leader', () => {
    const sellers = [
      { id: 'u1', salesGroupId: 'energy' },
      { id: 'u2', salesGroupId: 'security' },
    ];
    expect(followUpOwner('security', sellers, 'lead-s')).toBe('u2');
    expect(followUpOwner('cleaning', sellers, 'lead-c')).toBe('lead-c');
    expect(followUpOwner('cleaning', sellers, null)).toBeNull();
  });
  it('is due two working days after the seminar', () => {
    expect(followUpDue('2026-12-10')).toBe('2026-12-14'); // Thursday → Monday
    expect(followUpDue('2026-12-07')).toBe('2026-12-09'); // Monday → Wednesday
    expect(followUpDue('2026-12-12')).toBe('2026-12-15'); // Saturday → Tuesday
  });
  it('counts what followed for N months', () => {
    expect(followWindowEnd(new Date('2026-12-10T13:00:00Z'), 6).toISOString()).toBe('2027-06-10T13:00:00.000Z');
  });
});

describe('seminar registration', () => {
  it('is full when the registered would pass the capacity', () => {
    expect(seminarFull(4, 4, 1)).toBe(true);
    expect(seminarFull(4, 3, 1)).toBe(false);
    expect(seminarFull(null, 1000, 1)).toBe(false);
    expect(seminarFull(4, 9, 0)).toBe(false);
  });
  it('reads the e-mail addresses of a registration list, each once', () => {
    const list = 'Namn;E-post\r\nAnna;<ANNA@Kund.se>\r\nBo, bo@kund.se, "x"\nanna@kund.se\nno address here';
    expect(emailsIn(list)).toEqual(['anna@kund.se', 'bo@kund.se']);
  });
});

describe('the interview invitation', () => {
  it('lists the topics in the sender’s language', () => {
    const m = interviewMail('sv', { account: 'Kund AB', day: '2026-12-16', topics: ['Kapacitet', 'Energi', 'Fordon'], from: 'Anna' });
    expect(m.subject).toContain('2026-12-16');
    expect(m.text).toContain('1. Kapacitet\n2. Energi\n3. Fordon');
    expect(interviewMail('xx', { account: 'A', day: 'd', topics: ['t'], from: 'f' }).subject).toContain('topics');
  });

  it('words a seminar invitation for a seller taking part and for a customer, in their language', () => {
    const p = { title: 'Energi i lagret', when: '2026-12-10 14:00 (Europe/Stockholm)', place: 'Malmö', from: 'Anna' };
    const texts = (['en', 'sv', 'nb'] as const).flatMap((l) => [seminarMail(l, 'seller', p), seminarMail(l, 'guest', p)]);
    expect(new Set(texts.map((t) => t.text)).size).toBe(6);
    for (const t of texts) {
      expect(t.subject).toContain('Energi i lagret');
      expect(t.text).toContain('2026-12-10 14:00');
    }
    expect(seminarMail('sv', 'guest', p).text).toContain('Vänliga hälsningar,\nAnna');
    expect(seminarMail('xx', 'seller', p)).toEqual(seminarMail('en', 'seller', p));
  });
});
