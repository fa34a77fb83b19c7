// Shared by privacy.ts (H5) and privacy.weapp.ts: a value import between a platform file and its twin
// would resolve to the weapp file itself in the mini-program build.

/** True when a platform call failed because the user did not agree to the 隐私保护指引 (WeChat errno 104). */
export function isPrivacyRefusal(error: unknown): boolean {
  const message = (error as { errMsg?: string; message?: string } | null)?.errMsg ?? (error as Error | null)?.message ?? ''
  return /privacy/i.test(message)
}
