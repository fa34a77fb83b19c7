import Taro from '@tarojs/taro'
import type { HttpRequest, HttpResponse } from './http'

export type { HttpRequest, HttpResponse } from './http'

// Mini-program: wx.request (the domain must be on the app's request whitelist).

export async function httpRequest(req: HttpRequest): Promise<HttpResponse> {
  const res = await Taro.request({
    url: req.url,
    method: req.method as keyof Taro.request.Method,
    header: req.headers,
    data: req.body as TaroGeneral.IAnyObject | undefined,
    dataType: 'json',
    timeout: req.timeoutMs,
  })
  return { status: res.statusCode, body: res.data }
}
