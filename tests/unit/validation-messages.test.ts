/**
 * Issue 10 item 19: a choice left out, or not in its list, says what may be chosen, in the
 * labels the screens use ("Hãy chọn Nam hoặc Nữ"), never "Giá trị không nằm trong danh sách
 * cho phép"; an in-sentence variant ("Ông"/"Bà") is never offered as the choice.
 */
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { commandNames, commands } from '../../shared/commands';
import { PresentMember } from '../../shared/schemas/inspection';
import { OfficialInput } from '../../shared/schemas/directory';
import { SetCommitmentItemStatusInput } from '../../shared/schemas/inspection';

const messages = (schema: z.ZodType, input: unknown) => schema.safeParse(input).error?.issues.map((i) => i.message) ?? [];

describe('choice messages', () => {
  it('name the choices with their labels', () => {
    expect(messages(PresentMember, { officialId: 'x' })).toEqual(['Hãy chọn Trưởng đoàn, Phó Trưởng đoàn, Thành viên hoặc Thư ký']);
    expect(messages(OfficialInput.shape.sex, 'x')).toEqual(['«x» không có trong danh sách; hãy chọn Nam hoặc Nữ']);
    expect(messages(SetCommitmentItemStatusInput, { id: 'x' })).toEqual([expect.stringMatching(/^Hãy chọn .*Đã thực hiện/)]);
  });

  it('never fall back to the generic sentence, for any command input', () => {
    const seen: string[] = [];
    for (const name of commandNames) {
      for (const input of [{}, { status: 'x', kind: 'x', role: 'x', sex: 'x', format: 'x' }]) {
        seen.push(...messages(commands[name].input, input));
      }
    }
    expect(seen.length).toBeGreaterThan(100);
    expect(seen.filter((m) => m.includes('không nằm trong danh sách cho phép'))).toEqual([]);
    expect(seen.filter((m) => /Invalid|expected/.test(m))).toEqual([]);
  });
});
