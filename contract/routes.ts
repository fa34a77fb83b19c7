// The route map: every endpoint of API.md and docs/api-extensions.md as `METHOD /path` → what it
// takes and answers. The app's `api()` client and the mock's route table are typed from it, and
// `npm run openapi` turns it into docs/openapi.json, so a field changed here breaks all three.

import type { CatalogResponse } from './catalog'
import type {
  EnterpriseProfile,
  EnterpriseResponse,
  HealthResponse,
  LoginRequest,
  LoginResponse,
  MeResponse,
  PatentDetail,
  PatentListQuery,
  PatentListResponse,
  Role,
} from './common'
import type { ApiErrorCode } from './errors'
import type { EventListQuery, EventListResponse, EventDetail, RegistrationResponse, SignupRequest } from './events'
import type { FavouriteListResponse, FavouriteStatus } from './favourites'
import type {
  BankListResponse,
  FinanceApplicationRequest,
  FinanceApplicationResponse,
  FinanceProductListResponse,
  FinanceProductQuery,
  FinanceProductResponse,
  MyPatentsResponse,
  PledgeCheckResponse,
} from './finance'
import type {
  BulkDecisionRequest,
  BulkDecisionResponse,
  CancelEventRequest,
  CancelEventResponse,
  CheckinRequest,
  CheckinResponse,
  CheckinStatsResponse,
  CheckinUndoRequest,
  CheckinUndoResponse,
  CreateEventRequest,
  EventRegistrationsQuery,
  EventRegistrationsResponse,
  GuestImportRequest,
  GuestImportResponse,
  NoticeRequest,
  NoticeResponse,
  OfficerApplicationsQuery,
  OfficerApplicationsResponse,
  OfficerEventListQuery,
  OfficerEventListResponse,
  OfficerEventResponse,
  RegistrationDecisionRequest,
  RosterResponse,
  TransitionRequest,
  TransitionResponse,
  UpdateEventRequest,
} from './officer'
import type { OutboxResponse, SubscriptionAcceptRequest, SubscriptionsResponse } from './subscribe'
import type {
  ApplicationDetail,
  ApplicationListQuery,
  ApplicationListResponse,
  NotificationListResponse,
  ReadAllResponse,
  ReadNotificationResponse,
  UnreadCountResponse,
  WithdrawRequest,
} from './tracking'
import type {
  FilingCheckResponse,
  LicenceApplicationRequest,
  LicenceApplicationResponse,
  NeedMatchesResponse,
  NeedRequest,
  NeedResponse,
} from './trade'

/** `?page=&pageSize=` (pageSize ≤ 50). */
export interface PageQuery {
  page?: number
  pageSize?: number
}

export interface PledgeCheckQuery {
  /** Repeated (`patentIds=a&patentIds=b`) or comma-separated; 1–5 ids. */
  patentIds: string
  /** 6, 12, 24 or 36: a pledge must not outlast the patent. */
  termMonths?: number
  /** 出质人: defaults to the caller's enterprise. */
  applicant?: string
}

export interface MyPatentsQuery {
  termMonths?: number
}

export interface OkResponse {
  ok: true
}

/**
 * One endpoint. `access: 'public'` needs no token (a valid one still identifies the caller); `user` needs
 * one (401), and `roles` narrows it (403). `errors` are the codes the route answers with beyond the
 * ones every route of its kind has (400 on bad input, 401/403 by access, 413 on bodies, 500).
 */
export interface RouteDef {
  query?: object
  body?: unknown
  response: unknown
  /** Success status; 200 when absent. */
  status?: 200 | 201
  /** The success body's media type when it is not JSON. */
  contentType?: 'text/csv'
  errors?: ApiErrorCode
  access: 'public' | 'user'
  roles?: Role
  /** A creating write that honours `Idempotency-Key`. */
  idempotent?: true
  summary: string
}

export interface ApiRoutes {
  'GET /api/health': { response: HealthResponse; access: 'public'; summary: '服务健康检查' }
  'GET /api/catalog': { response: CatalogResponse; access: 'public'; summary: '国家标准代码表：行政区划、国民经济行业、战略性新兴产业、IPC' }

