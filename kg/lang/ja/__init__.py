"""Japanese language data for the extractor: particles, role nouns, light verbs, modality cues.

The relation lexicon itself (警告 -> warns) lives in ontologies/kg.ttl; this module holds the grammar.
"""
import re

# Case markers (the particle sequence after a noun, with fixed expressions joined) -> argument role.
SUBJECT_MARKERS = frozenset({"が", "は", "も", "では", "としては", "こそ", "こそが"})
# the subject markers that do not reach beyond their own clause (unlike the は-topic)
CLAUSE_SUBJECT_MARKERS = frozenset({"が", "こそが"})
# Conjunctions that set a clause against the next (〜したが、〜は…した): the next clause's topic is not its own
CONTRASTIVE_MARKS = frozenset({"が", "けれど", "けれども", "けど", "ものの", "のに"})
OBJECT_MARKERS = frozenset({"を"})
# What a verb is about (抗議について退けた, 制裁をめぐり批判した): its object when it has no を-object
ABOUT_MARKERS = frozenset({"について", "をめぐり", "をめぐって", "に関して", "に関し", "についても", "については"})
AIMED_MARKERS = frozenset({"に対し", "に対して", "に対しても"})
TARGET_MARKERS = frozenset({"に", "に対し", "に対して", "へ", "に向け", "に向けて", "に対しても", "にも", "には", "に対しては"})
PARTNER_MARKERS = frozenset({"と", "とも", "とは"})  # (マルコス大統領とは会談しなかった)
AGENT_MARKERS = frozenset({"によって", "により", "による", "によっても"})
SOURCE_MARKERS = frozenset({"から", "からも"})
# Inside a noun phrase (nominal events): 中国の支援, ロシアへの支援, ロシアに対する制裁, 米国との会談
NOMINAL_SUBJECT_MARKERS = frozenset({"の", "による", "によって"})
NOMINAL_OBJECT_MARKERS = frozenset({"への", "に対する", "に対して", "に対し", "向け", "に向けた"})
NOMINAL_PARTNER_MARKERS = frozenset({"との"})
# Coordination inside an argument: 米国や西側同盟国, AとBは
COORDINATION_MARKERS = frozenset({"と", "や", "及び", "および", "、", "など"})

# Passive auxiliaries: 攻撃された (する + れる), 非難された, 批判された
PASSIVE_AUX = frozenset({"れる", "られる"})
# Causative auxiliaries: 攻撃させた, 支援させる
CAUSATIVE_AUX = frozenset({"せる", "させる"})
# Negation on the predicate itself: しなかった, せず, しない
NEGATION_AUX = frozenset({"ない", "ぬ", "ず", "ん"})
# Relations an article may tell and later take back: a visit called off, a reported act denied
RETRACTABLE = frozenset({"visits", "meetsWith", "negotiatesWith", "hosts", "supports", "attacks", "invades", "sanctions",
                         "cooperatesWith"})
# Verbs that call an announced event off (訪問を取りやめる, 会談を延期する)
CALLING_OFF = frozenset({"取りやめる", "取り止める", "中止", "延期", "見送る", "見合わせる", "断念", "先送り", "撤回"})
# ... and in other words: 訪問計画を白紙に戻した (set back to a blank page); the plan nouns an event is written onto
RETURNING_VERBS = frozenset({"戻す"})
BLANK_WORDS = frozenset({"白紙"})
PLAN_NOUNS = frozenset({"計画", "予定"})
# Verbs of denying, and what a denial may be said of when the act itself was told before (報道を否定した)
DENYING_VERBS = frozenset({"否定", "否認"})
# What an event may be the means of (対話による解決, 協議を通じた解決): the event through it is the verb's
RESOLUTION_NOUNS = frozenset({"解決", "決着", "打開"})
MEANS_MARKERS = ("による", "を通じた", "を通した")
MEANS_VERBS = frozenset({"通じる", "通ずる", "通す"})  # (対話を通じた解決: the means of what is asked for)
INVOLVEMENT_NOUNS = frozenset({"関与"})  # (関与を否定した: took no part in the act charged)
REPORT_NOUNS = frozenset({"報道", "見方", "指摘", "疑惑", "主張", "情報", "疑い", "関与", "これ", "それ", "発表"})
# 〜するどころか (far from doing): the clause before it did not happen (会談に応じるどころか、…反発した)
FAR_FROM = ("どころか", "どころ")
# Verbs by which an actor makes a document its own (signing, voting for, joining): not done, what the document says
# is not the actor's (ロシアを非難する共同声明に署名しなかった, 撤退を求める決議に賛成しなかった中国)
ENDORSING_VERBS = frozenset({"署名", "賛成", "参加", "加わる", "同調", "支持", "調印", "同意", "賛同", "連ねる", "採択",
                             "提出"})  # (非難する決議案が提出されず)
# Predicates whose object clause did not happen (批判を避けた, 支援を否定した, コメントを控えた)
# (and ない as a predicate: 攻撃したことはない, 支援する考えはない)
NEGATING_HEADS = frozenset({"ない", "無い", "避ける", "控える", "否定", "否認", "見送る", "拒む", "拒否", "断る", "やめる", "止める", "中止", "撤回", "見合わせる",
                            # an event that has stopped (協議は中断したままだ, 支援を停止した, 交流を凍結した)
                            "中断", "停止", "一時停止", "凍結", "打ち切る", "打ち切り",
                            # an event given up or put off (訪問を断念した, 攻撃することを取りやめた, 会談は延期された)
                            "断念", "取りやめる", "取り止める", "取りやめ", "延期", "先送り", "棚上げ", "見送り",
                            # an event blocked (会合の開催を阻止してきた), ruled out (軍事攻撃を排除した)
                            "阻止", "阻む", "排除"})
# Nouns of an event's prospect, carried as a phase is by the verb over them (首脳会談の可能性を示唆した, 訪問の予定を発表した)
VANISHING_VERBS = frozenset({"なくなる", "無くなる", "消える", "消滅", "遠のく", "ついえる", "潰える"})  # (可能性は消えた)
PROSPECT_NOUNS = frozenset({"可能性", "見通し", "予定", "方針", "計画", "見込み", "公算", "選択肢"})
# Nouns of suspicion or report whose clause, even in the past, is what is suspected (技術を提供した疑いがある)
SUSPICION_NOUNS = frozenset({"疑い", "疑惑", "可能性", "恐れ", "おそれ", "報道", "見方", "主張", "観測", "推測", "憶測"})
# Words of thanks: support thanked for was given to the one who thanks (日本の支援に謝意を表明した)
THANKING_WORDS = frozenset({"感謝", "謝意"})
# Events that a verb in the non-past tells as still to come (来週インドを訪問する), and the nouns of a plan on the
# calendar that take in the clauses chained before them (キーウを訪れ、…と会談する予定だ)
SCHEDULED_EVENTS = frozenset({"visits", "meetsWith", "hosts", "negotiatesWith"})
CALENDAR_HEADS = frozenset({"予定", "見通し", "見込み"})
EXPECTED_HEADS = frozenset({"みる", "見る", "模様"})  # (会談するとみられる, 会談するもようだ: expected)
# Nouns of a plan, whose clause holds whatever is joined to it with て (招いて協議を開く方向で調整している)
PLAN_HEADS = CALENDAR_HEADS | frozenset({"方針", "方向", "考え", "用意", "計画", "意向", "構え"})
# Means of talking at a distance: a meeting held over them is a call, no meeting (電話会談, 電話で会談した)
REMOTE_MEANS = ("電話", "オンライン", "テレビ")
# ... and no negotiation either (電話で協議した: CAMEO tells a call, 041, from negotiating, 046): what is said on
# the call carries the relations
NOT_BY_CALL = frozenset({"meetsWith", "negotiatesWith"})
# Permitting: a visit or meeting not permitted (来日を認めなかった) did not take place
PERMITTING_VERBS = frozenset({"認める", "許可", "許す"})
# Named entity types of a span or point of time (約1時間, 2日): never an actor, and what GiNZA may hang a partner on
TIME_ENTITIES = frozenset({"Period_Time", "Date", "Time", "Period_Day", "Period_Week", "Period_Month", "Period_Year"})
# Verbs that, in the passive after a と-clause, report what is said (…しているとされる, …といわれる)
REPORTATIVE_VERBS = frozenset({"する", "言う", "いう", "伝える", "報じる", "報ずる"})  # (報じられた: the tagger gives 報ずる)
# Ruling out: not ruling an event out leaves it possible (首脳会談の可能性を排除していない: hedged, not negated)
RULING_OUT = frozenset({"排除"})
# Verbs that lay an act at someone's door (攻撃は…によるものだと断定した)
ATTRIBUTING_VERBS = frozenset({"断定", "特定", "結論づける", "結論付ける", "認定"})
# What an act is said to be when it is laid at someone's door (…の仕業だ, …の犯行だ, …によるものだ)
DEED_NOUNS = frozenset({"仕業", "犯行", "もの"})
WRONGDOING_DEEDS = frozenset({"仕業", "犯行"})
# Where an event takes place, written before its noun (イスラエルのガザでの軍事作戦): no owner of it
PLACE_OF_EVENT_MARKERS = frozenset({"での", "における", "で"})
# Nouns of blocking someone's event (…による加盟交渉の妨害): aimed at whose the event is
BLOCKING_NOUNS = frozenset({"妨害", "阻止"})
# Predicates that say whether an event took place (首脳会談は実現しなかった, 開催に至らなかった, 開催されなかった)
HAPPENING_VERBS = frozenset({"実現", "開催", "至る", "実施"})
# Endings that undo the negation before them (支援せざるを得なかった, 抗議しないわけにはいかない: done after all)
# Verbs whose negation affirms the event they carry: 支援を惜しまない (will spare no support)
AFFIRMING_NEGATIONS = frozenset({"惜しむ", "辞す", "辞する", "変わる", "揺らぐ", "揺るぐ"})
# Predicates of an event that, negated, say it stays as it is (連帯は変わらない, 支援は揺るがない): it holds
STEADFAST_VERBS = frozenset({"変わる", "揺らぐ", "揺るぐ"})
# Of those, the ones that state a readiness, not a deed (提訴も辞さない: hedged)
WILLING_NEGATIONS = frozenset({"辞す", "辞する"})
# Putting an event into view (提訴も視野に入れている): considering it, hedged
CONSIDERING_PHRASES = frozenset({"視野", "念頭"})
DOUBLE_NEGATIONS = ("ざるを得", "ざるをえ", "ないわけにはいか", "ないわけにもいか", "ないことはない", "なくはない",
                    "ないわけではな", "なかったわけではな")
