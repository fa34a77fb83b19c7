// 专利法第五十一条: after the written notice and the payment the licence is in force; 备案 follows.
export const NEXT_STEPS: { title: string; detail: string }[] = [
  { title: '书面通知专利权人', detail: '平台将您的实施许可通知转交专利权人，并在“我的申请”中更新进度。' },
  { title: '支付许可使用费', detail: '按开放许可声明公告的支付方式和标准向专利权人支付许可使用费。' },
  { title: '许可生效', detail: '付费后即获得专利实施许可，可按声明的许可期限实施该专利。' },
  { title: '3 个月内办理备案', detail: '许可生效后 3 个月内向国家知识产权局办理开放许可实施合同备案。' },
]

export const LICENCE_DRAFT_PREFIX = 'licence-apply:'
