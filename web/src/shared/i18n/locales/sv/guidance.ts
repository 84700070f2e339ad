import type { guidance as en } from '../en/guidance';

/** Vägledning i appen (L6): hjälpmenyn, rundturerna och "nyheter" (svenska). */
export const guidance: typeof en = {
  help: {
    label: 'Hjälp',
    tour: 'Visa rundturen för den här sidan',
    noTour: 'Den här sidan har ingen rundtur',
    whatsNew: 'Nyheter',
  },
  tour: {
    next: 'Nästa',
    previous: 'Tillbaka',
    done: 'Klar',
    progress: '{{step}} av {{count}}',
  },
  whatsNew: {
    title: 'Nyheter i Korsa',
    version: 'Version {{version}} från {{date}}',
    ok: 'Uppfattat',
  },
  tours: {
    home: {
      'home-day': { title: 'Din dag', text: 'Korsa börjar med din dag: vad som ska göras, vad som kommit in och vad som väntar på dig.' },
      'home-sections': { title: 'Det som väntar på dig', text: 'Uppgifter, tips att svara på, affärer som ska avslutas eller tystnat, förnyelser och signaler från kunder.' },
      capture: { title: 'Logga direkt', text: 'Sök vad som helst, logga ett samtal eller möte eller lägg till en uppgift härifrån, på varje sida.' },
      notifications: { title: 'Larm', text: 'Tips, påminnelser och larm hamnar i klockan. Välj vart varje larm går i din profil.' },
      help: { title: 'Här finns hjälp', text: 'Öppna sidans rundtur igen eller se nyheterna från hjälpmenyn.' },
    },
    account: {
      'account-header': { title: 'Kunden', text: 'Vem som äger kunden, dess status och värde, med det du kan göra.' },
      'account-products': { title: 'Vad kunden har', text: 'Produkterna kunden har från varje säljgrupp, och vad som saknas.' },
      'account-deals': { title: 'Affärer', text: 'Alla gruppers öppna och senaste affärer med kunden.' },
      'account-timeline': { title: 'Den gemensamma tidslinjen', text: 'Varje samtal, möte och ändring av alla i företaget: logga dina här.' },
      'account-side': { title: 'Uppgifter och hälsa', text: 'Dina uppgifter, kundens hälsa, förslag och kontakter.' },
    },
    matrix: {
      'matrix-filters': { title: 'Välj kunder', text: 'Filtrera på grupp, marknad, bransch eller ägare för att se de kunder som är viktiga för dig.' },
      'matrix-legend': { title: 'Så läser du matrisen', text: 'Varje ruta visar om kunden har produkten, om den bearbetas eller inte är aktuell.' },
      'matrix-grid': { title: 'Vita fläckar', text: 'De tomma rutorna är korsförsäljningschanser: öppna en för att ge ett tips eller markera den.' },
    },
    pipeline: {
      'pipeline-filters': { title: 'Vems affärer', text: 'Dina, teamets eller en grupps: filtrera tavlan som du behöver.' },
      'pipeline-board': { title: 'Tavlan', text: 'En kolumn per steg: dra en affär vidare när den rör sig; summorna följer med.' },
      'pipeline-new': { title: 'En ny affär', text: 'Starta en affär här eller från kundsidan.' },
    },
    handoff: {
      'handoff-form': { title: 'Ge ett tips', text: 'Berätta för en annan säljgrupp om en chans hos din kund.' },
      'handoff-group': { title: 'Till vem', text: 'Välj grupp, och person om du vet vem; deras chef ser det också.' },
      'handoff-analysis': { title: 'Produkterna', text: 'Välj produkter och svara på deras frågor: ett bra tips besvaras fortare.' },
      'handoff-send': { title: 'Skicka', text: 'Mottagaren får veta direkt och rapporterar tillbaka vad det blev.' },
    },
  },
};