# Endings that say an act may happen, whatever negation they are written with (踏み切りかねない: may well go as far
# as; 提供することもあり得る: may supply), and that ask whether it will (訪日するかどうか, 応じるか否か)
# Sources an account is given on (関係筋によると): unnamed ones make what they say a report
ACCORDING_MARKERS = ("によると", "によれば")
UNNAMED_SOURCES = ("筋", "関係者")
POSSIBILITY_ENDINGS = ("かねない", "かねず", "かねません", "こともあり得る", "こともありうる", "ことはあり得る",
                       "ことはありうる", "こともあり得", "かどうか", "か否か")
# Verbs of doing that say of an act made a noun that it was done or not (批判することはしなかった)
DOING_VERBS = frozenset({"する", "行う", "行なう"})
# Asking whether (支持するかどうか), and the verbs of stating it: whether one would do something, left unsaid
# (…を支持するかどうかは明言しなかった, 賛否を明らかにしなかった), is not done as far as the text goes
WHETHER_ENDINGS = ("かどうか", "か否か")
STATING_VERBS = frozenset({"明言", "明らかにする", "明らか", "言及", "表明", "語る", "述べる", "説明", "示す"})
SPOKEN_ACTS = frozenset({"supports", "criticizes", "praises", "opposes", "accuses", "rejects", "protests", "warns"})
# Heads of intending (plans, consideration, readiness) that, negated, say the event under them is not to happen
# (輸出を制限することは検討していない, 会談する考えはない)
INTENDING_HEADS = frozenset({"予定", "方針", "意向", "計画", "検討", "構え", "考え", "調整", "準備", "用意", "つもり",
                             "方向", "意欲", "模索"})
# Modality heads that make the clause under them uncertain: possibility, readiness, suspicion, reports, claims
HEDGING_HEADS = frozenset({
    "可能性", "恐れ", "おそれ", "用意", "示唆", "懸念", "主張", "報道", "疑い", "疑惑", "見込み", "見通し", "見方",
    "予定", "方針", "意向", "計画", "検討", "模様", "みる", "見る", "観測", "推測", "憶測", "構え", "考え",
    "調整", "準備", "方向", "狙い", "意欲", "模索", "協議", "議論", "話し合う", "審議",
    "つもり",  # (攻撃するつもりはない: an intention)
    "目指す",  # (対話による解決を目指す: an aim)
    "ほのめかす", "匂わせる", "検討中", "調整中", "準備中",  # (hinted at; under consideration, being arranged)
})
# Accusing verbs: what their と-clause says was done is the speaker's charge, not a reported fact
# (ウクライナがタンカーを攻撃していると非難した: the attack is hedged)
CHARGING_HEADS = frozenset({"非難", "批判", "糾弾", "責める", "反発", "反論", "告発", "主張"})
HEDGING_AUX = frozenset({"だろう", "でしょう", "らしい", "かもしれない", "かも", "そう", "まい"})
# Conditional clause marks: ロシアが攻撃すれば, 支援した場合
CONDITIONAL_MARKS = frozenset({"ば", "たら", "なら", "ならば", "場合"})
# Nouns that make the clause before them a condition (撤収しない限り, 攻撃された場合)
CONDITION_NOUNS = frozenset({"限り", "場合"})

# Verbs that carry a nominal event as their object (警告を発する, 支援を表明する, 会談を行う, 制裁を科す)
LIGHT_VERBS = frozenset({
    "行う", "発する", "表明", "申し入れる", "科す", "科する", "課す", "課する", "示す", "強める", "実施", "伝える", "加える",
    "開く", "開始", "続ける", "強化", "発表", "発動", "展開", "延長", "拡大", "約束", "明言", "鳴らす",
    "行なう", "検討", "深める", "進める", "始める", "再開", "継続", "確認", "決める", "決定", "仕掛ける", "強行",
    "合わせる", "そろえる", "揃える",  # (歩調を合わせる, 足並みをそろえる)
    "繰り返す",  # (中ロが共同行動を繰り返す, 領空侵犯を繰り返している: repeating an act does it)
    "重視",  # (パキスタンとの協力を重視する: valuing an event one takes part in states it)
    "目指す",  # (コロンビアとの対話による解決を目指す: aiming at it, hedged)
    "示唆",  # (追加制裁を示唆した: hinting at an event states it, hedged)
    "結ぶ", "締結",  # (協定を結ぶ)
    "惜しむ",  # (支援を惜しまない: never sparing it, said with a negation that affirms: see AFFIRMING_NEGATIONS)
    "辞す", "辞する",  # (提訴も辞さない: ready for it, hedged: see WILLING_NEGATIONS)
    "入れる",  # (提訴も視野に入れている: considering it, hedged: see CONSIDERING_PHRASES)
    "提案", "提言",  # (中国との協議を提案した, 対ロ制裁の強化を提案した: proposed, hedged: see PROPOSED_BY)
    "繰り返す",  # (空爆を繰り返してきた: an event done again and again is done)
    "かける", "掛ける",  # (圧力をかける)
    "計画", "準備", "模索", "予定",  # (部隊派遣を計画している, 合同訓練を予定している: what is planned, hedged)
    "承認",  # (台湾への武器売却を承認した: the approver's act)
    "実行", "組織", "主導", "指揮",  # (攻撃を実行した, 破壊工作を組織した, 作戦を指揮した: carrying out an act, or leading it)
    "重ねる",  # (協議を重ねてきた, 意思疎通を重ねる: an event held again and again)
    "加速", "推進", "促進", "拡充",  # (協力を加速させる, 対話を推進する: furthering an event one takes part in)
    "増やす", "増額", "積み増す", "上積み",  # (財政支援を増やす: giving more of it gives it)
})
# An agreement signed or concluded (協定を結んだ, 覚書に署名した) is cooperation between its parties
# Launching or firing at someone attacks them only when they are named as such, or a region of theirs
# (イスラエル北部に向けて発射した), never when only their name is written into a place (日本海に向けて発射した: a test)
DIRECT_TARGET_CUES = frozenset({"発射", "撃ち込む"})
# Names of regions written like runs of one-character abbreviations (中米 is Central America, not 中 + 米)
REGION_WORDS = frozenset({"中米", "中南米", "南米", "北米", "中欧", "東欧", "西欧", "北欧", "南欧", "中東欧"})
REGION_NOUNS = frozenset({"北部", "南部", "東部", "西部", "中部", "北東部", "北西部", "南東部", "南西部", "領内", "領土", "領空",
                          "領海", "国内", "首都", "全土", "国境地帯", "各地", "本土"})
# One's own country (自国の施設への攻撃): the country of the sentence's topic, the speaker
REFLEXIVE_COUNTRY = frozenset({"自国"})
# An act pointed back at (こうした行為, この攻撃) is the last hostile act told; its doers stand for it
HOSTILE_ACTS = frozenset({"attacks", "invades", "threatens", "sanctions"})
# Acts that set their doer against whom they are aimed at (whom a lawsuit naming no one is against)
OPPOSING_ACTS = HOSTILE_ACTS | {"criticizes", "accuses", "protests", "demands", "warns", "rejects", "opposes"}
POINTING_BACK = ("こうした", "こういった", "この", "その", "そうした", "今回の", "一連の", "同様の", "同")
ACT_NOUNS = frozenset({"行為", "行動", "挑発", "事案", "措置", "暴挙", "蛮行"})
# Nouns that name the doer of an event, said of their subject: XはYの後ろ盾だ (X supports Y)
DOER_NOUNS = frozenset({"後ろ盾"})
# What a proposal pointed back at (この提案を歓迎した) may offer (talks offered name both sides, not who offered)
OFFERS = frozenset({"hosts", "supports", "visits"})
# Words of the kind of an event, written with の between its target and it (ウクライナへの追加の軍事支援)
EVENT_MODIFIERS = frozenset({"追加", "新規", "大規模", "緊急", "継続", "長期", "本格", "全面", "限定",
                             "名指し", "直接", "公式"})  # (イランへの名指しの批判: a manner of the event)
