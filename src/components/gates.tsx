import Taro from '@tarojs/taro'
import { goToSignIn } from '@/utils/sign-in'
import { EmptyState } from './states'

// What a page shows in place of its content until the person has signed in / filled in 企业信息;
// each page says in `hint` what the step unlocks there.

export function SignInPrompt({ hint }: { hint?: string }) {
  return <EmptyState title='请先登录' hint={hint} actionText='去登录' onAction={goToSignIn} />
}

export function EnterprisePrompt({ hint }: { hint: string }) {
  return <EmptyState title='请先完善企业信息' hint={hint} actionText='去填写企业信息' onAction={() => Taro.navigateTo({ url: '/pages/enterprise/index' })} />
}
