import { ActionIcon, Button, Group, Input, Stack, Textarea } from '@mantine/core';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

interface Props {
  name: string;
  label: string;
  description: string;
  items: string[];
  onChange: (items: string[]) => void;
  max: number;
  /** Messages per item index, e.g. from the server. */
  itemErrors: Record<number, string>;
  error?: string;
  itemLabel: (n: number) => string;
}

/** A list of short texts: edit, remove and add items (up to `max`). */
export function ListField({ name, label, description, items, onChange, max, itemErrors, error, itemLabel }: Props) {
  const { t } = useTranslation();
  const set = (i: number, value: string) => onChange(items.map((item, j) => (j === i ? value : item)));
  return (
    <Input.Wrapper label={label} description={description} error={error} data-testid={`list-${name}`}>
      <Stack gap={6} mt={6}>
        {items.map((item, i) => (
          <Group key={i} gap={6} wrap="nowrap" align="flex-start">
            <Textarea
              style={{ flex: 1 }}
              aria-label={itemLabel(i + 1)}
              value={item}
              onChange={(e) => set(i, e.currentTarget.value)}
              error={itemErrors[i]}
              autosize
              minRows={1}
              maxLength={300}
            />
            <ActionIcon
              variant="subtle"
              color="gray"
              mt={4}
              onClick={() => onChange(items.filter((_, j) => j !== i))}
              aria-label={t('products.editor.remove', { item: itemLabel(i + 1) })}
            >
              <IconX size={16} />
            </ActionIcon>
          </Group>
        ))}
        <Group>
          <Button
            variant="subtle"
            size="compact-sm"
            leftSection={<IconPlus size={14} />}
            onClick={() => onChange([...items, ''])}
            disabled={items.length >= max}
          >
            {t('products.editor.add')}
          </Button>
        </Group>
      </Stack>
    </Input.Wrapper>
  );
}