# Protecting someone supports them, but not one's own people (米国民を守る, said by the U.S.)
PROTECTING_VERBS = frozenset({"守る"})
# Strengthening or mending relations with someone is cooperating with them (ロシアとの関係を強化する, 関係改善)
RELATION_NOUNS = frozenset({"関係", "関係性", "絆", "結びつき", "結び付き"})
RELATION_BUILDING = frozenset({"強化", "改善", "深化", "深める", "発展", "正常化", "修復", "緊密化", "強める", "維持"})
# Sending troops to a country supports it (北朝鮮がロシアに兵士を派遣した, ソマリアへの部隊派遣); sending an envoy does not
DISPATCH_VERBS = frozenset({"派遣", "派兵", "増派"})
# Words of statehood a country's short name leaves off (コンゴ for コンゴ民主共和国 in an article that named it)
STATEHOOD_WORDS = frozenset({"共和国", "民主共和国", "人民共和国", "連邦", "連邦共和国", "王国", "連合王国", "首長国連邦",
                             "民主主義人民共和国", "社会主義共和国", "イスラム共和国", "合衆国", "国"})
OFFSHORE_WORDS = ("沖", "沖合", "近海", "公海", "海域", "周辺")  # (waters off a country: sent there, no support)
TROOP_NOUNS = frozenset({"部隊", "兵士", "兵", "将兵", "兵力", "軍", "軍隊", "要員", "艦艇", "艦船", "戦闘機", "軍事顧問", "工兵",
                         "軍事教官", "軍事要員"})  # (軍事教官を派遣した; 教官 alone may go to be trained)
AGREEMENT_NOUNS = frozenset({"協定", "合意", "取り決め", "覚書", "協約", "合意文書", "条約", "議定書", "契約"})
SIGNING_VERBS = frozenset({"結ぶ", "締結", "署名", "調印", "交わす", "取り交わす"})  # (覚書を交わした)
# Nouns an event passes through to the verb that carries it: a stance (セルビア支持の姿勢を鮮明にした: any verb
# states the stance) or a phase of the event (人道支援の拡大を表明した: with a light verb)
# A stance held with ある rather than stated with a verb (協議に応じる用意がある)
EXISTENCE_VERBS = frozenset({"ある", "有る"})
STANCE_NOUNS = frozenset({"姿勢", "立場", "方針", "考え", "意向", "構え", "用意", "意欲", "意思", "決意", "見解", "認識"})
# (not through verbs that give a stance up: 姿勢を崩さなかった is no negation of the event)
# What only an offender can do: a request for it, chained after a clause aimed at them, asks them (…と非難し、作業の
# 中止を要求した); not sanctions, meetings or support, which others give (…を非難し、追加制裁を求めた)
ASKED_OF_OFFENDERS = frozenset({"中止", "停止", "撤回", "撤収", "撤退", "退去", "凍結", "解放", "釈放", "撤廃", "見直し",
                                "謝罪", "自制", "説明", "是正", "修正", "取り消し", "即時中止", "即時撤退", "即時撤収"})
# Nouns of undoing what someone said or did: asking for it asks its owner (答弁の撤回を要求した)
UNDOING_NOUNS = frozenset({"撤回", "撤廃", "見直し", "取り消し", "取り下げ", "修正", "解除"})
STANCE_DROPPING = frozenset({"崩す", "改める", "撤回", "転換", "放棄", "取り下げる", "変える", "見直す", "軟化"})
# Adjectives of a stance that leave it for the event (実現に強い意欲を示した; not 否定的, 慎重, 消極的)
EAGER_ADJECTIVES = frozenset({"強い", "前向き", "積極的", "意欲的", "大きな"})
PHASE_NOUNS = frozenset({"拡大", "強化", "継続", "実施", "延長", "再開", "開始", "推進", "加速", "拡充", "実現", "開催", "追加",
                         "発動",  # (制裁の発動を見合わせた)
                         "検討", "準備",  # (追加制裁の検討に入った, 支援の準備を始めた: hedged, as their verbs are)
                         "意",  # (遺憾の意を表明した: the expression of an event is the event)
                         # (ロシアとの軍事協力の停止を示唆した: a stop is a phase too, and it negates the event)
                         "停止", "一時停止", "中断", "凍結", "打ち切り", "中止", "見送り", "延期", "断念", "取りやめ"})
# Verbs of exchange: the event goes both ways between the coordinated subjects (砲撃を交わした, 非難の応酬)
RECIPROCAL_VERBS = frozenset({"交わす", "応酬", "交える", "撃ち合う"})
# Clashes fought by both sides: each side attacks the other (タイ軍はカンボジア軍と交戦した). Not 衝突, which is
# as often a collision or a clash of views.
CLASHES = frozenset({"交戦"})
# ... and 衝突 only between armed forces (インド軍と中国軍が衝突した)
ARMED_CLASHES = frozenset({"衝突"})
# Fighting that is mutual by its meaning (武力衝突, 銃撃戦), and verbs that start or wage it (起こす): coordinated
# subjects fight each other (両国は武力衝突を起こした)
MUTUAL_COMBAT = frozenset({"武力衝突", "軍事衝突", "銃撃戦", "交戦"})
# Aiming an attack at something in a relative clause on it: …を狙った攻撃, …を標的とした空爆 (標的にした)
TARGETING_VERBS = frozenset({"狙う", "ねらう"})
# Buying arms from a country (フランスからの兵器調達, トルコから無人機を調達した): the seller supports the buyer
PROCUREMENT_WORDS = frozenset({"調達", "購入", "輸入"})
ARMS_WORDS = frozenset({"兵器", "武器", "装備", "弾薬", "砲弾", "戦車", "戦闘機", "無人機", "ドローン", "ミサイル", "軍艦",
                        "艦艇", "潜水艦", "ロケット砲", "防空システム", "軍用機", "攻撃機", "輸送機", "哨戒機", "哨戒艇"})
SOLIDARITY_NOUNS = frozenset({"連帯"})
# An exchange of an event between sides (非難の応酬, 批判合戦): each does it to the other
EXCHANGE_NOUNS = frozenset({"応酬", "合戦"})
COVERING_VERBS = frozenset({"めぐる", "巡る"})  # (港湾攻撃を巡って非難した: what a charge is about)  # (チェコとの連帯を表明した: solidarity with someone backs them)
STANCE_PREFIXES = frozenset({"親", "反"})  # (親イラン武装組織: a group for a country is not that country's)
TARGET_WORDS = frozenset({"標的"})
WAGING_VERBS = frozenset({"起こす", "繰り広げる", "交える"})
ARMED_ENDINGS = ("軍", "部隊", "国防軍", "国軍")
# Verbs that take the event noun with に rather than を: 協議に応じる, 制裁に踏み込む, 支援に乗り出す
# Verbs of agreeing to what another side offers or asks (協議に応じる): with whom is whoever is at odds with the side
RESPONDING_VERBS = frozenset({"応じる", "応ずる"})
LIGHT_VERBS_NI = frozenset({"応じる", "応ずる", "踏み込む", "踏み切る", "乗り出す", "合意", "同意", "署名", "調印",
                            "参加", "同調", "加わる", "臨む",
                            "入る", "着手"})  # (協議に入った, 制裁の検討に着手した: an event begun)  # (対ロ制裁に参加した, 制裁には同調しなかった, 会談に臨んだ)
