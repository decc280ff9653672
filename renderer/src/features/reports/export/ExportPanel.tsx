import { CodeOutlined, FileExcelOutlined, FileTextOutlined, FileWordOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Typography } from 'antd';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '../../../../../shared/schemas/report';
import { ApiCallError } from '../../../api';
import { useCanExportChildDetails } from '../../../ui/session';
import type { ReportInput } from '../useReportScope';
import { basisErrors, basisFromDraft, ChildDetailsOption, EMPTY_BASIS, type BasisDraft, type BasisErrors } from './ChildDetailsOption';
import { ExportProgressModal } from './ExportProgressModal';
import { useExportJob } from './useExportJob';

const BUTTONS: { format: ExportFormat; icon: ReactNode }[] = [
  { format: 'docx', icon: <FileWordOutlined aria-hidden /> },
  { format: 'xlsx', icon: <FileExcelOutlined aria-hidden /> },
  { format: 'csv', icon: <FileTextOutlined aria-hidden /> },
  { format: 'json', icon: <CodeOutlined aria-hidden /> },
];

/** The four export buttons, the child-details choice and the progress of the running export. */
export function ExportPanel({ input, disabled }: { input: ReportInput; disabled: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const exporter = useExportJob(input);
  const [includeChildDetails, setIncludeChildDetails] = useState(false);
  // Children's identities: team leaders and the admin only (the service refuses the others).
  const canChildDetails = useCanExportChildDetails();
  const [legalBasis, setLegalBasis] = useState<BasisDraft>(EMPTY_BASIS);
  const [legalBasisError, setLegalBasisError] = useState<BasisErrors>();

  const start = (format: ExportFormat) => {
    setLegalBasisError(undefined);
    exporter.start.mutate(
      { format, includeChildDetails, legalBasis: includeChildDetails ? basisFromDraft(legalBasis) : undefined },
      {
        onError: (error) => {
          const onField = error instanceof ApiCallError ? basisErrors(error.error.issues) : undefined;
          if (onField) setLegalBasisError(onField);
          else void message.error(error instanceof ApiCallError ? error.message : t('common.unexpectedError'));
        },
      },
    );
  };

  return (
    <Card size="small" title={t('reports.export.heading')} style={{ marginBottom: 16 }}>
      <Flex vertical gap={12}>
        <Flex gap={8} wrap align="center">
          {BUTTONS.map(({ format, icon }) => {
            const label = t(`reports.export.format.${format}`);
            return (
              <Button
                key={format}
                icon={icon}
                aria-label={t('reports.export.as', { format: label })}
                title={t('reports.export.as', { format: label })}
                disabled={disabled}
                loading={exporter.start.isPending && exporter.start.variables?.format === format}
                onClick={() => start(format)}
              >
                {label}
              </Button>
            );
          })}
          <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
            {t('reports.export.hint')}
          </Typography.Text>
        </Flex>
        {canChildDetails && (
        <ChildDetailsOption
          checked={includeChildDetails}
          onCheckedChange={(checked) => {
            setIncludeChildDetails(checked);
            setLegalBasisError(undefined);
          }}
          legalBasis={legalBasis}
          onLegalBasisChange={(text) => {
            setLegalBasis(text);
            setLegalBasisError(undefined);
          }}
          legalBasisError={legalBasisError}
        />
        )}
      </Flex>
      <ExportProgressModal
        job={exporter.job}
        statusError={exporter.statusError}
        cancelling={exporter.cancelling}
        onCancel={exporter.cancel}
        onClose={exporter.close}
      />
    </Card>
  );
}
