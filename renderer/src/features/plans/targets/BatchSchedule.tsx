import { AutoComplete, Flex, Select, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TimeSlot } from '../../../../../shared/schemas/plan';
import { usePlanOptions } from '../labels';
import { IsoDatePicker } from './IsoDatePicker';

export interface BatchValues {
  visitDate?: string;
  timeSlot: TimeSlot;
  subTeam: string;
}

interface BatchScheduleProps {
  value: BatchValues;
  onChange: (patch: Partial<BatchValues>) => void;
  period: { periodStart: string; periodEnd: string };
  subTeams: string[];
}

/** The day, slot and sub-team given to every establishment added in one go (each can be changed later). */
export function BatchSchedule({ value, onChange, period, subTeams }: BatchScheduleProps) {
  const { t } = useTranslation();
  const { slots } = usePlanOptions();
  return (
    <Flex gap={8} align="center" wrap>
      <Typography.Text type="secondary">{t('plans.suggest.batchLabel')}</Typography.Text>
      <IsoDatePicker
        aria-label={t('plans.targets.visitDate')}
        placeholder={t('plans.targets.visitDate')}
        value={value.visitDate}
        onChange={(visitDate) => onChange({ visitDate })}
        period={period}
        style={{ width: 150 }}
      />
      <Select<TimeSlot> aria-label={t('plans.targets.timeSlot')} value={value.timeSlot} options={slots} onChange={(timeSlot) => onChange({ timeSlot })} style={{ width: 110 }} />
      <AutoComplete
        aria-label={t('plans.targets.subTeam')}
        placeholder={t('plans.targets.subTeam')}
        value={value.subTeam}
        options={subTeams.map((s) => ({ value: s }))}
        onChange={(subTeam: string) => onChange({ subTeam })}
        style={{ width: 110 }}
      />
    </Flex>
  );
}
