import Taro from '@tarojs/taro'

// The code stands for this WeChat user (like an openid); the backend exchanges it for a session.
export async function getLoginCode(): Promise<string | undefined> {
  try {
    const { code } = await Taro.login()
    return code || undefined
  } catch {
    return undefined
  }
}