  'POST /api/auth/login': { body: LoginRequest; response: LoginResponse; access: 'public'; errors: 'UNAUTHENTICATED'; summary: '登录（企业用户或工作人员）' }
  'POST /api/auth/logout': { response: OkResponse; access: 'user'; summary: '退出登录，令牌作废' }
  'GET /api/me': { response: MeResponse; access: 'user'; summary: '当前用户与企业信息' }
  'PUT /api/me/enterprise': { body: EnterpriseProfile; response: EnterpriseResponse; access: 'user'; roles: 'sme'; summary: '保存企业信息' }

  'GET /api/patents': { query: PatentListQuery; response: PatentListResponse; access: 'public'; summary: '开放许可专利列表（检索、筛选、分面计数）' }
  'GET /api/patents/:id': { response: PatentDetail; access: 'public'; errors: 'NOT_FOUND'; summary: '开放许可声明详情（id 或专利号）' }

  'GET /api/me/favourites': { query: PageQuery; response: FavouriteListResponse; access: 'user'; summary: '我的收藏' }
  'GET /api/me/favourites/:patentId': { response: FavouriteStatus; access: 'user'; errors: 'NOT_FOUND'; summary: '是否已收藏' }
  'PUT /api/me/favourites/:patentId': { response: FavouriteStatus; status: 200 | 201; access: 'user'; errors: 'NOT_FOUND' | 'CONFLICT'; summary: '收藏（首次 201，重复 200）' }
  'DELETE /api/me/favourites/:patentId': { response: FavouriteStatus; access: 'user'; errors: 'NOT_FOUND'; summary: '取消收藏' }

  'POST /api/licence-applications': {
    body: LicenceApplicationRequest
    response: LicenceApplicationResponse
    status: 201
    access: 'user'
    roles: 'sme'
    idempotent: true
    errors: 'NOT_FOUND' | 'CONFLICT'
    summary: '申请开放许可（实施许可通知）'
  }
  'GET /api/licence-applications/:id': { response: LicenceApplicationResponse; access: 'user'; errors: 'NOT_FOUND'; summary: '许可申请详情' }
  'GET /api/licence-applications/:id/filing-check': { response: FilingCheckResponse; access: 'user'; errors: 'NOT_FOUND'; summary: '许可合同备案预检' }

  'POST /api/needs': { body: NeedRequest; response: NeedResponse; status: 201; access: 'user'; roles: 'sme'; idempotent: true; summary: '发布技术需求' }
  'GET /api/needs/:id': { response: NeedResponse; access: 'user'; errors: 'NOT_FOUND'; summary: '需求详情' }
  'GET /api/needs/:id/matches': { response: NeedMatchesResponse; access: 'user'; errors: 'NOT_FOUND'; summary: '需求匹配的专利与活动' }

  'GET /api/events': { query: EventListQuery; response: EventListResponse; access: 'public'; summary: '活动列表' }
  'GET /api/events/:id': { response: EventDetail; access: 'public'; errors: 'NOT_FOUND'; summary: '活动详情' }
  'POST /api/events/:id/registrations': {
    body: SignupRequest
    response: RegistrationResponse
    status: 201
    access: 'user'
    roles: 'sme'
    idempotent: true
    errors: 'NOT_FOUND' | 'CONFLICT' | 'EVENT_FULL' | 'WINDOW_CLOSED'
    summary: '报名（确认、候补或待审核）'
  }
  'GET /api/registrations/:id': { response: RegistrationResponse; access: 'user'; errors: 'NOT_FOUND'; summary: '报名详情（本人可见电子票）' }
  'POST /api/registrations/:id/cancel': { response: RegistrationResponse; access: 'user'; errors: 'NOT_FOUND' | 'CONFLICT'; summary: '取消报名 / 退出候补' }
  'POST /api/registrations/:id/accept-offer': { response: RegistrationResponse; access: 'user'; errors: 'NOT_FOUND' | 'CONFLICT'; summary: '接受候补名额' }

