import { Anchor, Breadcrumbs, Paper, SimpleGrid, Tabs, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useFormat } from '../../shared/format/useFormat';
import { useSummary } from './queries';

const tabs = [
  { value: 'visits', to: '/cross-selling/visits' },
  { value: 'seminars', to: '/cross-selling/seminars' },
  { value: 'interviews', to: '/cross-selling/interviews' },
] as const;
type Ritual = (typeof tabs)[number]['value'];

/** The three rituals' pages as tabs, under the cross-selling page. */
export function RitualsNav({ active }: { active: Ritual }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <>
      <Breadcrumbs mb="sm" fz="sm">
        <Anchor component={Link} to="/cross-selling" size="sm">
          {t('nav.crossSelling')}
        </Anchor>
      </Breadcrumbs>
      <Tabs value={active} onChange={(v) => v && void navigate(tabs.find((x) => x.value === v)!.to)} mb="md">
        <Tabs.List>
          {tabs.map((x) => (
            <Tabs.Tab key={x.value} value={x.value} data-testid={`rituals-tab-${x.value}`}>
              {t(`rituals.nav.${x.value}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
      </Tabs>
    </>
  );
}

/** What came of a ritual, in a row of figures (the summary over all of them). */
export function RitualFigures({ ritual }: { ritual: Ritual }) {
  const { t } = useTranslation();
  const format = useFormat();
  const summary = useSummary();
  const s = summary.data;
  if (!s) return null;
  const money = (v: number) => format.currency(v, s.currency);
  const figures: [string, string][] =
    ritual === 'visits'
      ? [
          [t('rituals.summary.planned'), format.number(s.visits.planned)],
          [t('rituals.summary.done'), format.number(s.visits.done)],
          [t('rituals.summary.tips'), format.number(s.visits.tips)],
          [t('rituals.summary.opportunities'), format.number(s.visits.opportunities)],
          [t('rituals.summary.won'), money(s.visits.wonValue)],
        ]
      : ritual === 'seminars'
        ? [
            [t('rituals.summary.held'), `${format.number(s.seminars.held)} (+${format.number(s.seminars.upcoming)})`],
            [t('rituals.summary.attended'), format.number(s.seminars.attended)],
            [t('rituals.summary.followUps'), `${format.number(s.seminars.followUpsDone)} / ${format.number(s.seminars.followUps)}`],
            [t('rituals.summary.opportunities'), format.number(s.seminars.opportunities)],
            [t('rituals.summary.won'), money(s.seminars.wonValue)],
          ]
        : [
            [t('rituals.summary.held'), `${format.number(s.interviews.held)} (+${format.number(s.interviews.upcoming)})`],
            [t('rituals.summary.insights'), format.number(s.interviews.insights)],
            [t('rituals.summary.tips'), format.number(s.interviews.tips)],
            [t('rituals.summary.opportunities'), format.number(s.interviews.opportunities)],
            [t('rituals.summary.won'), money(s.interviews.wonValue)],
          ];
  return (
    <Paper withBorder radius="md" p="sm" mb="lg" data-testid={`ritual-figures-${ritual}`} aria-label={t('rituals.summary.title')}>
      <SimpleGrid cols={{ base: 2, sm: 5 }} spacing="xs">
        {figures.map(([label, value]) => (
          <div key={label}>
            <Text size="xs" c="dimmed">
              {label}
            </Text>
            <Text fw={650} size="lg" data-testid="ritual-figure">
              {value}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Paper>
  );
}
