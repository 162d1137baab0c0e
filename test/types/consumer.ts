// Compile-only (`npm run typecheck`): what a TypeScript page gets from the
// package's types under `strict`. Every `@ts-expect-error` must stay an error,
// so a type that goes missing or loose fails the check. Nothing here runs.
import type {
  BreakAction,
  BreakDetail,
  CampaignEventDetail,
  HelpOpenDetail,
  Region,
  ServiceContactDetail,
  WellbeingBreakReminder,
  WellbeingCampaignBanner,
  WellbeingHelpNow,
  WellbeingProvider,
  WellbeingSupportFinder,
} from '../../src/index.js';

type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const same = <A, B>(value: Equals<A, B>) => value;

// Tags: querySelector and createElement know every element.
same<ReturnType<typeof find.helpNow>, WellbeingHelpNow | null>(true);
same<ReturnType<typeof find.finder>, WellbeingSupportFinder | null>(true);
same<ReturnType<typeof find.reminder>, WellbeingBreakReminder | null>(true);
same<ReturnType<typeof find.banner>, WellbeingCampaignBanner | null>(true);
same<ReturnType<typeof find.provider>, WellbeingProvider | null>(true);
const find = {
  helpNow: () => document.querySelector('wellbeing-help-now'),
  finder: () => document.querySelector('wellbeing-support-finder'),
  reminder: () => document.querySelector('wellbeing-break-reminder'),
  banner: () => document.querySelector('wellbeing-campaign-banner'),
  provider: () => document.querySelector('wellbeing-provider'),
};
const created: WellbeingHelpNow = document.createElement('wellbeing-help-now');
created.region = 'wales';
// @ts-expect-error not a region
created.region = 'france';

// Events on the element that fires them, with their `detail`.
const helpNow = find.helpNow();
helpNow?.addEventListener('wellbeing-help-open', (event) => {
  const region: Region = event.detail.region;
  same<typeof event.detail, HelpOpenDetail>(true);
  // @ts-expect-error help-open says which region, nothing about the person
  void event.detail.id;
  void region;
});

find.finder()?.addEventListener('wellbeing-service-contact', (event) => {
  const id: string = event.detail.id;
  same<typeof event.detail, ServiceContactDetail>(true);
  // @ts-expect-error the detail is the service id only
  void event.detail.name;
  void id;
});
find.finder()?.addEventListener('wellbeing-help-request', (event) => {
  same<typeof event, Event>(true);
  // @ts-expect-error a plain cancelable Event, with no detail
  void event.detail;
  event.preventDefault();
});

find.reminder()?.addEventListener('wellbeing-break', (event) => {
  const action: BreakAction = event.detail.action;
  same<typeof event.detail, BreakDetail>(true);
  // @ts-expect-error the answer, not a time
  void event.detail.minutes;
  void action;
});

const banner = find.banner();
for (const name of ['wellbeing-campaign-view', 'wellbeing-campaign-click', 'wellbeing-campaign-dismiss'] as const)
  banner?.addEventListener(name, (event) => {
    const id: string = event.detail.id;
    same<typeof event.detail, CampaignEventDetail>(true);
    // @ts-expect-error the campaign id only
    void event.detail.title;
    void id;
  });

// They bubble and are composed: a listener on the document, the window or any
// ancestor element is typed too.
document.addEventListener('wellbeing-service-contact', (event) => void event.detail.id.toUpperCase());
window.addEventListener('wellbeing-help-open', (event) => void event.detail.region);
document.body.addEventListener('wellbeing-break', (event) => void event.detail.action);
window.addEventListener('wellbeing-help-request', (event) => event.preventDefault());
// @ts-expect-error the action is one of three words
document.addEventListener('wellbeing-break', (event) => event.detail.action === 'later');

export {};
