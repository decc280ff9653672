import { SaveOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Flex, Form, Input, Row, Skeleton, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ASSESSMENT_SECTIONS, AssessmentFields, type ReportAssessment } from '../../../../../shared/schemas/report';
import { call } from '../../../api';
import { formatDateTime } from '../../../i18n/locale';
import { FormField } from '../../../ui/FormField';
import { hasChanges } from '../../../ui/hasChanges';
import { textValue } from '../../../ui/inputs';
import { QueryError } from '../../../ui/QueryError';
import { useCan } from '../../../ui/session';
import { clearUnsaved, useUnsavedGuard } from '../../../ui/unsaved/unsavedStore';
import { useCommandMutation } from '../../../ui/useCommandMutation';
import { useZodForm } from '../../../ui/useZodForm';
import { REPORTS } from '../queries';
import type { ReportInput } from '../useReportScope';

const ASSESSMENT = [...REPORTS, 'assessment'] as const;

/**
 * The written part of the periodic report (kết quả, thuận lợi, khó khăn, nguyên nhân, giải pháp,
 * kiến nghị), kept with the report's period and scope and printed in its Word file.
 */
export function AssessmentCard({ input }: { input: ReportInput }) {
  const { t } = useTranslation();
  const assessment = useQuery({ queryKey: [...ASSESSMENT, input], queryFn: () => call('reports.getAssessment', input) });
  return (
    <Card id="report-assessment" size="small" title={t('reportAssessment.title')} style={{ marginBottom: 16, scrollMarginTop: 16 }}>
      <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
        {t('reportAssessment.hint')}
      </Typography.Paragraph>
      {assessment.isError ? (
        <QueryError error={assessment.error} onRetry={() => void assessment.refetch()} />
      ) : !assessment.data ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : (
        // A new period or area is another assessment: the form starts again from what is saved for it.
        <AssessmentForm key={`${assessment.data.id}:${assessment.data.version}`} input={input} saved={assessment.data} />
      )}
    </Card>
  );
}

function AssessmentForm({ input, saved }: { input: ReportInput; saved: ReportAssessment }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const canSave = useCan('reports.saveAssessment');
  const values = Object.fromEntries(ASSESSMENT_SECTIONS.map((s) => [s, saved[s] ?? ''])) as Record<(typeof ASSESSMENT_SECTIONS)[number], string>;
  const form = useZodForm(AssessmentFields, values);
  const dirty = hasChanges(form.formState.dirtyFields);
  const guardId = useUnsavedGuard(canSave && dirty, t('reportAssessment.formName'));
  const save = useCommandMutation('reports.saveAssessment', {
    invalidates: [ASSESSMENT, REPORTS],
    form: { setError: form.setError, fields: ASSESSMENT_SECTIONS },
    onSuccess: () => {
      clearUnsaved(guardId);
      void message.success(t('reportAssessment.saved'));
    },
  });
  const submit = form.handleSubmit((typed) => {
    // Only the sections changed are sent; a section emptied is cleared.
    const changed = Object.fromEntries(ASSESSMENT_SECTIONS.filter((s) => form.getFieldState(s).isDirty).map((s) => [s, typed[s] ?? null]));
    save.mutate({ ...input, ...changed, ...(saved.version > 0 ? { expectedVersion: saved.version } : {}) });
  });

  return (
    <form noValidate onSubmit={(e) => void submit(e)}>
      {form.formState.errors.root?.server && <Alert type="error" showIcon title={form.formState.errors.root.server.message} style={{ marginBottom: 12 }} />}
      <Form component="div" layout="vertical" disabled={!canSave}>
        <Row gutter={16}>
          {ASSESSMENT_SECTIONS.map((section) => (
            <Col xs={24} lg={12} key={section}>
              <FormField control={form.control} name={section} label={t(`reportAssessment.section.${section}`)}>
                {(field) => <Input.TextArea {...field} value={textValue(field.value)} autoSize={{ minRows: 3, maxRows: 12 }} />}
              </FormField>
            </Col>
          ))}
        </Row>
      </Form>
      <Flex justify="space-between" align="center" gap={12} wrap>
        <Typography.Text type={dirty ? 'warning' : 'secondary'} style={{ fontSize: 13 }}>
          {dirty
            ? t('reportAssessment.unsaved')
            : saved.version > 0 && saved.updatedAt
              ? t('reportAssessment.savedBy', { time: formatDateTime(saved.updatedAt), name: saved.updatedBy ?? '' })
              : canSave
                ? t('reportAssessment.nothingSaved')
                : t('reportAssessment.readOnly')}
        </Typography.Text>
        {canSave && (
          <Button type="primary" htmlType="submit" icon={<SaveOutlined aria-hidden />} loading={save.isPending} disabled={!dirty}>
            {t('reportAssessment.save')}
          </Button>
        )}
      </Flex>
    </form>
  );
}
