import { Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PriorityReason } from '../../../../../shared/schemas/plan';

const scoreColor = (score: number) => (score >= 60 ? 'red' : score >= 30 ? 'orange' : 'blue');

interface PriorityCellProps {
  score?: number;
  reasons: PriorityReason[];
  /** Reasons as short lines instead of tags, for a table that has other things to show. */
  compact?: boolean;
}

/** The risk score and the reasons that add up to it, each reason with its points on hover. */
export function PriorityCell({ score, reasons, compact }: PriorityCellProps) {
  const { t } = useTranslation();
  if (score === undefined) return null;
  const scoreTag = (
    <Tooltip title={t('plans.priority.scoreHint')}>
      <Tag color={scoreColor(score)} style={{ fontWeight: 600, marginInlineEnd: 0, flexShrink: 0 }}>
        {t('plans.priority.score', { score })}
      </Tag>
    </Tooltip>
  );
  if (compact) {
    return (
      <Flex gap={8} align="flex-start">
        {scoreTag}
        <ul style={{ margin: 0, paddingInlineStart: 14, fontSize: 12.5, lineHeight: 1.45, color: 'rgba(0,0,0,0.65)' }}>
          {reasons.map((r) => (
            <li key={`${r.code}-${r.text}`}>
              <Tooltip title={t('plans.priority.points', { points: r.points })} placement="left">
                <Typography.Text style={{ fontSize: 12.5, color: 'inherit' }}>{r.text}</Typography.Text>
              </Tooltip>
            </li>
          ))}
        </ul>
      </Flex>
    );
  }
  return (
    <Flex gap={4} wrap align="center">
      {scoreTag}
      {reasons.map((r) => (
        <Tooltip key={`${r.code}-${r.text}`} title={t('plans.priority.points', { points: r.points })}>
          <Tag variant="filled" style={{ marginInlineEnd: 0, whiteSpace: 'normal' }}>
            {r.text}
          </Tag>
        </Tooltip>
      ))}
    </Flex>
  );
}
