import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatAmount } from '../format';

/** "Khung phạt 50.000.000 – 75.000.000 đồng" under an amount. */
export function FineBracket({ min, max }: { min: number; max: number }) {
  const { t } = useTranslation();
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12.5 }}>
      {t('inspections.violation.bracket', { min: formatAmount(min), max: formatAmount(max) })}
    </Typography.Text>
  );
}
