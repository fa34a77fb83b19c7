import { act, render, screen } from '@testing-library/react'
import { Text } from '@tarojs/components'
import { VirtualList, visibleRange } from '@/components/virtual-list'
import { __firePageScroll } from '../setup/taro'

// Jest's window is phone-sized, 375 × 667 (test/setup/jest.setup.ts): a 200-design-px row is 100 px.
const ROW_DESIGN_PX = 200
const ROW_PX = 100
const VIEWPORT_PX = 667

const ITEMS = Array.from({ length: 5000 }, (_, i) => ({ id: `item-${i}`, label: `第 ${i} 条` }))

function renderList(count = ITEMS.length, overscan = 4) {
  return render(
    <VirtualList
      items={ITEMS.slice(0, count)}
      itemHeight={ROW_DESIGN_PX}
      overscan={overscan}
      itemKey={(item) => item.id}
      renderItem={(item) => <Text data-testid='row'>{item.label}</Text>}
    />,
  )
}

function renderedLabels(): string[] {
  return screen.queryAllByTestId('row').map((el) => el.textContent ?? '')
}

function spacerPx(which: 'top' | 'bottom'): number {
  return parseFloat(screen.getByTestId(`virtual-list-spacer-${which}`).style.height)
}

test('should paint just the first screenful, then add the overscan rows a moment later', async () => {
  renderList()
  // ceil(667 / 100) = 7 rows fill the screen; nothing more holds up the first paint.
  expect(renderedLabels()).toHaveLength(7)
  await act(() => new Promise((resolve) => setTimeout(resolve, 150)))
  const labels = renderedLabels()
  // ceil(667 / 100) = 7 visible rows + 4 overscan below.
  expect(labels).toHaveLength(11)
  expect(labels[0]).toBe('第 0 条')
  expect(spacerPx('top')).toBe(0)
  expect(spacerPx('bottom')).toBe((ITEMS.length - 11) * ROW_PX)
})

test('should keep the rendered count bounded and show the right rows however far the page scrolls', () => {
  renderList()
  for (const scrollTop of [1_000, 25_000, 123_456, 300_000, 499_000]) {
    act(() => __firePageScroll(scrollTop))
    const labels = renderedLabels()
    expect(labels.length).toBeLessThanOrEqual(40)
    const firstVisible = Math.floor(scrollTop / ROW_PX)
    const lastVisible = Math.min(ITEMS.length - 1, Math.floor((scrollTop + VIEWPORT_PX) / ROW_PX))
    // Every row in the viewport is on screen, in order, and nothing far away is.
    expect(labels).toContain(`第 ${firstVisible} 条`)
    expect(labels).toContain(`第 ${lastVisible} 条`)
    const indexes = labels.map((l) => Number(/\d+/.exec(l)![0]))
    expect(indexes).toEqual(indexes.map((_, k) => indexes[0] + k))
    expect(indexes[0]).toBeGreaterThanOrEqual(firstVisible - 4)
    // Spacers stand in for every row not rendered, so the page keeps its full height.
    expect(spacerPx('top') + labels.length * ROW_PX + spacerPx('bottom')).toBe(ITEMS.length * ROW_PX)
    expect(spacerPx('top')).toBe(indexes[0] * ROW_PX)
  }
  expect(screen.getAllByTestId('row').length).toBeLessThanOrEqual(40)
})

test('should come back to the first rows when scrolled back to the top', () => {
  renderList()
  act(() => __firePageScroll(200_000))
  expect(renderedLabels()).not.toContain('第 0 条')
  act(() => __firePageScroll(0))
  expect(renderedLabels()[0]).toBe('第 0 条')
})

test('should render a short list whole with no spacer below', () => {
  renderList(5)
  expect(renderedLabels()).toEqual(['第 0 条', '第 1 条', '第 2 条', '第 3 条', '第 4 条'])
  expect(spacerPx('bottom')).toBe(0)
})

test('should fill the viewport from where it is when the next page of items arrives', () => {
  const { rerender } = renderList(20)
  // Near the end of the first page (rows 15–21 in view, only 20 loaded): rows 11–19.
  act(() => __firePageScroll(1_500))
  expect(renderedLabels()[0]).toBe('第 11 条')
  expect(renderedLabels().at(-1)).toBe('第 19 条')
  rerender(
    <VirtualList items={ITEMS.slice(0, 1000)} itemHeight={ROW_DESIGN_PX} itemKey={(item) => item.id} renderItem={(item) => <Text data-testid='row'>{item.label}</Text>} />,
  )
  // Same start, now running to the bottom of the viewport plus overscan (row 22 + 4).
  expect(renderedLabels()[0]).toBe('第 11 条')
  expect(renderedLabels().at(-1)).toBe('第 25 条')
  expect(spacerPx('top')).toBe(11 * ROW_PX)
  expect(spacerPx('bottom')).toBe((1000 - 26) * ROW_PX)
})

test('should ask for more items when the window reaches the end, once per arrival', () => {
  const onEndReached = jest.fn()
  const list = (count: number) => (
    <VirtualList items={ITEMS.slice(0, count)} itemHeight={ROW_DESIGN_PX} itemKey={(item) => item.id} renderItem={(item) => <Text data-testid='row'>{item.label}</Text>} onEndReached={onEndReached} />
  )
  const { rerender } = render(list(40))
  expect(onEndReached).not.toHaveBeenCalled()
  // One fling straight to the bottom (a single scroll event) still asks for the next page.
  act(() => __firePageScroll(3_400))
  expect(onEndReached).toHaveBeenCalledTimes(1)
  act(() => __firePageScroll(3_380))
  expect(onEndReached).toHaveBeenCalledTimes(1)
  rerender(list(60))
  expect(onEndReached).toHaveBeenCalledTimes(1)
  act(() => __firePageScroll(5_400))
  expect(onEndReached).toHaveBeenCalledTimes(2)
})

describe('visibleRange', () => {
  test('should account for the header above the list', () => {
    // The list starts 300 px down the page; at scrollTop 300 its first row is at the top.
    expect(visibleRange(1000, 100, 300, 300, 600, 0)).toEqual({ start: 0, end: 6 })
    expect(visibleRange(1000, 100, 1300, 300, 600, 2)).toEqual({ start: 8, end: 18 })
  })

  test('should never leave the list bounds', () => {
    expect(visibleRange(0, 100, 500, 0, 600, 4)).toEqual({ start: 0, end: 0 })
    expect(visibleRange(10, 100, 5000, 0, 600, 4)).toEqual({ start: 10, end: 10 })
    expect(visibleRange(10, 100, -200, 0, 600, 4)).toEqual({ start: 0, end: 8 })
  })
})
