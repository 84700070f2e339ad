/** Avviksvarsler (K2): hvor hvert varsel går (norsk bokmål). */
export const alerts = {
  title: 'Varsler',
  description:
    'Når noe trenger oppmerksomheten din, varsler Korsa deg. Velg for hvert varsel om det vises i bjella og hvordan det sendes på e-post: med en gang, i et daglig sammendrag neste morgen eller ikke.',
  noEmail: 'Denne Korsa sender ingen e-post ennå: valgene dine for e-post gjelder når en administrator har satt opp e-post.',
  saved: 'Varselinnstillingene dine er lagret',
  columns: { alert: 'Varsel', inApp: 'I bjella', email: 'På e-post' },
  inAppLabel: '{{alert}} i bjella',
  emailLabel: '{{alert}} på e-post',
  email: { instant: 'Med en gang', digest: 'Daglig sammendrag', off: 'Av' },
  kinds: {
    stalled_deal: 'Salg som står stille',
    unanswered_handoff: 'Ubesvart tips',
    sla_breach: 'Leadfrist (SLA)',
    behind_pace: 'Mål bak tempoet',
    renewal_due: 'Fornyelse nærmer seg',
    plan_review_due: 'Tid for å gå gjennom kundeplan',
    coverage_conflict: 'Dekningskonflikt',
    one_to_one_due: 'Oppfølgingssamtale som skal holdes',
  },
  help: {
    stalled_deal: 'Åpne salg uten aktivitet på en stund, og salg som foreslås som tapt etter sluttdatoen.',
    unanswered_handoff: 'Et tips som venter på svaret eller rapporten din, og forsinkede tips til gruppen din.',
    sla_breach: 'Fristen for å akseptere eller avvise et lead nærmer seg eller er passert.',
    behind_pace: 'Et mål som henger etter årets tempo.',
    renewal_due: 'En kundes avtale løper ut innen 60 eller 30 dager, og ingen har startet fornyelsen.',
    plan_review_due: 'En av kundeplanene dine skal gjennomgås.',
    coverage_conflict: 'Noen utenfor dekningen jobber med en kunde du har ansvaret for.',
    one_to_one_due: 'En selgers oppfølgingssamtale skal holdes etter takten du har satt.',
  },
};
