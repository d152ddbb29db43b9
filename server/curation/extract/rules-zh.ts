// Chinese sentence rules. Chinese puts the partner before the verb (廉署與聯合國毒罪辦簽署 ...,
// 為南非國家反貪諮詢局舉辦工作坊), so many rules find their object `between` the subject and the
// trigger, after a marker (與 / 和 / 為 / 向). Tested on the Chinese half of the ICAC annual report.
import { ACTORS, ACTORS_J, ACTORS_P, type SentenceRule } from './rule-types.ts';

// 與X, 與另外兩個國家（即X）: the partner follows 與 within the clause.
const WITH = /(?:與(?!會)|同|聯同|和)[^，。；與]{0,20}$/;

export const RULES_ZH: SentenceRule[] = [
  {
    // 雙方在二零二四年五月簽署合作諒解備忘錄; 廉署亦在會上與聯合國毒罪辦以及哈薩克斯坦……的反貪機構簽署合作諒解備忘錄
    name: 'zh.signed',
    type: 'SIGNED',
    trigger: /(?:簽署|簽訂|訂立)(?:了)?(?:合作)?(諒解備忘錄|備忘錄|安排|協議|合作計劃|計劃|宣言|文件)/g,
    from: ACTORS_J,
    to: ACTORS_J,
    subject: 'before',
    object: 'between',
    objectMarker: WITH,
    props: ({ match }) => ({
      kind: /備忘錄/.test(match[1])
        ? 'mou'
        : /安排/.test(match[1])
          ? 'arrangement'
          : /計劃/.test(match[1])
            ? 'plan'
            : /宣言/.test(match[1])
              ? 'declaration'
              : 'agreement',
    }),
    dateProp: 'date',
    useContext: true,
    confidence: 0.75,
  },
  {
    // 廉署在二零二四年五月與聯合會合辦“廉政公署第八屆國際會議”
    name: 'zh.hosted',
    type: 'HOSTED',
    trigger: /(合辦|主辦|協辦|舉辦|籌辦)(?:了)?/g,
    from: ACTORS_J,
    to: ['Event'],
    subject: 'before',
    object: 'after',
    window: 60,
    props: ({ match }) => ({ role: match[1] === '合辦' || match[1] === '協辦' ? 'co-host' : match[1] === '籌辦' ? 'organiser' : 'host' }),
    useContext: true,
    confidence: 0.6,
  },
  {
    // 十月，廉政專員率團出席於哈薩克斯坦阿斯塔納舉行的聯合國毒罪辦“加快實施……第一屆年會”
    name: 'zh.attended',
    type: 'ATTENDED',
    trigger: /(出席|參加|參與|列席|在[^，。；]{0,20}?上發言)/g,
    from: ACTORS_P,
    to: ['Event'],
    subject: 'before',
    object: 'after',
    window: 90,
    props: ({ match }) => ({ role: /發言/.test(match[1]) ? 'speaker' : 'delegate' }),
    useContext: true,
    confidence: 0.6,
  },
  {
    // 廉政專員到訪上海; 約 50 位……代表更在廉政專員的帶領下到訪湖南省長沙市
    name: 'zh.visited',
    type: 'VISITED',
    trigger: /(?:到訪|訪問|拜訪|前往|考察)(?:了)?/g,
    from: ACTORS_P,
    to: ACTORS_J,
    subject: 'before',
    object: 'after',
    window: 40,
    dateProp: 'date',
    useContext: true,
    confidence: 0.55,
  },
  {
    // 聯合會在二零二四年三月與廉政學院攜手於香港為南非國家反貪諮詢局舉辦工作坊
    name: 'zh.trained',
    type: 'TRAINED',
    trigger: /(?:舉辦|提供|開辦)[^，。；]{0,12}?(?:培訓|工作坊|課程|研討會)/g,
    from: ACTORS,
    to: ACTORS_J,
    subject: 'before',
    object: 'between',
    objectMarker: /為\s*$/,
    dateProp: 'date',
    useContext: true,
    confidence: 0.55,
  },
  {
    // 廉署自二零二二年起擔任國際反貪局聯合會（聯合會）主席
    name: 'zh.holds-role',
    type: 'HOLDS_ROLE',
    trigger: /(?:擔任|出任|當選(?:為)?|獲選為|作為)(?=[^，。；]{0,30}?(主席|副主席|秘書長|秘書處))/g,
    from: [...ACTORS_J, 'Person'],
    to: ['Organisation'],
    subject: 'before',
    object: 'after',
    window: 30,
    props: ({ match }) => ({
      role: { 主席: 'President', 副主席: 'Vice-Chair', 秘書長: 'Secretary-General', 秘書處: 'Secretariat' }[match[1]] ?? match[1],
    }),
    dateProp: 'since',
    useContext: true,
    confidence: 0.6,
  },
  {
    // 廉署作為聯合國毒罪辦 GlobE 網絡的成員機構之一
    name: 'zh.member-of',
    type: 'MEMBER_OF',
    trigger: /(?:作為|是|為|成為)(?=[^，。；]{1,30}?的?(?:成員|會員|觀察員))/g,
    from: ACTORS_J,
    to: ['Organisation'],
    objectFollowedBy: /^\s*的?(?:成員|會員|觀察員)/,
    subject: 'before',
    object: 'after',
    window: 30,
    props: ({ sentence }) => ({ status: /觀察員/.test(sentence) ? 'observer' : 'member' }),
    confidence: 0.6,
  },
  {
    // 廉署以“中國香港”身分參與“亞太經濟合作組織反貪腐倡透明專家工作小組”以及……“亞太區反貪污行動計劃”
    name: 'zh.participates-in',
    type: 'MEMBER_OF',
    trigger: /(?:積極)?參與(?:了)?/g,
    from: ACTORS_J,
    to: ['Organisation'],
    subject: 'before',
    object: 'after',
    window: 6,
    props: () => ({ status: 'member' }),
    confidence: 0.45,
  },
  {
    // 聯合會年內以觀察員身分加入聯合國毒罪辦GlobE網絡
    name: 'zh.joined',
    type: 'MEMBER_OF',
    trigger: /(以觀察員身分)?加入(?:了)?/g,
    from: ACTORS_J,
    to: ['Organisation'],
    subject: 'before',
    object: 'after',
    window: 30,
    props: ({ match }) => ({ status: match[1] ? 'observer' : 'member' }),
    dateProp: 'since',
    useContext: true,
    confidence: 0.6,
  },
  {
    // 聯合國毒品和犯罪問題辦公室（聯合國毒罪辦）是廉署在國際合作上的戰略伙伴
    name: 'zh.partner-of',
    type: 'PARTNER_OF',
    trigger: /(戰略|三方)?(?:伙伴|夥伴)(?:關係)?/g,
    from: ACTORS,
    to: ACTORS,
    subject: 'before',
    object: 'between',
    props: ({ match }) => (match[1] ? { kind: match[1] === '戰略' ? 'strategic' : 'tripartite' } : {}),
    confidence: 0.55,
  },
  {
    // 廉署與廣東省監察委員會及澳門特區廉政公署正全力編製三地廉潔營商指南; 與中亞國家的反貪領袖商討合作
    name: 'zh.cooperates-with',
    type: 'COOPERATES_WITH',
    trigger: /(?:緊密)?(?:合作|協作|攜手|聯繫)/g,
    from: ACTORS_J,
    to: ACTORS_J,
    subject: 'before',
    object: 'between',
    objectMarker: WITH,
    reject: ({ match, sentence }) => /^(?:諒解|備忘|計劃|協議|框架|網絡|文件)/.test(sentence.slice(match.index + match[0].length)),
    confidence: 0.45,
  },
  {
    // 廉署亦在二零二四年二月成立香港國際廉政學院（廉政學院）
    name: 'zh.established',
    type: 'ESTABLISHED',
    trigger: /(?:成立|創立|設立|建立)(?:了)?/g,
    from: ACTORS_J,
    to: ['Organisation', 'Agency', 'Event'],
    subject: 'before',
    object: 'after',
    window: 30,
    reject: ({ match, sentence }) => /(?:發起|倡議)$/.test(sentence.slice(0, match.index)),
    dateProp: 'date',
    confidence: 0.6,
  },
  {
    // 國際反貪局聯合會於二零零六年由國家最高人民檢察院（最高檢）發起成立 (the founder sits between 由 and the verb)
    name: 'zh.established-by',
    type: 'ESTABLISHED',
    trigger: /(?:發起成立|倡議成立|支持下建立|發起)/g,
    from: ACTORS_J,
    to: ['Organisation', 'Agency', 'Event'],
    subject: 'before',
    object: 'between',
    objectMarker: /(?:由|在)\s*(?:國家)?\s*$/,
    reversed: true,
    dateProp: 'date',
    confidence: 0.6,
  },
  {
    // 聯合會……發表了《加強國際合作預防和打擊貪腐香港宣言》
    name: 'zh.adopted',
    type: 'ADOPTED',
    trigger: /(?:發表|通過|採納)(?:了)?/g,
    from: [...ACTORS, 'Event'],
    to: ['Agreement'],
    subject: 'before',
    object: 'after',
    window: 30,
    dateProp: 'date',
    confidence: 0.55,
  },
  {
    // 在二零零六年二月，《公約》對中國生效
    name: 'zh.party-to',
    type: 'PARTY_TO',
    trigger: /生效/g,
    from: ['Jurisdiction'],
    to: ['Agreement'],
    subject: 'before',
    object: 'between',
    objectMarker: /對\s*$/,
    reversed: true,
    confidence: 0.65,
  },
];