# Of those, the verbs of joining in: an event with a doer of its own is theirs, whoever joins in it or not
# (米軍はイスラエルによるイランへの攻撃には加わっていない: Israel attacked; the U.S. did not join)
JOINING_VERBS = frozenset({"参加", "同調", "加わる"})
# Visit compounds: 訪 + a one-character country (訪米, 訪中, 訪日, 訪ロ), and 来日 (a visit to Japan)
VISIT_PREFIX = "訪"
VISIT_JAPAN = frozenset({"来日", "訪日"})
ARRIVAL_NOUNS = frozenset({"入り"})  # (モスクワ入りする: arriving in a place, written onto its name)
# Events aimed at whoever receives them: turning one away shows whom it was aimed at (EUの批判を一蹴した)
AIMED_AT_RECEIVER = frozenset({"criticizes", "accuses", "protests", "demands", "requests", "warns"})
# Counted people (3氏が会談した): the last that many people the text named
COUNTED_PEOPLE = frozenset({"氏", "首脳"})
# "Either of" (XとYのいずれも): with も beside a topic, the parties acted on, not the actors
EITHER_WORDS = frozenset({"いずれ", "どちら"})
EITHER_SIDES = "双方"  # (どちらか一方, どちら written bare: read as the two sides)
# Words that name where a thing comes from, not whose it is (イラン製の無人機)
NOT_OWNERS = frozenset({"製", "産"})
# Taking in a delegation hosts it (オマーン政府が双方の代表団を受け入れて)
ACCEPTING_VERBS = frozenset({"受け入れる", "受け入れ"})
DELEGATIONS = ("代表団", "交渉団", "使節団", "訪問団", "議員団")
# Comment withheld is criticism withheld (コメントを控えた, 言及は避けた: a negated criticism of what it is about)
COMMENT_NOUNS = frozenset({"コメント", "論評", "言及"})
REFRAINING_VERBS = frozenset({"控える", "差し控える", "避ける", "見送る"})
# A national army written bare (国軍が…): the one army of that name the article names with its country (ミャンマー国軍)
BARE_FORCES = frozenset({"国軍"})
# Naming someone as the one to blame (中国を名指しすることは避けた, 名指しを控えた): a naming withheld is a criticism
# not made (a naming made goes with the criticism told beside it: 名指しで非難した)
NAMING_WORDS = frozenset({"名指し"})
ABOUT_NOMINAL_MARKERS = frozenset({"について", "についての", "に関する", "をめぐる", "への", "に対する"})
# Levies that are raised on someone (関税を引き上げる: a measure against whose goods they are)
LEVIES = frozenset({"関税", "税率", "追加関税", "報復関税"})
RAISING_VERBS = frozenset({"引き上げる", "上げる", "上乗せ", "引き上げ", "導入", "発動"})  # (or brought in: 関税を導入した)
# A portfolio written before a title: イエメン担当特使 (a place it is about), エネルギー相 (a katakana word that a
# name written with ・ runs into: ボグダン・イバン・エネルギー相)
PORTFOLIO_MARK = "担当"
PORTFOLIO_WORDS = frozenset({"エネルギー", "デジタル", "インフラ", "スポーツ", "メディア", "イノベーション", "エコノミー",
                             "ビジネス"})
# Where one's visit has taken one (訪問先の北京で会談した: the place is visited)
DESTINATION_NOUNS = frozenset({"訪問先", "滞在先", "外遊先", "訪問地", "出張先"})
# 〜を受ける: the event is done TO the subject, by the から/に argument (抗議を受けた, 支援を受けて)
RECEIVING_VERBS = frozenset({"受ける", "得る", "浴びる"})  # (非難を浴びる)
# Verbs of being exposed to an event (ロシア軍の攻撃にさらされている, 空爆に見舞われた): done to the subject
EXPOSED_VERBS = frozenset({"さらす", "晒す", "見舞う", "頼る", "依存"})  # (and relying on it: 日本の支援に頼っている)
# Verbs of saying: relations inside their quotation are attributed to their subject.
SPEECH_VERBS = frozenset({"述べる", "語る", "言う", "話す", "強調", "説明", "表明", "指摘", "明らか", "発言", "記す", "主張", "訴える", "答える", "明言", "言及"})

# Heads of noun phrases that name a role or office. A role with a name is a person (趙立堅報道官);
# without one it is an unnamed actor of its country (中国高官, 米当局者).
ROLE_NOUNS = frozenset({
    "大統領", "副大統領", "首相", "副首相", "外相", "国防相", "防衛相", "財務相", "経済相", "外務相", "内相",
    "報道官", "副報道官", "補佐官", "顧問", "長官", "国務長官", "国防長官", "官房長官", "官房副長官", "大臣",
    "外務大臣", "防衛大臣", "高官", "当局者", "関係者", "政府高官", "大使", "公使", "高等弁務官", "議長", "主席", "国家主席", "副主席", "国家副主席",
    "総書記", "書記", "書記長", "トップ", "事務総長", "代表", "特使", "司令官", "首脳", "指導者", "国王", "皇太子", "首長", "外交官",
    "政府当局者", "次官", "外務次官", "事務次官", "局長", "総統", "党首", "委員長", "大使館員", "首席", "上級代表",
    "特別代表", "幹部", "閣僚", "軍トップ", "最高指導者", "総理", "総理大臣", "議員", "国防次官",
    "部長", "副部長", "党副部長", "第1副部長",  # (北朝鮮の金与正党副部長)
    "元帥", "大将", "将軍", "参謀総長",  # (military ranks: パキスタン軍トップのアシム・ムニール元帥)
    "参謀長", "幕僚長", "中将", "少将", "准将", "大佐",  # (バングラデシュのハサン・マフムード・カーン空軍参謀長)
    "武官", "駐在武官", "国防武官",  # (a military attaché: 中国とロシアの駐在武官を呼び、…を要求した)
    "広報官", "政務官", "次官補", "本部長", "事務局長補", "事務総長補", "事務次長", "副事務局長", "副事務総長",
    "所長", "裁判長", "判事", "検事総長",  # (国際司法裁判所の岩沢雄司所長)
    "委員",  # (欧州委員会のマグナス・ブルンナー委員: a commissioner)
    "責任者", "担当者",  # (EUの漁業政策責任者、イオアニス・パパドプロス氏)
    "天皇", "天皇陛下", "皇后", "皇后陛下", "両陛下", "天皇皇后両陛下",  # (Japan's head of state, unqualified)
    # units and troops of a country, unnamed: they act for it at country level (米国とフィリピンの部隊)
    "部隊", "兵士", "兵", "将兵", "艦艇", "艦船", "軍用機", "戦闘機",
    # heads of a company or bank (a state company's head acts for it: ロスアトムのリハチョフ社長)
    "社長", "会長", "総裁", "最高経営責任者",
})
# Units, troops and craft: those of a named body are that body (タイ軍の兵士, パキスタン軍の戦闘機)
UNIT_NOUNS = frozenset({"部隊", "兵士", "兵", "将兵", "艦艇", "艦船", "軍用機", "戦闘機"})
# Compliance verbs: not complying with something is rejecting whoever asked (韓国側の要求には応じなかった)
# What someone offers or asks, whose refusal rejects them (提案, 要望 …)
# Proposals of an event: what is done to the proposal (拒否, 受け入れ) is done to the event (北京訪問の打診を拒否した)
PROPOSAL_NOUNS = frozenset({"提案", "打診", "申し入れ", "招待", "申し出", "要請"})
OFFER_NOUNS = frozenset({"提案", "要望", "申し入れ", "呼びかけ", "求め", "招待", "勧告", "条件", "案", "和平案", "停戦案",
                         "主張"})  # (and a claim: 中国の主張を受け入れない rejects China)
REFUSED_WHEN_NEGATED = {"応じる": "rejects", "応ずる": "rejects", "受け入れる": "rejects", "受諾": "rejects",
                        # (中国の対応は容認できない: what cannot be tolerated is condemned, whoever's it is)
                        "容認": "criticizes"}
# Title endings: 観光相, 商務相, 国務長官, 外務大臣 (a minister or head of something), but not 様相 or 真相
ROLE_SUFFIXES = ("相", "長官", "大臣", "報道官", "補佐官", "大使", "司令官", "議長", "局長", "室長", "代表", "特使")
NOT_ROLES = frozenset({"様相", "真相", "実相", "世相", "皮相", "位相"})
# Directive verbs whose addressee GiNZA hangs on the clause they embed: インドに…着くよう呼びかけた
ASKING = frozenset({"requests", "demands"})  # (what is asked of someone: 双方に冷静な対応を促した)
DIRECTIVES = frozenset({"requests", "demands", "warns", "threatens"})
# Events that, with no other side named, are with whom a meeting chained before them was
# (…と会談し、…について協議した; …と会談し、協力を強化することで一致した)
MEETING_CHAINED = frozenset({"meetsWith", "negotiatesWith", "cooperatesWith"})
# ... and support offered in the same sentence, right after the meeting, is for whom the speaker met
# (…と会談し、巡視艇2隻の追加供与を表明した)
GIVEN_IN_MEETINGS = frozenset({"supports"})
# ... and a protest: what is addressed to whom a clause chained before it names (…に文書を送り、抗議した)
CHAIN_ADDRESSED = DIRECTIVES | {"protests"}
SUBMITTING_VERBS = frozenset({"提出", "出す", "手交", "送付"})  # (安保理に書簡を提出した: what a letter is handed with)
ISSUING_VERBS = frozenset({"発表", "公表", "採択"})  # (両国に自制を求める声明を発表した: whom the statement addresses)
NOTE_VERBS = frozenset({"送る", "送付", "伝える", "手渡す", "渡す", "通告"})  # (…に外交文書を送り、抗議した)
# What a speaker who has just met someone says to no one named is said to whom they met (会談で…を求めた)
ADDRESSED_IN_MEETINGS = frozenset({"requests", "demands", "warns", "protests"})
# ... and what a speaker who has just protested to someone asks of no one named is asked of them
ASKED_AFTER_PROTEST = frozenset({"requests", "demands"})
PROTESTING = frozenset({"protests"})
# Replies, and the acts they answer (抗議を受けたクレムリンは一蹴した: the protest's sender is answered)
REPLIES = frozenset({"rejects", "criticizes", "opposes"})
ANSWERED_ACTS = frozenset({"protests", "criticizes", "accuses", "demands", "requests", "warns"})
DIRECTIVE_MARKS = frozenset({"よう", "ように", "よう求める"})
# Suing someone accuses them (チリをICJに提訴した); the court it is brought to (に, への) is no party to it
SUING_WORDS = frozenset({"提訴"})
# Verbs of proposing or advising: with a よう-clause of what is to be done they ask it of their addressee
# (枠組みを設けるよう両国に提案した, 移民を移動させないよう申し入れた, 撤退するよう勧告した)
PROPOSING_VERBS = frozenset({"提案", "申し入れる", "提言", "勧告", "勧める", "助言"})
# Verbs of proposing an event of any kind: what is proposed has not been done (not 申し入れる, which lodges a protest)
PROPOSED_BY = frozenset({"提案", "提言", "勧告"})
# Titles that, unqualified in Japanese news, are Japan's own officials (林外相, 官房長官).
# National offices (not Japan's by default) a titled name with no country may take from the sentence before
NATIONAL_OFFICES = frozenset({"大統領", "副大統領", "国防相", "国務長官", "国防長官", "報道官", "首席顧問", "外交顧問",
                              "副首相", "外務相", "内相", "国家主席", "総統", "国王", "首長"})
