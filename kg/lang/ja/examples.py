"""Example sentences for each construction the Japanese extractor reads, with what it should find.

Used by the model-backed tests (tests/test_extract_ja_model.py). Each entry is
(construction, sentence, expected [(subject, relation, object, flags)], absent [(subject, relation, object)]);
flags: "", "negated", "hedged". Mention texts are as written (linking resolves them later).
"""

EXAMPLES = [
    # case frames: が/は subject, を object, に/に対し target
    ("case-frame", "米国は中国に警告した。", [("米国", "warns", "中国", "")], []),
    ("case-frame", "日本政府は中国に対し抗議した。", [("日本政府", "protests", "中国", "")], []),
    ("case-frame", "ロシアはウクライナを攻撃した。", [("ロシア", "attacks", "ウクライナ", "")], []),
    # と partner; coordination
    ("partner", "米国と中国はローマで会談した。", [("米国", "meetsWith", "中国", "")], []),
    ("coordination", "日米韓は北朝鮮の弾道ミサイル発射を非難した。",
     [("日", "criticizes", "北朝鮮", ""), ("韓", "criticizes", "北朝鮮", "")], []),
    ("coordination", "日豪両政府は中国に自制を求めた。", [("日", "requests", "中国", ""), ("豪", "requests", "中国", "")], []),
    # passive
    ("passive", "ウクライナはロシア軍に攻撃された。", [("ロシア軍", "attacks", "ウクライナ", "")], []),
    ("passive", "北朝鮮は国連によって非難された。", [("国連", "criticizes", "北朝鮮", "")], []),
    # nominal events
    ("nominal", "中国のロシア支援が問題となっている。", [("中国", "supports", "ロシア", "")], []),
    ("nominal", "ロシアによるウクライナ侵攻が続いている。", [("ロシア", "invades", "ウクライナ", "")], []),
    ("nominal", "日本は対ロ制裁を強化した。", [("日本", "sanctions", "ロ", "")], []),
    ("visit-compound", "訪米中のラザロ外相は記者団に語った。", [("ラザロ", "visits", "米", "")], []),
    ("visit-compound", "インドのモディ首相は18日、来日した。", [("モディ", "visits", "日本", "")], []),
    # light verbs
    ("light-verb", "林外相は中国側に抗議を申し入れた。", [("林", "protests", "中国", "")], []),
    ("light-verb", "英国はウクライナへの支援を表明した。", [("英国", "supports", "ウクライナ", "")], []),
    ("light-verb", "ロシアは日本との協議に応じていない。", [("ロシア", "negotiatesWith", "日本", "negated")], []),
    # 〜を受ける
    ("receiving", "韓国は米国から支援を受けた。", [("米国", "supports", "韓国", "")], []),
    # negation and hedging
    ("negation", "インドはロシアを批判しなかった。", [("インド", "criticizes", "ロシア", "negated")], []),
    ("negation", "ブラジルはベネズエラ政府への批判は避けた。", [("ブラジル", "criticizes", "ベネズエラ政府", "negated")], []),
    ("negation", "中国はロシアのウクライナ侵略に対する批判を避けてきた。",
     [("中国", "criticizes", "ロシア", "negated"), ("ロシア", "invades", "ウクライナ", "")], []),
    ("hedge", "中国はロシアを支援する可能性がある。", [("中国", "supports", "ロシア", "hedged")], []),
    # a plan or consideration negated: the event under it is not to happen (検討していない, 予定はない)
    ("intent-negated", "木原氏は、中国への輸出を制限することは検討していないと述べた。",
     [("木原", "sanctions", "中国", "negated,hedged")], []),
    ("intent-negated", "木原氏は、中国への半導体製造装置の輸出を制限することについては「現時点で検討していない」と述べた。",
     [("木原", "sanctions", "中国", "negated,hedged")], []),
    ("intent-negated", "首相は、中国を訪問することについては「計画はない」と述べた。", [("首相", "visits", "中国", "negated,hedged")], []),
    ("intent-negated", "ロシアはウクライナを攻撃する意向はないと表明した。", [("ロシア", "attacks", "ウクライナ", "negated,hedged")], []),
    # a negating verb negated is a double negation: the event goes on (攻撃をやめておらず, 規制を撤回せず, 止めることはない)
    ("double-negation", "ロシア軍は停戦協議が続くなかでもウクライナ東部への攻撃をやめておらず、ウクライナ外務省はロシアを非難した。",
     [("ロシア軍", "attacks", "ウクライナ", "")], []),
    ("double-negation", "中国は、米国の半導体規制に対抗して導入した対米輸出規制を撤回しなかった。", [("中国", "sanctions", "米", "")], []),
    ("double-negation", "米国務省の報道官は、台湾への武器売却を止めることはないと表明した。", [("報道官", "supports", "台湾", "")], []),
    ("double-negation", "マクロン大統領は、ロシアによるキーウへの攻撃を非難する一方、ロシアとの対話を拒まない考えを示した。",
     [("マクロン", "criticizes", "ロシア", "")], []),
    # an act made a noun and said not done or not intended, wherever GiNZA hung the verb (批判することはしなかった,
    # 招くことは検討していない, 訪問する予定はない, 会談を行う予定は現時点ではない, 協議も当面行わない考え)
    ("act-not-done", "韓国の李在明大統領は、日本を名指しで批判することはしなかった。", [("李在明", "criticizes", "日本", "negated")], []),
    ("act-not-done", "インド政府は、習近平国家主席をインドに招くことは検討していないと説明した。",
     [("インド政府", "hosts", "習近平", "negated")], []),
    ("act-not-done", "ホワイトハウスのレビット報道官は、トランプ大統領が年内にロシアを訪問する予定はないと述べた。",
     [("トランプ", "visits", "ロシア", "negated,hedged")], []),
    ("act-not-done", "林官房長官は、北朝鮮と首脳会談を行う予定は現時点ではないとしつつ、対話を呼びかけた。",
     [("林", "meetsWith", "北朝鮮", "negated,hedged")], []),
    ("act-not-done", "中国は、対米輸出規制を撤回せず、米国との閣僚級協議も当面行わない考えを示した。",
     [("中国", "negotiatesWith", "米国", "negated")], []),
    # an event proposed is turned down with its proposal (北京訪問の打診を拒否した)
    ("proposal-refused", "中国政府は、日本の外相による北京訪問の打診を拒否した。", [("外相", "visits", "北京", "negated")], []),
    # an event of which a stopping noun is said (支援の一時停止, 協力の凍結) has stopped
    ("stopped-event", "米国のウクライナへの軍事支援の一時停止を受け、欧州が武器を調達している。",
     [("米国", "supports", "ウクライナ", "negated")], []),
    ("stopped-event", "日本政府は、ロシアとの経済協力の凍結を決めた。", [("日本政府", "cooperatesWith", "ロシア", "negated")], []),
    # blockades and restrictions on the passage or entry of a country's people and goods are sanctions
    ("restriction", "サウジアラビアはカタールに対する経済封鎖を続けた。", [("サウジアラビア", "sanctions", "カタール", "")], []),
    ("restriction", "カザフスタンはキルギスからの貨物トラックの通行を制限した。", [("カザフスタン", "sanctions", "キルギス", "")], []),
    ("restriction", "ロシアは日本の国会議員の入国を禁止した。", [("ロシア", "sanctions", "日本", "")], []),
    ("hedge", "インド外務省は、米国に仲介を要請したとの報道を否定した。",
     [("インド外務省", "requests", "米国", "negated,hedged")], []),
    # subjects across clause chains and the sentence topic
    ("clause-chain", "韓国外交省は同日、在韓ロシア大使を呼び出し、ロシアに厳重に抗議した。",
     [("韓国外交省", "protests", "ロシア", "")], []),
    # owners of what is acted on; quotation complements
    ("owner", "フィリピンの報道官は、中国側の行動を強く非難した。", [("報道官", "criticizes", "中国", "")], []),
    ("owner", "米国はエジプトとカタールの仲介努力を支持している。",
     [("米国", "supports", "エジプト", ""), ("米国", "supports", "カタール", "")], []),
    ("quote-complement", "林氏は米国の関与を「地域の緊張を高めるだけだ」と批判した。", [("林", "criticizes", "米国", "")], []),
    ("target-clause", "ベネズエラは米国が侵攻を計画していると非難した。", [("ベネズエラ", "accuses", "米国", "")], []),
    # relative clauses
    ("relative-clause", "ロシアを非難する国連決議が採択された。", [("国連", "criticizes", "ロシア", "")], []),
    ("relative-clause", "ロシアはプーチン大統領を批判する人物を暗殺した。", [], [("ロシア", "criticizes", "プーチン")]),
    # names and titles across the tokenizer's splits
    ("title", "カタールのムハンマド・ビン・アブドルラフマン・サーニー首相は声明を出した。",
     [("ムハンマド・ビン・アブドルラフマン・サーニー", "affiliatedWith", "カタール", "")], []),
    ("title", "欧州連合（EU）のカヤ・カラス外交安全保障上級代表はマリを批判した。",
     [("カヤ・カラス", "criticizes", "マリ", ""), ("カヤ・カラス", "affiliatedWith", "欧州連合", "")], []),
    ("reading", "北朝鮮の金正恩（キム・ジョンウン）総書記はプーチン大統領と会談した。",
     [("金正恩", "meetsWith", "プーチン", ""), ("金正恩", "affiliatedWith", "北朝鮮", "")], []),
    ("delegation", "エジプトの仲介団はイスラエル代表団と協議した。", [("エジプト", "negotiatesWith", "イスラエル", "")], []),
    # quotations: attributed to the speaker, 我々 is the speaker
    ("quotation", "中国外務省の趙立堅報道官は「米国はロシアを非難している」と述べた。",
     [("米国", "criticizes", "ロシア", "")], []),
    ("quotation", "シャリフ氏は「インドとの対話に応じる用意がある」と述べた。",
     [("シャリフ", "negotiatesWith", "インド", "hedged")], []),
    # the addressee of a request hangs on the よう-clause
    ("directive-addressee", "パキスタンのシャリフ首相はインドに協議の席に着くよう呼びかけた。",
     [("シャリフ", "requests", "インド", "")], []),
    ("directive-addressee", "米国は中国に対し、ロシアへの軍事支援をやめるよう求めた。", [("米国", "requests", "中国", "")], []),
    # title endings split by the tokenizer
    ("title", "豪州のドン・ファレル貿易・観光相は中国の王文濤商務相と会談した。",
     [("ドン・ファレル", "meetsWith", "王文濤", ""), ("ドン・ファレル", "affiliatedWith", "豪州", "")], []),
    # a lone family name that is also a place name is not a person
    ("bare-name", "高市首相は韓国南東部の安東を訪れた。", [], [("高市", "visits", "安東")]),
    # not complying with a request is rejecting whoever made it
    ("refusal", "日本は韓国側の要求には応じなかった。", [("日本", "rejects", "韓国", "")], []),
    ("refusal", "中国外務省は日本の抗議を受け入れなかった。", [("中国外務省", "rejects", "日本", "")], []),
    # the place written into the predicate
    ("place-in-predicate", "米国のウィトコフ特使は近くリヤド入りする予定だ。", [("ウィトコフ", "visits", "リヤド", "hedged")], []),
    ("target-clause", "フランスのバロ外相は「ロシアが停戦を拒み続けるなら、重い代償を払うことになる」と警告した。",
     [("バロ", "warns", "ロシア", "")], []),
    # voice and word order
    ("topic-object", "米国の制裁は中国が批判した。", [("中国", "criticizes", "米国", "")], []),
    ("causative", "ロシアはベラルーシに攻撃させた。", [], [("ロシア", "attacks", "ベラルーシ")]),
    ("hedge", "日本政府内では、日中首脳会談の調整が進んでいない。", [("日首脳", "meetsWith", "中首脳", "hedged")], []),
    ("negation", "インド軍がパキスタンを攻撃したことはない。", [("インド軍", "attacks", "パキスタン", "negated")], []),
    ("negation", "日本はロシアを支援する考えはない。", [("日本", "supports", "ロシア", "negated,hedged")], []),
    ("relative-clause", "日本が招待した韓国の趙顕外相も会合に出席した。", [("日本", "hosts", "趙顕", "")], []),
    # a leader's administration acts for the country, not as the leader
    ("leader-government", "バイデン政権は、中国がロシアの偽情報を広めていると非難している。",
     [("バイデン政権", "accuses", "中国", "")], [("バイデン", "accuses", "中国")]),
    # a と-clause labelled advcl is still the content of 主張 (hedged)
    ("hedge", "ザハロワ氏は、米国がウクライナの研究所に資金提供していると主張した。", [("米国", "supports", "ウクライナ", "hedged")], []),
    # a ministry or agency named with no country is Japan's own (外務省, 水産庁, 経済産業省); 科する as a light verb
    ("domestic-body", "経済産業省はロシアに制裁を科した。",
     [("経済産業省", "sanctions", "ロシア", ""), ("経済産業省", "affiliatedWith", "日本", "")], []),
    ("domestic-body", "水産庁はロシアとの協議を始めたい考えだ。", [("水産庁", "negotiatesWith", "ロシア", "hedged")], []),
    ("domestic-body", "国務省は中国を非難した。", [("国務省", "criticizes", "中国", "")], [("国務省", "affiliatedWith", "日本")]),
    # bodies below a ministry or an army, named after their country: the body acts for it
    ("government-body", "中国国務院台湾事務弁公室の陳斌華報道官は台湾を非難した。",
     [("陳斌華", "affiliatedWith", "中国国務院台湾事務弁公室", ""), ("中国国務院台湾事務弁公室", "affiliatedWith", "中国", ""),
      ("陳斌華", "criticizes", "台湾", "")], []),
    # a proper name the parser cut off as a sentence of its own stays with its phrase
    ("broken-parse", "中国人民解放軍東部戦区は台湾を威嚇した。", [("中国人民解放軍東部戦区", "threatens", "台湾", "")], []),
    ("broken-parse", "ロシア側の抗議は受け入れられないとの立場を示した。茂木敏充外相も中国を批判した。",
     [("茂木敏充", "criticizes", "中国", "")], [("敏充", "criticizes", "中国")]),
    # claims: a retort accuses whom its と-clause names; 主張/指摘 only when the clause names a wrongdoing
    ("claim", "中国外務省の毛寧報道官は、G7が「中国の内政に干渉している」と反発した。", [("毛寧", "accuses", "G7", "")], []),
    ("claim", "林剣報道官は、フィリピンの巡視船が「中国の領海に不法に侵入した」と主張した。",
     [("林剣", "accuses", "フィリピン", "")], []),
    ("claim", "バロ外相は、マリの軍政が反仏感情をあおっていると指摘した。", [("バロ", "accuses", "マリ", "")], []),
    ("claim", "ロシアは、ウクライナが協議に応じたと主張した。", [], [("ロシア", "accuses", "ウクライナ")]),
    # a rule or promise not kept is a wrongdoing (守っていない, 履行せず); kept, it is none
    ("claim", "ベトナム外務省の報道官は、カンボジアがメコン協定の手続きを守っていないと主張した。",
     [("報道官", "accuses", "カンボジア", "")], []),
    ("claim", "イラン外相は、米国が核合意の義務を履行していないと主張した。", [("イラン外相", "accuses", "米国", "")], []),
    ("claim", "外相は、北朝鮮が安保理決議を順守していると主張した。", [], [("外相", "accuses", "北朝鮮")]),
    ("claim", "ラブロフ外相は、フランスがチャドに圧力をかけていると主張した。", [("ラブロフ", "accuses", "フランス", "")], []),
    ("claim", "アラグチ外相は、イランが国際的な圧力にさらされていると主張した。", [], [("アラグチ", "accuses", "イラン")]),
    ("claim", "アラグチ外相は、ロシアが欧米から圧力を受けていると指摘した。", [], [("アラグチ", "accuses", "ロシア")]),
    # a が-subject written before a quotation is what the quoted clause is about, wherever the parser hangs it
    ("target-clause", "ベトナムの報道官は、カンボジアが「十分な情報共有をしないまま工事を進めた」と批判した。",
     [("報道官", "criticizes", "カンボジア", "")], []),
    ("target-clause", "外相は、ロシアが「停戦合意を守らずに攻撃を続けた」と非難した。", [("外相", "accuses", "ロシア", "")], []),
    # a quotation inside the clause, with the clause's verb after it, leaves the を-argument to that verb
    ("target-clause", "アラグチ外相は、アゼルバイジャンが自国の領土をイスラエルに「対イラン攻撃の拠点」として提供していると非難した。",
     [("アラグチ", "accuses", "アゼルバイジャン", "")], [("アラグチ", "criticizes", "イラン")]),
    # a region written like two abbreviations is no pair of countries (中米 is Central America)
    ("abbreviation", "中米コスタリカの政府は、ニカラグア政府に厳重に抗議した。", [("コスタリカ", "protests", "ニカラグア", "")],
     [("中", "protests", "ニカラグア"), ("米", "protests", "ニカラグア")]),
    ("abbreviation", "南米ペルーの外務省は、メキシコを非難した。", [("ペルー外務省", "criticizes", "メキシコ", "")], []),
    ("abbreviation", "中米両国は貿易協議で合意した。", [("中", "negotiatesWith", "米", "")], []),
    # a ministry with its country as the の-owner is that country's, not Japan's by default
    ("domestic-body", "北京の日本大使館も中国外務省に同様の抗議を行った。", [("日本大使館", "protests", "中国外務省", "")],
     [("北京日本大使館", "protests", "中国外務省")]),
    ("domestic-body", "インドの外務省は、カナダを非難した。", [("インド外務省", "criticizes", "カナダ", "")],
     [("外務省", "criticizes", "カナダ")]),
    # with a topic to speak, the が-subject opening a quotation is what the quotation is about
    ("target-clause", "ニカラグアの共同大統領も国営テレビで、コスタリカが「米国の手先として挑発を繰り返している」と非難した。",
     [("大統領", "accuses", "コスタリカ", "")], [("コスタリカ", "accuses", "米国")]),
    ("target-clause", "中国外務省の報道官も、フィリピンが「域外国と結託して緊張をあおっている」と非難した。",
     [("報道官", "accuses", "フィリピン", "")], []),
    # (not when the verb is in a clause made a noun: its が-subject is its own speaker)
    ("target-clause", "ネタニヤフ首相は、国連が「イスラエルがガザで戦争犯罪を行った」と非難したことを批判した。",
     [("国連", "criticizes", "イスラエル", "")], [("ネタニヤフ", "accuses", "国連")]),
    # a passive's topic and から-agent written before a quotation are the passive verb's, wherever GiNZA hangs them
    ("passive", "ニカラグアは米国から「地域の安定を脅かしている」と繰り返し批判されている。", [("米国", "criticizes", "ニカラグア", "")], []),
    ("passive", "イランは欧州連合から「核合意に違反している」と非難された。", [("欧州連合", "criticizes", "イラン", "")], []),
    # a stop of an event is a phase of it that negates it (協力の停止); hinting at an event (示唆) states it, hedged
    ("phase", "チャドのデビ大統領は、ロシアとの軍事協力の停止も示唆した。", [("デビ", "cooperatesWith", "ロシア", "negated,hedged")], []),
    ("phase", "日本政府は、米国との協議の中断を決めた。", [("日本政府", "negotiatesWith", "米国", "negated")], []),
    ("phase", "米国はウクライナへの軍事支援の継続を表明した。", [("米国", "supports", "ウクライナ", "")], []),
    ("light-verb", "米国は中国への追加制裁を示唆した。", [("米国", "sanctions", "中国", "hedged")], []),
    # comment withheld about something (について) is a criticism withheld, wherever the parser hangs the phrase
    ("negation", "米国務省はチャドの決定について論評を控えた。", [("米国務省", "criticizes", "チャド", "negated")], []),
    # the last part of a katakana name joined by ・ is part of the name before a title, whatever it is tagged
    ("title", "イランの革命防衛隊地上部隊のモハンマド・カラミ司令官は「隣国がシオニスト政権に協力するなら、代償を払う」とアゼルバイジャンに警告した。",
     [("モハンマド・カラミ", "warns", "アゼルバイジャン", "")], []),
    # a retort that something voiced is wrong rejects whoever voiced it
    ("claim", "林官房長官は、中国側の批判は当たらないと反論した。", [("林", "rejects", "中国", "")], []),
    ("claim", "バングラデシュ外務省は、インド側の指摘は「誇張されている」と反論した。", [("バングラデシュ外務省", "rejects", "インド", "")], []),
    # a rebuttal aimed at what someone voiced rejects them too (…の主張には「…」と反論した, …の主張に反論した); a
    # reaction against it (反発) opposes
    ("rebuttal", "キルギスのクルバエフ外相は、カザフ側の主張には「何の根拠もない」と反論し、証拠を示すよう求めた。",
     [("クルバエフ", "rejects", "カザフ", "")], []),
    ("rebuttal", "クロアチアのプレンコビッチ首相は、ボスニア側の懸念には「科学的な根拠がない」と反論した。",
     [("プレンコビッチ", "rejects", "ボスニア", "")], []),
    ("rebuttal", "中国外務省は日本の主張に反論した。", [("中国外務省", "rejects", "日本", "")], []),
    ("rebuttal", "中国外務省は日本の主張に強く反発した。", [("中国外務省", "opposes", "日本", "")], [("中国外務省", "rejects", "日本")]),
    # a に-phrase inside a relative clause on the thing asked for is that clause's, not the request's addressee
    ("addressee", "林官房長官は、中国に進出した日本企業への支援を求めた。", [], [("林", "requests", "中国")]),
    ("addressee", "EUは、ロシアに侵攻されたウクライナへの支援を求めた。", [], [("EU", "requests", "ロシア")]),
    ("addressee", "米国務省は、イランに向かう船舶の安全確保を求めた。", [], [("米国務省", "requests", "イラン")]),
    # who is to act in a よう-clause is whom the request asks, wherever the parser hangs the が-subject
    ("addressee", "ロシア外務省は、日本が「非友好的な政策」を改めるよう要求した。", [("ロシア外務省", "demands", "日本", "")],
     [("日本", "demands", "ロシア外務省")]),
    ("addressee", "中国はフィリピンが挑発をやめるよう求めた。", [("中国", "requests", "フィリピン", "")], []),
    ("addressee", "米国は、ロシアが停戦に応じるよう求めた。", [("米国", "requests", "ロシア", "")], []),
    # (an addressee written is whom it asks; the が-subject of the clause is not, nor the asker's object)
    ("addressee", "中国は、米国が台湾に武器を売却しないよう日本に求めた。",
     [("中国", "requests", "日本", ""), ("米国", "supports", "台湾", "negated,hedged")],
     [("中国", "requests", "米国"), ("米国", "requests", "中国"), ("日本", "supports", "台湾")]),
    # a titled name listed before one written with its country hangs on that country; it is still listed
    ("coordination", "トルコのフィダン外相は、フィキ氏とエチオピアのゲディオン・ティモテオス外相とそれぞれ会談した。",
     [("フィダン", "meetsWith", "フィキ", ""), ("フィダン", "meetsWith", "ゲディオン・ティモテオス", "")], []),
    ("coordination", "国連のグルンドバーグ特使は、フーシ派のアブドルサラム氏、サウジのジャービル大使とそれぞれ会談した。",
     [("グルンドバーグ", "meetsWith", "アブドルサラム", ""), ("グルンドバーグ", "meetsWith", "ジャービル", "")], []),
    # titled names listed with commas before a subject are subjects with it (the parser hangs them on the verb)
    ("coordination", "小泉進次郎防衛相、ピート・ヘグセス米国防長官、オーストラリアのリチャード・マールズ副首相兼国防相はマニラで会談した。",
     [("小泉進次郎", "meetsWith", "ピート・ヘグセス", ""), ("小泉進次郎", "meetsWith", "リチャード・マールズ", "")], []),
    ("hosting", "フィリピン政府が主催した会談には、小泉進次郎防衛相、ピート・ヘグセス米国防長官、フィリピンのギルベルト・テオドロ国防相が出席した。",
     [("フィリピン政府", "hosts", "小泉進次郎", ""), ("フィリピン政府", "hosts", "ピート・ヘグセス", "")], []),
    # the host of talks receives those who, later in the sentence, hold them
    ("hosting", "カタール政府が主催した協議は首都ドーハで開かれ、パキスタンのアシフ国防相とアフガニスタンのヤクーブ国防相が直接協議した。",
     [("カタール政府", "hosts", "アシフ", ""), ("カタール政府", "hosts", "ヤクーブ", "")], []),
    ("hosting", "サウジアラビアが主催した会議は延期され、米国とロシアは別途協議した。", [],
     [("サウジアラビア", "hosts", "米国"), ("サウジアラビア", "hosts", "ロシア")]),
    # a warning addressed to no one, by a speaker whose side has just aimed an act at a country, is addressed to it
    ("warning", "ロシア外務省は、ノルウェーに演習の中止を要求した。ザハロワ報道官は、演習が強行されれば「相応の対抗措置を取る」と警告した。",
     [("ザハロワ", "warns", "ノルウェー", "")], []),
    ("warning", "ロシア外務省のザハロワ報道官は、ノルウェーを非難した。同氏は「相応の対抗措置を取る」と警告した。",
     [("同氏", "warns", "ノルウェー", "")], []),
    ("warning", "中国外務省は日本に抗議した。ロシア外務省の報道官は「必要な措置をとる」と警告した。", [],
     [("報道官", "warns", "日本")]),
    # (a caution that threatens nothing, or one with its addressee written, is not aimed at the adversary)
    ("warning", "毛寧報道官は、フィリピンに抗議した。同氏は、地震による津波の恐れがあると警告した。", [], [("同氏", "warns", "フィリピン")]),
    ("warning", "ロシア外務省は、ノルウェーに演習の中止を要求した。ザハロワ報道官は、国民に対し、ノルウェーへの渡航を控えるよう警告した。",
     [], [("ザハロワ", "warns", "ノルウェー")]),
    # an event written onto a phase of it (支援継続, 制裁強化) is read from the phase noun; a stop negates it
    ("phase", "中国外務省は、カンボジアへの支援継続を表明した。", [("中国外務省", "supports", "カンボジア", "")], []),
    ("phase", "EUは対ロ制裁強化を決めた。", [("EU", "sanctions", "ロ", "")], []),
    ("phase", "米国はウクライナへの軍事支援停止を発表した。", [("米国", "supports", "ウクライナ", "negated")], []),
    # (a stop denied, withdrawn or not considered says nothing sure of the event)
    ("phase", "米国は、ウクライナへの軍事支援の停止を否定した。", [], [("米国", "supports", "ウクライナ")]),
    ("phase", "ロシアは、国連との協力の中断を撤回した。", [], [("ロシア", "cooperatesWith", "国連")]),
    ("phase", "米国は、対ロ制裁の停止を検討していないと述べた。", [], [("米国", "sanctions", "ロ")]),
    ("phase", "トルコは、スウェーデンへの武器禁輸の打ち切りを決めた。", [("トルコ", "sanctions", "スウェーデン", "negated")], []),
    # a state body whose name does not say whose it is (国防総省, 人民解放軍, 革命防衛隊) is of the country it is known for
    ("state-body", "国防総省は、中国を非難した。", [("国防総省", "affiliatedWith", "米国", ""), ("国防総省", "criticizes", "中国", "")], []),
    ("state-body", "革命防衛隊はイスラエルを攻撃した。", [("革命防衛隊", "affiliatedWith", "イラン", "")], []),
    # a person in an unnamed unit of a country acts for the country (the unit is no entity of its own)
    ("title", "イランの革命防衛隊地上部隊のモハンマド・カラミ司令官は、アゼルバイジャンを非難した。",
     [("モハンマド・カラミ", "criticizes", "アゼルバイジャン", "")], []),
    # a relative clause that goes for each (相次いで, それぞれ) modifies every member of the list its noun opens
    ("relative-clause", "フィダン外相は、アンカラを相次いで訪れたフィキ氏とエチオピアのゲディオン外相とそれぞれ会談した。",
     [("フィキ", "visits", "アンカラ", ""), ("ゲディオン", "visits", "アンカラ", "")], [("エチオピア", "visits", "アンカラ")]),
    ("relative-clause", "北京を訪れたフィキ氏とエチオピアのゲディオン外相は会談した。", [("フィキ", "visits", "北京", "")],
     [("ゲディオン", "visits", "北京")]),
    # a government described by who leads it is its country's, not the default Japan
    ("government-kind", "スーダンの国軍主導の政府は、チャドを非難した。", [("スーダン", "criticizes", "チャド", "")], []),
    # a verb the parser hung as punctuation is negated by nothing around it (根拠がない stays inside the quotation)
    ("negation", "カンボジア外務省も、ベトナムの主張を「根拠がない」と退ける声明を出した。",
     [("カンボジア外務省", "rejects", "ベトナム", "")], []),
    # a family name tagged as a conjunction before 氏 is still the name
    ("honorific", "チン氏は「カンボジアによる一方的な開発には反対する」と述べた。", [("チン", "opposes", "カンボジア", "")], []),
    # "both sides" of a coordinated の-phrase are the parties themselves
    ("both-sides", "北大西洋条約機構のマルク・ルッテ事務総長は、ギリシャとトルコの双方に自制を求めた。",
     [("マルク・ルッテ", "requests", "ギリシャ", ""), ("マルク・ルッテ", "requests", "トルコ", "")], []),
    # the owner of a thing acted on, down a chain of の and from a place in the thing's name
    ("possessor", "アゼルバイジャンはアルメニア憲法の前文の改正を改めて要求した。",
     [("アゼルバイジャン", "demands", "アルメニア", "")], []),
    # one katakana word before a title is a family name; before 政権, the leader's government
    ("katakana-name", "ザハロワ報道官はアルメニアの対応を批判した。", [("ザハロワ", "criticizes", "アルメニア", "")], []),
    ("leader-government", "パシニャン政権は中国を批判した。", [("パシニャン政権", "criticizes", "中国", "")], []),
    ("katakana-name", "メディア担当官は日本を批判した。", [], [("メディア", "criticizes", "日本")]),
    # an event through a stance or phase noun to the verb that carries it
    ("light-verb", "ロシアはセルビア支持の姿勢を鮮明にしている。", [("ロシア", "supports", "セルビア", "")], []),
    ("light-verb", "サウジはスーダンへの人道支援の拡大を表明した。", [("サウジ", "supports", "スーダン", "")], []),
    ("light-verb", "G7はロシアへの追加制裁を検討する方針を示した。", [("G7", "sanctions", "ロシア", "hedged")], []),
    ("light-verb", "日本は中国への抗議の姿勢を崩さなかった。", [], [("日本", "protests", "中国")]),
    # a quotation is the criticism itself; reported content alleges an act
    ("target-clause", "ゼレンスキー大統領は「ロシアは和平を望んでいない」と非難した。",
     [("ゼレンスキー", "criticizes", "ロシア", "")], [("ゼレンスキー", "accuses", "ロシア")]),
    # an exchange goes both ways between the coordinated subjects
    ("reciprocal", "インド陸軍とパキスタン軍が激しい砲撃を交わした。",
     [("インド陸軍", "attacks", "パキスタン軍", ""), ("パキスタン軍", "attacks", "インド陸軍", "")], []),
    # the parser hangs a に-event on the verb of the stance noun; the verb that takes it carries its polarity
    ("negation", "ミツォタキス首相は、エルドアン大統領との首脳会談には当面応じない考えを示した。",
     [("ミツォタキス", "meetsWith", "エルドアン", "negated,hedged")], []),
    # 駐X大使: X is where the envoy serves, not whom they act for
    ("title", "パキスタンのダール外相は、中国の姜再冬駐パキスタン大使と会談した。",
     [("姜再冬", "affiliatedWith", "中国", ""), ("ダール", "meetsWith", "姜再冬", "")], [("姜再冬", "affiliatedWith", "パキスタン")]),
    # a set made of things owned by several actors: each owner
    ("possessor", "米財務省は、ロシアの海運会社や北朝鮮の貿易会社など計8団体と個人5人に制裁を科した。",
     [("米財務省", "sanctions", "ロシア", ""), ("米財務省", "sanctions", "北朝鮮", "")], []),
    # summoning someone to tell them: the one summoned is the target
    ("summon", "外務省は中国の呉江浩駐日大使を呼び出し、強く抗議した。", [("外務省", "protests", "呉江浩", "")], []),
    # a named を-object is the target even when a quotation before it names someone (the parser may hang the
    # speaker inside the quoted clause)
    ("target-clause", "ザハロワ報道官は記者会見で、制裁は「日ロ関係を損なうものだ」と日本を批判した。",
     [("ザハロワ", "criticizes", "日本", "")], []),
    # a warning chained after a clause of the same speaker is addressed to that clause's object
    ("chained-target", "中国は米国を非難し、「報復する」と警告した。", [("中国", "warns", "米国", "")], []),
    ("chained-target", "中国は米国を非難し、日本は中国に警告した。", [("日本", "warns", "中国", "")], [("日本", "warns", "米国")]),
    # a と-clause's own が-subject that the parser hangs on the verb above: the は-topic speaks, the clause
    # is about the が-subject; what the clause says was done is the speaker's charge (hedged)
    ("stranded-subject", "ロシア外務省の報道官は、ウクライナがロシアの原発を攻撃したと非難した。",
     [("報道官", "accuses", "ウクライナ", ""), ("ウクライナ", "attacks", "ロシア", "hedged")],
     [("ウクライナ", "criticizes", "報道官"), ("報道官", "attacks", "ロシア")]),
    ("stranded-subject", "イスラエルのカッツ国防相は、イランがヒズボラに武器を供与していると非難した。",
     [("カッツ", "accuses", "イラン", ""), ("イラン", "supports", "ヒズボラ", "hedged")], [("イラン", "criticizes", "カッツ")]),
    # a clause chain states its subject once, on its first clause
    ("chain-subject", "ポーランドのシコルスキ外相は、ロシアが「国境に部隊を集め、欧州を脅している」と非難した。",
     [("シコルスキ", "accuses", "ロシア", "")], []),
    # a に-phrase under the object's noun is the verb's target (a noun takes への, not に)
    ("stranded-target", "フィリピンのマルコス大統領は、日本に巡視船の追加供与を要請した。",
     [("マルコス", "requests", "日本", "")], []),
    ("stranded-target", "韓国政府は米国などに半導体の輸出規制の緩和を求めた。", [("韓国政府", "requests", "米国", "")], []),
    # a katakana name joined by ・ is one name, also where the parser cuts the sentence inside it
    ("name", "ウクライナのアンドリー・シビハ外相は、トルコに謝意を示した。",
     [("アンドリー・シビハ", "affiliatedWith", "ウクライナ", "")], [("アンドリー", "affiliatedWith", "ウクライナ")]),
    # a government with an の-owner is that country's, never the default Japan of a bare 政府
    ("owner", "タイの政府は、ミャンマー難民の受け入れでASEANと協力する方針を示した。",
     [("タイ", "cooperatesWith", "ASEAN", "hedged")], [("日本", "cooperatesWith", "ASEAN")]),
    # opposing, rejecting or welcoming an event is directed at whoever carries it out (its による/の owner)
    ("possessor", "中国外務省の報道官は、米国と欧州連合による制裁に反対した。",
     [("報道官", "opposes", "米国", ""), ("報道官", "opposes", "欧州連合", "")], []),
    # the delegations of coordinated sides stand for each side
    ("owner", "カタールはイスラエルとハマスの代表団をドーハに招いた。",
     [("カタール", "hosts", "イスラエル", ""), ("カタール", "hosts", "ハマス", "")], []),
    # an event whose subject stays in a stopped state did not go on (〜したままだ)
    ("negation", "米国とイランの間接協議は中断したままとなっている。", [("米国", "negotiatesWith", "イラン", "negated")], []),
    ("negation", "日韓の防衛協議は凍結されたままだ。", [("日", "negotiatesWith", "韓", "negated")], []),
    # a measure noun names the event compounded before it
    ("measure", "米国は中国に制裁措置を科した。", [("米国", "sanctions", "中国", "")], []),
    ("measure", "日本はウクライナへの支援策を発表した。", [("日本", "supports", "ウクライナ", "")], []),
    # trade restrictions are sanctions against the country whose goods or trade they stop
    ("trade-restriction", "中国は日本産水産物の輸入を停止した。", [("中国", "sanctions", "日本", "")], []),
    ("trade-restriction", "EUはロシア産原油の禁輸措置を決めた。", [("EU", "sanctions", "ロシア", "")], []),
    ("trade-restriction", "米国は中国に対する半導体の輸出規制を強化した。", [("米国", "sanctions", "中国", "")], []),
    ("trade-restriction", "インドは輸出を制限しない方針を示した。", [], [("インド", "sanctions", "インド")]),
    # a relative clause the parser hangs on the possessor modifies the whole phrase (the minister visited)
    ("relative-clause", "王毅外相は、北京を訪問したミャンマーの外相と会談した。",
     [("外相", "visits", "北京", "")], [("ミャンマー", "visits", "北京")]),
    # a meeting after 〜を迎えて is with the one received
    ("received", "中国の王毅外相は、ミャンマーの外相を迎えて会談した。", [("王毅", "meetsWith", "外相", "")], []),
    ("received", "岸田首相はインドのモディ首相を官邸に迎えて会談した。", [("岸田", "meetsWith", "モディ", "")], []),
    # what a request asks for is to be done by the addressee, and has not happened
    ("directive-content", "米国は中国にロシアへの軍事支援をやめるよう求めた。",
     [("中国", "supports", "ロシア", "negated,hedged"), ("米国", "requests", "中国", "")], [("米国", "supports", "ロシア")]),
    ("directive-content", "エルドアン大統領は、ロシアとウクライナの双方に港湾施設への攻撃をやめるよう求めた。",
     [], [("エルドアン", "attacks", "ロシア"), ("ロシア", "attacks", "ウクライナ")]),
    # a thing written as the topic before a quotation is what the verb is about; its owner is the object
    ("topic-thing", "米国の大使は会見で、中国の措置は「経済的威圧にほかならない」と批判した。",
     [("大使", "criticizes", "中国", "")], []),
    ("topic-thing", "中国外務省の毛寧報道官は、日本の抗議は「受け入れられない」と退けた。", [("毛寧", "rejects", "日本", "")], []),
    ("topic-thing", "イラン外務省のバガイ報道官は、IAEAの要求は「政治的な動機に基づくものだ」と批判した。",
     [("バガイ", "criticizes", "IAEA", "")], []),
    # a subject inside a quotation belongs to the quoted clause, not to the verb outside it
    ("quoted-subject", "マリの暫定大統領は演説し、「フランスは今もわが国の主権を尊重していない」と批判した。",
     [("大統領", "criticizes", "フランス", "")], []),
    # a warning is addressed to whom the threatened act is aimed at
    ("warning-target", "米国の大統領は、戦闘が続けばインドに貿易面で厳しい措置をとると警告した。", [("大統領", "warns", "インド", "")], []),
    ("warning-target", "中国外務省は、日本に対抗措置をとると警告した。", [("中国外務省", "warns", "日本", "")], []),
    # name + country abbreviation + title, and a country abbreviation the parser split off a body
    ("title", "トランプ米大統領は中国を批判した。", [("トランプ", "affiliatedWith", "米", ""), ("トランプ", "criticizes", "中国", "")], []),
    ("title", "米国務省の報道官は中国に警告した。", [("米国務省", "affiliatedWith", "米", "")], [("国務省", "affiliatedWith", "日本")]),
    # a statement written as the subject speaks for its issuer: its の-owner, else whom the text is about
    ("issuer", "北朝鮮外務省の談話は、日本に対抗措置をとると警告した。", [("北朝鮮外務省", "warns", "日本", "")], []),
    ("issuer", "声明は、日本に対抗措置をとると警告した。", [("声明", "warns", "日本", "")], []),
    # a non-state group the article defines with its acronym (in quotes or headed by a group noun) is an actor,
    # under its name and its acronym
    ("group", "スーダンでは準軍事組織「即応支援部隊」（RSF）が攻勢を強めている。米国はRSFを非難した。",
     [("米国", "criticizes", "即応支援部隊", "")], []),
    # what a speaker who has just protested to someone (or to their envoy) asks of no one named is asked of them
    ("after-protest", "バーレーン外務省は同日、カタールの代理大使を呼び、「容認できない行為だ」と抗議した。同省は乗組員の即時"
     "解放と漁船の返還を要求し、事件の徹底した調査を求めた。",
     [("同省", "demands", "カタール", ""), ("同省", "requests", "カタール", "")], []),
    ("after-protest", "日本政府は中国に厳重に抗議した。政府は拘束された邦人の早期解放を求めた。",
     [("日本", "requests", "中国", "")], []),
    # a partner or a thing set off with は (…とは会談しなかった, …については抗議しなかった): the contrast of a second
    # clause, negated for the one it names, not for the first clause's
    ("contrast-topic", "李強首相はマレーシアのアンワル首相と会談したが、フィリピンのマルコス大統領とは会談しなかった。",
     [("李強", "meetsWith", "アンワル", ""), ("李強", "meetsWith", "マルコス", "negated")],
     []),
    ("contrast-topic", "日本政府は、中国の調査船が無許可の調査を行ったことに抗議したが、台湾の調査船については抗議しなかった。",
     [("日本政府", "protests", "台湾", "negated")], []),
    # a war of two sides (AとBの戦争, AとBの交戦) is each side's attack on the other
    ("mutual-war", "2020年のアルメニアとアゼルバイジャンの戦争で、トルコはアゼルバイジャンを支援した。",
     [("アルメニア", "attacks", "アゼルバイジャン", ""), ("アゼルバイジャン", "attacks", "アルメニア", "")], []),
    ("mutual-war", "イランとイスラエルの交戦が続いている。",
     [("イラン", "attacks", "イスラエル", ""), ("イスラエル", "attacks", "イラン", "")], []),
    ("visited-minister", "インドのモディ首相は20日、アラブ首長国連邦（UAE）を訪れてムハンマド大統領と会談し、協力拡大で合意した。",
     [("ムハンマド", "affiliatedWith", "アラブ首長国連邦", "")], []),
    # 書記 is a title (総 / 書記: 金正恩総書記, 安全保障会議書記)
    ("title", "北朝鮮の金正恩総書記は、平壌を訪れたロシアの高官と会談した。", [("金正恩", "affiliatedWith", "北朝鮮", "")], []),
    # bodies of a country whatever the tagger made of their names (保安庁 kept whole, 国家 / 警察, 最高 / 裁判所,
    # 選挙管理委員会), never an organisation the gazetteer knows (欧州委員会)
    ("body", "ウクライナ保安庁（SBU）は、ハンガリーを非難した。", [("ウクライナ保安庁", "criticizes", "ハンガリー", ""),
                                                  ("ウクライナ保安庁", "affiliatedWith", "ウクライナ", "")], []),
    ("body", "ハイチ国家警察はドミニカ共和国を非難した。", [("ハイチ国家警察", "affiliatedWith", "ハイチ", "")], []),
    ("body", "パナマ最高裁判所は米国を批判した。", [("パナマ最高裁判所", "criticizes", "米国", "")], []),
    ("body", "ベネズエラ選挙管理委員会は米国を非難した。", [("ベネズエラ選挙管理委員会", "affiliatedWith", "ベネズエラ", "")], []),
    ("body", "欧州委員会はハンガリーを批判した。", [("欧州委員会", "criticizes", "ハンガリー", "")], []),
    # a body written with its country as the の-owner is that country's (イランの革命防衛隊); トップ (head of) is a
    # title (軍事政権トップのチアニ大統領)
    ("body", "イランの革命防衛隊はイスラエルを攻撃した。", [("革命防衛隊", "affiliatedWith", "イラン", "")], []),
    ("title", "ニジェールの軍事政権トップのアブドゥラハマン・チアニ大統領はベナンを非難した。",
     [("アブドゥラハマン・チアニ", "criticizes", "ベナン", "")], []),
    # joining in an event carries it (対ロ制裁に参加した, 制裁には同調しなかった: negated)
    ("joining", "ブラジル政府はロシアへの制裁には参加していない。", [("ブラジル政府", "sanctions", "ロシア", "negated")], []),
    ("joining", "トルコは西側の対ロ制裁には同調しなかった。", [("トルコ", "sanctions", "ロ", "negated")], []),
    ("joining", "日本は米国との合同演習に参加した。", [("日本", "cooperatesWith", "米国", "")], []),
    # an attack on a region of a country (シリア南部への空爆) is on the country; GiNZA may hang the による-agent on the region
    ("region-target", "トルコのフィダン外相は、イスラエルによるシリア南部への空爆を強く批判した。",
     [("イスラエル", "attacks", "シリア", ""), ("フィダン", "criticizes", "イスラエル", "")], []),
    # a claim that someone plans an invasion or colludes is a charge
    ("claim", "ベネズエラ政府は、米国がベネズエラへの侵攻を計画していると主張した。", [("ベネズエラ政府", "accuses", "米国", "")], []),
    ("claim", "米国は、メキシコ政府がカルテルと「癒着している」と主張した。", [("米国", "accuses", "メキシコ政府", "")], []),
    # a reaction whose words name no one is aimed at whom the sentence before was about (…と発表した。…は「…」と反発した)
    ("bare-reaction", "タジキスタン政府はダムの建設を発表した。ウズベキスタンは「地域の水資源を脅かす」と強く反発した。",
     [("ウズベキスタン", "opposes", "タジキスタン", "")], []),
    # a light verb in the passive is done by its から- or によって-agent to its subject (制裁を科された); a clause on
    # なか (amid) links clauses, it describes no thing; a leader's name the tagger missed before 政権
    ("passive-light-verb", "ロシアは米国から制裁を科されている。", [("米国", "sanctions", "ロシア", "")], [("ロシア", "sanctions", "米国")]),
    ("passive-light-verb", "日本は中国から抗議を申し入れられた。", [("中国", "protests", "日本", "")], []),
    ("passive-light-verb", "ニカラグアのオルテガ政権は、米国から相次いで制裁を科されるなか、ロシアとの関係を強化した。",
     [("米国", "sanctions", "ニカラグア", ""), ("ニカラグア", "cooperatesWith", "ロシア", "")], []),
    # two topics: 〜は…し、〜は…した; the first clause is the first topic's, wherever the parser hung it
    ("two-topics", "イスラエル軍は21日、レバノン南部でイスラム教シーア派組織ヒズボラの拠点を空爆し、カッツ国防相は声明で"
     "「攻撃が続けばベイルートも標的になる」とレバノン政府に警告した。",
     [("イスラエル軍", "attacks", "イスラム教シーア派組織ヒズボラ", ""), ("カッツ", "warns", "レバノン政府", "")],
     [("カッツ", "attacks", "イスラム教シーア派組織ヒズボラ")]),
    ("two-topics", "ロシア軍はキーウを攻撃し、ゼレンスキー大統領は各国に支援を求めた。",
     [("ロシア軍", "attacks", "キーウ", "")], [("ゼレンスキー", "attacks", "キーウ")]),
    # a one-word foreign name the parser took for an adverb (マネレ / 首相); a foreign-named minister with no country,
    # met in a country the sentence has someone visit just before, is that country's
    ("visited-minister", "オーストラリアのウォン外相は6日、ソロモン諸島を訪問してマネレ首相と会談し、警察訓練への支援継続を伝えた。",
     [("ウォン", "meetsWith", "マネレ", ""), ("マネレ", "affiliatedWith", "ソロモン諸島", "")], []),
    # a katakana given name the tokenizer cut in two (ニコン / デート); the short names of Central Asian countries
    ("name", "タイ外務省のニコンデート・パランクラ報道官は、ミャンマー側に事実関係の説明を求めた。",
     [("ニコンデート・パランクラ", "requests", "ミャンマー", "")], []),
    ("short-country", "カザフ当局は、キルギス側の税関検査がずさんだと非難した。", [("カザフ", "accuses", "キルギス", "")], []),
    # (the acronym inside the quotation; GiNZA may hang the first words of the name on the kind of group)
    ("group", "ミャンマー国軍は少数民族武装勢力「カチン独立軍（KIA）」の拠点を空爆した。KIAは国軍の基地を攻撃した。",
     [("ミャンマー国軍", "attacks", "カチン独立軍", ""), ("カチン独立軍", "attacks", "ミャンマー国軍", "")], []),
    ("group", "民主派の国民統一政府（NUG）は国軍を非難した。", [("国民統一政府", "criticizes", "国軍", "")], [("日本", "criticizes", "国軍")]),
    ("group", "米国は中国を非難した。SNS（交流サイト）で拡散した。", [("米国", "criticizes", "中国", "")], []),
    # the name ends before a portfolio (〜担当)
    ("title", "米国のマサド・ブーロス・アフリカ担当上級顧問は、RSFを非難した。",
     [("マサド・ブーロス", "affiliatedWith", "米国", "")], [("マサド・ブーロス・アフリカ", "affiliatedWith", "米国")]),
    # dependencies do not cross a quotation's edge: what is written before 「 belongs to the verb after 」
    ("quotation-edge", "ベネズエラのイバン・ヒル外相は11日、米国の行動を「主権の侵害であり、石油資源を奪うための口実だ」と非難した。",
     [("イバン・ヒル", "criticizes", "米国", "")], []),
    ("quotation-edge", "ウクライナの外相は、ロシアが「黒海の航路を狙い、食料安全保障を脅かしている」と非難した。",
     [("外相", "accuses", "ロシア", "")], [("ロシア", "criticizes", "外相")]),
    # what a verb is about (〜について) stands for its object when it has none
    ("about", "中国外務省の林剣報道官は、フィリピン側の抗議について「到底受け入れられない」として退けた。",
     [("林剣", "rejects", "フィリピン", "")], []),
    ("about", "ロシアのペスコフ報道官は、ドイツと英国による兵器供与について「紛争を長引かせるだけだ」と批判した。",
     [("ペスコフ", "criticizes", "ドイツ", ""), ("ペスコフ", "criticizes", "英国", "")], []),
    # a clause chain written before a quotation is not the quoted clause's subject
    ("quotation-edge", "林氏は抗議を退けたうえで、米国の関与を「地域の緊張を高めるだけだ」と批判した。",
     [("林", "criticizes", "米国", "")], [("林", "accuses", "林")]),
    # a partial quotation closing on a verb of saying keeps its arguments
    ("quotation-edge", "G7外相会合は共同声明を採択した。声明はロシアを「最も強い言葉で非難する」とした。",
     [("声明", "criticizes", "ロシア", "")], []),
    # a light verb's relative clause gives the event its arguments
    ("relative-light-verb", "中国が豪州産の石炭に科していた制裁措置は撤廃された。", [("中国", "sanctions", "豪州", "")], []),
    ("relative-light-verb", "ロシアが行った攻撃は非難された。", [], [("ロシア", "attacks", "ロシア")]),
    # a topicalised event is no subject of the verb that carries it (批判は避けた)
    ("negation", "ルラ氏は双方に対話を呼びかけたが、ベネズエラ政府への批判は避けた。",
     [("ルラ", "criticizes", "ベネズエラ政府", "negated")], []),
    # a sentence that names no actor as its topic or subject goes on about the topic of the sentence before
    ("carried-topic", "中国外務省の報道官は日本を批判した。ただ、韓国への直接的な批判は避けた。",
     [("報道官", "criticizes", "韓国", "negated")], []),
    ("carried-topic", "中国外務省の報道官は日本を批判した。\n韓国への批判は避けた。", [], [("報道官", "criticizes", "韓国")]),
    # a retort's clause singles out whom it accuses with が or こそ, wherever the parser hung it
    ("claim", "ロシア外務省のザハロワ報道官は、「フランスこそアフリカで新植民地主義的な政策を続けている」と反発した。",
     [("ザハロワ", "accuses", "フランス", "")], []),
    # a phase of an event (強化, 拡大) belongs to the event's parties
    ("about", "中国外務省の報道官は、日韓の連携強化について「第三国を標的にすべきではない」とけん制した。",
     [("報道官", "warns", "日", ""), ("報道官", "warns", "韓", "")], []),
    # proper names listed with a comma are coordinated; 〜とともに is a partner
    ("coordination", "トルコはルーマニア、ブルガリアとともに黒海西部での機雷除去で協力している。",
     [("トルコ", "cooperatesWith", "ルーマニア", ""), ("トルコ", "cooperatesWith", "ブルガリア", "")], []),
    # gratitude is praise; a topicalised に-argument (には) is the target
    ("light-verb", "ウクライナのシビハ外相は、トルコによる仲介の努力には謝意を示した。", [("シビハ", "praises", "トルコ", "")], []),
    # 両国とも: both alike, the subject
    ("carried-topic", "アルメニアとアゼルバイジャンの両首脳は会談した。両国とも、ロシアには仲介を要請しなかった。",
     [("両国", "requests", "ロシア", "negated")], []),
    # whoever comes at someone's invitation is their guest
    ("invitation", "パシニャン首相は、UAEのムハンマド大統領の招きでアブダビを訪れた。",
     [("ムハンマド", "hosts", "パシニャン", ""), ("パシニャン", "visits", "アブダビ", "")], []),
    # a criticism for a wrongdoing it names (〜したとして非難) is an accusation
    ("claim", "ギリシャ国防省は、トルコ軍の戦闘機がギリシャの領空を侵犯したとして、トルコ軍を非難する声明を出した。",
     [("ギリシャ国防省", "accuses", "トルコ軍", "")], [("ギリシャ国防省", "criticizes", "トルコ軍")]),
    ("claim", "日本政府は、中国の海警船が領海に侵入したとして中国を非難した。", [("日本政府", "accuses", "中国", "")], []),
    ("claim", "日本政府は、会談が実現しなかったとして中国を批判した。", [("日本政府", "criticizes", "中国", "")], []),
    # the portfolio before 担当 is no part of the name
    ("title", "王氏は、インドのアジット・ドバル国家安全保障担当補佐官と協議した。",
     [("アジット・ドバル", "affiliatedWith", "インド", "")], []),
    # the host of an event receives its parties
    ("hosting", "サウジアラビアはイランとバーレーンの協議を主催した。",
     [("サウジアラビア", "hosts", "イラン", ""), ("サウジアラビア", "hosts", "バーレーン", "")], []),
    # a warning whose condition names an actor warns it; the speaker's own side is not the one warned
    ("warning-target", "北朝鮮は、米韓が合同演習を続ければ「強力な対応をとる」と威嚇した。",
     [("北朝鮮", "threatens", "米", ""), ("北朝鮮", "threatens", "韓", "")], []),
    ("warning-target", "イスラエルのネタニヤフ首相は、「ハマスが武器を捨てなければ、イスラエル軍は攻撃を再開する」と警告した。",
     [("ネタニヤフ", "warns", "ハマス", "")], [("ネタニヤフ", "warns", "イスラエル軍")]),
    # a ship, aircraft or unit acts for whoever it belongs to
    ("owner", "中国海警局の船がフィリピン軍の補給船に体当たりした。", [("中国海警局", "attacks", "フィリピン軍", "")], []),
    # not accepting what someone offered rejects them
    ("refusal", "エチオピア政府はエジプトの提案を受け入れなかった。", [("エチオピア", "rejects", "エジプト", "")], []),
    # an envoy to an organisation (国連大使) acts for their country; unnamed officials of coordinated countries
    ("title", "米国のマイク・ウォルツ国連大使は、ロシアを非難した。",
     [("マイク・ウォルツ", "affiliatedWith", "米国", "")], [("マイク・ウォルツ", "affiliatedWith", "国連")]),
    # a bare 政府 in a sentence set in another country is that country's
    ("owner", "韓国国内では、野党が政府の対応を批判している。", [], [("野党", "criticizes", "日本")]),
    # parties that agree cooperate, unless what they agree on is an event of its own
    ("agreement", "日本と中国は、海空連絡メカニズムの運用で合意した。", [("日本", "cooperatesWith", "中国", "")], []),
    ("agreement", "日本と中国は、首脳会談を開くことで合意した。", [], [("日本", "cooperatesWith", "中国")]),
    # a number of countries: those listed before it, or the last group of that many the article named
    ("counted", "日本、米国、オーストラリア、フィリピンの4か国は、南シナ海での共同訓練を拡大することで一致した。",
     [("日本", "cooperatesWith", "フィリピン", ""), ("米国", "cooperatesWith", "オーストラリア", "")], []),
    ("counted", "日米豪比4か国は中国を非難した。", [("日", "criticizes", "中国", ""), ("比", "criticizes", "中国", "")], []),
    ("counted", "先進7か国（G7）は中国を非難した。", [("先進7か国", "criticizes", "中国", "")], []),
    # a sentence that names its own subject, even an unnamed one, does not borrow the previous topic
    ("carried-topic", "マレーシアのアンワル首相は懸念を示した。野党議員らが「主権を売り渡すに等しい」と政府の対応を批判している。",
     [], [("アンワル", "criticizes", "日本")]),
    # an event as the means of a verb (〜で) is done by the verb's subject, to what the verb is done to; a verb
    # that stops something does not negate its means
    ("means", "EUは対ロシア制裁でロシアの資産を凍結した。", [("EU", "sanctions", "ロシア", "")], []),
    ("means", "ロシアはミサイル攻撃でウクライナの電力網を破壊した。", [("ロシア", "attacks", "ウクライナ", "")], []),
    # AなどB: A is one of them
    ("coordination", "同氏は、米国など西側諸国によるウクライナへの武器供与を非難した。", [("米国", "supports", "ウクライナ", "")], []),
    # a を-phrase the parser hung under a noun is the verb's object (a noun takes no を)
    ("stranded-object", "習近平国家主席は、北京を訪れたインドネシアのプラボウォ大統領を人民大会堂で迎えた。",
     [("習近平", "hosts", "プラボウォ", "")], []),
    # listing someone as a measure's target takes the measure against them; a place opens a thing's name
    ("listing", "米国は、中国企業140社を輸出規制の対象リストに加えた。", [("米国", "sanctions", "中国", "")], []),
    ("listing", "EUはロシアの銀行を制裁対象に指定した。", [("EU", "sanctions", "ロシア", "")], []),
    ("listing", "日本政府は北朝鮮の貿易会社を資産凍結の対象に追加した。", [("日本政府", "sanctions", "北朝鮮", "")], []),
    # 批判 with a と-clause criticises that clause's subject (非難 would accuse it); a thing there stands for its owners
    ("target-clause", "中国外務省の毛寧報道官は、フィリピンが「域外国と結託して騒ぎを起こしている」と批判した。",
     [("毛寧", "criticizes", "フィリピン", "")], [("毛寧", "accuses", "フィリピン")]),
    ("target-clause", "中国の傅聡国連大使は、米韓合同演習が「朝鮮半島の緊張の根源だ」とも批判した。",
     [("傅聡", "criticizes", "米", ""), ("傅聡", "criticizes", "韓", "")], []),
    ("target-clause", "中国外務省は、米国が偽情報を広めていると非難した。", [("中国外務省", "accuses", "米国", "")], []),
    # a body's last character hung beside the rest is read with it; craft act for the body they belong to
    ("split-name", "中国海警局の船2隻がフィリピン沿岸警備隊の巡視船に放水した。",
     [("中国海警局", "attacks", "フィリピン沿岸警備隊", ""), ("中国海警局", "affiliatedWith", "中国", "")],
     [("中国海警", "affiliatedWith", "中国")]),
    # a counted group listed after a と-partner is one side: the partner meets each member, the members not
    # each other
    ("counted-sides", "イランと英国、フランス、ドイツの欧州3カ国は8日、ジュネーブで核問題をめぐり協議した。",
     [("イラン", "negotiatesWith", "英国", ""), ("イラン", "negotiatesWith", "ドイツ", "")],
     [("英国", "negotiatesWith", "フランス"), ("フランス", "negotiatesWith", "ドイツ")]),
    # 双方 (both sides) is an anaphor for two
    ("both-sides", "イスラエルはイランを攻撃した。イランはイスラエルを非難した。ロシア外務省は声明を出した。"
     "中国外務省の林剣報道官は、双方に自制を求めた。",
     [("林剣", "requests", "双方", "")], []),  # (resolved when linking: tests/test_link.py)
    # an amount between a target and its event is transparent; による marks the agent of the event the phrase
    # ends on, wherever the parser hung it
    ("amount", "英国はウクライナへの総額5億ポンドの追加軍事支援を表明した。", [("英国", "supports", "ウクライナ", "")], []),
    ("amount", "日本は、ウクライナに対する約4700億円の支援を決めた。", [("日本", "supports", "ウクライナ", "")], []),
    ("agent-of-event", "カタール外務省はイスラエルによる人道支援物資の搬入制限を批判した。",
     [("カタール外務省", "criticizes", "イスラエル", "")], []),
    # a thing as the topic of a refusal is what is refused; whose stance the clause states refuses it
    ("refusal", "日本政府は、ロシア側の抗議は受け入れられないとの立場を示した。", [("日本政府", "rejects", "ロシア", "")], []),
    # a partner GiNZA reads as the means noun's (a phone call with) is the verb's; a name fused with its title
    # in one token is the person; an event a stated eagerness is about is hedged
    # (a call is no meeting: 電話で会談した, 電話会談し; what the caller asks is asked of whom they called)
    # a meeting chained before a clause with no other side named: GiNZA hangs every clause of a chain on its last
    # verb (…と会談し、…を確認したうえで、…を表明した); support offered right after it is for whom was met
    ("meeting-chain", "茂木敏充外相は5日、ハノイでベトナムのソン副首相兼外相と会談し、海上保安分野での連携強化を確認したうえで、"
     "巡視艇2隻の追加供与を表明した。",
     [("茂木敏充", "cooperatesWith", "ソン", ""), ("茂木敏充", "supports", "ソン", "")], []),
    ("meeting-chain", "ケニアのルト大統領は2日、ナイロビで南スーダンのキール大統領と会談し、和平プロセスへの支援を約束した。",
     [("ルト", "supports", "キール", "")], []),
    ("meeting-chain", "岸田首相はバイデン大統領と会談し、ウクライナへの支援を続けることで一致した。",
     [("岸田", "supports", "ウクライナ", "hedged")], [("岸田", "supports", "バイデン")]),
    ("phone-call", "フランスのマクロン大統領は、イスラエルのネタニヤフ首相と電話で会談した。",
     [], [("マクロン", "meetsWith", "ネタニヤフ")]),
    ("fused-title", "トランプ大統領はプーチン大統領との首脳会談に意欲を示した。",
     [("トランプ", "meetsWith", "プーチン", "hedged")], []),
    # 遺憾の意を表明した: regret expressed is criticism, aimed at the verb's に-phrase (its owner)
    ("expression", "韓国政府は、日本の教科書検定結果に遺憾の意を表明した。", [("韓国政府", "criticizes", "日本", "")], []),
    # 米国の台湾への武器売却: a country's の-phrase that GiNZA hangs on a country target is the event's subject
    ("subject-on-target", "中国外務省の林剣報道官は「米国の台湾への武器売却に断固反対する」と述べた。",
     [("米国", "supports", "台湾", ""), ("林剣", "opposes", "米国", "")], [("林剣", "opposes", "台湾")]),
    # a list of country abbreviations continued by one tagged a suffix (米英 / 仏); a katakana name before an
    # envoy's posting (ネベンジャ国連大使); a second topic before a と-clause is the clause's, not a second speaker
    ("conditioned", "ロシアのネベンジャ国連大使は、米英仏が北朝鮮への追加制裁を盛り込んだ決議案を提出すれば、ロシアは"
     "拒否権を行使すると警告した。",
     [("ネベンジャ", "warns", "米", ""), ("ネベンジャ", "warns", "仏", "")], [("ロシア", "warns", "米")]),
    # a request chained after talks with someone is addressed to them; tariffs are sanctions
    ("chained-partner", "岩屋毅外相は王毅外相と電話で協議し、邦人の安全確保を要請した。", [("岩屋毅", "requests", "王毅", "")],
     [("岩屋毅", "negotiatesWith", "王毅")]),
    # (nor a negotiation: 電話で協議した, 電話協議で; what is said on the call carries the relations)
    ("phone-call", "トルコのフィダン外相は29日、シリアのシャイバニ外相と電話で協議し、シリアの領土の一体性を支持する立場を表明した。",
     [("フィダン", "supports", "シリア", "")], [("フィダン", "negotiatesWith", "シャイバニ")]),
    ("phone-call", "茂木外相は韓国の趙顕外相との電話協議で、北朝鮮への対応を話し合った。", [],
     [("茂木", "negotiatesWith", "趙顕"), ("茂木", "meetsWith", "趙顕")]),
    ("trade-measure", "米国は中国製品に追加関税を課した。", [("米国", "sanctions", "中国", "")], []),
    # 衝突 between armed forces is a clash too (not a collision or a clash of views)
    ("clash", "インド軍と中国軍が係争地の国境付近で衝突した。",
     [("インド軍", "attacks", "中国軍", ""), ("中国軍", "attacks", "インド軍", "")], []),
    ("clash", "漁船が中国海警局の船と衝突した。", [], [("漁船", "attacks", "中国海警局")]),
    # a clash (交戦) with someone: each side attacks the other
    ("clash", "タイ軍はカンボジア軍と国境付近で交戦した。",
     [("タイ軍", "attacks", "カンボジア軍", ""), ("カンボジア軍", "attacks", "タイ軍", "")], []),
    # joint exercises are cooperation between whoever holds them, and a joint event's name names its parties (the
    # words between them and the event are no actor); agreeing on joint training is still cooperation; a
    # statement's words (〜と非難する声明を出した) are its issuer's
    ("joint", "米国とフィリピンは、南シナ海で合同軍事演習を実施した。", [("米国", "cooperatesWith", "フィリピン", "")], []),
    ("joint", "北朝鮮は米韓合同演習を非難した。",
     [("米", "cooperatesWith", "韓", ""), ("北朝鮮", "criticizes", "米", ""), ("北朝鮮", "criticizes", "韓", "")], []),
    ("agreement", "日米両国は共同訓練を拡大することで一致した。", [("日", "cooperatesWith", "米", "")], []),
    # (an event word inside a thing's name is no event of its own: 供給 / 網, the supply chain)
    ("agreement", "日米両国は、半導体の供給網の強化に向けた協力枠組みを設けることで合意した。", [("日", "cooperatesWith", "米", "")],
     []),
    ("issuer", "ドイツ政府は、ロシアの攻撃を「卑劣なテロ行為だ」と非難する声明を出した。",
     [("ドイツ政府", "criticizes", "ロシア", "")], []),
    # a war waged on someone attacks them (戦争を仕掛ける: 仕掛ける carries an event like any light verb)
    ("light-verb", "ロシアのラブロフ外相は、北大西洋条約機構（NATO）がロシアに対して代理戦争を仕掛けていると非難した。",
     [("北大西洋条約機構", "attacks", "ロシア", "hedged"), ("ラブロフ", "accuses", "北大西洋条約機構", "")], []),
    # units and troops act for their country at country level, and those of a named body are that body; a
    # summons of an envoy is a protest; 〜に向けて, read as a verb of its own, still aims the verb; 発砲 attacks
    ("units", "米国とフィリピンの部隊はスカボロー礁付近で合同演習を行った。", [("部隊", "cooperatesWith", "部隊", "")],
     []),
    ("units", "タイ軍の兵士がカンボジア側の陣地に向けて発砲した。", [("タイ軍", "attacks", "カンボジア", "")], []),
    ("summon", "韓国当局者は日本大使を呼び出した。", [("韓国当局者", "protests", "日本大使", "")], []),
    # supplying someone is supporting them (供給, like 供与 and 提供)
    ("verbal", "米政府高官は、中国がロシアに軍事転用可能な部品を供給していると主張した。",
     [("中国", "supports", "ロシア", "hedged")], []),
    # a katakana name before a body and a title is the person (ザハロワ外務省情報局長)
    ("katakana-name", "ロシアのザハロワ外務省情報局長は、日本政府の対ロ制裁を批判した。",
     [("ザハロワ", "criticizes", "日本政府", ""), ("ザハロワ", "affiliatedWith", "ロシア", "")], []),
    # Chinese and Korean names the tokenizer cuts into single characters: a family name tagged as a common noun
    # (車 / 智 / 勲), a given name tagged as a body word (董 / 軍 before 国防相), a name tagged by the entity
    # recogniser only (王 / 文 / 濤)
    ("kanji-name", "韓国の車智勲国連大使は、ロシアを非難した。", [("車智勲", "criticizes", "ロシア", "")], [("智勲", "criticizes", "ロシア")]),
    ("kanji-name", "マールズ氏は中国の董軍国防相と会談した。", [("マールズ", "meetsWith", "董軍", "")], [("マールズ", "meetsWith", "董")]),
    ("kanji-name", "ドン・ファレル貿易・観光相は王文濤商務相と会談した。", [("ドン・ファレル", "meetsWith", "王文濤", "")],
     [("ドン・ファレル", "meetsWith", "王")]),
    # a が-subject written after a clause is that clause's only (主張を退け、日本が…: the rejecter is the topic);
    # 〜しようとしている, trying to do, is an act the clause alleges
    ("clause-subject", "中国の董軍国防相は日本側の主張を退け、日本が台湾問題に介入しようとしていると非難した。",
     [("董軍", "rejects", "日本", ""), ("董軍", "accuses", "日本", "")], [("日本", "rejects", "日本")]),
    ("attempt", "フィリピンの外相は、中国が南シナ海の現状を力で変えようとしていると非難した。",
     [("外相", "accuses", "中国", "")], []),
    # more Chinese names cut by the tokenizer: a family name read as a pronoun (何 / 亜東), a given name ending in
    # a body word (劉 / 徳 / 軍); a katakana name ends where the kanji title starts, whatever the recogniser says
    ("kanji-name", "中国商務省の何亜東報道官は米国を批判した。", [("何亜東", "criticizes", "米国", "")],
     [("亜東", "criticizes", "米国")]),
    ("kanji-name", "中国海警局の劉徳軍報道官はフィリピンを非難した。", [("劉徳軍", "criticizes", "フィリピン", "")],
     [("劉徳", "criticizes", "フィリピン")]),
    ("katakana-name", "エジプトの大統領は、カイロを訪れたスーダンのアブデルファタハ・ブルハン統治評議会議長と会談した。",
     [("アブデルファタハ・ブルハン", "visits", "カイロ", "")], []),
    # naming someone as the manner of a criticism (名指しで); avoiding doing it negates it
    ("naming", "エチオピアのアビー・アハメド首相は、エジプトを名指しで批判することは避けた。",
     [("アビー・アハメド", "criticizes", "エジプト", "negated")], []),
    # where a mission is posted is part of its name
    ("embassy", "在中国日本大使館も中国外務省に対して抗議した。", [("在中国日本大使館", "protests", "中国外務省", "")], []),
    # a bare counted group (3カ国) is the last group of that many countries listed, in the sentence it is written in;
    # what is asked for may be quoted (「…」よう呼びかけた)
    ("counted-group", "エチオピア、エジプト、スーダンの3カ国による協議が開かれた。アフリカ連合のユスフ委員長は、3カ国に「対話を"
     "通じて解決する」よう呼びかけた。",
     [("ユスフ", "requests", "エチオピア", ""), ("ユスフ", "requests", "スーダン", "")], []),
    # a sentence with no subject of its own goes on about the topic of the last sentence that had one
    ("previous-topic", "エチオピアの首相は5日、演説で「脅威を与えるつもりはない」と述べた。その一方で、「主権を守る」と強調した。"
     "ただ、エジプトを名指しで批判することは避けた。", [("首相", "criticizes", "エジプト", "negated")], []),
    # a thing as topic before a quotation the parser cut from its verb (「…」として退けた) is what is rejected
    ("topic-object", "エチオピアの外相は、エジプトの主張は「不公平な条約を前提にしたものだ」として退けた。",
     [("外相", "rejects", "エジプト", "")], []),
    # a に-target hung under a サ変 noun of the object phrase (エチオピアに / 放流データの共有を求めた)
    ("target", "スーダンは、エチオピアに放流データの事前共有を求めた。", [("スーダン", "requests", "エチオピア", "")], []),
    # keeping pace (歩調を合わせる, 足並みをそろえる) is cooperation; a bare と-phrase on the carried noun is the partner
    ("light-verb", "スーダンは今回の協議ではエジプトと歩調を合わせた。", [("スーダン", "cooperatesWith", "エジプト", "")], []),
    ("light-verb", "日本は米国と足並みをそろえた。", [("日本", "cooperatesWith", "米国", "")], []),
    # a signed or concluded agreement is cooperation between its parties
    ("agreement", "日本とフィリピンは円滑化協定に署名した。", [("日本", "cooperatesWith", "フィリピン", "")], []),
    ("agreement", "インドネシアは中国と協定を締結した。", [("インドネシア", "cooperatesWith", "中国", "")], []),
    # sending troops to a country supports it, sending an envoy does not; a planned dispatch is hedged
    ("dispatch", "北朝鮮が兵士約3000人をロシアに追加で派遣したとみられる。", [("北朝鮮", "supports", "ロシア", "hedged")], []),
    ("dispatch", "北朝鮮によるロシアへの兵士派遣が続いている。", [("北朝鮮", "supports", "ロシア", "")], []),
    ("dispatch", "エジプトがソマリアへの部隊派遣を計画している。", [("エジプト", "supports", "ソマリア", "hedged")], []),
    ("dispatch", "政府は特使を中国に派遣した。", [], [("政府", "supports", "中国")]),
    # strengthening or mending relations with someone is cooperating with them; seeking it is hedged
    ("relations", "北朝鮮の崔善姫外相は、ロシアとの関係をさらに強化する考えを示した。",
     [("崔善姫", "cooperatesWith", "ロシア", "hedged")], []),
    ("relations", "日本は韓国との関係を改善した。", [("日本", "cooperatesWith", "韓国", "")], []),
    ("relations", "米国はベラルーシとの関係改善を模索している。", [("米国", "cooperatesWith", "ベラルーシ", "hedged")], []),
    # protecting someone supports them, never one's own people
    ("protect", "ロシアのラブロフ外相は、同盟国ベラルーシを「あらゆる手段で守る」と述べた。", [("ラブロフ", "supports", "ベラルーシ", "")],
     []),
    ("protect", "米国務省のピゴット副報道官は、「麻薬テロから米国民を守るのは正当な権利だ」と述べた。", [],
     [("ピゴット", "supports", "米国民")]),
    # a では-phrase that names no actor is where something is done, not who does it
    ("light-verb", "スーダンはこれまで中立的な立場を取ることが多かったが、今回の協議ではエジプトと歩調を合わせた。",
     [("スーダン", "cooperatesWith", "エジプト", "")], []),
    # a quoted verb that ends its quotation, said with a verb of speaking, takes the に-phrase written before it
    ("quote", "中国外務省の郭嘉昆報道官は、米国の措置に「断固として反対する」と表明した。", [("郭嘉昆", "opposes", "米国", "")], []),
    # praise for what a clause says someone does is praise of them; a gazetteer name with 氏 in one token is the person
    ("praise-clause", "習氏は会談の冒頭、豪州が「独立した対中政策」をとっていると評価した。", [("習", "praises", "豪州", "")], []),
    # a full name tagged as one token right before its title; a one-character country one word before a title
    # (ランドー米国務副長官); a partner hung under the place of the meeting (…とソウルで会談した)
    ("katakana-name", "ドイツのフリードリヒ・メルツ首相は会議後、オルバン氏を批判した。",
     [("フリードリヒ・メルツ", "criticizes", "オルバン", "")], []),
    ("title", "韓国の趙顕外相は、訪韓したクリストファー・ランドー米国務副長官とソウルで会談した。",
     [("趙顕", "meetsWith", "クリストファー・ランドー", ""), ("クリストファー・ランドー", "affiliatedWith", "米", "")], []),
    # firing at a country, or at a region of it, attacks it; at a sea named after it does not
    ("launch", "イラン革命防衛隊はイスラエル北部に向けて弾道ミサイル約30発と無人機を発射した。",
     [("イラン革命防衛隊", "attacks", "イスラエル", "")], []),
    ("launch", "北朝鮮は日本海に向けて弾道ミサイルを発射した。", [], [("北朝鮮", "attacks", "日本")]),
    # siding with someone supports them; showing reluctance (難色を示す) opposes
    ("light-verb", "スロバキアのフィツォ首相はハンガリーへの同調を表明している。", [("フィツォ", "supports", "ハンガリー", "")], []),
    ("light-verb", "米国はEUの独自の動きに難色を示している。", [("米国", "opposes", "EU", "")], []),
    # one's own country (自国) is the country of the sentence's topic
    ("reflexive", "ウクライナのシビハ外相は、ロシアによる自国のエネルギー施設への攻撃が続いていると訴えた。",
     [("ロシア", "attacks", "自国", "")], []),
    # an act pointed back at (こうした行為, この攻撃) is the last hostile act told: its doers are criticised
    ("act-anaphor", "中国海警局の船がフィリピンの補給船に放水した。日本政府はこうした行為を非難した。",
     [("日本政府", "criticizes", "中国海警局", "")], []),
    ("act-anaphor", "ロシア軍がキーウを攻撃した。ドイツのメルツ首相はこの攻撃を「卑劣なテロ行為だ」と非難した。",
     [("メルツ", "criticizes", "ロシア軍", "")], []),
    # a word of the kind of an event between its target and it (ウクライナへの追加の軍事支援) is transparent
    ("nominal", "米国務省はウクライナへの追加の軍事支援を発表した。", [("米国務省", "supports", "ウクライナ", "")], []),
    # an adjective clause takes no を-argument: 〜を根拠がないと一蹴した rejects the owner
    ("clause", "アルジェリアはフランスの主張を根拠がないと一蹴した。", [("アルジェリア", "rejects", "フランス", "")], []),
    # 遺憾 tagged an adverb before の意 still passes through it
    ("light-verb", "韓国政府は日本に対し遺憾の意を表明した。", [("韓国政府", "criticizes", "日本", "")], []),
    # what is agreed on is still to be done (hedged), but agreed cooperation is the agreement itself
    ("agreement", "インドのジャイシャンカル外相と中国の王毅外相は会談した。両外相は、国境協議を年内に再開することで一致した。",
     [("両外相", "negotiatesWith", "両外相", "hedged")], []),
    # arriving in a country visits it (not an airport); refusing someone's claim rejects them
    ("visit", "プーチン大統領は平壌に到着した。", [("プーチン", "visits", "平壌", "")], []),
    ("refusal", "ベトナムは中国の主張を受け入れないとの立場を示した。", [("ベトナム", "rejects", "中国", "")], []),
    # a name the parser labelled a clause is still an argument; the antecedent of a condition is hedged
    ("conditional", "中国は、米国が台湾に武器を売却すれば対抗措置をとると警告した。",
     [("米国", "supports", "台湾", "hedged"), ("中国", "warns", "米国", "")], []),
    # a hostile act on a condition is aimed at whom the condition names, and still to happen (not the warning)
    ("conditional", "トランプ大統領は、ロシアが停戦に応じなければ追加制裁を科すと述べた。",
     [("トランプ", "sanctions", "ロシア", "hedged")], []),
    ("conditional", "タイ軍は、挑発が続けば、カンボジア軍に反撃すると表明した。", [("タイ軍", "attacks", "カンボジア軍", "hedged")], []),
    ("conditional", "ネタニヤフ首相は、イランが攻撃を続ければ「代償は計り知れない」と警告した。",
     [("ネタニヤフ", "warns", "イラン", "")], []),
    # being exposed to an event (さらされる, 見舞われる) or drawing it (非難を浴びる) is having it done to one
    ("receiving", "ウクライナ東部はロシア軍の激しい攻撃にさらされている。", [("ロシア軍", "attacks", "ウクライナ", "")], []),
    ("receiving", "北朝鮮は日本から強い非難を浴びている。", [("日本", "criticizes", "北朝鮮", "")], []),
    # a passive's patient may be the subject carried over the clause chain
    ("passive", "インドはロシア産原油の輸入を続けており、米国から批判されている。", [("米国", "criticizes", "インド", "")], []),
    # suspending an event stops it (一時停止)
    ("negation", "米国はイスラエルへの武器供与を一時停止した。", [("米国", "supports", "イスラエル", "negated")], []),
    # headlines: the subject opens the line with a comma for は, and the line may end on the event noun
    ("headline", "米、対イラン制裁を強化", [("米", "sanctions", "イラン", "")], []),
    ("headline", "中国外務省、日本の抗議を一蹴", [("中国外務省", "rejects", "日本", "")], []),
    ("headline", "ロシア、ウクライナ東部に大規模攻撃", [("ロシア", "attacks", "ウクライナ", "")], []),
    # a headline is clauses cut by full-width spaces, each ending on its event noun; the clauses share the opening
    # subject, a clause's arguments are its own, and a reaction that names no one is aimed at whom the line opens on
    ("headline", "ソマリア、エチオピア部隊の撤収を要求　港湾協議に反発\n\n本文は別の話だ。",
     [("ソマリア", "demands", "エチオピア部隊", "")], []),
    ("headline", "カンボジア、運河の工事に着手　ベトナムが反発、中国は支援継続\n\n本文は別の話だ。",
     [("ベトナム", "opposes", "カンボジア", "")], []),
    ("headline", "北朝鮮が弾道ミサイル発射　日米韓が非難\n\n本文は別の話だ。",
     [("日", "criticizes", "北朝鮮", ""), ("韓", "criticizes", "北朝鮮", "")], []),
    ("headline", "米、対中関税を引き上げ　中国は猛反発、報復を警告\n\n本文は別の話だ。", [("中国", "opposes", "米", "")], []),
    # (welcoming an agreement between two is no praise of the one the headline opens on)
    ("headline", "イスラエル、ハマスとの停戦に合意　イランは歓迎\n\n本文は別の話だ。", [], [("イラン", "praises", "イスラエル")]),
    ("headline", "マリ、アルジェリアの無人機撃墜に抗議　ニジェールも同調\n\n本文は別の話だ。",
     [("マリ", "protests", "アルジェリア", "")], [("ニジェール", "protests", "アルジェリア")]),
    ("headline", "ベネズエラ大統領選巡り対立深まる　ブラジル・コロンビアが開票データ公表要求、マドゥロ氏は拒否\n\n本文は別の話だ。",
     [], [("ブラジル", "rejects", "マドゥロ"), ("コロンビア", "rejects", "マドゥロ")]),
    # (a bare 政府 opening a headline is not whom its reactions are aimed at)
    ("headline", "パナマ運河の港湾運営権、政府が管理下に　中国は強く反発、米国は歓迎\n\n本文は別の話だ。",
     [], [("中国", "opposes", "政府"), ("米国", "praises", "政府")]),
    # a body line of one sentence is no headline (a reaction there is aimed by the rule of bare reactions, at whom the
    # article has told at odds with the reacting side, not by the headline's)
    ("headline", "米、対中関税を引き上げ\n\n日本は批判した。", [("米", "sanctions", "中", "")], [("日本", "criticizes", "米")]),
    # a statement whose clause names a wrongdoing by someone is a charge against them; one that names none is not
    ("claim", "中国外務省の毛寧報道官は「フィリピン側が挑発を繰り返している」と述べた。", [("毛寧", "accuses", "フィリピン", "")], []),
    ("claim", "首相は「ロシアは和平を望んでいない」と述べた。", [], [("首相", "accuses", "ロシア")]),
    # 師 is an honorific (ハメネイ師); refusing talks with someone negates them
    ("honorific", "イランの最高指導者ハメネイ師は、米国との交渉を拒否すると表明した。",
     [("ハメネイ", "negotiatesWith", "米国", "negated")], []),
    # what cannot be tolerated (容認できない) is condemned, whoever's it is; dissatisfaction (不満) is criticism, aimed
    # at the に-phrase wherever GiNZA hangs it; approving an event is the approver's act
    ("refusal", "林官房長官は、中国の対応は「到底容認できない」と述べた。", [("林", "criticizes", "中国", "")], []),
    ("light-verb", "中国国防省は、日本の防衛費増額に強い不満を表明した。", [("中国国防省", "criticizes", "日本", "")], []),
    ("light-verb", "米国防総省は、台湾への武器売却を承認したと発表した。", [("米国防総省", "supports", "台湾", "")], []),
    # a compound written after the noun GiNZA made the head is the phrase's real head (米国の軍事的 / 圧力)
    ("owner", "ベネズエラのマドゥロ大統領は、米国の軍事的圧力を「侵略の口実だ」と批判した。", [("マドゥロ", "criticizes", "米国", "")], []),
    # a fused name and title the parser labels an adverb clause is still the partner (トランプ大統領と会談した)
    ("partner", "ゼレンスキー大統領は、トランプ大統領とホワイトハウスで会談した。", [("ゼレンスキー", "meetsWith", "トランプ", "")], []),
    # 相次いで (one after another) read by GiNZA as a verb of its own: what hangs on it is the verb's; titled names
    # listed with a comma are coordinated
    ("coordination", "マレーシアのアンワル首相は12日、タイのアヌティン首相と相次いで電話会談し、即時停戦を求めた。",
     [("アンワル", "requests", "アヌティン", "")], [("アンワル", "meetsWith", "アヌティン")]),
    ("coordination", "トルコのフィダン外相は、協議に先立ちアシフ氏、ヤクーブ氏とそれぞれ個別に会談した。",
     [("フィダン", "meetsWith", "アシフ", ""), ("フィダン", "meetsWith", "ヤクーブ", "")], []),
    ("coordination", "マルコス大統領はトー・ラム共産党書記長、ファム・ミン・チン首相と相次いで会談した。",
     [("マルコス", "meetsWith", "トー・ラム", ""), ("マルコス", "meetsWith", "ファム・ミン・チン", "")], []),
    # a request, demand, protest or warning addressed to no one, by someone who has just met someone (in the
    # paragraph or the one before), is addressed to whom they met; not when a に-phrase addresses it elsewhere
    ("meeting-addressee", "茂木外相は10日、中国の王毅外相と会談した。茂木氏は、中国軍機が領空を侵犯した問題で抗議を申し入れた。",
     [("茂木", "protests", "王毅", "")], []),
    ("meeting-addressee", "高市首相は11日、習近平国家主席と会談した。\n高市氏は会談で、拘束された日本人の早期解放を求めた。",
     [("高市", "requests", "習近平", "")], []),
    ("meeting-addressee", "ラブロフ外相はセルビアのブチッチ大統領と会談した。ラブロフ氏は国連安保理に緊急会合の開催を要請する考えを示した。",
     [], [("ラブロフ", "requests", "ブチッチ")]),
    # a quoted or reported clause says whom a request is made of (「日本側は約束を守るべきだ」と求めた)
    ("target-clause", "王毅外相は「日本側は歴史の問題で約束を守るべきだ」と求めた。", [("王毅", "requests", "日本", "")], []),
    # whoever attends an event someone holds (主催した夕食会に出席した) is that host's guest
    ("hosting", "岸田首相はバイデン大統領が主催した晩さん会に出席した。", [("バイデン", "hosts", "岸田", "")], []),
    # a region written right after its country (タイ東部シーサケート県) is that country's, however the parser cut it
    ("receiving", "タイ東部シーサケート県の村がカンボジア軍の攻撃を受けた。", [("カンボジア軍", "attacks", "タイ", "")], []),
    # a quotation that tells a hostile act charges its doer (a criticism that tells none stays one)
    ("target-clause", "タイのアヌティン首相は「カンボジア軍が先に攻撃を仕掛けた」と非難した。",
     [("アヌティン", "accuses", "カンボジア軍", "")], [("アヌティン", "criticizes", "カンボジア軍")]),
    # exchanging captives is done together; talks chained after a meeting are with the same side
    ("cooperation", "ロシアとウクライナは捕虜を150人ずつ交換した。", [("ロシア", "cooperatesWith", "ウクライナ", "")], []),
    ("chain", "ルビネツ氏はモスカリコワ氏と近く会談し、民間人の解放についても協議する方針だ。",
     [("ルビネツ", "negotiatesWith", "モスカリコワ", "hedged")], []),
    ("hosting", "カタールは協議を主催し、パキスタンのアシフ国防相が出席した。", [("カタール", "hosts", "アシフ", "")], []),
    # a bare hostile event (攻撃を, 空爆を: no の-phrase of its own) is the one just told, as "the strikes" is
    ("act-anaphor", "ロシア軍は首都キーウを攻撃した。ドイツのメルツ首相は攻撃を「卑劣なテロ行為だ」と非難した。",
     [("メルツ", "criticizes", "ロシア軍", "")], []),
    ("act-anaphor", "ロシアはウクライナを攻撃した。日本政府は新たな攻撃を懸念している。", [], [("日本政府", "criticizes", "ロシア")]),
    # standing with someone (と共に立つ) backs them
    ("support", "ルビオ国務長官は「米国は同盟国フィリピンと共に立つ」と表明した。", [("米国", "supports", "フィリピン", "")], []),
    # receiving: an の-phrase of the thing received is no giver; a topic the parser hung on the verb above receives
    ("receiving", "ベトナムはフィリピンから中古の巡視船2隻の供与を受ける。", [("フィリピン", "supports", "ベトナム", "")], []),
    ("receiving", "ベトナムはフィリピンから巡視船の供与を受けることが決まった。", [("フィリピン", "supports", "ベトナム", "")], []),
    # whom a て-clause receives (迎えて, 招いて) is hosted, wherever GiNZA hangs them
    ("hosting", "頼氏は米国のウィッカー議員を総統府に迎えて会談した。", [("頼", "hosts", "ウィッカー", ""), ("頼", "meetsWith", "ウィッカー", "")], []),
    # an office of several countries (4か国の防衛相) is the holders of it the article named, one per country, by
    # whatever title each country gives it (防衛相, 国防長官, 国防相)
    ("office-holders", "小泉進次郎防衛相、米国のヘグセス国防長官、オーストラリアのマールズ国防相、フィリピンのテオドロ国防相がマニラに集まった。"
     "日本、米国、オーストラリア、フィリピンの4か国の防衛相は14日、会談した。",
     [("小泉進次郎", "meetsWith", "ヘグセス", ""), ("マールズ", "meetsWith", "テオドロ", "")], []),
    # an act given as the reason for a criticism (〜したとして非難した) makes it a charge
    ("claim", "フィリピン国家安全保障会議は、補給船に意図的に衝突したとして、中国海警局を非難した。",
     [("フィリピン国家安全保障会議", "accuses", "中国海警局", "")], []),
    # a reported clause that is someone's hostile act (〜の攻撃だと非難した) charges its doer
    ("target-clause", "ロシア国防省はウクライナ軍の攻撃だと非難した。", [("ロシア国防省", "accuses", "ウクライナ軍", "")], []),
    # an event through the phase noun a verb or a stance carries (首脳会談の実現に意欲を示した, 早期開催を模索する): hedged
    ("phase", "高市首相は金正恩総書記との首脳会談の実現に強い意欲を示している。", [("高市", "meetsWith", "金正恩", "hedged")], []),
    ("phase", "高市首相は、習近平国家主席との首脳会談の早期開催を模索する考えも示した。", [("高市", "meetsWith", "習近平", "hedged")], []),
    # 相次ぐ as a predicate of its own (発射が相次いでおり) lends nothing; talks are with a meeting's partner only; no
    # host of someone who did not attend; no meeting partner when the chain says what the request is about
    ("coordination", "北朝鮮による弾道ミサイルの発射が相次いでおり、日本政府は北朝鮮に抗議した。",
     [("日本政府", "protests", "北朝鮮", "")], []),
    ("chain", "日本政府はロシアを強く非難し、追加制裁について協議する方針だ。", [], [("日本政府", "negotiatesWith", "ロシア")]),
    ("hosting", "中国は日本が主催した国際会議に参加しなかった。", [], [("日本", "hosts", "中国")]),
    ("meeting-addressee", "林外相はブリンケン国務長官と会談した。林氏は、ロシアによるウクライナ侵略を強く非難し、即時撤退を求めた。",
     [("林", "criticizes", "ロシア", "")], [("林", "requests", "ブリンケン")]),
    # closing the border with a country is a measure against it
    ("sanctions", "リトアニア政府は先月下旬、対抗措置として、ベラルーシとの国境を約1カ月にわたって閉鎖した。",
     [("リトアニア", "sanctions", "ベラルーシ", "")], []),
    ("sanctions", "政府は空港を閉鎖した。", [], [("政府", "sanctions", "空港")]),
    # 両国の外相: the last two holders of that office the article named, of two countries
    ("office-holders", "インドのジャイシャンカル外相は北京を訪れ、中国の王毅外相と会談した。両国の外相は国境問題で協議を続けることで一致した。",
     [("王毅", "negotiatesWith", "ジャイシャンカル", "hedged")], []),
    # refusing what someone asked for (a relative clause of requesting on the thing refused) rejects them, and they
    # asked the refuser
    ("refusal", "パキスタン側が求めたTTPの掃討作戦への協力を、アフガニスタン政府は拒んだ。",
     [("アフガニスタン", "rejects", "パキスタン", ""), ("パキスタン", "requests", "アフガニスタン", "")], []),
    # 対中 written as one token carries its country; an addition (追加) is a phase of the event; deliberating an event
    # (協議, 議論) carries it as a plan, hedged
    ("nominal", "米国は対中輸出規制を発表した。", [("米国", "sanctions", "中", "")], []),
    ("phase", "日本は対中輸出規制の追加を検討している。", [("日本", "sanctions", "中", "hedged")], []),
    ("light-verb", "EUは対ロ追加制裁を協議する見通しだ。", [("EU", "sanctions", "ロ", "hedged")], []),
    # valuing an event one takes part in (重視) states it; 引き続き read as a verb stands aside; an との-phrase hung on
    # a word of the event's phrase is its partner
    ("light-verb", "中国はパキスタンとの全天候型の協力を引き続き重視する。", [("中国", "cooperatesWith", "パキスタン", "")], []),
    # a relative clause in the past tense is a fact of its own: negation above it does not reach it
    ("negation", "タイは、カンボジアが日本に求めた支援を拒否した。", [("カンボジア", "requests", "日本", "")], []),
    # a treaty concluded is cooperation; とも (と+も, "with X too") read as a noun names the partner
    ("agreement", "オーストラリアは2023年にツバルと安全保障条約を結んだ。", [("オーストラリア", "cooperatesWith", "ツバル", "")], []),
    ("agreement", "中国は2022年にソロモン諸島とも安全保障協定を結んでいる。", [("中国", "cooperatesWith", "ソロモン諸島", "")], []),
    # the place one's visit has taken one (訪問先の北京で) is visited by whoever acts there
    ("destination", "キリバスのマーマウ大統領は20日、訪問先の北京で中国の李強首相と会談した。",
     [("マーマウ", "visits", "北京", ""), ("マーマウ", "meetsWith", "李強", "")], []),
    ("destination", "岸田首相は訪問先のパリで記者団に語った。", [("岸田", "visits", "パリ", "")], []),
    # a protest chained after a clause of the same speaker is addressed to whom that clause names; not past the envoy
    # a summons already names (大使を同省に呼び出し: the ministry is where, not whom)
    ("chain", "メキシコ外務省は同日、在メキシコ米大使館に外交文書を送り、正式に抗議した。",
     [("メキシコ外務省", "protests", "在メキシコ米大使館", "")], []),
    ("chain", "ロシア外務省は日本大使を同省に呼び出し、抗議した。", [], [("ロシア外務省", "protests", "同省")]),
    # cooperation with no other side named, by one who has just met someone, is with whom they met: in a chain, or
    # agreed on (一致) in the next sentence; not when the clause has a subject of its own
    ("meeting-partner", "林外相はインドネシアのスギオノ外相と会談し、協力を確認した。",
     [("林", "cooperatesWith", "スギオノ", "")], []),
    ("meeting-partner", "プーチン大統領はラマポーザ大統領と会談した。プーチン氏は経済協力を深めることで一致した。",
     [("プーチン", "cooperatesWith", "ラマポーザ", "")], []),
    ("meeting-partner", "マーマウ大統領は李強首相と会談し、中国が警察の訓練を担う協定に署名した。", [],
     [("中国", "cooperatesWith", "李強")]),
    # a bare と before the への-object joins it (AとBへの支持), and what a country owns stands for it
    ("nominal", "シシ氏はエリトリアの主権と領土の一体性への支持を改めて表明した。", [("シシ", "supports", "エリトリア", "")], []),
    # a hostile act announced on a condition that names someone threatens them (raising a levy imposes it); なら,
    # which GiNZA tags as the copula, is a condition too; a warning is addressed to the owner of what the act hits
    ("threat", "トランプ氏は、デンマークが計画に協力しなければデンマーク製品への関税を引き上げる可能性を示唆した。",
     [("トランプ", "threatens", "デンマーク", "hedged"), ("トランプ", "sanctions", "デンマーク", "hedged")], []),
    ("threat", "イスラエルは、イランが攻撃を続ければ報復すると述べた。",
     [("イスラエル", "threatens", "イラン", ""), ("イスラエル", "attacks", "イラン", "hedged")], []),
    ("threat", "トランプ米大統領は、対策が不十分なら全てのメキシコ製品に追加関税を課すと警告した。",
     [("トランプ", "warns", "メキシコ", ""), ("トランプ", "sanctions", "メキシコ", "hedged")], []),
    # a one-character abbreviation beside a place written in full is a place of the list (豪NZ)
    ("coordination", "中国は豪NZの懸念を退けた。", [("中国", "rejects", "豪", ""), ("中国", "rejects", "NZ", "")], []),
    # beside an actor that is the topic, a thing marked も is what is also acted on
    ("also-object", "EUはアルメニアの対応も批判した。", [("EU", "criticizes", "アルメニア", "")], []),
    ("also-object", "日本も中国を批判した。", [("日本", "criticizes", "中国", "")], []),
    # a comment withheld is a criticism not made, of what it would have been about (an act pointed back at: its doer)
    ("comment-withheld", "カナダ政府は米国の対応についての論評を控えた。", [("カナダ政府", "criticizes", "米国", "negated")], []),
    ("comment-withheld", "エジプトはイランのミサイル攻撃への言及は避けた。", [("エジプト", "criticizes", "イラン", "negated")], []),
    ("comment-withheld", "ロシアは米国を攻撃した。カナダ政府は今回の攻撃への論評を控えた。",
     [("カナダ政府", "criticizes", "ロシア", "negated")], []),
    ("comment-withheld", "日本は中国についてコメントした。", [], [("日本", "criticizes", "中国")]),
    # a criticism, protest or demand turned away was aimed at the side of whoever turns it away, and was made
    ("turned-away", "ラブロフ外相はEUの批判を「傲慢さの表れだ」と一蹴した。", [("EU", "criticizes", "ロシア", "")], []),
    ("turned-away", "中国外務省の郭嘉昆報道官は、日本の抗議を「受け入れられない」と退けた。", [("日本", "protests", "中国", "")], []),
    ("turned-away", "フィリピンのテオドロ国防相は、軍艦の撤去を求める中国の要求について「検討しない」と退けた。",
     [("中国", "demands", "フィリピン", "")], []),
    # 駐日 written as one token is a posting: the name before it is the envoy's
    ("posting", "米国のグラス駐日大使は日本の立場への支持を表明した。", [("グラス", "supports", "日本", "")], []),
    ("posting", "中国の呉江浩駐日大使は日本を批判した。", [("呉江浩", "criticizes", "日本", "")], []),
    # an attack received from a weapon or craft is the attack of whoever it belongs to
    ("receiving", "ウクライナの港湾施設がロシア軍の無人機による攻撃を受けた。", [("ロシア軍", "attacks", "ウクライナ", "")], []),
    # a denunciation whose quotation tells what its own object does charges the object (批判 does not)
    ("charge", "シコルスキ外相は、「ベラルーシとロシアが組織的に移民を国境に送り込んでいる」と両国を非難した。",
     [("シコルスキ", "accuses", "両国", "")], [("シコルスキ", "criticizes", "両国")]),
    ("charge", "中国は「日本が台湾問題に介入している」と日本を批判した。", [("中国", "criticizes", "日本", "")],
     [("中国", "accuses", "日本")]),
    ("charge", "中国は「日本の行動は危険だ」と日本を非難した。", [("中国", "criticizes", "日本", "")], [("中国", "accuses", "日本")]),
    # a name ends before the ・ that joins it to a portfolio and title (イエメン担当特使: a place a portfolio is about
    # is no affiliation; エネルギー相: a katakana portfolio word)
    ("names", "国連のハンス・グルンドベリ・イエメン担当特使は11日、アブドルサラム氏と会談した。",
     [("ハンス・グルンドベリ", "affiliatedWith", "国連", "")],
     [("ハンス・グルンドベリ", "affiliatedWith", "イエメン")]),
    ("names", "ルーマニアのボグダン・イバン・エネルギー相はキシナウを訪れた。", [("ボグダン・イバン", "visits", "キシナウ", "")], []),
    # with に対し written, a bare に inside the requested clause is the clause's own
    ("addressee", "米国務省は、ロシアに対し原発をウクライナに返還するよう要求した。", [("米国務省", "demands", "ロシア", "")],
     [("米国務省", "demands", "ウクライナ")]),
    # bodies listed with commas are coordinated
    ("coordination", "海上保安庁、オーストラリア国境警備隊、フィリピン沿岸警備隊が合同訓練を実施した。",
     [("海上保安庁", "cooperatesWith", "オーストラリア国境警備隊", ""),
      ("オーストラリア国境警備隊", "cooperatesWith", "フィリピン沿岸警備隊", "")], []),
    # "either of" X and Y marked も beside a topic is acted on (here: criticised by name, negated)
    ("either", "グロッシ事務局長は、ロシアとウクライナのいずれも名指しで非難しなかった。",
     [("グロッシ", "criticizes", "ロシア", "negated"), ("グロッシ", "criticizes", "ウクライナ", "negated")], []),
    # 3氏: the last three people named
    ("counted-people", "フィリピン沿岸警備隊のロニー・ギル・ガバン長官は、日本の瀬口良夫長官とオーストラリアのラクラン・ミラー長官を迎えた。"
     "3氏が会談した。", [("瀬口良夫", "meetsWith", "ラクラン・ミラー", ""), ("ロニー・ギル・ガバン", "meetsWith", "瀬口良夫", "")], []),
    # whoever takes in a delegation hosts its side
    ("hosting", "中国は日本の代表団を受け入れた。", [("中国", "hosts", "日本", "")], []),
    ("hosting", "中国は日本の提案を受け入れた。", [], [("中国", "hosts", "日本")]),
    # a claim of an attempted wrongdoing whose が-subject the parser hung on a verb chained before it
    ("claim", "サンドゥ大統領は、ロシアが親ロ派政党に資金を流し、来年の議会選挙に介入しようとしていると主張した。",
     [("サンドゥ", "accuses", "ロシア", "")], []),
    # an envoy's name cut off at 駐 by the parser is whose the title is; the place after 駐 is where they serve
    ("posting", "サウジ側代表団を率いるムハンマド・アール・ジャービル駐イエメン大使は、イエメンの和平への支持を改めて表明した。",
     [("ムハンマド・アール・ジャービル", "supports", "イエメン", "")], [("イエメン大使", "supports", "イエメン")]),
    # review of the session's rules: the near misses they must leave alone
    ("counted-people", "日米韓の3首脳は、北朝鮮を非難した。", [("首脳", "criticizes", "北朝鮮", "")], []),
    ("threat", "日本が攻撃されれば、米国は反撃すると述べた。", [], [("米国", "threatens", "日本")]),
    ("receiving", "ウクライナ軍が親ロシア派の武装勢力による攻撃を受けた。", [], [("ロシア", "attacks", "ウクライナ軍")]),
    ("receiving", "日本政府は北朝鮮のミサイル発射を受けて国連安保理に報告した。", [], [("北朝鮮", "attacks", "日本政府")]),
    ("meeting-partner", "茂木外相はルビオ国務長官と電話会談した。茂木氏は、韓国との協力を深めることで一致したと述べた。",
     [("茂木", "cooperatesWith", "韓国", "")], [("茂木", "cooperatesWith", "ルビオ")]),
    ("chain", "日本政府は国連安保理に報告し、抗議した。", [], [("日本政府", "protests", "国連安保理")]),
    ("destination", "北朝鮮は、米国務長官の訪問先の韓国に向けて弾道ミサイルを発射した。", [("米国務長官", "visits", "韓国", "")],
     [("北朝鮮", "visits", "韓国")]),
    # a government of a kind (暫定政権, 軍事政権) is still its country's; written bare, it refers back (linking)
    ("government-kind", "バングラデシュ暫定政権のトゥヒド・ホセイン外交顧問は、インドを批判した。",
     [("トゥヒド・ホセイン", "criticizes", "インド", "")], []),
    ("government-kind", "ミャンマー軍事政権は、タイの提案を拒否した。", [("ミャンマー", "rejects", "タイ", "")], []),
    ("government-kind", "インドのジャイシャンカル外相は暫定政権を批判した。", [("ジャイシャンカル", "criticizes", "暫定政権", "")], []),
    # a High Commissioner is an envoy's title (between Commonwealth countries)
    ("title", "インドのプラナイ・バルマ高等弁務官はダッカを離れた。", [], []),
    # the addressee of a request hung on an adjective of the requested conduct is the request's
    ("target", "ロシア外務省は両国に冷静な対応を促した。", [("ロシア外務省", "requests", "両国", "")], []),
    ("target", "日本は中国に建設的な対応を求めた。", [("日本", "requests", "中国", "")], []),
    # putting pressure on someone (圧力をかける) threatens them; told as a charge, it is hedged
    ("light-verb", "米国はパナマに圧力をかけた。", [("米国", "threatens", "パナマ", "")], []),
    ("light-verb", "郭報道官は、米国がパナマに圧力をかけたと非難した。",
     [("米国", "threatens", "パナマ", "hedged"), ("郭", "accuses", "米国", "")], []),
    # trade is the country's it comes from or goes to: restricting it sanctions that country
    ("trade-restriction", "インドはバングラデシュからの衣料品輸入を制限している。", [("インド", "sanctions", "バングラデシュ", "")], []),
    ("trade-restriction", "日本はロシアへの半導体輸出を禁止した。", [("日本", "sanctions", "ロシア", "")], []),
    ("trade-restriction", "中国は日本からの輸入を再開した。", [], [("中国", "sanctions", "日本")]),
    # an agreement exchanged (覚書を交わした) is cooperation between its parties
    ("agreement", "米国とパナマは防衛協力の覚書を交わした。", [("米国", "cooperatesWith", "パナマ", "")], []),
    ("agreement", "日本とフィリピンは意見を交わした。", [], [("日本", "cooperatesWith", "フィリピン")]),
    # the kind of group written before a defined group's name is no part of the name
    ("group", "パキスタン国内で活動する武装勢力パキスタン・タリバン運動（TTP）が攻撃した。インドはTTPを支援していない。",
     [("インド", "supports", "パキスタン・タリバン運動", "negated")], []),
    # a state company introduced by what it is (国営…企業) is a body of its country, and so is its name alone later
    ("state-company", "ロシア国営ガス企業ガスプロムは、モルドバを批判した。ガスプロムは米国を非難した。",
     [("ガスプロム", "criticizes", "モルドバ", ""), ("ガスプロム", "criticizes", "米国", "")], []),
    ("state-company", "ロシア国営原子力企業ロスアトムのアレクセイ・リハチョフ社長は、ウクライナを非難した。",
     [("アレクセイ・リハチョフ", "criticizes", "ウクライナ", "")], []),
    ("state-company", "トヨタ自動車はメキシコを批判した。", [], [("トヨタ自動車", "criticizes", "メキシコ")]),
    # an abbreviation fused with a word for the country (米側) is the country; a direction's side (西側) is not
    ("metonymy", "デンマーク政府は米側の要求には応じていない。", [("デンマーク政府", "rejects", "米", "")], []),
    ("metonymy", "米国など西側諸国はロシアを非難した。", [("米国", "criticizes", "ロシア", "")], [("西", "criticizes", "ロシア")]),
    # a name written onto a thing is its owner, an international organisation as well as a country
    ("owner", "ロシアは、スバールバル諸島周辺のNATO演習に反発した。", [("ロシア", "opposes", "NATO", "")], []),
    # what someone asks for (in a relative clause on it) is theirs: refusing it rejects the asker
    ("owner", "タイの外相は、カンボジアが求めるASEAN監視団の国境への派遣を拒否した。", [("外相", "rejects", "カンボジア", "")],
     [("外相", "rejects", "ASEAN")]),
    # the parser may hang a titled name on the の-phrase before it: that phrase is still its owner
    ("title", "アルジェリアのアブデルマジド・テブン大統領は、マリを非難した。", [("アブデルマジド・テブン", "criticizes", "マリ", "")], []),
    # review of the session's rules: the near misses they must get right
    ("government-kind", "ミャンマーの軍事政権は、タイの提案を拒否した。", [("ミャンマー", "rejects", "タイ", "")], []),
    ("government-kind", "米国はミャンマーの軍事政権に制裁を科した。", [("米国", "sanctions", "ミャンマー", "")], []),
    ("group", "武装勢力パキスタン・タリバン運動（TTP）はパキスタン軍を攻撃した。",
     [("パキスタン・タリバン運動", "attacks", "パキスタン軍", "")], [("パキスタン", "attacks", "パキスタン軍")]),
    ("group", "少数民族武装勢力アラカン軍（AA）は国軍を攻撃した。", [("アラカン軍", "attacks", "国軍", "")], []),
    ("state-company", "ロシア国営企業トップは、ウクライナを批判した。イスラエル軍トップはイランを警告した。", [],
     [("トップ", "warns", "イラン")]),
    ("trade-restriction", "米国は、インドのロシアからの原油輸入を批判した。", [("米国", "criticizes", "インド", "")],
     [("米国", "criticizes", "ロシア")]),
    # a titled name with no country opening a sentence is of the country the sentence before was about
    ("title", "パナマ政府は3日、両港を国の管理下に移すと発表した。ホセ・ラウル・ムリノ大統領は米国を批判した。",
     [("ホセ・ラウル・ムリノ", "criticizes", "米国", "")], []),
    # a shortfall in an event (協力不足, 合意違反) is the party's that falls short; an evasion of sanctions is not theirs
    ("owner", "グロッシ事務局長はイランの協力不足を批判した。", [("グロッシ", "criticizes", "イラン", "")], []),
    ("owner", "日本は中国の合意違反を非難した。", [("日本", "criticizes", "中国", "")], []),
    ("owner", "EUは米国による制裁回避を批判した。", [], [("EU", "criticizes", "米国")]),
    # military instructors sent to a country support it, as troops do
    ("dispatch", "ロシアは中央アフリカに数百人規模の軍事教官を派遣し、政府軍の訓練を担っている。",
     [("ロシア", "supports", "中央アフリカ", "")], []),
    # a one-character abbreviation the tagger takes for a numeral is still a place (豪NZ)
    ("coordination", "キリバス外務移民省は豪NZの懸念を退けた。",
     [("キリバス外務移民省", "rejects", "豪", ""), ("キリバス外務移民省", "rejects", "NZ", "")], []),
    # review of the later rules: near misses that must stay empty or unchanged
    ("title", "ロシアは西部リビウを無人機で攻撃した。アンドリー・サドビー市長はロシアを非難した。", [],
     [("ロシア", "criticizes", "ロシア")]),
    ("owner", "日本は中国企業による国連の制裁違反を非難した。", [], [("日本", "criticizes", "国連")]),
    ("dispatch", "ウクライナは、F16の操縦訓練のため、パイロットと教官を米国に派遣した。", [], [("ウクライナ", "supports", "米国")]),
    # a troop word with a word of its own before it (大型 / 艦艇) is still troops sent
    ("dispatch", "米国はフィリピンに大型艦艇を派遣した。", [("米国", "supports", "フィリピン", "")], []),
    # tenth session
    # a request chained after a clause aimed at someone asks them: the が-subject a quotation opens on, whose thing
    # was criticised, whom a て-clause summoned
    ("chained-addressee", "ベトナム外務省の報道官は、中国が「主権を侵害している」と非難し、作業の即時中止を要求した。",
     [("報道官", "demands", "中国", "")], []),
    ("chained-addressee", "フランス外務省はロシアの行動を「容認できない」と批判し、部隊の撤収を求めた。",
     [("フランス外務省", "requests", "ロシア", "")], []),
    ("chained-addressee", "フィリピン外務省はマニラ駐在の中国大使を呼んで抗議し、船の即時退去を求めた。",
     [("フィリピン外務省", "requests", "中国大使", "")], []),
    ("chained-addressee", "日本の国連大使は、北朝鮮による核開発の継続を非難し、各国に協力を呼びかけた。", [],
     [("国連大使", "requests", "北朝鮮")]),
    # asking that someone's statement or measure be undone asks its owner
    ("undoing", "中国外務省の報道官は、高市早苗首相の国会答弁の撤回を要求した。", [("報道官", "demands", "高市早苗", "")], []),
    ("undoing", "韓国は日本政府の輸出規制の撤廃を求めた。", [("韓国", "requests", "日本政府", "")], []),
    # talks agreed to with a stance held with ある (協議には応じる用意がある); with no side named, the side at odds
    ("stance", "タジキスタンの外相は、ウズベキスタンとの技術協議には応じる用意があると述べた。",
     [("外相", "negotiatesWith", "ウズベキスタン", "hedged")], []),
    ("stance", "韓国は北朝鮮との協議には応じる考えだ。", [("韓国", "negotiatesWith", "北朝鮮", "hedged")], []),
    ("responding", "マレーシア外務省はインドネシアの抗議を受け入れない姿勢を示した。マレーシアの外相は、外交ルートでの協議には応じる用意があると述べた。",
     [("外相", "negotiatesWith", "インドネシア", "hedged")], []),
    # a noun of condition (限り, 場合) makes its clause a condition: the consequent is hedged, and a hostile act on it
    # threatens whom it names
    ("conditional", "マラウイ外務省はタンザニアに部隊の撤収を要求した。マラウイの大統領は「部隊が撤収しない限り、協議には応じない」と述べた。",
     [("大統領", "negotiatesWith", "タンザニア", "negated,hedged")], []),
    ("conditional", "EUは、ロシアが停戦に応じない限り、追加制裁を科すと警告した。",
     [("EU", "sanctions", "ロシア", "hedged"), ("EU", "threatens", "ロシア", ""), ("EU", "warns", "ロシア", "")], []),
    ("conditional", "EUは、ロシアが停戦に応じなければ追加制裁を科すと表明した。",
     [("EU", "sanctions", "ロシア", "hedged"), ("EU", "threatens", "ロシア", "")], []),
    # a proposal pointed back at is the last offer told; its maker stands for it
    ("proposal", "アラブ連盟の事務局長は、イラクとクウェートの協議をカイロで主催する用意があると表明した。イラクの首相はこの提案を歓迎した。",
     [("首相", "praises", "事務局長", "")], []),
    ("proposal", "モザンビークの大統領は、マラウイとタンザニアの首脳会談を主催する用意があると表明した。マラウイの外相はこの提案を歓迎した。",
     [("外相", "praises", "大統領", "")], []),
    # a katakana name the tokenizer cut in two is one name
    ("name", "アラブ連盟のアハメド・アブルゲイト事務局長はイラクを批判した。", [("アハメド・アブルゲイト", "criticizes", "イラク", "")], []),
    # stopping trade or a supply is a sanction (and no support withdrawn)
    ("trade-restriction", "ウズベキスタン政府はタジキスタンへの天然ガス供給の停止を検討している。",
     [("ウズベキスタン", "sanctions", "タジキスタン", "hedged")], [("ウズベキスタン", "supports", "タジキスタン")]),
    ("trade-restriction", "ロシアは、アルメニア産ブランデーの輸入を一時停止すると発表した。", [("ロシア", "sanctions", "アルメニア", "")], []),
    ("trade-restriction", "ロシアはウクライナへのガス供給を停止した。", [("ロシア", "sanctions", "ウクライナ", "")],
     [("ロシア", "supports", "ウクライナ")]),
    ("trade-restriction", "ロシアはウクライナへのガス供給を続けている。", [("ロシア", "supports", "ウクライナ", "")], []),
    # an act a warning threatens is still to happen
    ("warning", "ロシアはモルドバへのガス供給を停止すると警告した。", [("ロシア", "sanctions", "モルドバ", "hedged")], []),
    ("warning", "報道官は、日韓の連携強化について「第三国を標的にすべきではない」とけん制した。", [("日", "cooperatesWith", "韓", "")], []),
    # a claim that tells a hostile act accuses its doer
    ("claim", "クウェートの外相は、イラク海軍の艦艇がクウェートの巡視船に体当たりしたと主張した。", [("外相", "accuses", "イラク海軍", "")], []),
    ("claim", "ロシアは、ウクライナ軍が国境の村を砲撃したと主張した。", [("ロシア", "accuses", "ウクライナ軍", "")], []),
    # lending is support; a backer's backing received is support
    ("support", "世界銀行はタジキスタンに融資している。", [("世界銀行", "supports", "タジキスタン", "")], []),
    ("receiving", "ロシアの後ろ盾を受けるセルビアは反発した。", [("ロシア", "supports", "セルビア", "")], []),
    ("headline", "コスタリカ、ニカラグア軍の越境に抗議　米国は軍高官を制裁\n\n本文は別の話だ。", [], [("米国", "sanctions", "コスタリカ")]),
    ("headline", "タジキスタン、ダムの貯水拡大を発表　ウズベキスタンが抗議、ガス供給停止も検討\n\n本文は別の話だ。",
     [("ウズベキスタン", "protests", "タジキスタン", "")], []),
    # a headline's clauses cut at a comma share the subject written before them
    ("headline", "アルメニア、CSTO脱退を表明　ロシアは「重大な誤り」と警告、ブランデー輸入停止\n\n本文は別の話だ。",
     [("ロシア", "warns", "アルメニア", ""), ("ロシア", "sanctions", "アルメニア", "")], []),
    # two names listed before 両氏 (両首脳) are the two people; a bare title before an event names no one
    ("pair", "マラウイのピーター・ムタリカ大統領とタンザニアのサミア・スルフ・ハッサン大統領は対立している。ムタリカ、サミア両氏の首脳会談が開かれた。",
     [("ムタリカ", "meetsWith", "サミア", "")], []),
    ("pair", "モザンビークの大統領は、ムタリカ、サミア両氏の首脳会談を主催する用意があると表明した。",
     [("大統領", "hosts", "ムタリカ", "hedged"), ("大統領", "hosts", "サミア", "hedged")], []),
    ("nominal", "米国と中国の首脳会談が開かれた。", [("米国", "meetsWith", "中国", "")], [("米国", "meetsWith", "首脳")]),
    # a clause closed by a comma is no part of the relative clause the parser hung it on
    ("chain", "AUのユスフ委員長は10日、マラウイとタンザニアに自制を求め、元首脳らでつくる仲介団を派遣する方針を示した。",
     [("ユスフ", "requests", "マラウイ", ""), ("ユスフ", "requests", "タンザニア", "")], []),
    # the が-subject a quotation opens on, hung by the parser on the clause, is whom a chained demand asks
    ("chained-addressee", "ウズベキスタン外務省の報道官は12日の声明で、タジキスタンが「川の水量を操作している」と非難し、貯水計画の即時凍結を要求した。",
     [("報道官", "demands", "タジキスタン", "")], []),
    # near misses a review found (each must stay as it is)
    ("chained-addressee", "ウクライナの外相は、ロシアの攻撃を「テロだ」と非難し、追加制裁を求めた。", [], [("外相", "requests", "ロシア")]),
    ("chained-addressee", "中国は、日本が「歴史を歪曲している」と非難し、謝罪を求めた。", [("中国", "requests", "日本", "")], []),
    ("chained-addressee", "英国は、イランの核開発を非難し、安保理の緊急会合を要請した。", [("英国", "requests", "安保理", "")],
     [("英国", "requests", "イラン")]),
    ("chained-addressee", "イスラエルは、イランの攻撃を非難し、イランへの制裁強化を求めた。", [], [("イスラエル", "requests", "イラン")]),
    ("undoing", "ハンガリーの首相は、ロシアのウクライナ侵攻を受けた対ロ制裁の解除を求めた。", [], [("首相", "requests", "ロシア")]),
    ("undoing", "フランスは、欧州連合とメルコスルの貿易協定の見直しを求めた。",
     [("フランス", "requests", "欧州連合", ""), ("フランス", "requests", "メルコスル", "")], []),
    ("conditional", "ドイツは、ロシアが交渉に応じない場合でも、ウクライナへの支援を続けると述べた。",
     [("ドイツ", "supports", "ウクライナ", "")], []),
    ("conditional", "米国は、可能な限りウクライナを支援すると述べた。", [("米国", "supports", "ウクライナ", "")], []),
    ("conditional", "日本は、どのような場合でも中国との対話を続けると表明した。", [("日本", "negotiatesWith", "中国", "")], []),
    ("conditional", "欧州連合は、ロシアが停戦に応じなければ、追加制裁を科す方針を示した。", [("欧州連合", "sanctions", "ロシア", "hedged")], []),
    ("proposal", "カタールは、米国とイランの間接協議を仲介する用意があると表明した。イランの外相はこの申し出を歓迎した。", [],
     [("外相", "praises", "米国")]),
    ("trade-restriction", "ロシアは、ウクライナ経由の欧州へのガス輸送の停止を受け、トルコ経由の供給を増やした。", [],
     [("ウクライナ", "sanctions", "ロシア")]),
    ("warning", "ロシア外務省は、日米の合同演習に対し「対抗措置をとる」と警告した。", [("日", "cooperatesWith", "米", "")], []),
    ("warning", "韓国は、「北朝鮮がロシアに兵士を派遣した」と警告した。", [("北朝鮮", "supports", "ロシア", "")], []),
    # a reaction aimed at no one named is aimed at whom the sentence before was about
    ("reaction", "タジキスタン政府は11日、ダムの貯水量を2倍に増やすと発表した。下流のウズベキスタンは、灌漑用水が不足するとして強く反発している。",
     [("ウズベキスタン", "opposes", "タジキスタン", "")], []),
    ("reaction", "中国は新たな地図を発表した。インドはこれに強く反発した。", [("インド", "opposes", "中国", "")], []),
    ("reaction", "中国は新たな地図を発表した。中国外務省は反発する勢力を批判した。", [], [("中国外務省", "opposes", "中国")]),
    # a state company with its owner written with の
    ("state-company", "マレーシアの国営石油会社ペトロナスは18日、海域で探査を始めたと発表した。インドネシアは強く反発している。",
     [("インドネシア", "opposes", "ペトロナス", "")], []),
    # a clause made a noun by こと is the content of the verb above it (denied here)
    ("negation", "中国海警局は、フィリピンの船に体当たりしたことを否定した。", [("中国海警局", "attacks", "フィリピン", "negated")], []),
    # a side that claims its own act accuses no one
    ("claim", "ロシア国防省は、ロシア軍がウクライナの軍事施設を攻撃したと主張した。", [("ロシア軍", "attacks", "ウクライナ", "hedged")],
     [("ロシア国防省", "accuses", "ロシア軍")]),
    # events that did not take place, found by a probe of 352 sentences: whether a nominal event happened is its
    # predicate's (実現しなかった, 開催には至らなかった, 見送りとなった); a clause under わけではない or 事実はない is said
    # not to be so; giving up or putting off (断念, 取りやめる, 延期) negates; a こと or plan noun the parser hung beside
    # its clause still carries the negation above it; a double negation (せざるを得ない) is none
    ("negation", "日本と韓国の首脳会談は実現に至らなかった。", [("日本", "meetsWith", "韓国", "negated")], []),
    ("negation", "ロシアとウクライナの直接交渉の開催には至らなかった。", [("ロシア", "negotiatesWith", "ウクライナ", "negated")], []),
    ("negation", "イランとサウジアラビアの協議は見送りとなった。", [("イラン", "negotiatesWith", "サウジアラビア", "negated")], []),
    ("negation", "中国外務省の報道官は、中国がロシアに武器を供与しているわけではないと反論した。",
     [("中国", "supports", "ロシア", "negated")], []),
    ("negation", "ロシア外務省のザハロワ報道官は、ロシアがモルドバを脅迫した事実はないと否定した。",
     [("ロシア", "threatens", "モルドバ", "negated")], []),
    ("negation", "米国は、イランを攻撃することを断念した。", [("米国", "attacks", "イラン", "negated")], []),
    ("negation", "韓国は、日本に謝罪を求めることを取りやめた。", [("韓国", "requests", "日本", "negated")], []),
    ("negation", "フランスは、ロシアに制裁を科すことを延期した。", [("フランス", "sanctions", "ロシア", "negated")], []),
    ("negation", "日本政府は、ロシアに追加制裁を科す計画はないと説明した。", [("日本政府", "sanctions", "ロシア", "negated,hedged")], []),
    ("negation", "米国は、イスラエルを支援せざるを得なかった。", [("米国", "supports", "イスラエル", "")], []),
    ("negation", "英国政府は、イランへの制裁を発動しないわけにはいかなかった。", [("英国政府", "sanctions", "イラン", "")], []),
    ("negation", "日本と米国の首脳会談が実現した。", [("日本", "meetsWith", "米国", "")], []),
    ("negation", "米国と中国の協議は合意に至らなかった。", [("米国", "negotiatesWith", "中国", "")], []),
    # an intention (つもり) is hedged, and its clause's subject found above it; a clause under わけではない with no
    # subject of its own is the speaker's; the invocation of a sanction (発動) is a phase of it
    ("negation", "習近平国家主席は「中国は台湾を攻撃するつもりはない」と述べた。", [("中国", "attacks", "台湾", "negated,hedged")], []),
    ("negation", "日本政府は、韓国を批判しているわけではないと説明した。", [("日本政府", "criticizes", "韓国", "negated")], []),
    ("negation", "ドイツ政府はロシアへの制裁の発動を見合わせた。", [("ドイツ政府", "sanctions", "ロシア", "negated")], []),
    ("hedge", "中国は台湾を攻撃するつもりだ。", [("中国", "attacks", "台湾", "hedged")], []),
    ("negation", "中国は、ロシアを支持しないわけではないと述べた。", [("中国", "supports", "ロシア", "")], []),
    # a sanction in a later clause of a headline, aimed at no one it names, is aimed at whom the headline opens on,
    # by the subject its comma-cut clauses share (も too); a reaction that closes a clause is not hedged by the next
    ("headline", "イラン、イスラエルにミサイル攻撃　米国は非難、追加制裁を発表\n\n本文は別の話だ。",
     [("米国", "criticizes", "イラン", ""), ("米国", "sanctions", "イラン", "")], []),
    ("headline", "北朝鮮、弾道ミサイル発射　日本は抗議、独自制裁を検討\n\n本文は別の話だ。",
     [("日本", "protests", "北朝鮮", ""), ("日本", "sanctions", "北朝鮮", "hedged")], []),
    ("headline", "ロシア、ウクライナに大規模攻撃　EUは非難、制裁強化\n\n本文は別の話だ。", [("EU", "sanctions", "ロシア", "")], []),
    ("headline", "米国、イランに追加制裁　英国も同調、イランの銀行を制裁\n\n本文は別の話だ。", [("英国", "sanctions", "イラン", "")], []),
    ("headline", "北朝鮮、ロシアに兵士派遣　韓国は非難、ウクライナへの武器供与を検討\n\n本文は別の話だ。",
     [("韓国", "criticizes", "北朝鮮", ""), ("韓国", "supports", "ウクライナ", "hedged")], []),
    # a noun that names the doer (後ろ盾, the backer) says its subject does it to the noun's owner
    ("doer-noun", "米国はイスラエルの後ろ盾だ。", [("米国", "supports", "イスラエル", "")], []),
    ("doer-noun", "ロシアはシリアの後ろ盾となってきた。", [("ロシア", "supports", "シリア", "")], []),
    ("doer-noun", "米国はイスラエルの後ろ盾ではない。", [("米国", "supports", "イスラエル", "negated")], []),
    # eleventh session. A prefix glued to the title is the title's (副報道局長), and a given name that is also a
    # city's stays the name when ・ joins it
    ("title", "中国外務省の林剣副報道局長は、両国に自制を求めた。", [("林剣", "requests", "両国", "")], [("林剣副", "requests", "両国")]),
    ("title", "ブラジルのルラ大統領は、パラグアイのサンティアゴ・ペニャ大統領を批判した。",
     [("ルラ", "criticizes", "サンティアゴ・ペニャ", "")], [("ルラ", "criticizes", "ペニャ")]),
    # what a caller asks in the sentence of the call is asked of whom they called
    ("call", "ルラ大統領はペニャ大統領に電話し、「友好関係を損なうことは望まない」と伝えたうえで、交渉の早期再開を呼びかけた。",
     [("ルラ", "requests", "ペニャ", "")], []),
    ("call", "マクロン大統領はゼレンスキー大統領に電話し、停戦協議への参加を求めた。", [("マクロン", "requests", "ゼレンスキー", "")], []),
    # 〜は…し、〜は…した: each half has its topic (GiNZA hangs both on the last verb)
    ("two-topics", "両氏は会談した。ロシアは協力の拡大で一致し、中国はロシアへの支援を約束した。",
     [("中国", "supports", "ロシア", "")], [("ロシア", "supports", "ロシア")]),
    ("two-topics", "インドは米国と協議し、パキスタンは中国との協力を確認した。",
     [("インド", "negotiatesWith", "米国", ""), ("パキスタン", "cooperatesWith", "中国", "")], [("インド", "cooperatesWith", "中国")]),
    # a clause set against the next (〜したが、): the next clause's topic is not its subject; これ, the object of a
    # reaction, points back at whoever said what it reacts to
    ("contrast", "米国務省は声明で、ブラジルに主権を尊重するよう求めたが、ブラジル外務省はこれを退けた。",
     [("米国務省", "requests", "ブラジル", ""), ("ブラジル外務省", "rejects", "米国務省", "")],
     [("ブラジル外務省", "requests", "ブラジル")]),
    ("contrast", "日本は中国に説明を求めたが、中国外務省はこれを批判した。",
     [("日本", "requests", "中国", ""), ("中国外務省", "criticizes", "日本", "")], []),
    # an event noun a verb is said over (サイバー攻撃で名指しした) is what the naming is about, not an act
    ("grounds", "チェコが中国をサイバー攻撃で名指しするのは2度目だ。", [], [("チェコ", "attacks", "中国")]),
    # the summoning clause GiNZA hung on a word of the next clause still names whom the protest and demand go to
    ("summons", "チェコのマツィンカ外相は、プラハ駐在の中国大使を呼び、攻撃は「容認できない敵対行為だ」として抗議し、攻撃の即時停止を要求した。",
     [("マツィンカ", "protests", "中国大使", ""), ("マツィンカ", "demands", "中国大使", "")], []),
    # the が-subject opening a relative clause on what the verb takes is the clause's (…が面会したことに反発した)
    ("relative-subject", "中国は、ダライ・ラマとパベル氏が面会したことに強く反発した。", [("中国", "opposes", "パベル", "")],
     [("パベル", "opposes", "中国")]),
    ("relative-subject", "ロシアは、フィンランドがNATOに加盟したことを非難した。", [("ロシア", "criticizes", "フィンランド", "")],
     [("フィンランド", "criticizes", "ロシア")]),
    # asking for someone to leave the country is a demand; the officials counted (外交官2人) are still officials
    ("expulsion", "フランスはパリのマリ大使館の外交官2人に国外退去を求めた。", [("フランス", "demands", "外交官", "")], [("フランス", "requests", "外交官")]),
    ("expulsion", "ロシアは英国の外交官を追放した。", [("ロシア", "demands", "外交官", "")], []),
    # what two run together (共同運用, 共同開発) is cooperation, by the topic when a partner is written
    ("joint-act", "米英が共同運用する軍事基地がある。", [("米", "cooperatesWith", "英", "")], []),
    ("joint-act", "インドは日本と共同開発したミサイルを配備した。", [("インド", "cooperatesWith", "日本", "")], []),
    ("joint-act", "パラグアイはブラジルと共同運営する発電所の交渉を中断した。", [("パラグアイ", "cooperatesWith", "ブラジル", "")], []),
    # agreeing on talks is talks, not cooperation
    ("agreement", "両国は協議を続けることでは一致した。", [], [("両国", "cooperatesWith", "両国")]),
    # blocking someone's event opposes whose it is; the blocked event did not happen
    ("blocking", "欧州委員会は、ハンガリーによるウクライナの加盟交渉の妨害を批判した。",
     [("ハンガリー", "opposes", "ウクライナ", ""), ("欧州委員会", "criticizes", "ハンガリー", "")],
     [("ハンガリー", "negotiatesWith", "ウクライナ")]),
    ("blocking", "ハンガリーは、NATOとウクライナの会合の開催を阻止してきた。", [("NATO", "meetsWith", "ウクライナ", "negated")], []),
    # a measure named by an example of it (輸入停止などの対抗措置); cutting exports is a sanction as stopping them is
    ("trade-restriction", "パキスタン政府は、イラン産ガスの輸入停止などの対抗措置を検討している。",
     [("パキスタン政府", "sanctions", "イラン", "hedged")], []),
    ("trade-restriction", "ハンガリー政府はウクライナへの電力輸出の削減を決めた。", [("ハンガリー政府", "sanctions", "ウクライナ", "")], []),
    # a warning whose condition names someone warns them, whatever else its words name
    ("conditional-warning", "シビハ外相は、ハンガリーが電力を政治の道具に使えば「EUの規則に反する」と警告した。",
     [("シビハ", "warns", "ハンガリー", "")], [("シビハ", "warns", "EU")]),
    # a group the article names in quotes after the kind of group it is
    ("named-group", "イラン革命防衛隊は、武装組織「ジェイシ・アドル」の拠点を攻撃した。",
     [("イラン革命防衛隊", "attacks", "ジェイシ・アドル", "")], []),
    ("named-group", "国境警備隊の詰め所が過激派組織「ジェイシ・アドル」の襲撃を受けた。", [("ジェイシ・アドル", "attacks", "国境警備隊", "")], []),
    # a criticism chained after laying a hostile act at someone's door is an accusation
    ("attribution", "チェコ政府は、攻撃は中国の情報機関によるものだと断定し、中国を名指しで非難した。",
     [("チェコ", "accuses", "中国", "")], [("チェコ", "criticizes", "中国")]),
    ("attribution", "米国は、空爆はロシア軍によるものだと断定し、ロシアを強く非難した。", [("米国", "accuses", "ロシア", "")], []),
    # a military rank is a title (元帥, 大将)
    ("title", "パキスタン軍トップのアシム・ムニール元帥は、イランをけん制した。", [("アシム・ムニール", "warns", "イラン", "")], []),
    # the delegation of a named body is that body (as its soldiers are)
    ("delegation", "チェコ議会上院の代表団は、台湾を訪問した。", [("チェコ議会上院", "visits", "台湾", "")], []),
    # ruling an event out negates it; not ruling it out leaves it possible (hedged, not negated); an event under a noun
    # of its prospect (可能性, 予定, 方針) is carried by the verb over that noun, hedged
    ("ruling-out", "ロシアは、ウクライナとの協議の再開を排除しなかった。", [("ロシア", "negotiatesWith", "ウクライナ", "hedged")], []),
    ("ruling-out", "日本は中国への制裁を排除した。", [("日本", "sanctions", "中国", "negated")], []),
    ("prospect", "パキスタンは、イランとの首脳会談の可能性を示唆した。", [("パキスタン", "meetsWith", "イラン", "hedged")], []),
    ("prospect", "政府は、ロシアへの追加制裁の方針を固めた。", [("日本", "sanctions", "ロシア", "hedged")], []),
    ("prospect", "岸田首相は、インドへの訪問の予定を発表した。", [("岸田", "visits", "インド", "hedged")], []),
    # laying a hostile act at someone's door accuses them (…の犯行だと断定した, …によるものと特定した); not a deed
    # that is no wrongdoing (事故は運転手によるものと断定した)
    ("attribution", "米政府は、ハッキングは北朝鮮の犯行だと断定した。", [("米政府", "accuses", "北朝鮮", "")], []),
    ("attribution", "英国は、攻撃はロシア軍によるものと特定した。", [("英国", "accuses", "ロシア軍", "")], []),
    ("attribution", "チェコ、中国の仕業と断定", [("チェコ", "accuses", "中国", "")], []),
    # from a probe of common constructions. The owner GiNZA hung on the place of an event is the event's
    # (イスラエルのガザでの軍事作戦); a measure named by its event is its owner's (米国の関税措置); a call for an event
    # or a phase of it is whose the event is (日本の対話の呼びかけ, ウクライナのEU加盟交渉の開始)
    ("owner-chain", "トルコのエルドアン大統領は、イスラエルのガザでの軍事作戦を厳しく批判した。", [("エルドアン", "criticizes", "イスラエル", "")], []),
    ("owner-chain", "ブラジルのルラ大統領は、米国の関税措置を「不当だ」と批判した。", [("ルラ", "criticizes", "米国", "")], []),
    ("owner-chain", "北朝鮮は、日本の対話の呼びかけを一蹴した。", [("北朝鮮", "rejects", "日本", "")], []),
    ("owner-chain", "ハンガリーは、ウクライナのEU加盟交渉の開始に反対している。", [("ハンガリー", "opposes", "ウクライナ", "")], []),
    # a name and title the tokenizer keeps whole, which the parser tags an adjective (トランプ大統領に対し)
    ("name-as-adjective", "石破首相はトランプ大統領に対し、関税措置の見直しを求めた。", [("石破", "requests", "トランプ", "")], []),
    # what is said to be so (とされる), suspected (疑いがある, even of a past act) or a view (との見方) is hedged
    ("hedge", "イランはロシアに無人機を供与しているとされる。", [("イラン", "supports", "ロシア", "hedged")], []),
    ("hedge", "ロシアが北朝鮮に軍事技術を提供した疑いがある。", [("ロシア", "supports", "北朝鮮", "hedged")], []),
    ("hedge", "米政府当局者は、ロシアがイランに技術支援を提供しているとの見方を示した。", [("ロシア", "supports", "イラン", "hedged")], []),
    # a verdict of one's own (容認できない, 受け入れられない) is no charge: neither it nor what it judges is hedged
    ("verdict", "韓国の趙兌烈外相は「北朝鮮とロシアの軍事協力は容認できない」と批判した。",
     [("趙兌烈", "criticizes", "北朝鮮", ""), ("北朝鮮", "cooperatesWith", "ロシア", "")], []),
    ("verdict", "日本政府は、ロシアの主張を「全く受け入れられない」と反論した。", [("日本政府", "rejects", "ロシア", "")], []),
    # whom an agreement is aimed at (に対し) is no party to it
    ("agreement", "ウクライナへの侵攻を続けるロシアに対し、G7は追加制裁を科すことで一致した。", [], [("G7", "cooperatesWith", "ロシア")]),
    # the と-partner of talks GiNZA hung on what they are about; the が-subject of a chain's first clause
    ("chain-subject", "カナダのカーニー首相がメキシコを訪問し、シェインバウム大統領と貿易問題を協議した。",
     [("カーニー", "visits", "メキシコ", ""), ("カーニー", "negotiatesWith", "シェインバウム", "")], []),
    # support someone thanks for was given to them; support from (からの) is its giver's
    ("thanks", "ゼレンスキー大統領は、日本の支援に謝意を表明した。",
     [("日本", "supports", "ゼレンスキー", ""), ("ゼレンスキー", "praises", "日本", "")], []),
    ("thanks", "ゼレンスキー氏は、日本からの支援に感謝の意を示した。",
     [("日本", "supports", "ゼレンスキー", ""), ("ゼレンスキー", "praises", "日本", "")], []),
    # a clause hung on a criticism but said with another verb (…と批判し、…を「守る」と述べた) is no charge
    ("said-with", "ラブロフ外相は、EUの制裁を「違法な圧力だ」と批判し、同盟国ベラルーシを「あらゆる手段で守る」と述べた。",
     [("ラブロフ", "supports", "ベラルーシ", "")], []),
    # a visit or meeting in the non-past is still to come (hedged), and so is a clause chained onto one on the calendar
    ("future", "王毅外相は来週、インドを訪問する。", [("王毅", "visits", "インド", "hedged")], []),
    ("future", "中国外務省は、王毅外相が来週、インドを訪問すると発表した。", [("王毅", "visits", "インド", "hedged")], []),
    ("future", "英国のヒーリー国防相は21日にキーウを訪れ、ウクライナのシビハ外相と会談する予定だ。",
     [("ヒーリー", "visits", "キーウ", "hedged"), ("ヒーリー", "meetsWith", "シビハ", "hedged")], []),
    ("future", "王毅外相はインドを訪問し、モディ首相と会談した。",
     [("王毅", "visits", "インド", ""), ("王毅", "meetsWith", "モディ", "")], []),
    # a regnal or lineage number is part of the name (アブドラ2世国王)
    ("title", "ヨルダンのアブドラ2世国王は、シリアのシャラア大統領を批判した。", [("アブドラ2世", "criticizes", "シャラア", "")], []),
    # from ja_blind11 (a development set since the eleventh session): a commissioner is a title; defending someone's
    # decision and funding them support them; an act ascribed to an actor as the reason for a criticism is a charge
    ("title", "欧州委員会のマグナス・ブルンナー委員は、スペインへの連帯を表明した。", [("マグナス・ブルンナー", "supports", "スペイン", "")], []),
    ("support", "ロシア外務省のザハロワ報道官は、ニジェールの決定を「正当な判断だ」と擁護した。", [("ザハロワ", "supports", "ニジェール", "")], []),
    ("support", "EUはモロッコに国境管理のための多額の資金を拠出している。", [("EU", "supports", "モロッコ", "")], []),
    ("charge", "スペイン政府は、モロッコ当局が国境の警備を意図的に緩めたとして同国を非難した。", [("スペイン政府", "accuses", "同国", "")],
     [("スペイン政府", "criticizes", "同国")]),
    # an attack aimed at no one named is aimed at whose the place it falls on is; an event done again and again is done
    ("attack-place", "イスラエル軍もシリア南部で空爆を繰り返している。", [("イスラエル軍", "attacks", "シリア", "")], []),
    ("attack-place", "ロシア軍はウクライナ東部で攻撃を続けている。", [("ロシア軍", "attacks", "ウクライナ", "")], []),
    ("attack-place", "米軍は国境付近で演習を行った。", [], [("米軍", "attacks", "国境")]),
    # a foreign minister with a foreign name and no country opening a sentence is of the country the sentence before
    # was about, through the body or person it opened on
    ("title", "PNG外務省はインドネシア大使を呼んで抗議した。ジャスティン・トカチェンコ外相は、インドネシアを批判した。",
     [("ジャスティン・トカチェンコ", "criticizes", "インドネシア", "")], []),
    # a country's name whose 国 the tokenizer glued to the body after it (ドミニカ / 共和 / 国軍)
    ("body", "ドミニカ共和国軍は国境地帯でハイチを攻撃した。", [("ドミニカ共和国軍", "attacks", "ハイチ", "")], []),
    # partners listed with との, the subject left unread: talks with each, never between them
    ("partner-list", "地元メディアによると、軍事政権はチャドやトーゴとの協議に入ったとみられる。", [], [("チャド", "negotiatesWith", "トーゴ")]),
    # a visit or meeting not permitted did not take place (来日を認めなかった)
    ("negation", "日本政府は、台湾の頼清徳総統の来日を認めなかった。", [("頼清徳", "visits", "日本", "negated")], []),
    # a partner GiNZA hung on the span of time before the verb (…と約1時間会談した); the emperor and empress are Japan's
    ("partner-on-time", "岸田首相は、中国の李強首相と約1時間会談した。", [("岸田", "meetsWith", "李強", "")], []),
    ("imperial", "モンゴル政府は、日本の天皇皇后両陛下を国賓として迎えた。", [("モンゴル", "hosts", "天皇皇后両陛下", "")], []),
    # a name the tagger took for a common noun before a title, known to the people gazetteer (岩屋 / 外相)
    ("title", "岩屋外相は、中国の王毅外相と会談した。", [("岩屋", "meetsWith", "王毅", "")], []),
    # from ja_blind13 (a development set since the thirteenth session) and the ja_news_negation probe:
    # X当局 (the authorities) is the country as its government is; a clause's が-subject the parser hung on a relative
    # clause inside it is still the clause's
    ("authorities", "インド外務省は、パキスタン当局がテロ組織を支援していると非難した。", [("インド外務省", "accuses", "パキスタン", "")], []),
    ("charge", "米国務省は、イラン当局が反政府デモを弾圧する治安部隊の行動を黙認していると非難した。",
     [("米国務省", "accuses", "イラン当局", "")], []),
    # an addressee the parser hung on a plain noun it took for a verb (民間人[VERB]の保護)
    ("target-in-object", "国連はイスラエル軍に民間人の保護を求めた。", [("国連", "requests", "イスラエル軍", "")], []),
    # proposing or advising what someone is to do asks it of them (〜よう提案した, 〜よう申し入れた)
    ("proposal-request", "フランスは、停戦協議を再開するようロシアとウクライナに提案した。",
     [("フランス", "requests", "ロシア", ""), ("フランス", "requests", "ウクライナ", "")], []),
    ("proposal-request", "日本政府は中国に対し、調査結果を公表するよう申し入れた。", [("日本政府", "requests", "中国", "")],
     [("日本政府", "protests", "中国")]),
    # suing someone accuses them; the court is no party
    ("lawsuit", "ガイアナはベネズエラを国際司法裁判所に提訴した。", [("ガイアナ", "accuses", "ベネズエラ", "")],
     [("ガイアナ", "accuses", "国際司法裁判所")]),
    ("lawsuit", "マラウイは国際司法裁判所への提訴を検討している。", [], [("マラウイ", "accuses", "国際司法裁判所")]),
    # an addressee marked に対し on the first verb of a て-chain asked for; a warning after a demand whose clause the
    # parser hung inside the warning's quotation goes to whom the demand went
    ("addressee-chain", "エストニアのツァフクナ外相は、ロシアに対し領空侵犯を認めて謝罪するよう求めた。",
     [("ツァフクナ", "requests", "ロシア", "")], []),
    ("warning-chain", "ポーランドのシコルスキ外相は、ベラルーシに国境管理の徹底を要求し、「同じ事態が繰り返されれば、対抗措置をとらざる"
     "を得ない」と警告した。", [("シコルスキ", "demands", "ベラルーシ", ""), ("シコルスキ", "warns", "ベラルーシ", "")], []),
    # a country written before 国境 is the other side of the border; the troops sent are not whom the sending supports
    ("border", "トルコ政府は、南部のシリア国境地帯に部隊を増派した。", [], [("トルコ政府", "supports", "シリア")]),
    ("border", "チリ、ボリビア国境に軍を増派", [], [("チリ", "supports", "軍"), ("チリ", "supports", "ボリビア")]),
    # a place the gazetteer does not know, written after its country, is in that country
    ("visit-place", "中国の王毅外相はベトナム北部ハイフォンを訪れた。", [("王毅", "visits", "ベトナム", "")], []),
    # what a document says is not the actor's when the actor did not sign it or vote for it
    ("withheld-endorsement", "インドはロシアを非難する共同声明に署名しなかった。", [("インド", "criticizes", "ロシア", "negated")], []),
    ("withheld-endorsement", "ロシア軍の撤退を求める決議に賛成しなかった中国は、その後もロシアとの貿易を拡大している。",
     [("中国", "requests", "ロシア軍", "negated")], []),
    ("withheld-endorsement", "日本はロシアを非難する共同声明に署名した。", [("日本", "criticizes", "ロシア", "")], []),
    # 〜するどころか: far from doing it
    ("far-from", "北朝鮮は韓国との対話に応じるどころか、ミサイルを発射した。", [("北朝鮮", "negotiatesWith", "韓国", "negated")], []),
    # an event with a doer of its own is the doer's, whoever does not join in it
    ("joining", "米軍はイスラエルによるイランへの攻撃に加わらなかった。",
     [("イスラエル", "attacks", "イラン", ""), ("米軍", "attacks", "イラン", "negated")], []),
    # a clause linked by 一方 is an act of its own: what the next clause does not do is not its
    ("linked-clause", "ベトナムは米国との協力を強化する一方、中国への批判を控えた。",
     [("ベトナム", "cooperatesWith", "米国", ""), ("ベトナム", "criticizes", "中国", "negated")], []),
    # わけではない negates the act said not to be so, not the event that is only its object
    ("not-so", "インドはロシアのウクライナ侵攻を支持しているわけではない。",
     [("ロシア", "invades", "ウクライナ", ""), ("インド", "supports", "ロシア", "negated")], []),
    # a negating verb not intended (撤回する考えはない) is a double negation: the sanction stands
    ("double-negation", "英国政府は、イランの革命防衛隊に科した制裁を撤回する考えはないと表明した。",
     [("英国政府", "sanctions", "革命防衛隊", "hedged")], []),
    # the first word of a title the tagger read as an adjective (特別[ADJ] / 代表)
    ("title", "国連リビア支援団のハンナ・テッテ特別代表は、リビアに協力を促した。", [("ハンナ・テッテ", "requests", "リビア", "")], []),
    # a sentence the parser cut at the 」 of a quotation that ends in no 。 goes on (「…するよう」要求した)
    ("quote-runs-on", "スーダン外務省は、南スーダン政府に「国境の管理を徹底するよう」要求した。",
     [("スーダン外務省", "demands", "南スーダン", "")], []),
    ("quote-runs-on", "ロシア外務省は、ラトビア政府に「差別的な政策を直ちにやめるよう」要求した。",
     [("ロシア外務省", "demands", "ラトビア", "")], []),
    # これ pointed back at, where the parser hung it inside the quotation (これを「事実無根だ」として退けた)
    ("pointed-back", "スーダン外務省は、南スーダン政府に国境の管理を徹底するよう要求した。南スーダン外務省はこれを「事実無根だ」として"
     "退けた。", [("南スーダン外務省", "rejects", "スーダン外務省", "")], []),
    # taking sides (肩入れ) supports
    ("support", "ロシアは、米国がウクライナに肩入れしていると非難した。", [("米国", "supports", "ウクライナ", "hedged")], []),
    # talks agreed on by two who have just talked (even by phone) are between them
    ("agreed-talks", "ボリビアのパス大統領は20日、チリのカスト大統領と電話で協議し、実務者協議を開くことで合意した。",
     [("パス", "negotiatesWith", "カスト", "hedged")], []),
    # a katakana name before a title the tokenizer split (グテレス / 事務 / 総長)
    ("title", "国連のグテレス事務総長は、インドとパキスタンが停戦で合意したことを歓迎した。",
     [("グテレス", "praises", "インド", ""), ("グテレス", "praises", "パキスタン", "")], []),
    # a は-topic GiNZA hung on the で-phrase after it (声明で) is the verb's
    ("topic-on-means", "国連のグテレス事務総長は声明で、ロシア軍によるウクライナへのミサイル攻撃を「強く非難する」と表明した。",
     [("グテレス", "criticizes", "ロシア軍", "")], []),
    # names listed with the topic of a clause chain are topics with it, whatever the tagger made of a katakana name
    ("listed-topics", "英国のスターマー首相、フランスのマクロン大統領、ドイツのメルツ首相は共同声明を出し、イランに対し協力を求めた。",
     [("スターマー", "requests", "イラン", ""), ("マクロン", "requests", "イラン", ""), ("メルツ", "requests", "イラン", "")], []),
    # arguments the parser hung on a plain noun it read as a verb (無人機[VERB]とミサイルで攻撃した)
    ("noun-as-verb", "ロシア軍は7日未明、首都キーウを無人機とミサイルで攻撃した。", [("ロシア軍", "attacks", "キーウ", "")], []),
    # the topic and に対し-addressee written before a reason clause (〜として) are the main verb's
    ("reason-clause", "米国はインドに対し、戦争の資金源になっているとして、原油の購入を停止するよう求めた。",
     [("米国", "requests", "インド", "")], []),
    ("reason-clause", "林官房長官は、北朝鮮と首脳会談を行う予定は現時点ではないとしつつ、北朝鮮に対話を呼びかけた。",
     [("林", "requests", "北朝鮮", "")], []),
    # an agreement noun GiNZA made a compound of the first word of its name (包括的[head] / … / 条約に署名した)
    ("agreement", "イランとロシアは包括的戦略パートナーシップ条約に署名した。", [("イラン", "cooperatesWith", "ロシア", "")], []),
    # a description the gazetteer does not know, named in brackets after it (主要7カ国（G7）)
    ("bracketed-name", "主要7カ国（G7）の外相は、中国に協力を求めた。", [("外相", "requests", "中国", "")], []),
    # a leader's government the tokenizer keeps as one word (トランプ政権) is the leader's country
    ("leader-government", "トランプ政権はインドを批判した。", [("米国", "criticizes", "インド", "")], []),
    # the が-subject of a clause the chain runs on from (〜し、〜した) is the next clause's too
    ("chain-subject", "米国の特使が2日、モスクワ入りし、プーチン大統領と会談した。", [("特使", "meetsWith", "プーチン", "")], []),
    ("chain-subject", "ロシアが停戦を拒めば、制裁を科す。", [], [("ロシア", "sanctions", "ロシア")]),
    # a later clause of a headline opening on its speaker and the words it quotes, with no particle between
    ("headline-speaker", "イスラエル、シリアを空爆　トルコ「地域の不安定化招く」と非難",
     [("トルコ", "criticizes", "イスラエル", "")], [("イスラエル", "criticizes", "イスラエル")]),
    ("headline-speaker", "北朝鮮がミサイル発射　日本「断じて容認できない」と抗議", [("日本", "protests", "北朝鮮", "")], []),
    # an agreement in a headline, the noun alone (…で一致)
    ("headline-agreement", "日豪首脳、安保協力の強化で一致", [("日首脳", "cooperatesWith", "豪首脳", "")], []),
    # a relative clause on a group is done by the members listed with it (AやBなど…諸国)
    ("relative-clause", "イスラエルによるカタールへの攻撃を非難したサウジアラビアやエジプトなどアラブ諸国は、ドーハで会議を開いた。",
     [("サウジアラビア", "criticizes", "イスラエル", ""), ("エジプト", "criticizes", "イスラエル", "")], []),
    # 副部長, 部長 are titles
    ("title", "北朝鮮の金与正副部長は、日米韓の合同軍事演習を非難した。", [("金与正", "criticizes", "日", ""), ("金与正", "criticizes", "韓", "")], []),
    # a reason clause (〜したとして) with no subject of its own tells what the one the measure is aimed at did, as a charge
    ("charged-reason", "欧州連合（EU）は、ロシアに弾薬やミサイルを提供したとして、北朝鮮の国防相ら個人と団体を制裁対象に追加した。",
     [("北朝鮮", "supports", "ロシア", "hedged"), ("欧州連合", "sanctions", "北朝鮮", "")], [("欧州連合", "supports", "ロシア")]),
    ("charged-reason", "中国政府は、台湾独立を支持したとして、日本の石平参院議員に対し、入国禁止の措置をとった。",
     [("石平", "supports", "台湾", "hedged")], [("中国政府", "supports", "台湾")]),
    ("charged-reason", "ウクライナ空軍は、ロシアが夜間に無人機約300機でウクライナ各地を攻撃したとしている。",
     [("ロシア", "attacks", "ウクライナ", "")], []),
    # an event announced and then called off with nothing of its own did not happen; a report denied by the side it
    # was about, in the sentence right after it, is also stated negated (the report stands as told)
    ("retracted", "ロシア大統領府は、プーチン大統領が来月トルコを訪問すると発表していた。ところが、同府は日程上の理由で訪問を中止すると明らかにした。",
     [("プーチン", "visits", "トルコ", "negated"), ("プーチン", "visits", "トルコ", "hedged")], []),
    ("retracted", "「ロシアが北朝鮮に防空システムを供与した」との報道が相次いでいる。これについて、ロシア外務省の報道官は「事実ではない」と否定した。",
     [("ロシア", "supports", "北朝鮮", "negated"), ("ロシア", "supports", "北朝鮮", "hedged")], []),
    # a 。 inside a quotation ends no sentence
    ("quotation-sentence", "「ロシアが北朝鮮に防空システムを供与した」との報道が相次いでいる。ロシア外務省の報道官は「事実ではない。根拠のない臆測だ」と述べ、報道を否定した。",
     [("ロシア", "supports", "北朝鮮", "negated")], []),
    # a run of country abbreviations the tagger read as an adjective (米ロ[ADJ] / 首脳会談)
    ("abbreviations", "米ロ首脳会談が開かれた。", [("米首脳", "meetsWith", "ロ首脳", "")], []),
    # an event whose taking place is denied by the word it hangs on (実現せず, 行われずじまい); not the agreement talks
    # did not reach
    ("did-not-happen", "米ロ首脳会談、実現せず", [("米首脳", "meetsWith", "ロ首脳", "negated")], []),
    ("did-not-happen", "米ロ首脳の会談は結局、行われずじまいだった。", [("米首脳", "meetsWith", "ロ首脳", "negated")], []),
    ("did-not-happen", "米中両国の協議は合意に至らなかった。", [("米", "negotiatesWith", "中", "")], []),
    # fourteenth session
    # an event planned in the past tense (予定だったが), set against a later clause that calls the same event off,
    # did not take place; a different event called off leaves the plan as it was
    ("plan-called-off", "両国は4月にリマで外相会談を開く予定だったが、ペルー外務省は会談を当面見送ると発表した。",
     [("両国", "meetsWith", "両国", "negated,hedged")], []),
    ("plan-called-off", "プーチン大統領は来月北京を訪問する予定だったが、ロシア大統領府は訪問を延期すると発表した。",
     [("プーチン", "visits", "北京", "negated,hedged")], []),
    ("plan-called-off", "日本の岩屋外相は中国を訪問する予定だったが、中国側が会談を見送った。",
     [("岩屋", "visits", "中国", "hedged")], []),
    # a headline opening on an actor and a comma says who speaks; a が-subject after it, on a verb of saying
    # something is so, is what the words are about
    ("headline-speaker", "コロンビア大統領、ペルーが島を「併合」と非難", [("コロンビア大統領", "criticizes", "ペルー", "")],
     [("ペルー", "criticizes", "コロンビア大統領")]),
    ("headline-speaker", "米国務省、ロシアが条約違反と非難", [("米国務省", "criticizes", "ロシア", "")], []),
    ("headline-speaker", "中国、日本が「内政干渉」と反発", [("中国", "opposes", "日本", "")], []),
    ("headline-speaker", "英、ロシアが選挙に介入と非難", [("英", "criticizes", "ロシア", "")], [("ロシア", "criticizes", "英")]),
    # Chinese names: a one-character given name whose word is also a role (戴 / 兵 / 氏), a two-character given name
    # the tagger took for a place (劉 / 勁松)
    ("name", "韓国外務省は駐韓中国大使の戴兵氏を呼んで抗議した。", [("韓国外務省", "protests", "戴兵", "")], []),
    ("name", "韓国の大使が中国外務省の劉勁松アジア局長と会談した。", [("劉勁松", "affiliatedWith", "中国外務省", "")], []),
    # endings that say an act may happen (かねない, こともあり得る) or ask whether it will (かどうか): hedged, not
    # negated; hints (ほのめかす) and 検討中 hedge; a visit chained into a meeting that is expected (とみられる)
    ("possibility", "中国が台湾への武力侵攻に踏み切りかねないと証言した。", [("中国", "invades", "台湾", "hedged")], []),
    ("possibility", "韓国大統領府は、李在明大統領が来月訪日するかどうかについて「まだ決まっていない」と述べた。",
     [("李在明", "visits", "日本", "hedged")], []),
    ("possibility", "プーチン大統領は、北朝鮮に軍事技術を提供することもあり得るとほのめかした。",
     [("プーチン", "supports", "北朝鮮", "hedged")], []),
    ("possibility", "ニュージーランド政府は、ウクライナに国防軍の要員を派遣することを検討中だ。",
     [("ニュージーランド政府", "supports", "ウクライナ", "hedged")], []),
    ("expected", "エルドアン大統領は、来月にもシリアを訪問し、シャラア大統領と会談するとみられる。",
     [("エルドアン", "visits", "シリア", "hedged"), ("エルドアン", "meetsWith", "シャラア", "hedged")], []),
    # a request told in a relative clause on a letter is addressed to whom the letter is sent or handed; a topic the
    # parser hung inside a と-clause is the speaker, and the clause is about its own が-subject
    ("letter", "ウクライナ政府は、国連安保理に緊急会合の開催を求める書簡を提出した。",
     [("ウクライナ政府", "requests", "国連安保理", "")], []),
    ("letter", "スーダン政府は、武器の供給をチャドが黙認していると非難し、国連安全保障理事会に緊急会合の開催を求める書簡を送った。",
     [("スーダン", "accuses", "チャド", ""), ("スーダン", "requests", "国連安全保障理事会", "")], []),
    # a では-phrase beside a subject of the verb's own is where it happened
    ("place-topic", "東京では米国のルビオ国務長官が岩屋外相と会談した。", [("ルビオ", "meetsWith", "岩屋", "")],
     [("東京", "meetsWith", "岩屋")]),
    # closing the border with a country, made a noun (国境の閉鎖, 国境閉鎖), is a measure against it
    ("border-closing", "ブルンジはルワンダとの国境の閉鎖を延長した。", [("ブルンジ", "sanctions", "ルワンダ", "")], []),
    ("border-closing", "ブルンジはルワンダとの国境閉鎖を続けている。", [("ブルンジ", "sanctions", "ルワンダ", "")], []),
    # a relative clause said of its noun through a reporting passive (〜とされる, 〜とみられる): the noun fills the
    # gap, and the act is only said to be so
    ("relative-clause", "イランが支援しているとされるフーシ派は紅海で商船を攻撃した。", [("イラン", "supports", "フーシ派", "hedged")], []),
    ("relative-clause", "ロシアが支援しているとみられる武装組織ワグネルは撤退した。", [("ロシア", "supports", "ワグネル", "hedged")], []),
    # sharing information with someone (情報共有, 情報を共有する) is cooperating with them
    ("sharing", "モルドバ外務省は、ルーマニアと情報共有を進める方針を明らかにした。",
     [("モルドバ外務省", "cooperatesWith", "ルーマニア", "hedged")], []),
    ("sharing", "日本は韓国と情報を共有した。", [("日本", "cooperatesWith", "韓国", "")], []),
    # a request chained after a charge is addressed to whom the charge is about (its clause's が-subject)
    ("chained-request", "ロシア外務省のザハロワ情報局長は、ルーマニア政府が「根拠のない反ロシア宣伝」を広げていると非難し、証拠の提示を求めた。",
     [("ザハロワ", "accuses", "ルーマニア", ""), ("ザハロワ", "requests", "ルーマニア", "")], []),
    # a が-subject GiNZA hung on a passive relative clause of the object is the verb's (収集された情報: collected by
    # someone else)
    ("stranded-subject", "シビハ氏は、ハンガリー側が収集された情報をロシアと共有していた可能性についても調べていると明らかにした。",
     [("ハンガリー", "cooperatesWith", "ロシア", "hedged")], [("シビハ", "cooperatesWith", "ロシア")]),
    # a denial of involvement (関与を否定) answers a charge told anywhere in the paragraph or the one before, by
    # the side that denies; another side's denial takes nothing back
    ("retracted", "ウクライナ軍は、ロシア軍がキーウの病院を攻撃したと非難した。死者は10人に上った。ロシア国防省は関与を否定した。",
     [("ロシア軍", "attacks", "キーウ", "negated"), ("ロシア軍", "attacks", "キーウ", "hedged")], []),
    ("retracted", "ウクライナ軍は、ロシア軍がキーウの病院を攻撃したと非難した。死者は10人に上った。中国外務省は関与を否定した。",
     [("ロシア軍", "attacks", "キーウ", "hedged")], []),
    # a unit, ship or aircraft hit is hit for whoever it belongs to; shooting down (撃墜) is an attack
    ("owned-target", "マリ軍の無人機がアルジェリア軍に撃墜された。", [("アルジェリア軍", "attacks", "マリ軍", "")], []),
    ("owned-target", "アルジェリア軍はマリ軍の無人機を撃墜した。", [("アルジェリア軍", "attacks", "マリ軍", "")], []),
    # an addressee GiNZA hung on the means verb inside what is asked for (対話を通じた解決) is the request's
    ("addressee", "ブラジル外務省は声明で、両国に対話を通じた平和的な解決を促した。", [("ブラジル外務省", "requests", "両国", "")], []),
    # a group named in quotes after its kind (武装勢力「ファノ」), which GiNZA made a compound after the kind
    ("named-group", "エリトリアは武装勢力「ファノ」に武器を供与している。", [("エリトリア", "supports", "ファノ", "")], []),
    ("retracted", "エチオピア政府は、エリトリアが国内の武装勢力「ファノ」に武器を供与していると主張した。エリトリア側はこれを否定している。",
     [("エリトリア", "supports", "ファノ", "hedged"), ("エリトリア", "supports", "ファノ", "negated")], []),
    # a claim that someone backs an armed group alleges a wrongdoing: it accuses them
    ("claim", "マリ外務省は、アルジェリアが北部の分離独立派「アザワド解放戦線（FLA）」を支援していると主張した。",
     [("マリ外務省", "accuses", "アルジェリア", ""), ("アルジェリア", "supports", "アザワド解放戦線", "hedged")], []),
    # a lawsuit planned with no one named is against whom the speaker's side has just been aimed at
    ("lawsuit", "コスタリカのチャベス大統領はニカラグアを非難した。同氏は国際司法裁判所（ICJ）への再提訴も検討している。",
     [("同氏", "accuses", "ニカラグア", "hedged")], []),
    # talks as the means of a resolution aimed at (対話による解決を目指す): the talks are carried, hedged
    ("means", "ペルーのホセ・ヘリ大統領は、コロンビアとの対話による解決を目指す考えを示した。",
     [("ホセ・ヘリ", "negotiatesWith", "コロンビア", "hedged")], []),
    # the content of a document whose signing is not agreed to (署名には応じなかった) is not the signer's
    ("withheld-endorsement", "ロシアは米国を非難する共同声明への署名には応じなかった。", [("ロシア", "criticizes", "米国", "negated")], []),
    # talks proposed (協議を申し入れた) have not been held; refused (これに応じず), they do not take place
    ("proposed-talks", "ウクライナ政府はハンガリーに対し、少数民族の権利を巡る協議を申し入れた。",
     [("ウクライナ政府", "negotiatesWith", "ハンガリー", "hedged")], []),
    ("proposed-talks", "ウクライナ政府はハンガリーに対し、協議を申し入れた。ハンガリー政府はこれに応じなかった。",
     [("ハンガリー政府", "negotiatesWith", "ウクライナ政府", "negated")], []),
    ("proposed-talks", "ウクライナ政府はハンガリーに対し、協議を申し入れた。ロシアはこれに応じなかった。", [],
     [("ロシア", "negotiatesWith", "ウクライナ政府")]),
    # a fact told right before, which its doer's side then denies, is stated negated too
    ("retracted", "一部報道は、日本政府が台湾有事を想定し、米国と新たな共同作戦計画を協議していると伝えた。これについて、林芳正官房長官は11日の記者会見で「そのような事実はない」と否定した。",
     [("日本政府", "negotiatesWith", "米国", "negated")], []),
    # a thing set off with は on a verb with a target and no subject of its own is the contrasted object
    ("contrasted-object", "中国外務省の報道官は「ロシアに武器は提供していない」と述べた。", [("報道官", "supports", "ロシア", "negated")], []),
    # a prospect gone (可能性はなくなった, 遠のいた) says the event will not happen
    ("prospect-gone", "韓国政府は、北朝鮮との首脳会談を年内に開く可能性は事実上なくなったとの見方を示した。",
     [("韓国政府", "meetsWith", "北朝鮮", "negated,hedged")], []),
    ("prospect-gone", "日中首脳会談が年内に開かれる可能性が高まった。", [("日首脳", "meetsWith", "中首脳", "hedged")], []),
    # a verb GiNZA hung as an auxiliary on the する of として (として / 退け[aux]た) takes the arguments hung on する
    ("verb-as-aux", "ミャンマーはバングラデシュ側の抗議についても「一方的な主張だ」として退けた。",
     [("ミャンマー", "rejects", "バングラデシュ", "")], []),
    # a body's last character that the parser made the head of its own first part (中国海警[nmod] / 局の船) closes the
    # body's name: no second, shorter body
    ("body-name", "南シナ海では中国海警局の船がフィリピンの巡視船に放水した。", [("中国海警局", "attacks", "フィリピン", "")],
     [("中国海警", "affiliatedWith", "中国")]),
    # who holds (開催, 開く) talks of two other sides hosts them; not talks of its own side
    ("holding", "トルコのエルドアン大統領は、ロシアとウクライナの首脳会談をイスタンブールで開催する用意があると表明した。",
     [("エルドアン", "hosts", "ロシア", "hedged"), ("エルドアン", "hosts", "ウクライナ", "hedged")], []),
    ("holding", "カタールはイスラエルとハマスの協議をドーハで開いた。", [("カタール", "hosts", "イスラエル", "")], []),
    ("holding", "中国は中国とロシアの首脳会談を北京で開いた。", [("中国", "meetsWith", "ロシア", "")], [("中国", "hosts", "ロシア")]),
    # the し form of a サ変 verb before かねない; what unnamed sources say is a report
    ("possibility", "イランが核開発を加速させれば、イスラエルは再び核施設を空爆しかねない、と米当局者は指摘した。",
     [("イスラエル", "attacks", "イラン", "hedged")], []),
    ("sources", "複数の外交筋によれば、日本は中国に抗議した。", [("日本", "protests", "中国", "hedged")], []),
    # arriving in a country or its capital written onto its name (ダッカ入りした) visits it, a day before it or not
    ("arrival", "パキスタンのアシフ国防相は19日にダッカ入りした。", [("アシフ", "visits", "ダッカ", "")], []),
    ("arrival", "インドのモディ首相が3日、モスクワ入りし、プーチン大統領と会談した。",
     [("モディ", "visits", "モスクワ", ""), ("モディ", "meetsWith", "プーチン", "")], []),
    ("arrival", "日本代表は決勝入りした。", [], [("日本", "visits", "決勝")]),
    # a は-topic before a clause chained by a comma, and a が-subject after it: each clause has its own subject
    ("chained-topic", "アリエフ氏とエルドアン氏は16日にトルクメニスタン入りし、ベルディムハメドフ氏が空港で両首脳を出迎えた。",
     [("アリエフ", "visits", "トルクメニスタン", ""), ("エルドアン", "visits", "トルクメニスタン", ""),
      ("ベルディムハメドフ", "hosts", "両首脳", "")],
     [("アリエフ", "hosts", "両首脳"), ("エルドアン", "hosts", "両首脳")]),
    ("chained-topic", "ラブロフ外相は5日に北京入りし、王毅外相が人民大会堂で同氏を出迎えた。",
     [("ラブロフ", "visits", "北京", ""), ("王毅", "hosts", "同氏", "")], [("ラブロフ", "hosts", "同氏")]),
    # a headline reaction aimed at no one is aimed at every side the headline opens on
    ("headline-opener", "カスピ海横断ガス管、トルクメンとアゼルバイジャンが建設で合意　ロシアは反発",
     [("ロシア", "opposes", "トルクメン", ""), ("ロシア", "opposes", "アゼルバイジャン", "")], []),
    ("headline-opener", "日本と韓国が防衛協力で合意　北朝鮮が反発",
     [("北朝鮮", "opposes", "日本", ""), ("北朝鮮", "opposes", "韓国", "")], []),
    # fighting that is mutual by its meaning (交戦, 武力衝突, 銃撃戦): each side attacks the other
    ("mutual-combat", "インドとパキスタンは2025年5月、4日間にわたって交戦した。",
     [("インド", "attacks", "パキスタン", ""), ("パキスタン", "attacks", "インド", "")], []),
    ("mutual-combat", "エチオピアとエリトリアは1998年、国境を巡って武力衝突を起こした。",
     [("エチオピア", "attacks", "エリトリア", ""), ("エリトリア", "attacks", "エチオピア", "")], []),
    ("mutual-combat", "タイ軍とカンボジア軍が国境で銃撃戦を繰り広げた。",
     [("タイ軍", "attacks", "カンボジア軍", ""), ("カンボジア軍", "attacks", "タイ軍", "")], []),
    # a levy brought in on goods of a country (…産の, …からの輸入品, …から輸入する品目) is a measure against it
    ("levy-on-goods", "ケニアは10月、ウガンダ産の乳製品と砂糖に関税を導入した。", [("ケニア", "sanctions", "ウガンダ", "")], []),
    ("levy-on-goods", "インドネシアは中国からの輸入品に追加関税を課した。", [("インドネシア", "sanctions", "中国", "")], []),
    ("levy-on-goods", "ウガンダ財務省は、ケニアから輸入するセメントや鉄鋼製品、食用油など約40品目に関税を課すと発表した。",
     [("ウガンダ財務省", "sanctions", "ケニア", "")], []),
    # each country named together as the object of 名指し (naming) is the verb's object
    ("naming", "ベルディムハメドフ氏は、ロシアやイランを名指しで批判することは避けた。",
     [("ベルディムハメドフ", "criticizes", "ロシア", "negated"), ("ベルディムハメドフ", "criticizes", "イラン", "negated")], []),
    # a negation that affirms the event it carries: 支援を惜しまない (will spare no support)
    ("affirming-negation", "エルドアン氏は「トルコはアゼルバイジャンにあらゆる支援を惜しまない」と述べた。",
     [("トルコ", "supports", "アゼルバイジャン", "")], []),
    ("affirming-negation", "米国は台湾への協力を惜しまなかった。", [("米国", "cooperatesWith", "台湾", "")], []),
    # a て-clause (…から銃撃を受けて) shares the が-subject of the clause it runs into, not a topic above them
    ("receiving", "ホンジュラス外務省は、同国の漁船2隻がエルサルバドル海軍の警備艇から銃撃を受けて拿捕されたと発表した。",
     [("エルサルバドル海軍", "attacks", "同国", "")], [("エルサルバドル海軍", "attacks", "ホンジュラス外務省")]),
    # a ministry with its country as the の-owner in an article that never mentions Japan is that country's
    ("ministry-owner", "エルサルバドル政府は抗議した。これに対し、隣国ニカラグアの外務省は声明で自制を求めた。",
     [("ニカラグア外務省", "affiliatedWith", "ニカラグア", "")], []),
    # offering the venue for others' talks (会談の場を提供する, 対話の場を設ける) hosts their parties
    ("venue", "カタールはロシアとウクライナに対話の場を設けた。",
     [("カタール", "hosts", "ロシア", ""), ("カタール", "hosts", "ウクライナ", "")], [("カタール", "supports", "ロシア")]),
    ("venue", "グアテマラの外相は「両国のために、喜んで会談の場を提供する」と述べた。",
     [("外相", "hosts", "両国", "hedged")], [("外相", "supports", "両国")]),
    # 政府間 (between governments) names Japan's government only in an article that mentions Japan
    ("intergovernmental", "トルクメニスタンとアゼルバイジャンの大統領は政府間協定に署名した。", [],
     [("トルクメニスタン", "cooperatesWith", "日本"), ("アゼルバイジャン", "cooperatesWith", "日本")]),
    ("intergovernmental", "北方四島周辺で日本漁船が操業する枠組みについて、ロシアは政府間協議にも応じていない。",
     [("ロシア", "negotiatesWith", "日本", "negated")], []),
    # blamed for a hostile act named as the で-cause (サイバー攻撃で非難した): a charge; 批判 stays a criticism
    ("charged-cause", "モンテネグロ、選管へのサイバー攻撃でロシアを非難", [("モンテネグロ", "accuses", "ロシア", "")], []),
    ("charged-cause", "米国は北朝鮮をサイバー攻撃で非難した。", [("米国", "accuses", "北朝鮮", "")], []),
    ("charged-cause", "日本は中国を人権問題で批判した。", [("日本", "criticizes", "中国", "")], [("日本", "accuses", "中国")]),
    # a clause closed by a comma that GiNZA hung on what a request asks for is the asker's own act
    ("chained-before-request", "セルビアのジュリッチ外相は、スパイッチ首相の発言を「中傷だ」と退け、拘束された自国民との面会を認めるようモンテネグロ側に要求した。",
     [("ジュリッチ", "rejects", "スパイッチ", ""), ("ジュリッチ", "demands", "モンテネグロ", "")],
     [("モンテネグロ", "rejects", "スパイッチ")]),
    # the の-owner of an event GiNZA hung on its への-phrase (同国の欧米への接近) is the event's
    ("owner-on-target", "ロシアはジョージアの欧米への接近に強く反発している。", [("ロシア", "opposes", "ジョージア", "")], []),
    # a signed contract binds its parties as an agreement does
    ("agreement", "バングラデシュ国防省は、戦闘機16機を購入する契約をパキスタンと結んだと発表した。",
     [("バングラデシュ国防省", "cooperatesWith", "パキスタン", "")], []),
    # the と-clause written right before a verb of charging is what it charges, wherever GiNZA hung it
    ("clause-before-verb", "首相は記者会見で、攻撃には「明確な証拠がある」と述べ、ロシアが選挙への信頼を損なおうとしたと非難した。",
     [("首相", "accuses", "ロシア", "")], []),
    # a bare rebuttal (反論) is aimed at whom the headline opens on, or in a story at whom the sentence before was about
    ("bare-rebuttal", "コロンビアのペトロ大統領はペルーを非難した。ペルー外務省は反論した。",
     [("ペルー外務省", "rejects", "ペトロ", "")], []),
    ("bare-rebuttal", "ブルンジ、ルワンダを非難　ルワンダは反論", [("ルワンダ", "rejects", "ブルンジ", "")], []),
    # an event proposed (提案, 提言) has not been done: hedged
    ("proposed", "日本は中国との協議を提案した。", [("日本", "negotiatesWith", "中国", "hedged")], []),
    ("proposed", "EUのカラス上級代表は、対ロ制裁の強化を加盟国に提案する考えを示した。", [("カラス", "sanctions", "ロ", "hedged")], []),
    # 臨む (to attend, take part in) carries the event it takes with に, as 応じる does
    ("light-verb-ni", "岸田首相はバイデン大統領との首脳会談に臨んだ。", [("岸田", "meetsWith", "バイデン", "")], []),
    ("light-verb-ni", "イランは米国との協議に臨む方針を示した。", [("イラン", "negotiatesWith", "米国", "hedged")], []),
    # a denial of involvement with no doer charged before answers the last attack told with no doer: not done by
    # the denying side (or by whose involvement it denies)
    ("involvement-denied", "南スーダンの石油施設が無人機攻撃を受けた。スーダンの準軍事組織「即応支援部隊」（RSF）は同日、攻撃への関与を否定した。",
     [("即応支援部隊", "attacks", "南スーダン", "negated")], []),
    ("involvement-denied", "ラトビアの鉄道施設が攻撃を受けた。ロシア外務省はロシアの関与を否定した。",
     [("ロシア", "attacks", "ラトビア", "negated")], []),
    ("involvement-denied", "ルーマニアの村にロシアの無人機が墜落した。ロシア国防省は関与を否定した。", [],
     [("ロシア国防省", "attacks", "ルーマニア")]),
    ("proposed", "トルコ大統領は、ロシアとウクライナに対し、直接交渉の再開を提案した。",
     [("トルコ大統領", "requests", "ロシア", ""), ("トルコ大統領", "requests", "ウクライナ", "")],
     [("トルコ大統領", "negotiatesWith", "ロシア")]),
    # what a relative clause on an attack says it aims at (…を狙った攻撃, …を標的とした空爆) is whom it attacks, or whose
    # it is; a group for or against a country (親イラン武装組織) is not that country's
    ("aimed-attack", "ロシア軍はウクライナのエネルギー施設を狙った攻撃を繰り返している。", [("ロシア軍", "attacks", "ウクライナ", "")], []),
    ("aimed-attack", "イスラエル軍がハマスの戦闘員を標的とした空爆を続けている。", [("イスラエル軍", "attacks", "ハマス", "")], []),
    ("aimed-attack", "米軍は親イラン武装組織を標的にした空爆を実施した。", [], [("米軍", "attacks", "イラン")]),
    ("involvement-denied", "ウクライナの発電所に攻撃　ロシアは関与否定", [("ロシア", "attacks", "ウクライナ", "negated")], []),
    # solidarity with someone (…との連帯を表明した) backs them
    ("solidarity", "EUのカラス上級代表はチェコとの完全な連帯を表明した。", [("カラス", "supports", "チェコ", "")], []),
    ("solidarity", "日本はウクライナとの連帯を示した。", [("日本", "supports", "ウクライナ", "")], []),
    # buying arms from a country (…からの兵器調達, …から無人機を調達した) is that country's support of the buyer;
    # buying other goods is not
    ("arms-purchase", "アルメニアは近年、フランスやインドからの兵器調達を増やしている。",
     [("フランス", "supports", "アルメニア", ""), ("インド", "supports", "アルメニア", "")], []),
    ("arms-purchase", "チャドはトルコから無人機を調達した。", [("トルコ", "supports", "チャド", "")], []),
    ("arms-purchase", "日本はオーストラリアから石炭を輸入している。", [], [("オーストラリア", "supports", "日本")]),
    ("arms-purchase", "トルコがロシアからミサイルシステムを購入するとの報道について、トルコ外務省は声明を出した。声明は報道を否定した。",
     [("ロシア", "supports", "トルコ", "hedged"), ("ロシア", "supports", "トルコ", "negated")], []),
    # an exchange of an event (非難の応酬) goes both ways between the sides; charges over a hostile act accuse
    ("exchange", "ロシアとウクライナ、港湾攻撃めぐり非難の応酬",
     [("ロシア", "accuses", "ウクライナ", ""), ("ウクライナ", "accuses", "ロシア", "")], []),
    ("exchange", "インドとパキスタンは互いに非難の応酬を繰り広げた。",
     [("インド", "criticizes", "パキスタン", ""), ("パキスタン", "criticizes", "インド", "")], []),
    # military and official titles (参謀長, 幕僚長, 少将, 広報官, 政務官) make the name before them a person of the の-owner
    ("title", "バングラデシュのハサン・マフムード・カーン空軍参謀長が契約書に署名した。",
     [("ハサン・マフムード・カーン", "affiliatedWith", "バングラデシュ", "")], []),
    ("title", "タイ軍のウィンタイ・スワリー少将はカンボジアを非難した。",
     [("ウィンタイ・スワリー", "criticizes", "カンボジア", "")], []),
    # an announcement denied by its doer's side (フィリピン側の発表を否定した) takes back what it told
    ("retracted", "フィリピン沿岸警備隊は、中国海警局の船がフィリピンの漁船に体当たりしたと発表した。中国海警局の報道官は翌日、フィリピン側の発表を否定した。",
     [("中国海警局", "attacks", "フィリピン", "negated")], []),
    # a state body the tagger splits into words it does not read as one (朝鮮 / 人民 / 軍 / 総参謀部)
    ("state-body", "北朝鮮の朝鮮人民軍総参謀部は談話を出し、韓国を非難した。",
     [("朝鮮人民軍総参謀部", "criticizes", "韓国", ""), ("朝鮮人民軍総参謀部", "affiliatedWith", "北朝鮮", "")], []),
    ("state-body", "イラン国営メディアによると、革命防衛隊員を含む少なくとも12人が死亡した。", [],
     [("革命防衛隊員", "affiliatedWith", "イラン")]),  # (a member of a body is not a body)
    # a plan called off in other words (訪問計画を白紙に戻した, 訪問計画を撤回した): the event will not take place
    ("called-off", "インドのモディ首相は、年内に中国を訪問する予定だと発表した。ところが、インド政府は訪問計画を白紙に戻した。",
     [("モディ", "visits", "中国", "negated")], []),
    ("called-off", "インドのモディ首相は、年内に中国を訪問する予定だと発表した。ところが、インド政府は訪問計画を撤回した。",
     [("モディ", "visits", "中国", "negated")], []),
    # what is reported in the passive (…と報じられた, the tagger's 報ずる) is a report: hedged
    ("reported", "中国はロシアに武器を供与したと報じられた。", [("中国", "supports", "ロシア", "hedged")], []),
    # two abbreviations the tagger cut apart, the second tagged "during" (米 / 中が合意した, 米 / 中の合意); not a day (3日中に)
    ("abbreviation-pair", "米中が合意した。", [("米", "cooperatesWith", "中", "")], []),
    ("abbreviation-pair", "日本政府は米中の合意を歓迎した。", [("日本政府", "praises", "米", ""), ("日本政府", "praises", "中", "")], []),
    ("abbreviation-pair", "ロシアは3日中に回答するよう日本に求めた。", [("ロシア", "requests", "日本", "")], [("ロシア", "requests", "中")]),
    # an event noun set out as a contrastive topic right before the verb calling it off (制裁の発動は見送る) is negated,
    # and planned when the verb is (見送る方針)
    ("refused-topic", "ノルウェー外務省は、対ロ制裁の発動は見送る方針を示した。",
     [("ノルウェー外務省", "sanctions", "ロ", "negated,hedged")], []),
    ("refused-topic", "日本政府は、中国への抗議は控えた。", [("日本政府", "protests", "中国", "negated")], []),
    ("refused-topic", "韓国政府は、北朝鮮への支援は続ける。", [("韓国政府", "supports", "北朝鮮", "")], []),
    # a place name GiNZA hung elsewhere (dep) right before another with と is listed with it
    ("stray-conjunct", "ウズベキスタンのミルジヨエフ大統領は15日、ビシケクとドゥシャンベを相次いで訪れた。",
     [("ミルジヨエフ", "visits", "ビシケク", ""), ("ミルジヨエフ", "visits", "ドゥシャンベ", "")], []),
    # an embassy's unnamed diplomats are the embassy's (の, or a relative clause of working there); the embassy itself is
    # no actor then
    ("embassy-staff", "ロシアは21日、モスクワのノルウェー大使館の外交官3人に国外退去を命じた。",
     [("ロシア", "demands", "外交官", "")], [("ノルウェー大使館", "affiliatedWith", "ノルウェー")]),
    ("embassy-staff", "ノルウェー外務省は18日、オスロのロシア大使館に勤務する外交官3人に国外退去を求めた。",
     [("ノルウェー外務省", "demands", "外交官", "")], [("ロシア大使館", "affiliatedWith", "ロシア")]),
    ("embassy-staff", "リガのロシア大使館も声明で、ラトビアを非難した。",
     [("ロシア大使館", "criticizes", "ラトビア", ""), ("ロシア大使館", "affiliatedWith", "ロシア", "")], []),
    # a bare rebuttal aims at the speaker of the clause set against it (…と主張しているが、…は反論している), and so does
    # a rebuttal whose words name no one
    ("rebuttal", "キルギス側は、タジキスタンが協定の履行を怠っていると主張しているが、タジク側は反論している。",
     [("タジク", "rejects", "キルギス", ""), ("キルギス", "accuses", "タジキスタン", "")], []),
    ("rebuttal", "フィジーは中国大使を呼んで抗議した。周氏は「調査は合法的なものだ」と反論した。",
     [("周", "rejects", "フィジー", "")], []),
    # an event noun with a suffix of time written onto it (侵攻後): its arguments hang on the suffix
    ("time-suffix", "2022年のロシアによるウクライナ侵攻後、関係は冷え込んでいる。", [("ロシア", "invades", "ウクライナ", "")], []),
    ("time-suffix", "日中首脳会談後、両国は合意した。", [("日", "meetsWith", "中", "")], []),
    # an announcement that another side did something hostile to the announcer's side accuses it; one that tells
    # what another side did elsewhere does not
    ("announced-charge", "キルギス国家保安委員会は、タジク側が迫撃砲でキルギス南部の村を攻撃したと発表した。",
     [("キルギス国家保安委員会", "accuses", "タジク", "")], []),
    ("announced-charge", "米国防総省は、北朝鮮がミサイルを発射したと発表した。", [], [("米国防総省", "accuses", "北朝鮮")]),
    # the focus of a cleft clause (先に発砲したのはXだ) is who did it: a claim of it accuses X
    ("cleft-claim", "タジキスタン国家保安委員会は、先に発砲したのはキルギス側だと主張している。",
     [("タジキスタン国家保安委員会", "accuses", "キルギス", "")], []),
    ("cleft-claim", "ロシアは、ダムを破壊したのはウクライナ軍だと主張した。", [("ロシア", "accuses", "ウクライナ軍", "")], []),
    ("cleft-claim", "交渉を主導したのはカタールだと述べた。", [], [("カタール", "accuses", "カタール")]),
    # a が-subject GiNZA hung on a denunciation belongs to its と-clause when the は-topic of a chained clause speaks
    ("chained-speaker", "タジキスタン外務省は15日に声明を発表し、キルギス側が係争地に「一方的に検問所を設けた」と非難した。",
     [("タジキスタン外務省", "accuses", "キルギス", "")], []),
    ("chained-speaker", "外務省は会見を開き、中国が偽情報を広めていると非難した。", [("外務省", "accuses", "中国", "")], []),
    # either of the two sides, named nowhere in the phrase (どちらか一方, どちらの立場), is read as both sides
    ("either-side", "中国外務省の林剣報道官は、どちらか一方を非難することは避けた。", [("林剣", "criticizes", "双方", "negated")], []),
    ("either-side", "パラグアイは、どちらの立場も支持しないとしている。", [("パラグアイ", "supports", "双方", "negated")], []),
    ("either-side", "マリ、ニジェール、ブルキナファソの3か国はいずれもロシアとの協力を強めている。",
     [("マリ", "cooperatesWith", "ロシア", ""), ("ニジェール", "cooperatesWith", "ロシア", "")], [("いずれ", "cooperatesWith", "ロシア")]),
    # an invitation with someone else doing it: its の-phrase is whom it invites (台湾の招待を見送った)
    ("invitation", "日本政府は中国との関係を考慮し、台湾の招待を見送った。", [("日本政府", "hosts", "台湾", "negated")], []),
    ("invitation", "習主席の招待を受けて、プーチン大統領は訪中した。", [("習", "hosts", "プーチン", "")], []),
    # a country name the tagger called a numeral (マリ政府) is a country all the same
    ("country-head", "インド外務省は、マリ政府に人質の早期救出を改めて要請した。", [("インド外務省", "requests", "マリ", "")], []),
    ("title", "国際司法裁判所（ICJ）の岩沢雄司所長は、両国に自制を求めた。",
     [("岩沢雄司", "affiliatedWith", "国際司法裁判所", "")], []),
    # relying on someone's support (支援に頼る, 依存する) is receiving it
    ("receiving", "フィジー海軍は、日本や豪州などの支援に頼っている。",
     [("日本", "supports", "フィジー海軍", ""), ("豪州", "supports", "フィジー海軍", "")], []),
    ("receiving", "ウクライナは米国の軍事支援に依存している。", [("米国", "supports", "ウクライナ", "")], []),
    # an event scheduled (予定している) is planned: hedged
    ("planned", "日本は豪州との協議を予定している。", [("日本", "negotiatesWith", "豪州", "hedged")], []),
    ("planned", "フィジー海軍は、豪州、ニュージーランドとの合同海上訓練も予定している。",
     [("フィジー海軍", "cooperatesWith", "豪州", "hedged"), ("フィジー海軍", "cooperatesWith", "ニュージーランド", "hedged")], []),
    # a name in katakana with no title of its own, cut off from an envoy's title at 駐, is the envoy's
    ("posted-envoy", "ノルウェー外務省は同日、ロシアのニコライ・コルチュノフ駐ノルウェー大使を呼び、抗議した。",
     [("ノルウェー外務省", "protests", "ニコライ・コルチュノフ", "")], []),
    # an expulsion standing alone (追放処分を批判した) is the last one ordered: its orderer stands for it
    ("act-pointed-back", "ノルウェー外務省は、ロシア大使館に勤務する外交官3人に国外退去を求めた。ロシア外務省のザハロワ報道官は、"
     "追放処分を「根拠のない挑発だ」と批判した。", [("ザハロワ", "criticizes", "ノルウェー外務省", "")], []),
    # of two は-phrases on a chained clause, a thing (拿捕は) is what it speaks of; the actor is the chain's topic
    ("chain-topic", "インドネシア海軍は、拿捕は「正当な法執行だ」と説明し、ベトナム側の抗議を退けた。",
     [("インドネシア海軍", "rejects", "ベトナム", "")], []),
    # a summit of several countries (日米韓首脳会議) is their meeting; an organisation's summit (NATO首脳会議) meets no
    # organisation
    ("summit", "日米韓首脳会議が開かれた。", [("日首脳", "meetsWith", "米首脳", ""), ("米首脳", "meetsWith", "韓首脳", "")], []),
    ("summit", "岸田首相はNATO首脳会議にオンラインで参加した。", [], [("岸田", "meetsWith", "NATO")]),
    # carrying out or leading an act (攻撃を実行した, 破壊工作を組織した) is doing it
    ("light-verb", "ロシアはウクライナへの攻撃を実行した。", [("ロシア", "attacks", "ウクライナ", "")], []),
    ("light-verb", "ロシアの情報機関がラトビアの重要インフラを標的にした破壊工作を組織した。",
     [("情報機関", "attacks", "ラトビア", "")], []),
    # a backer named in a relative clause made with である (イスラエルの後ろ盾である米国) backs the noun's の-phrase
    ("doer-noun", "イスラエルの後ろ盾である米国は反発した。", [("米国", "supports", "イスラエル", "")], []),
    # talks held again and again (協議を重ねてきた) are held
    ("light-verb", "日本と中国は協議を重ねてきた。", [("日本", "negotiatesWith", "中国", "")], []),
    # an announcement of an event (日本の支援表明) is its announcer's: welcoming it praises them
    ("owner", "豪州のウォン外相は日本の支援表明を歓迎した。", [("ウォン", "praises", "日本", "")], []),
    # ready for an act (提訴も辞さない) or considering it (視野に入れている): the act is stated, hedged; a lawsuit naming
    # no one is against whom the speaker's side was just aimed at
    ("readiness", "中国はメキシコを非難した。中国はWTOへの提訴も辞さない構えだ。", [("中国", "accuses", "メキシコ", "hedged")], []),
    ("readiness", "日本は中国を批判した。日本はWTOへの提訴も視野に入れている。", [("日本", "accuses", "中国", "hedged")], []),
    ("readiness", "日本は中国に対する制裁も視野に入れる。", [("日本", "sanctions", "中国", "hedged")], []),
    # trade with someone stopped (ミャンマーとの国境貿易を一時停止した) sanctions them, also as a noun made a verb and
    # with the との-phrase hung on the restriction; so does suspending a member (加盟資格を停止した)
    ("trade-restriction", "タイはミャンマーとの国境貿易を一時停止した。", [("タイ", "sanctions", "ミャンマー", "")], []),
    ("trade-restriction", "バングラデシュはミャンマーとの国境貿易の一時停止を検討している。",
     [("バングラデシュ", "sanctions", "ミャンマー", "hedged")], []),
    ("trade-restriction", "アフリカ連合はニジェールの加盟資格を停止した。", [("アフリカ連合", "sanctions", "ニジェール", "")], []),
    ("trade-restriction", "日本は中国との貿易を拡大する。", [], [("日本", "sanctions", "中国")]),
    # a reaction over what someone did, told as its reason (…したとして反発した, 抗議した), is aimed at whoever did it
    ("reason-clause", "ルーマニア政府は、ロシアの無人機が領空を侵犯したとして強く反発している。",
     [("ルーマニア", "opposes", "ロシア", "")], []),
    ("reason-clause", "フィリピンは、中国海警局の船が補給船に放水したとして抗議した。", [("フィリピン", "protests", "中国海警局", "")], []),
    ("reason-clause", "日本政府は、自衛隊が訓練を行ったとして反発した。", [], [("日本政府", "opposes", "自衛隊")]),
    # a request turned down with no one named (要求を拒否した, 受け入れを拒否した) is the last one aimed at the refuser
    ("turned-down", "リトアニアはベラルーシに移民の受け入れを求めた。ベラルーシは要求を拒否した。",
     [("ベラルーシ", "rejects", "リトアニア", "")], []),
    ("turned-down", "米国はベネズエラに監視団の受け入れを求めた。ベネズエラは受け入れを拒否した。",
     [("ベネズエラ", "rejects", "米国", "")], []),
    ("turned-down", "中国は要求を拒否した。", [], [("中国", "rejects", "中国")]),
    # the object GiNZA hangs on a weapon noun it read as an adverb (ハルキウを / 無人機[ADV]とミサイルで攻撃した) is the verb's
    ("manner", "ロシア軍はハルキウを無人機とミサイルで攻撃した。", [("ロシア軍", "attacks", "ハルキウ", "")], []),
    # a body's name the tokenizer cuts into characters, its last one hung below the rest (中国 / 海 / 警 / 局[dep]), is one
    # name, and that last character carries the name's particles
    ("split-body", "フィリピンの巡視船が中国海警局の船から放水を受けた。", [("中国海警局", "attacks", "フィリピン", "")], []),
    # a headline clause ending on its event noun takes the noun's own phrases (への, に対する, との) as a verb takes に, と
    ("headline-noun", "日本、ウクライナへの追加支援\n\n本文だ。", [("日本", "supports", "ウクライナ", "")], []),
    ("headline-noun", "日本、中国との首脳会談\n\n本文だ。", [("日本", "meetsWith", "中国", "")], []),
    # a sentence is never cut before its end: ja_ginza cuts 外務省の船越健裕 / アジア大洋州局長は… (kg_sentence_ends)
    ("sentence-ends", "外務省の船越健裕アジア大洋州局長は同日、ソウルを訪れ、韓国外務省の金相勲アジア太平洋局長と会談した。",
     [("船越健裕", "visits", "ソウル", ""), ("船越健裕", "affiliatedWith", "外務省", "")], [("大洋州", "visits", "ソウル")]),
    # a minister of one of Japan's portfolios, its title cut into pieces, is Japan's (経済 / 産業 / 相)
    ("japan-portfolio", "林芳正総務相は、ベトナムとの協力を推進する考えを示した。",
     [("林芳正", "affiliatedWith", "日本", ""), ("林芳正", "cooperatesWith", "ベトナム", "hedged")], []),
    ("japan-portfolio", "武藤容治経済産業大臣は、豪州との協力を加速させる方針だ。",
     [("武藤容治", "affiliatedWith", "日本", ""), ("武藤容治", "cooperatesWith", "豪州", "hedged")], []),
    # furthering or increasing an event carries it (協力を推進する, 支援を増やす)
    ("light-verb", "ドイツのメルツ首相は、ポーランドへの財政支援を増やす方針を示した。",
     [("メルツ", "supports", "ポーランド", "hedged")], []),
    # what an act is given as (〜への支援として…を供与した) is the act, with its target
    ("given-as", "日本はフィリピン沿岸警備隊への支援として巡視艇5隻を供与した。",
     [("日本", "supports", "フィリピン沿岸警備隊", "")], []),
    ("given-as", "EUはヨルダンへの人道支援として5千万ユーロを拠出する方針だ。", [("EU", "supports", "ヨルダン", "hedged")], []),
    # ships sent to the waters off a country patrol there; they do not support it
    ("dispatch-offshore", "英国は、艦艇をノルウェー沖の公海に派遣する方針を示した。", [], [("英国", "supports", "ノルウェー")]),
    ("dispatch-offshore", "北朝鮮はロシアに兵士を派遣した。", [("北朝鮮", "supports", "ロシア", "")], []),
    # an agreement told in a relative clause, with its parties (AとBが結んだ協定, AがBと結んだ協定)
    ("signed-agreement", "EUがチリと結んだ協定は来年発効する。", [("EU", "cooperatesWith", "チリ", "")], []),
    ("signed-agreement", "アルメニアとアゼルバイジャンが2025年に結んだ和平合意の履行が遅れている。",
     [("アルメニア", "cooperatesWith", "アゼルバイジャン", "")], []),
    # a を-phrase before a quotation that opens on a transitive verb is that verb's object (a partial quotation)
    ("partial-quotation", "トルコ外務省は、ギリシャの派遣が、トルコとリビアが結んだ覚書を「侵害する恐れがある」と警告した。",
     [("トルコ", "cooperatesWith", "リビア", "")], [("トルコ外務省", "warns", "トルコ"), ("トルコ外務省", "warns", "リビア")]),
    # a topic GiNZA hangs on the で-phrase after it is the speaker, over a thing topic the verb judges
    ("hung-topic", "欧州評議会（CoE）は声明で、送還の一律停止は「人権に反する」とイタリアを批判した。",
     [("欧州評議会", "criticizes", "イタリア", "")], []),
    ("hung-topic", "国際原子力機関（IAEA）は声明で、査察の一律停止は「合意に反する」とイランを批判した。",
     [("国際原子力機関", "criticizes", "イラン", "")], []),
    # a warning's condition names whom it warns, past a subject that names no one (可能性がある)
    ("warning-condition", "ケニア政府のジョン・ムレ報道官は2026年5月3日、ハイチ南部に展開する約400人の部隊について、"
     "米州機構（OAS）が年末で期限を迎える資金支援を延長しなければ、撤収させる可能性があると警告した。",
     [("ジョン・ムレ", "warns", "米州機構", "")], [("ジョン・ムレ", "warns", "ハイチ")]),
    # doing something jointly with someone (Xと共同で) is cooperating with them
    ("joint-action", "国境付近ではケニア軍もソマリア軍と共同で掃討作戦を続けている。",
     [("ケニア軍", "cooperatesWith", "ソマリア軍", "")], []),
    ("joint-action", "アンゴラは鉄道の整備を米国やEUと共同で進めている。",
     [("アンゴラ", "cooperatesWith", "米国", ""), ("アンゴラ", "cooperatesWith", "EU", "")], []),
    # whom something is done between (との間で) is a partner, as と is
    ("between", "米国はペルーとの間で重要鉱物の協力協定に署名した。", [("米国", "cooperatesWith", "ペルー", "")], []),
    ("between", "カナダはメキシコとの間で、新たな貿易の枠組みに合意した。", [("カナダ", "cooperatesWith", "メキシコ", "")], []),
    # a name set after a title and a comma (apposition) is that title's holder
    ("apposition", "NATOの広報責任者、アンナ・ベルグ氏は述べた。", [("アンナ・ベルグ", "affiliatedWith", "NATO", "")], []),
    ("apposition", "ロシア外務省の報道官、マリア・ザハロワ氏はフィンランドを非難した。",
     [("マリア・ザハロワ", "affiliatedWith", "ロシア外務省", "")], []),
    # an obligation not kept, given as the reason for a criticism, makes it a charge
    ("claim", "チリ外務省は、合意で定められた水の供給を守っていないとしてボリビアを非難した。",
     [("チリ外務省", "accuses", "ボリビア", "")], []),
    # a country's short name, in an article that names it in full with its word of statehood, is that country
    ("short-form", "コンゴ共和国の外相は会見した。コンゴのジャン・ムボコ外相はガボンを批判した。",
     [("ジャン・ムボコ", "affiliatedWith", "コンゴ", "")], []),
    # talks hosted whose parties go unnamed are between the two sides the text sets against each other (双方)
    ("hosted-talks", "セルビアとコソボの対立が続いている。EUは年内に協議を主催する方針を示した。",
     [("EU", "hosts", "双方", "hedged")], []),
    # the members a target is said to include (Xを含むY) are targets too
    ("including", "ロシアはポーランドを含む周辺国に警告した。", [("ロシア", "warns", "ポーランド", "")], []),
    ("including", "日本はツバルを含む太平洋の島国への支援を増やす考えだ。", [("日本", "supports", "ツバル", "hedged")], []),
    # a request told in a relative clause on a statement is addressed to whom the statement is issued to
    ("sent-to", "国連は、エチオピアとエリトリアの両国に自制を求める声明を発表した。",
     [("国連", "requests", "エチオピア", ""), ("国連", "requests", "エリトリア", "")], []),
    # an act told as done on purpose or unilaterally is a wrongdoing: claiming it accuses
    ("claim", "韓国外務省は、日本が漁業協定の規定を一方的に変更したと主張した。", [("韓国外務省", "accuses", "日本", "")], []),
    # a topic inside the quotation is what the quoted words are about, the speaker being outside it
    ("claim", "ロシア外務省は、「ジョージア側は意図的に緊張を高めている」と主張した。",
     [("ロシア外務省", "accuses", "ジョージア", "")], []),
    ("claim", "報道官は「中国はいかなる形でも干渉すべきではない」と主張した。", [], [("報道官", "accuses", "中国")]),
    # what was asked of the refusing side, named by no one in the refusal, is the last request aimed at it
    ("refusal", "エジプトはダムの運用停止をエチオピア側に要求した。これに対し、エチオピアの外相は停止には応じない考えを示した。",
     [("外相", "rejects", "エジプト", "hedged")], []),
    # an event said to stay as it is (変わらない, 揺るがない) holds
    ("steadfast", "ケニアのムドバディ外相は、「ソマリアとの連帯は変わらない」と語った。",
     [("ムドバディ", "supports", "ソマリア", "")], []),
    ("steadfast", "米国のウクライナ支援は揺るがないと強調した。", [("米国", "supports", "ウクライナ", "")], []),
    # a one-character family name written again (劉氏) is the person named in full before (劉勁松); a request
    # refused with no one's named is whoever asked's, not the refuser's own
    ("refusal", "日本外務省の船越健裕局長は北京で中国外務省の劉勁松アジア局長と会談し、措置の撤回を求めた。劉氏は要求を拒否した。",
     [("劉", "rejects", "船越健裕", "")], [("劉", "demands", "船越健裕")]),
    # a sanction aimed at no one it names is aimed at whom the side has just been at odds with
    ("sanction-aimed-before", "英国政府はイランの核開発を強く非難した。英国は追加制裁を検討する考えを示した。",
     [("英国", "sanctions", "イラン", "hedged")], []),
    # whom one stands with (Xと連帯する) is whom one backs, also past an adjective made an adverb (完全に)
    ("solidarity", "ドイツはウクライナと連帯すると表明した。", [("ドイツ", "supports", "ウクライナ", "")], []),
    ("solidarity", "フィンランドの首相はSNSに「エストニアと完全に連帯する」と投稿した。", [("首相", "supports", "エストニア", "")], []),
    # a later clause of a headline opening on its speaker and a quotation: the speaker is no partner of the verb
    ("headline-speaker", "ロシア、係争海域で日本側に退去要求　日本「主権侵害」と抗議\n\n本文だ。",
     [("日本", "protests", "ロシア", "")], []),
    # a clause joined with て to a planned one is part of the plan (hedged)
    ("plan-chain", "首相は北京を訪れて習氏と会談する予定だ。",
     [("首相", "visits", "北京", "hedged"), ("首相", "meetsWith", "習", "hedged")], []),
    ("plan-chain", "首相は北京を訪れて習氏と会談した。", [("首相", "visits", "北京", ""), ("首相", "meetsWith", "習", "")], []),
    # countermeasures announced as to come threaten whom they would answer (named, else the last adversary)
    ("countermeasure", "ロシアはモルドバを非難した。ロシア外務省は対抗措置を取る可能性を示唆した。",
     [("ロシア外務省", "threatens", "モルドバ", "hedged")], []),
    ("countermeasure", "中国は日本に対して対抗措置を講じると表明した。", [("中国", "threatens", "日本", "")], []),
    ("countermeasure", "中国は「対抗措置を取る」と日本に警告した。", [("中国", "warns", "日本", "")], [("中国", "threatens", "日本")]),
    # restraint is appealed for (requests, whatever the verb), of the two sides when no one is named
    ("restraint", "ロシアとウクライナの戦闘が続く。国連は自制を求めた。", [("国連", "requests", "双方", "")], []),
    ("restraint", "国連はインドとパキスタンに自制を要求した。",
     [("国連", "requests", "インド", ""), ("国連", "requests", "パキスタン", "")], [("国連", "demands", "インド")]),
    # a verb form made a noun (めぐり) ends a name's phrase: 朝ロ軍事協力めぐり / 安保理 is no meeting of 朝 and ロ
    ("about-phrase", "朝ロ軍事協力めぐり安保理が会合\n\n本文だ。", [], [("朝", "meetsWith", "ロ"), ("朝", "meetsWith", "安保理")]),
    # による is attributive: it names the doer of the event noun after it, never the agent of the verb GiNZA hangs it on
    ("attributive-agent", "米国などによるウクライナへの軍事支援に反発するロシアが、近海で力を誇示した。",
     [("米国", "supports", "ウクライナ", ""), ("ロシア", "opposes", "米国", "")], [("米国", "opposes", "ロシア")]),
    ("attributive-agent", "中国による台湾周辺での演習に抗議するフィリピンが声明を出した。",
     [], [("中国", "protests", "フィリピン")]),
    # a lone one-character abbreviation opening a headline clause as its subject is the country
    ("headline-abbreviation", "モルディブ、インド軍の撤収を要求　印は反発\n\n本文だ。", [("印", "opposes", "モルディブ", "")], []),
    ("headline-abbreviation", "ウクライナ、黒海で攻勢　露は報復を警告\n\n本文だ。", [], []),
    ("headline-abbreviation", "米中が貿易協議\n\n中国は米国と協議した。", [("中国", "negotiatesWith", "米国", "")], []),
    # customs clearance (通関) is trade; a procedure of a flow (通関手続き) stands for it; goods made in a country
    # (ポーランド産の野菜) are that country's
    ("trade-restriction", "中国は、リトアニアからの輸入品の通関を停止した。", [("中国", "sanctions", "リトアニア", "")], []),
    ("trade-restriction", "リトアニアが台湾代表処を開設した。中国は同国からの輸入品の通関手続きを停止した。",
     [("中国", "sanctions", "同国", "")], []),
    ("trade-restriction", "ウクライナはポーランド産の野菜の輸入を禁止した。", [("ウクライナ", "sanctions", "ポーランド", "")], []),
    ("trade-restriction", "中国、豪州産ワインの通関を停止\n\n本文だ。", [("中国", "sanctions", "豪州", "")], []),
    # a body named with 署 (中国海関総署) is a government body
    ("body", "中国海関総署は日本に抗議した。", [("中国海関総署", "protests", "日本", "")], []),
    # a quoted clause whose topic GiNZA hung on the verb above: the が-subject before a こと-clause is the clause's
    ("quoted-clause-subject", "報道官は「中国はモルディブが主権を守ることを支持する」と表明した。",
     [("中国", "supports", "モルディブ", "")], []),
    ("quoted-clause-subject", "外相は「ドイツはウクライナが領土を取り戻すことを支持する」と述べた。",
     [("ドイツ", "supports", "ウクライナ", "")], []),
    # the の-phrase written before a quotation is the quoted phrase's owner, not its first word's
    ("quotation-owner", "外相は、リトアニアの「民主主義の価値を守る勇気ある決定」をたたえた。",
     [("外相", "praises", "リトアニア", "")], [("外相", "supports", "リトアニア")]),
    ("quotation-owner", "外相はエチオピアの「一方的な行動」を批判した。", [("外相", "criticizes", "エチオピア", "")], []),
    # 君 between a name and a title is the name's last character, not an honorific
    ("name-character", "台湾外交部の林佩君報道官は抗議した。", [("林佩君", "affiliatedWith", "台湾外交部", "")], []),
    # a decision or statement pointed back at (この判断, その決定, 同声明) is its maker's
    ("pointed-decision", "欧州委員会は輸入制限を延長しない方針を示していたが、ポーランドはこの判断を拒否した。",
     [("ポーランド", "rejects", "欧州委員会", "")], []),
    ("pointed-decision", "米国は関税の引き上げを決めた。カナダはその決定を批判した。", [("カナダ", "criticizes", "米国", "")], []),
    # a statement named again with no owner is the one issued before: a reaction to it is aimed at its issuer
    ("issued-statement", "安保理は議長声明を発表した。トルコ外務省は議長声明を拒否した。",
     [("トルコ外務省", "rejects", "安保理", "")], []),
    ("issued-statement", "国連総会は決議を採択した。ロシアは決議を「無効だ」として退けた。", [("ロシア", "rejects", "国連総会", "")], []),
    # a bare reaction is aimed at whom the sentence before was about, but not an act done to a thing
    ("bare-reaction", "トルコ外務省は声明を出した。同省は、キプロス政府が再統一交渉を「妨害してきた」と主張した。",
     [], [("キプロス", "opposes", "トルコ外務省")]),
    # a port call (寄港, 入港) is a visit; a ship or unit visits for whoever it belongs to; a subject GiNZA hangs on
    # the date after it is the verb's
    ("port-call", "カナダ海軍の哨戒艦がハバナに寄港した。", [("カナダ海軍", "visits", "ハバナ", "")], []),
    ("port-call", "ロシア海軍の艦艇4隻が12日、ハバナに入港した。", [("ロシア海軍", "visits", "ハバナ", "")], []),
    ("port-call", "中国の艦隊はベネズエラに寄港する可能性がある。", [("艦隊", "visits", "ベネズエラ", "hedged")], []),
    # the event noun of する set apart with は or も is carried by する
    ("light-verb-topic", "米政府はキューバ側に抗議はしていない。", [("米政府", "protests", "キューバ", "negated")], []),
    ("light-verb-topic", "日本は中国に抗議もした。", [("日本", "protests", "中国", "")], []),
    # a quotation of several sentences is one part of the sentence that quotes it; its topics are not the sentence's
    ("multi-sentence-quote", "張報道官は会見で述べた。その上で「リトアニアは原則を踏みにじった。結果は同国が負うべきだ」と同国を批判した。",
     [("張", "criticizes", "同国", "")], []),
    # a country's name quoted alone is the name as a word (「台湾」を外す), no actor and no antecedent
    ("word-mentioned", "中国は代表機関の名称から「台湾」を外すよう要求している。", [], [("中国", "demands", "台湾")]),
    ("word-mentioned", "リトアニアに「台湾」の名を冠した代表機関が開設された。中国は同国に抗議した。",
     [("中国", "protests", "同国", "")], []),
    # recalling one's envoy from a country (駐X大使を召還) protests to that country
    ("envoy-recall", "中国は抗議のため、駐リトアニア大使を召還した。", [("中国", "protests", "リトアニア", "")], []),
    ("envoy-recall", "イラクは駐イラン大使を召還した。", [("イラク", "protests", "イラン", "")], []),
    ("envoy-recall", "韓国は駐日大使を一時召還すると発表した。", [("韓国", "protests", "日", "")], []),
    # a region of a country visited (キプロスの北部, シリア北部) is a visit to the country
    ("visit-region", "トルコの副大統領は20日、キプロスの北部を訪れた。", [("副大統領", "visits", "キプロス", "")], []),
    ("visit-region", "外相はウクライナ東部を訪問した。", [("外相", "visits", "ウクライナ", "")], []),
    # whom one acts together with (Xとともに, X と共に) acts too, beside the verb's own object or target
    ("together-with", "キプロスはギリシャとともに、安保理の緊急会合の開催を要請した。",
     [("キプロス", "requests", "安保理", ""), ("ギリシャ", "requests", "安保理", "")], []),
    ("together-with", "日本は米国と共に中国に抗議した。", [("日本", "protests", "中国", ""), ("米国", "protests", "中国", "")],
     [("日本", "protests", "米国")]),
    ("together-with", "「米国は同盟国フィリピンと共に立つ」と表明した。", [("米国", "supports", "フィリピン", "")], []),
    # an attack laid at someone's door (…の犯行と断定した) is stated as theirs, hedged, aimed at whom the attack names,
    # else at the accuser's side
    ("attributed-attack", "米国はイランへの攻撃はイスラエルの仕業と断定した。",
     [("米国", "accuses", "イスラエル", ""), ("イスラエル", "attacks", "イラン", "hedged")], []),
    ("attributed-attack", "ノルウェー政府は、ダムがサイバー攻撃を受けた問題で、ロシア軍による犯行と断定した。",
     [("ロシア軍", "attacks", "ノルウェー", "hedged")], []),
    # a restriction written as a headline clause's last noun (輸入停止) is aimed at whose goods it stops
    ("trade-restriction", "中国、メキシコ産豚肉の輸入停止\n\n本文だ。", [("中国", "sanctions", "メキシコ", "")], []),
    ("trade-restriction", "ロシア、アルメニア産ブランデーの輸入停止\n\n本文だ。", [("ロシア", "sanctions", "アルメニア", "")], []),
    # holding the talks of the two sides of the text (両国の首脳会談を開く) hosts them
    ("held-for-others", "ブルンジとルワンダの対立が続く。タンザニアの大統領は、両国の首脳会談をタンザニアで開く用意があると伝えた。",
     [("大統領", "hosts", "両国", "hedged")], []),
    ("held-for-others", "コンゴとザンビアの対立が続く。AUは両国の閣僚級協議を開く方針だ。", [("AU", "hosts", "両国", "hedged")], []),
    # what one does not agree to (〜には応じない) was asked of one: by whoever a relative clause says asks it, else by
    # the last side that asked something of the refuser; talks one will not agree to are no rejection of an asker
    ("refusal", "モルディブのザーヒル外相は、インド側が求めている期限の延長には応じない考えを示した。",
     [("ザーヒル", "rejects", "インド", "hedged")], []),
    ("refusal", "ベトナムはインドネシアに漁船の返還を求めた。インドネシアのスギオノ国防相は漁船の返還には応じない考えを伝えた。",
     [("スギオノ", "rejects", "ベトナム", "hedged")], []),
    ("refusal", "米国は両国に対話を求めた。ルワンダ政府高官も、首脳会談には応じられないと述べた。", [],
     [("ルワンダ政府高官", "rejects", "米国")]),
    # a statement the speaker speaks in (声明で), read as a verb with the speaker as its subject, passes the speaker on
    ("statement-in", "米国務省も声明で、ノルウェーの調査結果を「全面的に支持する」と表明した。",
     [("米国務省", "supports", "ノルウェー", "")], []),
    # places listed with ・ (EU・米) are each an actor; a name written with ・ stays one person
    ("dotted-list", "セルビアとコソボが対立　EU・米が自制要求\n\n本文だ。",
     [("EU", "requests", "双方", ""), ("米", "requests", "双方", "")], []),
    ("dotted-list", "ジェイク・サリバン氏は中国に警告した。", [("ジェイク・サリバン", "warns", "中国", "")], []),
    # a reaction later in a headline is not aimed at a body that opened it by meeting with no one named
    ("headline-reaction", "朝ロ軍事協力めぐり安保理が会合　韓国「明白な決議違反」と非難\n\n本文だ。", [],
     [("韓国", "criticizes", "安保理")]),
    ("headline-reaction", "日米豪比の防衛相がマニラで会談　中国「対立あおる」と反発\n\n本文だ。",
     [("中国", "opposes", "防衛相", "")], []),
    # support given at someone's request (Xの要請を受けて, Xの要請に応じて) is given to them
    ("at-request", "ルワンダは2021年、モザンビーク政府の要請を受けて部隊を派遣した。",
     [("ルワンダ", "supports", "モザンビーク", ""), ("モザンビーク", "requests", "ルワンダ", "")], []),
    ("at-request", "日本はフィリピンの要請に応じて巡視船を供与した。", [("日本", "supports", "フィリピン", "")], []),
    # an event that names its own doer and target (ロシアによるウクライナ侵攻を受け) is one the subject follows, not
    # one done to the subject; one that names no target is still done to the subject (ロシアから攻撃を受けた)
    ("event-followed", "スウェーデンとフィンランドはロシアによるウクライナ侵攻を受け、NATOへの加盟を申請した。",
     [("ロシア", "invades", "ウクライナ", "")], [("ロシア", "invades", "スウェーデン"), ("ロシア", "invades", "フィンランド")]),
    ("event-followed", "ロシアは米国のウクライナへの軍事支援を受け、対抗措置を検討している。",
     [("米国", "supports", "ウクライナ", "")], [("米国", "supports", "ロシア")]),
    ("event-followed", "ウクライナは昨夜、ロシアから大規模な攻撃を受けた。", [("ロシア", "attacks", "ウクライナ", "")], []),
    # a reaction right after what someone did (Xが…すると、Yは反発した: the と of "when") is aimed at whoever did it
    ("reaction-after", "インドが国境の検問所を閉鎖すると、バングラデシュは「一方的な措置だ」と反発した。",
     [("バングラデシュ", "opposes", "インド", "")], []),
    ("reaction-after", "米国が関税を引き上げると、中国は強く反発した。", [("中国", "opposes", "米国", "")], []),
    # a reaction naming no one is aimed at whom the sentence before was about: its topic, else its main が-subject;
    # a country's name the parser hung apart from its government (コートジボワール[dep] / 政府) is still its name
    ("reaction-to-last", "マリがコートジボワール兵49人を拘束した。コートジボワール政府は「根拠のない不当な拘束だ」と反発した。",
     [("コートジボワール", "opposes", "マリ", "")], [("日本", "opposes", "マリ")]),
    # an envoy recalled later in a headline, from nowhere written, is recalled from whom the headline opens on
    ("recall-headline", "イラン、イラク北部をミサイル攻撃　イラクは大使召還\n\n本文だ。", [("イラク", "protests", "イラン", "")], []),
    # a sanction a warning threatens (its と-clause), naming no one, is aimed at whom the warning is addressed to
    ("warned-sanction", "ECOWASは兵士全員を解放するようマリに要求し、応じなければ制裁を科すと警告した。",
     [("ECOWAS", "demands", "マリ", ""), ("ECOWAS", "warns", "マリ", ""), ("ECOWAS", "sanctions", "マリ", "hedged")], []),
    ("warned-sanction", "米国は中国に対し、制裁を科すと警告した。", [("米国", "sanctions", "中国", "hedged")], []),
    # not complying with nothing named answers the request of the clause it is set against (…要請しているが、…応じて
    # いない), else the last request aimed at the refusing side; talks proposed and not agreed to are no rejection
    ("bare-refusal", "国連はマリ政府に兵士の早期解放を要請しているが、マリ側は応じていない。",
     [("マリ", "rejects", "国連", "")], []),
    ("bare-refusal", "ロシアはノルウェーに演習の中止を要求した。ノルウェーは応じなかった。",
     [("ノルウェー", "rejects", "ロシア", "")], []),
    ("bare-refusal", "日本は中国に協議を呼びかけたが、中国は応じていない。", [], [("中国", "rejects", "日本")]),
    # countermeasures ruled out (報復措置は取らない) threaten no one: the sanction is told as not to come
    ("countermeasure-ruled-out", "同国の国防相は、マリに対する報復措置は取らない考えを示した。",
     [("国防相", "sanctions", "マリ", "negated,hedged")], [("国防相", "threatens", "マリ")]),
    ("countermeasure-ruled-out", "中国は日本に対抗措置を取らないと表明した。", [("中国", "sanctions", "日本", "negated")],
     [("中国", "threatens", "日本")]),
    # an event a speaker talks about (…について), whose quoted words are a plan or a consideration with nothing of their
    # own (「検討していない」), is what is (not) considered
    ("about-quoted-plan", "米国務省の報道官は、ホンジュラスへの対抗措置については「現時点で検討していない」と述べた。",
     [("報道官", "sanctions", "ホンジュラス", "negated,hedged")], []),
    ("about-quoted-plan", "同氏は、EU産品への報復関税について「現時点では検討していない」と述べた。",
     [("同氏", "sanctions", "EU", "negated,hedged")], []),
    # whether one backs (criticises) someone, left unsaid (…かどうかは明言しなかった, 明言を避けた): an act done by saying
    # so, and not said, is not done; whether a meeting will take place, left unsaid, is still open
    ("whether-unsaid", "英国の報道官は、EUの措置を支持するかどうかは明言しなかった。",
     [("報道官", "supports", "EU", "negated,hedged")], []),
    ("whether-unsaid", "英国の報道官は、EUの措置を支持するかどうか明言を避けた。",
     [("報道官", "supports", "EU", "negated,hedged")], []),
    ("whether-unsaid", "ロシアの報道官は、プーチン大統領がトランプ米大統領と会談するかどうかは明らかにしなかった。",
     [("プーチン", "meetsWith", "トランプ", "hedged")], []),
    # a demand or request later in a headline, aimed at no one it names, is aimed at whom the headline opens on
    ("headline-demand", "ウクライナ、ハンガリーの外交官を追放　ハンガリーも対抗して追放\n\n本文だ。",
     [("ハンガリー", "demands", "ウクライナ", "")], []),
    ("headline-demand", "ロシア、モルドバへのガス供給を停止　EUは説明求める\n\n本文だ。", [("EU", "requests", "ロシア", "")], []),
    # disappointment and displeasure voiced at someone (失望を表明した, 不快感を示した) criticise them
    ("disapproval", "米国務省の報道官は声明で、ホンジュラスの決定に「失望した」と表明した。",
     [("報道官", "criticizes", "ホンジュラス", "")], []),
    ("disapproval", "イラクの首相はイランに強い不快感を示した。", [("首相", "criticizes", "イラン", "")], []),
    # deputies and assistants of an organisation's head are its officials (事務局長補, 事務次長)
    ("deputy-title", "アラブ連盟のアフマド・ユーセフ事務局長補は、イランの攻撃を非難した。",
     [("アフマド・ユーセフ", "criticizes", "イラン", "")], []),
    # an organisation the gazetteer knows, listed with a comma after countries, is listed with them
    ("comma-list", "サウジアラビア、カタール、イスラム協力機構も、スウェーデンを非難した。",
     [("サウジアラビア", "criticizes", "スウェーデン", ""), ("カタール", "criticizes", "スウェーデン", ""),
      ("イスラム協力機構", "criticizes", "スウェーデン", "")], []),
    # a second topic after the speaker's, right before a quotation (報道官は記者会見で、ECOWASは「…」と批判した), is what
    # the quotation is about, not a second speaker
    ("second-topic", "マリのアブドゥライ・コネ報道官は記者会見で、ECOWASは「コートジボワールの道具になり下がった」と批判した。",
     [("アブドゥライ・コネ", "criticizes", "ECOWAS", "")], []),
    # a warning put with a light verb (警告を発した) warns whom its condition names, as 警告する does
    ("conditional-warning", "イスラエルのネタニヤフ首相は、イランが攻撃を続ければ「代償は計り知れない」と警告を発した。",
     [("ネタニヤフ", "warns", "イラン", "")], []),
    # an act done likewise (同様に, 同様の), naming no one, is aimed at whom the last act of its kind was
    ("likewise", "米国はロシアに制裁を科した。英国も同様の制裁を科した。", [("英国", "sanctions", "ロシア", "")], []),
    ("likewise", "米国はロシアを非難した。英国も同様に非難した。", [("英国", "criticizes", "ロシア", "")], []),
    # a headline's exchange noun (…が非難の応酬) takes the subject a verb would: each side does it to the other
    ("exchange-headline", "ロシアとウクライナが非難の応酬\n\n本文だ。",
     [("ロシア", "criticizes", "ウクライナ", ""), ("ウクライナ", "criticizes", "ロシア", "")], []),
    # whom a statement is aimed at without naming them (〜を念頭に, 〜を念頭に置いて), even where the parser hangs the
    # phrase inside the quotation that follows it
    ("in-mind", "北大西洋条約機構（NATO）の報道官は声明で、ロシアを念頭に「同盟国のインフラへのいかなる攻撃にも断固として対処する」と警告した。",
     [("報道官", "warns", "ロシア", "")], []),
    ("in-mind", "中国外務省の報道官は、米国を念頭に置いて「域外国に介入する権利はない」とけん制した。",
     [("報道官", "warns", "米国", "")], []),
    ("in-mind", "エジプトのシシ大統領は、エチオピアを念頭に「水の安全保障は譲れない」と警告した。",
     [("シシ", "warns", "エチオピア", "")], []),
    # an event under way (訪問中の, 来日中の) hung on a person is theirs; hung on a place, the place is where the visit
    # has taken whoever acts there
    ("ongoing", "パリを訪問中のアルメニアの国防相は19日、フランスの国防相と会談した。",
     [("国防相", "visits", "パリ", ""), ("国防相", "meetsWith", "国防相", "")], []),
    ("ongoing", "高市首相は、来日中のソロモン諸島のマネレ首相と会談した。",
     [("マネレ", "visits", "日本", ""), ("高市", "meetsWith", "マネレ", "")], [("高市", "visits", "ソロモン諸島")]),
    ("ongoing", "韓国の外相は訪問中のワシントンで記者団に語った。", [("外相", "visits", "ワシントン", "")], []),
    # a sentence of the body ending on its event noun, する left out (…と会談。), as a headline does
    ("event-noun-end", "キューバの大統領は昨年11月にメキシコを訪れ、カスティーヨ大統領と会談。両国は協力拡大で合意した。",
     [("大統領", "meetsWith", "カスティーヨ", "")], []),
    ("event-noun-end", "インドのモディ首相は東京で岸田首相と会談。両首脳は防衛協力の強化で一致した。",
     [("モディ", "meetsWith", "岸田", "")], []),
    # a bare ministry in an article that never mentions Japan is that of the country whose official the sentence is about
    ("bare-ministry", "アイルランドの外相は4日、ロシア大使を外務省に呼んで抗議した。",
     [("アイルランド外務省", "affiliatedWith", "アイルランド", "")], [("外務省", "affiliatedWith", "日本")]),
    ("bare-ministry", "エストニアのタム外相は、ロシアの臨時代理大使を外務省に呼び出した。",
     [("エストニア外務省", "affiliatedWith", "エストニア", "")], [("外務省", "affiliatedWith", "日本")]),
    # a two-character given name tagged a family name, after a one-character family name tagged a common noun (孫 / 立平)
    ("split-chinese-name", "中国の孫立平駐パキスタン大使は、パキスタンの内相と会談した。", [("孫立平", "meetsWith", "内相", "")],
     [("立平", "meetsWith", "内相")]),
    # a rebuttal about what someone voiced (〜の批判について「…」と反論した) rejects whoever voiced it
    ("rebuttal-about", "ラオスのエネルギー相は、カンボジアの批判について「科学的根拠のない臆測だ」と反論した。",
     [("エネルギー相", "rejects", "カンボジア", "")], []),
    ("rebuttal-about", "中国外務省の報道官は、日本の主張について「全く根拠がない」と反論した。", [("報道官", "rejects", "日本", "")], []),
    # a light verb's relative clause on an event noun gives it its partner too (ロシアがウクライナと行っている協議), and
    # 行っ read as 行く ("go") is 行う there
    ("light-verb-relative", "ロシアがウクライナと行っている協議は停滞している。", [("ロシア", "negotiatesWith", "ウクライナ", "")], []),
    ("light-verb-relative", "アルメニアがアゼルバイジャンと進めている和平協議は難航している。",
     [("アルメニア", "negotiatesWith", "アゼルバイジャン", "")], []),
    # countermeasures one is ready for (対抗措置も辞さない) threaten whom the speaker's clause before named; the threat is
    # made, so it is neither negated nor hedged
    ("countermeasure-ready", "トランプ大統領は中国を批判し、追加の対抗措置も辞さない構えを示した。", [("トランプ", "threatens", "中国", "")], []),
    ("countermeasure-ready", "パキスタン軍の報道官は、アフガニスタンがテロ組織をかくまっていると主張し、対抗措置を辞さない姿勢を示した。",
     [("報道官", "threatens", "アフガニスタン", ""), ("報道官", "accuses", "アフガニスタン", "")], []),
    # a headline opening on a state's ship or aircraft (ロシア調査船、中国軍機が): a reaction later in it, aimed at no one
    # named, is aimed at that state
    ("headline-craft", "ロシア調査船、海底ケーブル上で不審航行　アイルランドは大使呼び抗議\n\n本文だ。",
     [("アイルランド", "protests", "ロシア", "")], []),
    ("headline-craft", "中国軍機が領空侵犯　日本は抗議\n\n本文だ。", [("日本", "protests", "中国", "")], []),
    # a relative clause on an agreement (供与する契約を結んだ) tells what its signer is bound to do
    ("agreement-clause", "フランス国防省は、アルメニアに自走砲を供与する契約を結んだと発表した。",
     [("フランス国防省", "supports", "アルメニア", "")], []),
    ("agreement-clause", "日本政府は、フィリピンに巡視船5隻を供与する協定に署名した。", [("日本政府", "supports", "フィリピン", "")], []),
    # an event something is done as part of (ウクライナ支援の一環として) is done by whoever does it, as told as that
    ("part-of-event", "EUは2022年、ウクライナ支援の一環として関税を撤廃した。", [("EU", "supports", "ウクライナ", "")], []),
    ("part-of-event", "日本は、フィリピンへの支援の一環として巡視船を供与する方針だ。", [("日本", "supports", "フィリピン", "hedged")], []),
    # support an official thanks for went to the country they act for, not to them in person
    ("thanked-support", "キューバのディアス外相は「米国の圧力に屈しないメキシコの連帯に心から感謝する」と投稿した。",
     [("メキシコ", "supports", "キューバ", ""), ("ディアス", "praises", "メキシコ", "")], [("メキシコ", "supports", "ディアス")]),
    ("thanked-support", "中央アフリカの大統領は、ロシアの支援に感謝した。", [("ロシア", "supports", "中央アフリカ", "")],
     [("ロシア", "supports", "大統領")]),
    # a lawsuit or sanction naming no one is against whom the speaker's side has just been aimed at, earlier in the
    # same sentence too
    ("aimed-before-here", "中国はメキシコを非難し、WTOへの提訴も検討している。", [("中国", "accuses", "メキシコ", "hedged")], []),
    ("aimed-before-here", "米国はニカラグアを非難し、追加制裁も検討している。", [("米国", "sanctions", "ニカラグア", "hedged")], []),
    # not going as far as an act (制裁を科すには至らなかった) negates it; its arguments hung on 至る are the act's
    ("not-as-far", "日本政府は、中国に制裁を科すには至らなかった。", [("日本政府", "sanctions", "中国", "negated")], []),
    ("not-as-far", "日本政府は中国を批判したが、制裁を科すには至らなかった。", [("日本政府", "sanctions", "中国", "negated")], []),
    # a meeting held at someone's request (…の要請で開かれた) was asked of whoever holds it: the meeting's owner, the
    # verb's subject, or who held a meeting of that name in the sentence before
    ("convened-at-request", "安保理の会合は米国の要請で開かれた。", [("米国", "requests", "安保理", "")], []),
    ("convened-at-request", "安保理は日本の要請で緊急会合を開いた。", [("日本", "requests", "安保理", "")], []),
    ("convened-at-request", "国連安全保障理事会は20日、緊急会合を開いた。会合は米国と英国の要請で開かれた。",
     [("米国", "requests", "国連安全保障理事会", ""), ("英国", "requests", "国連安全保障理事会", "")], []),
    # a thing topic of a reason clause (関係悪化は望まないとして) is what the reason is about, not who acts in the clauses
    # after it: those keep the sentence's topic
    ("reason-clause-topic", "メキシコの大統領は、米国との関係悪化は望まないとして、米政府と協議を続ける考えを示した。",
     [("大統領", "negotiatesWith", "米政府", "hedged")], []),
    ("reason-clause-topic", "キリバス外務移民省は、安全保障上の懸念は当たらないとして、豪州の批判を退けた。",
     [("キリバス外務移民省", "rejects", "豪州", "")], []),
    # a plan named again with no owner (同計画に反対する) is the one named before: whose it is, is told there
    ("plan-named-again", "アフガン暫定政権は、ダム建設計画をめぐり、パキスタンと対立している。パキスタン外務省は、同計画に反対する声明を出した。",
     [("パキスタン外務省", "opposes", "アフガン", "")], []),
    ("plan-named-again", "中国は南太平洋での港湾建設計画を進めている。オーストラリア政府は計画に反対する立場を示した。",
     [("オーストラリア政府", "opposes", "中国", "")], []),
    # a foreign minister met during a visit in progress (…を訪問中の首相は…と会談した) is of the visited country; a foreign
    # name written again later keeps the country its introduction gave it
    ("visit-in-progress-host", "ベトナムを訪問中の高村首相は5日、ハノイでファム・ヴァン・ロン首相と会談した。ロン首相は歓迎式典を開いて高村氏を出迎えた。",
     [("ファム・ヴァン・ロン", "affiliatedWith", "ベトナム", "")], [("ロン", "affiliatedWith", "日本")]),
    ("visit-in-progress-host", "ケニアを訪問中の岩屋外相は、ナイロビでムサリア・ムダバディ外相と会談した。",
     [("ムサリア・ムダバディ", "affiliatedWith", "ケニア", "")], []),
    # a request's に対し-addressee, hung by the parser on a word of the conduct asked for, is whom it is made of
    ("request-addressee-inside", "同省は声明で、イスラエルに対しガザへの「十分かつ途切れのない」物資の搬入を認めるよう要求した。",
     [("同省", "demands", "イスラエル", "")], []),
    ("request-addressee-inside", "米国務省は、コンゴ民主共和国とザンビアに対し、緊張緩和に向けた措置を取るよう求めた。",
     [("米国務省", "requests", "コンゴ民主共和国", ""), ("米国務省", "requests", "ザンビア", "")], []),
    # halting all imports and exports with a country (輸出入を停止) is a trade sanction
    ("trade-halt", "インドは、バングラデシュとの輸出入を全面的に停止した。", [("インド", "sanctions", "バングラデシュ", "")], []),
    # the ministries concerned (関係省庁) name no body, of Japan or anyone
    ("unnamed-ministries", "イスラエルの外相は、調達先の確保を急ぐよう関係省庁に指示した。", [], [("関係省庁", "affiliatedWith", "日本")]),
    # a reply by a subject said to have received a protest or criticism (…から抗議を受けたYは一蹴した) answers its sender
    ("reply-to-received", "日本から抗議を受けたクレムリンは26日、「根拠がない」と一蹴した。", [("クレムリン", "rejects", "日本", "")], []),
    ("reply-to-received", "米国の批判を受けた中国外務省は、「内政干渉だ」と反発した。", [("中国外務省", "opposes", "米国", "")], []),
    # military attachés are envoys: summoning them, and what is demanded of them, is addressed to their countries
    ("attache-summoned", "韓国外務省は中国とロシアの駐在武官を呼び、再発防止を強く要求した。",
     [("韓国外務省", "demands", "駐在武官", "")], []),
    # the branches of the Self-Defense Forces are Japan's bodies
    ("sdf-branch", "航空自衛隊の戦闘機が緊急発進して対応した。海上自衛隊は中国海軍の艦艇を監視した。",
     [("航空自衛隊", "affiliatedWith", "日本", ""), ("海上自衛隊", "affiliatedWith", "日本", "")], []),
    # a joint action or flight (共同行動, 共同飛行) is cooperation; repeating an act (繰り返す) does it
    ("joint-action-repeated", "中ロが今後も日本周辺で同様の共同行動を繰り返す可能性がある。", [("中", "cooperatesWith", "ロ", "hedged")], []),
    ("joint-action-repeated", "ロシアは日本への非難を繰り返した。", [("ロシア", "criticizes", "日本", "")], []),
    # an envoy to an organisation (国連次席大使) is posted there and acts for the country written before the name
    ("envoy-to-organisation", "米国のマーク・ハリソン国連次席大使は「キューバ政府は市民の自由を抑圧している」と非難した。",
     [("マーク・ハリソン", "affiliatedWith", "米国", "")], [("マーク・ハリソン", "affiliatedWith", "国連")]),
    ("envoy-to-organisation", "英国のジェームズ・カリウキ国連次席大使は、ロシアを批判した。",
     [("ジェームズ・カリウキ", "affiliatedWith", "英国", "")], [("ジェームズ・カリウキ", "affiliatedWith", "国連")]),
    # the addressee's に-phrase hung on a verb of the conduct asked for that names no relation is the request's
    ("addressee-on-conduct", "中国国連代表部も声明で、米国に「冷戦思考」を捨て、封鎖を直ちに解除するよう促した。",
     [("中国国連代表部", "requests", "米国", "")], []),
    ("addressee-on-conduct", "アルジェリアは国連安全保障理事会に書簡を送り、事件について独立した調査を行うよう要請した。",
     [("アルジェリア", "requests", "国連安全保障理事会", "")], []),
    # a group named right after the kind of group it is (反政府勢力マチ民族戦線) is a group of its own from then on
    ("group-after-kind", "反政府勢力マチ民族戦線はチャド軍を攻撃した。", [("マチ民族戦線", "attacks", "チャド軍", "")], []),
    ("group-after-kind", "独立を掲げる武装組織ポリサリオ戦線は長年アルジェリアの支援を受けている。",
     [("アルジェリア", "supports", "ポリサリオ戦線", "")], []),
    # readiness to retaliate (報復も辞さない) threatens, hedged when the stance is only hinted at (構えを示唆した); the
    # retaliation itself has not happened
    ("ready-to-retaliate", "ポリサリオ戦線は声明で、モロッコに対する報復も辞さない構えを示唆した。",
     [("ポリサリオ戦線", "threatens", "モロッコ", "hedged")], [("ポリサリオ戦線", "attacks", "モロッコ")]),
    ("ready-to-retaliate", "北朝鮮は米国への報復も辞さない姿勢を示した。", [("北朝鮮", "threatens", "米国", "")],
     [("北朝鮮", "attacks", "米国")]),
    # the に-phrase of a verb of handing over is the receiver, not whom a request is made of
    ("handing-over", "米国はウクライナに、ドンバス地方をロシアに割譲するよう迫った。", [("米国", "demands", "ウクライナ", "")],
     [("米国", "demands", "ロシア")]),
    # a bare ministry whose country is read from the sentence's topic, whose own country is read from what the
    # sentence aims at: reading one actor may come back to the other (this article used to fail outright)
    ("actor-read-cycle", "スペインのペドロ・サンチェス首相は13日、セウタを訪れて治安部隊を視察し、「スペインの領土の一体性を脅かすいかなる行為も容認しない」とモロッコをけん制した。ホセ・マヌエル・アルバレス外相は同日、マドリード駐在のモロッコ大使を外務省に呼んで抗議し、二国間の移民協定に基づいて流入者の送還に協力するよう求めた。",
     [("ペドロ・サンチェス", "warns", "モロッコ", ""), ("ホセ・マヌエル・アルバレス", "affiliatedWith", "スペイン", ""),
      ("ホセ・マヌエル・アルバレス", "protests", "モロッコ大使", "")], []),
    # support for a goal of someone's (…の治安回復に向けた支援, …の能力強化のための支援) is support of them
    ("support-for-goal", "ケニアは、ハイチの治安回復に向けた支援を続ける考えを示した。", [("ケニア", "supports", "ハイチ", "hedged")], []),
    ("support-for-goal", "日本は、フィリピン沿岸警備隊の能力強化のための支援を約束した。",
     [("日本", "supports", "フィリピン沿岸警備隊", "")], []),
    # applying for membership (…への加盟を申請した, EUに加盟を申請した) asks the organisation to admit one
    ("membership-application", "スウェーデンとフィンランドは昨年5月、北大西洋条約機構（NATO）への加盟を申請した。",
     [("スウェーデン", "requests", "北大西洋条約機構", ""), ("フィンランド", "requests", "北大西洋条約機構", "")], []),
    ("membership-application", "ウクライナはEUに加盟を申請した。", [("ウクライナ", "requests", "EU", "")], []),
    # refusing another side's ship, aircraft or people entry (寄港を許可しない, 入港を拒否した) rejects that side
    ("refused-entry", "スリランカ外務省は12日、中国の海洋調査船「海洋探索8号」が申請していた南部ハンバントタ港への寄港を許可しないと発表した。",
     [("スリランカ外務省", "rejects", "中国", "")], []),
    ("refused-entry", "スリランカ、中国調査船の寄港認めず", [("スリランカ", "rejects", "中国", "")], []),
    ("refused-entry", "日本は、ロシアの議員の入国を認めた。", [], [("日本", "rejects", "ロシア")]),
    # one country named "and others" in a count (ポーランドなど3カ国) is it and the group of as many more named together
    # before as doing the same too (…も); a bare count later (3カ国の措置) is that group
    ("named-and-others", "ハンガリーとスロバキアも禁輸を延長した。欧州委員会のサンタマリア委員は、ポーランドなど3カ国に警告した。その後、同委員は3カ国の措置を批判した。",
     [("サンタマリア", "warns", "ポーランド", ""), ("サンタマリア", "warns", "ハンガリー", ""),
      ("同委員", "criticizes", "スロバキア", "")], []),
    ("named-and-others", "インドとパキスタンが協議した。中国は、日本など3カ国を批判した。", [("中国", "criticizes", "日本", "")],
     [("中国", "criticizes", "インド")]),
    # a request chained after a criticism of someone's act (チリの措置を…非難し、…よう求めた) asks whose the act is
    ("request-after-criticism", "ベネズエラ外務省は声明で、チリの措置を「排外主義的だ」と非難し、自国民の人権を尊重するよう求めた。",
     [("ベネズエラ外務省", "requests", "チリ", "")], []),
    ("request-after-criticism", "ソマリア外務省は、エチオピアの合意を「主権の侵害だ」と非難し、部隊の撤収を要求した。",
     [("ソマリア外務省", "demands", "エチオピア", "")], []),
    # the place a mission is posted in, set off with ・ (在ルーマニア・ロシア大使館), is part of its name
    ("posted-mission", "在ルーマニア・ロシア大使館も声明で「西側による情報戦の一環だ」と反論した。",
     [("在ルーマニア・ロシア大使館", "affiliatedWith", "ロシア", "")], [("ロシア大使館", "affiliatedWith", "ロシア")]),
    # a charge whose words are given (…したとのウクライナ側の非難), denied by the side it is aimed at, is the owner's
    # accusation of that side; the hostile act charged, with no doer of its own, is said not to have happened
    ("denied-charge", "ロシア国防省は、住宅や病院を攻撃したとのウクライナ側の非難を否定した。",
     [("ウクライナ", "accuses", "ロシア国防省", ""), ("ロシア国防省", "attacks", "ウクライナ", "negated")], []),
    ("denied-charge", "中国は、サイバー攻撃に関与したとの米国の指摘を否定した。", [("米国", "accuses", "中国", "")], []),
    ("denied-charge", "ロシアのペスコフ報道官は、病院を攻撃したとのウクライナの非難を否定した。",
     [("ウクライナ", "accuses", "ロシア", "")], [("ウクライナ", "accuses", "ペスコフ")]),
    # a thing topic of the words a verb of saying reports (…ロシアへの支援は高くつくと) is what is said, not who says
    # it: the speaker is the topic further down the clause chain
    ("said-thing-topic", "サリバン氏は中国政府の姿勢を明確にするよう求めており、ロシアへの支援は高くつくと中国に改めて警告していた。",
     [("サリバン", "warns", "中国", "")], []),
    ("said-thing-topic", "林外相は記者会見で、中国側の批判は当たらないと反論した。", [], [("批判", "rejects", "中国")]),
    # a warning's に対し-addressee hung on a word of the conduct warned about is whom the warning is aimed at
    ("warning-addressee-inside", "会談に先立ち、サリバン氏は中国に対し、制裁による処罰をロシアが回避するのを手助けすることを避けるよう、率直に警告した。",
     [("サリバン", "warns", "中国", "")], []),
    # a concession (…したにもかかわらず、) happened: the ず of にもかかわらず negates nothing, and the clause's own subject
    # is not the main clause's
    ("concession", "ロシアは日本を非難したにもかかわらず、会談に応じた。", [("ロシア", "criticizes", "日本", "")], []),
    ("concession", "米大統領の補佐官は月曜日、中国の装備品の使用を要求したとの報道をクレムリンが否定したにもかかわらず、中国高官に警告した。",
     [("補佐官", "warns", "中国高官", ""), ("クレムリン", "demands", "中国", "negated,hedged")],
     [("クレムリン", "warns", "中国高官")]),
    # what a chained clause's act is about (朝ロの軍事協力は「…違反だ」と非難し) is no subject for the clauses after it
    ("act-topic-not-subject", "韓国の車智勲国連大使は演説した。そのうえで、朝ロの軍事協力は「明白な違反だ」と非難し、ロシアに軍事協力を直ちに中止するよう要求した。",
     [("車智勲", "demands", "ロシア", "")], []),
    # whoever hosts talks, told in a relative clause on them, hosts their sides; talks through which the sides of a clause
    # do something, with no other side named, are held between those sides
    ("hosted-talks", "パキスタンとアフガニスタンは、トルコが主催するイスタンブールでの協議で詳細を詰める予定だ。",
     [("トルコ", "hosts", "パキスタン", "hedged"), ("トルコ", "hosts", "アフガニスタン", "hedged"),
      ("パキスタン", "negotiatesWith", "アフガニスタン", "hedged")], []),
    ("talks-as-means", "両国は協議で詳細を詰めた。", [("両国", "negotiatesWith", "両国", "")], []),
    ("talks-as-means", "米国は協議で詳細を詰めた。", [], [("米国", "negotiatesWith", "米国")]),
    # a predicate ending in the question particle か (…を停止か, 攻撃したか確認されていない) is guessed or asked, not stated
    ("question-particle", "中国、日本向けレアアース輸出を事実上停止か", [("中国", "sanctions", "日本", "hedged")], []),
    ("question-particle", "ロシアがウクライナを攻撃したか、確認されていない。", [("ロシア", "attacks", "ウクライナ", "hedged")], []),
    # the addressee of a request stated as a stance (…に…を要請する考えを示した), hung by GiNZA on the verb of the stance
    ("stance-request-addressee", "ラブロフ氏は、国連安全保障理事会に緊急会合の開催を要請する考えを示した。",
     [("ラブロフ", "requests", "国連安全保障理事会", "hedged")], []),
    ("stance-request-addressee", "日本政府は、中国に冷静な対応を求める方針を示した。", [("日本政府", "requests", "中国", "hedged")], []),
    # a headline's reaction noun with an act compounded onto it (米国の関与批判) is aimed at whose the act is
    ("headline-act-reaction", "アルメニア・アゼルバイジャン首脳、UAEで会談　ロシアは米国の関与批判\n\n本文だ。",
     [("ロシア", "criticizes", "米国", "")], []),
    # a public corporation (公社) is the state's body; the short name an article gives it in parentheses
    # (メキシコ石油公社（ペメックス）) names it later, and so does 同公社
    ("public-corporation", "国営のメキシコ石油公社（ペメックス）が手配したタンカーがハバナ港に到着した。米国はペメックスに制裁を科す可能性があると警告した。",
     [("メキシコ石油公社", "affiliatedWith", "メキシコ", ""), ("米国", "warns", "メキシコ石油公社", "")], []),
    ("public-corporation", "国営のメキシコ石油公社がタンカーを手配した。米国は同公社に制裁を科す可能性があると警告した。",
     [("米国", "warns", "同公社", "")], []),
    # a lawsuit naming no one (WTOに提訴する準備を進めている) is against whom the speaker's side has just been aimed at
    ("verbal-lawsuit-aimed-before", "ウクライナはポーランドを非難し、WTOに提訴する準備を進めている。",
     [("ウクライナ", "accuses", "ポーランド", "hedged")], []),
    ("verbal-lawsuit-aimed-before", "日本は中国をWTOに提訴した。", [("日本", "accuses", "中国", "")], [("日本", "accuses", "WTO")]),
    # what one does as a state or body (ウクライナ政府として) is done by that state or body; a bare 政府として is the
    # speaker's own government and changes nothing
    ("acting-as", "林外相は、日本政府として中国に抗議したと述べた。", [("日本政府", "protests", "中国", "")], []),
    ("acting-as", "メキシコのシェインバウム大統領は、政府として米国に抗議した。", [("シェインバウム", "protests", "米国", "")],
     [("日本", "protests", "米国")]),
    # stopping goods carried in from a country (チャドからの物資の搬入を停止) restricts its trade: a sanction
    ("goods-in-stopped", "スーダン外務省は、対抗措置としてチャドからの物資の搬入を当面停止すると発表した。",
     [("スーダン外務省", "sanctions", "チャド", "")], []),
    ("goods-in-stopped", "イスラエルはガザへの人道支援物資の搬入を認めた。", [], [("イスラエル", "sanctions", "ガザ")]),
    # the addressee on a relative clause of what is asked for, before that clause's own object (日本側に歴史を直視した
    # 対応を求めた); not a place a clause with no object of its own is about (中国に進出した日本企業の保護を求めた)
    ("addressee-on-asked-clause", "韓国の大統領は、日本側に歴史を直視した対応を求めた。", [("大統領", "requests", "日本", "")], []),
    ("addressee-on-asked-clause", "政府は中国に進出した日本企業の保護を求めた。", [], [("政府", "requests", "中国")]),
    # a junta (マリ軍政) stands for its country, as a government does; a bare one is the one junta the article names
    ("junta", "マリ軍政は、アルジェリアが武装組織をかくまっていると非難した。", [("マリ", "accuses", "アルジェリア", "")], []),
    ("junta", "マリ軍政のゴイタ大統領は演説した。ロシアの部隊が軍政を支援している。", [("部隊", "supports", "マリ", "")], []),
    # a restriction a measure is said to include (…の輸入規制を含む対抗措置を検討している) is carried as the measure is
    ("included-in-measure", "中国商務省は、パナマ産品の輸入規制を含む対抗措置を検討している。",
     [("中国商務省", "sanctions", "パナマ", "hedged")], []),
    # a quotation that opens on a subject (「ベラルーシは…黙認しており、責任を免れない」) is about that subject in all
    # its clauses, though the parser hangs the subject on the first one and that one on the verb after the quotation
    ("quotation-opening-subject", "首相は「ベラルーシは密輸組織の活動を把握しながら黙認しており、責任を免れない」と非難した。",
     [("首相", "criticizes", "ベラルーシ", "")], []),
    ("quotation-opening-subject", "外相は「イランは合意を守らず、核開発を続けており、容認できない」と批判した。",
     [("外相", "criticizes", "イラン", "")], []),
    # a country compounded before the border a verb or a headline's noun closes (ベラルーシ国境を閉鎖) names the side
    # across it, as との does
    ("border-compound", "リトアニア、ベラルーシ国境を一時閉鎖", [("リトアニア", "sanctions", "ベラルーシ", "")], []),
    ("border-compound", "ポーランド政府は21日、ベラルーシ国境を閉鎖した。", [("ポーランド政府", "sanctions", "ベラルーシ", "")], []),
    # using force against someone (武力を行使する, 武力行使) attacks them; the act's target GiNZA hangs on the intention
    # noun the act modifies (…に対して武力を行使するつもりはない, …に対して制裁を科すつもりだ) is the act's
    ("use-of-force", "ガボンの大統領は「赤道ギニアに対して武力を行使するつもりはない」と強調した。",
     [("大統領", "attacks", "赤道ギニア", "negated,hedged")], []),
    ("use-of-force", "中国は台湾への武力行使を辞さない構えだ。", [("中国", "attacks", "台湾", "hedged")], []),
    ("target-on-intention", "ロシアはウクライナに対して制裁を科すつもりはないと述べた。",
     [("ロシア", "sanctions", "ウクライナ", "negated,hedged")], []),
    # consideration or preparation of an event (制裁の検討に入った, 支援の準備を始めた) carries the event, hedged; an
    # event entered into (協議に入った, 検討に着手した) took place
    ("consideration-begun", "欧州委員会は、ベラルーシに対する追加制裁の検討に入った。",
     [("欧州委員会", "sanctions", "ベラルーシ", "hedged")], []),
    ("consideration-begun", "英政府は、ウクライナへの追加支援の準備を始めた。", [("英政府", "supports", "ウクライナ", "hedged")], []),
    ("consideration-begun", "中国は米国との協議に入った。", [("中国", "negotiatesWith", "米国", "")], []),
    # a protest received by an envoy summoned by a ministry (外務省に呼ばれ、抗議を受けた) comes from that ministry
    ("summoned-and-protested", "北京駐在の日本大使は中国外務省に呼ばれ、抗議を受けた。",
     [("中国外務省", "protests", "日本大使", "")], []),
    ("summoned-and-protested", "ロシア大使はポーランド外務省に呼ばれ、国境での挑発行為について抗議を受けた。",
     [("ポーランド外務省", "protests", "ロシア大使", "")], []),
    # a territory's own government (グリーンランド自治政府) is a body of the country the territory belongs to
    ("territory-government", "グリーンランド自治政府は米国の提案を拒否した。", [("グリーンランド自治政府", "affiliatedWith", "グリーンランド", "")], []),
    # naming someone withheld (中国を名指しすることは避けた) is a criticism not made; a manner between an event and its
    # object (イランへの名指しの批判) lets the object through, as 追加 does
    ("naming-withheld", "フィジーのワガ首相は中国を名指しすることは避けた。", [("ワガ", "criticizes", "中国", "negated")], []),
    ("naming-withheld", "ワガ首相は中国を名指しで非難した。", [("ワガ", "criticizes", "中国", "")], []),
    ("naming-manner", "サウジアラビアはイランへの名指しの批判を控えた。", [("サウジアラビア", "criticizes", "イラン", "negated")], []),
    # a bare attack judged with nothing of its own (攻撃を非難した), with no attack told in its paragraph or the one
    # before, is the last one the article told
    ("bare-attack-told-earlier", "トルコ軍がイラク北部を空爆した。\nイラク政府は抗議した。\n首相は遺憾の意を示した。\nアラブ連盟は攻撃を非難した。",
     [("アラブ連盟", "criticizes", "トルコ軍", "")], []),
    # a reaction aimed at no one, with no sentence before in its paragraph to say at whom, is aimed at the side the
    # article has just told at odds with the reacting one (whom it was asked by, who attacked)
    ("reaction-at-odds", "ロシア軍がウクライナの港を無人機で攻撃した。\nルーマニア政府は強く反発している。",
     [("ルーマニア", "opposes", "ロシア軍", "")], []),
    ("reaction-at-odds", "米国はデンマークに拠点の建設を要求した。\nデンマーク政府は、事前に十分な協議がなかったとして強く反発している。",
     [("デンマーク政府", "opposes", "米国", "")], []),
    ("reaction-at-odds", "米国はデンマークに拠点の建設を要求した。\nデンマーク政府はこれに反発した。", [],
     [("デンマーク政府", "opposes", "米国務省")]),
    # the first character of a title the tokenizer glued to the end of a name (孫 / 磊報 / 道 / 官) is the title's
    ("name-glued-to-title", "中国外務省の孫磊報道官は米国を批判した。", [("孫磊", "criticizes", "米国", "")], []),
    ("name-glued-to-title", "中国外務省の華春瑩報道官は日本を批判した。", [("華春瑩", "criticizes", "日本", "")], []),
    # a one-character country name the tagger reads as a surname before a given name (韓 / 正) is a name, no place
    ("surname-not-place", "中国の韓正国家副主席は米国を批判した。", [("韓正", "criticizes", "米国", "")], []),
    ("surname-not-place", "日韓首脳は北朝鮮を非難した。", [("韓首脳", "criticizes", "北朝鮮", "")], []),
    # agreeing to keep up communication (意思疎通を続けることで一致した) is talks agreed on
    ("communication-agreed", "王毅外相と韓国の趙顕外相は会談した。両氏は意思疎通を続けることで一致した。",
     [("両氏", "negotiatesWith", "両氏", "hedged")], []),
    # a bare measure judged (国境閉鎖を「…」と批判した; its compound names no one) is the last one the article told; the
    # side that took it stands for it
    ("bare-measure-told-earlier", "リトアニア、ベラルーシ国境を一時閉鎖\n\nベラルーシのルカシェンコ大統領は28日、国境閉鎖を批判した。",
     [("ルカシェンコ", "criticizes", "リトアニア", "")], []),
    ("bare-measure-told-earlier", "米国は中国製品に追加関税を課した。中国外務省の報道官は、関税を「一方的ないじめだ」と批判した。",
     [("報道官", "criticizes", "米国", "")], []),
    # a と-phrase GiNZA hung on the verb above, written right before the doer of an event noun with only a comma between
    # (…を訪れた中国の王毅外相と、インドのジャイシャンカル外相による会談でまとまった) is a doer too
    ("doer-before-comma", "合意は、ニューデリーを訪れた中国の王毅外相と、インドのジャイシャンカル外相による会談でまとまった。",
     [("王毅", "meetsWith", "ジャイシャンカル", "")], []),
    # a statement as the subject speaks for whoever the text last named as its issuer (ガボン外務省の声明によると…。声明は…),
    # when named after the last topic (resolved when linking; the extractor reads the statement itself)
    ("statement-issuer-named", "ガボン政府は抗議した。ガボン外務省の声明によると、兵士が島に上陸した。声明は「挑発行為だ」と赤道ギニアを非難した。",
     [("声明", "criticizes", "赤道ギニア", "")], []),
    # a stance or a possibility written as a が-phrase (…に応じる用意があると語った, …の可能性があると述べた) is no subject
    # of the sentence: with none of its own, the sentence goes on with the last one's topic
    ("stance-not-subject", "エクアドルのロサレス外相は3日、コロンビア側の批判を退けた。一方で、閣僚級の協議には応じる用意があると語った。",
     [("ロサレス", "negotiatesWith", "コロンビア", "hedged")], []),
    # a name right before the posting of the envoy it names (中川俊彦 / 駐ロシア日本大使), which the parser hung on the
    # verb, is the envoy's name
    ("name-before-posting", "ロシア外務省は20日、中川俊彦駐ロシア日本大使を同省に呼び出した。",
     [("中川俊彦", "affiliatedWith", "日本", "")], []),
    # a bare national army (国軍が…) is the one army of that name the article names with its country; the が-subject
    # GiNZA hung on a relative clause inside a clause whose speaker it hung there too (…関与を否定し、国軍が住民を巻き込む
    # 攻撃を続けていると非難した) is the clause's subject
    ("bare-army", "ミャンマー国軍と少数民族武装勢力「アラカン軍（AA）」が戦闘を続けている。アラカン軍は声明で関与を否定し、国軍が住民を巻き込む無差別攻撃を続けていると非難した。",
     [("アラカン軍", "accuses", "ミャンマー国軍", "")], []),
    # a reaction (反発) over what someone is said to have done, told in the writer's words, opposes them; quoted words
    # (「内政干渉だ」と反発した) and a rebuttal (反論) keep their readings
    ("reported-reaction", "ガボン側は、赤道ギニアが一方的な行動に出たと反発している。", [("ガボン", "opposes", "赤道ギニア", "")],
     [("ガボン", "accuses", "赤道ギニア")]),
]
