// The poster QR holds `${HUIQI_H5_ORIGIN}/pages/event/index?id=<id>`. WeChat's 扫普通链接二维码打开小程序
// only maps https links under a prefix registered in the admin console, and a phone cannot reach
// localhost, so a release build must carry a public https origin or every printed poster is dead.

const LOCAL_HOST = /^(localhost|127\.\d+\.\d+\.\d+|0\.0\.0\.0|\[::1\]|10\.\d+\.\d+\.\d+|192\.168\.\d+\.\d+)$/i

/** Why `origin` cannot go on a released poster, or null when it can. */
export function posterOriginProblem(origin: string): string | null {
  let url: URL
  try {
    url = new URL(origin)
  } catch {
    return `HUIQI_H5_ORIGIN「${origin}」不是有效的网址`
  }
  if (url.protocol !== 'https:') return `HUIQI_H5_ORIGIN「${origin}」必须以 https:// 开头：微信只为 https 链接打开小程序`
  if (LOCAL_HOST.test(url.hostname)) return `HUIQI_H5_ORIGIN「${origin}」是本机或内网地址，手机扫码无法打开`
  if (url.pathname !== '/' || url.search || url.hash) return `HUIQI_H5_ORIGIN「${origin}」只能是域名，不能带路径或参数`
  return null
}

export function assertReleasePosterOrigin(origin: string): void {
  const problem = posterOriginProblem(origin)
  if (problem) throw new Error(`发布构建（HUIQI_RELEASE=1）失败：${problem}。请设置 HUIQI_H5_ORIGIN=https://<已在小程序后台登记的域名>`)
}
