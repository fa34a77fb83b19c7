// API.md → Roles: an officer login presents a passcode. The mock's demo value is public on purpose —
// printed when the server starts and prefilled on the demo login screen — so a demo works out of the
// box while a token is no longer one `{"role":"officer"}` away for anyone who can reach the server.

export const DEFAULT_OFFICER_PASSCODE = 'huiqi-officer-demo'
export const PASSCODE_MAX = 128
