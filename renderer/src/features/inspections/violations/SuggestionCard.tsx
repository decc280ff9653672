import { BulbOutlined, CheckOutlined, CloseOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Minor, ViolationSuggestion } from '../../../../../shared/schemas/inspection';
import { formatAmount } from '../format';
import { UnverifiedTag } from '../tags';
import { FineBracket } from './FineBracket';
import { minorNames } from './minorNames';

interface SuggestionCardProps {
  suggestion: ViolationSuggestion;
  minors: Minor[];
  locked: boolean;
  busy: boolean;
  onAccept: () => void;
  onDismiss: () => void;
}

/** A violation the recorded facts point to, with the reasons; the inspector accepts or dismisses it. */
export function SuggestionCard({ suggestion: s, minors, locked, busy, onAccept, onDismiss }: SuggestionCardProps) {
  const { t } = useTranslation();
  return (
    <Card
      size="small"
      role="article"
      aria-label={t('inspections.violation.suggestionOf', { code: s.typeCode })}
      style={{ borderColor: '#f3c99b', background: '#fffaf3' }}
      title={
        <Flex gap={8} align="center" wrap style={{ whiteSpace: 'normal', padding: '4px 0' }}>
          <BulbOutlined style={{ color: '#d46b08' }} aria-hidden />
          <Tag color="orange" style={{ marginInlineEnd: 0 }}>{s.typeCode}</Tag>
          <span>{s.summary}</span>
          {!s.verified && <UnverifiedTag />}
        </Flex>
      }
    >
      <Flex gap={24} wrap justify="space-between">
        <Flex vertical gap={6} style={{ flex: '1 1 420px', minWidth: 0 }}>
          <Typography.Text type="secondary">{s.legalReference}</Typography.Text>
          <div>
            <Typography.Text strong>{t('inspections.violation.minorsConcerned')}: </Typography.Text>
            {minorNames(s.minorIds, minors, (age) => t('inspections.minor.age', { age }))}
          </div>
          <ul style={{ margin: 0, paddingInlineStart: 18 }}>
            {s.reasons.map((reason) => (
              <li key={reason}>{reason}</li>
            ))}
          </ul>
        </Flex>
        <Flex vertical gap={8} align="flex-end" style={{ flex: '0 0 auto' }}>
          <Flex vertical align="flex-end">
            <Typography.Text type="secondary" style={{ fontSize: 12.5 }}>{t('inspections.violation.proposedFine')}</Typography.Text>
            <Typography.Text strong style={{ fontSize: 16, fontVariantNumeric: 'tabular-nums' }}>
              {formatAmount(s.proposedFine)} {t('inspections.currency')}
            </Typography.Text>
            <FineBracket min={s.fineMin} max={s.fineMax} />
          </Flex>
          <Flex gap={8}>
            <Button icon={<CloseOutlined aria-hidden />} onClick={onDismiss} disabled={locked || busy} aria-label={t('inspections.violation.dismissOf', { code: s.typeCode })}>
              {t('inspections.violation.dismiss')}
            </Button>
            <Button type="primary" icon={<CheckOutlined aria-hidden />} onClick={onAccept} loading={busy} disabled={locked} aria-label={t('inspections.violation.acceptOf', { code: s.typeCode })}>
              {t('inspections.violation.accept')}
            </Button>
          </Flex>
        </Flex>
      </Flex>
    </Card>
  );
}
