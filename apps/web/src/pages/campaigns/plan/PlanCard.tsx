import { Card, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

export interface PlanCardProps {
  /** As the printed plan heads the part: "II. Chương trình hội nghị". */
  title: string;
  description?: string;
  children: ReactNode;
}

/** One part of the plan, in the order the printed document has them. */
export function PlanCard({ title, description, children }: PlanCardProps) {
  const id = useId();
  return (
    <Card withBorder component="section" aria-labelledby={id} p={{ base: 'sm', sm: 'lg' }} radius="md">
      <Title order={2} size="h4" id={id}>
        {title}
      </Title>
      {description && (
        <Text size="sm" c="dimmed" mt={4}>
          {description}
        </Text>
      )}
      <div style={{ marginTop: 'var(--mantine-spacing-sm)' }}>{children}</div>
    </Card>
  );
}
