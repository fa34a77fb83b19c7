/** @jest-environment node */
// GET /api/events and /api/events/:id over real HTTP: the seeded programme, filters, derived status.

import type { EventDetail, EventListResponse, EventSummary } from '@contract/events'
import { isUrlSafeId } from '@/rules'
import { DEMO_EVENT_IDS } from '@mock/seed/events'
import { client, expectError, startServer, type TestServer } from './helpers'

const DAY = 24 * 3600 * 1000
const START = Date.parse('2026-03-02T09:00:00+08:00')

let clockMs = START
let srv: TestServer
let call: ReturnType<typeof client>

beforeAll(async () => {
  srv = await startServer({ patentCount: 500, now: () => clockMs })
  call = client(srv.base)
})

afterAll(() => srv.close())

afterEach(() => {
  clockMs = START
})

async function list(query = ''): Promise<EventListResponse> {
  const res = await call<EventListResponse>(`/api/events${query ? '?' + query : ''}`)
  expect(res.status).toBe(200)
  return res.body
}

async function all(query = ''): Promise<EventSummary[]> {
  const first = await list(`pageSize=50${query ? '&' + query : ''}`)
  const items = first.items.slice()
  for (let page = 2; items.length < first.total; page++) items.push(...(await list(`pageSize=50&page=${page}${query ? '&' + query : ''}`)).items)
  return items
}

async function detail(id: string): Promise<EventDetail> {
  const res = await call<EventDetail>(`/api/events/${encodeURIComponent(id)}`)
  expect(res.status).toBe(200)
  return res.body
}

describe('the seeded programme', () => {
  test('should hold at least 40 events of both kinds in several cities with URL-safe ids', async () => {
    const items = await all()
    expect(items.length).toBeGreaterThanOrEqual(40)
    expect(new Set(items.map((e) => e.kind))).toEqual(new Set(['matchmaking', 'financing']))
    const cities = new Set(items.map((e) => e.cityLabel))
    for (const city of ['江门市', '泸州市', '重庆市', '广州市', '成都市']) expect(cities).toContain(city)
    for (const e of items) {
      expect(isUrlSafeId(e.id)).toBe(true)
      expect(e.confirmedCount).toBeLessThanOrEqual(e.capacity)
      expect(e.seatsLeft).toBe(e.capacity - e.confirmedCount)
      expect(e.industries.length).toBeGreaterThan(0)
      expect(e.title).toMatch(/[\u4e00-\u9fff]/)
      if (e.kind === 'financing') expect(e.banks!.length).toBeGreaterThanOrEqual(2)
    }
    // Every derived status is represented, so each list filter has something to show.
    expect(new Set(items.map((e) => e.status))).toEqual(new Set(['open', 'full', 'closed', 'ended']))
    expect(items.some((e) => !e.waitlistEnabled)).toBe(true)
    expect(items.some((e) => e.requiresApproval)).toBe(true)
  })

  test('should list upcoming events soonest first, then ended ones most recent first', async () => {
    const items = await all()
    const live = items.filter((e) => e.status !== 'ended')
    const ended = items.filter((e) => e.status === 'ended')
    expect(items).toEqual([...live, ...ended])
    const starts = (xs: EventSummary[]) => xs.map((e) => Date.parse(e.startsAt))
    expect(starts(live)).toEqual(starts(live).slice().sort((a, b) => a - b))
    expect(starts(ended)).toEqual(starts(ended).slice().sort((a, b) => b - a))
  })

  test.each([
    [DEMO_EVENT_IDS.open, { status: 'open', signupState: 'open', capacity: 50, kind: 'matchmaking', waitlistEnabled: true }],
    [DEMO_EVENT_IDS.full, { status: 'full', signupState: 'open', seatsLeft: 0, waitlistEnabled: true }],
    [DEMO_EVENT_IDS.fullNoWaitlist, { status: 'full', seatsLeft: 0, waitlistEnabled: false }],
    [DEMO_EVENT_IDS.closed, { status: 'closed', signupState: 'closed' }],
    [DEMO_EVENT_IDS.notYetOpen, { status: 'closed', signupState: 'not_yet_open', kind: 'financing' }],
    [DEMO_EVENT_IDS.approval, { status: 'open', requiresApproval: true }],
    [DEMO_EVENT_IDS.ended, { status: 'ended' }],
    [DEMO_EVENT_IDS.financing, { status: 'open', kind: 'financing' }],
  ])('should seed %s in its documented state', async (id, expected) => {
    const event = await detail(id)
    expect(event).toEqual(expect.objectContaining({ id, ...expected }))
    expect(event.description.length).toBeGreaterThan(20)
    expect(event.agenda.length).toBeGreaterThan(2)
    expect(event.organizer).toMatch(/[\u4e00-\u9fff]/)
    expect(Date.parse(event.signupOpensAt)).toBeLessThan(Date.parse(event.signupClosesAt))
    expect(Date.parse(event.startsAt)).toBeLessThan(Date.parse(event.endsAt))
  })

  test('should keep the demo fresh: the open demo event is open whatever day the mock starts', async () => {
    const later = await startServer({ patentCount: 0, now: () => START + 400 * DAY })
    try {
      const res = await client(later.base)(`/api/events/${DEMO_EVENT_IDS.open}`)
      expect(res.body.status).toBe('open')
      expect(Date.parse(res.body.startsAt)).toBeGreaterThan(START + 400 * DAY)
    } finally {
      await later.close()
    }
  })

  test('should derive status from the clock: the open event ends after its end time', async () => {
    const event = await detail(DEMO_EVENT_IDS.open)
    clockMs = Date.parse(event.signupClosesAt) + 1000
    expect((await detail(DEMO_EVENT_IDS.open)).status).toBe('closed')
    clockMs = Date.parse(event.endsAt) + 1000
    expect((await detail(DEMO_EVENT_IDS.open)).status).toBe('ended')
  })

  test('should 404 an unknown event', async () => {
    expectError(await call('/api/events/ev-nope'), 404, 'NOT_FOUND')
  })
})

