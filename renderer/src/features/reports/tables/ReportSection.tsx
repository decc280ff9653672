import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { sectionElementId, type ReportSectionKey } from '../sections';

interface ReportSectionProps {
  section: ReportSectionKey;
  title: ReactNode;
  /** A sentence under the table: how a figure is counted. */
  note?: ReactNode;
  children: ReactNode;
}

/** One titled part of the report page; other pages link to it by its section key. */
export function ReportSection({ section, title, note, children }: ReportSectionProps) {
  return (
    <Card id={sectionElementId(section)} title={title} size="small" style={{ marginBottom: 16, scrollMarginTop: 16 }}>
      {children}
      {note && (
        <Typography.Paragraph type="secondary" style={{ margin: '12px 0 0', fontSize: 13 }}>
          {note}
        </Typography.Paragraph>
      )}
    </Card>
  );
}
