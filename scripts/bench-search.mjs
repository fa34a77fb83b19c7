// `npm run bench:search`: latency of GET /api/patents over HTTP on the 50,000-patent mock.
// Starts the mock server, replays a fixed (seeded) mix of faceted queries one after another and
// fails when p95 exceeds the budget. Env: BENCH_PORT (free port), BENCH_QUERIES (600),
// BENCH_P95_MS (20), MOCK_PATENTS (50000).
import { performance } from 'node:perf_hooks'
import { facetCodes, freePort, startMockServer } from './lib.mjs'

const PATENTS = process.env.MOCK_PATENTS || '50000'
const QUERY_COUNT = Math.max(500, Number(process.env.BENCH_QUERIES || 600))
const P95_BUDGET_MS = Number(process.env.BENCH_P95_MS || 20)
const WARM_UP = 30
const SEED = 20240605

const TYPES = ['invention', 'utility', 'design']
const FEE_MODES = ['lump_sum', 'royalty', 'entry_plus_royalty']
const SORTS = ['relevance', 'newest', 'fee_asc', 'fee_desc', 'popular']
// 0 (royalty only) … 100 万元, in fen.
const MAX_FEES = [0, 500_000, 1_000_000, 3_000_000, 5_000_000, 10_000_000, 30_000_000, 100_000_000]

// mulberry32, as in mock/core/random.ts: the same seed gives the same query mix on every run.
function mulberry32(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function toQuery(params) {
  return Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&')
}

/** CJK runs of 2–4 characters cut from real titles, minus the boilerplate every title shares. */
function titleWords(titles, rand, count) {
  const words = []
  const stop = /^(一种|及其|方法|装置|系统|用于|基于)$/
  let guard = 0
  while (words.length < count && guard++ < count * 20) {
    const title = titles[Math.floor(rand() * titles.length)]
    const runs = title.match(/[\u4e00-\u9fff]{2,}/g) ?? []
    if (runs.length === 0) continue
    const run = runs[Math.floor(rand() * runs.length)]
    const length = Math.min(run.length, 2 + Math.floor(rand() * 3))
    const start = Math.floor(rand() * (run.length - length + 1))
    const word = run.slice(start, start + length)
    if (!stop.test(word)) words.push(word)
  }
  return words
}

function numberForms(patentNo, rand) {
  const bare = patentNo.replace('.', '')
  const forms = [`ZL${patentNo}`, `CN${patentNo}`, bare, patentNo, `ZL ${patentNo}`, `zl${bare}`, `CN${bare}`]
  return forms[Math.floor(rand() * forms.length)]
}

function buildQueries(sample, rand, { industries, regions }) {
  const titles = sample.map((p) => p.title)
  const numbers = sample.map((p) => p.patentNo)
  const words = titleWords(titles, rand, 120)
  const pick = (list) => list[Math.floor(rand() * list.length)]
  const queries = []
  for (let i = 0; i < WARM_UP + QUERY_COUNT; i++) {
    const params = {}
    let kind = 'browse'
    const r = rand()
    if (r < 0.35) {
      kind = 'word'
      params.q = pick(words)
    } else if (r < 0.45) {
      kind = 'words'
      params.q = `${pick(words)} ${pick(words)}`
    } else if (r < 0.65) {
      kind = 'number'
      params.q = numberForms(pick(numbers), rand)
    }
    // Someone pasting a patent number wants that one patent: no filters, first page.
    const filtered = kind !== 'number'
    if (filtered && rand() < 0.3) params.type = pick(TYPES)
    if (filtered && rand() < 0.3) params.industry = pick(industries)
    if (filtered && rand() < 0.3) params.region = pick(regions)
    if (filtered && rand() < 0.25) params.feeMode = pick(FEE_MODES)
    if (filtered && rand() < 0.2) params.maxFee = pick(MAX_FEES)
    params.sort = pick(SORTS)
    const p = rand()
    params.page = !filtered || p < 0.7 ? 1 : p < 0.9 ? 2 + Math.floor(rand() * 9) : 11 + Math.floor(rand() * 190)
    params.pageSize = rand() < 0.8 ? 20 : 50
    queries.push({ kind, path: `/api/patents?${toQuery(params)}` })
  }
  return queries
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)
  return sorted[Math.max(0, index)]
}

function summarise(times) {
  const sorted = [...times].sort((a, b) => a - b)
  return {
    count: sorted.length,
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1],
  }
}

const fmt = (ms) => ms.toFixed(2).padStart(8)

async function main() {
  const port = Number(process.env.BENCH_PORT) || (await freePort())
  const server = await startMockServer(port, { MOCK_PATENTS: PATENTS, MOCK_LATENCY_MS: '0', MOCK_FAIL_RATE: '0', STATIC_DIR: '' })
  const { base, stop } = server
  process.on('SIGINT', () => {
    stop()
    process.exit(130)
  })

  try {
    const rand = mulberry32(SEED)
    const sample = []
    for (const page of [1, 37, 180, 420, 777]) {
      const res = await fetch(`${base}/api/patents?sort=newest&pageSize=50&page=${page}`)
      sample.push(...(await res.json()).items)
    }
    const queries = buildQueries(sample, rand, await facetCodes(base))

    const times = []
    const byKind = {}
    let failures = 0
    let hits = 0
    let numberQueries = 0
    for (let i = 0; i < queries.length; i++) {
      const { kind, path } = queries[i]
      const started = performance.now()
      const res = await fetch(base + path)
      const body = await res.json()
      const ms = performance.now() - started
      if (res.status !== 200) {
        failures++
        console.error(`HTTP ${res.status} for ${path}: ${JSON.stringify(body).slice(0, 200)}`)
        continue
      }
      if (kind === 'number') {
        numberQueries++
        // Every number in the mix was read from the list, so each must find exactly its patent.
        if (body.total === 1) hits++
        else console.error(`no single hit for ${decodeURIComponent(path)} (total ${body.total})`)
      }
      if (i < WARM_UP) continue
      times.push(ms)
      ;(byKind[kind] ??= []).push(ms)
    }

    const all = summarise(times)
    console.log(`\nGET /api/patents — ${PATENTS} patents, ${all.count} sequential queries (seed ${SEED}, ${WARM_UP} warm-up not counted)`)
    console.log(`${'mix'.padEnd(10)}${'count'.padStart(7)}${'p50'.padStart(9)}${'p95'.padStart(9)}${'p99'.padStart(9)}${'max'.padStart(9)}  (ms)`)
    const row = (name, s) => console.log(`${name.padEnd(10)}${String(s.count).padStart(7)}${fmt(s.p50)} ${fmt(s.p95)} ${fmt(s.p99)} ${fmt(s.max)}`)
    for (const kind of Object.keys(byKind).sort()) row(kind, summarise(byKind[kind]))
    row('all', all)
    console.log(`patent-number queries (ZL/CN/no dot/spaces) that found exactly their patent: ${hits}/${numberQueries}`)

    if (failures > 0 || hits !== numberQueries) {
      console.error(`\n${failures} queries failed, ${numberQueries - hits} patent numbers not found`)
      process.exitCode = 1
    } else if (!(all.p95 <= P95_BUDGET_MS)) {
      console.error(`\np95 ${all.p95.toFixed(2)} ms is over the ${P95_BUDGET_MS} ms budget`)
      process.exitCode = 1
    } else {
      console.log(`\np95 ${all.p95.toFixed(2)} ms ≤ ${P95_BUDGET_MS} ms budget`)
    }
  } finally {
    stop()
  }
}

main().catch((error) => {
  console.error(error)
  process.exit(1)
})
