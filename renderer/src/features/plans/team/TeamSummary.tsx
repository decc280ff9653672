import { CheckCircleFilled, WarningFilled } from '@ant-design/icons';
import { Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

interface TeamSummaryProps {
  members: number;
  agencies: number;
  leaders: number;
}

/** How many people and agencies, and whether the team has its one leader. */
export function TeamSummary({ members, agencies, leaders }: TeamSummaryProps) {
  const { t } = useTranslation();
  return (
    <Flex gap={12} align="center" wrap>
      <Typography.Text strong>{t('plans.team.summary', { members, agencies })}</Typography.Text>
      {leaders === 1 ? (
        <Tag color="success" icon={<CheckCircleFilled aria-hidden />}>
          {t('plans.team.hasLeader')}
        </Tag>
      ) : (
        <Tag color={leaders === 0 ? 'warning' : 'error'} icon={<WarningFilled aria-hidden />}>
          {leaders === 0 ? t('plans.team.noLeader') : t('plans.team.manyLeaders', { count: leaders })}
        </Tag>
      )}
    </Flex>
  );
}
