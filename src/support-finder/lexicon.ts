/**
 * The built-in staff lexicon, as data: the everyday words and phrases staff
 * type, by topic, in English and Welsh, and the acronyms they use.
 *
 * `topic=english,words;welsh,words|…`. Word endings, spelling variants, small
 * typos and Welsh mutations are handled by the search, so one form of a word
 * is enough, and Welsh is written as it is written ("dan bwysau", "ataliad ar
 * y galon"). Phrases match word for word, small words included ("cant go on").
 * A Welsh topic label ("straen", "cwsg") is indexed already and is not
 * repeated here. Where unsure of a Welsh word, it is left out rather than
 * guessed. docs/search-quality.md measures what the lexicon buys.
 *
 * Every word costs about 5 bytes of the gzipped bundle: a word earns its place
 * when staff say it and a service's own text may not.
 */
export const LEXICON =
  'money=food,feed,bill,debt,rent,mortgage,loan,overdraft,overdrawn,skint,broke,cost of living,afford,wage,salary,pay,payday,credit,bailiff,benefit,universal credit,budget,finance,saving,cash,grant,borrow,owe,arrears,poor,council tax,food bank,hardship,financial,ends meet,bankrupt,heating,overpaid,hungry,repairs;bwyd,dyled,rhent,morgais,benthyg,benthyciad,cyflog,bil,talu,tlawd,costau byw,cynilo,budd-dal,pres,caledi,fforddio,tlodi,gorddrafft,methdaliad,llwglyd|' +
  'bereavement=died,death,dead,grief,grieve,loss,lost,funeral,passed away,miscarriage,widow,mourn,compassionate leave,took her own life,took his own life,took their own life,taken her own life,taken his own life,stillbirth,stillborn,baby died,lost the baby,lost a baby,sudden death,mum passed,dad passed,ectopic,abortion;galar,marw,marwolaeth,colli,colled,angladd,camesgoriad,marw-enedigaeth,colli babi,wedi marw,cynhebrwng,tosturiol,hiraeth|' +
  'violence-and-aggression=kicked off,kicking off,lairy,hit,punch,kick,assault,attack,shouted at,sworn at,screamed at,threat,spat,aggressive,slap,bite,bitten,grabbed,pushed,grope,weapon,knife,abuse,police,headbutt,strangle,choke,stab,lashed out,security,shoved,shove,restrain,restraint,in my face,screaming,yelled at,verbal abuse,abused,where i live,followed me,threw,thrown,scratched,hurt by a patient;ymosod,ymosodiad,bygwth,treisgar,taro,dyrnu,cicio,poeri,gweiddi,rhegi,heddlu,ymosodwyd,brathu,bygythiad,cyllell,gwthio,sgrechian,cam-drin geiriol,crafu|' +
  'sleep-and-fatigue=dead on my feet,done in,apnoea,on call,sleep,insomnia,tired,exhausted,night,nightshift,night shift,shift work,awake,knackered,shattered,drained,wiped out,zonked,running on empty,sleepless,wake,worn out,lethargic,no energy,drowsy;cysgu,blino,blinedig,nos,effro,anhunedd,wedi ymlâdd,lluddedig,egni,cysglyd|' +
  'speaking-up-and-bullying=bullied,harassed,whistleblowing,whistle,concern,unfair,picked on,toxic,belittle,humiliate,undermine,victimise,excluded,gossip,grope,unsafe practice,staffing,patient safety,cover up,shouts at me,yells at me,talks down to me,singled out,ganging up,intimidated,clique,left out,ignored,micromanage,blame,gaslight,nasty,unwanted,banter,inappropriate,neglect,poor care,fraud,asking me out,ask me out,flirting,creepy,leering,staring at me,comments about my body,photos of me,pictures of me,innuendo,indecent,touching me,touched me;aflonyddu,codi pryder,chwythu’r chwiban,annheg,bychanu,tanseilio,anwybyddu,gwenwynig,esgeulustod,diogelu|' +
  'discrimination=hearing loss,visa,international,transgender,racism,racist,racial,black,asian,ethnic,bame,minority,prejudice,microaggression,homophobia,transphobia,gay,lesbian,bisexual,trans,queer,lgbt,sexism,misogyny,disability,disabled,deaf,blind,wheelchair,neurodivergent,adhd,coming out,autism,autistic,dyslexia,dyspraxia,equality,diversity,inclusion,xenophobia,islamophobia,antisemitism,skin colour,accent,hijab,bme,people of colour,ethnicity,ageism,misgendered,pronoun,binary,impaired,hard of hearing,bsl,sign language;hiliaeth,hiliol,gwahaniaethu,hil,cydraddoldeb,anabledd,anabl,hoyw,traws,rhywiaeth,rhagfarn,acen,rhyngwladol,rhagenw,byddar,dall,cadair olwyn|' +
  'mental-health=losing it,cracking up,falling apart,doing my head in,psychosis,schizophrenia,anorexia,bulimia,postnatal,homesick,not myself,heart racing,scared,afraid,frightened,fear,dread,worthless,failure,useless,snapping,irritable,angry,gutted,concentrate,antidepressant,divorce,separated,relationship,anxious,anxiety,depressed,depression,low mood,mood,sad,panic,crying,tearful,struggling,overwhelmed,counselling,therapy,therapist,psychologist,psychiatrist,worry,lonely,alone,isolated,down,low,upset,numb,empty,breakdown,emotional,miserable,unhappy,nervous,on edge,edge,motivation,self esteem,eating disorder,ocd,bipolar,talk,cbt,panic attack,enjoy,no joy,head is a mess,head all over the place,cant face,falling to pieces,left me,walked out,broke up,break up,split up,heartbroken,going mad,losing my mind,intrusive thoughts,racing thoughts,mind racing,overthinking,stress,phobia,paranoid,nerves,wobbly,lost interest,anger,guilt,guilty,shame,counsellor,fried,rubbish,awful,shit,cope,not ok,not okay;diwerth,methiant,canolbwyntio,pryder,pryderus,gorbryder,iselder,isel,trist,unig,unigrwydd,poeni,crio,panig,cwnsela,therapi,siarad,digalon,ofn,emosiynol,pwl o banig,gorbryderus,isel fy ysbryd,ysgariad,perthynas,hunan-barch,becso,gofid,gofidio,nerfus,nerfau,tristwch,diflas,cwnselwr,dagrau,ymdopi,seicolegydd,seiciatrydd,therapydd|' +
  'stress=had enough,wound up,too much,tether,keep up,bad day,burnout,burnt out,burned out,overworked,overload,stretched,pressure,workload,too much work,on my plate,frazzled,snowed under,understaffed,short staffed,shortage,overtime,long hours,switch off,fed up,compassion fatigue,drowning,going under,on top of me,head above water,sinking,swamped,spinning plates,breaking point,dont care about,stopped caring,overstretched,caseload,life balance,hate my job,quitting,leave the nhs;ar ben fy nhennyn,llond bol,gorflinder,gorweithio,llwyth gwaith,dan bwysau,gormod o waith,llosgi allan,boddi,gormod ar fy mhlat,gorlwytho,prinder,goramser,wedi cael digon,laru,cydbwysedd|' +
  'difficult-events=trauma,incident,flashback,nightmare,bad shift,hard shift,debrief,cardiac arrest,resus,resuscitation,upsetting,distressing,ptsd,moral injury,shock,witnessed,haunted,what happened,inquest,coroner,reflect,supervision,emotional side,emotional toll,emotional impact,lost a patient,patient died,death of a patient,cant stop thinking about,patient who died,reliving,shaken,arrest,cpr,mistake,medication error,drug error,second victim;trawma,trawmatig,hunllef,digwyddiad,ataliad ar y galon,shifft anodd,sioc,claf wedi marw,marwolaeth claf,fflachiau,camgymeriad,crwner,ataliad y galon,cynhyrfu|' +
  'physical-health=slipped disc,whiplash,tendonitis,frozen shoulder,asthma,stroke,swimming,elbow,carpal tunnel,fibromyalgia,hypertension,pain,ache,sore,injury,joint,muscle,my back,bad back,backache,neck,shoulder,knee,ankle,wrist,hip,sprain,strain,arthritis,sciatica,headache,migraine,msk,posture,lifting,illness,health check,blood pressure,weight,diet,exercise,fitness,jab,flu,vaccine,covid,long covid,get fit,lose weight,couch to 5k,walking,overweight,unfit,obese,disc,trapped nerve,ligament,tendon,feet,foot,stiff,handling,tinnitus,ibs,surgery,operation,post covid,chronic fatigue,dse,workstation,epilepsy,diabetes,crohns,colitis,breathless,mot;poen,anaf,anafu,cefn,gwddf,ysgwydd,pen-glin,cymal,cyhyr,brifo,dolur,ymarfer corff,salwch,sâl,pigiad,brechiad,ffliw,rhedeg,cerdded,colli pwysau,pen tost,cur pen,meigryn,ysigo,codi a chario,llawdriniaeth,covid hir|' +
  'menopause=hot flush,hot flash,night sweat,menopausal,perimenopause,peri,hrt,brain fog,hormone,forgetful,mood swings,period pain,heavy periods,endometriosis,palpitations;chwysu,hormon,mislif,fflysiau,pyliau poeth,chwys,niwl|' +
  'carers=ill,cancer,in hospital,alzheimers,carer,caring for,care for,looking after,look after,dementia,elderly,poorly,sick child,sick parent,my mum is ill,my dad is ill,disabled child,disabled son,disabled daughter,ageing parents,special needs,palliative,hospice,respite,care home;gofalwr,gofalu,henoed,ysbyty,canser,mab yn sal,merch yn sal,plentyn yn sal,mam yn sal,tad yn sal,oedrannus,hosbis,cartref gofal|' +
  'domestic-abuse=partner,domestic violence,abusive partner,abusive relationship,controlling,coercive,unsafe at home,boyfriend,girlfriend,refuge,stalker,stalking,idva,scared to go home,frightened to go home,afraid to go home,scared of my husband,scared of my partner,scared of my wife,afraid of my husband,afraid of my partner,husband hits me,partner hits me,controls my money,coercive control,he hits me,she hits me,financial abuse,eggshells,rape,forced marriage,my ex,ex partner,turning up at work;partner,trais domestig,ofn mynd adref,ofn fy ngwr,ofn fy mhartner,cam-drin yn y cartref,gwr,gwraig,camdriniol,gorfodaeth,stelcian,lloches,treisio|' +
  'rest=break,quiet,nap,lie down,breather,sit down,recharge,time out,five minutes,minutes away,away from the ward,get away,somewhere quiet,sit quietly,cuppa,cup of tea,brew,power nap,decompress,breathing space,escape,staff room,rest room,break room,tea,coffee,snack;seibiant,tawel,cyntun,egwyl,paned,pum munud,lle tawel,paned o de,dianc,coffi,hoe,sbel|' +
  'faith=hindu,sikh,muslim,jewish,christian,chaplain,pray,religion,religious,spiritual,church,chapel,mosque,god,priest,imam,rabbi,vicar,worship,bible,quran,ramadan,eid,minister,temple,gurdwara,synagogue;caplan,gweddi,gweddïo,eglwys,capel,mosg,duw,ysbrydol,gweinidog,offeiriad,ficer,crefydd|' +
  'crisis=suicidal,suicide,die,end my life,take my life,end it,kill myself,kill herself,kill himself,kill themselves,wish i was dead,better off dead,better off without me,happier without me,burden,not be here,dont want to be here,not wake up,never wake up,alive,no point,point in living,no reason to live,nothing to live for,dont want to live,tired of living,had enough of life,cant go on,cant do this,cant take it,self harm,harm myself,hurt myself,cut myself,cutting,burning myself,overdose,too many pills,too many tablets,stockpile,own life,goodbye,jump off,in front of a train,hopeless,disappear,emergency,urgent,urgently,danger,not safe,scared for my life,threatened to kill,going to hurt me,right now,end things,end everything,end it all,kill me,husband hits me,partner hits me,beats me,scared to go home,frightened to go home,afraid to go home,do something stupid,if i was gone,if i wasnt here,want it all to stop,make it stop,how id do it,give my things away,want to wake up,my safety,knife,weapon,dark thoughts,wouldnt wake up,into a wall,off a bridge,into traffic,under a train,all my tablets,all my pills,saving up my meds,cant keep myself safe,point in going on;hunanladdiad,hunanladdol,hunan-niwed,hunan-niweidio,lladd fy hun,lladd ei hun,niweidio fy hun,brifo fy hun,eisiau marw,ddim eisiau byw,diwedd ar fy mywyd,dim pwynt,baich,digon ar fyw,ofn am fy mywyd,brys,perygl,fy lladd,ddim eisiau bod yma,torri fy hun,llosgi fy hun,gorddos,fy niogelwch,fy nharo,cyllell,diwedd ar y cwbl,diwedd ar bopeth,gormod o dabledi,cadw fy hun yn saff,cadw fy hun yn ddiogel,meddyliau tywyll,lladd fy hunan,niweidio fy hunan|' +
  'alcohol-and-drugs=alcohol,drug,drink,pissed,hammered,booze,pint,wine,beer,vodka,hangover,drunk,cocaine,coke,cannabis,weed,painkiller,opioid,codeine,addiction,gambling,gamble,betting,sober,rehab,overdose,alcoholic,drinking problem,drinking too much,binge,binge drinking,wasted,spliff,substance,dependency,casino;alcohol,yfed,meddw,cwrw,gwin,cyffur,gamblo,betio,caeth,caethiwed,alcoholig,yfed gormod,yfed yn drwm,gorddos,dibyniaeth,hapchwarae,diota|' +
  'smoking=smoke,cigarette,fag,vape,nicotine,tobacco,cig;ysmygu,smocio,sigarét,nicotin,tybaco,fepio,fep|' +
  'housing=relocation,new starter,flat,sofa surfing,mould,damp,homeless,evict,landlord,tenancy,accommodation,somewhere to live,place to live,nowhere to live,nowhere to stay,kicked out,deposit,section 21;tai,digartref,digartrefedd,llety,troi allan,lle i fyw,blaendal,llwydni|' +
  'work=entitlement,working pattern,suspended,complaint,nmc,investigation,long covid,fit note,manager,leadership,contract,hours,rota,sick pay,sickness,signed off,absence,flexible working,part time,grievance,disciplinary,tribunal,appraisal,career,promotion,union,job,resign,leave,hr,signed me off,signed off sick,off sick,sick note,phased return,return to work,back to work,adjustments,redeployment,progression,development,mentor,mentoring,new role,surgery,operation,tinnitus,ibs,migraine,post covid,chronic fatigue,headache,dse,workstation,epilepsy,diabetes,crohns,colitis,breathless,eyesight;adnoddau dynol,undeb,contract,tâl salwch,absenoldeb,gweithio hyblyg,cwyn,disgyblu,swydd,gyrfa,oriau,nodyn ffitrwydd,absenoldeb salwch,dychwelyd i’r gwaith,datblygiad,dyrchafiad,mentora,llawdriniaeth,covid hir,meigryn,pen tost,cur pen|' +
  'family=pregnant,pregnancy,maternity,paternity,baby,child,kids,nursery,childcare,adoption,fertility,ivf,breastfeeding,antenatal,infertility,keeping in touch;beichiog,babi,plant,plentyn,meithrinfa,mamolaeth,tadolaeth,mabwysiadu,ffrwythlondeb,salwch bore,anffrwythlondeb,cynenedigol|' +
  'staff-networks=peer support,support group,people like me,ally;rhwydwaith staff,grŵp cymorth,cymheiriaid';

