import { Text, View } from '@tarojs/components'
import './draft-notice.scss'

interface DraftNoticeProps {
  /** e.g. 已恢复上次未保存的内容 — each form names what was not yet done (保存/提交/发布). */
  text: string
  /** Offered when the form can go back to a clean start. */
  onDiscard?: () => void
  discardText?: string
}

/** The banner a form shows when it brought back a draft left unsubmitted (drafts survive closing the app). */
export function DraftNotice({ text, onDiscard, discardText = '放弃修改' }: DraftNoticeProps) {
  return (
    <View className='draft-notice' role='status'>
      <Text>{text}</Text>
      {onDiscard ? (
        <View className='draft-notice__action' role='button' onClick={onDiscard}>
          {discardText}
        </View>
      ) : null}
    </View>
  )
}
