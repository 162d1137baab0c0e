/** The console voice of every widget: one prefix, and the source that failed named first. */
export const log = {
  error: (source: string, message: string) => console.error(`[wellbeing-widgets] ${source}: ${message}`),
  info: (source: string, message: string) => console.info(`[wellbeing-widgets] ${source}: ${message}`),
};