DOMESTIC_ROLES = frozenset({"首相", "外相", "防衛相", "官房長官", "官房副長官", "外務大臣", "防衛大臣", "総理", "総理大臣", "外務次官", "財務相", "経済相",
                            "天皇", "天皇陛下", "皇后", "皇后陛下", "両陛下", "天皇皇后両陛下"})
# The portfolios of Japan's cabinet, written as titles the tokenizer cuts into pieces (赤沢亮正 / 経済 / 産業 / 相):
# unqualified, they are Japan's ministers as 外相 is (other countries' ministers come with their country).
JAPAN_PORTFOLIOS = frozenset({
    "経済産業", "経産", "国土交通", "国交", "農林水産", "農水", "農", "厚生労働", "厚労", "文部科学", "文科", "法",
    "総務", "環境", "復興", "デジタル", "経済安全保障", "経済安保", "経済再生", "沖縄北方",
})
# Heads that name a government body of the country before them (中国外務省, ロシア軍, 米国務省).
BODY_NOUNS = frozenset({
    "外務省", "国務省", "国防総省", "国防省", "防衛省", "財務省", "商務省", "外交部", "国防部", "軍", "海軍", "国軍",
    "空軍", "陸軍", "海警局", "海警", "沿岸警備隊", "議会", "国会", "大使館", "国家安全保障会議", "国家安全保障局",
    "情報機関", "外務・英連邦省", "内務省", "司法省", "国営メディア", "国営通信", "海上保安庁", "統合参謀本部", "参謀本部",
    "国防委員会", "連邦議会", "下院", "上院", "最高裁", "中央銀行", "議会下院", "議会上院", "戦区", "司令部",
    "艦隊", "人民解放軍", "革命防衛隊", "国防軍", "安全保障会議", "自衛隊", "首相府", "大統領府", "首相官邸",
    "海上保安機構", "警備隊", "国境警備隊",
    "自治政府",  # (グリーンランド自治政府: a territory's own government, of the country the territory belongs to)
    # (ハイチ国家警察, パナマ最高裁判所, ベネズエラ選挙管理委員会, ボスニア大統領評議会)
    "警察", "裁判所", "最高裁判所", "憲法裁判所", "委員会", "評議会", "総局",
    "公社",  # (a public corporation is the state's: メキシコ石油公社)
})
# Bodies written more often as the place something happens than as actors (首都の議会で演説し, 大使館の前で)
VENUE_BODIES = frozenset({"議会", "国会", "大使館"})
# Endings of one-token body names the tagger keeps whole (保安庁, 移民総局, 国家安全省)
BODY_ENDINGS = ("庁", "省", "総局", "委員会", "評議会")
# One-character heads that make a body of the place before them: 米国務省 (米 + 国務 + 省), 海警局
BODY_SUFFIXES = frozenset({"省", "庁", "軍", "局", "院", "部", "室", "署"})  # (署: 中国海関総署)
# What kind of government a country has (暫定政権, 軍事政権); written bare, such a government is the one the
# article last named so (バングラデシュ暫定政権 … 暫定政権は)
GOVERNMENT_KINDS = ("暫定", "軍事", "新", "現", "移行", "臨時", "連立", "暫定軍事")
# Heads that stand for their country as a whole (metonymy, as CAMEO codes them): 中国政府, 米政権, ロシア側
COUNTRY_HEADS = frozenset({"政府", "政権", "軍政", "軍事政権", "側", "当局", "国", "国内", "首脳部", "指導部", "各国", "諸国", "加盟国",
                           "両国", "両政府", "3か国", "3カ国", "三カ国", "各政府",
                           # delegations stand for their side: イスラエル代表団, ハマス代表団
                           "代表団", "交渉団", "仲介団", "議員団", "使節団", "政府代表団",
                           # a government of a kind is still the country's: バングラデシュ暫定政権, ミャンマー軍事政権
                           *(kind + head for kind in GOVERNMENT_KINDS for head in ("政権", "政府"))})
# Words for the country that the tokenizer fuses with an abbreviation (米側, 韓政府)
FUSED_COUNTRY_HEADS = frozenset({"側", "政府", "政権", "当局"})
DIRECTION_SIDES = frozenset({"西側", "東側", "南側", "北側"})  # (西側諸国: the West, not Spain's side)
# Relations whose object must be the party itself, not the owner of the thing acted on
# (ウクライナ側の非難を否定した denies the accusation, not Ukraine).
DIRECT_ONLY = frozenset({"denies", "visits", "meetsWith", "hosts"})
# Nouns for "both sides" that are the parties their の-phrase names: ギリシャとトルコの双方 -> both
BOTH_SIDES = frozenset({"双方", "両者", "両国", "両方", "両陣営", "両政府", "いずれ"})  # (ロシアとウクライナのいずれも)
# A verb of criticism or warning whose と-clause names the party it is aimed at:
# 米国が偽情報を広めていると非難した -> accuses 米国; ロシアが拒むなら代償を払うと警告した -> warns ロシア
# Retorts accuse whoever their と-clause says did something (「G7が内政に干渉している」と反発した -> G7);
# plain claims, and plain statements (述べた, 強調した), do only when the clause names a wrongdoing
# (巡視船が領海に不法に侵入したと主張した; 「フィリピン側が挑発を繰り返している」と述べた).
RETORT_VERBS = frozenset({"反発", "反論", "反駁"})
REBUTTING_VERBS = frozenset({"反論", "反駁"})  # (…の主張に反論した rejects; …の主張に反発した opposes)
# What someone voices, which a retort can say is wrong (中国側の批判は当たらないと反論した -> rejects China)
VOICED_NOUNS = frozenset({"批判", "非難", "主張", "指摘", "懸念", "疑惑", "発言", "要求", "抗議", "見解"})
CLAIM_VERBS = frozenset({"主張", "指摘", "訴える", "述べる", "強調", "語る", "明らか", "発言", "発表", "公表"})
ANNOUNCING_VERBS = frozenset({"発表", "公表"})
WRONGDOING = frozenset({"侵入", "侵犯", "違反", "干渉", "妨害", "挑発", "扇動", "煽動", "あおる", "煽る", "横流し", "転覆",
                        "暗殺",
                        "侵害", "隠蔽", "偽る", "不法", "違法", "威圧", "弾圧", "介入", "不安定化", "破壊", "侵略",
                        "攻撃", "脅かす", "虐殺", "拉致", "略奪", "偽情報", "工作", "スパイ", "密輸", "迫害",
                        "クーデター", "侵攻", "癒着", "不正", "怠る",
                        # (harbouring or condoning: テロリストをかくまっている, 活動を黙認している)
                        "かくまう", "匿う", "黙認",
                        # (an act told as done on purpose or alone, against others: 意図的に川の流れを変えている,
                        # 漁獲枠を一方的に設定し続けてきた)
                        "意図的", "故意", "一方的"})
# Reactions that a later clause of a headline aims at whom the headline opens on when it names no one
# (カンボジア、運河の工事に着手　ベトナムが反発 -> Vietnam opposes Cambodia; 北朝鮮がミサイル発射　日米韓が非難)
# (not praise: welcoming an agreement between two is no praise of the one the headline opens on)
# Reactions that, aimed at no one named, are aimed at whom the sentence before was about (…と発表した。…は反発した)
BARE_REACTIONS = frozenset({"opposes", "protests"})
POINTING_WORDS = frozenset({"これ", "それ", "こうした動き", "この動き"})
# Statements and decisions a reaction may point back at (この判断を拒否し) or name again (議長声明を拒否した)
STATEMENT_NOUNS = frozenset({"判断", "決定", "方針", "提案", "声明", "決議", "勧告", "判決", "見解", "発言", "主張",
                             "議長声明", "共同声明", "決議案"})
