// zustand's recommended Jest setup: every store created in a test run is reset after each test.
import { act } from '@testing-library/react'
import type * as Zustand from 'zustand'

// The mapper sends 'zustand' here, so the real module is loaded by its file path.
const actual = jest.requireActual<typeof Zustand>('zustand/index')
const resets = new Set<() => void>()

const createUncurried = <T>(creator: Zustand.StateCreator<T>) => {
  const store = actual.create(creator)
  const initial = store.getInitialState()
  resets.add(() => store.setState(initial, true))
  return store
}

export const create = (<T>(creator?: Zustand.StateCreator<T>) =>
  typeof creator === 'function' ? createUncurried(creator) : createUncurried) as typeof actual.create

export const useStore = actual.useStore
export const createStore = actual.createStore

afterEach(() => {
  act(() => resets.forEach((reset) => reset()))
})
