import { FileExcelOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vietnamDayOf } from '../../../shared/dates/vietnam-day';
import { exportList, type ExportColumn } from './listExport';

interface ExportButtonProps<T> {
  title: string;
  columns: ExportColumn<T>[];
  /** The rows as listed (all of them, not only the page shown); may be fetched on demand. */
  rows: T[] | (() => Promise<T[]>);
  filters?: string[];
  disabled?: boolean;
}

/** "Xuất Excel": the list as shown, to a file the user keeps or sends on. */
export function ExportButton<T>({ title, columns, rows, filters, disabled }: ExportButtonProps<T>) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const all = typeof rows === 'function' ? await rows() : rows;
      const name = await exportList({ title, filters, columns, rows: all, extractedLine: t('ui.list.sheetDate', { date: dayjs(vietnamDayOf()).format('DD/MM/YYYY') }) });
      void message.success(t('ui.list.exported', { name }));
    } catch {
      void message.error(t('ui.list.exportFailed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<FileExcelOutlined aria-hidden />} onClick={() => void run()} loading={busy} disabled={disabled} title={t('ui.list.exportTitle')}>
      {t('ui.list.export')}
    </Button>
  );
}