DEMONSTRATIVES = frozenset({"この", "その", "こうした", "そうした", "かかる"})
# Plans named again with no owner (同計画に反対する): whose they are is told where they were first named
PLAN_WORDS = frozenset({"計画", "構想"})
# Reactions whose これ / それ points back at what someone just said or did (…求めたが、…はこれを退けた)
POINTED_REACTIONS = frozenset({"rejects", "criticizes", "opposes", "protests"})
HEADLINE_REACTIONS = frozenset({"opposes", "protests", "criticizes", "accuses", "warns", "sanctions", "rejects", "demands",
                                "requests"})
# What a warning threatens: a warning with such words and no addressee is a threat to the side's adversary
# (「相応の対抗措置を取る」と警告した), one without them may be a plain caution (津波の恐れがあると警告した)
# Countermeasures taken (対抗措置を取る, 報復措置を講じる): announced as to come, they threaten
COUNTERMEASURES = frozenset({"対抗措置", "報復措置", "対抗策", "報復"})
TAKING_VERBS = frozenset({"取る", "とる", "講じる", "講ずる", "発動"})
# Stances towards countermeasures that threaten as taking them does: ready for them (対抗措置も辞さない)
COUNTERMEASURE_STANCES = WILLING_NEGATIONS
# Verbs of handing something over to someone (ロシアに割譲する): their に-phrase is the receiver, not an addressee
HANDING_OVER_VERBS = frozenset({"割譲", "譲る", "譲渡", "引き渡す", "引渡す", "返還", "渡す", "明け渡す", "移譲", "移管"})
# Applying for membership (NATOへの加盟を申請した): asking the organisation to admit one
APPLYING_VERBS = frozenset({"申請", "申し込む", "申し入れる"})
MEMBERSHIP_NOUNS = frozenset({"加盟", "加入"})
# Letting in (寄港を許可しない, 入国を認めず: refused, it rejects whose ship, aircraft or people would enter)
PERMITTING_VERBS = frozenset({"許可", "認める", "容認", "受け入れる"})
ENTRY_NOUNS = frozenset({"寄港", "入港", "入国", "上陸", "着陸", "接岸", "領空通過", "乗り入れ"})
# Charges whose words may be given (…したとのウクライナ側の非難): denied by whom they are aimed at, they accuse them
CHARGE_NOUNS = frozenset({"非難", "批判", "主張", "指摘", "告発"})
DISMISSING_VERBS = frozenset({"否定", "否認", "一蹴", "退ける", "反論", "拒否"})
# Concessions (…したにもかかわらず、): the clause before happened; its subject is its own
CONCESSIVE_MARKS = frozenset({"にもかかわらず", "にもかかわらず、", "のに", "ものの"})
# Endings of state bodies an article may give a short name in parentheses (メキシコ石油公社（ペメックス）)
STATE_BODY_ENDINGS = ("公社", "公団", "公庫", "機構")
# Military governments (マリ軍政): a bare one is the one junta the article names
JUNTA_WORDS = frozenset({"軍政", "軍事政権"})
HINTING_VERBS = frozenset({"示唆", "匂わせる", "におわせる", "ほのめかす"})  # (辞さない構えを示唆した: a hinted stance)
THREAT_WORDS = frozenset({"対抗措置", "報復", "代償", "措置", "結果", "責任", "制裁", "反撃", "対応", "手段", "行動"})
# State bodies whose names do not say whose they are: their country (国防総省 is the Pentagon, 革命防衛隊 Iran's)
STATE_BODIES = {"国防総省": "米国", "ペンタゴン": "米国", "国務省": "米国", "中央情報局": "米国", "人民解放軍": "中国",
                "全国人民代表大会": "中国", "全人代": "中国", "革命防衛隊": "イラン", "イスラム革命防衛隊": "イラン",
                "モサド": "イスラエル", "クネセト": "イスラエル", "連邦保安局": "ロシア", "国家院": "ロシア",
                "朝鮮人民軍": "北朝鮮"}  # (朝鮮 / 人民 / 軍 / 総参謀部: 朝鮮 alone is no place the gazetteer knows)
PART_ENDINGS = ("部", "局", "省", "庁", "軍", "隊")  # (a part of a state body: 朝鮮人民軍総参謀部)
# Words that make a clause go for each of a list (相次いで訪れたAとB: both visited)
DISTRIBUTIVE_WORDS = frozenset({"相次", "それぞれ", "そろって", "揃って"})  # (written so: 相 / 次い / で)
# Who leads a government, as a description of it: スーダンの国軍主導の政府 is Sudan's
LEADING_NOUNS = frozenset({"主導", "主体"})
# Words that are a wrongdoing only with their verb: (object, verb)
WRONGDOING_PHRASES = frozenset({("圧力", "かける"), ("圧力", "強める")})
# Keeping a rule or a promise: not doing so is a wrongdoing (合意を守っていないと主張した, 義務を履行せず)
COMPLIANCE_VERBS = frozenset({"守る", "順守", "遵守", "履行", "従う"})
# Acts that, given as the reason for a criticism (〜したとして非難した), make it a charge though they are no wrong
# in themselves (a collision, a detention, a seizure)
CHARGED_ACTS = WRONGDOING | {"衝突", "拘束", "拿捕", "体当たり"}
# Verbs of criticism whose と-clause is the criticism, not a charge: フィリピンが「騒ぎを起こしている」と批判した
# criticises the Philippines (非難 with such a clause accuses: 中国が偽情報を広めていると非難した)
CRITICISM_VERBS = frozenset({"批判", "酷評", "批難"})
CLAUSE_TARGETED = {"criticizes": "accuses", "warns": "warns", "threatens": "threatens", "accuses": "accuses",
                   "praises": "praises", "requests": "requests", "demands": "demands"}  # (豪州が独立した政策をとっていると評価した: whom the clause is about)
# Documents that stand for the body that issued them: 国連決議, G7声明
ISSUER_NOUNS = frozenset({"決議", "声明", "共同声明", "首脳宣言", "宣言", "報告書", "決議案", "談話", "論評", "書簡", "社説"})
# Determiners inside a country phrase: 日豪両政府, G7各国
PHRASE_DETERMINERS = frozenset({"両", "各", "全", "か", "カ", "ヶ", "ヵ", "ケ"})
# A bare 政府 in Japanese news is Japan's own government; so is a ministry or agency named with no country
# (外務省, 水産庁, 経済産業省): foreign ones always carry their country (米国務省, ロシア国防省).
DOMESTIC_BODIES = frozenset({"政府", "外務省", "防衛省", "海上保安庁", "官邸", "首相官邸", "自衛隊",
                             "航空自衛隊", "海上自衛隊", "陸上自衛隊", "統合幕僚監部"})  # (its branches: 航空自衛隊の戦闘機が緊急発進した)
DOMESTIC_BODY_ENDINGS = ("省", "庁")
# An article that mentions Japan anywhere (日本, 日米, 訪日, 駐日 ...): its unqualified 政府 is Japan's
# Leaving the country as what is asked of someone: an expulsion, so a demand (国外退去を求めた)
EXPULSION_NOUNS = frozenset({"国外退去", "追放", "国外追放"})  # (not 退去 alone: ships leave too)
# The phrases an event noun takes for whom it is aimed at (ウクライナへの支援, 中国に対する制裁)
NOMINAL_TARGET_MARKERS = frozenset({"への", "に対する", "に対し", "向け", "向けの"})
# What is asked, turned down with no one named (要求を拒否した, 受け入れを拒否した): the last request aimed at the refuser
REQUEST_WORDS = frozenset({"要求", "要請", "求め", "要望", "受け入れ", "受入れ", "申し入れ", "提案", "呼びかけ"})
ANNOUNCEMENT_NOUNS = frozenset({"表明", "発表", "決定"})  # (日本の支援表明を歓迎した: the announcer's)
ORDER_NOUNS = frozenset({"処分", "命令", "措置"})  # (追放処分, 退去命令: an expulsion ordered)
PEOPLE_COUNT = re.compile(r"[0-9０-９一二三四五六七八九十数]+[人名]")  # (外交官2人, 職員数人)
GOVERNMENT_HEADS = frozenset({"政府", "政権"})  # (チェコ政府: whose government the article is about)
MENTIONS_JAPAN = re.compile(r"日本|日[米中韓露朝豪比印英仏独欧]|[訪来駐在離]日|官房長官|首相官邸")
# ... except the names of ministries Japan does not have, which stand for the country the text is about.
FOREIGN_BODIES = frozenset({"国務省", "国防総省", "国防省", "商務省", "司法省", "内務省", "国土安全保障省",
                            "外務・英連邦省", "エネルギー省", "財務省", "国家安全省", "公安省"})
