import { SignInPrompt } from '@/components/gates'

export function SignInFirst() {
  return <SignInPrompt hint='在“我的”选择演示身份后查看申请进度和消息' />
}
