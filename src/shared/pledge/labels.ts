// 质押前自查 problem badges: shown to the enterprise (finance) and to the officer (application review).

export const PLEDGE_BADGE: Record<string, string> = {
  not_patentee: '非本企业专利',
  not_valid: '专利权已终止',
  annuity_unpaid: '年费滞纳',
  already_pledged: '已质押',
  term_past_expiry: '期限超过届满日',
  co_owner_consent: '共有人未同意',
  disputed: '权属纠纷或保全',
  invalidation_pending: '无效宣告审查中',
  same_day_pair: '同日申请待放弃其一',
}
