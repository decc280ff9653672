import { PlayCircleOutlined } from '@ant-design/icons';
import { Button, Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Inspection } from '../../../../../shared/schemas/inspection';
import type { PlanTarget } from '../../../../../shared/schemas/plan';
import { StatusTag } from '../../inspections/tags';
import { formatDate } from '../dates';

interface TargetInspectionCellProps {
  target: PlanTarget;
  inspection: Inspection | undefined;
  /** Given when the visit may start now (plan approved or under way, a role that records). */
  onStart?: (target: PlanTarget) => void;
}

/** A visit's inspection: its state and a link to the minutes, or «Bắt đầu kiểm tra». */
export function TargetInspectionCell({ target, inspection, onStart }: TargetInspectionCellProps) {
  const { t } = useTranslation();
  if (inspection) {
    return (
      <Flex vertical gap={2} align="flex-start">
        <StatusTag status={inspection.status} />
        <Link to={`/inspections/${inspection.id}`} aria-label={t('plans.targets.openInspectionOf', { name: target.establishmentName })}>
          {t('plans.targets.openInspection', { date: formatDate(inspection.inspectionDate) })}
        </Link>
      </Flex>
    );
  }
  if (onStart) {
    return (
      <Button size="small" type="primary" ghost icon={<PlayCircleOutlined aria-hidden />} onClick={() => onStart(target)} aria-label={t('plans.targets.startOf', { name: target.establishmentName })}>
        {t('plans.targets.start')}
      </Button>
    );
  }
  return <Typography.Text type="secondary">{t('plans.targets.notInspected')}</Typography.Text>;
}
