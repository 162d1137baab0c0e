import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { BREAK_KEY } from '../src/break-reminder/break-reminder.js';
import '../src/break-reminder/define.js';
import { MINUTE, type BreakState } from '../src/break-reminder/schedule.js';
import { clock } from '../src/core/platform/clock.js';
import { storage } from '../src/core/platform/storage.js';

/**
 * Stories double as test fixtures (test/break-reminder/break-reminder.test.ts).
 *
 * The widget's state lives in this browser's storage, so each story seeds the
 * record the widget itself would have written by then (key
 * `wellbeing-widgets:break-reminder`, see `BreakState`), relative to the
 * current time: `seed` below is the only setup, nothing inside the widget is
 * bypassed. The Night story also pins the time seam (src/core/platform/clock.ts) to
 * 02:30 UK time while it shows; tests fake the time with sinon instead.
 */
type Seed = 'idle' | 'due' | 'snoozed' | 'paused' | 'ended';

interface BreakReminderArgs {
  seed: Seed;
  interval: number;
  snooze: number;
  lang: 'en' | 'cy';
}

/** Today's record for a working day that began 3 hours ago, in the given state. */
export function seed(state: Seed, now = clock.now()): BreakState {
  const start = now - 180 * MINUTE;
  const record: BreakState = {
    at: now - MINUTE,
    start,
    until: now + 12 * 60 * MINUTE,
    next: now + 25 * MINUTE,
    breaks: [start + 90 * MINUTE],
    n: 1,
  };
  if (state === 'due') record.next = now - MINUTE;
  if (state === 'snoozed') Object.assign(record, { snoozed: true, next: now + 8 * MINUTE, n: 2 });
  if (state === 'paused') record.paused = true;
  if (state === 'ended') record.end = now - MINUTE;
  storage.set(BREAK_KEY, record);
  return record;
}

const meta: Meta<BreakReminderArgs> = {
  title: 'Widgets/Break reminder',
  component: 'wellbeing-break-reminder',
  excludeStories: ['seed'],
  args: { seed: 'idle', interval: 90, snooze: 10, lang: 'en' },
  argTypes: {
    seed: { control: 'select', options: ['idle', 'due', 'snoozed', 'paused', 'ended'] },
    lang: { control: 'inline-radio', options: ['en', 'cy'] },
  },
  render: ({ seed: state, interval, snooze, lang }) => {
    seed(state);
    return html`<div lang=${lang} style="max-width: 24em">
      <wellbeing-break-reminder interval=${interval} snooze=${snooze}></wellbeing-break-reminder>
    </div>`;
  },
};
export default meta;
type Story = StoryObj<BreakReminderArgs>;

/** Between prompts: a compact "Next break in 25 min" that opens the settings. */
export const Idle: Story = {};

/** A break is due: a polite, non-modal prompt with one idea and three answers. */
export const Due: Story = { args: { seed: 'due' } };

/** Snoozed for 10 minutes: 8 left. */
export const Snoozed: Story = { args: { seed: 'snoozed' } };

/** "Pause for today" was pressed. */
export const Paused: Story = { args: { seed: 'paused' } };

/** After the shift end set in the settings: no reminders, a gentle goodbye. */
export const EndOfShift: Story = { args: { seed: 'ended' } };

/** 02:30 UK time: night copy (eat, drink, light). */
export const Night: Story = {
  args: { seed: 'due' },
  beforeEach: () => {
    const real = clock.now;
    const night = new Date();
    night.setUTCHours(2, 30); // 02:30 UK in winter, 03:30 in summer: night either way
    clock.now = () => night.getTime();
    return () => {
      clock.now = real;
    };
  },
};

/** A break is due, in Welsh. */
export const Welsh: Story = { args: { seed: 'due', lang: 'cy' } };