# Summoning someone to tell them something: the one summoned is the target of what follows
# (トルコ大使を呼んで抗議した, 駐日大使を呼び出し、抗議した)
# Verbs of hosting an event: the host receives the event's parties (協議を主催した)
HOSTING_VERBS = frozenset({"主催"})
RESTRAINT_WORDS = frozenset({"自制", "冷静", "緊張緩和"})  # (自制を求めた: asked of both sides when no one is named)
TALKS = frozenset({"negotiatesWith", "meetsWith"})  # (events held between sides: 協議, 会談, 交渉)
# Holding an event (首脳会談をイスタンブールで開催する): of others' talks, the holder hosts them
HOLDING_VERBS = frozenset({"開催", "開く", "受け入れる"})  # (両国の和平協議を受け入れる用意: taking in others' talks)
# Verbs of holding a meeting (会合は米国の要請で開かれた, 招集された)
CONVENING_VERBS = frozenset({"開催", "開く", "招集"})
# Offering a venue for others' talks hosts them (会談の場を提供する, 対話の場を設ける): the venue nouns and verbs
VENUE_NOUNS = frozenset({"場", "舞台"})
VENUE_VERBS = frozenset({"提供", "設ける", "用意"})
# Verbs of deliberating that carry the event they discuss, as a plan (対ロ追加制裁を協議する: sanctions, hedged); they
# stay relations of their own (AとBが協議した)
DELIBERATING_VERBS = frozenset({"協議", "議論", "話し合う", "審議"})
# Verbs of refusing what was asked (要求を拒否した): they reject the one who asked
REFUSING_VERBS = frozenset({"拒む", "拒否", "断る", "退ける", "拒絶", "一蹴"})
# Using force against someone attacks them (…に対して武力を行使する, 軍事力を行使した)
FORCE_NOUNS = frozenset({"武力", "軍事力"})
USING_VERBS = frozenset({"行使", "使う", "用いる"})
# Closing the border with a country is a measure against it (ベラルーシとの国境を閉鎖した)
CLOSING_VERBS = frozenset({"閉鎖", "封鎖"})
BORDER_NOUNS = frozenset({"国境", "国境検問所", "検問所", "国境通過点"})
# Standing with someone backs them (同盟国フィリピンと共に立つ)
STANDING_VERBS = frozenset({"立つ", "ある", "歩む"})
# Exchanging captives is done together (捕虜を交換した)
EXCHANGE_VERBS = frozenset({"交換"})
# Fights that two sides wage on each other: the war of A and B is each one's attack on the other
MUTUAL_FIGHTS = frozenset({"戦争", "交戦"})
CAPTIVE_NOUNS = frozenset({"捕虜", "人質", "拘束者", "遺体", "被拘束者", "戦争捕虜", "囚人", "受刑者"})
# Verbs of attending an event (a host receives whoever attends what it holds: 主催した夕食会に出席した)
ATTENDING_VERBS = frozenset({"出席", "参加", "臨む"})
# An event called off or put off did not take place (会議は延期され)
CALLED_OFF = frozenset({"延期", "中止", "見送る", "見送り", "取りやめる", "流会"})
# Verbs of receiving a visitor: a meeting after 〜を迎えて / 〜を招いて is with that visitor
INVITATION_NOUNS = frozenset({"招待", "招聘"})  # (台湾の招待を見送った: whom it invites)
RECEIVING_HOSTS = frozenset({"迎える", "招く", "招待", "出迎える"})
# Verbs of aiming that GiNZA may read as a clause of their own (〜に向けて発砲した)
AIMING_VERBS = frozenset({"向ける"})
PURPOSE_NOUNS = frozenset({"ため", "為"})  # (…の能力強化のための支援: what the support is for)
# Adverbs of manner that GiNZA may read as a verb of their own (相次いで: one after another); what it hangs on
# them (タイ首相と相次いで会談した: the partner) belongs to the verb they modify
MANNER_VERBS = frozenset({"次ぐ", "引き続く"})  # (相次いで, 引き続き)
# naming someone as a manner of another verb: エジプトを名指しで批判した, 名指しして非難した
NAMING_VERBS = frozenset({"名指し", "名指す"})
SUMMON_VERBS = frozenset({"呼ぶ", "呼び出す", "召致", "招致", "召喚"})
# A phone call: what the caller asks in its sentence is asked of whom they called (…に電話し、…を求めた)
CALL_VERBS = frozenset({"電話", "電話会談"})
# Prefixes of a posting: 駐日大使, 駐パキスタン大使 (the place is where the envoy serves)
POSTED_IN = frozenset({"駐", "在"})
# Verbs of receiving or answering a request (Xの要請を受けて, に応じて, に応えて): what is done so is done for the asker
ANSWERING_VERBS = frozenset({"受ける", "応じる", "応ずる", "応える"})
# Verbs of calling one's envoy home: a protest to the country the envoy is posted in (駐リトアニア大使を召還した)
RECALLING_VERBS = frozenset({"召還"})
POSTED_IN_JAPAN = frozenset({"駐日", "在日"})  # (在日中国大使館: the place written into the prefix)
# Titles of envoys: written after an organisation (国連大使) they name the posting, not whom the envoy acts for
# What an act is done as part of (ウクライナ支援の一環として関税を撤廃した: the event is the doer's too)
PART_NOUNS = frozenset({"一環"})
# An event under way (訪問中のアルメニア国防相: visiting now)
ONGOING_SUFFIXES = frozenset({"中"})
# Suffixes of time written onto an event noun (侵攻後, 会談前, 併合以降): the event's arguments hang on them
TIME_SUFFIXES = frozenset({"後", "前", "以降", "以来", "直後", "直前"})
# Summits, cues of meeting (日米韓首脳会議): an organisation written before one holds it, it is no side
SUMMIT_WORDS = frozenset({"首脳会議", "外相会議", "首脳会合", "外相会合"})
EMBASSY_WORDS = ("大使館", "領事館", "総領事館", "代表部")
# Verbs of working at a place (大使館に勤務する外交官: the embassy's)
WORKING_VERBS = frozenset({"勤務", "勤める", "所属", "駐在", "在籍"})
ENVOY_TITLES = frozenset({"大使", "次席大使", "常駐代表", "代表", "大使ら", "代表部", "武官", "駐在武官", "国防武官"})
# Honorifics after a name
# Honorifics that are also characters of given names (林佩君, 王君)
NAME_HONORIFICS = frozenset({"君"})
HONORIFICS = frozenset({"氏", "さん", "氏ら", "容疑者", "君", "様", "本人", "ら", "師"})  # (師: ハメネイ師)
# Anaphors: the kind they refer back to
# Words for two people named just before them (ムタリカ、サミア両氏)
PAIR_WORDS = frozenset({"両氏", "両首脳", "両外相", "両大統領", "両首相"})
# Titles of people a pair anaphor cannot stand for (両首脳 are leaders, not a spokesperson quoted in between)
_NOT_LEADERS = ("報道官", "報道局長", "特使", "大使", "相", "長官", "補佐官", "事務局長")  # (商務相: a minister)
PAIR_EXCLUDED_TITLES = {"両首脳": _NOT_LEADERS, "両大統領": _NOT_LEADERS, "両首相": _NOT_LEADERS,
                        "両外相": ("報道官", "特使", "大使", "首相", "大統領", "国家主席")}
PAIR_TITLES = {"両首脳": ("首相",), "両大統領": (), "両首相": ("首相",), "両外相": ("外相",)}  # (首相 ends in 相 too)
ANAPHORS = {
    "同氏": "person", "彼": "person", "彼女": "person", "同大統領": "person", "同首相": "person", "同外相": "person",
    "同報道官": "person", "同国": "country", "両国": "country", "同省": "government", "同庁": "government", "同局": "government", "同公社": "government",
    # (同裁判所, 同委員会: the last actor named with that word: see kg.link)
    "同裁判所": "actor", "同委員会": "actor", "同機関": "actor", "同組織": "actor", "同政権": "country",
    "同国政府": "country", "両国政府": "country", "両首脳": "person", "両氏": "person", "両外相": "person", "両者": "actor",
    "双方": "actor",
    # 暫定政権は: written bare, the government of that kind the article last named (バングラデシュ暫定政権)
    **{kind + head: "regime" for kind in GOVERNMENT_KINDS for head in ("政権", "政府")},
    # 同相は, 同長官は, 同大使は: "the said minister": the person last written with that title (同相: any minister)
    **{"同" + role: "person" for role in ROLE_NOUNS - frozenset({
        "高官", "当局者", "関係者", "政府高官", "政府当局者", "幹部", "閣僚", "外交官", "大使館員", "首脳", "指導者"})},
    "同相": "person",
}
# A state company introduced by what it is: ロシア国営ガス企業ガスプロム (the country, 国営, the kind of company)
COMPANY_NOUNS = frozenset({"企業", "会社", "公社", "石油会社", "通信社"})
STATE_OWNED = frozenset({"国営", "国有"})
# katakana words for a company's people written where its name would be (ロシア国営企業トップ: its head)
COMPANY_PEOPLE = frozenset({"トップ", "グループ", "メンバー", "スタッフ", "リーダー", "オーナー", "エンジニア", "チーム"})
# A shortfall in an event (協力不足, 対応の遅れ, 合意違反) is the shortfall of the party that falls short
SHORTFALL_NOUNS = frozenset({"不足", "欠如", "遅れ", "違反", "不履行"})
# Kinds of group written before a group's name (武装勢力パキスタン・タリバン運動, 準軍事組織「即応支援部隊」)
GROUP_CLASSES = frozenset({"武装勢力", "反政府勢力", "反政府武装勢力", "武装組織", "過激派", "過激派組織", "イスラム過激派",
                           "イスラム組織", "イスラム武装組織", "イスラム主義組織", "準軍事組織", "民兵組織", "反政府組織",
                           "分離独立派", "分離主義勢力", "少数民族武装勢力", "テロ組織", "武装集団"})
