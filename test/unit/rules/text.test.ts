import {
  MAX_BODY_BYTES,
  checkDescription,
  checkEnterpriseName,
  checkPersonName,
  checkTitle,
  codePointLength,
  isUrlSafeId,
  utf8ByteLength,
} from '@/rules'

const EMOJI = '😀'

test.each([
  ['张三', '张三'],
  ['  李四  ', '李四'],
  ['阿沛·阿旺晋美', '阿沛·阿旺晋美'],
  ['John Smith', 'John Smith'],
  ['张' + EMOJI, '张' + EMOJI],
  [EMOJI + EMOJI, EMOJI + EMOJI],
  ['名'.repeat(20), '名'.repeat(20)],
  [EMOJI.repeat(20), EMOJI.repeat(20)],
])('should accept the name %p', (raw, value) => {
  expect(checkPersonName(raw)).toEqual({ ok: true, value })
})

test.each([
  ['', '请输入联系人姓名'],
  ['   ', '请输入联系人姓名'],
  [undefined, '请输入联系人姓名'],
  ['张', '姓名应为2–20个字'],
  [EMOJI, '姓名应为2–20个字'],
  ['名'.repeat(21), '姓名应为2–20个字'],
  [EMOJI.repeat(21), '姓名应为2–20个字'],
  ['张\u0000三', '姓名含有无效字符'],
  ['张\n三', '姓名含有无效字符'],
  ['张\t三', '姓名含有无效字符'],
  ['张\u007f三', '姓名含有无效字符'],
  ['张\u200b三', '姓名含有无效字符'],
  ['张\u202e三', '姓名含有无效字符'],
  ['张\u2028三', '姓名含有无效字符'],
  [12, '姓名格式不正确'],
])('should reject the name %p with %p', (raw, message) => {
  expect(checkPersonName(raw)).toEqual({ ok: false, message })
})

test('should use the given label in the empty-name prompt', () => {
  expect(checkPersonName('', '参会人姓名')).toEqual({ ok: false, message: '请输入参会人姓名' })
})

test.each([
  ['标'.repeat(50), true],
  ['标'.repeat(51), false],
  [EMOJI.repeat(50), true],
  [EMOJI.repeat(51), false],
  ['  ' + '标'.repeat(50) + '  ', true],
])('should judge a title of %#: ok = %p by code points', (raw, ok) => {
  expect(checkTitle(raw).ok).toBe(ok)
})

test('should say how long a title may be', () => {
  expect(checkTitle('标'.repeat(51))).toEqual({ ok: false, message: '标题不能超过50个字' })
})

test('should keep HTML-looking text literally', () => {
  const text = '<img src=x onerror=alert(1)>'
  expect(checkTitle(text)).toEqual({ ok: true, value: text })
  expect(checkDescription(`${text}\n<script>alert(1)</script>`)).toEqual({
    ok: true,
    value: `${text}\n<script>alert(1)</script>`,
  })
})

test.each([
  [checkTitle('  储能电池技术需求  '), { ok: true, value: '储能电池技术需求' }],
  [checkTitle(''), { ok: false, message: '请输入标题' }],
  [checkTitle(undefined, { label: '需求标题' }), { ok: false, message: '请输入需求标题' }],
  [checkTitle('   ', { optional: true }), { ok: true, value: '' }],
  [checkTitle(undefined, { optional: true }), { ok: true, value: '' }],
  [checkTitle('第一行\n第二行'), { ok: false, message: '标题含有无效字符' }],
  [checkTitle(42), { ok: false, message: '标题格式不正确' }],
  [checkDescription(''), { ok: false, message: '请输入描述' }],
  [checkDescription('', { label: '需求描述' }), { ok: false, message: '请输入需求描述' }],
  [checkDescription(null, { optional: true }), { ok: true, value: '' }],
  [checkDescription('第一行\n第二行\r\n\t缩进'), { ok: true, value: '第一行\n第二行\r\n\t缩进' }],
  [checkDescription('响铃\u0007'), { ok: false, message: '描述含有无效字符' }],
  [checkDescription('字'.repeat(2000)), { ok: true, value: '字'.repeat(2000) }],
  [checkDescription('字'.repeat(2001)), { ok: false, message: '描述不能超过2000个字' }],
  [checkDescription('字'.repeat(11), { max: 10, label: '通知正文' }), { ok: false, message: '通知正文不能超过10个字' }],
  [checkDescription(EMOJI.repeat(10), { max: 10 }), { ok: true, value: EMOJI.repeat(10) }],
])('should check free text (case %#)', (result, expected) => {
  expect(result).toEqual(expected)
})

test.each([
  ['江门市某某新能源科技有限公司', { ok: true, value: '江门市某某新能源科技有限公司' }],
  [' 甲乙 ', { ok: true, value: '甲乙' }],
  ['企'.repeat(50), { ok: true, value: '企'.repeat(50) }],
  ['', { ok: false, message: '请输入企业名称' }],
  ['甲', { ok: false, message: '企业名称应为2–50个字' }],
  ['企'.repeat(51), { ok: false, message: '企业名称应为2–50个字' }],
  ['某某\u0000公司', { ok: false, message: '企业名称含有无效字符' }],
])('should check the enterprise name %p', (raw, expected) => {
  expect(checkEnterpriseName(raw)).toEqual(expected)
})

test.each([
  ['', 0],
  ['abc', 3],
  ['中文', 2],
  [EMOJI + 'a', 2],
  ['\ud83d', 1],
])('should count %p as %p code points', (text, n) => {
  expect(codePointLength(text)).toBe(n)
})

test.each([
  ['a', 1],
  ['é', 2],
  ['中', 3],
  [EMOJI, 4],
  ['{"title":"储能"}', 18],
])('should count %p as %p UTF-8 bytes', (text, n) => {
  expect(utf8ByteLength(text)).toBe(n)
})

test('should cap request bodies at 64 KB', () => {
  expect(MAX_BODY_BYTES).toBe(65536)
})

test.each([
  ['evt_2026-abc', true],
  ['a'.repeat(32), true],
  ['a'.repeat(33), false],
  ['', false],
  ['a b', false],
  ['a/b', false],
  ['a?b=c', false],
  ['活动', false],
  [42, false],
])('should judge %p as a URL-safe id: %p', (id, ok) => {
  expect(isUrlSafeId(id)).toBe(ok)
})