describe('filters', () => {
  test.each([
    ['kind=financing', (e: EventSummary) => e.kind === 'financing'],
    ['kind=matchmaking', (e: EventSummary) => e.kind === 'matchmaking'],
    ['status=open', (e: EventSummary) => e.status === 'open'],
    ['status=full', (e: EventSummary) => e.status === 'full'],
    ['status=closed', (e: EventSummary) => e.status === 'closed'],
    ['status=ended', (e: EventSummary) => e.status === 'ended'],
    ['city=510500', (e: EventSummary) => e.city === '510500'],
    ['industry=C14', (e: EventSummary) => e.industries.includes('C14')],
    ['kind=financing&city=440700&status=open', (e: EventSummary) => e.kind === 'financing' && e.city === '440700' && e.status === 'open'],
  ])('should narrow by %s to exactly the matching events', async (query, holds) => {
    const everything = await all()
    const narrowed = await all(query)
    expect(narrowed.length).toBeGreaterThan(0)
    expect(narrowed.map((e) => e.id)).toEqual(everything.filter(holds).map((e) => e.id))
  })

  test('should limit when=week and when=month to events not over that start within 7 and 30 days', async () => {
    const everything = await all()
    for (const [when, days] of [['week', 7], ['month', 30]] as const) {
      const narrowed = await all(`when=${when}`)
      const expected = everything.filter((e) => Date.parse(e.endsAt) > START && Date.parse(e.startsAt) < START + days * DAY)
      expect(narrowed.map((e) => e.id)).toEqual(expected.map((e) => e.id))
      expect(narrowed.length).toBeGreaterThan(0)
    }
    expect((await list('when=week')).total).toBeLessThan((await list('when=month')).total)
    expect((await list('when=all')).total).toBe(everything.length)
  })

  test('should page with the requested size', async () => {
    const first = await list('pageSize=10')
    const second = await list('pageSize=10&page=2')
    expect(first.items).toHaveLength(10)
    expect(second.page).toBe(2)
    expect(second.items[0].id).not.toBe(first.items[0].id)
    expect((await list('page=999')).items).toEqual([])
  })

  test('should answer 400 naming every unknown or malformed parameter', async () => {
    const error = expectError(await call('/api/events?kind=party&status=soon&city=mars&when=year&industry=x&page=0&pageSize=51'), 400, 'VALIDATION_FAILED')
    expect(Object.keys(error.fields!).sort()).toEqual(['city', 'industry', 'kind', 'page', 'pageSize', 'status', 'when'])
  })
})
