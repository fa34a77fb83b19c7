// Mini-program: WeChat keeps the package on the phone; nothing to install.
export function installOfflineShell(): void {}
