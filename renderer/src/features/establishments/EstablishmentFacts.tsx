import { Card, Descriptions, type DescriptionsProps } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Establishment } from '../../../../shared/schemas/establishment';
import { formatDateTime } from '../../i18n/locale';

/** All recorded facts of one establishment, grouped like the form. */
export function EstablishmentFacts({ establishment: e }: { establishment: Establishment }) {
  const { t } = useTranslation();
  const value = (v: ReactNode) => (v === undefined || v === null || v === '' ? <span style={{ color: 'rgba(0,0,0,0.35)' }}>{t('common.notProvided')}</span> : v);
  const item = (label: string, v: ReactNode, span = 1) => ({ key: label, label, children: value(v), span });
  const group = (title: string, items: DescriptionsProps['items']) => (
    <Descriptions title={title} items={items} column={2} size="small" bordered styles={{ label: { width: 190 }, content: { width: '30%' } }} style={{ marginBottom: 20 }} />
  );

  return (
    <Card>
      {group(t('establishment.section.general'), [
        item(t('establishment.field.taxCode'), e.taxCode),
        item(t('establishment.field.businessRegNo'), e.businessRegNo),
        item(t('establishment.field.sector'), e.sector && t(`establishment.sector.${e.sector}`)),
        item(t('establishment.field.trade'), e.trade),
        ...(e.kind === 'craft_village'
          ? []
          : [item(t('establishment.field.parentId'), e.parentId && <Link to={`/establishments/${e.parentId}`}>{e.parentName}</Link>, 2)]),
        item(t('establishment.field.supplyChainNote'), e.supplyChainNote, 2),
      ])}
      {group(t('establishment.section.address'), [
        item(t('reference.province'), e.provinceName),
        item(t('reference.commune'), e.communeName),
        item(t('establishment.field.address'), e.address, 2),
      ])}
      {group(t('establishment.section.legalRep'), [
        item(t('establishment.field.legalRepName'), e.legalRepName),
        item(t('establishment.field.legalRepTitle'), e.legalRepTitle),
        item(t('establishment.field.legalRepPhone'), e.legalRepPhone, 2),
      ])}
      {group(t('establishment.section.workers'), [
        item(t('establishment.field.workersTotal'), e.workersTotal),
        item(t('establishment.field.workersUnder18'), e.workersUnder18),
      ])}
      {group(t('establishment.section.notes'), [
        item(t('establishment.field.notes'), e.notes && <span style={{ whiteSpace: 'pre-wrap' }}>{e.notes}</span>, 2),
        item(t('common.createdAt'), formatDateTime(e.createdAt)),
        item(t('common.updatedAt'), formatDateTime(e.updatedAt)),
      ])}
    </Card>
  );
}