  'GET /api/finance/banks': { response: BankListResponse; access: 'public'; summary: '合作银行' }
  'GET /api/finance/products': { query: FinanceProductQuery; response: FinanceProductListResponse; access: 'public'; summary: '融资产品' }
  'GET /api/finance/products/:id': { response: FinanceProductResponse; access: 'public'; errors: 'NOT_FOUND'; summary: '融资产品详情' }
  'POST /api/finance/applications': {
    body: FinanceApplicationRequest
    response: FinanceApplicationResponse
    status: 201
    access: 'user'
    roles: 'sme'
    idempotent: true
    errors: 'NOT_FOUND' | 'PLEDGE_BLOCKED'
    summary: '融资申请（专利质押前自查不通过 → PLEDGE_BLOCKED）'
  }
  'GET /api/finance/applications/:id': { response: FinanceApplicationResponse; access: 'user'; errors: 'NOT_FOUND'; summary: '融资申请详情' }
  'GET /api/finance/pledge-check': { query: PledgeCheckQuery; response: PledgeCheckResponse; access: 'user'; summary: '专利质押前自查' }
  'GET /api/me/patents': { query: MyPatentsQuery; response: MyPatentsResponse; access: 'user'; roles: 'sme'; summary: '本企业为专利权人的专利（质押选择）' }

  'GET /api/me/applications': { query: ApplicationListQuery; response: ApplicationListResponse; access: 'user'; summary: '我的申请（许可、报名、融资）' }
  'GET /api/applications/:kind/:id': { response: ApplicationDetail; access: 'user'; errors: 'NOT_FOUND'; summary: '申请详情与进度' }
  'POST /api/applications/:kind/:id/withdraw': {
    body: WithdrawRequest
    response: ApplicationDetail
    access: 'user'
    roles: 'sme'
    errors: 'NOT_FOUND' | 'CONFLICT'
    summary: '撤回申请 / 取消报名'
  }
  'GET /api/me/notifications': { query: PageQuery; response: NotificationListResponse; access: 'user'; summary: '消息通知' }
  'GET /api/me/notifications/unread-count': { response: UnreadCountResponse; access: 'user'; summary: '未读数' }
  'POST /api/me/notifications/:id/read': { response: ReadNotificationResponse; access: 'user'; errors: 'NOT_FOUND'; summary: '标为已读' }
  'POST /api/me/notifications/read-all': { response: ReadAllResponse; access: 'user'; summary: '全部已读' }

  'GET /api/me/subscriptions': { response: SubscriptionsResponse; access: 'user'; summary: '订阅消息剩余次数' }
  'POST /api/me/subscriptions': { body: SubscriptionAcceptRequest; response: SubscriptionsResponse; access: 'user'; summary: '记录用户同意的订阅消息模板' }
  'GET /api/officer/subscribe-outbox': { query: PageQuery; response: OutboxResponse; access: 'user'; roles: 'officer'; summary: '订阅消息发送记录' }

