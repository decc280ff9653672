import { SaveOutlined } from '@ant-design/icons';
import { Alert, App, Button, Flex, Input, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DraftNotice } from '../../../ui/drafts/DraftNotice';
import { useDraft } from '../../../ui/drafts/useDraft';
import { clearUnsaved, useUnsavedGuard } from '../../../ui/unsaved/unsavedStore';
import { useCommandMutation } from '../../../ui/useCommandMutation';
import { INSPECTIONS } from '../queries';
import { SaveBar } from '../record/SaveBar';
import { useReportDirty } from '../record/useUnsavedSections';
import type { SectionProps } from '../record/sectionProps';
import { UnverifiedTag } from '../tags';
import { ResultPicker } from './ResultPicker';
import { useChecklistDraft, type CheckResult } from './useChecklistDraft';

type Row = ReturnType<typeof useChecklistDraft>['rows'][number];
const RESULTS: CheckResult[] = ['compliant', 'violation', 'not_applicable', 'not_checked'];
const RESULT_COLORS: Record<CheckResult, string> = { compliant: 'green', violation: 'red', not_applicable: 'default', not_checked: 'default' };

/** "Nội dung kiểm tra": one answer and a note per legal requirement of the catalogue. */
export function ChecklistSection({ detail, locked, onDirty }: SectionProps) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const draft = useChecklistDraft(detail.checklist);
  const save = useCommandMutation('inspections.setChecklist', {
    invalidates: [INSPECTIONS],
    onSuccess: () => {
      clearUnsaved(guardId);
      kept.discard();
      draft.clear();
      void message.success(t('inspections.checklist.saved'));
    },
  });
  const dirty = draft.changed.length > 0;
  const guardId = useUnsavedGuard(!locked && dirty, t('inspections.tab.checklist'));
  // Answers not saved yet are kept aside, offered back after a reload or a crash.
  const kept = useDraft({ key: `inspections.setChecklist:${detail.inspection.id}`, enabled: !locked, value: dirty ? draft.changes : undefined });
  useReportDirty(dirty || Boolean(kept.offer), onDirty);
  const unrelated = draft.rows.filter((row) => !row.applies && row.result === 'not_checked');
  const hasMinors = detail.minors.length > 0;

  return (
    <>
      <Flex justify="space-between" align="center" gap={12} wrap style={{ marginBottom: 12 }}>
        <Flex gap={6} wrap aria-label={t('inspections.checklist.summary')}>
          {RESULTS.map((result) => (
            <Tag key={result} color={RESULT_COLORS[result]}>
              {t(`inspections.result.${result}`)}: {draft.rows.filter((row) => row.result === result).length}
            </Tag>
          ))}
        </Flex>
        {!locked && unrelated.length > 0 && (
          <Button size="small" onClick={() => unrelated.forEach((row) => draft.set(row.itemCode, { result: 'not_applicable' }))}>
            {t('inspections.checklist.markUnrelated', { count: unrelated.length })}
          </Button>
        )}
      </Flex>
      {kept.offer && (
        <DraftNotice
          savedAt={kept.offer.savedAt}
          onRestore={() => {
            const found = kept.takeOffer();
            if (found) draft.restore(found);
            void message.info(t('ui.draft.restored'));
          }}
          onDiscard={kept.discard}
        />
      )}
      {!hasMinors && <Alert type="info" showIcon title={t('inspections.checklist.noMinors')} style={{ marginBottom: 12 }} />}
      <Table<Row>
        rowKey="itemCode"
        size="small"
        pagination={false}
        dataSource={draft.rows}
        onRow={(row) => ({ style: row.applies ? undefined : { opacity: 0.55 } })}
        columns={[
          {
            title: t('inspections.checklist.columnItem'),
            key: 'item',
            render: (_, row) => (
              <Flex vertical gap={2}>
                <span>
                  <Typography.Text type="secondary" style={{ fontVariantNumeric: 'tabular-nums', marginInlineEnd: 8 }}>{row.itemCode}</Typography.Text>
                  {row.title}
                </span>
                <Flex gap={8} align="center" wrap>
                  <Typography.Text type="secondary" style={{ fontSize: 12.5 }}>{row.legalReference}</Typography.Text>
                  {!row.verified && <UnverifiedTag />}
                  {!row.applies && <Typography.Text type="secondary" italic style={{ fontSize: 12.5 }}>{t('inspections.checklist.notForTheseAges')}</Typography.Text>}
                </Flex>
              </Flex>
            ),
          },
          {
            title: t('inspections.checklist.columnResult'),
            key: 'result',
            width: 440,
            render: (_, row) => (
              <Flex vertical gap={6}>
                <ResultPicker
                  label={t('inspections.checklist.resultOf', { code: row.itemCode })}
                  value={row.result}
                  // A recorded violation holds the item at «Vi phạm» while it stands (the service refuses another result).
                  disabled={locked || row.violationIds.length > 0}
                  onChange={(result) => draft.set(row.itemCode, { result })}
                />
                {row.violationIds.length > 0 && (
                  <Typography.Text style={{ fontSize: 12.5 }} title={t('inspections.checklist.markedHint')}>
                    {t('inspections.checklist.markedBy')}{' '}
                    {row.violationIds.map((id, i) => {
                      const violation = detail.violations.find((v) => v.id === id);
                      return (
                        <span key={id}>
                          {i > 0 && '; '}
                          <Link to={{ search: '?tab=violations' }}>{violation ? `${violation.typeCode} — ${violation.summary}` : id}</Link>
                        </span>
                      );
                    })}
                  </Typography.Text>
                )}
                <Input.TextArea
                  aria-label={t('inspections.checklist.noteOf', { code: row.itemCode })}
                  value={row.note ?? ''}
                  disabled={locked}
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  placeholder={t('inspections.checklist.notePlaceholder')}
                  onChange={(e) => draft.set(row.itemCode, { note: e.target.value })}
                />
              </Flex>
            ),
          },
        ]}
      />
      {!locked && (
        <SaveBar dirty={dirty} draftSavedAt={kept.savedAt}>
          <Button
            type="primary"
            icon={<SaveOutlined aria-hidden />}
            loading={save.isPending}
            disabled={draft.changed.length === 0}
            onClick={() => save.mutate({ inspectionId: detail.inspection.id, items: draft.changed })}
          >
            {t('inspections.checklist.save')}
          </Button>
        </SaveBar>
      )}
    </>
  );
}
