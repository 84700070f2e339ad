import { List, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBulb, IconCheck, IconQuestionMark, IconRadar } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { KnowledgeCard } from './api';

function Section({
  icon,
  color,
  title,
  children,
  testId,
}: {
  icon: ReactNode;
  color: string;
  title: string;
  children: ReactNode;
  testId: string;
}) {
  return (
    <Paper withBorder radius="md" p="md" data-testid={testId}>
      <Title
        order={2}
        fz="sm"
        fw={700}
        tt="uppercase"
        c="dimmed"
        mb="sm"
        style={{ letterSpacing: '0.05em', display: 'flex', gap: 8, alignItems: 'center' }}
      >
        <ThemeIcon variant="light" color={color} size={26} radius="xl" aria-hidden>
          {icon}
        </ThemeIcon>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** A knowledge card laid out to be read in a minute: what it is, why it helps, when to think of it, what to ask. */
export function KnowledgeCardView({ card }: { card: KnowledgeCard }) {
  const { t } = useTranslation();
  const items = (list: string[], testId: string) => (
    <List spacing={6} size="sm" data-testid={testId}>
      {list.map((item, i) => (
        <List.Item key={i}>{item}</List.Item>
      ))}
    </List>
  );
  return (
    <Stack gap="md" data-testid="knowledge-card">
      <Paper radius="md" p="md" bg="var(--mantine-primary-color-light)">
        <Text size="xs" fw={700} tt="uppercase" c="dimmed" mb={4} style={{ letterSpacing: '0.05em' }}>
          {t('products.card.whatItIs')}
        </Text>
        <Text size="md" lh={1.55} data-testid="card-what">
          {card.whatItIs}
        </Text>
      </Paper>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <Section icon={<IconCheck size={15} />} color="teal" title={t('products.card.benefits')} testId="card-benefits">
          {items(card.benefits, 'card-benefits-list')}
        </Section>
        <Section icon={<IconRadar size={15} />} color="orange" title={t('products.card.signals')} testId="card-signals">
          {items(card.signals, 'card-signals-list')}
        </Section>
      </SimpleGrid>
      <Section icon={<IconQuestionMark size={15} />} color="indigo" title={t('products.card.questions')} testId="card-questions">
        <List type="ordered" spacing={8} size="sm">
          {card.questions.map((q, i) => (
            <List.Item key={i}>{q}</List.Item>
          ))}
        </List>
        <Text size="xs" c="dimmed" mt="md" style={{ display: 'flex', gap: 6, alignItems: 'center' }}>
          <IconBulb size={14} aria-hidden />
          {t('products.card.tip')}
        </Text>
      </Section>
    </Stack>
  );
}
