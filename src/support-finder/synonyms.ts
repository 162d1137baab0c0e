/**
 * The built-in synonym map: everyday words and phrases staff type, in English
 * and Welsh, and the topic each stands for. Word endings, spelling variants
 * and small typos are handled by the search, so one form of a word is enough.
 * A Trust adds its own with `synonyms` in its data file.
 *
 * One compact string (`topic=word,phrase,…|…`) keeps the bundle small.
 */
const MAP =
  'money=bill,debt,rent,mortgage,loan,overdraft,skint,cost of living,afford,wage,dyled,rhent,cyflog|' +
  'bereavement=died,death,dead,grief,loss,funeral,passed away,miscarriage,galar,marw,colli|' +
  'violence-and-aggression=hit,punch,kick,assault,attack,shouted at,threat,spat,aggressive,violent,racism,ymosod,bygwth|' +
  'sleep-and-fatigue=insomnia,tired,exhausted,night,nightshift,awake,cysgu,blino,nos|' +
  'speaking-up-and-bullying=bullied,harassed,whistleblowing,concern,unfair,discrimination,aflonyddu|' +
  'mental-health=anxious,anxiety,depressed,depression,low mood,sad,panic,crying,struggling,overwhelmed,counselling,therapy,worry,lonely,pryder,gorbryder,iselder|' +
  'stress=burnout,burnt out,overworked,pressure,workload,cope|' +
  'difficult-events=trauma,incident,flashback,nightmare,bad shift,debrief,cardiac arrest,upsetting,resus,ptsd,trawma,hunllef|' +
  'physical-health=pain,injury,joint,muscle,back,neck,shoulder,knee,poen,anaf|' +
  'menopause=hot flush,hot flash,night sweat,menopausal,hrt|' +
  'carers=looking after,caring for,dementia,gofalwr,gofalu|' +
  'domestic-abuse=partner,domestic violence,abusive partner,controlling partner,coercive,unsafe at home|' +
  'rest=break,quiet,nap,lie down,seibiant|' +
  'faith=chaplain,pray,religion,spiritual,church,mosque,god,priest,imam,caplan,gweddi|' +
  'crisis=suicidal,suicide,end my life,die,self harm,hopeless,hunanladdiad';

/** `{ "everyday word": ["topic"] }`, the same shape as a data file's `synonyms`. */
export const SYNONYMS: Record<string, string[]> = {};
for (const entry of MAP.split('|')) {
  const [topic, list] = entry.split('=') as [string, string];
  for (const word of list.split(',')) (SYNONYMS[word] ??= []).push(topic);
}
