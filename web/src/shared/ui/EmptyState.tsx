import { EmptyState as MantineEmptyState, Paper } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  icon: ReactNode;
  title: string;
  description: string;
  /** A badge or small note above the title, e.g. "Coming soon". */
  eyebrow?: ReactNode;
  actions?: ReactNode;
  /** Inside a card (a page of its own) or bare (inside a table or panel). */
  framed?: boolean;
  testId?: string;
}

/** What a person sees where there is nothing (yet): what belongs here and what to do next. */
export function EmptyState({ icon, title, description, eyebrow, actions, framed = true, testId }: Props) {
  const content = (
    <MantineEmptyState icon={icon} variant="light" size="md" py="xl" px="md" data-testid={testId}>
      {eyebrow}
      <MantineEmptyState.Title order={2}>{title}</MantineEmptyState.Title>
      <MantineEmptyState.Description maw={520}>{description}</MantineEmptyState.Description>
      {actions && <MantineEmptyState.Actions>{actions}</MantineEmptyState.Actions>}
    </MantineEmptyState>
  );
  if (!framed) return content;
  return (
    <Paper withBorder radius="md" py="xl">
      {content}
    </Paper>
  );
}
