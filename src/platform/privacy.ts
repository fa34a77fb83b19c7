// H5: browsers ask for camera or clipboard themselves; there is no 隐私保护指引 consent to collect.

export { isPrivacyRefusal } from './privacy-core'

export function installPrivacyHandler(): void {}

export function openPrivacyContract(): void {}
