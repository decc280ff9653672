import { describe, expect, it } from 'vitest';
import { stableId } from '../../db/ids';
import { DEFAULT_AGENCIES } from '../../db/seed/agencies';
import { SEED_AGENCIES } from '../../renderer/src/features/auth/seedAgencies';
import { unitInput } from '../../renderer/src/features/auth/UnitSelect';

describe('the agencies offered at first start', () => {
  it('are the seeded agencies with their stable seed ids (setup sends the id of the one picked)', () => {
    expect(SEED_AGENCIES).toEqual(DEFAULT_AGENCIES.map((a) => ({ id: stableId('agencies', 'seed', a.kind), name: a.name })));
  });

  it('a picked agency is sent by id, a typed name as a new unit', () => {
    expect(unitInput(SEED_AGENCIES[0]!.id)).toEqual({ unitAgencyId: SEED_AGENCIES[0]!.id });
    expect(unitInput('new:Sở Nội vụ tỉnh Lạng Sơn')).toEqual({ unitName: 'Sở Nội vụ tỉnh Lạng Sơn' });
  });
});