/**
 * Acronyms and the words they stand for, so "OH" finds Occupational Health
 * and "FTSU" the Freedom to Speak Up Guardian even where the data spells it
 * out. Lower-case keys match in any case; a key in capitals matches only when
 * typed in capitals ("IT", not "it"). Acronyms that only point to a topic
 * (PTSD, CBT, HRT) are in the lexicon instead.
 */
export const ACRONYMS =
  'oh=occupational health,hr=human resources,eap=employee assistance programme,ftsu=freedom to speak up,' +
  'mhfa=mental health first aid,trim=trauma risk management,ae=accident emergency,gp=general practitioner,' +
  'IT=information technology,dv=domestic violence,pna=professional nurse advocate,mh=mental health,' +
  'rcn=union,bma=union,kit=keeping in touch,AD=adnoddau dynol,TG=technoleg gwybodaeth';

/**
 * Plain words that mean a word services use rather than a topic: the word
 * typed also finds the related words (`word=related words`), as an acronym
 * finds what it stands for. Meditation is what a mindfulness course teaches;
 * a fysio is a physio; exercise happens at a gym.
 */
export const RELATED =
  'meditation=mindfulness relaxation,meditate=mindfulness relaxation,relax=relaxation,relaxing=relaxation,yoga=gym,' +
  'exercise=gym,workout=gym,fitness=gym,swimming=gym,running=gym,fysio=physiotherapy,physio=physiotherapy,' +
  'alcoholism=alcohol,drunkard=alcohol,divorce=family matters,separation=family matters,' +
  'relationship=family matters,marriage=family matters,' +
  'career=career coaching,touching=sexual harassment,touched=sexual harassment,transition=trans,transitioning=trans,latex=occupational,allergy=occupational,' +
  'allergic=occupational,dermatitis=occupational,eczema=occupational,splash=needlestick,sharps=needlestick,' +
  'ymarfer=campfa,ffisio=ffisiotherapi,myfyrdod=ymwybyddiaeth ofalgar,dyslecsia=niwroamrywiaeth,awtistiaeth=niwroamrywiaeth,' +
  'awtistig=niwroamrywiaeth,niwroamrywiol=niwroamrywiaeth,ecsema=galwedigaethol,tinitws=galwedigaethol,' +
  'promotion=career,interview=career,cv=career,revalidation=career,imposter=confidence,pilates=gym,lump=pension,' +
  'cyfweliad=gyrfa,dyrchafiad=gyrfa,hunanhyder=hyder,ymddeoliad=ymddeol,cyfandaliad=pensiwn';

/**
 * Words written another way in a dialect or a text (North Walian "isio",
 * South Walian "moyn", "adra", "counciling" for counselling, not council): read as the word they stand for, so every
 * phrase with that word ("eisiau marw", "ofn mynd adref") knows them too.
 */
export const SPELLINGS =
  'isio=eisiau,isie=eisiau,eisie=eisiau,moyn=eisiau,adra=adref,adre=adref,counciling=counselling,councilling=counselling';

/** Words the stemmer would join with a word of another meaning: "care" is not a carer, "racing" is not race. */
export const WHOLE = 'care,racing';
