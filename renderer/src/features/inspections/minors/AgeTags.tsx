import { Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AgeBand } from '../../../../../shared/minors/age';

const BAND_COLORS: Record<AgeBand, string> = { under13: 'magenta', '13to15': 'volcano', '15to18': 'gold', adult: 'default' };

interface AgeTagsProps {
  age: number;
  estimated: boolean;
  band: AgeBand;
  child: boolean;
}

/** "12 tuổi (ước tính)", the Labour Code band and, under 16, "Trẻ em". */
export function AgeTags({ age, estimated, band, child }: AgeTagsProps) {
  const { t } = useTranslation();
  return (
    <Flex gap={4} wrap align="center">
      <strong style={{ fontVariantNumeric: 'tabular-nums', marginInlineEnd: 4 }}>
        {estimated ? t('inspections.minor.ageEstimated', { age }) : t('inspections.minor.age', { age })}
      </strong>
      <Tag color={BAND_COLORS[band]}>{t(`inspections.ageBand.${band}`)}</Tag>
      {child && <Tag color="red">{t('inspections.minor.child')}</Tag>}
    </Flex>
  );
}
