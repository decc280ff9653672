import { Table } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface TotalRowProps {
  /** Columns the "Tổng cộng" label spans. */
  labelSpan: number;
  /** The totals, one per remaining column. */
  values: ReactNode[];
}

/** The bold "Tổng cộng" line at the foot of a figures table. */
export function TotalRow({ labelSpan, values }: TotalRowProps) {
  const { t } = useTranslation();
  return (
    <Table.Summary.Row style={{ fontWeight: 600, background: '#fafbfc' }}>
      <Table.Summary.Cell index={0} colSpan={labelSpan}>
        {t('reports.table.total')}
      </Table.Summary.Cell>
      {values.map((value, i) => (
        <Table.Summary.Cell key={i} index={labelSpan + i} align="right">
          {value}
        </Table.Summary.Cell>
      ))}
    </Table.Summary.Row>
  );
}
