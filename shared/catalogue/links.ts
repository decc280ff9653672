import type { MinorAgeBand } from '../minors/age';
import { MINOR_AGE_BANDS } from '../minors/age';
import type { Catalogue } from './schema';

/**
 * Which checklist items a recorded violation breaches, from the catalogue's own data (each
 * checklist item lists the violation codes recorded when it is not met).
 *
 * A violation breaches, for each age band of the minors it concerns, one group of items: the
 * items listing its code for that band. A group of one item is that item (LDCTN-08a → CK-18); a
 * group of several holds alternatives, any one of which carries the breach (LDCTN-07 for a
 * 14-year-old: a job outside the light-work list, CK-16, or a forbidden workplace, CK-17). The
 * record agrees with itself when every group of every standing violation has an item marked
 * "Vi phạm".
 */
export function breachedGroups(catalogue: Catalogue, typeCode: string, bands: readonly MinorAgeBand[]): string[][] {
  const type = catalogue.violationTypes.find((t) => t.code === typeCode);
  const linked = catalogue.checklistItems.filter((item) => item.violationCodes?.includes(typeCode));
  if (linked.length === 0) return [];
  // No minor to go by: the bands of the violation itself (all minors' bands if it names none).
  const wanted = bands.length > 0 ? bands : (type?.ageBands ?? MINOR_AGE_BANDS);
  const groups = new Map<string, string[]>();
  for (const band of MINOR_AGE_BANDS) {
    if (!wanted.includes(band)) continue;
    const group = linked.filter((item) => item.ageBands.includes(band)).map((item) => item.code);
    if (group.length > 0) groups.set(group.join('|'), group);
  }
  // A band the catalogue has no item for still breaches something: all the linked items are then alternatives.
  if (groups.size === 0) groups.set(linked.map((i) => i.code).join('|'), linked.map((i) => i.code));
  return [...groups.values()];
}
