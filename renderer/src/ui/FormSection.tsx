import { Row, Typography, theme } from 'antd';
import type { ReactNode } from 'react';
import { SectionTitleProvider } from './fieldLabels';

/** A titled group of form rows laid out on antd's 24-column grid. */
export function FormSection({ title, children }: { title: ReactNode; children: ReactNode }) {
  const { token } = theme.useToken();
  return (
    <section style={{ marginBottom: 8 }}>
      <Typography.Title level={5} style={{ margin: '4px 0 12px', color: token.colorPrimary }}>
        {title}
      </Typography.Title>
      <Row gutter={16}>
        <SectionTitleProvider title={title}>{children}</SectionTitleProvider>
      </Row>
    </section>
  );
}
