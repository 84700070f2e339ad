import { Button } from '@mantine/core';
import { IconChartBar, IconChartLine, IconLayoutKanban } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';

/** Board, forecast and analytics, one click apart (the current page left out). */
export function ReportLinks() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const links = [
    { to: '/pipeline', label: t('nav.pipeline'), icon: IconLayoutKanban, testId: 'open-board' },
    { to: '/pipeline/forecast', label: t('pipeline.reports.forecast'), icon: IconChartLine, testId: 'open-forecast' },
    { to: '/pipeline/analytics', label: t('pipeline.reports.analytics'), icon: IconChartBar, testId: 'open-analytics' },
  ];
  return (
    <>
      {links
        .filter((l) => l.to !== pathname)
        .map((l) => (
          <Button key={l.to} component={Link} to={l.to} variant="default" leftSection={<l.icon size={18} />} data-testid={l.testId}>
            {l.label}
          </Button>
        ))}
    </>
  );
}
