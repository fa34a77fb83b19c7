// `npm run bench:load`: the mock server on an event day. Starts the HTTP mock with MOCK_DATA_FILE
// (the write-ahead journal on), then with 50 keep-alive connections:
//   A — read-only patent searches;
//   then 3,000 sign-ups are stored (printed as sign-ups/s);
//   B — the same searches, with 10 % of requests writes (sign-ups and check-ins, half each).
// Budget, both phases measured in this run: B's throughput ≥ 0.9 × A's, B's p99 ≤ 1.5 × A's p99,
// and no request answered with an error. Exits non-zero over budget. After the sign-ups, A and B run in
// eight pairs of neighbouring slices (A B, B A, …) so that whatever else the machine is doing weighs on
// both alike; the throughput budget is the median pair's B/A, and the A measured before the sign-ups is
// printed beside them.
// Env: BENCH_PORT, BENCH_CONNECTIONS (50), BENCH_PHASE_MS (10000), BENCH_SIGNUPS (3000), MOCK_PATENTS (50000).
// A small keep-alive http.Agent load generator: no dependency to install, and its own cost is the
// same in both phases.
import http from 'node:http'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { facetCodes, freePort, startMockServer } from './lib.mjs'

const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS || 50)
const PHASE_MS = Number(process.env.BENCH_PHASE_MS || 10000)
const WARM_MS = 2000
const SIGNUPS = Number(process.env.BENCH_SIGNUPS || 3000)
const PATENTS = process.env.MOCK_PATENTS || '50000'
const PASSCODE = 'bench-officer-passcode'
const WRITE_SHARE = 0.1
const USCC = '91350100M000100Y43'

let base = ''
const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS })

/** One request over the shared keep-alive pool; resolves with status and parsed JSON body. */
function request(method, pathname, { body, token, key } = {}) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body))
    const headers = {}
    if (payload) {
      headers['content-type'] = 'application/json'
      headers['content-length'] = String(payload.length)
    }
    if (token) headers.authorization = `Bearer ${token}`
    if (key) headers['idempotency-key'] = key
    const req = http.request(base + pathname, { method, agent, headers }, (res) => {
      const chunks = []
      res.on('data', (c) => chunks.push(c))
      res.on('end', () => {
        const text = Buffer.concat(chunks).toString('utf8')
        let json = null
        try {
          json = text ? JSON.parse(text) : null
        } catch {
          json = null
        }
        resolve({ status: res.statusCode, body: json })
      })
      res.on('error', reject)
    })
    req.on('error', reject)
    if (payload) req.end(payload)
    else req.end()
  })
}

// ---- the mix ----

const TERMS = ['电池', '储能', '复合材料', '传感器', '催化剂', '光伏', '电机', '算法', '发酵', '涂层', '控制', '检测', '新能源', '芯片', '环保']
const SORTS = ['relevance', 'newest', 'fee_asc', 'fee_desc', 'popular']
const SEARCHES = []
/** 240 fixed searches over the server's own industry and region codes. */
function buildSearches({ industries, regions }) {
  for (let i = 0; i < 240; i++) {
    const parts = [`sort=${SORTS[i % SORTS.length]}`, `page=${1 + (i % 3)}`]
    if (i % 2 === 0) parts.push(`q=${encodeURIComponent(TERMS[i % TERMS.length])}`)
    if (i % 3 === 0) parts.push(`industry=${industries[i % industries.length]}`)
    if (i % 4 === 1) parts.push(`region=${regions[i % regions.length]}`)
    if (i % 5 === 2) parts.push('type=invention')
    SEARCHES.push(`/api/patents?${parts.join('&')}`)
  }
}
let searchCursor = 0
const nextSearch = () => SEARCHES[searchCursor++ % SEARCHES.length]

