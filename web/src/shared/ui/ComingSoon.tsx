import { Badge } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from './EmptyState';
import { PageHeader } from './PageHeader';

interface Props {
  pageTitle: string;
  icon: ReactNode;
  title: string;
  description: string;
  testId: string;
}

/** A page for an area that is on its way: what it will do, in a sentence or two. */
export function ComingSoon({ pageTitle, icon, title, description, testId }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={pageTitle} />
      <EmptyState
        testId={testId}
        icon={icon}
        eyebrow={
          <Badge variant="light" color="gray" mb="xs">
            {t('common.comingSoon')}
          </Badge>
        }
        title={title}
        description={description}
      />
    </>
  );
}