# What a quoted group name may follow (武装組織「ジェイシ・アドル」, ハッカー集団「APT31」)
GROUP_KIND_ENDINGS = tuple(GROUP_CLASSES) + ("組織", "勢力", "集団", "グループ", "戦線", "民兵")
# Anaphors that refer to the person the text is about (its topic), not merely the last one named
TOPIC_ANAPHORS = frozenset({"同氏"})
# Head nouns of a non-state group's name, when the article defines the name with an acronym
# (国民統一政府（NUG）, アラカン軍（AA）) or introduces it in quotes (準軍事組織「即応支援部隊」（RSF）)
GROUP_HEADS = frozenset({"部隊", "勢力", "組織", "政府", "運動", "戦線", "党", "軍", "連合", "評議会", "同盟", "旅団",
                         "民兵", "武装勢力", "革命防衛隊"})
# Listing someone as a measure's target: 〜を制裁対象に指定した, 〜を輸出規制の対象リストに加えた
TARGET_NOUNS = frozenset({"対象", "リスト", "対象リスト"})
LISTING_VERBS = frozenset({"加える", "指定", "追加", "含める", "認定", "載せる"})
# Verbs of agreeing: the parties agreeing cooperate (a symmetric relation needs two of them)
AGREEMENT_VERBS = frozenset({"合意", "一致"})
# Joint exercises and patrols are cooperation between whoever holds them (米韓合同演習, 共同訓練を実施した)
EXERCISE_NOUNS = frozenset({"演習", "訓練", "パトロール", "巡視", "哨戒", "航行", "作戦", "飛行", "巡航", "行動"})  # (共同飛行)
JOINT_WORDS = frozenset({"合同", "共同"})
OBLIGATION_WORDS = frozenset({"べし", "べき"})  # (日本は干渉すべきではない: what one should do, no act told)
INCLUDING_VERBS = frozenset({"含む", "含める"})  # (日本を含む各国: a member of the group named)
IN_MIND_NOUNS = frozenset({"念頭"})  # (中国を念頭に批判した: whom a statement is aimed at without naming them)
BETWEEN_NOUNS = frozenset({"間", "あいだ"})  # (EUとの間で合意した: the との-phrase of 間 is the partner)
# Titles of one office in different countries (4か国の防衛相: 小泉防衛相, ヘグセス国防長官, マールズ国防相)
_ROLE_FAMILY_LISTS = (
    {"防衛相", "国防相", "国防長官", "防衛大臣", "国防大臣", "国防省長官"},
    {"外相", "外務相", "外務大臣", "国務長官", "外務長官", "外交部長"},
    {"首脳", "首相", "大統領", "国家主席", "主席", "総理", "総理大臣", "国王", "首長"},
    {"財務相", "財務大臣", "財務長官", "財相"},
    {"国連大使", "常駐代表", "国連常駐代表"},
)
ROLE_FAMILIES = {word: frozenset(family) for family in _ROLE_FAMILY_LISTS for word in family}
# A state's ships and aircraft, written after its name (ロシア調査船, 中国軍機): at the head of a headline, the state
STATE_CRAFT = ("調査船", "観測船", "測量船", "軍艦", "艦艇", "艦船", "艦隊", "潜水艦", "駆逐艦", "軍機", "戦闘機", "爆撃機",
               "哨戒機", "偵察機", "無人機", "海警船", "公船", "巡視船", "海警局船")
# A number of countries (4か国): the countries listed or named before
COUNTED_COUNTRIES = frozenset({"か国", "カ国", "ヵ国", "ケ国", "ヶ国", "カ国"})
COUNTED_COUNTRIES_LABEL = "か国"
KANJI_NUMBERS = {"二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
# A statement written as the subject of a verb speaks for its issuer (声明は…と指摘した)
ISSUER_ANAPHORS = {noun: "issuer" for noun in ISSUER_NOUNS}
# First person inside a quotation: the speaker's side (「我々はそれを許さない」と彼は言った)
FIRST_PERSON = frozenset({"我々", "われわれ", "私たち", "わたしたち", "わが国", "我が国", "私"})
# Prefix that turns a following country into the object of a nominal event: 対ロ制裁, 対中関税
OBJECT_PREFIXES = frozenset({"対"})
# Nouns that name a measure or policy: the event compounded before them is what the phrase names
# (制裁措置, 禁輸措置, 支援策, 輸入停止措置)
# Markers of the agent of an event noun, never of a thing: ロシアによる侵攻
AGENT_OF_EVENT_MARKERS = frozenset({"による", "によって"})
# GiNZA's entity types of sums and counts (an amount before an event noun passes its arguments on)
AMOUNT_ENTITIES = frozenset({"Money", "N_Product", "N_Person", "N_Country", "Percent"})
MEASURE_NOUNS = frozenset({"措置", "策", "政策", "パッケージ"})
# Trade restrictions are sanctions (CAMEO 163, embargo): a restriction on trade, its target the country whose
# goods or trade it stops (日本産水産物の輸入を停止した, 輸出規制, 輸入停止措置)
TRADE_NOUNS = frozenset({"輸入", "輸出", "輸出入", "取引", "貿易", "通商", "禁輸", "通関"})  # (通関: customs clearance)
ORIGIN_SUFFIXES = frozenset({"産", "製"})
TRADE_SIDES = frozenset({"からの", "への", "向け", "向けの", "との"})  # (バングラデシュからの輸入, ロシアへの輸出, ミャンマーとの国境貿易)
RESTRICTION_WORDS = frozenset({"停止", "禁止", "規制", "制限", "管理", "中止", "規制強化", "一時停止", "全面停止",
                               "全面禁止", "削減", "縮小"})  # (電力輸出の削減: cut, not only stopped)
# What a restriction stops to be a sanction: trade, a supply (ウクライナへのガス供給を停止した, 送電の停止), or the
# passage or entry of a country's people and goods (キルギスからのトラックの通行を制限した, 日本からの入国を禁止した)
RESTRICTED_FLOWS = TRADE_NOUNS | {"供給", "送電", "輸送", "通行", "入国", "輸入品", "資格", "加盟資格", "搬入"}  # (加盟資格を停止: a member suspended)
# Procedures a flow goes through, which stand for it when compounded with it (通関手続き, 入国手続き)
PROCEDURE_NOUNS = frozenset({"手続き", "手続", "審査"})
# Verbs of bringing goods in: goods a clause imports come from its から-phrase (ケニアから輸入するセメント)
IMPORTING_VERBS = frozenset({"輸入"})
# Name-internal separators in katakana names: ジェイク・サリバン
NAME_JOINERS = frozenset({"・", "=", "＝"})
# Words that say an act is done as another was (同様に, 同様の, 同じく)
LIKEWISE_WORDS = frozenset({"同様", "同じく"})
# A katakana loanword of a follower of a creed (-ist: シオニスト, テロリスト, ファシスト) names a kind of people, not a
# person: シオニスト政権 is no one's government
FOLLOWER_ENDINGS = ("スト",)

# Nouns that link a clause to the next as a separate act (協力を強化する一方、抗議を控えた): what the next clause does
# not do is not the first clause's
LINKING_NOUNS = frozenset({"一方", "反面", "半面", "ほか", "傍ら", "かたわら"})
# Nouns whose clause is their content, not a relative clause with a gap (支援する可能性, 攻撃したとの報道):
# the clause's subject is found above them.
# Nouns that make the clause before them a noun: its content, not a noun it describes (体当たりしたことを否定)
NOMINALISERS = frozenset({"こと", "の", "わけ", "事実"})  # (…したわけではない, …した事実はない)
CONTENT_NOUNS = HEDGING_HEADS | NOMINALISERS | frozenset({"こと", "の", "方向", "立場", "狙い", "姿勢", "考え", "方針", "意向", "構え",
                                           "用意", "決定", "合意", "約束", "必要", "ため", "よう", "旨", "内容",
                                           # nouns that link clauses: 批判したうえで, 会談した後, 協議する際
                                           "うえ", "上", "後", "際", "一方", "ほか", "中", "なか", "結果", "直後", "前"}) | ISSUER_NOUNS
