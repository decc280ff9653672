import { CheckSquareOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { vndInWords } from '../../../../../shared/text/vnd-words';
import { call } from '../../../api';
import type { Violation, ViolationSuggestion } from '../../../../../shared/schemas/inspection';
import { useCommandMutation } from '../../../ui/useCommandMutation';
import { useDrawerState } from '../../../ui/useDrawerState';
import { useQueryClient } from '@tanstack/react-query';
import { formatAmount } from '../format';
import { INSPECTIONS, useCatalogue, useSuggestions } from '../queries';
import type { SectionProps } from '../record/sectionProps';
import { useConfirmRemove } from '../useConfirmRemove';
import { SuggestionCard } from './SuggestionCard';
import { ViolationFormDrawer } from './ViolationFormDrawer';
import { ViolationTable } from './ViolationTable';

const heading = (text: string) => (
  <Typography.Title level={5} style={{ margin: '8px 0 12px' }}>
    {text}
  </Typography.Title>
);

/** "Vi phạm": suggestions drawn from the facts about the minors, and the violations recorded. */
export function ViolationsSection({ detail, locked }: SectionProps) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const [acceptingAll, setAcceptingAll] = useState(false);
  const inspectionId = detail.inspection.id;
  const suggestions = useSuggestions(inspectionId);
  const catalogue = useCatalogue(detail.inspection.catalogueVersion);
  const drawer = useDrawerState<Violation>();
  const confirmRemove = useConfirmRemove('violations.remove');
  const accept = useCommandMutation('violations.create', {
    invalidates: [INSPECTIONS],
    onSuccess: (v) => void message.success(t('inspections.violation.accepted', { code: v.typeCode })),
  });
  const dismiss = useCommandMutation('violations.dismiss', {
    invalidates: [INSPECTIONS],
    onSuccess: () => void message.info(t('inspections.violation.dismissed')),
  });
  const inputOf = (s: ViolationSuggestion) => ({
      inspectionId,
      typeCode: s.typeCode,
      minorIds: s.minorIds,
      facts: s.reasons.join('\n'),
      proposedFine: s.proposedFine,
      remedialRequest: catalogue.data?.violationTypes.find((type) => type.code === s.typeCode)?.remedial,
      recordMade: false,
      origin: 'suggestion' as const,
    });
  const acceptSuggestion = (s: ViolationSuggestion) => accept.mutate(inputOf(s));
  const total = (list: { proposedFine: number }[]) => list.reduce((sum, v) => sum + v.proposedFine, 0);
  const amount = (value: number) => `${formatAmount(value)} ${t('inspections.currency')}`;
  /** Every suggestion at once, each with its default fine; the ones accepted stay accepted if one is refused. */
  const acceptAll = (list: ViolationSuggestion[]) =>
    modal.confirm({
      title: t('inspections.violation.acceptAllConfirm', { count: list.length }),
      width: 560,
      content: (
        <>
          <ul style={{ paddingInlineStart: 18 }}>
            {list.map((s) => (
              <li key={s.typeCode}>
                {s.summary}: {amount(s.proposedFine)}
              </li>
            ))}
          </ul>
          <Typography.Paragraph strong style={{ marginBottom: 0 }}>
            {t('inspections.violation.total', { amount: amount(total(list)) })}
          </Typography.Paragraph>
          <Typography.Text type="secondary">{t('inspections.violation.inWords', { words: vndInWords(total(list)) })}</Typography.Text>
        </>
      ),
      okText: t('inspections.violation.acceptAll'),
      cancelText: t('common.cancel'),
      onOk: async () => {
        setAcceptingAll(true);
        let done = 0;
        try {
          for (const s of list) {
            await call('violations.create', inputOf(s));
            done++;
          }
          void message.success(t('inspections.violation.acceptedAll', { count: done }));
        } catch (error) {
          void message.error(error instanceof Error ? error.message : t('common.unexpectedError'));
        } finally {
          setAcceptingAll(false);
          await queryClient.invalidateQueries({ queryKey: INSPECTIONS });
        }
      },
    });
  const busyCode = accept.isPending ? accept.variables?.typeCode : dismiss.isPending ? dismiss.variables?.typeCode : undefined;
  const pending = suggestions.data ?? [];

  return (
    <>
      {pending.length > 0 && (
        <section aria-label={t('inspections.violation.suggestionsTitle', { count: pending.length })} style={{ marginBottom: 24 }}>
          <Flex justify="space-between" align="center" gap={12} wrap>
            {heading(t('inspections.violation.suggestionsTitle', { count: pending.length }))}
            {pending.length > 1 && (
              <Flex align="center" gap={12} wrap>
                <Typography.Text>{t('inspections.violation.suggestedTotal', { amount: amount(total(pending)) })}</Typography.Text>
                <Button type="primary" icon={<CheckSquareOutlined aria-hidden />} disabled={locked || Boolean(busyCode)} loading={acceptingAll} onClick={() => acceptAll(pending)}>
                  {t('inspections.violation.acceptAll')}
                </Button>
              </Flex>
            )}
          </Flex>
          <Typography.Paragraph type="secondary">{t('inspections.violation.suggestionsHint')}</Typography.Paragraph>
          <Flex vertical gap={12}>
            {pending.map((s) => (
              <SuggestionCard
                key={s.typeCode}
                suggestion={s}
                minors={detail.minors}
                locked={locked}
                busy={busyCode === s.typeCode || acceptingAll}
                onAccept={() => acceptSuggestion(s)}
                onDismiss={() => dismiss.mutate({ inspectionId, typeCode: s.typeCode, minorIds: s.minorIds })}
              />
            ))}
          </Flex>
        </section>
      )}
      {pending.length === 0 && detail.minors.length > 0 && suggestions.isSuccess && (
        <Typography.Paragraph type="secondary">{t('inspections.violation.noSuggestions')}</Typography.Paragraph>
      )}
      <section aria-label={t('inspections.violation.recordedTitle', { count: detail.violations.length })}>
        <Flex justify="space-between" align="center">
          {heading(t('inspections.violation.recordedTitle', { count: detail.violations.length }))}
          <Button icon={<PlusOutlined aria-hidden />} onClick={() => drawer.show()} disabled={locked}>
            {t('inspections.violation.add')}
          </Button>
        </Flex>
        <ViolationTable
          violations={detail.violations}
          minors={detail.minors}
          locked={locked}
          onEdit={(v) => drawer.show(v)}
          onDelete={(v) => confirmRemove({ id: v.id, version: v.version, title: t('inspections.violation.deleteConfirm', { code: v.typeCode }) })}
        />
        {detail.violations.length > 0 && (
          <Flex vertical align="flex-end" style={{ marginTop: 12 }} aria-label={t('inspections.violation.totalLabel')}>
            <Typography.Text strong style={{ fontVariantNumeric: 'tabular-nums' }}>
              {t('inspections.violation.total', { amount: amount(total(detail.violations)) })}
            </Typography.Text>
            <Typography.Text type="secondary" italic>
              {t('inspections.violation.inWords', { words: vndInWords(total(detail.violations)) })}
            </Typography.Text>
          </Flex>
        )}
      </section>
      <ViolationFormDrawer key={drawer.key} open={drawer.open} onClose={drawer.close} detail={detail} catalogue={catalogue.data} editing={drawer.payload} />
    </>
  );
}