  'GET /api/officer/events': { query: OfficerEventListQuery; response: OfficerEventListResponse; access: 'user'; roles: 'officer'; summary: '工作台活动列表' }
  'GET /api/officer/events/:id': { response: OfficerEventResponse; access: 'user'; roles: 'officer'; errors: 'NOT_FOUND'; summary: '工作台活动详情' }
  'POST /api/events': {
    body: CreateEventRequest
    response: OfficerEventResponse
    status: 201
    access: 'user'
    roles: 'officer'
    idempotent: true
    summary: '创建活动'
  }
  'PATCH /api/events/:id': {
    body: UpdateEventRequest
    response: OfficerEventResponse
    access: 'user'
    roles: 'officer'
    errors: 'NOT_FOUND' | 'CONFLICT'
    summary: '编辑活动'
  }
  'POST /api/events/:id/cancel': {
    body: CancelEventRequest
    response: CancelEventResponse
    access: 'user'
    roles: 'officer'
    errors: 'NOT_FOUND' | 'CONFLICT'
    summary: '取消活动（通知所有报名人，电子票作废）'
  }
  'GET /api/events/:id/registrations': {
    query: EventRegistrationsQuery
    response: EventRegistrationsResponse
    access: 'user'
    roles: 'officer'
    errors: 'NOT_FOUND'
    summary: '报名名单'
  }
  'GET /api/events/:id/registrations.csv': {
    response: string
    contentType: 'text/csv'
    access: 'user'
    roles: 'officer'
    errors: 'NOT_FOUND'
    summary: '导出报名名单（UTF-8 BOM CSV）'
  }
  'POST /api/events/:id/registrations/bulk': {
    body: BulkDecisionRequest
    response: BulkDecisionResponse
    access: 'user'
    roles: 'officer'
    errors: 'NOT_FOUND'
    summary: '批量审核'
  }
  'POST /api/events/:id/guests': {
    body: GuestImportRequest
    response: GuestImportResponse
    status: 201
    access: 'user'
    roles: 'officer'
    idempotent: true
    errors: 'NOT_FOUND' | 'CONFLICT'
    summary: '导入嘉宾名单'
  }
  'POST /api/events/:id/notices': {
    body: NoticeRequest
    response: NoticeResponse
    access: 'user'
    roles: 'officer'
    idempotent: true
    errors: 'NOT_FOUND'
    summary: '向报名人推送通知'
  }
  'POST /api/registrations/:id/approve': {
    body: RegistrationDecisionRequest
    response: RegistrationResponse
    access: 'user'
    roles: 'officer'
    errors: 'NOT_FOUND' | 'CONFLICT' | 'EVENT_FULL'
    summary: '通过报名'
  }
  'POST /api/registrations/:id/reject': {
    body: RegistrationDecisionRequest
    response: RegistrationResponse
    access: 'user'
    roles: 'officer'
    errors: 'NOT_FOUND' | 'CONFLICT'
    summary: '驳回报名'
  }
  'GET /api/events/:id/roster': { response: RosterResponse; access: 'user'; roles: 'officer'; errors: 'NOT_FOUND'; summary: '离线签到名册' }
  'GET /api/events/:id/checkin-stats': { response: CheckinStatsResponse; access: 'user'; roles: 'officer'; errors: 'NOT_FOUND'; summary: '签到实时统计' }
  'POST /api/checkins': { body: CheckinRequest; response: CheckinResponse; access: 'user'; roles: 'officer'; summary: '批量签到（可重放）' }
  'POST /api/checkins/undo': {
    body: CheckinUndoRequest
    response: CheckinUndoResponse
    access: 'user'
    roles: 'officer'
    errors: 'NOT_FOUND' | 'CONFLICT'
    summary: '撤销 30 秒内的签到'
  }
  'GET /api/officer/applications': {
    query: OfficerApplicationsQuery
    response: OfficerApplicationsResponse
    access: 'user'
    roles: 'officer'
    summary: '待办申请（许可、融资）'
  }
  'POST /api/applications/:kind/:id/transition': {
    body: TransitionRequest
    response: TransitionResponse
    access: 'user'
    roles: 'officer'
    errors: 'NOT_FOUND' | 'CONFLICT'
    summary: '推进申请状态'
  }
}

export type RouteKey = keyof ApiRoutes

type MethodOf<K extends string> = K extends `${infer M} ${string}` ? M : never
type PathOf<K extends string> = K extends `${string} ${infer P}` ? P : never
type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}`
  ? Name | ParamNames<`/${Rest}`>
  : P extends `${string}:${infer Name}`
    ? Name extends `${infer Base}.${string}`
      ? Base
      : Name
    : never

export type RouteMethod<K extends RouteKey> = MethodOf<K>
export type RoutePath<K extends RouteKey> = PathOf<K>
/** `:name` segments of the path, e.g. `{ kind: string; id: string }`. */
export type ParamsOf<K extends RouteKey> = { [N in ParamNames<PathOf<K>>]: string }
export type QueryOf<K extends RouteKey> = ApiRoutes[K] extends { query: infer Q } ? Q : never
export type BodyOf<K extends RouteKey> = ApiRoutes[K] extends { body: infer B } ? B : never
export type ResponseOf<K extends RouteKey> = ApiRoutes[K]['response']
export type SuccessStatusOf<K extends RouteKey> = ApiRoutes[K] extends { status: infer S } ? S : 200
export type AccessOf<K extends RouteKey> = ApiRoutes[K]['access']
export type RolesOf<K extends RouteKey> = ApiRoutes[K] extends { roles: infer R } ? R : never
export type IdempotentOf<K extends RouteKey> = ApiRoutes[K] extends { idempotent: true } ? true : false

// Each entry must be a RouteDef: a misspelt property in the map fails here.
type Check<T extends Record<RouteKey, RouteDef>> = T
export type RoutesAreDefs = Check<ApiRoutes>

/** The error envelope every route answers with on failure (documented once in the OpenAPI document). */
export type { ApiErrorBody } from './errors'
