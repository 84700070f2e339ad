import { Badge, type BadgeProps } from '@mantine/core';
import { useGroupColor } from '../org/groupColor';

/** A sales group's name in its own steady colour (the same on the timeline, in contacts and in the product row). */
export function GroupBadge({ id, name, ...props }: { id: string; name: string; title?: string } & Omit<BadgeProps, 'color' | 'children'>) {
  const groupColor = useGroupColor();
  return (
    <Badge variant="light" color={groupColor(id)} tt="none" fw={600} {...props}>
      {name}
    </Badge>
  );
}