function attendee(i) {
  return {
    attendeeName: `压测参会人${i % 1000}`,
    phone: '138' + String(10000000 + (i % 90000000)).slice(-8),
    enterprise: { name: `压测示例科技有限公司${i % 1000}`, uscc: USCC },
  }
}

function percentile(sorted, p) {
  if (sorted.length === 0) return 0
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}

/**
 * `CONNECTIONS` closed-loop workers, each sending its next request as soon as the last answered,
 * for `ms`; latencies of requests started after the warm-up count.
 */
async function runPhase(ms, next, warmMs = 0) {
  const latencies = []
  const writeLatencies = []
  let errors = 0
  const firstError = []
  const start = performance.now()
  const measureFrom = start + warmMs
  const end = measureFrom + ms
  let counted = 0
  async function worker() {
    while (performance.now() < end) {
      const job = next()
      const t0 = performance.now()
      let res
      try {
        res = await request(job.method, job.path, job.options)
      } catch (error) {
        res = { status: 0, body: String(error) }
      }
      const t1 = performance.now()
      const ok = res.status >= 200 && res.status < 300 && (!job.check || job.check(res))
      if (t0 >= measureFrom && t1 <= end) {
        latencies.push(t1 - t0)
        if (job.method !== 'GET') writeLatencies.push(t1 - t0)
        counted++
      }
      if (!ok) {
        errors++
        if (firstError.length < 3) firstError.push(`${job.method} ${job.path} → ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`)
      }
    }
  }
  await Promise.all(Array.from({ length: CONNECTIONS }, worker))
  return summarize([{ ms, latencies, writeLatencies, counted, errors, firstError }])
}

/** One phase's figures over all its slices. */
function summarize(slices) {
  const latencies = slices.flatMap((x) => x.latencies).sort((a, b) => a - b)
  const writeLatencies = slices.flatMap((x) => x.writeLatencies).sort((a, b) => a - b)
  const ms = slices.reduce((n, x) => n + x.ms, 0)
  const counted = slices.reduce((n, x) => n + x.counted, 0)
  const errors = slices.reduce((n, x) => n + x.errors, 0)
  const firstError = slices.flatMap((x) => x.firstError).slice(0, 3)
  return {
    slices,
    rps: counted / (ms / 1000),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    writeP50: percentile(writeLatencies, 50),
    writeP99: percentile(writeLatencies, 99),
    count: counted,
    errors,
    firstError,
  }
}

