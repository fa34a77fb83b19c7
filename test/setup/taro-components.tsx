// Jest stand-in for @tarojs/components: plain DOM elements with Taro's event shapes (e.detail.value).
import { forwardRef, type ReactNode } from 'react'

type AnyProps = Record<string, unknown> & { children?: ReactNode; className?: string }

const DROP = new Set(['hoverClass', 'confirmType', 'maxlength', 'placeholderClass', 'scrollY', 'scrollX', 'enableBackToTop', 'lowerThreshold', 'upperThreshold', 'scrollTop', 'scrollWithAnimation', 'showMenuByLongpress', 'mode', 'lazyLoad', 'formType', 'openType', 'loading', 'hoverStopPropagation', 'userSelect', 'selectable', 'decode', 'space', 'adjustPosition', 'cursorSpacing', 'autoHeight', 'showConfirmBar', 'holdKeyboard', 'nodes', 'range', 'rangeKey', 'start', 'end', 'fields', 'onConfirm', 'onScrollToLower', 'onScroll', 'onLongPress', 'onRefresherRefresh', 'refresherEnabled', 'refresherTriggered', 'enhanced', 'showScrollbar'])

function domProps(props: AnyProps): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([k]) => !DROP.has(k)))
}

function block(tag: 'div' | 'span' | 'button' | 'form' | 'label' | 'nav') {
  const Component = forwardRef<HTMLElement, AnyProps>(function TaroBlock(props, ref) {
    const Tag = tag as unknown as 'div'
    return <Tag ref={ref as never} {...(domProps(props) as object)} />
  })
  return Component
}

export const View = block('div')
export const Text = block('span')
export const Label = block('label')
export const Form = block('form')
export const ScrollView = block('div')
export const Swiper = block('div')
export const SwiperItem = block('div')
export const Navigator = block('nav')
export const Block = ({ children }: AnyProps) => <>{children}</>

export const Button = forwardRef<HTMLButtonElement, AnyProps>(function TaroButton(props, ref) {
  const { disabled, ...rest } = props
  return <button ref={ref} type='button' disabled={Boolean(disabled)} {...(domProps(rest) as object)} />
})

function withDetail(handler: unknown) {
  if (typeof handler !== 'function') return undefined
  return (e: { target: { value: string } }) => (handler as (ev: unknown) => void)({ detail: { value: e.target.value }, target: e.target })
}

export const Input = forwardRef<HTMLInputElement, AnyProps>(function TaroInput(props, ref) {
  const { onInput, onBlur, onFocus, onConfirm, value, type, password, ...rest } = props
  return (
    <input
      ref={ref}
      {...(domProps(rest) as object)}
      type={password ? 'password' : type === 'number' || type === 'digit' ? 'text' : (type as string) || 'text'}
      value={(value as string) ?? ''}
      onChange={withDetail(onInput)}
      onBlur={withDetail(onBlur)}
      onFocus={withDetail(onFocus)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && typeof onConfirm === 'function') onConfirm({ detail: { value: (e.target as HTMLInputElement).value } })
      }}
    />
  )
})

export const Textarea = forwardRef<HTMLTextAreaElement, AnyProps>(function TaroTextarea(props, ref) {
  const { onInput, onBlur, value, ...rest } = props
  return <textarea ref={ref} {...(domProps(rest) as object)} value={(value as string) ?? ''} onChange={withDetail(onInput)} onBlur={withDetail(onBlur)} />
})

export const Image = (props: AnyProps) => <img alt='' {...(domProps(props) as object)} />

export const Switch = (props: AnyProps) => {
  // H5 hands nativeProps to the checkbox inside the switch.
  const { checked, onChange, nativeProps, ...rest } = props
  return (
    <input
      type='checkbox'
      role='switch'
      {...(domProps(rest) as object)}
      {...(nativeProps as object)}
      checked={Boolean(checked)}
      onChange={(e) => typeof onChange === 'function' && (onChange as (ev: unknown) => void)({ detail: { value: e.target.checked } })}
    />
  )
}

export const Picker = block('div')
export const RichText = () => null
export const Canvas = block('div')
