/**
 * Traditional Chinese read by the rules written in Simplified. Notices on gov.tw and gov.hk (and many a
 * mainland page's 繁體 version) write 關於…的通知, 發布日期, 第 1 條, 經授能字第…號: the same words the rules
 * look for, in other characters. Rather than doubling every pattern, the text a rule reads is folded to
 * Simplified one code unit for one code unit, so an offset in the folded text is the same offset in the
 * page's text, and what is shown (a title, an ordinal, a 发文字号) is sliced from the page's own text.
 *
 * Not a converter (OpenCC is one, with phrase tables and a megabyte of data): a character table, enough for
 * the words official documents use. A character without an entry is left as it is.
 */

/** Traditional character, then the Simplified one it folds to; variants (爲 為, 衞 衛, 綫 線) each have an entry. */
const PAIRS =
  '與与萬万醜丑專专業业東东絲丝兩两嚴严喪丧個个豐丰臨临為为爲为麗丽舉举義义樂乐習习鄉乡書书買买亂乱爭争於于虧亏' +
  '雲云亞亚產产畝亩親亲億亿僅仅從从倉仓儀仪們们價价眾众衆众優优會会偉伟傳传傷伤倫伦偽伪體体餘余側侧僑侨債债傾倾' +
  '償偿儲储兒儿兌兑黨党蘭兰關关興兴養养內内岡冈冊册寫写軍军農农馮冯決决況况凍冻淨净涼凉減减幾几鳳凤憑凭凱凯' +
  '擊击劃划劉刘則则剛刚創创刪删別别劑剂劍剑剝剥劇剧勸劝辦办務务動动勵励勁劲勞劳勢势勳勋勻匀匯汇彙汇區区醫医' +
  '華华協协單单賣卖盧卢衛卫衞卫卻却廠厂廳厅曆历歷历厲厉壓压厭厌廁厕縣县參参雙双發发髮发變变敘叙疊叠葉叶號号' +
  '後后嚇吓呂吕嗎吗噸吨聽听啟启啓启吳吴員员響响問问喚唤單单嗎吗團团園园圍围圖图國国圓圆聖圣場场壞坏塊块堅坚' +
  '壇坛壩坝墳坟墜坠壘垒執执報报壯壮聲声殼壳處处備备復复複复夠够頭头夾夹奪夺奮奋獎奖婦妇媽妈嬰婴學学寶宝實实' +
  '寧宁審审憲宪宮宫寬宽賓宾對对尋寻導导將将層层屬属嶺岭島岛峽峡幣币師师帶带幫帮廣广莊庄慶庆廢废庫库應应' +
  '廟庙開开異异棄弃張张強强彈弹歸归當当錄录彥彦徹彻徵征徑径態态總总戀恋恆恒惡恶惱恼憶忆懷怀懸悬戰战戲戏' +
  '戶户撲扑執执擴扩掃扫揚扬擾扰撫抚搶抢護护報报擔担擬拟擁拥擇择掛挂擋挡揮挥損损據据擠挤撥拨擺摆攜携搖摇' +
  '敵敌數数斂敛斷断無无舊旧時时曠旷暫暂書书會会東东條条來来楊杨極极構构樣样樹树機机權权標标棧栈欄栏樓楼' +
  '檢检檔档橋桥歡欢歐欧殘残殺杀毀毁氣气漢汉湯汤溝沟滅灭滬沪淚泪潔洁濟济濃浓渾浑濱滨澇涝灣湾漲涨測测' +
  '滿满濕湿溫温潤润滯滞澤泽濁浊灑洒灘滩災灾點点煉炼為为烏乌熱热營营燈灯爐炉犧牺狀状獨独獲获猶犹獻献' +
  '環环現现璽玺甕瓮產产畫画當当療疗癢痒盡尽監监盤盘盧卢睜睁礦矿碼码確确礎础禮礼禍祸離离種种積积稅税稱称' +
  '穩稳窮穷竊窃競竞筆笔築筑簽签籌筹範范節节簡简類类糧粮緊紧糾纠紅红紀纪約约級级紙纸紛纷純纯納纳線线綫线' +
  '練练組组細细終终經经結结給给絡络統统絕绝維维綜综網网緣缘編编緩缓總总績绩織织繳缴續续纖纤羅罗罰罚' +
  '聯联職职聞闻聽听肅肃膽胆脅胁腳脚腦脑臟脏興兴艱艰藝艺節节範范蘇苏藥药莊庄華华萬万葉叶著着蓋盖蕭萧' +
  '處处虛虚蟲虫術术衛卫補补裝装製制複复襲袭規规視视覺觉覽览親亲觀观計计訂订認认討讨讓让訓训議议記记講讲' +
  '許许論论設设訪访證证評评識识詞词試试詩诗話话該该詳详誤误說说説说請请諸诸課课調调談谈謝谢謀谋護护' +
  '讀读變变讚赞貝贝負负財财責责賢贤敗败貨货質质販贩貧贫購购貯贮貫贯貼贴貸贷費费資资賠赔賞赏賦赋賬账' +
  '趙赵趕赶車车軌轨軟软轉转輕轻載载較较輔辅輛辆輸输轄辖邊边達达遷迁運运過过遲迟適适選选遺遗還还遼辽' +
  '郵邮鄰邻醫医釋释鐵铁銀银銷销鋼钢錄录錯错鍵键鎮镇鏈链長长門门閉闭問问閒闲間间閱阅闊阔隊队陽阳陰阴陳陈' +
  '陸陆際际險险隨随隱隐難难雞鸡雙双雜杂電电霧雾靜静響响頁页頂顶項项順顺須须預预領领頻频題题額额' +
  '顧顾顯显風风飛飞飯饭飲饮館馆馬马駐驻驗验驅驱體体髮发鬥斗魚鱼鳥鸟麥麦黃黄齊齐齡龄龍龙龜龟' +
  '臺台颱台週周註注準准係系裡里裏里並并啞哑僱雇匯汇衝冲鑑鉴鑒鉴彙汇甦苏採采麵面' +
  '佈布瀏浏鹽盐滙汇攤摊擬拟釐厘剷铲餘余嘗尝揀拣攬揽攝摄撐撑攔拦獵猎瑪玛琺珐畢毕痠酸蠶蚕';

let table: Map<number, number> | null = null;
let anyHant: RegExp | null = null;
/** anyHant, global: every character to fold. */
let anyHantEach: RegExp | null = null;

function tableOf(): Map<number, number> {
  if (table) return table;
  table = new Map();
  for (let i = 0; i + 1 < PAIRS.length; i += 2) table.set(PAIRS.charCodeAt(i), PAIRS.charCodeAt(i + 1));
  return table;
}

/** Whether `s` holds a character the table folds. */
export function hasHant(s: string): boolean {
  if (!anyHant) {
    let chars = '';
    for (let i = 0; i < PAIRS.length; i += 2) chars += PAIRS[i];
    anyHant = new RegExp(`[${chars}]`);
  }
  return anyHant.test(s);
}

/** `s` with its Traditional characters folded to Simplified: same length, same offsets; `s` itself when none. */
export function toHans(s: string): string {
  if (!hasHant(s)) return s;
  const t = tableOf();
  // The regex engine finds the few characters to fold (a Simplified text's 著 is one): no script loop over every
  // character, which runs cold on a page's first visit (issue 14).
  anyHantEach ??= new RegExp(anyHant!.source, 'g');
  return s.replace(anyHantEach, (ch) => String.fromCharCode(t.get(ch.charCodeAt(0))!));
}
