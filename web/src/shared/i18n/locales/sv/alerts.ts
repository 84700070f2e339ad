/** Avvikelselarm (K2): vart varje larm går (svenska). */
export const alerts = {
  title: 'Larm',
  description:
    'När något behöver din uppmärksamhet larmar Korsa. Välj för varje larm om det visas i klockan och hur det mejlas: direkt, i en daglig sammanfattning nästa morgon eller inte alls.',
  noEmail: 'Den här Korsa skickar inga mejl än: dina val för mejl gäller när en administratör har ställt in e-post.',
  saved: 'Dina larminställningar sparades',
  columns: { alert: 'Larm', inApp: 'I klockan', email: 'Via mejl' },
  inAppLabel: '{{alert}} i klockan',
  emailLabel: '{{alert}} via mejl',
  email: { instant: 'Direkt', digest: 'Daglig sammanfattning', off: 'Av' },
  kinds: {
    stalled_deal: 'Affär som står still',
    unanswered_handoff: 'Obesvarat tips',
    sla_breach: 'Leadfrist (SLA)',
    behind_pace: 'Mål efter takten',
    renewal_due: 'Förnyelse närmar sig',
    plan_review_due: 'Dags att följa upp kundplan',
    coverage_conflict: 'Täckningskonflikt',
    one_to_one_due: 'Uppföljningssamtal att hålla',
  },
  help: {
    stalled_deal: 'Öppna affärer utan aktivitet på ett tag, och affärer som föreslås som förlorade efter sitt slutdatum.',
    unanswered_handoff: 'Ett tips som väntar på ditt svar eller din rapport, och försenade tips till din grupp.',
    sla_breach: 'Ett leads frist för att acceptera eller avvisa närmar sig eller har passerat.',
    behind_pace: 'Ett mål som halkar efter årets takt.',
    renewal_due: 'En kunds avtal löper ut inom 60 eller 30 dagar och ingen har börjat förnya det.',
    plan_review_due: 'En av dina kundplaner ska följas upp.',
    coverage_conflict: 'Någon utanför täckningen arbetar med en kund du ansvarar för.',
    one_to_one_due: 'En säljares uppföljningssamtal ska hållas enligt den takt du satt.',
  },
};
