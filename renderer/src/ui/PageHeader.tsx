import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  extra?: ReactNode;
  /** Shown above the title, e.g. a link back to the list. */
  breadcrumb?: ReactNode;
}

export function PageHeader({ title, description, extra, breadcrumb }: PageHeaderProps) {
  return (
    <div style={{ marginBottom: 20 }}>
      {breadcrumb}
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <div style={{ minWidth: 0 }}>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {description && (
            <Typography.Text type="secondary" style={{ display: 'block', marginTop: 4 }}>
              {description}
            </Typography.Text>
          )}
        </div>
        {extra && <Flex gap={8}>{extra}</Flex>}
      </Flex>
    </div>
  );
}
