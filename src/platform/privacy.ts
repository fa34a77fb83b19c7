// H5: browsers ask for camera or clipboard themselves; there is no 隐私保护指引 consent to collect.

export function installPrivacyHandler(): void {}

export function openPrivacyContract(): void {}

/** True when a platform call failed because the user did not agree to the 隐私保护指引. */
export function isPrivacyRefusal(error: unknown): boolean {
  const message = (error as { errMsg?: string; message?: string } | null)?.errMsg ?? (error as Error | null)?.message ?? ''
  return /privacy/i.test(message)
}
