/**
 * @jest-environment node
 */
// Tests that pass only on a good day are not tests: the E2E suite runs once, without retries, and
// waits for what a user would see rather than for a fixed time; app-layer unit tests assert no wall-clock times.
import { readFileSync, readdirSync } from 'node:fs'
import path from 'node:path'

const root = path.resolve(__dirname, '../../..')
const read = (rel: string) => readFileSync(path.join(root, rel), 'utf8')
const filesIn = (dir: string, re: RegExp) =>
  readdirSync(path.join(root, dir))
    .filter((f) => re.test(f))
    .map((f) => path.join(dir, f))

test('should run Playwright without retries', () => {
  const config = read('playwright.config.ts')
  expect(config).toMatch(/^\s*retries:\s*0,/m)
})

test('should not sleep in any E2E spec or helper', () => {
  const sleeping = filesIn('test/e2e', /\.ts$/).filter((f) => /waitForTimeout\s*\(|new Promise[^\n]*setTimeout/.test(read(f)))
  expect(sleeping).toEqual([])
})

test('should not skip an E2E assertion when an endpoint fails', () => {
  const skipping = filesIn('test/e2e', /\.spec\.ts$/).filter((f) => /if\s*\(\s*!?\s*\w+\.ok\(\)\s*\)|test\.skip\(|test\.fixme\(/.test(read(f)))
  expect(skipping).toEqual([])
})

test('should not assert elapsed wall-clock time in the app-layer unit tests', () => {
  const timed = filesIn('test/unit/app', /\.test\.tsx?$/)
    .filter((f) => !f.endsWith('test-hygiene.test.ts'))
    .filter((f) => /(Date\.now\(\)|performance\.now\(\))\s*-\s*\w+\)\s*\.toBeLessThan/.test(read(f)))
  expect(timed).toEqual([])
})

test('should keep the contract suite free of sleeps, retries, skips and timing asserts', () => {
  // A backend team runs it against their own server: it must fail only on what the server answers.
  const files = filesIn('test/contract', /\.ts$/)
  expect(files.length).toBeGreaterThan(5)
  const bad = files.filter((f) =>
    /waitForTimeout\s*\(|new Promise[^\n]*setTimeout|test\.skip\(|\.fixme\(|retryTimes|(Date\.now\(\)|performance\.now\(\))\s*-\s*\w+\)\s*\.toBeLessThan/.test(read(f)),
  )
  expect(bad).toEqual([])
})