/** Runs `count` jobs over `CONNECTIONS` workers; resolves with the seconds taken and any errors. */
async function runJobs(count, makeJob) {
  let cursor = 0
  const failures = []
  const t0 = performance.now()
  async function worker() {
    while (cursor < count) {
      const job = makeJob(cursor++)
      const res = await request(job.method, job.path, job.options).catch((error) => ({ status: 0, body: String(error) }))
      if (res.status < 200 || res.status >= 300) failures.push(`${job.method} ${job.path} → ${res.status} ${JSON.stringify(res.body).slice(0, 160)}`)
      else if (job.done) job.done(res)
    }
  }
  await Promise.all(Array.from({ length: CONNECTIONS }, worker))
  return { seconds: (performance.now() - t0) / 1000, failures }
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(0)} KB`
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'huiqi-bench-load-'))
const dataFile = path.join(dir, 'state.journal')
let server = null
let failed = false
try {
  const port = Number(process.env.BENCH_PORT) || (await freePort())
  base = `http://127.0.0.1:${port}`
  console.log(`启动模拟服务：${PATENTS} 件专利，MOCK_DATA_FILE 开启，${CONNECTIONS} 个连接`)
  const env = { MOCK_PATENTS: PATENTS, MOCK_DATA_FILE: dataFile, MOCK_OFFICER_PASSCODE: PASSCODE, HOST: '127.0.0.1' }
  server = await startMockServer(port, env)

  const codes = await facetCodes(base)
  buildSearches(codes)
  const officer = (await request('POST', '/api/auth/login', { body: { role: 'officer', passcode: PASSCODE } })).body?.token
  if (!officer) throw new Error('工作人员登录失败')
  // Today's programme: starting within the hour (check-in open), sign-up open, room for everyone.
  const now = Date.now()
  const iso = (ms) => new Date(ms + 8 * 3600e3).toISOString().slice(0, 19) + '+08:00'
  const events = []
  for (let i = 0; i < 6; i++) {
    const res = await request('POST', '/api/events', {
      token: officer,
      body: {
        kind: 'matchmaking',
        title: `压测对接会 ${i + 1}`,
        organizer: '江门市市场监督管理局',
        venue: '江门市科技馆报告厅',
        city: codes.regions[0],
        startsAt: iso(now + 3600e3),
        endsAt: iso(now + 5 * 3600e3),
        signupOpensAt: iso(now - 3600e3),
        signupClosesAt: iso(now + 1800e3),
        capacity: 5000,
        requiresApproval: false,
        waitlistEnabled: true,
        description: '负载测试用活动',
        agenda: [{ time: '09:00', title: '开场' }],
        banks: [],
        industries: [codes.industries[0]],
      },
    })
    if (res.status !== 201) throw new Error(`创建活动失败：${res.status} ${JSON.stringify(res.body)}`)
    events.push(res.body.event.id)
  }

  // One active registration per user per event: users × 3 events give the stored sign-ups; the
  // other 3 events take phase B's.
  const users = Math.ceil(SIGNUPS / 3)
  const tokens = new Array(users)
  const logins = await runJobs(users, (i) => ({
    method: 'POST',
    path: '/api/auth/login',
    options: { body: { role: 'sme', code: `bench-${i}` } },
    done: (res) => (tokens[i] = res.body.token),
  }))
  if (logins.failures.length) throw new Error(`登录失败：${logins.failures[0]}`)

  // ---- A: read-only ----
  const searchJob = () => ({ method: 'GET', path: nextSearch() })
  const a0 = await runPhase(PHASE_MS, searchJob, WARM_MS)

  // ---- 3,000 stored sign-ups ----
  const tickets = []
  const stored = await runJobs(SIGNUPS, (i) => ({
    method: 'POST',
    path: `/api/events/${events[i % 3]}/registrations`,
    options: { token: tokens[Math.floor(i / 3)], key: `bench-store-${i}`, body: attendee(i) },
    done: (res) => res.body.registration.ticketCode && tickets.push({ code: res.body.registration.ticketCode, eventId: res.body.registration.eventId }),
  }))
  if (stored.failures.length) throw new Error(`报名失败：${stored.failures[0]}`)
  const journalAfterSignups = statSync(dataFile).size

  // ---- B: 90 % searches, 10 % sign-ups and check-ins ----
  let signupCursor = 0
  let checkinCursor = 0
  let writeTurn = 0
  let bSignups = 0
  let pick = 0
  const mixedJob = () => {
    // Every tenth request is a write, alternating sign-up and check-in: the same share every run.
    if (pick++ % Math.round(1 / WRITE_SHARE) !== 0) return searchJob()
    if (writeTurn++ % 2 === 0 && signupCursor < users * 3) {
      const i = signupCursor++
      return {
        method: 'POST',
        path: `/api/events/${events[3 + (i % 3)]}/registrations`,
        options: { token: tokens[Math.floor(i / 3)], key: `bench-b-${i}`, body: attendee(i) },
        check: (res) => (bSignups++, res.body?.registration?.status === 'confirmed'),
      }
    }
    const t = tickets[checkinCursor++ % tickets.length]
    return {
      method: 'POST',
      path: '/api/checkins',
      options: { token: officer, body: { items: [{ ticketCode: t.code, eventId: t.eventId, scannedAt: iso(Date.now()), deviceId: 'bench-gate' }] } },
      check: (res) => ['ok', 'duplicate'].includes(res.body?.results?.[0]?.result),
    }
  }
  // Pairs of neighbouring slices, ordered A B, B A, A B … so a machine that speeds up or slows down
  // during the run favours neither; the budget takes the median pair, so one pair caught by a stall
  // elsewhere on the machine (a disk flush, another process) does not decide it.
  const SLICES = 8
  const aSlices = []
  const bSlices = []
  const pairRatios = []
  await runPhase(WARM_MS, mixedJob)
  for (let i = 0; i < SLICES; i++) {
    const order = i % 2 === 0 ? [searchJob, mixedJob] : [mixedJob, searchJob]
    const first = await runPhase(PHASE_MS / SLICES, order[0])
    const second = await runPhase(PHASE_MS / SLICES, order[1])
    const [aRun, bRun] = i % 2 === 0 ? [first, second] : [second, first]
    aSlices.push(...aRun.slices)
    bSlices.push(...bRun.slices)
    pairRatios.push(bRun.rps / aRun.rps)
  }
  const a = summarize(aSlices)
  const b = summarize(bSlices)
  const journalAfterB = statSync(dataFile).size

  // Restart on the journal: it loads, and start-up compaction leaves the state's own size.
  server.stop()
  await new Promise((resolve) => setTimeout(resolve, 500))
  const restartT0 = performance.now()
  server = await startMockServer(port, env)
  const restartSeconds = (performance.now() - restartT0) / 1000
  const stateBytes = statSync(dataFile).size

  const fmt = (r) => `${r.rps.toFixed(0).padStart(5)} req/s   p50 ${r.p50.toFixed(1).padStart(6)} ms   p99 ${r.p99.toFixed(1).padStart(6)} ms   (${r.count} 次，错误 ${r.errors})`
  console.log(`A 只读搜索（报名前）       ${fmt(a0)}`)
  console.log(`A 只读搜索（与 B 交替）   ${fmt(a)}`)
  console.log(`B 90% 搜索 + 10% 写入     ${fmt(b)}`)
  console.log(`  其中写入 p50 ${b.writeP50.toFixed(1)} ms，p99 ${b.writeP99.toFixed(1)} ms`)
  console.log(`存入 ${SIGNUPS} 条报名：${(SIGNUPS / stored.seconds).toFixed(0)} 条/秒（${stored.seconds.toFixed(1)} s，${CONNECTIONS} 个连接）；B 阶段报名 ${bSignups} 条`)
  console.log(`日志文件：报名后 ${kb(journalAfterSignups)}，B 阶段后 ${kb(journalAfterB)}；重启压缩后状态 ${kb(stateBytes)}（重启 ${restartSeconds.toFixed(1)} s）`)
  const sortedRatios = [...pairRatios].sort((x, y) => x - y)
  const ratio = (sortedRatios[SLICES / 2 - 1] + sortedRatios[SLICES / 2]) / 2
  const p99Ratio = b.p99 / a.p99
  console.log(`B/A 吞吐：每对相邻时段 ${pairRatios.map((r) => r.toFixed(2)).join(' ')}；中位数 ${ratio.toFixed(2)}（预算 ≥ 0.90），全程 ${(b.rps / a.rps).toFixed(2)}`)
  console.log(`B/A p99 ${p99Ratio.toFixed(2)}（预算 ≤ 1.50）`)
  for (const line of [...a0.firstError, ...a.firstError, ...b.firstError]) console.error(`  错误：${line}`)
  if (ratio < 0.9 || p99Ratio > 1.5 || a0.errors + a.errors + b.errors > 0) {
    console.error('✗ 超出负载预算')
    failed = true
  } else {
    console.log('✓ 负载预算内')
  }
} catch (error) {
  console.error(`✗ bench:load 失败：${error.message}`)
  failed = true
} finally {
  server?.stop()
  agent.destroy()
  rmSync(dir, { recursive: true, force: true })
}
process.exit(failed ? 1 : 0)
