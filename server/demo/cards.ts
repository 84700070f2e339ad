import type { KnowledgeCard } from '@contract/products';

/** Knowledge cards of the demo catalogue, by product code, in English, Swedish and Norwegian bokmål. */
export const demoCards: Record<string, { en: KnowledgeCard; sv: KnowledgeCard; nb: KnowledgeCard }> = {
  // ── Fleet & Mobility ──────────────────────────────────────────────────────
  'FM-LEASE': {
    en: {
      whatItIs:
        'Operational leasing of company cars and light commercial vehicles for a fixed monthly fee. We buy, service, insure and later sell the vehicles, so the customer only pays for using them.',
      benefits: [
        'Predictable monthly cost with no capital tied up in vehicles',
        'Service, tyres and insurance handled in one agreement',
        'Easy to switch to newer, cleaner cars when contracts end',
      ],
      signals: [
        'They are hiring field staff who drive their own cars',
        'Their cars are older than four years',
        'They talk about sustainability targets for transport',
      ],
      questions: [
        'How do your employees travel to customers today?',
        'How do you own or finance your vehicles today?',
        'What does a typical working week look like for those who drive the most?',
        'How do you expect your need for vehicles to change over the next few years?',
      ],
    },
    sv: {
      whatItIs:
        'Operationell leasing av företagsbilar och lätta transportbilar till en fast månadskostnad. Vi köper, servar, försäkrar och säljer så småningom bilarna, så att kunden bara betalar för användningen.',
      benefits: [
        'Förutsägbar månadskostnad utan kapital bundet i bilar',
        'Service, däck och försäkring samlat i ett avtal',
        'Enkelt att byta till nyare och renare bilar när avtalen löper ut',
      ],
      signals: [
        'De anställer fältpersonal som kör i tjänsten med egen bil',
        'Deras bilar är äldre än fyra år',
        'De pratar om hållbarhetsmål för sina transporter',
      ],
      questions: [
        'Hur tar sig era medarbetare ut till kunderna i dag?',
        'Hur äger eller finansierar ni era fordon i dag?',
        'Hur ser en vanlig arbetsvecka ut för dem som kör mest?',
        'Hur tror ni att ert behov av bilar förändras de närmaste åren?',
      ],
    },
    nb: {
      whatItIs:
        'Operasjonell leasing av firmabiler og lette varebiler til en fast månedspris. Vi kjøper, holder ved like, forsikrer og selger etter hvert bilene, slik at kunden bare betaler for bruken.',
      benefits: [
        'Forutsigbar månedskostnad uten kapital bundet i biler',
        'Service, dekk og forsikring samlet i én avtale',
        'Enkelt å bytte til nyere og renere biler når avtalene løper ut',
      ],
      signals: [
        'De ansetter folk i felten som kjører egen bil i jobben',
        'Bilene deres er eldre enn fire år',
        'De snakker om bærekraftsmål for transport',
      ],
      questions: [
        'Hvordan kommer de ansatte seg ut til kundene i dag?',
        'Hvordan eier eller finansierer dere kjøretøyene i dag?',
        'Hvordan ser en vanlig arbeidsuke ut for dem som kjører mest?',
        'Hvordan tror dere behovet for biler vil endre seg de neste årene?',
      ],
    },
  },
  'FM-VAN': {
    en: {
      whatItIs:
        'Leasing of service vans delivered with shelving, racking and branding fitted for the trade. The van is ready to work from day one and is serviced as part of the agreement.',
      benefits: [
        'Vans arrive fitted out and ready to use',
        'Less downtime thanks to planned service and replacement vehicles',
        'A professional look with the company’s own branding',
      ],
      signals: [
        'Their technicians or tradespeople drive worn or mismatched vans',
        'They are winning new service contracts and need more vehicles on the road',
        'Tools and materials lie loose in their vehicles',
      ],
      questions: [
        'How do your technicians carry tools and materials today?',
        'What happens when one of your vans is off the road?',
        'How many jobs does a technician reach on a normal day?',
        'What will change in your service business over the next year?',
      ],
    },
    sv: {
      whatItIs:
        'Leasing av servicebilar som levereras med hyllsystem, inredning och dekor anpassade för branschen. Bilen är redo att jobba från första dagen och servas inom avtalet.',
      benefits: [
        'Bilarna levereras färdiginredda och klara att köra',
        'Mindre stillestånd tack vare planerad service och ersättningsbil',
        'Ett proffsigt intryck med företagets egen dekor',
      ],
      signals: [
        'Deras tekniker eller hantverkare kör slitna skåpbilar av olika slag',
        'De vinner nya serviceavtal och behöver fler bilar ute',
        'Verktyg och material ligger löst i bilarna',
      ],
      questions: [
        'Hur fraktar era tekniker verktyg och material i dag?',
        'Vad händer när en av era bilar står på verkstad?',
        'Hur många jobb hinner en tekniker med under en vanlig dag?',
        'Vad kommer att förändras i er serviceverksamhet det närmaste året?',
      ],
    },
    nb: {
      whatItIs:
        'Leasing av servicebiler som leveres med hyllesystem, innredning og dekor tilpasset faget. Bilen er klar til bruk fra første dag og får service som en del av avtalen.',
      benefits: [
        'Bilene leveres ferdig innredet og klare til bruk',
        'Mindre nedetid takket være planlagt service og erstatningsbil',
        'Et profesjonelt inntrykk med bedriftens egen dekor',
      ],
      signals: [
        'Teknikerne eller håndverkerne deres kjører slitte varebiler av alle slag',
        'De vinner nye serviceavtaler og trenger flere biler ut',
        'Verktøy og materiell ligger løst i bilene',
      ],
      questions: [
        'Hvordan frakter teknikerne verktøy og materiell i dag?',
        'Hva skjer når en av varebilene står på verksted?',
        'Hvor mange oppdrag rekker en tekniker på en vanlig dag?',
        'Hva kommer til å endre seg i servicevirksomheten det neste året?',
      ],
    },
  },
  'FM-BENEFIT': {
    en: {
      whatItIs:
        'A car benefit programme where employees get a new car paid for through salary exchange. The employer can offer an attractive benefit at little or no extra cost.',
      benefits: [
        'Helps attract and keep staff',
        'Low or no net cost for the employer',
        'Employees drive newer, safer and often electric cars',
      ],
      signals: [
        'They struggle to recruit or keep key people',
        'They are reviewing their employee benefits',
        'Employees ask about electric cars or company cars',
      ],
      questions: [
        'What do you offer employees beyond salary today?',
        'How easy is it to recruit the people you need right now?',
        'What do your employees ask for when you talk about benefits?',
        'How do your employees get to work today?',
      ],
    },
    sv: {
      whatItIs:
        'Ett förmånsbilsprogram där medarbetarna får en ny bil som betalas genom bruttolöneavdrag. Arbetsgivaren kan erbjuda en attraktiv förmån till låg eller ingen extra kostnad.',
      benefits: [
        'Gör det lättare att locka och behålla medarbetare',
        'Låg eller ingen nettokostnad för arbetsgivaren',
        'Medarbetarna kör nyare, säkrare och ofta elektriska bilar',
      ],
      signals: [
        'De har svårt att rekrytera eller behålla nyckelpersoner',
        'De ser över sina personalförmåner',
        'Medarbetare frågar efter elbil eller förmånsbil',
      ],
      questions: [
        'Vilka förmåner erbjuder ni medarbetarna utöver lönen i dag?',
        'Hur lätt är det att rekrytera de personer ni behöver just nu?',
        'Vad efterfrågar era medarbetare när ni pratar förmåner?',
        'Hur tar sig era medarbetare till jobbet i dag?',
      ],
    },
    nb: {
      whatItIs:
        'En firmabilordning der de ansatte får en ny bil og betaler sin del gjennom lønnstrekk. Arbeidsgiveren kan tilby et attraktivt gode til lav eller ingen ekstra kostnad.',
      benefits: [
        'Gjør det lettere å tiltrekke seg og beholde ansatte',
        'Lav eller ingen nettokostnad for arbeidsgiveren',
        'De ansatte kjører nyere, tryggere og ofte elektriske biler',
      ],
      signals: [
        'De sliter med å rekruttere eller beholde nøkkelpersoner',
        'De går gjennom personalgodene sine',
        'Ansatte spør etter elbil eller firmabil',
      ],
      questions: [
        'Hvilke goder tilbyr dere de ansatte utover lønn i dag?',
        'Hvor lett er det å rekruttere de folkene dere trenger akkurat nå?',
        'Hva etterspør de ansatte når dere snakker om goder?',
        'Hvordan kommer de ansatte seg til jobben i dag?',
      ],
    },
  },
  'FM-MGMT': {
    en: {
      whatItIs:
        'We take over the day-to-day administration of the customer’s whole vehicle fleet: orders, damage, fines, service, reporting and drivers’ questions. The customer gets one contact and one monthly report.',
      benefits: [
        'Frees up time for HR, finance and office staff',
        'Lower fleet costs through our purchasing power and follow-up',
        'Full overview of cars, costs and emissions',
      ],
      signals: [
        'Someone in finance or HR spends much of their time on car questions',
        'They have cars of several brands from several leasing companies',
        'They cannot easily say how many vehicles they have or what they cost',
      ],
      questions: [
        'Who takes care of your company cars today?',
        'How do you keep track of what your vehicles cost?',
        'What takes the most time when something happens to a car?',
        'How do you follow up on emissions from your vehicles?',
      ],
    },
    sv: {
      whatItIs:
        'Vi tar över den löpande administrationen av kundens hela fordonsflotta: beställningar, skador, böter, service, rapporter och förarnas frågor. Kunden får en kontaktperson och en samlad månadsrapport.',
      benefits: [
        'Frigör tid för HR, ekonomi och administration',
        'Lägre fordonskostnader tack vare vår inköpskraft och uppföljning',
        'Full överblick över bilar, kostnader och utsläpp',
      ],
      signals: [
        'Någon på ekonomi eller HR lägger mycket tid på bilfrågor',
        'De har bilar av flera märken och från flera leasingbolag',
        'De kan inte enkelt säga hur många fordon de har eller vad de kostar',
      ],
      questions: [
        'Vem tar hand om era företagsbilar i dag?',
        'Hur håller ni koll på vad era fordon kostar?',
        'Vad tar mest tid när något händer med en bil?',
        'Hur följer ni upp utsläppen från era fordon?',
      ],
    },
    nb: {
      whatItIs:
        'Vi overtar den daglige administrasjonen av hele bilparken til kunden: bestillinger, skader, bøter, service, rapportering og spørsmål fra sjåførene. Kunden får én kontaktperson og én samlet månedsrapport.',
      benefits: [
        'Frigjør tid for HR, økonomi og administrasjon',
        'Lavere bilkostnader takket være vår innkjøpskraft og oppfølging',
        'Full oversikt over biler, kostnader og utslipp',
      ],
      signals: [
        'Noen i økonomi eller HR bruker mye tid på bilspørsmål',
        'De har biler av flere merker og fra flere leasingselskaper',
        'De kan ikke uten videre si hvor mange kjøretøy de har eller hva de koster',
      ],
      questions: [
        'Hvem tar seg av firmabilene deres i dag?',
        'Hvordan holder dere oversikt over hva kjøretøyene koster?',
        'Hva tar mest tid når noe skjer med en bil?',
        'Hvordan følger dere opp utslippene fra kjøretøyene?',
      ],
    },
  },
  'FM-FUEL': {
    en: {
      whatItIs:
        'One card for fuel, public charging, tolls and parking, with a single invoice. Every purchase is linked to the right vehicle and driver.',
      benefits: [
        'No more receipts and expense claims for fuel and parking',
        'One invoice with full detail per vehicle',
        'Control through limits on what each card can be used for',
      ],
      signals: [
        'Employees pay for fuel or charging themselves and claim it back',
        'The finance team complains about piles of receipts',
        'They are getting more electric cars and drivers need to charge on the road',
      ],
      questions: [
        'How do your drivers pay for fuel, charging and parking today?',
        'How much time goes into receipts and expense claims?',
        'How do you see what each vehicle costs to run?',
        'Where do your electric car drivers charge when they are on the road?',
      ],
    },
    sv: {
      whatItIs:
        'Ett kort för drivmedel, publik laddning, vägavgifter och parkering – med en samlad faktura. Varje köp kopplas till rätt fordon och förare.',
      benefits: [
        'Slut på kvitton och utlägg för tankning och parkering',
        'En faktura med full detaljnivå per fordon',
        'Kontroll genom spärrar för vad varje kort får användas till',
      ],
      signals: [
        'Medarbetare tankar eller laddar privat och gör utlägg',
        'Ekonomiavdelningen klagar på högar av kvitton',
        'De skaffar fler elbilar och förarna behöver ladda på vägen',
      ],
      questions: [
        'Hur betalar era förare för drivmedel, laddning och parkering i dag?',
        'Hur mycket tid går åt till kvitton och utläggsredovisning?',
        'Hur ser ni vad varje fordon kostar att köra?',
        'Var laddar era elbilsförare när de är ute på vägarna?',
      ],
    },
    nb: {
      whatItIs:
        'Ett kort for drivstoff, offentlig lading, bompenger og parkering – med én samlet faktura. Hvert kjøp knyttes til riktig kjøretøy og sjåfør.',
      benefits: [
        'Slutt på kvitteringer og utlegg for drivstoff og parkering',
        'Én faktura med full detalj per kjøretøy',
        'Kontroll gjennom sperrer for hva hvert kort kan brukes til',
      ],
      signals: [
        'Ansatte betaler drivstoff eller lading selv og leverer reiseregning',
        'Økonomiavdelingen klager over bunker med kvitteringer',
        'De får stadig flere elbiler, og sjåførene må lade underveis',
      ],
      questions: [
        'Hvordan betaler sjåførene for drivstoff, lading og parkering i dag?',
        'Hvor mye tid går med til kvitteringer og utleggsrefusjon?',
        'Hvordan ser dere hva hvert kjøretøy koster i drift?',
        'Hvor lader elbilsjåførene når de er ute på veien?',
      ],
    },
  },
  'FM-TELEM': {
    en: {
      whatItIs:
        'A small unit in each vehicle that logs trips, driving behaviour and vehicle health. The data gives an automatic mileage log and shows where safety and fuel use can be improved.',
      benefits: [
        'Automatic, correct mileage logs for tax and allowances',
        'Safer driving and lower fuel use',
        'Early warning of faults, and so fewer breakdowns',
      ],
      signals: [
        'Drivers keep mileage logs by hand or in spreadsheets',
        'They have had accidents, damage or high insurance costs',
        'Supervisors phone around to find out where the vehicles are',
      ],
      questions: [
        'How do you keep track of business and private driving today?',
        'How do you know where your vehicles are during the day?',
        'What do accidents and damage cost you in a normal year?',
        'How do you follow up on how your employees drive?',
      ],
    },
    sv: {
      whatItIs:
        'En liten enhet i varje fordon som loggar resor, körbeteende och fordonets skick. Datan ger en automatisk körjournal och visar var säkerheten och bränsleförbrukningen kan förbättras.',
      benefits: [
        'Automatisk och korrekt körjournal för skatt och ersättningar',
        'Säkrare körning och lägre bränsleförbrukning',
        'Tidig varning om fel och därmed färre haverier',
      ],
      signals: [
        'Förarna för körjournal för hand eller i Excel',
        'De har haft olyckor, skador eller höga försäkringskostnader',
        'Arbetsledare ringer runt för att ta reda på var bilarna är',
      ],
      questions: [
        'Hur håller ni reda på tjänstekörning och privatkörning i dag?',
        'Hur vet ni var era fordon befinner sig under dagen?',
        'Vad kostar olyckor och skador er ett vanligt år?',
        'Hur följer ni upp hur era medarbetare kör?',
      ],
    },
    nb: {
      whatItIs:
        'En liten enhet i hvert kjøretøy som logger turer, kjøreatferd og bilens tilstand. Dataene gir en automatisk kjørebok og viser hvor sikkerheten og drivstofforbruket kan forbedres.',
      benefits: [
        'Automatisk og korrekt kjørebok for skatt og godtgjørelser',
        'Tryggere kjøring og lavere drivstofforbruk',
        'Tidlig varsel om feil og dermed færre havarier',
      ],
      signals: [
        'Sjåførene fører kjørebok for hånd eller i Excel',
        'De har hatt ulykker, skader eller høye forsikringskostnader',
        'Arbeidsledere ringer rundt for å finne ut hvor bilene er',
      ],
      questions: [
        'Hvordan holder dere oversikt over jobbkjøring og privatkjøring i dag?',
        'Hvordan vet dere hvor kjøretøyene er i løpet av dagen?',
        'Hva koster ulykker og skader dere i et vanlig år?',
        'Hvordan følger dere opp hvordan de ansatte kjører?',
      ],
    },
  },
  'FM-CHARGE': {
    en: {
      whatItIs:
        'Charging points at the customer’s office or depot, which we install, operate and maintain. Drivers pay with an app or card, and costs can be split between business and private charging.',
      benefits: [
        'Employees and visitors can charge while they work',
        'No need to run charging yourselves – we handle operation and faults',
        'Makes the switch to electric easier and supports the company’s climate goals',
      ],
      signals: [
        'More and more electric cars in their car park',
        'Employees charge from ordinary sockets or complain about too few chargers',
        'They are building, renovating or moving offices',
      ],
      questions: [
        'How do your employees and visitors charge their cars today?',
        'How many of your employees drive electric now, and how many will in a few years?',
        'Who is responsible for parking at your office?',
        'What plans do you have for your premises over the next few years?',
      ],
    },
    sv: {
      whatItIs:
        'Laddboxar och laddstolpar vid kundens kontor eller depå som vi installerar, driver och underhåller. Förarna betalar med app eller kort, och kostnaden kan delas upp mellan tjänste- och privatladdning.',
      benefits: [
        'Medarbetare och besökare kan ladda medan de arbetar',
        'Ni behöver inte sköta laddningen själva – vi tar hand om drift och fel',
        'Underlättar bytet till elbil och stödjer företagets klimatmål',
      ],
      signals: [
        'Allt fler elbilar står på deras parkering',
        'Medarbetare laddar i vanliga uttag eller klagar på för få laddplatser',
        'De bygger, renoverar eller flyttar kontor',
      ],
      questions: [
        'Hur laddar era medarbetare och besökare sina bilar i dag?',
        'Hur många av era medarbetare kör elbil nu, och hur många gör det om några år?',
        'Vem ansvarar för parkeringen vid ert kontor?',
        'Vilka planer har ni för era lokaler de närmaste åren?',
      ],
    },
    nb: {
      whatItIs:
        'Ladebokser og ladestasjoner ved kundens kontor eller depot som vi installerer, drifter og vedlikeholder. Sjåførene betaler med app eller brikke, og kostnaden kan fordeles mellom jobb- og privatlading.',
      benefits: [
        'Ansatte og besøkende kan lade mens de jobber',
        'Dere slipper å drifte ladingen selv – vi tar oss av drift og feil',
        'Gjør overgangen til elbil enklere og støtter bedriftens klimamål',
      ],
      signals: [
        'Stadig flere elbiler står på parkeringsplassen deres',
        'Ansatte lader fra vanlige stikkontakter eller klager over for få ladeplasser',
        'De bygger, pusser opp eller flytter kontor',
      ],
      questions: [
        'Hvordan lader ansatte og besøkende bilene sine i dag?',
        'Hvor mange av de ansatte kjører elbil nå, og hvor mange vil gjøre det om noen år?',
        'Hvem har ansvaret for parkeringen ved kontoret deres?',
        'Hvilke planer har dere for lokalene de nærmeste årene?',
      ],
    },
  },
  'FM-HOMECH': {
    en: {
      whatItIs:
        'A home charger installed at the homes of employees who have company cars. Business charging is metered separately, so the company pays only its share.',
      benefits: [
        'Drivers start every day with a full battery',
        'A correct split between business and private charging',
        'One supplier handles installation at every employee’s home',
      ],
      signals: [
        'They are offering employees electric company cars',
        'Drivers charge at home and claim the electricity cost by hand',
        'Drivers complain about time lost at public chargers',
      ],
      questions: [
        'Where do your employees with electric cars charge today?',
        'How do you compensate employees for electricity used for charging at home?',
        'How do you handle things when a new employee gets a company car?',
        'What do your drivers find hardest about driving electric?',
      ],
    },
    sv: {
      whatItIs:
        'En laddbox som installeras hemma hos medarbetare med förmånsbil. Laddningen i tjänsten mäts separat, så att företaget bara betalar sin del.',
      benefits: [
        'Förarna börjar varje dag med fullt batteri',
        'Rätt fördelning mellan tjänste- och privatladdning',
        'En och samma leverantör sköter installationen hemma hos alla medarbetare',
      ],
      signals: [
        'De erbjuder medarbetarna elbil som förmånsbil',
        'Förarna laddar hemma och redovisar elkostnaden manuellt',
        'Förarna klagar på tid som går förlorad vid publika laddare',
      ],
      questions: [
        'Var laddar era medarbetare med elbil i dag?',
        'Hur ersätter ni medarbetarna för el som laddas hemma?',
        'Hur går det till när en ny medarbetare får förmånsbil?',
        'Vad tycker era förare är svårast med att köra elbil?',
      ],
    },
    nb: {
      whatItIs:
        'En ladeboks som installeres hjemme hos ansatte med firmabil. Ladingen i jobbsammenheng måles separat, slik at bedriften bare betaler sin del.',
      benefits: [
        'Sjåførene starter hver dag med fullt batteri',
        'Riktig fordeling mellom jobb- og privatlading',
        'Én og samme leverandør tar seg av installasjonen hjemme hos alle ansatte',
      ],
      signals: [
        'De gir de ansatte elektrisk firmabil',
        'Sjåførene lader hjemme og fører strømkostnaden manuelt',
        'Sjåførene klager over tid som går tapt ved offentlige ladere',
      ],
      questions: [
        'Hvor lader de ansatte med elbil i dag?',
        'Hvordan kompenserer dere de ansatte for strøm de lader hjemme?',
        'Hvordan går dere fram når en nyansatt får firmabil?',
        'Hva synes sjåførene er vanskeligst med å kjøre elbil?',
      ],
    },
  },
  'FM-EVTRANS': {
    en: {
      whatItIs:
        'An analysis of the customer’s vehicles, driving patterns and sites that results in a step-by-step plan for moving the fleet to electric. It shows which cars to replace when, the charging needed and what it costs.',
      benefits: [
        'A realistic timetable instead of guesswork',
        'A clear view of total cost and savings over time',
        'A credible answer to customers and owners on climate',
      ],
      signals: [
        'They have set climate targets but have no plan for their vehicles',
        'Their customers or tenders ask for fossil-free transport',
        'They are unsure whether electric vehicles suit their routes',
      ],
      questions: [
        'What goals do you have for cutting emissions from transport?',
        'What holds you back from going electric today?',
        'How far do your vehicles typically drive in a day?',
        'What do your customers expect from you on climate?',
      ],
    },
    sv: {
      whatItIs:
        'En analys av kundens fordon, körmönster och anläggningar som mynnar ut i en stegvis plan för att ställa om fordonsflottan till el. Planen visar vilka bilar som ska bytas när, vilket laddbehov som finns och vad det kostar.',
      benefits: [
        'En realistisk tidsplan i stället för gissningar',
        'En tydlig bild av totalkostnad och besparingar över tid',
        'Ett trovärdigt svar till kunder och ägare om klimatarbetet',
      ],
      signals: [
        'De har satt klimatmål men saknar en plan för sina fordon',
        'Deras kunder eller upphandlingar kräver fossilfria transporter',
        'De är osäkra på om elbilar klarar deras körsträckor',
      ],
      questions: [
        'Vilka mål har ni för att minska utsläppen från era transporter?',
        'Vad håller er tillbaka från att gå över till elbilar i dag?',
        'Hur långt kör era fordon en vanlig dag?',
        'Vad förväntar sig era kunder av er när det gäller klimatet?',
      ],
    },
    nb: {
      whatItIs:
        'En analyse av kundens kjøretøy, kjøremønster og lokasjoner som munner ut i en trinnvis plan for å elektrifisere bilparken. Planen viser hvilke biler som bør byttes når, hvilket ladebehov som finnes og hva det koster.',
      benefits: [
        'En realistisk tidsplan i stedet for gjetning',
        'Et tydelig bilde av totalkostnad og besparelser over tid',
        'Et troverdig svar til kunder og eiere om klimaarbeidet',
      ],
      signals: [
        'De har satt klimamål, men mangler en plan for kjøretøyene',
        'Kundene deres eller anbudene krever fossilfri transport',
        'De er usikre på om elbil passer til kjørestrekningene deres',
      ],
      questions: [
        'Hvilke mål har dere for å kutte utslipp fra transport?',
        'Hva holder dere tilbake fra å gå over til elbil i dag?',
        'Hvor langt kjører kjøretøyene deres på en vanlig dag?',
        'Hva forventer kundene av dere når det gjelder klima?',
      ],
    },
  },
  'FM-POOL': {
    en: {
      whatItIs:
        'Shared pool cars at the customer’s site that employees book in an app when they need one. We provide the cars, the booking system and the routines for cleaning and charging.',
      benefits: [
        'Fewer cars standing idle, and so lower costs',
        'Employees no longer need their own car for business trips',
        'Less private driving for work and lower mileage allowances',
      ],
      signals: [
        'Employees use their own cars for occasional business trips',
        'Company cars stand unused for much of the week',
        'They are moving to an office with fewer parking spaces',
      ],
      questions: [
        'How do employees without a company car get to meetings today?',
        'How much are your current company cars actually used?',
        'How much do you pay out in mileage allowance over a year?',
        'How is the parking situation at your office changing?',
      ],
    },
    sv: {
      whatItIs:
        'Delade poolbilar vid kundens arbetsplats som medarbetarna bokar i en app när de behöver en bil. Vi står för bilarna, bokningssystemet och rutinerna för städning och laddning.',
      benefits: [
        'Färre bilar som står still och därmed lägre kostnader',
        'Medarbetarna slipper använda egen bil i tjänsten',
        'Mindre körning med privatbil i tjänsten och lägre milersättning',
      ],
      signals: [
        'Medarbetare använder egen bil för enstaka tjänsteresor',
        'Företagsbilar står oanvända stora delar av veckan',
        'De flyttar till ett kontor med färre parkeringsplatser',
      ],
      questions: [
        'Hur tar sig medarbetare utan tjänstebil till möten i dag?',
        'Hur mycket används era nuvarande företagsbilar egentligen?',
        'Hur mycket betalar ni ut i milersättning under ett år?',
        'Hur förändras parkeringssituationen vid ert kontor?',
      ],
    },
    nb: {
      whatItIs:
        'Delebiler ved kundens arbeidssted som de ansatte booker i en app når de trenger en bil. Vi står for bilene, bookingsystemet og rutinene for vask og lading.',
      benefits: [
        'Færre biler som står stille og dermed lavere kostnader',
        'De ansatte slipper å bruke egen bil i jobben',
        'Mindre kjøring med privatbil i jobben og lavere kilometergodtgjørelse',
      ],
      signals: [
        'Ansatte bruker egen bil på enkelte jobbreiser',
        'Firmabiler står ubrukt store deler av uka',
        'De flytter til et kontor med færre parkeringsplasser',
      ],
      questions: [
        'Hvordan kommer ansatte uten firmabil seg til møter i dag?',
        'Hvor mye blir firmabilene deres egentlig brukt i dag?',
        'Hvor mye betaler dere ut i kilometergodtgjørelse i løpet av et år?',
        'Hvordan endrer parkeringssituasjonen ved kontoret seg?',
      ],
    },
  },

  // ── Workplace Services ────────────────────────────────────────────────────
  'WS-IFM': {
    en: {
      whatItIs:
        'One partner runs all the services in a building – cleaning, reception, maintenance, catering and more – under one contract and with one account manager. Services are followed up against agreed service levels.',
      benefits: [
        'One contract and one contact instead of many suppliers',
        'Lower total cost through shared staff and coordinated purchasing',
        'Consistent quality that is measured and reported',
      ],
      signals: [
        'They juggle many different suppliers for services in their building',
        'Their office or facilities manager is overloaded or has just left',
        'Several service contracts end at about the same time',
      ],
      questions: [
        'How many suppliers do you have for services in your building today?',
        'Who coordinates cleaning, reception and maintenance?',
        'What works well, and less well, with your building services today?',
        'When do your current service contracts come up for renewal?',
      ],
    },
    sv: {
      whatItIs:
        'En partner sköter alla tjänster i en byggnad – städ, reception, underhåll, restaurang med mera – i ett avtal och med en ansvarig kontaktperson. Tjänsterna följs upp mot överenskomna servicenivåer.',
      benefits: [
        'Ett avtal och en kontakt i stället för många leverantörer',
        'Lägre totalkostnad tack vare samordnad bemanning och samordnade inköp',
        'Jämn kvalitet som mäts och rapporteras',
      ],
      signals: [
        'De jonglerar många olika leverantörer för tjänsterna i huset',
        'Deras kontorschef eller lokalansvarige är överbelastad eller har nyss slutat',
        'Flera serviceavtal löper ut ungefär samtidigt',
      ],
      questions: [
        'Hur många leverantörer har ni för tjänsterna i er byggnad i dag?',
        'Vem samordnar städ, reception och underhåll?',
        'Vad fungerar bra och mindre bra med era fastighetstjänster i dag?',
        'När är det dags att förnya era nuvarande serviceavtal?',
      ],
    },
    nb: {
      whatItIs:
        'Én partner leverer alle tjenestene i et bygg – renhold, resepsjon, vedlikehold, kantine og mer – i én avtale og med én ansvarlig kontaktperson. Tjenestene følges opp mot avtalte servicenivåer.',
      benefits: [
        'Én avtale og én kontakt i stedet for mange leverandører',
        'Lavere totalkostnad takket være samordnet bemanning og innkjøp',
        'Jevn kvalitet som måles og rapporteres',
      ],
      signals: [
        'De sjonglerer mange ulike leverandører av tjenester i bygget',
        'Kontorsjefen eller driftsansvarlig er overarbeidet eller har nettopp sluttet',
        'Flere tjenesteavtaler løper ut omtrent samtidig',
      ],
      questions: [
        'Hvor mange leverandører har dere for tjenester i bygget i dag?',
        'Hvem koordinerer renhold, resepsjon og vedlikehold?',
        'Hva fungerer godt, og mindre godt, med tjenestene i bygget i dag?',
        'Når skal de nåværende tjenesteavtalene fornyes?',
      ],
    },
  },
  'WS-RECEP': {
    en: {
      whatItIs:
        'Trained staff run the front desk: they welcome and register visitors, answer the switchboard and handle incoming and outgoing mail and parcels.',
      benefits: [
        'A professional first impression for every visitor',
        'Secure visitor handling with registration and badges',
        'Employees no longer have to leave their work to open the door or sort mail',
      ],
      signals: [
        'Visitors wait at an unstaffed entrance or have to phone for someone',
        'Employees take turns covering the front desk',
        'Parcels pile up as they order more and more online',
      ],
      questions: [
        'What happens when a visitor arrives at your office today?',
        'Who takes care of mail and parcels?',
        'How do you know who is in the building at any given time?',
        'What impression do you want visitors to get when they arrive?',
      ],
    },
    sv: {
      whatItIs:
        'Utbildad personal bemannar receptionen: de tar emot och registrerar besökare, sköter växeln och hanterar inkommande och utgående post och paket.',
      benefits: [
        'Ett professionellt första intryck för varje besökare',
        'Säker besökshantering med registrering och passerkort',
        'Medarbetarna slipper lämna sitt arbete för att öppna dörren eller sortera post',
      ],
      signals: [
        'Besökare står och väntar vid en obemannad entré eller får ringa efter någon',
        'Medarbetarna turas om att sitta i receptionen',
        'Paketen hopar sig i takt med att de beställer allt mer på nätet',
      ],
      questions: [
        'Vad händer när en besökare kommer till ert kontor i dag?',
        'Vem tar hand om post och paket?',
        'Hur vet ni vilka som befinner sig i huset?',
        'Vilket intryck vill ni att besökarna ska få när de kommer?',
      ],
    },
    nb: {
      whatItIs:
        'Opplært personale bemanner resepsjonen: de tar imot og registrerer besøkende, betjener sentralbordet og håndterer inn- og utgående post og pakker.',
      benefits: [
        'Et profesjonelt førsteinntrykk for hver besøkende',
        'Sikker besøkshåndtering med registrering og adgangskort',
        'De ansatte slipper å gå fra arbeidet for å åpne døren eller sortere post',
      ],
      signals: [
        'Besøkende står og venter ved en ubemannet inngang eller må ringe etter noen',
        'De ansatte bytter på å sitte i resepsjonen',
        'Pakkene hoper seg opp etter hvert som de bestiller mer og mer på nett',
      ],
      questions: [
        'Hva skjer når en besøkende kommer til kontoret deres i dag?',
        'Hvem tar seg av post og pakker?',
        'Hvordan vet dere hvem som er i bygget til enhver tid?',
        'Hvilket inntrykk vil dere at besøkende skal få når de kommer?',
      ],
    },
  },
  'WS-MAINT': {
    en: {
      whatItIs:
        'Planned and corrective maintenance of a building’s technical installations, such as ventilation, heating, electrics, doors and lifts. Our technicians follow a maintenance plan and come out when something breaks.',
      benefits: [
        'Fewer sudden breakdowns and shorter downtime',
        'Installations last longer and use less energy',
        'Documented inspections that meet legal requirements',
      ],
      signals: [
        'They complain about the indoor climate, draughts or ventilation that does not work',
        'They own their building or are responsible for installations under their lease',
        'Faults are fixed by calling whichever tradesperson happens to be free',
      ],
      questions: [
        'Who looks after the technical installations in your building today?',
        'What happens when something breaks, for example the ventilation?',
        'How do you plan maintenance and replacements for the coming years?',
        'How is responsibility for the building split between you and your landlord?',
      ],
    },
    sv: {
      whatItIs:
        'Planerat och avhjälpande underhåll av fastighetens tekniska installationer, till exempel ventilation, värme, el, dörrar och hissar. Våra tekniker följer en underhållsplan och rycker ut när något går sönder.',
      benefits: [
        'Färre plötsliga haverier och kortare driftstopp',
        'Installationerna håller längre och drar mindre energi',
        'Dokumenterade besiktningar som uppfyller lagkraven',
      ],
      signals: [
        'De klagar på inomhusklimatet, drag eller ventilation som inte fungerar',
        'De äger sin fastighet eller ansvarar för installationerna enligt hyresavtalet',
        'Fel åtgärdas genom att de ringer den hantverkare som råkar ha tid',
      ],
      questions: [
        'Vem sköter de tekniska installationerna i er byggnad i dag?',
        'Vad händer när något går sönder, till exempel ventilationen?',
        'Hur planerar ni underhåll och utbyten de närmaste åren?',
        'Hur är ansvaret för fastighetsförvaltningen fördelat mellan er och hyresvärden?',
      ],
    },
    nb: {
      whatItIs:
        'Planlagt og korrigerende vedlikehold av byggets tekniske anlegg, som ventilasjon, varme, elektro, dører og heiser. Teknikerne våre følger en vedlikeholdsplan og rykker ut når noe går i stykker.',
      benefits: [
        'Færre plutselige driftsstans og kortere nedetid',
        'Anleggene varer lenger og bruker mindre energi',
        'Dokumenterte kontroller som oppfyller lovkravene',
      ],
      signals: [
        'De klager over inneklimaet, trekk eller ventilasjon som ikke fungerer',
        'De eier bygget selv eller har ansvar for anleggene etter leieavtalen',
        'Feil blir rettet ved at de ringer den håndverkeren som tilfeldigvis har tid',
      ],
      questions: [
        'Hvem tar seg av de tekniske anleggene i bygget deres i dag?',
        'Hva skjer når noe går i stykker, for eksempel ventilasjonen?',
        'Hvordan planlegger dere vedlikehold og utskiftinger de neste årene?',
        'Hvordan er ansvaret for bygget fordelt mellom dere og gårdeieren?',
      ],
    },
  },
  'WS-CLEAN': {
    en: {
      whatItIs:
        'Daily and periodic cleaning of offices, meeting rooms, kitchens and washrooms, adapted to how the premises are actually used. Periodic work includes floor care and window cleaning.',
      benefits: [
        'A clean, pleasant workplace that staff and visitors notice',
        'Cleaning matched to real use, so you do not pay for empty rooms',
        'Fewer sick days thanks to good hygiene',
      ],
      signals: [
        'They complain about dirty kitchens, meeting rooms or washrooms',
        'They are moving, or have changed how many days people are in the office',
        'They mention that their cleaning contract is going out to tender',
      ],
      questions: [
        'How satisfied are you and your employees with the cleaning today?',
        'How has the way you use the office changed recently?',
        'What matters most to you in a clean workplace?',
        'When does your current cleaning contract end?',
      ],
    },
    sv: {
      whatItIs:
        'Daglig och periodisk städning av kontor, mötesrum, pentryn och toaletter, anpassad efter hur lokalerna faktiskt används. I periodstädningen ingår bland annat golvvård och fönsterputs.',
      benefits: [
        'En ren och trivsam arbetsplats som både medarbetare och besökare märker',
        'Städning efter faktisk användning, så att ni inte betalar för tomma rum',
        'Färre sjukdagar tack vare god hygien',
      ],
      signals: [
        'De klagar på smutsiga pentryn, mötesrum eller toaletter',
        'De ska flytta eller har ändrat hur många dagar folk är på kontoret',
        'De nämner att städavtalet ska upphandlas',
      ],
      questions: [
        'Hur nöjda är ni och era medarbetare med städningen i dag?',
        'Hur har ert sätt att använda kontoret förändrats på senare tid?',
        'Vad är viktigast för er när det gäller en ren arbetsplats?',
        'När löper ert nuvarande städavtal ut?',
      ],
    },
    nb: {
      whatItIs:
        'Daglig og periodisk renhold av kontorer, møterom, kjøkken og toaletter, tilpasset hvordan lokalene faktisk brukes. Det periodiske renholdet omfatter blant annet gulvbehandling og vinduspuss.',
      benefits: [
        'En ren og trivelig arbeidsplass som både ansatte og besøkende legger merke til',
        'Renhold etter faktisk bruk, slik at dere ikke betaler for tomme rom',
        'Færre sykedager takket være god hygiene',
      ],
      signals: [
        'De klager over skitne kjøkken, møterom eller toaletter',
        'De skal flytte eller har endret hvor mange dager folk er på kontoret',
        'De nevner at renholdsavtalen skal ut på anbud',
      ],
      questions: [
        'Hvor fornøyde er dere og de ansatte med renholdet i dag?',
        'Hvordan har bruken av kontoret endret seg den siste tiden?',
        'Hva er viktigst for dere når det gjelder en ren arbeidsplass?',
        'Når løper den nåværende renholdsavtalen ut?',
      ],
    },
  },
  'WS-HYG': {
    en: {
      whatItIs:
        'Washroom supplies and hygiene stations – soap, paper, hand sanitiser, sanitary bins and entrance mats – delivered, installed and refilled on a fixed schedule.',
      benefits: [
        'Washrooms never run out of soap or paper',
        'Better hygiene and less infection spreading at work',
        'No need to buy, store and refill supplies yourselves',
      ],
      signals: [
        'Soap or paper often runs out in their washrooms',
        'Employees or the office manager buy hygiene products in shops',
        'They handle food, receive many visitors or have had outbreaks of illness',
      ],
      questions: [
        'How are soap, paper and other washroom supplies handled today?',
        'How often do you hear complaints about the washrooms?',
        'How much time does someone spend buying and refilling supplies?',
        'How important is hygiene in your line of business?',
      ],
    },
    sv: {
      whatItIs:
        'Förbrukningsmaterial och hygienstationer för toaletter – tvål, papper, handsprit, sanitetskärl och entrémattor – som levereras, monteras och fylls på enligt ett fast schema.',
      benefits: [
        'Toaletterna får aldrig slut på tvål eller papper',
        'Bättre hygien och mindre smittspridning på jobbet',
        'Ni slipper köpa in, lagra och fylla på material själva',
      ],
      signals: [
        'Tvål eller papper tar ofta slut på deras toaletter',
        'Medarbetare eller kontorschefen köper hygienartiklar i butik',
        'De hanterar livsmedel, har många besökare eller har haft sjukdomsutbrott',
      ],
      questions: [
        'Hur sköts tvål, papper och annat förbrukningsmaterial på toaletterna i dag?',
        'Hur ofta hör ni klagomål på toaletterna?',
        'Hur mycket tid lägger någon på att köpa in och fylla på material?',
        'Hur viktig är hygienen i er bransch?',
      ],
    },
    nb: {
      whatItIs:
        'Forbruksmateriell og hygienestasjoner til toaletter – såpe, papir, hånddesinfeksjon, sanitærbeholdere og inngangsmatter – som leveres, monteres og fylles på etter en fast plan.',
      benefits: [
        'Toalettene går aldri tom for såpe eller papir',
        'Bedre hygiene og mindre smittespredning på jobben',
        'Dere slipper å kjøpe inn, lagre og fylle på selv',
      ],
      signals: [
        'Det går ofte tomt for såpe eller papir på toalettene deres',
        'Ansatte eller kontorsjefen kjøper hygieneartikler i butikken',
        'De håndterer mat, har mange besøkende eller har hatt sykdomsutbrudd',
      ],
      questions: [
        'Hvordan håndteres såpe, papir og annet forbruksmateriell på toalettene i dag?',
        'Hvor ofte hører dere klager på toalettene?',
        'Hvor mye tid bruker noen på å kjøpe inn og fylle på?',
        'Hvor viktig er hygiene i bransjen deres?',
      ],
    },
  },
  'WS-IND': {
    en: {
      whatItIs:
        'Specialised cleaning of production sites, warehouses and machinery, including high-level cleaning, floor scrubbing and cleaning around production lines. The work is planned around shifts and safety rules.',
      benefits: [
        'Cleaner, safer sites with fewer slips and accidents',
        'Less production downtime thanks to planned cleaning',
        'Easier to pass customer audits and inspections',
      ],
      signals: [
        'They run factories, warehouses or workshops',
        'Production staff clean in between their normal tasks',
        'They have customer audits, certifications or food safety inspections coming up',
      ],
      questions: [
        'Who cleans your production and warehouse areas today?',
        'How does cleaning fit around your shifts and production?',
        'What do customers or authorities require of cleanliness at your sites?',
        'Where do you see the greatest risk of accidents from dirt or spills?',
      ],
    },
    sv: {
      whatItIs:
        'Specialiserad städning av produktionslokaler, lager och maskiner, bland annat högstädning, skurning av golv och rengöring kring produktionslinjerna. Arbetet planeras efter skift och säkerhetsregler.',
      benefits: [
        'Renare och säkrare anläggningar med färre halkolyckor',
        'Färre produktionsstopp tack vare planerad städning',
        'Lättare att klara kundrevisioner och inspektioner',
      ],
      signals: [
        'De driver fabriker, lager eller verkstäder',
        'Produktionspersonalen städar mellan sina vanliga arbetsuppgifter',
        'De har kundrevisioner, certifieringar eller livsmedelskontroller framför sig',
      ],
      questions: [
        'Vem städar era produktions- och lagerytor i dag?',
        'Hur passar städningen in kring era skift och er produktion?',
        'Vilka krav ställer kunder eller myndigheter på renheten hos er?',
        'Var ser ni den största risken för olyckor på grund av smuts eller spill?',
      ],
    },
    nb: {
      whatItIs:
        'Spesialisert renhold av produksjonslokaler, lagre og maskiner, blant annet høyderenhold, gulvskuring og rengjøring rundt produksjonslinjene. Arbeidet planlegges etter skift og sikkerhetsregler.',
      benefits: [
        'Renere og tryggere anlegg med færre fallulykker',
        'Færre produksjonsstopp takket være planlagt renhold',
        'Enklere å bestå kunderevisjoner og tilsyn',
      ],
      signals: [
        'De driver fabrikker, lagre eller verksteder',
        'Produksjonsansatte gjør rent mellom de vanlige oppgavene sine',
        'De har kunderevisjoner, sertifiseringer eller tilsyn fra Mattilsynet foran seg',
      ],
      questions: [
        'Hvem gjør rent i produksjons- og lagerområdene i dag?',
        'Hvordan passer renholdet inn rundt skiftene og produksjonen?',
        'Hvilke krav stiller kunder eller myndigheter til renhold hos dere?',
        'Hvor ser dere størst risiko for ulykker på grunn av skitt eller søl?',
      ],
    },
  },
  'WS-DESIGN': {
    en: {
      whatItIs:
        'We analyse how the organisation works and design an activity-based office with the right mix of desks, quiet rooms and meeting spaces. The work runs from surveys and workshops to drawings and furniture.',
      benefits: [
        'An office that fits how people actually work today',
        'Often less floor space is needed, which lowers the rent',
        'A workplace that draws employees back to the office',
      ],
      signals: [
        'The office is half empty most days since they started working hybrid',
        'They complain about too few meeting rooms or too much noise',
        'Their lease ends within the next couple of years',
      ],
      questions: [
        'How do your employees use the office today compared with a few years ago?',
        'What do people say works badly in your current premises?',
        'When does your current lease end?',
        'What do you want the office to do for your business?',
      ],
    },
    sv: {
      whatItIs:
        'Vi analyserar hur verksamheten arbetar och utformar ett aktivitetsbaserat kontor med rätt mix av arbetsplatser, tysta rum och mötesytor. Arbetet sträcker sig från enkäter och workshoppar till ritningar och möbler.',
      benefits: [
        'Ett kontor som passar hur folk faktiskt arbetar i dag',
        'Ofta räcker en mindre yta, vilket sänker hyran',
        'En arbetsplats som lockar medarbetarna tillbaka till kontoret',
      ],
      signals: [
        'Kontoret står halvtomt de flesta dagar sedan de började arbeta hybrid',
        'De klagar på för få mötesrum eller för mycket ljud',
        'Deras hyresavtal löper ut inom ett par år',
      ],
      questions: [
        'Hur använder era medarbetare kontoret i dag jämfört med för några år sedan?',
        'Vad säger folk fungerar dåligt i era nuvarande lokaler?',
        'När löper ert nuvarande hyresavtal ut?',
        'Vad vill ni att kontoret ska göra för verksamheten?',
      ],
    },
    nb: {
      whatItIs:
        'Vi analyserer hvordan virksomheten jobber, og utformer et aktivitetsbasert kontor med riktig miks av arbeidsplasser, stillerom og møteplasser. Arbeidet spenner fra spørreundersøkelser og workshoper til tegninger og møbler.',
      benefits: [
        'Et kontor som passer til hvordan folk faktisk jobber i dag',
        'Ofte holder det med mindre areal, noe som gir lavere husleie',
        'En arbeidsplass som lokker de ansatte tilbake til kontoret',
      ],
      signals: [
        'Kontoret står halvtomt de fleste dager etter at de begynte å jobbe hybrid',
        'De klager over for få møterom eller for mye støy',
        'Leieavtalen deres løper ut i løpet av et par år',
      ],
      questions: [
        'Hvordan bruker de ansatte kontoret i dag sammenlignet med for noen år siden?',
        'Hva sier folk fungerer dårlig i lokalene dere har nå?',
        'Når løper den nåværende leieavtalen ut?',
        'Hva ønsker dere at kontoret skal gjøre for virksomheten?',
      ],
    },
  },
  'WS-MOVE': {
    en: {
      whatItIs:
        'We plan and carry out office moves from start to finish: timetable, packing, transport, setting up IT and furniture, and disposing of what is no longer needed. Employees can work as normal on Monday.',
      benefits: [
        'Minimal disruption to daily work',
        'One project manager instead of many suppliers to coordinate',
        'Old furniture is reused or recycled responsibly',
      ],
      signals: [
        'They are moving, merging offices or have signed a new lease',
        'They are growing fast and running out of space',
        'They mention that a department or office is going to close',
      ],
      questions: [
        'What plans do you have for your premises over the next year or two?',
        'Who would be in charge if you were to move?',
        'What would be hardest to keep running during a move?',
        'What will happen to the furniture and equipment you have today?',
      ],
    },
    sv: {
      whatItIs:
        'Vi planerar och genomför kontorsflytten från början till slut: tidsplan, packning, transport, installation av IT och möbler samt omhändertagande av det som inte ska med. Medarbetarna kan jobba som vanligt på måndagen.',
      benefits: [
        'Minimala störningar i det dagliga arbetet',
        'En projektledare i stället för många leverantörer att samordna',
        'Gamla möbler återbrukas eller återvinns på ett ansvarsfullt sätt',
      ],
      signals: [
        'De ska flytta, slå ihop kontor eller har skrivit ett nytt hyresavtal',
        'De växer snabbt och börjar få ont om plats',
        'De nämner att en avdelning eller ett kontor ska läggas ned',
      ],
      questions: [
        'Vilka planer har ni för era lokaler det närmaste året eller två?',
        'Vem skulle ansvara för en eventuell flytt?',
        'Vad skulle vara svårast att hålla igång under en flytt?',
        'Vad ska hända med de möbler och den utrustning ni har i dag?',
      ],
    },
    nb: {
      whatItIs:
        'Vi planlegger og gjennomfører kontorflyttingen fra start til slutt: tidsplan, pakking, transport, oppsett av IT og møbler og håndtering av det som ikke skal være med. De ansatte kan jobbe som normalt på mandag.',
      benefits: [
        'Minimale forstyrrelser i den daglige driften',
        'Én prosjektleder i stedet for mange leverandører å koordinere',
        'Gamle møbler gjenbrukes eller resirkuleres på en ansvarlig måte',
      ],
      signals: [
        'De skal flytte, slå sammen kontorer eller har signert en ny leieavtale',
        'De vokser raskt og begynner å få dårlig plass',
        'De nevner at en avdeling eller et kontor skal legges ned',
      ],
      questions: [
        'Hvilke planer har dere for lokalene det neste året eller to?',
        'Hvem ville fått ansvaret hvis dere skulle flytte?',
        'Hva ville vært vanskeligst å holde i gang under en flytting?',
        'Hva skal skje med møblene og utstyret dere har i dag?',
      ],
    },
  },
  'WS-FOOD': {
    en: {
      whatItIs:
        'We run the customer’s staff restaurant and coffee service: menus, staffing, purchasing and daily operation. The offer is adapted to how many people are in the office each day.',
      benefits: [
        'Good, varied food that makes people want to come to the office',
        'Less food waste thanks to planning based on attendance',
        'No need to run a kitchen yourselves',
      ],
      signals: [
        'They have a kitchen or canteen that is closed or little used',
        'Employees leave the building for lunch or complain about the food',
        'They want to get more people back to the office',
      ],
      questions: [
        'How do your employees have lunch today?',
        'What role do food and coffee play at your workplace?',
        'How many people are in the office on a normal day?',
        'What do you hear from employees about the current offer?',
      ],
    },
    sv: {
      whatItIs:
        'Vi driver kundens personalrestaurang och kaffeservice: menyer, personal, inköp och daglig drift. Utbudet anpassas efter hur många som är på kontoret varje dag.',
      benefits: [
        'God och varierad mat som gör att folk vill komma till kontoret',
        'Mindre matsvinn tack vare planering efter närvaro',
        'Ni slipper driva ett kök själva',
      ],
      signals: [
        'De har ett kök eller en matsal som står stängd eller används lite',
        'Medarbetarna går ut för att äta lunch eller klagar på maten',
        'De vill få fler att komma tillbaka till kontoret',
      ],
      questions: [
        'Hur äter era medarbetare lunch i dag?',
        'Vilken roll spelar mat och kaffe på er arbetsplats?',
        'Hur många är på kontoret en vanlig dag?',
        'Vad hör ni från medarbetarna om dagens utbud?',
      ],
    },
    nb: {
      whatItIs:
        'Vi driver kundens kantine og kaffeservering: menyer, bemanning, innkjøp og daglig drift. Tilbudet tilpasses hvor mange som er på kontoret hver dag.',
      benefits: [
        'God og variert mat som gjør at folk vil komme på kontoret',
        'Mindre matsvinn takket være planlegging etter oppmøte',
        'Dere slipper å drive et kjøkken selv',
      ],
      signals: [
        'De har et kjøkken eller en kantine som står stengt eller brukes lite',
        'De ansatte går ut for å spise lunsj eller klager på maten',
        'De ønsker å få flere tilbake på kontoret',
      ],
      questions: [
        'Hvordan spiser de ansatte lunsj i dag?',
        'Hvilken rolle spiller mat og kaffe på arbeidsplassen deres?',
        'Hvor mange er på kontoret en vanlig dag?',
        'Hva hører dere fra de ansatte om dagens tilbud?',
      ],
    },
  },
  'WS-SENS': {
    en: {
      whatItIs:
        'Small sensors under desks and in meeting rooms show how the office is actually used. Clear reports give a basis for decisions on space, cleaning and energy.',
      benefits: [
        'Facts instead of guesses about how much space you need',
        'Cleaning and energy matched to real use',
        'Employees can find free desks and rooms in an app',
      ],
      signals: [
        'They suspect the office is bigger than they need',
        'Meeting rooms are booked but often stand empty',
        'They are about to renegotiate their lease or redesign the office',
      ],
      questions: [
        'How well do you know how much of the office is used on a normal day?',
        'How easy is it for employees to find a free desk or meeting room?',
        'What decisions about your premises are coming up?',
        'How do you decide today how often different areas are cleaned?',
      ],
    },
    sv: {
      whatItIs:
        'Små sensorer under skrivborden och i mötesrummen visar hur kontoret faktiskt används. Tydliga rapporter ger underlag för beslut om yta, städning och energi.',
      benefits: [
        'Fakta i stället för gissningar om hur mycket yta ni behöver',
        'Städning och energi anpassas efter faktisk användning',
        'Medarbetarna hittar lediga platser och rum i en app',
      ],
      signals: [
        'De misstänker att kontoret är större än de behöver',
        'Mötesrummen är bokade men står ofta tomma',
        'De ska snart omförhandla hyresavtalet eller göra om kontoret',
      ],
      questions: [
        'Hur väl vet ni hur stor del av kontoret som används en vanlig dag?',
        'Hur lätt är det för medarbetarna att hitta en ledig plats eller ett ledigt mötesrum?',
        'Vilka beslut om era lokaler står ni inför?',
        'Hur bestämmer ni i dag hur ofta olika ytor städas?',
      ],
    },
    nb: {
      whatItIs:
        'Små sensorer under pultene og i møterommene viser hvordan kontoret faktisk brukes. Oversiktlige rapporter gir grunnlag for beslutninger om areal, renhold og energi.',
      benefits: [
        'Fakta i stedet for gjetning om hvor mye areal dere trenger',
        'Renhold og energi tilpasses faktisk bruk',
        'De ansatte finner ledige plasser og rom i en app',
      ],
      signals: [
        'De mistenker at kontoret er større enn de trenger',
        'Møterommene er booket, men står ofte tomme',
        'De skal snart reforhandle leieavtalen eller bygge om kontoret',
      ],
      questions: [
        'Hvor godt vet dere hvor stor del av kontoret som brukes på en vanlig dag?',
        'Hvor lett er det for de ansatte å finne en ledig plass eller et ledig møterom?',
        'Hvilke beslutninger om lokalene står dere foran?',
        'Hvordan bestemmer dere i dag hvor ofte ulike områder skal vaskes?',
      ],
    },
  },

  // ── Digital Solutions ─────────────────────────────────────────────────────
  'DS-WORKPL': {
    en: {
      whatItIs:
        'Laptops, phones, software and support delivered as a service for a fixed monthly fee per user. We handle purchasing, set-up, updates, repairs and secure disposal.',
      benefits: [
        'Predictable cost per employee instead of large purchases',
        'New employees get a ready-to-use computer on their first day',
        'Devices are kept up to date and secure without effort on your side',
      ],
      signals: [
        'New hires wait days for a working computer',
        'Computers are old and slow, or each department buys its own',
        'IT is handled by one person, or by an employee on the side',
      ],
      questions: [
        'How does a new employee get their computer and phone today?',
        'Who looks after your computers and phones?',
        'How old are the devices your employees use?',
        'What happens when a laptop breaks or goes missing?',
      ],
    },
    sv: {
      whatItIs:
        'Datorer, mobiler, programvara och support som tjänst till en fast månadskostnad per användare. Vi sköter inköp, installation, uppdateringar, reparationer och säker avveckling.',
      benefits: [
        'Förutsägbar kostnad per medarbetare i stället för stora inköp',
        'Nyanställda får en färdig dator redan första dagen',
        'Enheterna hålls uppdaterade och säkra utan arbetsinsats från er',
      ],
      signals: [
        'Nyanställda får vänta i flera dagar på en fungerande dator',
        'Datorerna är gamla och långsamma, eller så köper varje avdelning in på egen hand',
        'IT sköts av en enda person eller av en medarbetare vid sidan av jobbet',
      ],
      questions: [
        'Hur får en nyanställd sin dator och mobil i dag?',
        'Vem tar hand om era datorer och mobiler?',
        'Hur gamla är de enheter som era medarbetare använder?',
        'Vad händer när en dator går sönder eller försvinner?',
      ],
    },
    nb: {
      whatItIs:
        'PC-er, mobiler, programvare og brukerstøtte levert som en tjeneste til en fast månedspris per bruker. Vi tar oss av innkjøp, oppsett, oppdateringer, reparasjoner og sikker avhending.',
      benefits: [
        'Forutsigbar kostnad per ansatt i stedet for store innkjøp',
        'Nyansatte får en ferdig oppsatt PC allerede første dag',
        'Enhetene holdes oppdatert og sikre uten innsats fra dere',
      ],
      signals: [
        'Nyansatte må vente i flere dager på en PC som virker',
        'PC-ene er gamle og trege, eller hver avdeling kjøper inn på egen hånd',
        'IT håndteres av én enkelt person eller av en ansatt ved siden av jobben',
      ],
      questions: [
        'Hvordan får en nyansatt PC og mobil i dag?',
        'Hvem tar seg av PC-ene og mobilene deres?',
        'Hvor gamle er enhetene de ansatte bruker?',
        'Hva skjer når en PC går i stykker eller blir borte?',
      ],
    },
  },
  'DS-NET': {
    en: {
      whatItIs:
        'We design, install and run the office network and Wi-Fi, and monitor it around the clock. Faults are often fixed before users notice anything.',
      benefits: [
        'Stable Wi-Fi in every part of the office',
        'Problems are detected and fixed around the clock',
        'Separate, secure networks for guests and equipment',
      ],
      signals: [
        'They complain about poor Wi-Fi or video calls that drop',
        'Guests and employees share the same network',
        'They are moving, expanding or opening new sites',
      ],
      questions: [
        'How well does your Wi-Fi work in meeting rooms and common areas?',
        'Who do you call when the network goes down?',
        'How do visitors get online at your office?',
        'What changes are you planning for your offices or sites?',
      ],
    },
    sv: {
      whatItIs:
        'Vi designar, installerar och driver kontorets nätverk och wifi och övervakar det dygnet runt. Fel åtgärdas ofta innan användarna märker något.',
      benefits: [
        'Stabilt wifi i alla delar av kontoret',
        'Problem upptäcks och åtgärdas dygnet runt',
        'Separata och säkra nät för gäster och utrustning',
      ],
      signals: [
        'De klagar på dåligt wifi eller videomöten som bryts',
        'Gäster och medarbetare delar samma nätverk',
        'De flyttar, bygger ut eller öppnar nya kontor',
      ],
      questions: [
        'Hur bra fungerar wifi i era mötesrum och gemensamma ytor?',
        'Vem ringer ni när nätverket ligger nere?',
        'Hur kommer besökare ut på nätet hos er?',
        'Vilka förändringar planerar ni för era kontor eller anläggningar?',
      ],
    },
    nb: {
      whatItIs:
        'Vi designer, installerer og drifter kontorets nettverk og trådløse nett, og overvåker det døgnet rundt. Feil blir ofte rettet før brukerne merker noe.',
      benefits: [
        'Stabilt trådløst nett i alle deler av kontoret',
        'Problemer oppdages og rettes døgnet rundt',
        'Separate og sikre nett for gjester og utstyr',
      ],
      signals: [
        'De klager over dårlig trådløst nett eller videomøter som faller ut',
        'Gjester og ansatte deler samme nettverk',
        'De flytter, utvider eller åpner nye kontorer',
      ],
      questions: [
        'Hvor godt fungerer det trådløse nettet i møterom og fellesarealer?',
        'Hvem ringer dere når nettet er nede?',
        'Hvordan kommer besøkende seg på nett hos dere?',
        'Hvilke endringer planlegger dere for kontorene eller anleggene?',
      ],
    },
  },
  'DS-SD': {
    en: {
      whatItIs:
        'A service desk that answers employees’ IT questions by phone, chat and email and solves problems at first and second line. Reports show what causes the most trouble.',
      benefits: [
        'Employees get help quickly and can get back to work',
        'Your own IT staff can focus on development instead of password resets',
        'Clear figures on what goes wrong and how fast it is fixed',
      ],
      signals: [
        'Employees complain that it is hard to get IT help',
        'An in-house IT person is drowning in small support requests',
        'They are growing, or have staff in several countries and time zones',
      ],
      questions: [
        'Where do your employees turn when something in IT does not work?',
        'How quickly do they usually get help?',
        'Who answers IT questions when your IT person is away?',
        'What kinds of problems take the most time today?',
      ],
    },
    sv: {
      whatItIs:
        'En servicedesk som svarar på medarbetarnas IT-frågor via telefon, chatt och mejl och löser problem i första och andra linjen. Rapporter visar vad som ställer till mest problem.',
      benefits: [
        'Medarbetarna får snabb hjälp och kan fortsätta arbeta',
        'Er egen IT-personal kan fokusera på utveckling i stället för lösenordsbyten',
        'Tydliga siffror på vad som går fel och hur snabbt det löses',
      ],
      signals: [
        'Medarbetare klagar på att det är svårt att få IT-hjälp',
        'En intern IT-ansvarig drunknar i små supportärenden',
        'De växer eller har personal i flera länder och tidszoner',
      ],
      questions: [
        'Vart vänder sig era medarbetare när något med IT:n inte fungerar?',
        'Hur snabbt brukar de få hjälp?',
        'Vem svarar på IT-frågor när er IT-ansvarige är borta?',
        'Vilka typer av problem tar mest tid i dag?',
      ],
    },
    nb: {
      whatItIs:
        'En servicedesk som svarer på de ansattes IT-spørsmål på telefon, chat og e-post og løser problemer i første og andre linje. Rapporter viser hva som skaper mest trøbbel.',
      benefits: [
        'De ansatte får rask hjelp og kommer fort i gang igjen',
        'Egne IT-folk kan bruke tiden på utvikling i stedet for å tilbakestille passord',
        'Tydelige tall på hva som går galt og hvor raskt det løses',
      ],
      signals: [
        'Ansatte klager over at det er vanskelig å få IT-hjelp',
        'En intern IT-ansvarlig drukner i små brukerstøttesaker',
        'De vokser eller har ansatte i flere land og tidssoner',
      ],
      questions: [
        'Hvor henvender de ansatte seg når noe med IT ikke fungerer?',
        'Hvor raskt får de vanligvis hjelp?',
        'Hvem svarer på IT-spørsmål når IT-ansvarlig er borte?',
        'Hvilke typer problemer tar mest tid i dag?',
      ],
    },
  },
  'DS-CLOUD': {
    en: {
      whatItIs:
        'We move the customer’s servers and applications from their own server room or data centre to the cloud, planned step by step with minimal downtime. Afterwards we can run and optimise the new environment.',
      benefits: [
        'No more ageing servers to buy, cool and maintain',
        'Capacity that grows and shrinks with the business',
        'Better availability and easier remote working',
      ],
      signals: [
        'They have a server room, or servers in a cupboard at the office',
        'Their servers or software licences are due for renewal',
        'They are moving office and wonder what to do with the servers',
      ],
      questions: [
        'Where do your systems and files run today?',
        'When did you last replace your servers?',
        'What happens to your business if the server room goes down?',
        'How do your employees reach your systems when they work from home?',
      ],
    },
    sv: {
      whatItIs:
        'Vi flyttar kundens servrar och applikationer från det egna serverrummet eller datacentret till molnet, stegvis planerat och med minimala avbrott. Efter molnmigreringen kan vi driva och optimera den nya miljön.',
      benefits: [
        'Inga åldrande servrar att köpa, kyla och underhålla',
        'Kapacitet som växer och krymper i takt med verksamheten',
        'Högre tillgänglighet och enklare distansarbete',
      ],
      signals: [
        'De har ett serverrum eller servrar i ett skåp på kontoret',
        'Det är dags att förnya deras servrar eller programvarulicenser',
        'De ska flytta kontor och undrar vad de ska göra med servrarna',
      ],
      questions: [
        'Var körs era system och filer i dag?',
        'När bytte ni senast ut era servrar?',
        'Vad händer med verksamheten om serverrummet går ner?',
        'Hur når era medarbetare systemen när de arbetar hemifrån?',
      ],
    },
    nb: {
      whatItIs:
        'Vi flytter kundens servere og applikasjoner fra eget serverrom eller datasenter til skyen, trinnvis planlagt og med minimal nedetid. Etter skymigreringen kan vi drifte og optimalisere det nye miljøet.',
      benefits: [
        'Ingen aldrende servere å kjøpe, kjøle og vedlikeholde',
        'Kapasitet som vokser og krymper i takt med virksomheten',
        'Høyere tilgjengelighet og enklere hjemmekontor',
      ],
      signals: [
        'De har et serverrom eller servere i et skap på kontoret',
        'Serverne eller programvarelisensene deres skal snart fornyes',
        'De skal flytte kontor og lurer på hva de skal gjøre med serverne',
      ],
      questions: [
        'Hvor kjører systemene og filene deres i dag?',
        'Når byttet dere sist ut serverne?',
        'Hva skjer med virksomheten hvis serverrommet går ned?',
        'Hvordan når de ansatte systemene når de jobber hjemmefra?',
      ],
    },
  },
  'DS-M365': {
    en: {
      whatItIs:
        'We handle the customer’s Microsoft 365 licences, set-up and governance: the right licence for each user, a secure configuration, and rules for Teams, SharePoint and file sharing.',
      benefits: [
        'Pay only for the licences you actually need',
        'A safer set-up with multi-factor sign-in and access control',
        'Order in Teams and files, so people find what they are looking for',
      ],
      signals: [
        'They complain about chaos in Teams, shared folders or files everywhere',
        'They are unsure which licences they are paying for',
        'They want to start using Copilot or other AI tools',
      ],
      questions: [
        'How do your employees share files and work together today?',
        'Who manages your Microsoft 365 licences and settings?',
        'How easy is it to find the right document when you need it?',
        'How are you thinking about using AI tools such as Copilot?',
      ],
    },
    sv: {
      whatItIs:
        'Vi hanterar kundens licenser, uppsättning och styrning av Microsoft 365: rätt licens för varje användare, en säker konfiguration och regler för Teams, SharePoint och fildelning.',
      benefits: [
        'Betala bara för de licenser ni faktiskt behöver',
        'En säkrare uppsättning med tvåfaktorsinloggning och behörighetsstyrning',
        'Ordning i Teams och bland filerna, så att folk hittar det de söker',
      ],
      signals: [
        'De klagar på kaos i Teams, delade mappar eller filer som ligger överallt',
        'De är osäkra på vilka licenser de betalar för',
        'De vill börja använda Copilot eller andra AI-verktyg',
      ],
      questions: [
        'Hur delar era medarbetare filer och samarbetar i dag?',
        'Vem sköter era licenser och inställningar i Microsoft 365?',
        'Hur lätt är det att hitta rätt dokument när man behöver det?',
        'Hur tänker ni kring att använda AI-verktyg som Copilot?',
      ],
    },
    nb: {
      whatItIs:
        'Vi håndterer kundens lisenser, oppsett og styring av Microsoft 365: riktig lisens for hver bruker, en sikker konfigurasjon og regler for Teams, SharePoint og fildeling.',
      benefits: [
        'Betal bare for lisensene dere faktisk trenger',
        'Et sikrere oppsett med tofaktorautentisering og tilgangsstyring',
        'Orden i Teams og blant filene, så folk finner det de leter etter',
      ],
      signals: [
        'De klager over kaos i Teams, delte mapper eller filer som ligger overalt',
        'De er usikre på hvilke lisenser de betaler for',
        'De ønsker å ta i bruk Copilot eller andre KI-verktøy',
      ],
      questions: [
        'Hvordan deler de ansatte filer og samarbeider i dag?',
        'Hvem har ansvaret for lisenser og innstillinger i Microsoft 365?',
        'Hvor lett er det å finne riktig dokument når man trenger det?',
        'Hvordan tenker dere rundt bruk av KI-verktøy som Copilot?',
      ],
    },
  },
  'DS-BACKUP': {
    en: {
      whatItIs:
        'Automatic backup of servers, cloud services and Microsoft 365 to a separate, secure location. We test restores regularly, so the customer knows the data can actually be recovered.',
      benefits: [
        'Data can be recovered after ransomware, mistakes or hardware failure',
        'Restores are tested for real – you do not just have to hope they work',
        'No tapes, disks or manual routines to keep track of',
      ],
      signals: [
        'Backups are taken to USB disks, or nobody knows how backup works',
        'They have lost data or been hit by ransomware, or know someone who has',
        'Insurers, auditors or customers ask about their backup routines',
      ],
      questions: [
        'How do you back up your data today?',
        'When did you last try to restore something from backup?',
        'How long could your business manage without access to its systems?',
        'Who would notice if the backup stopped working?',
      ],
    },
    sv: {
      whatItIs:
        'Automatisk säkerhetskopiering av servrar, molntjänster och Microsoft 365 till en separat och säker plats. Vi testar återställningar regelbundet, så att kunden vet att datan faktiskt går att få tillbaka.',
      benefits: [
        'Data kan återställas efter ransomwareattacker, misstag eller hårdvarufel',
        'Återställningen testas på riktigt – ni behöver inte bara hoppas att den fungerar',
        'Inga band, diskar eller manuella rutiner att hålla reda på',
      ],
      signals: [
        'Säkerhetskopior tas på USB-diskar, eller så vet ingen hur backupen fungerar',
        'De har förlorat data eller drabbats av ransomware, eller känner någon som har det',
        'Försäkringsbolag, revisorer eller kunder frågar om deras backuprutiner',
      ],
      questions: [
        'Hur säkerhetskopierar ni er data i dag?',
        'När försökte ni senast återställa något från backupen?',
        'Hur länge skulle verksamheten klara sig utan tillgång till sina system?',
        'Vem skulle märka det om backupen slutade fungera?',
      ],
    },
    nb: {
      whatItIs:
        'Automatisk sikkerhetskopiering av servere, skytjenester og Microsoft 365 til et separat og sikkert sted. Vi tester gjenoppretting jevnlig, slik at kunden vet at dataene faktisk kan hentes tilbake.',
      benefits: [
        'Data kan gjenopprettes etter løsepengevirus, menneskelige feil eller maskinvarefeil',
        'Gjenopprettingen testes på ordentlig – dere trenger ikke bare håpe at den virker',
        'Ingen bånd, disker eller manuelle rutiner å holde styr på',
      ],
      signals: [
        'Sikkerhetskopier tas på USB-disker, eller ingen vet hvordan backupen fungerer',
        'De har mistet data eller blitt rammet av løsepengevirus, eller kjenner noen som har det',
        'Forsikringsselskap, revisor eller kunder spør om backuprutinene deres',
      ],
      questions: [
        'Hvordan tar dere sikkerhetskopi av dataene i dag?',
        'Når prøvde dere sist å gjenopprette noe fra backup?',
        'Hvor lenge kunne virksomheten klart seg uten tilgang til systemene sine?',
        'Hvem ville merket det hvis backupen sluttet å fungere?',
      ],
    },
  },
  'DS-SOC': {
    en: {
      whatItIs:
        'Our security analysts monitor the customer’s computers, servers and cloud services 24/7, detect attacks and act at once to stop them. The customer gets a clear report on what happened and what was done.',
      benefits: [
        'Attacks are stopped at night and at weekends too',
        'Security expertise without building your own team',
        'Easier to meet requirements from insurers, customers and NIS2',
      ],
      signals: [
        'They have had a cyber incident, or a customer or competitor has',
        'Nobody watches security alerts outside office hours',
        'Customers or insurers have started asking about their IT security',
      ],
      questions: [
        'What would happen if someone broke into your systems on a Friday night?',
        'Who follows up on security alerts today?',
        'What do your customers or insurers require of your IT security?',
        'How would an IT outage of a few days affect your business?',
      ],
    },
    sv: {
      whatItIs:
        'Våra säkerhetsanalytiker övervakar kundens datorer, servrar och molntjänster dygnet runt, upptäcker angrepp och agerar direkt för att stoppa dem. Kunden får en tydlig rapport om vad som hände och vad som gjordes.',
      benefits: [
        'Angrepp stoppas även på nätter och helger',
        'Säkerhetsexpertis utan att ni behöver bygga ett eget team',
        'Lättare att uppfylla krav från försäkringsbolag, kunder och NIS2',
      ],
      signals: [
        'De har haft en IT-incident, eller så har en kund eller konkurrent haft det',
        'Ingen bevakar säkerhetslarm utanför kontorstid',
        'Kunder eller försäkringsbolag har börjat fråga om deras IT-säkerhet',
      ],
      questions: [
        'Vad skulle hända om någon tog sig in i era system en fredagskväll?',
        'Vem följer upp säkerhetslarm i dag?',
        'Vilka krav ställer era kunder eller försäkringsbolag på er IT-säkerhet?',
        'Hur skulle ett IT-avbrott på några dagar påverka verksamheten?',
      ],
    },
    nb: {
      whatItIs:
        'Sikkerhetsanalytikerne våre overvåker kundens PC-er, servere og skytjenester døgnet rundt, oppdager angrep og griper inn med én gang for å stoppe dem. Kunden får en tydelig rapport om hva som skjedde og hva som ble gjort.',
      benefits: [
        'Angrep stoppes også om natten og i helgene',
        'Sikkerhetsekspertise uten at dere må bygge et eget team',
        'Enklere å oppfylle krav fra forsikringsselskaper, kunder og NIS2',
      ],
      signals: [
        'De har hatt en IT-hendelse, eller en kunde eller konkurrent har hatt det',
        'Ingen følger med på sikkerhetsvarsler utenfor kontortid',
        'Kunder eller forsikringsselskaper har begynt å spørre om IT-sikkerheten deres',
      ],
      questions: [
        'Hva ville skjedd hvis noen brøt seg inn i systemene deres en fredagskveld?',
        'Hvem følger opp sikkerhetsvarsler i dag?',
        'Hvilke krav stiller kundene eller forsikringsselskapet til IT-sikkerheten deres?',
        'Hvordan ville noen dagers IT-stans påvirke virksomheten?',
      ],
    },
  },
  'DS-NIS2': {
    en: {
      whatItIs:
        'A gap analysis of the customer’s cybersecurity against the EU’s NIS2 directive, followed by a prioritised plan for what needs to be done. We also help management understand its own responsibilities.',
      benefits: [
        'A clear answer on whether, and how, NIS2 applies to you',
        'A prioritised plan instead of a long list of requirements',
        'Management knows its duties and can show that it is acting',
      ],
      signals: [
        'They work in energy, transport, health, food, manufacturing or another critical sector',
        'Large customers have started asking their suppliers about NIS2',
        'Management asks what NIS2 means for them, but nobody has the answer',
      ],
      questions: [
        'How far have you come in looking at what NIS2 means for you?',
        'Who in your organisation is responsible for cybersecurity?',
        'What do your largest customers ask about your security?',
        'How does management follow up on IT risks today?',
      ],
    },
    sv: {
      whatItIs:
        'En gapanalys av kundens cybersäkerhet mot EU:s NIS2-direktiv, följd av en prioriterad plan för vad som behöver göras. Vi hjälper också ledningen att förstå sitt eget ansvar.',
      benefits: [
        'Tydligt besked om NIS2 gäller er, och i så fall hur',
        'En prioriterad plan i stället för en lång lista med krav',
        'Ledningen känner till sitt ansvar och kan visa att den agerar',
      ],
      signals: [
        'De verkar inom energi, transport, vård, livsmedel, tillverkning eller en annan samhällsviktig sektor',
        'Stora kunder har börjat fråga sina leverantörer om NIS2',
        'Ledningen undrar vad NIS2 innebär för dem, men ingen har svaret',
      ],
      questions: [
        'Hur långt har ni kommit i att se över vad NIS2 innebär för er?',
        'Vem i organisationen ansvarar för cybersäkerheten?',
        'Vad frågar era största kunder om när det gäller er säkerhet?',
        'Hur följer ledningen upp IT-riskerna i dag?',
      ],
    },
    nb: {
      whatItIs:
        'En gapanalyse av kundens cybersikkerhet opp mot EUs NIS2-direktiv, fulgt av en prioritert plan for hva som må gjøres. Vi hjelper også ledelsen med å forstå sitt eget ansvar.',
      benefits: [
        'Et tydelig svar på om, og hvordan, NIS2 gjelder dere',
        'En prioritert plan i stedet for en lang liste med krav',
        'Ledelsen kjenner pliktene sine og kan vise at den handler',
      ],
      signals: [
        'De jobber innen energi, transport, helse, mat, industri eller en annen samfunnskritisk sektor',
        'Store kunder, også i EU, har begynt å spørre leverandørene sine om NIS2',
        'Ledelsen lurer på hva NIS2 betyr for dem, men ingen har svaret',
      ],
      questions: [
        'Hvor langt har dere kommet i å se på hva NIS2 betyr for dere?',
        'Hvem i organisasjonen har ansvaret for cybersikkerhet?',
        'Hva spør de største kundene om når det gjelder sikkerheten deres?',
        'Hvordan følger ledelsen opp IT-risiko i dag?',
      ],
    },
  },
  'DS-AWARE': {
    en: {
      whatItIs:
        'Short online courses and realistic phishing simulations that teach employees to spot scams and handle information safely. Reports show how the organisation improves over time.',
      benefits: [
        'Fewer employees click on fraudulent emails and links',
        'Employees know what to do, and whom to contact, when something looks wrong',
        'Documented training that customers and insurers ask for',
      ],
      signals: [
        'They have received fake invoices, CEO fraud attempts or phishing emails',
        'They are taking on many new employees',
        'Management worries that people are the weakest link in security',
      ],
      questions: [
        'What happens today when an employee receives a suspicious email?',
        'How do new employees learn about IT security with you?',
        'What attempts at fraud by email or phone have you come across?',
        'How do you know whether employees follow your security rules?',
      ],
    },
    sv: {
      whatItIs:
        'Korta webbutbildningar och realistiska nätfiskesimuleringar som lär medarbetarna att känna igen bedrägerier och hantera information säkert. Rapporter visar hur organisationen blir bättre över tid.',
      benefits: [
        'Färre medarbetare klickar på bedrägliga mejl och länkar',
        'Medarbetarna vet vad de ska göra och vem de ska kontakta när något verkar fel',
        'Dokumenterad utbildning som kunder och försäkringsbolag efterfrågar',
      ],
      signals: [
        'De har fått falska fakturor, vd-bedrägerier eller nätfiskemejl',
        'De tar emot många nyanställda',
        'Ledningen oroar sig för att människorna är den svagaste länken i säkerheten',
      ],
      questions: [
        'Vad händer i dag när en medarbetare får ett misstänkt mejl?',
        'Hur lär sig nyanställda om IT-säkerhet hos er?',
        'Vilka bedrägeriförsök via mejl eller telefon har ni råkat ut för?',
        'Hur vet ni om medarbetarna följer era säkerhetsregler?',
      ],
    },
    nb: {
      whatItIs:
        'Korte nettkurs og realistiske phishing-simuleringer som lærer de ansatte å kjenne igjen svindel og håndtere informasjon på en trygg måte. Rapporter viser hvordan organisasjonen blir bedre over tid.',
      benefits: [
        'Færre ansatte klikker på falske e-poster og lenker',
        'De ansatte vet hva de skal gjøre og hvem de skal kontakte når noe virker galt',
        'Dokumentert opplæring som kunder og forsikringsselskaper etterspør',
      ],
      signals: [
        'De har fått falske fakturaer, direktørsvindel eller phishing-e-poster',
        'De tar inn mange nyansatte',
        'Ledelsen er bekymret for at menneskene er det svakeste leddet i sikkerheten',
      ],
      questions: [
        'Hva skjer i dag når en ansatt får en mistenkelig e-post?',
        'Hvordan lærer nyansatte om IT-sikkerhet hos dere?',
        'Hvilke svindelforsøk på e-post eller telefon har dere opplevd?',
        'Hvordan vet dere om de ansatte følger sikkerhetsreglene?',
      ],
    },
  },
  'DS-PENTEST': {
    en: {
      whatItIs:
        'Our ethical hackers test the customer’s systems, websites and networks the way a real attacker would, within agreed limits. The customer gets a report on the weaknesses found and how to fix them.',
      benefits: [
        'Weaknesses are found before criminals find them',
        'A concrete, prioritised list of what to fix',
        'Evidence of security for customers, auditors and certifications',
      ],
      signals: [
        'They are launching a new web shop, customer portal or app',
        'Customers or tenders require a security test',
        'They are preparing for ISO 27001 or another certification',
      ],
      questions: [
        'When were your systems last tested by someone outside the company?',
        'Which of your systems would cause the most harm if they were attacked?',
        'What do customers or partners require in terms of security testing?',
        'What new digital services are you launching this year?',
      ],
    },
    sv: {
      whatItIs:
        'Våra etiska hackare testar kundens system, webbplatser och nätverk på samma sätt som en riktig angripare skulle göra, inom överenskomna ramar. Kunden får en rapport om vilka svagheter som hittades och hur de åtgärdas.',
      benefits: [
        'Svagheter hittas innan de kriminella hittar dem',
        'En konkret och prioriterad lista över vad som ska åtgärdas',
        'Belägg för säkerheten gentemot kunder, revisorer och certifieringar',
      ],
      signals: [
        'De lanserar en ny webbshop, kundportal eller app',
        'Kunder eller upphandlingar kräver ett säkerhetstest',
        'De förbereder sig för ISO 27001 eller en annan certifiering',
      ],
      questions: [
        'När testades era system senast av någon utanför företaget?',
        'Vilka av era system skulle orsaka mest skada om de angreps?',
        'Vilka krav på säkerhetstester ställer kunder eller partner?',
        'Vilka nya digitala tjänster lanserar ni i år?',
      ],
    },
    nb: {
      whatItIs:
        'De etiske hackerne våre tester kundens systemer, nettsider og nettverk slik en ekte angriper ville gjort, innenfor avtalte rammer. Kunden får en rapport om hvilke svakheter som ble funnet og hvordan de kan utbedres.',
      benefits: [
        'Svakheter blir funnet før de kriminelle finner dem',
        'En konkret og prioritert liste over hva som må fikses',
        'Dokumentasjon på sikkerheten overfor kunder, revisorer og sertifiseringer',
      ],
      signals: [
        'De lanserer en ny nettbutikk, kundeportal eller app',
        'Kunder eller anbud krever en sikkerhetstest',
        'De forbereder seg på ISO 27001 eller en annen sertifisering',
      ],
      questions: [
        'Når ble systemene deres sist testet av noen utenfor bedriften?',
        'Hvilke av systemene ville gjort mest skade om de ble angrepet?',
        'Hvilke krav til sikkerhetstesting stiller kunder eller partnere?',
        'Hvilke nye digitale tjenester skal dere lansere i år?',
      ],
    },
  },

  // ── Energy & Climate ──────────────────────────────────────────────────────
  'EC-AUDIT': {
    en: {
      whatItIs:
        'An expert visits the customer’s buildings and processes, maps how energy is used and shows where the biggest savings are. The result is a list of measures with costs and payback times.',
      benefits: [
        'A clear picture of where the energy goes',
        'Measures ranked by saving and payback time',
        'Meets the legal requirement for energy audits in large companies',
      ],
      signals: [
        'They complain about high electricity or heating bills',
        'They are a large company that is required by law to carry out energy audits',
        'They have set climate goals but do not know where to start',
      ],
      questions: [
        'How have your energy costs developed over the last few years?',
        'Where in your business do you think most energy is used?',
        'What have you already done to reduce energy use?',
        'Who is responsible for energy questions in your company?',
      ],
    },
    sv: {
      whatItIs:
        'En expert besöker kundens byggnader och processer, kartlägger hur energin används och visar var de största besparingarna finns. Resultatet är en lista med åtgärder, kostnader och återbetalningstider.',
      benefits: [
        'En tydlig bild av vart energin tar vägen',
        'Åtgärder rangordnade efter besparing och återbetalningstid',
        'Uppfyller lagkravet på energikartläggning i stora företag',
      ],
      signals: [
        'De klagar på höga el- eller värmekostnader',
        'De är ett stort företag som enligt lag måste göra en energikartläggning',
        'De har satt klimatmål men vet inte var de ska börja',
      ],
      questions: [
        'Hur har era energikostnader utvecklats de senaste åren?',
        'Var i verksamheten tror ni att mest energi går åt?',
        'Vad har ni redan gjort för att minska energianvändningen?',
        'Vem ansvarar för energifrågorna i ert företag?',
      ],
    },
    nb: {
      whatItIs:
        'En ekspert besøker kundens bygg og prosesser, kartlegger hvordan energien brukes og viser hvor de største besparelsene ligger. Resultatet er en liste med tiltak, kostnader og tilbakebetalingstid.',
      benefits: [
        'Et tydelig bilde av hvor energien blir av',
        'Tiltak rangert etter besparelse og tilbakebetalingstid',
        'Et godt grunnlag for investeringer og for å søke støtte, for eksempel fra Enova',
      ],
      signals: [
        'De klager over høye strøm- eller varmeregninger',
        'De har mange bygg eller energikrevende prosesser',
        'De har satt klimamål, men vet ikke hvor de skal begynne',
      ],
      questions: [
        'Hvordan har energikostnadene deres utviklet seg de siste årene?',
        'Hvor i virksomheten tror dere at mest energi går med?',
        'Hva har dere allerede gjort for å redusere energibruken?',
        'Hvem har ansvaret for energispørsmål i bedriften?',
      ],
    },
  },
  'EC-LED': {
    en: {
      whatItIs:
        'We replace old lighting in offices, shops, warehouses and outdoor areas with LED and smart controls that dim or switch off when nobody is there. The savings often pay for the project within a few years.',
      benefits: [
        'Often 50–70 % lower electricity use for lighting',
        'Better light for employees and customers',
        'Less maintenance, since LED lasts much longer',
      ],
      signals: [
        'They have fluorescent tubes or old spotlights',
        'Lights stay on all night in empty warehouses or offices',
        'They complain about poor or flickering light',
      ],
      questions: [
        'What kind of lighting do you have in your premises today?',
        'How is the lighting switched on and off, for example at night?',
        'How satisfied are your employees with the light where they work?',
        'When did you last upgrade your lighting?',
      ],
    },
    sv: {
      whatItIs:
        'Vi byter ut gammal belysning på kontor, i butiker, lager och utomhusmiljöer mot LED och smart styrning som dimrar eller släcker när ingen är där. Besparingen betalar ofta projektet på några få år.',
      benefits: [
        'Ofta 50–70 procent lägre elanvändning för belysningen',
        'Bättre ljus för medarbetare och kunder',
        'Mindre underhåll eftersom LED håller mycket längre',
      ],
      signals: [
        'De har lysrör eller gamla spotlights',
        'Lamporna lyser hela natten i tomma lager eller kontor',
        'De klagar på dåligt eller flimrande ljus',
      ],
      questions: [
        'Vilken typ av belysning har ni i era lokaler i dag?',
        'Hur tänds och släcks belysningen, till exempel på natten?',
        'Hur nöjda är medarbetarna med ljuset där de arbetar?',
        'När uppgraderade ni belysningen senast?',
      ],
    },
    nb: {
      whatItIs:
        'Vi bytter ut gammel belysning på kontorer, i butikker, på lager og utendørs med LED og smart styring som demper eller slår av lyset når ingen er der. Besparelsen betaler ofte prosjektet i løpet av noen få år.',
      benefits: [
        'Ofte 50–70 prosent lavere strømforbruk til belysning',
        'Bedre lys for ansatte og kunder',
        'Mindre vedlikehold, fordi LED varer mye lenger',
      ],
      signals: [
        'De har lysrør eller gamle spotter',
        'Lyset står på hele natten i tomme lagre eller kontorer',
        'De klager over dårlig eller flimrende lys',
      ],
      questions: [
        'Hva slags belysning har dere i lokalene i dag?',
        'Hvordan slås lyset av og på, for eksempel om natten?',
        'Hvor fornøyde er de ansatte med lyset der de jobber?',
        'Når oppgraderte dere belysningen sist?',
      ],
    },
  },
  'EC-HVAC': {
    en: {
      whatItIs:
        'We tune a building’s heating, ventilation and cooling so that they run only when, and as much as, they are needed. This cuts energy use and often improves the indoor climate at the same time.',
      benefits: [
        'Lower energy bills, often without large investments',
        'A more even and comfortable indoor climate',
        'Longer life for fans, pumps and heat pumps',
      ],
      signals: [
        'People complain that it is too hot, too cold or stuffy',
        'The ventilation runs at full speed at night and at weekends',
        'Fewer people come to the office, but energy use has not gone down',
      ],
      questions: [
        'How do you find the indoor climate in your premises?',
        'How are heating and ventilation controlled today, and by whom?',
        'When were the settings for heating and ventilation last reviewed?',
        'What do heating and cooling cost you over a year?',
      ],
    },
    sv: {
      whatItIs:
        'Vi trimmar fastighetens värme, ventilation och kyla så att de bara går när och så mycket som det behövs. Det sänker energianvändningen och förbättrar ofta inomhusklimatet samtidigt.',
      benefits: [
        'Lägre energiräkningar, ofta utan stora investeringar',
        'Ett jämnare och behagligare inomhusklimat',
        'Längre livslängd för fläktar, pumpar och värmepumpar',
      ],
      signals: [
        'Folk klagar på att det är för varmt, för kallt eller instängt',
        'Ventilationen går för fullt på nätter och helger',
        'Färre är på kontoret, men energianvändningen har inte minskat',
      ],
      questions: [
        'Hur upplever ni inomhusklimatet i era lokaler?',
        'Hur styrs värme och ventilation i dag, och av vem?',
        'När sågs inställningarna för värme och ventilation över senast?',
        'Vad kostar uppvärmning och kyla er under ett år?',
      ],
    },
    nb: {
      whatItIs:
        'Vi justerer byggets varme, ventilasjon og kjøling slik at anleggene bare går når og så mye som det er behov for. Det reduserer energibruken og gir ofte et bedre inneklima samtidig.',
      benefits: [
        'Lavere energiregning, ofte uten store investeringer',
        'Et jevnere og mer behagelig inneklima',
        'Lengre levetid for vifter, pumper og varmepumper',
      ],
      signals: [
        'Folk klager over at det er for varmt, for kaldt eller tett luft',
        'Ventilasjonen går for fullt om natten og i helgene',
        'Færre er på kontoret, men energibruken har ikke gått ned',
      ],
      questions: [
        'Hvordan opplever dere inneklimaet i lokalene?',
        'Hvordan styres varme og ventilasjon i dag, og av hvem?',
        'Når ble innstillingene for varme og ventilasjon sist gjennomgått?',
        'Hva koster oppvarming og kjøling dere i løpet av et år?',
      ],
    },
  },
  'EC-SOLAR': {
    en: {
      whatItIs:
        'Solar panels on the customer’s own roof, designed, installed and monitored by us. The customer uses the electricity in its own operations and sells any surplus.',
      benefits: [
        'Lower electricity costs for decades',
        'Protection against rising and volatile power prices',
        'Visible proof of the company’s climate work',
      ],
      signals: [
        'They own buildings with large, flat or south-facing roofs',
        'They use a lot of electricity during the day, for example for production, cooling or warehouses',
        'They are replacing a roof or building new premises',
      ],
      questions: [
        'What does ownership of your buildings look like – do you own them or rent?',
        'At what time of day do you use the most electricity?',
        'How do electricity prices affect your business?',
        'What plans do you have for your roofs or buildings in the coming years?',
      ],
    },
    sv: {
      whatItIs:
        'Solceller på kundens eget tak som vi projekterar, installerar och övervakar. Kunden använder elen i den egna verksamheten och säljer eventuellt överskott.',
      benefits: [
        'Lägre elkostnader i årtionden framöver',
        'Skydd mot stigande och svängande elpriser',
        'Ett synligt bevis på företagets klimatarbete',
      ],
      signals: [
        'De äger byggnader med stora, platta tak eller tak i söderläge',
        'De använder mycket el dagtid, till exempel till produktion, kyla eller lager',
        'De ska lägga om taket eller bygga nya lokaler',
      ],
      questions: [
        'Hur ser det ut med era byggnader – äger ni dem eller hyr ni?',
        'När på dygnet använder ni mest el?',
        'Hur påverkar elpriset er verksamhet?',
        'Vilka planer har ni för era tak eller byggnader de närmaste åren?',
      ],
    },
    nb: {
      whatItIs:
        'Solcellepaneler på kundens eget tak, prosjektert, installert og overvåket av oss. Kunden bruker strømmen i egen drift og selger eventuelt overskudd.',
      benefits: [
        'Lavere strømkostnader i flere tiår framover',
        'Beskyttelse mot stigende og svingende strømpriser',
        'Et synlig bevis på bedriftens klimaarbeid',
      ],
      signals: [
        'De eier bygg med store, flate eller sørvendte tak',
        'De bruker mye strøm på dagtid, for eksempel til produksjon, kjøling eller lager',
        'De skal legge nytt tak eller bygge nye lokaler',
      ],
      questions: [
        'Hvordan er det med byggene dere holder til i – eier dere dem eller leier dere?',
        'Når på døgnet bruker dere mest strøm?',
        'Hvordan påvirker strømprisen virksomheten deres?',
        'Hvilke planer har dere for takene eller byggene de nærmeste årene?',
      ],
    },
  },
  'EC-PPA': {
    en: {
      whatItIs:
        'A long-term agreement to buy renewable electricity from specific wind or solar farms at a price fixed for several years. The customer gets both a stable price and guarantees of origin for its electricity.',
      benefits: [
        'Stable, predictable electricity prices over many years',
        'Verifiable renewable electricity for climate reporting',
        'Helps new wind and solar power get built',
      ],
      signals: [
        'They are a large electricity user that has been hit hard by price spikes',
        'Their customers or owners demand renewable electricity',
        'Their current electricity contract ends soon',
      ],
      questions: [
        'How do you buy electricity today, and when does your contract end?',
        'How much do swings in electricity prices affect your budget?',
        'What do your customers expect from you when it comes to renewable energy?',
        'How far ahead would you like to know what your electricity will cost?',
      ],
    },
    sv: {
      whatItIs:
        'Ett långsiktigt avtal om att köpa förnybar el från utvalda vind- eller solparker till ett pris som är låst i flera år. Kunden får både ett stabilt pris och ursprungsgarantier för sin el.',
      benefits: [
        'Stabila och förutsägbara elpriser under många år',
        'Verifierbar förnybar el för klimatrapporteringen',
        'Bidrar till att ny vind- och solkraft byggs',
      ],
      signals: [
        'De är en stor elanvändare som har drabbats hårt av pristoppar',
        'Deras kunder eller ägare kräver förnybar el',
        'Deras nuvarande elavtal löper snart ut',
      ],
      questions: [
        'Hur köper ni el i dag, och när löper avtalet ut?',
        'Hur mycket påverkar svängningar i elpriset er budget?',
        'Vad förväntar sig era kunder av er när det gäller förnybar energi?',
        'Hur långt fram i tiden skulle ni vilja veta vad elen kostar?',
      ],
    },
    nb: {
      whatItIs:
        'En langsiktig avtale om kjøp av fornybar strøm fra bestemte vind- eller solkraftverk til en pris som er låst i flere år. Kunden får både en stabil pris og opprinnelsesgarantier for strømmen.',
      benefits: [
        'Stabile og forutsigbare strømpriser i mange år',
        'Dokumentert fornybar strøm til klimarapporteringen',
        'Bidrar til at ny vind- og solkraft blir bygget',
      ],
      signals: [
        'De er en stor strømkunde som har blitt hardt rammet av pristopper',
        'Kundene eller eierne deres krever fornybar strøm',
        'Den nåværende strømavtalen deres løper snart ut',
      ],
      questions: [
        'Hvordan kjøper dere strøm i dag, og når løper avtalen ut?',
        'Hvor mye påvirker svingninger i strømprisen budsjettet deres?',
        'Hva forventer kundene av dere når det gjelder fornybar energi?',
        'Hvor langt fram i tid skulle dere ønske å vite hva strømmen koster?',
      ],
    },
  },
  'EC-BATT': {
    en: {
      whatItIs:
        'A battery system at the customer’s site that stores electricity when it is cheap and uses it when demand or prices peak. It can also keep critical equipment running during a power cut.',
      benefits: [
        'Lower grid fees by shaving peaks in power demand',
        'Backup power for critical equipment',
        'More value from your own solar power',
      ],
      signals: [
        'Their grid fees are high because of short peaks in power use',
        'They are installing fast chargers, heat pumps or new machines',
        'Power cuts have stopped their production or IT',
      ],
      questions: [
        'At what time of day is your power demand highest?',
        'What happens in your business during a power cut?',
        'What new equipment that uses a lot of electricity are you planning to add?',
        'How large a share of your electricity bill is grid fees?',
      ],
    },
    sv: {
      whatItIs:
        'Ett batterilager hos kunden som lagrar el när den är billig och använder den när effektbehovet eller priset toppar. Det kan också hålla kritisk utrustning igång vid strömavbrott.',
      benefits: ['Lägre nätavgifter genom att kapa effekttoppar', 'Reservkraft för kritisk utrustning', 'Mer nytta av egen solel'],
      signals: [
        'Deras nätavgifter är höga på grund av korta effekttoppar',
        'De installerar snabbladdare, värmepumpar eller nya maskiner',
        'Strömavbrott har stoppat deras produktion eller IT',
      ],
      questions: [
        'När på dygnet har ni störst effektbehov?',
        'Vad händer i er verksamhet vid ett strömavbrott?',
        'Vilken ny utrustning som drar mycket el planerar ni att skaffa?',
        'Hur stor del av elräkningen utgörs av nätavgifter?',
      ],
    },
    nb: {
      whatItIs:
        'Et batterilager hos kunden som lagrer strøm når den er billig, og bruker den når effektbehovet eller prisen er på topp. Det kan også holde kritisk utstyr i gang ved strømbrudd.',
      benefits: ['Lavere nettleie ved å kappe effekttopper', 'Reservestrøm for kritisk utstyr', 'Mer nytte av egen solstrøm'],
      signals: [
        'Nettleien deres er høy på grunn av korte effekttopper',
        'De installerer hurtigladere, varmepumper eller nye maskiner',
        'Strømbrudd har stanset produksjonen eller IT-systemene deres',
      ],
      questions: [
        'Når på døgnet har dere størst effektbehov?',
        'Hva skjer i virksomheten ved et strømbrudd?',
        'Hvilket nytt utstyr som bruker mye strøm, planlegger dere å anskaffe?',
        'Hvor stor del av strømregningen er nettleie?',
      ],
    },
  },
  'EC-CSRD': {
    en: {
      whatItIs:
        'We help the customer produce its sustainability report under the EU’s CSRD: the double materiality assessment, data collection, calculations and the report itself. The result is a report that stands up to the auditor’s review.',
      benefits: [
        'A report that meets the requirements and passes assurance',
        'Less internal work collecting and checking data',
        'Sustainability insights that can be used in strategy and sales',
      ],
      signals: [
        'They are a large or listed company, or a supplier to one',
        'Sustainability reporting has landed on the finance team on top of everything else',
        'Their auditor or bank has started asking for sustainability data',
      ],
      questions: [
        'How do you report on sustainability today?',
        'Who in the company is responsible for sustainability reporting?',
        'What do banks, owners or customers ask you about sustainability?',
        'What has been hardest about gathering sustainability data so far?',
      ],
    },
    sv: {
      whatItIs:
        'Vi hjälper kunden att ta fram sin hållbarhetsrapport enligt EU:s CSRD: väsentlighetsanalys med dubbel väsentlighet, datainsamling, beräkningar och själva rapporten. Resultatet är en rapport som håller vid revisorns granskning.',
      benefits: [
        'En rapport som uppfyller kraven och klarar granskningen',
        'Mindre internt arbete med att samla in och kontrollera data',
        'Insikter om hållbarhet som kan användas i strategi och försäljning',
      ],
      signals: [
        'De är ett stort eller börsnoterat företag, eller leverantör till ett sådant',
        'Hållbarhetsrapporteringen har hamnat på ekonomiavdelningens bord utöver allt annat',
        'Revisorn eller banken har börjat fråga efter hållbarhetsdata',
      ],
      questions: [
        'Hur rapporterar ni om hållbarhet i dag?',
        'Vem i företaget ansvarar för hållbarhetsrapporteringen?',
        'Vad frågar banker, ägare eller kunder er om när det gäller hållbarhet?',
        'Vad har varit svårast med att samla in hållbarhetsdata hittills?',
      ],
    },
    nb: {
      whatItIs:
        'Vi hjelper kunden med å utarbeide bærekraftsrapporten etter EUs CSRD: vesentlighetsanalyse med dobbel vesentlighet, datainnsamling, beregninger og selve rapporten. Resultatet er en rapport som holder når revisor går den etter i sømmene.',
      benefits: [
        'En rapport som oppfyller kravene og består revisors attestasjon',
        'Mindre internt arbeid med å samle inn og kontrollere data',
        'Innsikt i bærekraft som kan brukes i strategi og salg',
      ],
      signals: [
        'De er et stort eller børsnotert selskap, eller leverandør til et slikt',
        'Bærekraftsrapporteringen har havnet hos økonomiavdelingen i tillegg til alt annet',
        'Revisor eller banken har begynt å be om bærekraftsdata',
      ],
      questions: [
        'Hvordan rapporterer dere på bærekraft i dag?',
        'Hvem i bedriften har ansvaret for bærekraftsrapporteringen?',
        'Hva spør banker, eiere eller kunder dere om når det gjelder bærekraft?',
        'Hva har vært vanskeligst med å samle inn bærekraftsdata så langt?',
      ],
    },
  },
  'EC-SCOPE3': {
    en: {
      whatItIs:
        'We map the emissions in the customer’s value chain – purchased goods, transport, business travel and the use of products sold – which often make up most of a company’s climate footprint. The result shows where the largest emissions are and which suppliers matter most.',
      benefits: [
        'A full picture of the climate footprint, not just your own operations',
        'Knowing which purchases and suppliers to tackle first',
        'Ready answers when customers ask for emissions per product or supplier',
      ],
      signals: [
        'Their customers send questionnaires asking for emissions data',
        'They buy large volumes of materials, goods or transport',
        'They have reported scope 1 and 2, but not scope 3',
      ],
      questions: [
        'What do your customers ask you about climate and emissions?',
        'What are the largest purchases in your business?',
        'How do you work with suppliers on sustainability today?',
        'How far have you come in calculating your climate footprint?',
      ],
    },
    sv: {
      whatItIs:
        'Vi kartlägger utsläppen i kundens värdekedja – inköpta varor, transporter, tjänsteresor och användningen av sålda produkter – som ofta står för merparten av ett företags klimatavtryck. Resultatet visar var de största utsläppen finns och vilka leverantörer som betyder mest.',
      benefits: [
        'En fullständig bild av klimatavtrycket, inte bara den egna verksamheten',
        'Besked om vilka inköp och leverantörer ni ska ta tag i först',
        'Färdiga svar när kunder frågar efter utsläpp per produkt eller leverantör',
      ],
      signals: [
        'Deras kunder skickar enkäter och efterfrågar utsläppsdata',
        'De köper stora volymer material, varor eller transporter',
        'De har redovisat scope 1 och 2 men inte scope 3',
      ],
      questions: [
        'Vad frågar era kunder er om när det gäller klimat och utsläpp?',
        'Vilka är de största inköpen i er verksamhet?',
        'Hur arbetar ni med leverantörerna kring hållbarhet i dag?',
        'Hur långt har ni kommit med att beräkna ert klimatavtryck?',
      ],
    },
    nb: {
      whatItIs:
        'Vi kartlegger utslippene i kundens verdikjede – innkjøpte varer, transport, tjenestereiser og bruk av solgte produkter – som ofte utgjør mesteparten av en bedrifts klimaavtrykk. Resultatet viser hvor de største utslippene er og hvilke leverandører som betyr mest.',
      benefits: [
        'Et fullstendig bilde av klimaavtrykket, ikke bare egen drift',
        'Svar på hvilke innkjøp og leverandører dere bør ta tak i først',
        'Ferdige svar når kunder spør etter utslipp per produkt eller leverandør',
      ],
      signals: [
        'Kundene deres sender spørreskjemaer og ber om utslippsdata',
        'De kjøper store volumer av materialer, varer eller transport',
        'De har rapportert scope 1 og 2, men ikke scope 3',
      ],
      questions: [
        'Hva spør kundene dere om når det gjelder klima og utslipp?',
        'Hva er de største innkjøpene i virksomheten deres?',
        'Hvordan jobber dere med leverandørene om bærekraft i dag?',
        'Hvor langt har dere kommet med å beregne klimaavtrykket deres?',
      ],
    },
  },
  'EC-OFFSET': {
    en: {
      whatItIs:
        'Support for verified climate projects, such as reforestation or clean cookstoves, for the emissions the customer cannot yet cut itself. Every project is certified to a recognised standard and reported openly.',
      benefits: [
        'Takes responsibility for residual emissions while reductions continue',
        'Certified projects that stand up to scrutiny',
        'Clear documentation for reports and communication',
      ],
      signals: [
        'They already buy carbon credits but are unsure of their quality',
        'They wonder how to talk about their climate work without being accused of greenwashing',
        'They have a plan to cut emissions but still have emissions left over',
      ],
      questions: [
        'How do you handle the emissions you cannot yet reduce?',
        'How do you make sure the climate projects you support are credible?',
        'How do you tell customers about your climate work?',
        'What kinds of projects would fit your company’s values?',
      ],
    },
    sv: {
      whatItIs:
        'Stöd till verifierade klimatprojekt, till exempel återbeskogning eller rena spisar, för de utsläpp som kunden ännu inte kan minska själv. Alla projekt är certifierade enligt en erkänd standard och redovisas öppet.',
      benefits: [
        'Tar ansvar för kvarvarande utsläpp medan minskningsarbetet fortsätter',
        'Certifierade projekt som håller för granskning',
        'Tydlig dokumentation för rapporter och kommunikation',
      ],
      signals: [
        'De köper redan klimatkompensation men är osäkra på kvaliteten',
        'De undrar hur de kan berätta om sitt klimatarbete utan att anklagas för grönmålning',
        'De har en plan för att minska utsläppen men har fortfarande utsläpp kvar',
      ],
      questions: [
        'Hur hanterar ni de utsläpp som ni ännu inte kan minska?',
        'Hur säkerställer ni att de klimatprojekt ni stöttar är trovärdiga?',
        'Hur berättar ni om ert klimatarbete för kunderna?',
        'Vilka typer av projekt skulle passa ert företags värderingar?',
      ],
    },
    nb: {
      whatItIs:
        'Støtte til verifiserte klimaprosjekter, for eksempel skogplanting eller rene kokeovner, for de utslippene kunden ennå ikke kan kutte selv. Alle prosjektene er sertifisert etter en anerkjent standard og rapporteres åpent.',
      benefits: [
        'Tar ansvar for gjenværende utslipp mens kuttene fortsetter',
        'Sertifiserte prosjekter som tåler å bli gransket',
        'Tydelig dokumentasjon til rapporter og kommunikasjon',
      ],
      signals: [
        'De kjøper allerede klimakvoter, men er usikre på kvaliteten',
        'De lurer på hvordan de kan fortelle om klimaarbeidet uten å bli beskyldt for grønnvasking',
        'De har en plan for å kutte utslipp, men har fortsatt utslipp igjen',
      ],
      questions: [
        'Hvordan håndterer dere utslippene dere ennå ikke kan kutte?',
        'Hvordan sikrer dere at klimaprosjektene dere støtter, er troverdige?',
        'Hvordan forteller dere kundene om klimaarbeidet?',
        'Hvilke typer prosjekter ville passet med verdiene til bedriften?',
      ],
    },
  },
  'EC-PLAN': {
    en: {
      whatItIs:
        'A plan for how the company reaches net zero, with science-based targets (for example under SBTi) and concrete measures year by year. The roadmap ties together energy, transport, purchasing and buildings.',
      benefits: [
        'Targets that customers, investors and employees trust',
        'Concrete measures with costs and timing, not just ambitions',
        'A shared direction for the whole organisation',
      ],
      signals: [
        'They have announced a net zero ambition but have no plan behind it',
        'Large customers require suppliers to have science-based targets',
        'A new head of sustainability or CEO wants to raise the ambition',
      ],
      questions: [
        'What climate goals has your company set?',
        'How do you plan to reach them?',
        'What do your customers and owners expect of you on climate?',
        'Who in management owns the climate question?',
      ],
    },
    sv: {
      whatItIs:
        'En plan för hur företaget når nettonoll, med vetenskapligt baserade mål (till exempel enligt SBTi) och konkreta åtgärder år för år. Färdplanen knyter ihop energi, transporter, inköp och fastigheter.',
      benefits: [
        'Mål som kunder, investerare och medarbetare litar på',
        'Konkreta åtgärder med kostnader och tidplan, inte bara ambitioner',
        'En gemensam riktning för hela organisationen',
      ],
      signals: [
        'De har gått ut med en ambition om nettonoll men saknar en plan bakom',
        'Stora kunder kräver att leverantörerna har vetenskapligt baserade mål',
        'En ny hållbarhetschef eller vd vill höja ambitionsnivån',
      ],
      questions: [
        'Vilka klimatmål har ert företag satt upp?',
        'Hur planerar ni att nå dem?',
        'Vad förväntar sig era kunder och ägare av er i klimatfrågan?',
        'Vem i ledningen äger klimatfrågan?',
      ],
    },
    nb: {
      whatItIs:
        'En plan for hvordan bedriften når netto null, med vitenskapsbaserte mål (for eksempel etter SBTi) og konkrete tiltak år for år. Veikartet knytter sammen energi, transport, innkjøp og bygg.',
      benefits: [
        'Mål som kunder, investorer og ansatte har tillit til',
        'Konkrete tiltak med kostnader og tidsplan, ikke bare ambisjoner',
        'En felles retning for hele organisasjonen',
      ],
      signals: [
        'De har gått ut med en ambisjon om netto null, men mangler en plan',
        'Store kunder krever at leverandørene har vitenskapsbaserte mål',
        'En ny bærekraftssjef eller daglig leder vil heve ambisjonsnivået',
      ],
      questions: [
        'Hvilke klimamål har bedriften satt seg?',
        'Hvordan planlegger dere å nå dem?',
        'Hva forventer kundene og eierne av dere i klimaspørsmålet?',
        'Hvem i ledelsen eier klimaspørsmålet?',
      ],
    },
  },
};
