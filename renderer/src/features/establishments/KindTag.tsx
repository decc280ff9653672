import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EstablishmentKind } from '../../../../shared/schemas/establishment';
import { KIND_COLORS } from './kinds';

export function KindTag({ kind }: { kind: EstablishmentKind }) {
  const { t } = useTranslation();
  return (
    <Tag color={KIND_COLORS[kind]} style={{ marginInlineEnd: 0 }}>
      {t(`establishment.kind.${kind}`)}
    </Tag>
  );
}
