import { checkUscc, usccCheckChar } from '@/rules'

// Check characters below were computed independently of src/rules (GB 32100-2015 §4.3).
test.each([
  ['91350100M000100Y43', '91350100M000100Y43'],
  ['  91350100m000100y43  ', '91350100M000100Y43'],
  ['\u300091350100M000100Y43\t', '91350100M000100Y43'],
  ['９１３５０１００Ｍ０００１００Ｙ４３', '91350100M000100Y43'],
  ['91440703MA51XK0010', '91440703MA51XK0010'],
  ['91110000100000000R', '91110000100000000R'],
  ['91310115MA1K3YJ009', '91310115MA1K3YJ009'],
  ['12100000400000000W', '12100000400000000W'],
  ['91510500MA62A0000X', '91510500MA62A0000X'],
  ['52440700mac9abcd07', '52440700MAC9ABCD07'],
])('should accept %p as %p', (raw, value) => {
  expect(checkUscc(raw)).toEqual({ ok: true, value })
})

test.each([
  ['', '请输入统一社会信用代码'],
  ['   ', '请输入统一社会信用代码'],
  [undefined, '请输入统一社会信用代码'],
  [null, '请输入统一社会信用代码'],
  [913501001, '统一社会信用代码格式不正确'],
  ['91350100M000100Y4', '统一社会信用代码应为18位'],
  ['91350100M000100Y433', '统一社会信用代码应为18位'],
  ['9135 0100 M000 100Y 43', '统一社会信用代码应为18位'],
  ['91350100I000100Y43', '统一社会信用代码含有无效字符'],
  ['91350100O000100Y43', '统一社会信用代码含有无效字符'],
  ['91350100Z000100Y43', '统一社会信用代码含有无效字符'],
  ['91350100S000100Y43', '统一社会信用代码含有无效字符'],
  ['91350100V000100Y43', '统一社会信用代码含有无效字符'],
  ['91350100M000100Y4-', '统一社会信用代码含有无效字符'],
  ['91350100M000100Y4中', '统一社会信用代码含有无效字符'],
  ['91350100M000100Y44', '统一社会信用代码校验位错误'],
  ['91350100M000100Y40', '统一社会信用代码校验位错误'],
  ['91440703MA51XK001Y', '统一社会信用代码校验位错误'],
  ['91350100M000100Y34', '统一社会信用代码校验位错误'],
])('should reject %p with %p', (raw, message) => {
  expect(checkUscc(raw)).toEqual({ ok: false, message })
})

test('should say 校验位错误 when only the last character is wrong, as RULES.md shows', () => {
  const result = checkUscc('91350100M000100Y4A')
  expect(result.ok).toBe(false)
  expect(!result.ok && result.message).toContain('校验位错误')
})

test.each([
  ['91350100M000100Y4', '3'],
  ['91350100m000100y4', '3'],
  ['91440703MA51XK001', '0'],
  ['91110000100000000', 'R'],
  ['91510500MA62A0000', 'X'],
])('should compute the check character of %p as %p', (first17, check) => {
  expect(usccCheckChar(first17)).toBe(check)
})

test('should make every generated code pass checkUscc', () => {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY'
  for (let i = 0; i < 200; i++) {
    let body = '91'
    for (let j = 0; j < 15; j++) body += alphabet.charAt((i * 7 + j * 13 + i * j) % alphabet.length)
    const code = body + usccCheckChar(body)
    expect(checkUscc(code)).toEqual({ ok: true, value: code })
  }
})

test.each(['9135010', '91350100M000100I4', '91350100M000100Y43'])('should throw on a bad first-17 argument %p', (arg) => {
  expect(() => usccCheckChar(arg)).toThrow(RangeError)
})
