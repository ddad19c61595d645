/**
 * Word lists for person extraction. Everything is keyed by `foldWord` (upper case, no accents,
 * no trailing period), so `Amb.`, `AMB` and `amb` are one entry. The corpus-learned lists of the
 * gazetteer (common words, acronyms, places) extend these at run time.
 */

const PLAIN_WORD_RE = /^[A-Za-z'-]*\.?$/;

export function foldWord(word: string): string {
  if (PLAIN_WORD_RE.test(word)) return (word.charCodeAt(word.length - 1) === 46 ? word.slice(0, -1) : word).toUpperCase();
  return word
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[’`]/g, "'")
    .replace(/\.$/, "")
    .toUpperCase();
}

function wordSet(text: string): ReadonlySet<string> {
  return new Set(
    text
      .split(/\s+/)
      .filter(Boolean)
      .map((word) => foldWord(word.replace(/_/g, " "))),
  );
}

/** Words that name an office or rank and, right before a name, make it a person (`FM`, `President`, `Amb.`). */
export const CORE_TITLES = wordSet(`
  president president-elect vice-president pm fm minister ministers minstate ambassador ambassadors amb ambassador-designate
  secretary secretaries secretary-general sg syg secgen envoy director director-general dg chairman chairwoman chair
  governor mayor speaker senator sen senators rep reps representative congressman congresswoman congressmen
  general gen adm admiral col colonel lt ltg lt.gen mg bg maj major capt captain cmdr commander gen. brig brigadier
  dr mr mrs ms mme messrs king queen prince princess emperor empress sheikh shaykh sheik sheikha emir amir sultan
  crown pope cardinal archbishop bishop patriarch ayatollah imam mullah rabbi chancellor advisor adviser advisors
  counselor counsellor councilor councillor polcouns econcouns commissioner spokesman spokeswoman spokesperson judge magistrate prosecutor
  undersecretary under-secretary u/s a/s das dcm cda charge nsa s/e poloff econoff polmiloff pol/econ deputy-secretary
  coordinator head chief leader consul consul-general ceo cfo coo chairperson attache premier mp deputy-chief
  justice attorney professor prof excellency lord sir dame baroness baron lady duke duchess presidente vp dpm ltc cpt sgt officer officers
  secretary-general-designate ambassador-at-large minister-counselor minister-counsellor polecon econ/pol pol/mil
`);

/** Words that may sit inside a title phrase before the core title (`Deputy`, `Foreign`, `Acting`). */
export const TITLE_MODIFIERS = wordSet(`
  deputy vice acting foreign prime first second third senior special state interior defense defence finance trade
  political economic executive assistant principal former then national security chief permanent general
  minister-counselor minister-counsellor political-economic economic-political legal regional desk officer
  director party parliamentary faction opposition ruling armed forces staff court army navy air police intelligence
  justice health education environment energy oil agriculture labor labour culture information media affairs
  international bilateral multilateral relations cooperation development public diplomatic press commerce industry
  the of for to on and in-charge d'affaires affaires new outgoing incoming late shah
`);

/** Connectors allowed inside a title phrase that continues on capitalised words (`Head of International Division`). */
export const TITLE_CONNECTORS = wordSet("of for the to on and at in");

/** Connectors a title phrase may hold when read backwards from the name (`Head of … Division`). */
export const BACKWARD_CONNECTORS = wordSet("of for the to on");

/** Nationality adjectives and similar prefixes that may precede a title (`Russian FM Lavrov`). */
export const NATIONALITIES = wordSet(`
  afghan albanian algerian american angolan argentine argentinian armenian australian austrian azerbaijani azeri
  bahraini bangladeshi belarusian belgian bolivian bosnian brazilian british bulgarian burmese cambodian cameroonian
  canadian chilean chinese colombian congolese croatian cuban cypriot czech danish dutch ecuadorian egyptian emirati
  english eritrean estonian ethiopian european finnish french georgian german ghanaian greek guatemalan haitian
  honduran hungarian icelandic indian indonesian iranian iraqi irish israeli italian ivorian jamaican japanese
  jordanian kazakh kenyan korean kosovar kuwaiti kyrgyz lao latvian lebanese liberian libyan lithuanian macedonian
  malaysian malian maltese mauritanian mexican moldovan mongolian montenegrin moroccan mozambican namibian nepalese
  nicaraguan nigerian nigerien norwegian omani pakistani palestinian panamanian paraguayan peruvian philippine filipino
  polish portuguese qatari romanian russian rwandan salvadoran saudi scottish senegalese serbian sierra singaporean
  slovak slovenian somali south spanish sri sudanese swedish swiss syrian taiwanese tajik tanzanian thai tunisian
  turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan vietnamese yemeni zambian zimbabwean kurdish rican
  costa arab african asian latin western turk turks muslim muslims christian jewish catholic orthodox
  islamic islamist buddhist hindu sikh druze coptic maronite eastern northern southern sunni shia shi'a shiite iraqi-kurdish
  soviet yugoslav bahamian barbadian belizean beninese batswana burundian chadian djiboutian dominican gabonese
  gambian guinean malagasy malawian mauritian papua sahrawi samoan seychellois tongan vatican holy us u.s. un eu
  uk usg gob goi gos gor gon gol got goe goj gocr mfa nsc mod moi mofa fco nato iaea ec
`);

/** Particles inside names (`De Cardona`, `van Hulten`, `bin Zayid`, `Al-Khalifa`); never a name on their own. */
export const PARTICLES = wordSet("de di da del della dos das du van von der den ter bin bint ibn al el la le y zu abu ben st");

/** Suffixes written after a name (`Abdullah II`, `Richard M. Mills, Jr.`). */
export const NAME_SUFFIXES = wordSet("jr sr ii iii iv");

/** Given names: with a following capitalised word they make a person without any title. */
export const GIVEN_NAMES = wordSet(`
 aaron abdallah abdel abdul abdulaziz abdullah abdulla abraham adam adel adnan adolfo adrian ahmad ahmed ahmet aisha
 alain alan albert alberto alejandro alessandro alexander alexandre alexei alfonso alfred alfredo ali alice alicia
 alison allan allen alvaro amanda amin amir amr ana anatoly anders andre andrea andreas andrei andres andrew andrzej
 angel angela angelo anita ann anna anne annie anthony antoine anton antonio ariel arnold arturo ashraf
 augusto avi ayman aziz bakr barack barbara barry bashar basil beatriz ben benjamin benoit bernard 
 bernardo beth betty bill bjorn bob bogdan boris brad bradley brian bruce bruno burak camilla carl carla carlos
 carmen carol caroline casey catherine cecilia celso cesar charles charlotte chen cheryl chris christian christina
 christine christopher claire clara claude claudia claudio colin condoleezza craig cristina cynthia dale damien
 dan daniel daniela danilo daniele daoud dariusz darius dave david dean deborah denis dennis diana diane diego dimitri
 dimitris dmitry dmitri dominique donald doris douglas duncan eduardo edward edwin ehud elena elias elisabeth
 elizabeth ellen emanuel emil emilio emma emmanuel enrique eric erik ernesto esteban ethan eugene evan
 evo fabio fahd faisal farid farouk fatima fawzi federico felipe felix fernando filip francesca francesco
 francisco francois frank frans franz fred frederick gabriel gary geir genaro george georges georgi gerald
 gerhard gianni gilbert giorgio giovanni giuseppe giulio glenn gordon graham greg gregory guido
 guillermo gunter gustavo guy hamad hamid hans harold harry hasan hassan hector heinz helen helmut
 henri henrique henry herbert hillary hiroshi hosni hossein hugo hussein ian ibrahim igor 
 inga ingrid irina isaac ismail ivan jack jacob jacques jaime jakob james jamal jan jane janet jasmin jason javier jean
 jean-claude jean-francois jean-louis jean-marc jean-pierre jeff jeffrey jennifer jens jerome jerry jesse jesus jim
 joachim joan joao joaquin joe johan johannes john jon jonas jonathan jorge jose josef joseph josh juan judith
 julia julian julie julio jurgen karen karim karl kate katherine kathleen keith kenneth kevin khaled khalid khalil
 kim kofi kostas kurt lars laura laurent lawrence lee leila leon leonardo leonid lisa lorenzo louis luca lucas
 luis luiz luisa lynn mahmoud malik manuel marc marcel marco marcos margaret maria
 mariano marie mario mark marta martin martti mary massimo matthew maurice max maxim mehmet melissa meredith
 michael michel michele miguel mikhail milan mircea mohamed mohammad mohammed monica moshe
 muhammad mustafa nabil nadia naguib nancy naser nasser natalia nathan nawaf nicholas nicolas nicola nikolai
 nils nina noah nouri olga oliver omar oscar otto pablo pamela paolo pascal patricia patrick paul
 paula pavel pedro per peter petr philip philippe pierre pietro rachel rafael rafik raimondo rainer ralph
 ramon randall raul ray raymond ricardo richard rick robert roberto robin rodrigo roger roland rolf romano
 ronald rosa ruben ruggiero rustam ruth ryan saad sahar salah salem salim sally salman sam samir
 samuel sandra sara sarah sayed scott sebastian selim sergei sergey sergio shaikh sharon shimon 
 sigmar silvio simon sofia sophie stanislav stefan stefano stephen steve steven stuart sultan susan suzanne
 sven tariq ted teresa terry thomas tim timothy todd tom tomas tony tyler umar uri valentina valery
 vasily vera victor victoria viktor vincent vitaly vladimir walid walter wayne werner william willy wolfgang 
 yasser yousef youssef yuri yusuf zalmay zoran
`);

/** Capitalised words that end a name run or deny it: calendar words, headings, sentence openers, org words. */
export const CALENDAR = wordSet(`
  january february march april may june july august september october november december jan feb mar apr jun jul aug
  sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday
`);

/** Nouns that make a capitalised run an organisation, a building or a document, not a person. */
export const ORG_WORDS = wordSet(`
  party movement front alliance union council committee commission ministry department office embassy consulate
  mission bureau agency authority assembly parliament congress senate court tribunal bank fund group company corp
  corporation inc ltd association society institute institution foundation organization organisation center centre
  university college school hospital church mosque memorial museum hotel airport port station brigade division army
  forces force navy police guard team unit section directorate desk secretariat government administration regime
  coalition federation league network conference summit forum program programme project initiative plan report act
  law treaty accord agreement resolution convention protocol declaration doctrine house palace hall square street
  avenue road bridge dam province region district governorate county state city island islands river sea ocean gulf
  valley mountains peninsula republic kingdom emirates times post news daily journal herald tribune radio tv
  television newspaper magazine channel service services cabinet board club system strategy operation website
  review website online summit sector zone corridor camp base field province cooperation ministries
  islam guantanamo
  brotherhood hamas hizballah hezbollah taliban al-qaida al-qaeda fatah jihad wifaq haq god allah prophet
  civil guardia
`);

/** Lowercase words after a run that make it a place (`Dhi Qar province`, `Bari port`). */
export const PLACE_NOUNS = wordSet(`
  province region city district governorate village town area border crossing river valley airport port island
  mountains desert county prefecture municipality state's neighborhood neighbourhood camp refinery oblast
`);

/** Lowercase words before a run that make it a place. */
export const PLACE_PREPOSITIONS = wordSet("in near across outside inside into throughout towards toward via from at");

/** Verbs that, right after a capitalised word, show it is a person speaking or acting (`Corrias demurred`). */
export const PERSON_VERBS = wordSet(`
  said says told tells stated noted notes added stressed emphasized emphasised asserted argued insisted replied
  responded commented confirmed denied agreed acknowledged claimed warned suggested opined demurred indicated
  cautioned assured urged expressed described recalled remarked promised predicted believed believes thought thinks
  wants wanted feared hoped complained lamented observed praised criticized criticised underscored reiterated
  highlighted explained inquired admitted conceded countered quipped confided advised informed understands
  welcomed asked offered declined refused pledged vowed announced explained
`);

/** Words before a run that show it is a person (`according to Corrias`, `met with Wouter Bos`). */
export const PERSON_CONTEXT_BEFORE = [/\bmet with\s*$/i, /\bmeeting with\s*$/i, /\bspoke with\s*$/i, /\baccording to\s*$/i, /\bcalled on\s*$/i];

/** Nouns after `the X` that make X a person (`the Prodi government`, `the Calipari case`). */
export const PERSON_ATTRIBUTIVE_NOUNS = wordSet("government administration case affair plan report cabinet era camp family visit");

/**
 * Place names that are also shaped like names. Countries and major cities only: the corpus teaches
 * the gazetteer the rest (runs seen after `in`, before `province`…).
 */
export const PLACES = wordSet(`
 afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain bangladesh
 barbados belarus belgium belize benin bhutan bolivia bosnia herzegovina botswana brazil brunei bulgaria burkina faso
 burma burundi cambodia cameroon canada chad chile china colombia comoros congo costa rica croatia cuba cyprus czech
 denmark djibouti dominica ecuador egypt salvador eritrea estonia ethiopia europe fiji finland france gabon gambia
 georgia germany ghana greece grenada guatemala guinea guyana haiti honduras hungary iceland india indonesia iran iraq
 ireland israel italy jamaica japan jordan kazakhstan kenya kiribati korea kosovo kuwait kyrgyzstan laos latvia lebanon
 lesotho liberia libya liechtenstein lithuania luxembourg macedonia madagascar malawi malaysia maldives mali malta
 mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar namibia nepal
 netherlands nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru philippines poland
 portugal qatar romania russia rwanda samoa senegal serbia seychelles sierra leone singapore slovakia slovenia somalia
 spain sri lanka sudan suriname swaziland sweden switzerland syria taiwan tajikistan tanzania thailand timor togo tonga
 trinidad tobago tunisia turkey turkmenistan uganda ukraine uruguay uzbekistan vanuatu vatican venezuela vietnam yemen
 zambia zimbabwe america africa asia balkans caucasus gaza darfur kashmir kurdistan tibet chechnya ossetia abkhazia
 washington moscow rome paris london berlin madrid beijing tokyo baghdad kabul tehran cairo ankara istanbul damascus
 beirut amman riyadh jerusalem tel aviv brussels geneva vienna prague warsaw budapest bucharest sofia belgrade
 pristina sarajevo zagreb athens lisbon dublin oslo stockholm copenhagen helsinki reykjavik tallinn riga vilnius kiev
 kyiv minsk tbilisi yerevan baku tashkent almaty astana bishkek dushanbe ashgabat islamabad karachi lahore delhi
 mumbai dhaka colombo kathmandu bangkok hanoi jakarta manila seoul pyongyang canberra ottawa havana caracas bogota
 lima quito santiago brasilia buenos aires montevideo asuncion la paz managua tegucigalpa guatemala panama kingston
 nairobi addis ababa khartoum tripoli tunis algiers rabat dakar lagos abuja accra pretoria johannesburg harare
 lusaka kampala kigali kinshasa luanda maputo mogadishu sanaa muscat doha manama kuwait dubai abu dhabi basra mosul
 kirkuk erbil najaf fallujah ramadi tikrit kandahar herat helmand nassiriya rafah
 hebron ramallah haifa naples milan florence venice bari genoa turin kandahar geneva strasbourg hague amsterdam
 rotterdam frankfurt munich hamburg barcelona seville malaga baltimore new york chicago boston miami houston
 los angeles san francisco monterrey tijuana guadalajara juarez sao paulo rio janeiro recife belo horizonte
 anbar diyala babil wasit maysan muthanna karbala salah ad din ninewa dohuk sulaymaniyah suleimaniya
 west bank sinai golan isfahan mashhad tabriz shiraz qom kish bandar abbas marrakesh casablanca
 uzbekistan switzerland montevideo kremlin pentagon capitol hill white downing
 whitehall elysee quirinale farnesina 
`);

/** Acronyms and office codes that look like short names in capitals (`MONZ` is a name, `NEA` is not). */
export const OFFICE_CODES = wordSet(`
  nea eur wha sca eap af isn inr drl inl ca io pm usaid usda osd nsc srap eeb oes ct prm ecs dos dod dhs doj fbi cia
  polad legat legatt gtip g/tip fpa ita ilab usdol usdoj uscentcom cjtf permrep permreps septel reftel
  emboff emboffs poloffs econoff econoffs conoff conoffs polmiloffs ecouns pao mps
  reuters afp ap bbc cnn xinhua itar-tass interfax ria novosti aljazeera al-jazeera
  nsa ustr treasury state dept department secstate secdef usun usnato useu usosce usmission amembassy amconsul
  wmdt tim ipa ubi rpm ela era arp arn ena bsc cen ppc epsc fas mts mls mlga ilc unga ilo who wto imf g8 g20 iaea
  opcw un eu nato osce oas au asean gcc oic opec unhcr unicef undp unesco isaf eupol kfor unmik hq jtf southcom
  centcom eucom africom pacom socom dia nga nro dtra dtcc ddtc pol econ mgmt cons rso dao odc pao las nas leg ops
  sipdis noforn nodis exdis limdis stadis sensitive confidential secret unclas unclassified fouo sbu rel usunesco
  usoecd usvienna usgeneva ustda opic exim nrc doe doc dot hhs usdoc usdoj usdhs jcs cjcs nmcc
`);

/** Common English words (a seed: the gazetteer adds every word the corpus writes in lower case). */
export const COMMON_WORDS = wordSet(`
  a about above across after again against all almost also although always am among an and another any are around
  as at away back be because been before being below between both but by can cannot could day did do does done down
  during each early either end enough even ever every few first for from further get give given go going good great
  had has have having he her here him his how however i if in into is it its just last later least less like little
  long made make many may me more most much must my near need never new next no nor not now of off often on once one
  only or other our out over own part per perhaps place put rather really right said same say see seen several shall
  she should since so some still such take than that the their them then there these they this those though three
  through thus to today too toward two under until up upon us very was way we well were what when where whether which
  while who whom whose why will with within without would yet you your i've i'm i'd i'll we've we're
  summary comment note text action request reftel ref septel begin background conclusion introduction overview
  visit meeting meetings talks issues issue update response demarche points readout scenesetter bio biographic
  classified website visit embassy post mission department government ministry minister president ambassador
  secretary office bureau general deputy senior special foreign affairs political economic security national
  international public press media defense defence missile nuclear energy trade human rights democracy elections
  election reform reforms military army police justice interior finance health education labor labour agriculture
  culture information transport communications environment development cooperation relations policy strategy
  north south east west northern southern eastern western central new old next final key main major minor mixed
  messages message sanctions plan report case side sides need needs consult consults no yes none part parts
  blue red green white black gold silver middle upper lower high low strong weak big small short long
  prime vice acting chief head leader leaders member members group party parties council committee commission
  end begin ends begins watcher watchers
`);
