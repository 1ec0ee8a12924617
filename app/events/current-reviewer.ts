// Who signs the event history. There are no accounts yet: every web operation is recorded as one
// anonymous reviewer until sign-in lands, which replaces this with the signed-in user's name.
export const WEB_REVIEWER = "web reviewer";
