// The practice's numbers are defaults, never limits: every one of them can be changed in the
// user's settings, and the rules take the settings as an argument.

export interface PracticeSettings {
  /** IANA time zone; "today" and "within 24 hours" are judged in it. */
  timeZone: string;
  /** Minutes to ask for in an outreach request. */
  requestMinutes: number;
  /** Days to wait for an answer before trying again. */
  retryAfterDays: number;
  /** Attempts before letting a request go as "no response". */
  maxAttempts: number;
  /** Hours after a conversation within which the thank-you should go out. */
  thankYouWithinHours: number;
  /** Days between check-ins while a relationship is active. */
  activeCheckInDays: number;
  /** Days a relationship counts as active after the last conversation. */
  activePeriodDays: number;
  /** Days between check-ins over the long run. */
  longRunCheckInDays: number;
  /** Days to allow for a promised research step before coming back. */
  comeBackAfterDays: number;
  /** Speaking rate, in words per minute, for timing the pitch. */
  speakingRateWpm: number;
  /** Longest pitch, in seconds. */
  pitchMaxSeconds: number;
  /** How many days ahead "coming up" looks for conversations to prepare. */
  upcomingDays: number;
}

export const DEFAULT_SETTINGS: PracticeSettings = {
  timeZone: "UTC",
  requestMinutes: 20,
  retryAfterDays: 7,
  maxAttempts: 3,
  thankYouWithinHours: 24,
  activeCheckInDays: 21,
  activePeriodDays: 90,
  longRunCheckInDays: 90,
  comeBackAfterDays: 30,
  speakingRateWpm: 150,
  pitchMaxSeconds: 30,
  upcomingDays: 7,
};
