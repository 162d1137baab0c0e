// A consumer app: imports the package, and uses its types under `strict`.
import 'wellbeing-widgets';
import { WellbeingHelpNow, VERSION, type Service } from 'wellbeing-widgets';

const helpNow: WellbeingHelpNow | null = document.querySelector('wellbeing-help-now');
helpNow?.addEventListener('wellbeing-help-open', (event) => {
  const region: string = event.detail.region;
  document.body.dataset.helpOpenedFor = region;
});

const finder = document.querySelector('wellbeing-support-finder');
finder?.addEventListener('wellbeing-service-contact', (event) => {
  const id: string = event.detail.id;
  document.body.dataset.contacted = id;
});

const services: Service[] = [];
document.body.dataset.consumer = `vite ${VERSION} ${services.length}`;
